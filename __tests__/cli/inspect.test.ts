/**
 * `inspect` on a real trace and a real heap profile, written by the engine
 * measuring the example's leaking benchmark.
 */
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { parseConfig } from '../../src/options/config.js';
import { runMeasurement } from '../helpers/gate.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { runCli } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { EXAMPLE, ROOT, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

describe('go-runtime-gate inspect', () => {
  let trace: string;
  let profile: string;
  const moduleDir = path.join(EXAMPLE, 'head');
  beforeAll(async () => {
    const workDir = await tempDir();
    const config = parseConfig({ workingDirectory: moduleDir, packages: './leaky', count: '1', benchtime: '200x' });
    const r = await runMeasurement(config, { runner: processRunner, workDir, repoRoot: ROOT, commit: '', ref: '' });
    const s = r.benchmarks[0].samples[0];
    trace = path.join(workDir, 'samples', s.artifacts.trace!);
    profile = path.join(workDir, 'samples', s.artifacts.memprofile!);
  });

  it('shows a trace’s leaks at their creation line, as JSON for machines', async () => {
    const io = capture();
    expect(await runCli(['inspect', trace, '--json', '--module-dir', moduleDir], io)).toBe(0);
    const m = JSON.parse(io.stdout);
    expect(m.leaks).toHaveLength(1);
    // b.N=1 warm-up + 200 iterations, one leaked worker each. On a loaded machine some of
    // them are still runnable (not yet blocked) when the trace stops: those are counted
    // apart, as unblockedAtEnd (seen: 111 blocked + 90 runnable under 4 busy processes).
    expect(m.leaks[0]).toMatchObject({ line: 13 });
    expect(m.leaks[0].count).toBeGreaterThanOrEqual(1);
    expect(m.leaks[0].count + m.unblockedAtEnd).toBe(201);
    expect(m.leaks[0].file).toBe(path.join(moduleDir, 'leaky', 'leaky.go'));
    expect(m.goroutines.created).toBeGreaterThanOrEqual(201);
  });

  it('prints a human table for a trace', async () => {
    const io = capture();
    expect(await runCli(['inspect', trace, '--module-dir', moduleDir], io)).toBe(0);
    expect(io.stdout).toMatch(/leaky\.go:13/);
  });

  it('lists a heap profile’s allocation sites', async () => {
    const io = capture();
    expect(await runCli(['inspect', profile, '--json'], io)).toBe(0);
    const doc = JSON.parse(io.stdout);
    expect(JSON.stringify(doc)).toMatch(/leaky\.go/);
    const human = capture();
    expect(await runCli(['inspect', profile, '--top', '5'], human)).toBe(0);
    expect(human.stdout).toMatch(/leaky\.go:\d+/);
  });

  it('refuses other files with the offset and what was expected, and missing files', async () => {
    const junk = path.join(await tempDir(), 'junk.bin');
    await writeFile(junk, 'hello');
    const io = capture();
    expect(await runCli(['inspect', junk], io)).toBe(2);
    expect(io.stderr).toMatch(/junk\.bin: offset 0: expected a Go execution trace/);
    expect(await runCli(['inspect', junk + '.missing'], io)).toBe(2);
    expect(io.stderr).toMatch(/ENOENT/);
  });

  it('refuses a trace that holds only its header, saying it holds no events', async () => {
    const bytes = await readFile(trace);
    const empty = path.join(await tempDir(), 'header-only.trace');
    await writeFile(empty, bytes.subarray(0, 16));
    const io = capture();
    expect(await runCli(['inspect', empty], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/header-only\.trace: offset 16: expected .*: the trace holds only its header/);
  });
});
