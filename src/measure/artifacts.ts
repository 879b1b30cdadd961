/**
 * Where a sample's trace and heap profile are written, and how whoever reads
 * them knows they are that sample's.
 *
 * Paths are unique by construction, never by how names happen to differ:
 * each measuring call writes under a fresh directory of its own (mkdtemp), in
 * which a sample's folder is `<leaf number>-<round>`, the leaf number being
 * its place in this call's schedule. A short tail made from the package and
 * benchmark name follows for people browsing the folder; it is cut and has
 * its odd characters replaced, so it decides nothing. (Names alone cannot be
 * made into distinct file names that way: `café` and `cafü`, `X/a/b` and
 * `X/a_b`, two names sharing their first 60 characters, `internal/codec` and
 * `pkg/codec` all came out the same, and one benchmark was reported with
 * another's numbers.)
 *
 * Next to the artifacts the measuring run writes `sample.json`, naming the
 * package, benchmark, -test.cpu, GOMAXPROCS, round and order of the sample
 * that wrote them; the analysis checks it before reading a trace or profile,
 * so artifacts that are not the reading sample's are refused, never read.
 */
import path from 'node:path';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

const MANIFEST_FILE = 'sample.json';

/** Who wrote the artifacts in one sample directory. */
export interface SampleManifest {
  package: string;
  benchmark: string;
  /** The -test.cpu the process ran with; null for the binary's default. */
  cpu: number | null;
  /** GOMAXPROCS the result line was printed at. */
  procs: number;
  round: number;
  /** The sample's `order` in the RunResult. */
  order: number;
}

/** A fresh directory under `artifactsDir` for one measuring call. */
export function runArtifactsDir(artifactsDir: string): Promise<string> {
  return mkdtemp(path.join(artifactsDir, 'run-'));
}

function tail(text: string, max: number): string {
  return text.replace(/[^A-Za-z0-9._=-]+/g, '_').slice(0, max);
}

/** A sample's directory inside a run's directory: unique by leaf number and round; the rest is for reading. */
export function sampleDirName(leafNumber: number, round: number, importPath: string, name: string): string {
  return `${leafNumber}-${round}-${tail(importPath.split('/').pop() ?? 'pkg', 20)}-${tail(name, 40)}`;
}

export async function writeSampleManifest(dir: string, manifest: SampleManifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest) + '\n');
}

/** The sample a reader expects an artifact to come from. */
export interface ArtifactOwner {
  package: string;
  benchmark: string;
  order: number;
}

function ownerText(o: ArtifactOwner): string {
  return `${o.package} ${o.benchmark} sample ${o.order}`;
}

/**
 * Checks that `artifact` (a trace or heap profile) was written by the sample
 * `owner`, from the manifest in its directory; throws an InputError naming
 * the manifest, the field that differs and whose artifacts they are.
 */
export async function checkSampleArtifact(artifact: string, owner: ArtifactOwner): Promise<void> {
  const file = path.join(path.dirname(artifact), MANIFEST_FILE);
  const expected = `the artifacts of ${ownerText(owner)}`;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(file, undefined, expected, `cannot read the sample's manifest (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let m: Partial<SampleManifest>;
  try {
    m = JSON.parse(text) as Partial<SampleManifest>;
  } catch {
    throw new InputError(file, { offset: 0 }, expected, 'the manifest is not JSON');
  }
  const found = { package: m.package, benchmark: m.benchmark, order: m.order };
  for (const field of ['package', 'benchmark', 'order'] as const) {
    if (found[field] !== owner[field]) {
      const whose =
        typeof m.package === 'string' && typeof m.benchmark === 'string' && typeof m.order === 'number' ? ownerText(m as ArtifactOwner) : JSON.stringify(found);
      throw new InputError(file, undefined, expected, `its field "${field}" names ${whose}`);
    }
  }
}
