import { readDocument } from '../../src/document/reader.js';
import { runResultDocument } from '../../src/document/run-result.js';
import { serializeDocument } from '../../src/document/writer.js';
import type { RunResult } from '../../src/result/types.js';
import { run } from '../compare/helpers.js';

const parseRunResult = (text: string, fileName: string) => readDocument(runResultDocument, text, fileName);
const serializeRunResult = (r: RunResult) => serializeDocument(runResultDocument, r);

describe('RunResult fields added after schema 1 (sites, escapes, memprofileRate, diagnostics)', () => {
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
      {
        package: 'example.com/m/p',
        file: 'p/p.go',
        line: 3,
        column: 9,
        function: 'F',
        kind: 'escapes-to-heap',
        subject: '&T{}',
        explanation: [],
        key: 'k',
        snippet: '',
      },
    ],
    unrecognised: [{ package: 'example.com/m/p', file: 'p/p.go', line: 4, text: 'p/p.go:4: something new', outputLine: 7 }],
    compileErrors: [],
    warnings: [],
  };
  r.config.memprofileRate = 4096;
  r.packageFailures = [
    {
      package: 'example.com/m/q',
      kind: 'build',
      message: 'does not compile',
      output: 'q.go:1:1: x',
      diagnostics: [{ file: 'q/q.go', line: 1, column: 1, message: 'x' }],
    },
  ];

  /** The serialised result with one edit applied. */
  const edited = (edit: (doc: any) => void): string => {
    const doc = JSON.parse(serializeRunResult(r));
    edit(doc);
    return JSON.stringify(doc, null, 2);
  };

  it('round-trips them', () => {
    expect(parseRunResult(serializeRunResult(r), 'base.json')).toEqual(r);
  });

  it('names a malformed site with its JSON path instead of failing later in compare', () => {
    expect(() =>
      parseRunResult(
        edited((d) => (d.benchmarks[0].sites[0].values.goroutines = ['one'])),
        'base.json',
      ),
    ).toThrow(/base\.json:\d+:\d+: expected .*\$\.benchmarks\[0\]\.sites\[0\]\.values\.goroutines\[0\]/);
    expect(() =>
      parseRunResult(
        edited((d) => (d.escapes.sites[0].line = 'x')),
        'base.json',
      ),
    ).toThrow(/\$\.escapes\.sites\[0\]\.line/);
  });

  // These were not checked before the document layer; compare and the annotations read them.
  it.each([
    [(d: any) => (d.config.memprofileRate = -1), /expected an integer ≥ 0 at \$\.config\.memprofileRate: found number -1$/],
    [
      (d: any) => (d.packageFailures[0].diagnostics[0].line = '1'),
      /expected an integer ≥ 0 at \$\.packageFailures\[0\]\.diagnostics\[0\]\.line: found string "1"$/,
    ],
    [(d: any) => (d.packageFailures[0].diagnostics = {}), /expected an array at \$\.packageFailures\[0\]\.diagnostics: found an object$/],
    [(d: any) => delete d.escapes.sites[0].snippet, /expected a string at \$\.escapes\.sites\[0\]\.snippet: missing$/],
    [
      (d: any) => (d.escapes.sites[0].kind = 'on-the-moon'),
      /expected one of "moved-to-heap", "escapes-to-heap", "leaking-param" at \$\.escapes\.sites\[0\]\.kind/,
    ],
    [(d: any) => (d.escapes.unrecognised[0].text = null), /expected a string at \$\.escapes\.unrecognised\[0\]\.text: found null$/],
    [
      (d: any) => d.escapes.compileErrors.push({ package: 'p', file: 'p.go', line: 1, column: 'x', message: 'm' }),
      /\$\.escapes\.compileErrors\[0\]\.column: found string "x"$/,
    ],
  ])('checks the newer fields too (%#)', (edit, message) => {
    expect(() => parseRunResult(edited(edit), 'base.json')).toThrow(message);
  });

  it('still reads a baseline without them', () => {
    const old = JSON.parse(serializeRunResult(run([{}])));
    delete old.config.memprofileRate;
    const back = parseRunResult(JSON.stringify(old), 'old.json');
    expect(back.escapes).toBeUndefined();
    expect(back.config.memprofileRate).toBeUndefined();
  });
});
