#!/usr/bin/env node
// Records sample pools of the unchanged code under different machine states,
// so that a baseline recorded in one state can be compared with a head
// recorded in another (what cache mode does: the baseline comes from another
// runner, hours earlier). States: quiet; one busy neighbour process
// (`sh -c 'while :; do :; done'`); two. Writes
// build/accuracy/pools/cond-<state>-<id>.json.gz.
//
//   node scripts/accuracy/record-conditions.mjs [--count N] [--benchtime T] [--states quiet,busy1,busy2] [--only a,example-base]
import { parseArgs } from 'node:util';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXAMPLE, FIXTURE, OUT_DIR, ROOT, STATES, enter, load, measureModule } from './lib.mjs';

const { values: v } = parseArgs({
  options: {
    count: { type: 'string', default: '20' },
    benchtime: { type: 'string', default: '100ms' },
    states: { type: 'string', default: 'quiet,busy1,busy2,after' },
    only: { type: 'string', default: '' },
    force: { type: 'boolean', default: false },
  },
});
const { parseConfig } = await load('options/config.js');

const only = new Set(v.only.split(',').filter(Boolean));
const jobs = [
  { id: 'a', dir: FIXTURE },
  { id: 'example-base', dir: path.join(EXAMPLE, 'base') },
].filter((j) => only.size === 0 || only.has(j.id));
await mkdir(path.join(OUT_DIR, 'pools'), { recursive: true });

for (const state of v.states.split(',').filter(Boolean)) {
  if (!(state in STATES)) throw new Error(`--states: unknown state ${state} (${Object.keys(STATES).join(', ')})`);
  for (const job of jobs) {
    const file = path.join(OUT_DIR, 'pools', `cond-${state}-${job.id}.json.gz`);
    if (existsSync(file) && !v.force) {
      console.log(`${state} ${job.id}: exists (use --force to re-record)`);
      continue;
    }
    const config = parseConfig({ workingDirectory: job.dir, count: v.count, benchtime: v.benchtime });
    const workDir = await mkdtemp(path.join(os.tmpdir(), `gate-cond-${state}-${job.id}-`));
    const stop = enter(STATES[state]);
    const t0 = Date.now();
    const load0 = os.loadavg()[0];
    let result;
    try {
      result = await measureModule(config, { workDir, repoRoot: ROOT, commit: job.id, ref: 'base', log: () => {} });
    } finally {
      stop();
    }
    const seconds = (Date.now() - t0) / 1000;
    result.accuracy = {
      state,
      seconds,
      count: Number(v.count),
      benchtime: v.benchtime,
      loadavgStart: load0,
      loadavgEnd: os.loadavg()[0],
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
    };
    await writeFile(file, zlib.gzipSync(JSON.stringify(result)));
    await rm(workDir, { recursive: true, force: true });
    console.log(
      `${state} ${job.id}: ${result.benchmarks.length} benchmarks × ${v.count} in ${seconds.toFixed(0)}s (load ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`,
    );
  }
}
