/**
 * One sample's artifact reading as plain data, so that it can run on another
 * thread (src/analyze/pool.ts): check the artifact's manifest
 * (src/measure/artifacts.ts), then read the trace or heap profile exactly as
 * analyzeSamples always has. Everything in and out is structured-cloneable.
 */
import { repoRelative } from '../result/paths.js';
import { checkSampleArtifact, type ArtifactOwner } from '../measure/artifacts.js';
import { analyzeTrace, type ModuleScope, type TraceSampleAnalysis } from './trace.js';
import { analyzeProfile, type ProfileSampleAnalysis } from './profile.js';

interface JobBase {
  /** Absolute path of the artifact. */
  file: string;
  /** How errors name it. */
  displayName: string;
  /** The sample it must belong to. */
  owner: ArtifactOwner;
  /** Paths are made relative to this; snippets are read from it. */
  repoRoot: string;
}

export interface TraceJob extends JobBase {
  kind: 'trace';
  /** N printed on the sample's result line. */
  printedN: number;
  scope: ModuleScope;
}

export interface ProfileJob extends JobBase {
  kind: 'profile';
  benchmark: string;
  reported?: { allocsPerOp: number; bytesPerOp: number };
  /** Iterations the process ran (opsInProcess). */
  ops: number;
}

export type SampleJob = TraceJob | ProfileJob;

export type SampleJobResult = TraceSampleAnalysis | ProfileSampleAnalysis;

/** `onThisThread`: do all the CPU work on the calling thread (see analyzeProfile). */
export async function runSampleJob(job: SampleJob, onThisThread = false): Promise<SampleJobResult> {
  await checkSampleArtifact(job.file, job.owner);
  const relative = (file: string) => repoRelative(job.repoRoot, file);
  if (job.kind === 'trace') return analyzeTrace(job.file, job.displayName, job.printedN, job.scope, relative);
  return analyzeProfile(job.file, job.displayName, job.benchmark, job.reported, job.ops, relative, job.repoRoot, onThisThread);
}
