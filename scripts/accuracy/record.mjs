#!/usr/bin/env node
// Records the sample pools of the accuracy harness once: the unchanged
// fixture (side A, every benchmark) and, per injected regression, only the
// benchmark it changes. Writes build/accuracy/pools/*.json.gz.
//
//   node scripts/accuracy/record.mjs [--count N] [--benchtime T] [--only a,alloc,...]
import { parseArgs } from 'node:util';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXAMPLE, FIXTURE, OUT_DIR, ROOT, VARIANTS, load, measureModule } from './lib.mjs';

const { values: v } = parseArgs({
  options: {
    count: { type: 'string', default: '40' },
    benchtime: { type: 'string', default: '100ms' },
    only: { type: 'string', default: '' },
    force: { type: 'boolean', default: false },
  },
});
const { parseConfig } = await load('options/config.js');

const only = new Set(v.only.split(',').filter(Boolean));
const jobs = [
  { id: 'a', dir: FIXTURE, tags: '', bench: '.' },
  ...VARIANTS.map((x) => ({ id: x.id, dir: FIXTURE, tags: x.tags, bench: x.bench })),
  // The bundled example (fixtures/example): base vs head, several regressions at once.
  { id: 'example-base', dir: path.join(EXAMPLE, 'base'), tags: '', bench: '.' },
  { id: 'example-head', dir: path.join(EXAMPLE, 'head'), tags: '', bench: '.' },
].filter((j) => only.size === 0 || only.has(j.id));
await mkdir(path.join(OUT_DIR, 'pools'), { recursive: true });

for (const job of jobs) {
  const file = path.join(OUT_DIR, 'pools', `${job.id}.json.gz`);
  if (existsSync(file) && !v.force) {
    console.log(`${job.id}: ${path.relative(ROOT, file)} exists (use --force to re-record)`);
    continue;
  }
  const config = parseConfig({ workingDirectory: job.dir, count: v.count, benchtime: v.benchtime, tags: job.tags, bench: job.bench });
  const workDir = await mkdtemp(path.join(os.tmpdir(), `gate-accuracy-${job.id}-`));
  const t0 = Date.now();
  let n = 0;
  const result = await measureModule(config, {
    workDir,
    repoRoot: ROOT,
    commit: job.id,
    ref: job.tags || 'base',
    log: (m) => {
      if (/^(Building|Collecting)/.test(m)) console.log(`${job.id}: ${m}`);
      else if (++n % 100 === 0) console.log(`${job.id}: ${n} log lines, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
    },
  });
  const seconds = (Date.now() - t0) / 1000;
  result.accuracy = {
    seconds,
    count: Number(v.count),
    benchtime: v.benchtime,
    tags: job.tags,
    bench: job.bench,
    host: os.hostname(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  };
  await writeFile(file, zlib.gzipSync(JSON.stringify(result)));
  await rm(workDir, { recursive: true, force: true });
  const failed = result.benchmarks.filter((b) => b.failure).map((b) => b.name);
  console.log(
    `${job.id}: ${result.benchmarks.length} benchmarks × ${v.count} samples in ${seconds.toFixed(0)}s${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`,
  );
}
