import { main, type CliIo } from '../../../src/cli/main';

/** Runs `thidua args` in this process, capturing what it prints. */
export async function runCli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await main(args, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}
