/**
 * Bad input through the CLI's `run`, on the real Go fixture module
 * fixtures/broken: each case asserts the message and the exit status.
 */
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { BROKEN, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

async function run(...args: string[]) {
  const io = capture();
  const out = path.join(await tempDir(), 'run.json');
  const code = await runCli(['run', '-C', BROKEN, '--count', '2', '--benchtime', '10x', '--profiles', 'none', '--out', out, ...args], io);
  return { code, ...io };
}

describe('go-runtime-gate run on bad input', () => {
  it('exits 2 when no benchmark matches, naming the pattern and the packages', async () => {
    const r = await run('--packages', './clean ./panics', '--bench', 'Nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No benchmark matches -bench 'Nope' in \.\/clean \.\/panics \(2 packages searched\)/);
  });

  it("exits 2 with Go's reason for a directory without go.mod, not 'No benchmark matches'", async () => {
    const dir = await tempDir('grg-nogomod-');
    await mkdir(path.join(dir, 'p'));
    await writeFile(path.join(dir, 'p', 'p_test.go'), 'package p\n\nimport "testing"\n\nfunc BenchmarkX(b *testing.B) {}\n');
    const io = capture();
    expect(await runCli(['run', '-C', dir, '--count', '1', '--benchtime', '1x', '--out', path.join(dir, 'run.json')], io)).toBe(2);
    expect(io.stderr).toMatch(/does not contain main module/);
    expect(io.stderr).toMatch(/no go\.mod or go\.work in .* or above it/);
    expect(io.stderr).not.toMatch(/No benchmark matches/);
  });

  it('exits 2 for a missing working directory', async () => {
    const io = capture();
    expect(await runCli(['run', '-C', path.join(BROKEN, 'missing')], io)).toBe(2);
    expect(io.stderr).toMatch(/working-directory: ".*missing" does not exist/);
  });

  it('exits 1 when a benchmark exceeds its timeout, and reports it as timed out', async () => {
    const r = await run('--packages', './slow', '--timeout', '1s', '--compare', '--baseline-dir', await tempDir(), '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.failures).toEqual([expect.objectContaining({ name: 'BenchmarkSlow', kind: 'timeout' })]);
    expect(report.failures[0].message).toMatch(/exceeded the timeout of 1s/);
  });

  it('exits 1 for a panicking benchmark and a package that does not compile', async () => {
    const r = await run('--packages', './panics ./nocompile', '--compare', '--baseline-dir', await tempDir(), '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const kinds = report.failures.map((f: { kind: string; package: string }) => `${f.package} ${f.kind}`).sort();
    expect(kinds).toEqual(['example.com/gatebroken/nocompile build', 'example.com/gatebroken/panics panic']);
    const build = report.failures.find((f: { kind: string }) => f.kind === 'build');
    expect(build.diagnostics[0]).toMatchObject({ line: 5, message: 'undefined: undefinedIdentifier' });
  });
});
