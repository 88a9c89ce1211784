/** A small argument parser: positional arguments, `-o FILE` / `--out FILE`, and boolean flags. */

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Record<string, string | true>;
}

const ALIASES: Record<string, string> = { o: 'out', h: 'help', j: 'json' };
/** Options that take a value; every other option is a flag. */
const VALUED = new Set([
  'out',
  'seed',
  'sheet',
  'deadline',
  'year',
  'phong',
  'schools',
  'cap-tren',
  'date',
  'signer',
]);

export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const match = /^(--?)([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const name = match[1] === '-' ? (ALIASES[match[2]] ?? match[2]) : match[2];
    if (VALUED.has(name)) {
      const value = match[3] ?? argv[++i];
      if (value === undefined) throw new UsageError(`Tùy chọn --${name} cần một giá trị.`);
      options[name] = value;
    } else {
      options[name] = true;
    }
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options };
}
