/**
 * Every Office.js member the add-in touches, found with the TypeScript checker (not by name, so `range.format`
 * and `chart.format` are told apart), with the requirement set @types/office-js gives it (`[Api set: …]`),
 * and whether the use sits behind an `isSetSupported` / `isExcelApiSupported` check that has a fallback.
 */
import * as path from 'path';
import * as fs from 'fs';
import * as ts from 'typescript';

export interface ApiUse {
  /** "Excel.Range.values" */
  member: string;
  /** "ExcelApi 1.1", or "" when the typings name none (Common API). */
  set: string;
  file: string;
  line: number;
  /** The highest ExcelApi version a surrounding check asks for, when the use is behind one. */
  guardedBy?: string;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function apiSet(declaration: ts.Declaration): string {
  const docs = ts.getJSDocCommentsAndTags(declaration);
  const text = docs.map((d) => d.getText()).join('\n');
  return /\[Api set: ([^\]]+)\]/.exec(text)?.[1].trim() ?? '';
}

/** `isExcelApiSupported('1.10')` or `isSetSupported('ExcelApi', '1.10')`: the version asked for. */
function guardVersion(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression.getText();
  const args = node.arguments.map((a) => (ts.isStringLiteral(a) || ts.isNumericLiteral(a) ? a.text : ''));
  if (/isExcelApiSupported$/.test(callee)) return args[0] || undefined;
  if (/isSetSupported$/.test(callee) && args[0] === 'ExcelApi') return args[1] || undefined;
  return undefined;
}

/** A check used as a condition (if, ?:, &&, ||, early return) in a function around the use. */
function guardAround(node: ts.Node): string | undefined {
  let best: string | undefined;
  for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (!ts.isFunctionLike(scope)) continue;
    const visit = (n: ts.Node) => {
      const version = guardVersion(n);
      const parent = n.parent;
      const conditional =
        parent &&
        ((ts.isIfStatement(parent) && parent.expression === n) ||
          (ts.isConditionalExpression(parent) && parent.condition === n) ||
          ts.isPrefixUnaryExpression(parent) ||
          ts.isBinaryExpression(parent) ||
          ts.isVariableDeclaration(parent));
      if (version && conditional && (!best || compareVersions(version, best) > 0)) best = version;
      ts.forEachChild(n, visit);
    };
    visit(scope);
    if (best) return best;
  }
  return best;
}

export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 !== b1 ? a1 - b1 : a2 - b2;
}

/** Office.js members used by the files under `dirs` (relative to the project root). */
export function officeApiUses(root: string, dirs: string[]): ApiUse[] {
  const files = dirs.flatMap((dir) => filesUnder(path.join(root, dir)));
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        const from = declaration?.getSourceFile().fileName ?? '';
        if (declaration && from.includes(`${path.sep}@types${path.sep}office-js${path.sep}`)) {
          const owner = declaration.parent;
          let ownerName =
            ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) ? (owner.name?.text ?? '') : '';
          for (let n: ts.Node = owner.parent; n && !ts.isSourceFile(n); n = n.parent) {
            if (ts.isModuleDeclaration(n))
              ownerName = ownerName ? `${n.name.text}.${ownerName}` : n.name.text;
          }
          const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({
            member: `${ownerName}.${node.name.text}`,
            set: apiSet(declaration),
            file: path.relative(root, file),
            line: line + 1,
            guardedBy: guardAround(node),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
