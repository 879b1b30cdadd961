/**
 * The repository's own workflows (.github/workflows) and the workflow
 * snippets in the README, read with a YAML parser: they parse, and every step
 * that runs this Action (`uses: ./` here, `…/go-runtime-gate@…` in the README)
 * gives only inputs action.yml declares and reads only outputs it declares.
 */
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { parseAllDocuments, parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
  [key: string]: unknown;
}
interface Job {
  'runs-on'?: string;
  'timeout-minutes'?: number;
  steps?: Step[];
  [key: string]: unknown;
}
interface Workflow {
  on?: unknown;
  jobs?: Record<string, Job>;
}

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const INPUTS = new Set(Object.keys(action.inputs));
const OUTPUTS = new Set(Object.keys(action.outputs));

/** Parses one YAML document strictly: any error or warning fails, naming the file and position. */
function parseStrict(text: string, file: string): unknown {
  const docs = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
  if (!Array.isArray(docs)) throw new Error(`${file}: empty`);
  if (docs.length !== 1) throw new Error(`${file}: ${docs.length} YAML documents, expected 1`);
  const problems = [...docs[0].errors, ...docs[0].warnings].map((e) => `${file}: ${e.message}`);
  if (problems.length) throw new Error(problems.join('\n'));
  return docs[0].toJS();
}

const isThisAction = (uses: string | undefined, local: boolean) => (local ? uses === './' : /(^|\/)go-runtime-gate@/.test(uses ?? ''));

/** Problems with the steps that run this Action: unknown inputs, and unknown outputs read through their ids. */
function actionStepProblems(steps: Step[], local: boolean): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [i, step] of steps.entries()) {
    if (!isThisAction(step.uses, local)) continue;
    if (step.id) ids.add(step.id);
    for (const name of Object.keys(step.with ?? {})) {
      if (!INPUTS.has(name)) problems.push(`step ${step.id ?? i + 1}: input "${name}" is not in action.yml`);
    }
  }
  const text = JSON.stringify(steps);
  for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    if (ids.has(m[1]) && !OUTPUTS.has(m[2])) problems.push(`steps.${m[1]}.outputs.${m[2]}: output "${m[2]}" is not in action.yml`);
  }
  return problems;
}

async function workflows(): Promise<Array<{ file: string; wf: Workflow }>> {
  const files = (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f)).sort();
  return Promise.all(files.map(async (file) => ({ file, wf: parseStrict(await readFile(path.join(WORKFLOWS, file), 'utf8'), file) as Workflow })));
}

describe('.github/workflows', () => {
  it('holds ci.yml and self-test.yml, each a workflow whose jobs have steps and a timeout', async () => {
    const all = await workflows();
    expect(all.map((w) => w.file)).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml']));
    for (const { file, wf } of all) {
      expect({ file, on: wf.on !== undefined, jobs: Object.keys(wf.jobs ?? {}).length > 0 }).toEqual({ file, on: true, jobs: true });
      for (const [name, job] of Object.entries(wf.jobs ?? {})) {
        expect({ file, name, runsOn: typeof job['runs-on'], timeout: typeof job['timeout-minutes'] }).toEqual({
          file,
          name,
          runsOn: 'string',
          timeout: 'number',
        });
        for (const step of job.steps ?? []) expect({ file, name, step: Boolean(step.uses) !== Boolean(step.run) }).toEqual({ file, name, step: true });
      }
    }
  });

  it('run this Action (uses: ./) with inputs and outputs that exist in action.yml', async () => {
    let actionSteps = 0;
    for (const { file, wf } of await workflows()) {
      for (const [name, job] of Object.entries(wf.jobs ?? {})) {
        const steps = job.steps ?? [];
        actionSteps += steps.filter((s) => s.uses === './').length;
        expect({ file, name, problems: actionStepProblems(steps, true) }).toEqual({ file, name, problems: [] });
      }
    }
    expect(actionSteps).toBeGreaterThanOrEqual(3);
  });

  it('the check finds an input or output action.yml does not have', () => {
    const wf = parse(`
steps:
  - id: gate
    uses: ./
    with: { mode: ab, baseline_dir: x, count: 6 }
  - run: echo "\${{ steps.gate.outputs.verdict }} \${{ steps.gate.outputs.verdicts }} \${{ steps.other.outputs.x }}"
`) as { steps: Step[] };
    expect(actionStepProblems(wf.steps, true)).toEqual([
      'step gate: input "baseline_dir" is not in action.yml',
      'steps.gate.outputs.verdicts: output "verdicts" is not in action.yml',
    ]);
  });

  it('ci.yml runs .ci/run after setting up Go and Node 24', async () => {
    const { wf } = (await workflows()).find((w) => w.file === 'ci.yml')!;
    const steps = Object.values(wf.jobs ?? {}).flatMap((j) => j.steps ?? []);
    const at = (pred: (s: Step) => boolean) => steps.findIndex(pred);
    const go = at((s) => /^actions\/setup-go@/.test(s.uses ?? ''));
    const node = at((s) => /^actions\/setup-node@/.test(s.uses ?? ''));
    const ci = at((s) => (s.run ?? '').trim() === '.ci/run');
    expect([go >= 0, node >= 0, ci >= 0]).toEqual([true, true, true]);
    expect(ci).toBeGreaterThan(Math.max(go, node));
    expect(String(steps[node].with?.['node-version'])).toBe('24');
    expect(steps[go].with?.['go-version']).toBeTruthy();
  });

  it('self-test.yml gates the example in both modes and checks that the gate failed', async () => {
    const { wf } = (await workflows()).find((w) => w.file === 'self-test.yml')!;
    const modes = new Set<string>();
    for (const job of Object.values(wf.jobs ?? {})) {
      const steps = job.steps ?? [];
      const text = JSON.stringify(steps);
      for (const gate of steps.filter((s) => s.uses === './' && s['continue-on-error'] === true)) {
        // The step that may fail is followed by a check of its verdict being `fail`.
        expect(text).toContain(`steps.${gate.id}.outputs.verdict`);
        expect(text).toContain(`steps.${gate.id}.outcome`);
        modes.add(String((gate.with?.mode as string | undefined) ?? 'cache'));
        if ((gate.with?.mode ?? 'cache') === 'cache') expect(gate.with?.['baseline-dir']).toBeTruthy();
      }
      expect(text).toMatch(/fixtures\/example\/base/);
      expect(text).toMatch(/fixtures\/example\/head/);
      expect(steps.map((s) => s.run ?? '').join('\n')).toContain('test "$VERDICT" = fail');
    }
    expect([...modes].sort()).toEqual(['ab', 'cache']);
  });
});

describe('README workflow snippets', () => {
  it('parse, and give this Action only inputs it has and read only outputs it sets', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m, i) => ({ i, text: m[1] }));
    expect(blocks.length).toBeGreaterThan(3);
    let actionSteps = 0;
    for (const { i, text } of blocks) {
      const doc = parseStrict(text, `README yaml block ${i + 1}`);
      // A whole workflow, or a fragment: a list of steps.
      const steps: Step[] = Array.isArray(doc) ? (doc as Step[]) : Object.values((doc as Workflow).jobs ?? {}).flatMap((j) => j.steps ?? []);
      actionSteps += steps.filter((s) => isThisAction(s.uses, false)).length;
      expect({ block: i + 1, problems: actionStepProblems(steps, false) }).toEqual({ block: i + 1, problems: [] });
    }
    expect(actionSteps).toBeGreaterThanOrEqual(4);
  });
});
