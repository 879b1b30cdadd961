/**
 * The options table is the one declaration of every setting: action.yml, the
 * Action's reading of its inputs and setting of its outputs, the CLI's flags
 * and --help, and the README's tables must agree with it. Parsed with a real
 * YAML parser, as the runner parses action.yml.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { OPTIONS, OUTPUTS, allOptions } from '../../src/options/table.js';
import { renderActionYml, renderReadme } from '../../src/options/docs.js';
import { readRawInputs } from '../../src/action/inputs.js';
import { reportOutputs } from '../../src/action/report.js';
import { parseArgsOptions, usage } from '../../src/cli/flags.js';
import { ROOT } from '../helpers/paths.js';
import { report as makeReport } from '../report/fixtures.js';

const actionYml = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');

describe('action.yml', () => {
  const doc = parse(actionYml) as {
    inputs: Record<string, { default: string; description: string; required: boolean }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('is valid YAML and is what the options table renders (npm run docs)', () => {
    expect(doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(actionYml).toBe(renderActionYml());
  });

  it('declares exactly the inputs the Action reads, with the table defaults', () => {
    const read: string[] = [];
    readRawInputs((name) => {
      read.push(name);
      return '';
    });
    expect(Object.keys(doc.inputs).sort()).toEqual([...read].sort());
    for (const [, spec] of allOptions()) {
      if (!spec.action) continue;
      expect(doc.inputs[spec.name]).toEqual({ description: spec.description, required: false, default: spec.default });
    }
  });

  it('declares exactly the outputs the Action sets', () => {
    const set = Object.keys(reportOutputs(makeReport(), '/r.json', ''));
    expect(Object.keys(doc.outputs).sort()).toEqual(set.sort());
    expect(Object.keys(OUTPUTS).sort()).toEqual(set.sort());
  });

  it('has defaults every option accepts', () => {
    for (const [, spec] of allOptions()) expect(() => spec.parse(spec.default, spec.name)).not.toThrow();
  });
});

describe('the CLI flags', () => {
  it('are exactly the options the table gives to the CLI, each listed in --help', () => {
    const flags = Object.keys(parseArgsOptions() ?? {}).filter((f) => f !== 'help');
    const cli = allOptions()
      .filter(([, s]) => s.cli)
      .map(([, s]) => s.name);
    expect(flags.sort()).toEqual(cli.sort());
    const help = usage();
    for (const f of cli) expect(help).toContain(`--${f}`);
    expect(help).toContain(`-C, --${OPTIONS.workingDirectory.name} DIR`);
  });
});

describe('README', () => {
  it('has the input and output tables the table renders (npm run docs)', () => {
    expect(readme).toBe(renderReadme(readme));
    for (const [, spec] of allOptions()) if (spec.action) expect(readme).toContain(`| \`${spec.name}\` |`);
  });
});
