/**
 * A baseline store in a plain directory, for the CLI and for tests:
 *
 *   <dir>/<branch>/<commit>.json.gz     one RunResult per commit (or `time-…` without a commit)
 *   <dir>/<branch>/index.json           metadata of those files
 *
 * The files are the truth; the index is only a cache of each file's
 * environment so that restore need not decompress every baseline to find the
 * matching one. An entry is trusted only while the file's size and mtime are
 * what the index recorded, files the index does not know are read directly, and
 * a missing or unreadable index is simply rebuilt on the next save. So two
 * saves racing on the index can at worst cost a later restore some reading,
 * never a wrong answer.
 */

import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { readDocumentFile, runResultDocument, writeDocumentFile } from '../document/index.js';
import type { RunResult } from '../result/types.js';
import { baselineStem, branchDirName } from './names.js';
import {
  comparableEnvironment,
  goVersionWarning,
  sameCommit,
  type BaselineQuery,
  type BaselineStore,
  type RestoredBaseline,
  type SaveResult,
} from './store.js';

const INDEX_FILE = 'index.json';
const INDEX_SCHEMA = 'go-runtime-gate/baseline-index';

interface IndexEntry {
  commit: string;
  createdAt: string;
  goos: string;
  goarch: string;
  goVersion: string;
  configHash: string;
  /** Size and mtime of the file when the entry was written: the entry is stale once they change. */
  size: number;
  mtimeMs: number;
}

interface BranchIndex {
  schema: typeof INDEX_SCHEMA;
  version: 1;
  /** The branch's real name; the directory name is its encoding. */
  branch: string;
  entries: Record<string, IndexEntry>;
}

type Metadata = Omit<IndexEntry, 'size' | 'mtimeMs'>;

function metadataOf(r: RunResult): Metadata {
  const e = r.environment;
  return { commit: e.commit, createdAt: r.createdAt, goos: e.goos, goarch: e.goarch, goVersion: e.goVersion, configHash: e.configHash };
}

function isIndexEntry(v: unknown): v is IndexEntry {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return (
    ['commit', 'createdAt', 'goos', 'goarch', 'goVersion', 'configHash'].every((k) => typeof o[k] === 'string') &&
    typeof o.size === 'number' &&
    typeof o.mtimeMs === 'number'
  );
}

function isBaselineFile(name: string): boolean {
  return !name.startsWith('.') && name !== INDEX_FILE && (name.endsWith('.json.gz') || name.endsWith('.json'));
}

function isNotFound(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

interface Candidate {
  file: string;
  path: string;
  meta: Metadata;
  mtimeMs: number;
  /** Already read while building the list (the index did not know the file). */
  result?: RunResult;
}

/** Milliseconds of an ISO date; an unparseable one (possible only in a hand-edited index) sorts as oldest. */
function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

export class DirectoryStore implements BaselineStore {
  readonly kind = 'dir' as const;
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** The branch's directory, checked to be a direct child of the store (defence in depth: the encoding already guarantees it). */
  private branchDir(branch: string): string {
    const path = resolve(this.dir, branchDirName(branch));
    if (dirname(path) !== this.dir) {
      throw new Error(`internal: branch directory ${path} escapes the store ${this.dir}`);
    }
    return path;
  }

  describe(): string {
    return `directory ${this.dir}`;
  }

  async save(result: RunResult, branch: string): Promise<SaveResult> {
    const dir = this.branchDir(branch);
    const file = `${baselineStem(result.environment.commit, result.createdAt)}.json.gz`;
    const path = join(dir, file);
    try {
      // Atomic (temporary file + rename): a restore running meanwhile sees the old file or the new one.
      await writeDocumentFile(runResultDocument, path, result);
      const st = await stat(path);
      const index = await this.readIndex(dir, branch);
      index.entries[file] = { ...metadataOf(result), size: st.size, mtimeMs: st.mtimeMs };
      await this.refreshIndex(dir, index);
      await writeAtomically(join(dir, INDEX_FILE), JSON.stringify(index, null, 2) + '\n');
    } catch (err) {
      return { saved: false, where: `dir:${path}`, reason: (err as Error).message };
    }
    return { saved: true, where: `dir:${path}` };
  }

  /**
   * Drops entries of files that are gone and indexes files the index does not
   * know (or knows in an older state), so a lost index costs one slow save
   * rather than slow restores forever. Unreadable files stay unindexed: restore
   * reads them and reports them.
   */
  private async refreshIndex(dir: string, index: BranchIndex): Promise<void> {
    const present = (await readdir(dir)).filter(isBaselineFile);
    const keep = new Set(present);
    for (const name of Object.keys(index.entries)) if (!keep.has(name)) delete index.entries[name];
    for (const name of present) {
      const path = join(dir, name);
      try {
        const st = await stat(path);
        const entry = index.entries[name];
        if (entry && entry.size === st.size && entry.mtimeMs === st.mtimeMs) continue;
        const r = await readDocumentFile(runResultDocument, path);
        index.entries[name] = { ...metadataOf(r), size: st.size, mtimeMs: st.mtimeMs };
      } catch (e) {
        if (!(e instanceof InputError) && !isNotFound(e)) throw e;
        delete index.entries[name];
      }
    }
  }

  async restore(q: BaselineQuery): Promise<RestoredBaseline | null> {
    const dir = this.branchDir(q.branch);
    let names: string[];
    try {
      names = (await readdir(dir)).filter(isBaselineFile).sort();
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
    const index = await this.readIndex(dir, q.branch);
    const corrupt: { error: InputError; mtimeMs: number }[] = [];
    const candidates: Candidate[] = [];

    for (const file of names) {
      const path = join(dir, file);
      let st;
      try {
        st = await stat(path);
      } catch (e) {
        if (isNotFound(e)) continue; // removed since the listing
        throw e;
      }
      const entry = index.entries[file];
      if (entry && entry.size === st.size && entry.mtimeMs === st.mtimeMs) {
        candidates.push({ file, path, meta: entry, mtimeMs: st.mtimeMs });
        continue;
      }
      try {
        const result = await readDocumentFile(runResultDocument, path);
        candidates.push({ file, path, meta: metadataOf(result), mtimeMs: st.mtimeMs, result });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        corrupt.push({ error: e, mtimeMs: st.mtimeMs });
      }
    }

    const want = q.environment;
    const rank = (m: Metadata): number => {
      const sameGo = m.goVersion === want.goVersion;
      const exact = sameCommit(m.commit, q.commit);
      return sameGo ? (exact ? 0 : 1) : exact ? 2 : 3;
    };
    const ordered = candidates
      .filter((c) => comparableEnvironment(c.meta, want))
      .sort((a, b) => rank(a.meta) - rank(b.meta) || timeOf(b.meta.createdAt) - timeOf(a.meta.createdAt) || (a.file < b.file ? 1 : -1));

    for (const c of ordered) {
      let result = c.result;
      if (!result) {
        try {
          result = await readDocumentFile(runResultDocument, c.path);
        } catch (e) {
          if (isNotFound(e)) continue;
          if (!(e instanceof InputError)) throw e;
          corrupt.push({ error: e, mtimeMs: c.mtimeMs });
          continue;
        }
        // The index could describe an older file of the same size and mtime; the file itself decides.
        if (!comparableEnvironment(result.environment, want)) continue;
      }
      const source = `dir:${c.path}`;
      const warnings = corrupt.map(({ error }) => `ignored a corrupt baseline: ${error.message}`);
      if (result.environment.goVersion !== want.goVersion) {
        warnings.push(goVersionWarning(source, result.environment.goVersion, want.goVersion, q.branch));
      }
      return { result, source, exactCommit: sameCommit(result.environment.commit, q.commit), warnings };
    }

    // Nothing usable. If something unreadable was there, it may well have been the baseline:
    // saying so (with the newest such file's error) beats a quiet "no baseline" pass.
    if (corrupt.length > 0) {
      corrupt.sort((a, b) => b.mtimeMs - a.mtimeMs);
      throw corrupt[0].error;
    }
    return null;
  }

  private async readIndex(dir: string, branch: string): Promise<BranchIndex> {
    const empty: BranchIndex = { schema: INDEX_SCHEMA, version: 1, branch, entries: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(join(dir, INDEX_FILE), 'utf8'));
    } catch {
      return empty; // missing or unreadable: the files themselves are still there
    }
    const p = parsed as Partial<BranchIndex> | null;
    if (!p || p.schema !== INDEX_SCHEMA || p.version !== 1 || typeof p.entries !== 'object' || p.entries === null) return empty;
    for (const [file, entry] of Object.entries(p.entries)) if (isBaselineFile(file) && isIndexEntry(entry)) empty.entries[file] = entry;
    return empty;
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
