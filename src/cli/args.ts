/**
 * A small argument parser: positional arguments, `-o FILE` / `--out FILE`, and flags. Each command says
 * which options it takes and how many files; anything else is a misuse (exit 2), with the closest option
 * suggested, because a mistyped `--josn` silently ignored gives a script the wrong output.
 */

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
  'date',
  'deadline',
  'year',
  'phong',
  'schools',
  'cap-tren',
  'danh-sach-truong',
  'signer',
  'from',
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
      if (match[3] !== undefined) throw new UsageError(`Tùy chọn --${name} không nhận giá trị ("${arg}").`);
      options[name] = true;
    }
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options };
}

/** What a command accepts: its options, and how many files it reads. */
export interface CommandSpec {
  options: readonly string[];
  minFiles: number;
  maxFiles: number;
  /** How the files are named in messages, e.g. "tệp hồ sơ JSON của trường". */
  files?: string;
}

/** Options every command takes. */
const COMMON = ['help', 'debug'];

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbours (josn for json) counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], previous);
      }
      previous = current;
    }
  }
  return row[b.length];
}

/** The known option nearest to a mistyped one, when it is near enough to be meant. */
export function closestOption(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of known) {
    const d = distance(name.toLowerCase(), option);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

/** Throws a UsageError for an option the command does not take, or too few or too many files. */
export function checkArgs(command: string, args: ParsedArgs, spec: CommandSpec): void {
  const known = [...spec.options, ...COMMON];
  for (const name of Object.keys(args.options)) {
    if (known.includes(name)) continue;
    const near = closestOption(name, known);
    const shown = name.length === 1 ? `-${name}` : `--${name}`;
    throw new UsageError(
      `Lệnh ${command} không có tùy chọn ${shown}.` +
        (near
          ? ` Có phải ý bạn là --${near}?`
          : ` Các tùy chọn của lệnh: ${known.map((o) => `--${o}`).join(', ')}.`),
    );
  }
  const count = args.positionals.length;
  if (count < spec.minFiles) throw new UsageError(`Thiếu ${spec.files ?? 'tệp'}.`);
  if (count > spec.maxFiles) {
    const extra = args.positionals.slice(spec.maxFiles).map((p) => `"${p}"`);
    throw new UsageError(
      spec.maxFiles === 0
        ? `Lệnh ${command} không nhận tên tệp nào ngoài -o (thừa ${extra.join(', ')}).`
        : `Lệnh ${command} chỉ nhận ${spec.maxFiles} ${spec.files ?? 'tệp'}; thừa ${extra.join(', ')}. Tệp ra ghi sau -o.`,
    );
  }
}
