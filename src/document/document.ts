/**
 * What a document type is: its schema id, its current version, the schema of
 * that version, and the steps that upgrade older versions to it. The reader
 * and the writer know nothing about any particular document; they read these
 * declarations (see run-result.ts and report.ts, and the README for adding
 * one).
 */

import type { Schema } from './schema.js';

/** Every document leads with these two fields, and the writer puts them first. */
export interface Versioned {
  schema: string;
  version: number;
}

/** One upgrade step: receives a document of version N, returns the same data in the shape of version N+1. */
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentType<T extends Versioned> {
  /** The `schema` field's value, e.g. `go-runtime-gate/run-result`. */
  readonly id: string;
  /** The version this release writes and validates. */
  readonly version: number;
  /** How messages name the document: "RunResult", "Report". */
  readonly title: string;
  /** The current version's fields other than `schema` and `version`. */
  readonly fields: Schema<Omit<T, 'schema' | 'version'>>;
  /**
   * Upgrade steps keyed by the version they start from (`migrations[1]`
   * turns a v1 document into v2). Only the current shape needs a schema:
   * an older document is upgraded one step at a time, then validated. When
   * version 2 arrives, its author adds `migrations[1]` and every stored v1
   * file keeps working. Mutable on purpose so tests can register a step.
   */
  readonly migrations: Record<number, Migration>;
  /** Whether files may be gzip-compressed (detected by content; written for `.gz` names). */
  readonly gzip: boolean;
  /** What the user should do with a file older than any migration reaches ("record the baseline again"). */
  readonly whenTooOld: string;
  /** Schema ids people hand in by mistake, with what to say about them. */
  readonly mistakenFor?: Readonly<Record<string, string>>;
}

/** Declares a document type (an identity function that gives the declaration its type). */
export function defineDocument<T extends Versioned>(type: DocumentType<T>): DocumentType<T> {
  return type;
}
