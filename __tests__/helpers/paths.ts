import path from 'node:path';
import os from 'node:os';
import { mkdtemp } from 'node:fs/promises';

/** The repository root (tests run with it as cwd under jest's rootDir). */
export const ROOT = path.resolve(process.cwd());
export const EXAMPLE = path.join(ROOT, 'fixtures', 'example');
export const BROKEN = path.join(ROOT, 'fixtures', 'broken');

export function tempDir(prefix = 'grg-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}
