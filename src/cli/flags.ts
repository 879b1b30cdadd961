/**
 * The CLI's flags and `--help`, generated from the options table
 * (src/options/table.ts): a flag exists for exactly the options the table
 * gives to the CLI, for the commands it names, and is validated by the same
 * parser as the Action's input of the same name.
 */
import { parseArgs } from 'node:util';
import { TOOL_VERSION } from '../version.js';
import { GateError } from '../errors.js';
import { allOptions, type Command, type OptionKey, type OptionSpec, type RawOptions } from '../options/table.js';

export class UsageError extends GateError {
  constructor(message: string) {
    super('usage', message);
  }
}

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Options of the table the CLI exposes, with their keys. */
function cliOptions(): [OptionKey, OptionSpec<unknown>][] {
  return allOptions().filter(([, spec]) => spec.cli);
}

/** Every flag of every command, as node:util's parseArgs wants them (plus --help). */
export function parseArgsOptions(): ParseArgsOptions {
  const out: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [, spec] of cliOptions()) {
    const cli = spec.cli!;
    out[spec.name] = { type: cli.boolean ? 'boolean' : 'string', ...(cli.short ? { short: cli.short } : {}) };
  }
  return out;
}

export interface ParsedFlags {
  raw: RawOptions;
  positionals: string[];
  help: boolean;
}

/** Parses argv (after the command); a flag the command does not take is a usage error naming the commands that do. */
export function parseFlags(command: Command, args: string[]): ParsedFlags {
  let parsed;
  try {
    parsed = parseArgs({ args, options: parseArgsOptions(), allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const raw: RawOptions = {};
  const byName = new Map(cliOptions().map(([key, spec]) => [spec.name, { key, spec }]));
  for (const [name, value] of Object.entries(parsed.values)) {
    if (name === 'help' || value === undefined) continue;
    const o = byName.get(name)!;
    if (!o.spec.cli!.commands.includes(command)) {
      throw new UsageError(`--${name} is not a flag of ${command} (it belongs to ${o.spec.cli!.commands.join(', ')})`);
    }
    // Flags are strings or booleans (no `multiple`).
    raw[o.key] = typeof value === 'string' ? value : value === true ? 'true' : 'false';
  }
  return { raw, positionals: parsed.positionals, help: (parsed.values as Record<string, unknown>).help === true };
}

/** The flags of `run` and `merge` that save to or compare with a baseline directory, and confirm. */
export const BASELINE_FLAGS = [
  'baselineDir',
  'branch',
  'save',
  'compare',
  'allowIncompleteBaseline',
  'confirm',
  'confirmCount',
  'confirmAlpha',
  'confirmBudget',
] as const satisfies readonly OptionKey[];

const COMMANDS: { command: Command; usage: string; what: string }[] = [
  { command: 'run', usage: 'run [flags]', what: 'measure the benchmarks of a Go module; save or compare with a baseline directory' },
  { command: 'ab', usage: 'ab [--base-ref REF] [flags]', what: 'measure the merge-base of HEAD and REF and the working tree interleaved, and compare' },
  {
    command: 'merge',
    usage: 'merge [DIR] [flags]',
    what: 'put together the shards of a run (run/ab --shard i/n wrote them to DIR), compare and print one report',
  },
  { command: 'compare', usage: 'compare BASE.json HEAD.json', what: 'compare two runs and print the report' },
  { command: 'report', usage: 'report REPORT.json', what: 'print a saved report' },
  { command: 'demo', usage: 'demo', what: 'run the bundled example end to end' },
  { command: 'inspect', usage: 'inspect FILE', what: 'metrics of one trace, or the top allocation sites of one heap profile' },
];

function flagText(spec: OptionSpec<unknown>): string {
  const cli = spec.cli!;
  const short = cli.short ? `-${cli.short}, ` : '';
  return `${short}--${spec.name}${cli.boolean ? '' : ` ${cli.valueName ?? 'VALUE'}`}`;
}

function summaryOf(spec: OptionSpec<unknown>): string {
  const text = spec.summary ?? spec.description.split(/(?<=\.)\s/)[0];
  const def = spec.defaultText ?? spec.default;
  return def && !spec.cli?.boolean && !/\(default/.test(text) ? `${text} (default ${def})` : text;
}

/** `--help`: the commands, then every flag with the commands that take it, from the options table. */
export function usage(): string {
  const lines = [`go-runtime-gate ${TOOL_VERSION}: gate Go changes on allocations, heap escapes, GC and goroutines.`, '', 'Usage:'];
  const width = Math.max(...COMMANDS.map((c) => c.usage.length)) + 2;
  for (const c of COMMANDS) lines.push(`  go-runtime-gate ${c.usage.padEnd(width)}${c.what}`);
  const flags = cliOptions().map(([, spec]) => spec);
  const flagWidth = Math.max(...flags.map((s) => flagText(s).length)) + 2;
  const groups = new Map<string, OptionSpec<unknown>[]>();
  for (const spec of flags) {
    const key = spec.cli!.commands.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), spec]);
  }
  for (const [commands, specs] of groups) {
    lines.push('', `Flags of ${commands}:`);
    for (const s of specs) lines.push(`  ${flagText(s).padEnd(flagWidth)}${summaryOf(s)}`);
  }
  lines.push('', 'Exit status: 0 pass, 1 gated regression or benchmark failure, 2 bad usage or input, 3 internal error.');
  return lines.join('\n') + '\n';
}
