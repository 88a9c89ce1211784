/**
 * load() arguments as Office.js takes them ("values, formulas", ["values"], { select, expand },
 * "format/font/bold", nothing for every scalar) turned into a tree walked by the proxies.
 */

/** load() arguments as a tree: names at this level, and deeper requests per navigation property. */
export interface LoadRequest {
  all: boolean;
  names: Set<string>;
  children: Map<string, LoadRequest>;
}

export const emptyRequest = (all = false): LoadRequest => ({ all, names: new Set(), children: new Map() });

/** The load request back as paths, for the payload figure. */
export function requestPaths(request: LoadRequest, prefix = ''): string[] {
  const own = request.all ? [`${prefix}*`] : [...request.names].map((n) => prefix + n);
  const deeper = [...request.children].flatMap(([name, sub]) => requestPaths(sub, `${prefix}${name}/`));
  return [...own, ...deeper];
}

/** What a collection's load asks of each item: "name" and "items/name" alike. */
export function itemRequest(request: LoadRequest, ownNames: readonly string[] = []): LoadRequest {
  if (request.all) return emptyRequest(true);
  const out = emptyRequest();
  for (const name of request.names) {
    if (name === 'items') out.all = true;
    else if (!ownNames.includes(name)) out.names.add(name);
  }
  for (const [name, sub] of request.children) {
    if (name !== 'items') out.children.set(name, sub);
    else {
      out.all ||= sub.all;
      sub.names.forEach((n) => out.names.add(n));
      sub.children.forEach((v, k) => out.children.set(k, v));
    }
  }
  if (out.names.size === 0 && out.children.size === 0) out.all = true;
  return out;
}

function addPath(tree: LoadRequest, path: string): void {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return;
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    let child = node.children.get(part);
    if (!child) {
      child = emptyRequest();
      node.children.set(part, child);
    }
    node = child;
  }
  node.names.add(parts[parts.length - 1]);
}

export type LoadOption = string | string[] | { select?: string; expand?: string } | undefined;

/** 'values, formulas' | ['values'] | { select, expand } | nothing (every scalar property). */
export function parseLoadOption(option: LoadOption): LoadRequest {
  if (option === undefined || option === null) return emptyRequest(true);
  const tree = emptyRequest();
  const paths: string[] = [];
  if (typeof option === 'string') paths.push(...option.split(','));
  else if (Array.isArray(option)) paths.push(...option);
  else {
    if (option.select) paths.push(...option.select.split(','));
    for (const nav of (option.expand ?? '').split(',').map((s) => s.trim())) {
      let node = tree;
      for (const part of nav.split('/').filter(Boolean)) {
        const child = node.children.get(part) ?? emptyRequest();
        node.children.set(part, child);
        node = child;
      }
      if (node !== tree) node.all = true;
    }
  }
  paths.forEach((p) => addPath(tree, p));
  if (tree.names.size === 0 && tree.children.size === 0) tree.all = true;
  return tree;
}
