/**
 * `run` keeps the last run's per-sample traces and heap profiles under
 * `<module>/.gate/samples/` for `inspect`, and only the last run's: they
 * used to pile up run after run (about 170 MB a run on fixtures/accuracy).
 */
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { runCli } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { graphRepo } from '../helpers/graph-module.js';
import { GO_MEASURE_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_MEASURE_TIMEOUT_MS);

test('a second run replaces the first run’s samples', async () => {
  const repo = await graphRepo();
  const args = ['run', '--working-directory', repo.dir, '--packages', './a', '--count', '1', '--benchtime', '10x', '--profiles', 'memprofile'];
  const samples = path.join(repo.dir, '.gate', 'samples');
  expect(await runCli(args, capture())).toBe(0);
  const first = await readdir(samples);
  expect(first).toHaveLength(1);
  expect(await runCli(args, capture())).toBe(0);
  const second = await readdir(samples);
  expect(second).toHaveLength(1);
  expect(second[0]).not.toBe(first[0]);
  // The sample folder of the one run holds its heap profile.
  const [sample] = await readdir(path.join(samples, second[0]));
  expect(await readdir(path.join(samples, second[0], sample))).toEqual(expect.arrayContaining(['mem.pprof', 'sample.json']));
});
