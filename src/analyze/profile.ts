/**
 * From one sample's heap profile to allocation sites per op. Sites are
 * attributed to the benchmark (only stacks through the benchmark function
 * count: init, flag parsing and the testing framework do not) and scaled by
 * the benchmark's own allocs/op and B/op, so a benchmark's sites add up to
 * the figures on its result line — see src/pprof/sites.ts for why that is the
 * derivation that holds for time-based benchtimes too. Each site keeps its
 * size class and, for module code, its source line's text: what identifies
 * it across commits (src/compare/allocation-sites.ts).
 */
import { readFile } from 'node:fs/promises';
import { readProfile, readProfileAsync } from '../pprof/reader.js';
import { allocationSites } from '../pprof/sites.js';
import { sourceSnippet } from './source.js';

/** Sites per sample kept in a RunResult: the largest by bytes, then by objects. */
const MAX_SITES_PER_SAMPLE = 40;

export interface ProfileSampleAnalysis {
  sites: { function: string; file: string; line: number; objectsPerOp: number; bytesPerOp: number; size?: number; snippet?: string }[];
}

export async function analyzeProfile(
  file: string,
  displayName: string,
  benchmark: string,
  reported: { allocsPerOp: number; bytesPerOp: number } | undefined,
  ops: number,
  relative: (file: string) => string,
  /** Where the measured source lies: each site's line text is read from there (module code only). */
  sourceRoot?: string,
  /**
   * Inflate on this thread (readProfile) instead of Node's shared thread pool
   * (readProfileAsync): a lowest-priority reader must not hand its work to
   * threads of normal priority (src/analyze/pool.ts).
   */
  onThisThread = false,
): Promise<ProfileSampleAnalysis> {
  const bytes = await readFile(file);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const profile = onThisThread ? readProfile(view, displayName) : await readProfileAsync(view, displayName);
  const sites = allocationSites(profile, reported ? { reported, benchmark } : { iterations: ops, benchmark });
  const top = [...sites.byLine].sort((a, b) => b.bytesPerOp - a.bytesPerOp || b.objectsPerOp - a.objectsPerOp).slice(0, MAX_SITES_PER_SAMPLE);
  return {
    sites: await Promise.all(
      top.map(async (s) => {
        const snippet = sourceRoot ? await sourceSnippet(sourceRoot, s.file, s.line) : '';
        return {
          function: s.function,
          file: relative(s.file),
          line: s.line,
          objectsPerOp: s.objectsPerOp,
          bytesPerOp: s.bytesPerOp,
          ...(s.size !== undefined ? { size: s.size } : {}),
          ...(snippet ? { snippet } : {}),
        };
      }),
    ),
  };
}
