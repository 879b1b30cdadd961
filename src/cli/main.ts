/**
 * The CLI's shell: parse the command line (flags from the options table),
 * run the command, and turn every failure into one message on stderr and the
 * documented exit status.
 *
 *   go-runtime-gate run      measure; write a RunResult; optionally save/compare with a baseline dir
 *   go-runtime-gate ab       measure the merge-base and HEAD interleaved (A/B) and compare
 *   go-runtime-gate merge    compare the shards of a sharded run (run/ab --shard i/n) as one run
 *   go-runtime-gate compare  compare two RunResult files
 *   go-runtime-gate report   render a saved report JSON
 *   go-runtime-gate demo     the bundled example, end to end
 *   go-runtime-gate inspect  one trace's or heap profile's metrics
 *
 * Exit status: 0 pass, 1 gated regression or benchmark failure, 2 bad usage or
 * input, 3 an internal error (a bug: please report it).
 */
import { GateError } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { parseOptions } from '../options/config.js';
import type { Command } from '../options/table.js';
import { inspectFile } from './inspect.js';
import { parseFlags, usage, UsageError } from './flags.js';
import { cmdAb, cmdCompare, cmdDemo, cmdReport, cmdRun, type CliIO } from './commands.js';
import { cmdMerge } from './shards.js';

export type { CliIO } from './commands.js';

const COMMANDS: readonly Command[] = ['run', 'ab', 'merge', 'compare', 'report', 'demo', 'inspect'];

async function dispatch(command: Command, args: string[], io: CliIO): Promise<number> {
  const { raw, positionals, help } = parseFlags(command, args);
  if (help) {
    io.out(usage());
    return 0;
  }
  switch (command) {
    case 'run':
    case 'ab':
    case 'demo':
      if (positionals.length > 0) throw new UsageError(`${command} takes no file arguments (got ${positionals.join(' ')})`);
      return command === 'run' ? cmdRun(raw, io) : command === 'ab' ? cmdAb(raw, io) : cmdDemo(raw, io);
    case 'merge':
      return cmdMerge(positionals, raw, io);
    case 'compare':
      return cmdCompare(positionals, raw, io);
    case 'report':
      return cmdReport(positionals, raw, io);
    case 'inspect': {
      if (positionals.length !== 1) throw new UsageError('inspect needs one file: a trace or a heap profile');
      const o = parseOptions(raw, ['json', 'top', 'byFunction', 'moduleDir', 'modulePath']);
      io.out(
        await inspectFile(positionals[0], {
          json: o.json,
          top: raw.top === undefined ? undefined : o.top,
          byFunction: o.byFunction,
          moduleDir: o.moduleDir,
          modulePath: o.modulePath,
        }),
      );
      return 0;
    }
  }
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(usage());
    return command ? 0 : 2;
  }
  if (command === '--version' || command === 'version') {
    io.out(TOOL_VERSION);
    return 0;
  }
  try {
    if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command "${command}"\n\n${usage()}`);
    return await dispatch(command as Command, rest, io);
  } catch (err) {
    if (err instanceof GateError) {
      io.err(`go-runtime-gate: ${err.message}`);
      return 2;
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'ENOTDIR') {
      io.err(`go-runtime-gate: ${(err as Error).message}`);
      return 2;
    }
    io.err(`go-runtime-gate: unexpected error (a bug; please report it): ${(err as Error)?.stack ?? String(err)}`);
    return 3;
  }
}
