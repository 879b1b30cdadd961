/**
 * The ShardResult document, schema version 1: what one job of a sharded run
 * (`shard: i/n`) measured, for the merge job (`mode: merge`) to put together
 * with the others. It carries the shard's place in the split (which of how
 * many, the digest of the split every shard must agree on, its benchmark
 * functions), the affected-benchmark selection it measured within, and the
 * RunResult of the head (and, in A/B mode, of the merge-base) without their
 * own schema fields. Uploaded as an artifact, so the merge job reads it as
 * untrusted input and validates every field.
 */
import type { RunResult } from '../result/types.js';
import { runResultDocument } from './run-result.js';
import { defineDocument } from './document.js';
import { array, integer, object, oneOf, optional, string } from './schema.js';

export const SHARD_SCHEMA = 'go-runtime-gate/shard';
export const SHARD_VERSION = 1;

/** A RunResult inside another document: everything but its own schema and version. */
type RunBody = Omit<RunResult, 'schema' | 'version'>;

/** The affected-benchmark selection a shard measured within (src/discover/affected.ts' Selection). */
export interface ShardSelection {
  kind: 'all' | 'affected';
  base: string;
  reason?: string;
  files?: string[];
  changed?: string[];
  affected?: string[];
  unaffected?: string[];
}

export interface ShardResult {
  schema: typeof SHARD_SCHEMA;
  version: number;
  shard: {
    /** 1-based. */
    index: number;
    count: number;
    /** What the split was balanced by: `baseline <commit> <date>` or `none` (round-robin). */
    basis: string;
    /** Digest of every benchmark function and its shard (src/gate/shard.ts): all shards of a run agree on it. */
    digest: string;
    /** This shard's benchmark functions, `package name`. */
    units: string[];
  };
  mode: 'cache' | 'ab';
  selection?: ShardSelection;
  head: RunBody;
  /** A/B mode: the merge-base measured beside the head. */
  base?: RunBody;
  /** A/B mode: why the merge-base could not be measured. */
  baseProblem?: string;
  /** A/B mode: the merge-base's partial problems. */
  baseWarnings?: string[];
}

const text = string();
const texts = array(text);

export const shardDocument = defineDocument<ShardResult>({
  id: SHARD_SCHEMA,
  version: SHARD_VERSION,
  title: 'ShardResult',
  gzip: false,
  whenTooOld: 'run the shards again with this version',
  mistakenFor: {
    'go-runtime-gate/run-result': 'a RunResult, not a ShardResult: `mode: merge` reads what jobs with `shard: i/n` wrote',
    'go-runtime-gate/report': 'a Report, not a ShardResult: `mode: merge` reads what jobs with `shard: i/n` wrote',
  },
  migrations: {},
  fields: object({
    shard: object({ index: integer(1), count: integer(1), basis: text, digest: text, units: texts }),
    mode: oneOf(['cache', 'ab']),
    selection: optional(
      object<ShardSelection>({
        kind: oneOf(['all', 'affected']),
        base: text,
        reason: optional(text),
        files: optional(texts),
        changed: optional(texts),
        affected: optional(texts),
        unaffected: optional(texts),
      }),
    ),
    head: runResultDocument.fields,
    base: optional(runResultDocument.fields),
    baseProblem: optional(text),
    baseWarnings: optional(texts),
  }),
});
