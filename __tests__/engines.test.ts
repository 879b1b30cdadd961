/**
 * package.json's `engines` is true: every Node release it admits satisfies
 * the `engines` of every package `npm ci` installs (package-lock.json, the dev
 * tooling included: npm warns EBADENGINE for those too), so `npm ci` never
 * warns on a Node we claim.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './helpers/paths.js';

// semver comes with @actions/cache (a dependency), so it is always installed.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  validRange(range: string): string | null;
};

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } | string[] }>;
};

/** The first and a late release of every major from 18 to 26: what "admits" is probed with. */
const PROBES = [18, 19, 20, 21, 22, 23, 24, 25, 26].flatMap((m) => [`${m}.0.0`, `${m}.13.0`, `${m}.19.0`, `${m}.99.0`]);

function nodeRange(meta: { engines?: { node?: string } | string[] }): string | undefined {
  return Array.isArray(meta.engines) ? undefined : meta.engines?.node;
}

describe('engines', () => {
  it('declares a valid range that admits a current Node 20 and the node24 runtime of the Action', () => {
    expect(semver.validRange(pkg.engines.node)).not.toBeNull();
    for (const v of ['20.19.0', '24.0.0']) expect([v, semver.satisfies(v, pkg.engines.node)]).toEqual([v, true]);
  });

  it('every installed dependency supports every Node release the declared range admits', () => {
    const admitted = PROBES.filter((v) => semver.satisfies(v, pkg.engines.node));
    const wrong: string[] = [];
    for (const [where, meta] of Object.entries(lock.packages)) {
      const range = nodeRange(meta);
      if (!where || !range) continue;
      for (const v of admitted) if (!semver.satisfies(v, range)) wrong.push(`${where}@${meta.version} wants node ${range}, not ${v}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the dev tooling supports the Node running these tests', () => {
    const wrong = Object.entries(lock.packages)
      .filter(([where, meta]) => where && nodeRange(meta) && !semver.satisfies(process.versions.node, nodeRange(meta)!))
      .map(([where, meta]) => `${where}@${meta.version} wants node ${nodeRange(meta)}`);
    expect(wrong).toEqual([]);
  });
});
