/**
 * The TypeScript function scanner, checked against go/parser itself: a
 * test-only Go program (fixtures/escape/funcdecls) prints every top-level
 * declaration of a set of files, and the scanner must agree on name, start
 * and end for each. The files are a hand-made collection of traps plus real
 * standard-library packages of every flavour (generics, assembly stubs, raw
 * strings, cgo-free runtime code).
 */
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { enclosingFunction, scanGoFile } from '../../src/escape/functions.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { ROOT } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

// The oracle is a `go run` of a go/parser program: 98 s cold on a loaded 2-core machine.
jest.setTimeout(GO_BUILD_TIMEOUT_MS);

const FIX = path.join(ROOT, '__tests__', 'fixtures', 'escape');
const TRICKY = path.join(FIX, 'scanner', 'tricky.go.txt');

interface OracleDecl {
  file: string;
  name: string;
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
  hasBody: boolean;
}

async function oracle(files: string[]): Promise<OracleDecl[]> {
  const res = await processRunner.run('go', ['run', '.', ...files], {
    cwd: path.join(FIX, 'funcdecls'),
    timeoutMs: GO_BUILD_TIMEOUT_MS,
    maxOutput: 64 * 1024 * 1024,
  });
  if (res.code !== 0) throw new Error(`funcdecls failed: ${res.stderr}`);
  return res.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OracleDecl);
}

async function goroot(): Promise<string> {
  const res = await processRunner.run('go', ['env', 'GOROOT'], { cwd: ROOT });
  return res.stdout.trim();
}

function goFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .map((f) => path.join(dir, f));
}

describe('scanGoFile agrees with go/parser', () => {
  let files: string[];
  let expected: OracleDecl[];
  beforeAll(async () => {
    const root = await goroot();
    const pkgs = [
      'strconv',
      'net/http',
      'go/types',
      'reflect',
      'slices',
      'maps',
      'iter',
      'sync/atomic',
      'runtime',
      'math/big',
      'encoding/json',
      'text/template/parse',
    ];
    files = [TRICKY, ...pkgs.flatMap((p) => goFiles(path.join(root, 'src', ...p.split('/'))))];
    expected = await oracle(files);
  });

  it('on every file: same declarations, names, starts and ends', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(expected.length).toBeGreaterThan(5000);
    const mismatches: string[] = [];
    for (const file of files) {
      const want = expected.filter((d) => d.file === file);
      const got = scanGoFile(readFileSync(file)).functions;
      const fmt = (name: string, sl: number, sc: number, el: number, ec: number | string) => `${name} ${sl}:${sc}-${el}:${ec}`;
      const w = want.map((d) => fmt(d.name, d.startLine, d.startCol, d.endLine, d.hasBody ? d.endCol : '-'));
      const g = got.map((d) => fmt(d.name, d.start.line, d.start.column, d.end.line, d.bodyLine ? d.end.column : '-'));
      if (JSON.stringify(w) !== JSON.stringify(g))
        mismatches.push(`${file}:\n  want ${w.filter((x) => !g.includes(x)).join(', ')}\n  got  ${g.filter((x) => !w.includes(x)).join(', ')}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('scanGoFile on the traps', () => {
  const scan = scanGoFile(readFileSync(TRICKY));

  it('never takes text in comments, strings, raw strings or runes for declarations', () => {
    const names = scan.functions.map((f) => f.name);
    expect(names).not.toContain('NotAFunction');
    expect(names).not.toContain('Fake');
    expect(names).not.toContain('AlsoFake');
    expect(names).toContain('runes');
  });

  it('names receivers the way Go prints them', () => {
    const names = scan.functions.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['(*Stack[...]).Push', 'Pair[...].Key', '(*Stack[...]).Kind', '(*Stack[...]).Len']));
  });

  it('puts closures inside their declaration and package-level code outside all', () => {
    const outer = scan.functions.find((f) => f.name === 'Outer')!;
    expect(enclosingFunction(scan.functions, outer.start.line + 2, 30)?.name).toBe('Outer');
    expect(enclosingFunction(scan.functions, 16, 9)).toBeUndefined(); // hook = func() {}
  });

  it('treats column 0 (line-only positions) as the whole line', () => {
    const d = scan.functions.find((f) => f.name === 'Directive')!;
    expect(enclosingFunction(scan.functions, d.start.line, 0)?.name).toBe('Directive');
  });

  it('reports comments with whether they stand on their own line', () => {
    const trailing = scan.comments.find((c) => c.text.includes('trailing comment'))!;
    expect(trailing.ownLine).toBe(false);
    const doc = scan.comments.find((c) => c.text === '// Push has a generic pointer receiver.')!;
    expect(doc.ownLine).toBe(true);
  });

  it('counts byte columns, as the compiler does, after non-ASCII text', () => {
    const s = scanGoFile('package p\n\nvar é = "ü"; func F() {}\n');
    // After an explicit semicolon a declaration may follow on the same line;
    // é and ü are two bytes each, so `func` starts at byte column 16.
    expect(s.functions[0]).toMatchObject({ name: 'F', start: { line: 3, column: 16 } });
    const t = scanGoFile('package p\n/* é */ func F() { _ = "ü" }\n');
    expect(t.functions[0]).toMatchObject({ name: 'F', start: { line: 2, column: 10 }, end: { line: 2, column: 30 } });
  });

  it('survives truncated source without throwing', () => {
    expect(scanGoFile('package p\nfunc F() {\n\tx := "unterminated\n').functions.map((f) => f.name)).toEqual(['F']);
    expect(scanGoFile('package p\nfunc (').functions).toEqual([]);
  });
});
