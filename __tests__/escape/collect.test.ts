/**
 * Escape collection on real Go: the example module's base, head and
 * line-shifted head, the build cache, a package that does not compile, and
 * compiler output we cannot read (through a stand-in runner).
 */
import path from 'node:path';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { collectEscapes, type CollectOptions, type EscapeCollection } from '../../src/escape/collect.js';
import { diffEscapes } from '../../src/escape/diff.js';
import { countEscapes } from '../../src/escape/sites.js';
import { processRunner, type CommandRunner } from '../../src/toolchain/exec.js';
import { ToolchainError } from '../../src/errors.js';
import { BROKEN, EXAMPLE, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const ESCAPES = 'example.com/gateexample/escapes';
const CODEC = 'example.com/gateexample/codec';
/** The packages whose escapes this suite pins down; other packages of the example belong to other features. */
const OURS = ['./escapes', './codec'];

function opts(dir: string, over: Partial<CollectOptions> = {}): CollectOptions {
  return { cwd: dir, packages: ['./...'], tags: '', goFlags: [], repoRoot: dir, explain: false, ...over };
}

/** Per-package count of the lines `go build -gcflags=-m` prints that say `escapes to heap` or `moved to heap`. */
async function goBuildCounts(dir: string, packages: string[], extra: string[] = []): Promise<{ counts: Record<string, number>; stderr: string }> {
  const res = await processRunner.run('go', ['build', ...extra, '-gcflags=-m', ...packages], { cwd: dir, maxOutput: 256 * 1024 * 1024 });
  expect(res.code).toBe(0);
  const counts: Record<string, number> = {};
  let pkg = '';
  for (const line of res.stderr.split('\n')) {
    const h = /^# (\S+)/.exec(line);
    if (h) pkg = h[1];
    else if (/escapes to heap$/.test(line) || /moved to heap: /.test(line)) counts[pkg] = (counts[pkg] ?? 0) + 1;
  }
  return { counts, stderr: res.stderr };
}

describe('the example: base → head and base → head-shifted', () => {
  let base: EscapeCollection;
  let head: EscapeCollection;
  let shifted: EscapeCollection;
  beforeAll(async () => {
    [base, head, shifted] = await Promise.all([
      collectEscapes(processRunner, opts(path.join(EXAMPLE, 'base'), { packages: OURS })),
      collectEscapes(processRunner, opts(path.join(EXAMPLE, 'head'), { packages: OURS, explain: true })),
      collectEscapes(processRunner, opts(path.join(EXAMPLE, 'head-shifted'), { packages: OURS })),
    ]);
  });

  it('collects cleanly', () => {
    for (const c of [base, head, shifted]) {
      expect(c).toMatchObject({ unrecognised: [], compileErrors: [], warnings: [] });
      expect(c.goVersion).toMatch(/^go1\.\d+/);
    }
  });

  it('reports exactly the two new sites in escapes, at their lines, with function and explanation', () => {
    const d = diffEscapes(base.sites, head.sites, { baseGoVersion: base.goVersion, headGoVersion: head.goVersion });
    const inEscapes = d.new.filter((s) => s.package === ESCAPES);
    expect(inEscapes.map((s) => ({ file: s.file, line: s.line, column: s.column, function: s.function, kind: s.kind, subject: s.subject }))).toEqual([
      { file: 'escapes/escapes.go', line: 24, column: 2, function: 'Scale', kind: 'moved-to-heap', subject: 's' },
      { file: 'escapes/escapes.go', line: 45, column: 22, function: '(*Log).Record', kind: 'escapes-to-heap', subject: 'p' },
    ]);
    expect(inEscapes[0].explanation).toEqual([
      's escapes to heap in Scale:',
      '  flow: ~r0 ← &s:',
      '    from &s (address-of) at escapes/escapes.go:25:9',
      '    from return &s (return) at escapes/escapes.go:25:2',
    ]);
    expect(inEscapes[1].explanation).toContain('    from append(l.xs, p) (call parameter) at escapes/escapes.go:45:15');
    expect(inEscapes[1].snippet).toBe('l.xs = append(l.xs, p)');
    expect(d.removed).toEqual([]);
    expect(d.countsByPackage.find((c) => c.package === ESCAPES)).toEqual({ package: ESCAPES, before: 3, after: 5 });
  });

  it('also reports what codec changed: the copy in Encode escapes; NewFrame growing 4096 → 6144 is the same site', () => {
    const d = diffEscapes(base.sites, head.sites, { baseGoVersion: base.goVersion, headGoVersion: head.goVersion });
    expect(d.new.filter((s) => s.package === CODEC).map((s) => [s.line, s.function, s.subject])).toEqual([
      [16, '(*Encoder).Encode', 'make([]byte, len(e.buf))'],
    ]);
    expect(d).toMatchObject({ newHeapSites: 3, failing: true });
  });

  it('reports zero new and zero removed sites when head only shifted lines', () => {
    const d = diffEscapes(base.sites, shifted.sites, { baseGoVersion: base.goVersion, headGoVersion: shifted.goVersion });
    expect(d.new).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.failing).toBe(false);
    // The shift is real: the same sites sit on other lines.
    const line = (c: EscapeCollection, subject: string) => c.sites.find((s) => s.package === ESCAPES && s.subject === subject)!.line;
    expect(line(shifted, 'p')).not.toBe(line(base, 'p'));
  });
});

describe('counts equal what go build -gcflags=-m prints, also from the build cache', () => {
  let dir: string;
  beforeAll(async () => {
    // A copy with a fresh comment, so the first build below cannot be a cache hit from an earlier test run.
    dir = await tempDir('grg-escape-cache-');
    await cp(path.join(EXAMPLE, 'head'), dir, { recursive: true });
    const file = path.join(dir, 'escapes', 'escapes.go');
    await writeFile(file, (await readFile(file, 'utf8')) + `\n// nonce ${process.pid}-${Date.now()}\n`);
  });

  it('matches per package on a fresh build, on a cache hit, and with explanations', async () => {
    const packages = ['./escapes', './codec'];
    const first = await goBuildCounts(dir, packages);
    expect(first.stderr).toMatch(/moved to heap/);
    const ours = await collectEscapes(processRunner, opts(dir, { packages }));
    // The compile for these flags is now cached: -x shows no compile step for our packages, so the collect above replayed it.
    const replay = await goBuildCounts(dir, packages, ['-x']);
    expect(replay.stderr).not.toMatch(/\/compile\b.*-p example\.com\/gateexample\/escapes/);
    const again = await collectEscapes(processRunner, opts(dir, { packages }));
    const explained = await collectEscapes(processRunner, opts(dir, { packages, explain: true }));
    const explainedAgain = await collectEscapes(processRunner, opts(dir, { packages, explain: true }));

    expect(first.counts).toEqual({ [ESCAPES]: 5, [CODEC]: 2 });
    for (const c of [ours, again, explained, explainedAgain]) {
      expect(countEscapes(c.sites).byPackage).toEqual(first.counts);
      expect(c.unrecognised).toEqual([]);
    }
    expect(again.sites).toEqual(ours.sites);
    expect(explainedAgain.sites).toEqual(explained.sites);
    expect(explained.sites.filter((s) => s.kind !== 'leaking-param').every((s) => s.explanation.length > 0)).toBe(true);
  });

  it('honours an allow directive: the site is collected and counted, and does not fail the gate', async () => {
    const base = await collectEscapes(processRunner, opts(path.join(EXAMPLE, 'base'), { packages: ['./escapes'] }));
    const file = path.join(dir, 'escapes', 'escapes.go');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('\ts := Point{', '\t//runtimegate:allow-escape callers keep the result\n\ts := Point{')
        .replace('l.xs = append(l.xs, p)', 'l.xs = append(l.xs, p) //runtimegate:allow-escape points are few'),
    );
    const head = await collectEscapes(processRunner, opts(dir, { packages: ['./escapes'] }));
    const d = diffEscapes(base.sites, head.sites, { baseGoVersion: base.goVersion, headGoVersion: head.goVersion });
    expect(d.new.map((s) => [s.subject, s.ignored])).toEqual([
      ['s', 'callers keep the result'],
      ['p', 'points are few'],
    ]);
    expect(d).toMatchObject({ newHeapSites: 0, failing: false });
  });

  it('compiles a main package without linking or writing a binary', async () => {
    const main = path.join(dir, 'cmd', 'tool');
    await cp(path.join(EXAMPLE, 'head', 'go.mod'), path.join(dir, 'go.mod'));
    await writeFile(path.join(await mkdirp(main), 'main.go'), 'package main\n\nvar sink *int\n\nfunc main() { sink = new(int) }\n');
    const before = (await readdir(dir)).sort();
    const c = await collectEscapes(processRunner, opts(dir, { packages: ['./cmd/tool'] }));
    expect(c.compileErrors).toEqual([]);
    expect(c.sites.map((s) => s.subject)).toEqual(['new(int)']);
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await readdir(main)).toEqual(['main.go']);
  });
});

async function mkdirp(dir: string): Promise<string> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  return dir;
}

describe('bad input', () => {
  it('turns a package that does not compile into compile errors at file:line and a failing gate', async () => {
    const c = await collectEscapes(processRunner, opts(BROKEN, { packages: ['./nocompile', './clean'] }));
    expect(c.compileErrors).toEqual([
      { package: 'example.com/gatebroken/nocompile', file: 'nocompile/nocompile.go', line: 5, column: 9, message: 'undefined: undefinedIdentifier' },
    ]);
    const d = diffEscapes([], c.sites, { baseGoVersion: c.goVersion, headGoVersion: c.goVersion, headCompileErrors: c.compileErrors });
    expect(d.failing).toBe(true);
    expect(d.reasons[0]).toMatch(/^1 compile error in example\.com\/gatebroken\/nocompile/);
  });

  it('skips a package with only test files (benchmark-only packages) and still collects the others', async () => {
    const dir = await tempDir('grg-escape-testonly-');
    await cp(path.join(EXAMPLE, 'head', 'go.mod'), path.join(dir, 'go.mod'));
    await writeFile(
      path.join(await mkdirp(path.join(dir, 'bench')), 'bench_test.go'),
      'package bench\n\nimport "testing"\n\nfunc BenchmarkX(b *testing.B) {}\n',
    );
    await writeFile(path.join(await mkdirp(path.join(dir, 'lib')), 'lib.go'), 'package lib\n\nvar S *int\n\nfunc F() { S = new(int) }\n');
    const c = await collectEscapes(processRunner, opts(dir, { packages: ['./bench', './lib'] }));
    expect(c.compileErrors).toEqual([]);
    expect(c.sites.map((s) => [s.package, s.function, s.subject])).toEqual([['example.com/gateexample/lib', 'F', 'new(int)']]);
    expect(c.warnings).toEqual([]);
    expect(c.packages).toEqual(['example.com/gateexample/bench', 'example.com/gateexample/lib']);
  });

  it('throws a toolchain error when go build fails without anything to annotate', async () => {
    await expect(collectEscapes(processRunner, opts(BROKEN, { packages: ['./does-not-exist'] }))).rejects.toThrow(ToolchainError);
  });

  /** The real `go env`, and a canned `go list -export` output: a stand-in for a compiler that says something new. */
  function cannedBuild(stderr: string, code: number): CommandRunner {
    return {
      async run(command, args, options) {
        if (args[0] === 'list') {
          expect(args).toEqual(['list', '-export', '-f', '{{.ImportPath}} {{.Name}}', '-tags=integration', '-trimpath', '-gcflags=-m', '--', './escapes']);
          return { code, signal: null, stdout: '', stderr, timedOut: false, truncated: false, wallMs: 1 };
        }
        return processRunner.run(command, args, options);
      },
    };
  }
  const strange = [
    '# example.com/gateexample/escapes',
    'escapes/escapes.go:15:2: moved to heap: p',
    'escapes/escapes.go:16:9: a message from a future compiler',
    '',
  ].join('\n');

  it('keeps an unparseable diagnostic line as unrecognised, never dropping it', async () => {
    const dir = path.join(EXAMPLE, 'base');
    const c = await collectEscapes(cannedBuild(strange, 0), opts(dir, { packages: ['./escapes'], tags: 'integration', goFlags: ['-trimpath'] }));
    expect(c.sites.map((s) => [s.line, s.function, s.subject])).toEqual([[15, 'NewPoint', 'p']]);
    expect(c.unrecognised).toEqual([
      { package: ESCAPES, file: 'escapes/escapes.go', line: 16, text: 'escapes/escapes.go:16:9: a message from a future compiler', outputLine: 3 },
    ]);
  });

  it('takes the same line for a compile error when the build failed', async () => {
    const c = await collectEscapes(
      cannedBuild(strange, 1),
      opts(path.join(EXAMPLE, 'base'), { packages: ['./escapes'], tags: 'integration', goFlags: ['-trimpath'] }),
    );
    expect(c.compileErrors).toEqual([{ package: ESCAPES, file: 'escapes/escapes.go', line: 16, column: 9, message: 'a message from a future compiler' }]);
    expect(c.unrecognised).toEqual([]);
  });

  it('refuses output it had to cut rather than report fewer sites', async () => {
    const runner: CommandRunner = {
      async run(command, args, options) {
        if (args[0] === 'list') return { code: 0, signal: null, stdout: '', stderr: '', timedOut: false, truncated: true, wallMs: 1 };
        return processRunner.run(command, args, options);
      },
    };
    await expect(collectEscapes(runner, opts(path.join(EXAMPLE, 'base')))).rejects.toThrow(/would be lost/);
  });
});
