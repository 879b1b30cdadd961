/**
 * Documents generated from the options table: the whole `action.yml` (its
 * inputs and outputs), and the README's input and output tables.
 * `npm run docs` writes them; a test fails when the committed files differ
 * from what this renders, so they cannot drift from the code.
 */
import { stringify } from 'yaml';
import { OUTPUTS, allOptions, type OptionSpec } from './table.js';

const ACTION_HEADER = {
  name: 'go-runtime-gate',
  // The Marketplace refuses a description of 125 characters or more (a test checks).
  description: 'Gate Go pull requests on runtime regressions: new heap escapes, allocations, GC pauses and GC work, goroutine leaks.',
  author: 'go-runtime-gate',
  branding: { icon: 'activity', color: 'blue' },
};

/** action.yml, rendered by a YAML library so every description is a valid scalar whatever it contains. */
export function renderActionYml(): string {
  const inputs: Record<string, { description: string; required: boolean; default: string }> = {};
  for (const [, spec] of allOptions()) {
    if (spec.action) inputs[spec.name] = { description: spec.description, required: false, default: spec.default };
  }
  const outputs = Object.fromEntries(Object.entries(OUTPUTS).map(([name, description]) => [name, { description }]));
  const doc = { ...ACTION_HEADER, inputs, outputs, runs: { using: 'node24', main: 'dist/index.js' } };
  const body = stringify(doc, { lineWidth: 100, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `# Generated from src/options/table.ts by \`npm run docs\`; edit the table, not this file.\n${body}`;
}

/** Escapes a cell of a GitHub Markdown table (pipes end cells even inside code spans). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function defaultCell(spec: OptionSpec<unknown>): string {
  if (spec.defaultText) return cell(spec.defaultText);
  return spec.default ? `\`${cell(spec.default)}\`` : '';
}

/** The README's table of Action inputs. */
function renderInputsTable(): string {
  const rows = ['| input | default | meaning |', '|---|---|---|'];
  for (const [, spec] of allOptions()) if (spec.action) rows.push(`| \`${spec.name}\` | ${defaultCell(spec)} | ${cell(spec.description)} |`);
  return rows.join('\n');
}

/** The README's table of Action outputs. */
function renderOutputsTable(): string {
  const rows = ['| output | meaning |', '|---|---|'];
  for (const [name, description] of Object.entries(OUTPUTS)) rows.push(`| \`${name}\` | ${cell(description)} |`);
  return rows.join('\n');
}

/** Replaces the text between `<!-- name:begin -->` and `<!-- name:end -->`; throws if the markers are missing. */
export function replaceSection(document: string, name: string, content: string): string {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const i = document.indexOf(begin);
  const j = document.indexOf(end);
  if (i < 0 || j < i) throw new Error(`the document has no ${begin} … ${end} section`);
  return `${document.slice(0, i + begin.length)}\n${content}\n${document.slice(j)}`;
}

/** The README with its generated sections current. */
export function renderReadme(readme: string): string {
  return replaceSection(replaceSection(readme, 'inputs', renderInputsTable()), 'outputs', renderOutputsTable());
}
