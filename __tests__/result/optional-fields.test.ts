import { parseRunResult, serializeRunResult } from '../../src/result/io.js';
import { run } from '../compare/helpers.js';

describe('RunResult fields added after schema 1 (sites, escapes)', () => {
  const r = run([
    {
      sites: [
        {
          kind: 'leak',
          function: 'p.Start',
          file: 'p/pool.go',
          line: 42,
          stack: [{ function: 'p.Start', file: 'p/pool.go', line: 42 }],
          values: { goroutines: [1, 1] },
        },
      ],
    },
  ]);
  r.escapes = {
    goVersion: 'go1.26.8',
    packages: ['example.com/m/p'],
    sites: [
      { package: 'example.com/m/p', file: 'p/p.go', line: 3, column: 9, function: 'F', kind: 'escapes-to-heap', subject: '&T{}', explanation: [], key: 'k', snippet: '' } as never,
    ],
    unrecognised: [],
    compileErrors: [],
    warnings: [],
  };

  it('round-trips them', () => {
    expect(parseRunResult(serializeRunResult(r), 'base.json')).toEqual(r);
  });

  it('names a malformed site with its JSON path instead of failing later in compare', () => {
    const bad = JSON.parse(serializeRunResult(r));
    bad.benchmarks[0].sites[0].values.goroutines = ['one'];
    expect(() => parseRunResult(JSON.stringify(bad), 'base.json')).toThrow(/base\.json:\d+:\d+: expected .*\$\.benchmarks\[0\]\.sites\[0\]\.values\.goroutines\[0\]/);
    const bad2 = JSON.parse(serializeRunResult(r));
    bad2.escapes.sites[0].line = 'x';
    expect(() => parseRunResult(JSON.stringify(bad2), 'base.json')).toThrow(/\$\.escapes\.sites\[0\]\.line/);
  });

  it('still reads a baseline without them', () => {
    const old = JSON.parse(serializeRunResult(run([{}])));
    expect(parseRunResult(JSON.stringify(old), 'old.json').escapes).toBeUndefined();
  });
});
