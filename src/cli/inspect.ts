/**
 * `go-runtime-gate inspect FILE`: what one artifact of a sample says — a
 * trace's GC, heap and goroutine metrics, or a heap profile's top allocation
 * sites — so a user (or anyone checking our readers) can look at any file
 * without running a comparison. The format is recognised from the bytes, not
 * the name: heap profiles are gzip, traces start with "go 1.".
 */
import path from 'node:path';
import { open, readFile } from 'node:fs/promises';
import { traceMetrics } from '../trace/metrics.js';
import { renderTraceInspection } from './inspect-trace.js';
import { readProfileAsync } from '../pprof/reader.js';
import { renderProfileInspection } from './inspect-profile.js';
import { moduleFramePredicate } from '../analyze/trace.js';
import { InputError } from '../errors.js';

export interface InspectCliOptions {
  json: boolean;
  top?: number;
  byFunction: boolean;
  /** Module root for leak creation sites (default: the current directory). */
  moduleDir: string;
  modulePath: string;
}

async function head(file: string, n: number): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function inspectFile(file: string, options: InspectCliOptions): Promise<string> {
  const start = await head(file, 16);
  if (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) {
    const bytes = await readFile(file);
    const profile = await readProfileAsync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
    return renderProfileInspection(profile, { json: options.json, top: options.top, byFunction: options.byFunction });
  }
  if (Buffer.from(start).toString('latin1').startsWith('go 1.')) {
    const metrics = await traceMetrics(file, {
      fileName: file,
      isModuleFrame: moduleFramePredicate({ dir: path.resolve(options.moduleDir), path: options.modulePath }),
    });
    return renderTraceInspection(metrics, { json: options.json });
  }
  throw new InputError(file, { offset: 0 }, 'a Go execution trace (starting "go 1.") or a gzip-compressed heap profile');
}
