import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { discoverPackages, findBenchmarkDecls, splitJsonStream } from '../../src/discover/discover.js';
import { processRunner } from '../../src/toolchain/exec.js';
import { ToolchainError } from '../../src/errors.js';
import { BROKEN, tempDir } from '../helpers/paths.js';
import { GO_BUILD_TIMEOUT_MS } from '../helpers/timeouts.js';
import { jest } from '@jest/globals';

jest.setTimeout(GO_BUILD_TIMEOUT_MS);

describe('splitJsonStream', () => {
  it('splits concatenated go list -json objects, ignoring braces inside strings', () => {
    const text = '{\n\t"ImportPath": "a/{b}",\n\t"Dir": "/x"\n}\n{\n\t"ImportPath": "c\\"}"\n}\n';
    expect(splitJsonStream(text)).toEqual([{ ImportPath: 'a/{b}', Dir: '/x' }, { ImportPath: 'c"}' }]);
  });
  it('returns nothing for empty output', () => {
    expect(splitJsonStream('')).toEqual([]);
  });
});

describe('findBenchmarkDecls', () => {
  const src = [
    'package p',
    '',
    'func BenchmarkEncode(b *testing.B) {}',
    'func Benchmark(b *testing.B) {}',
    'func Benchmark_under(b *testing.B) {}',
    'func Benchmarking(b *testing.B) {}', // lowercase after the prefix: not a benchmark for go test
    'func BenchmarkX(t *testing.T) {}', // wrong parameter type
    'func  BenchmarkSpaced( bb  *testing.B ) {}',
    '// func BenchmarkCommented(b *testing.B) {}',
  ].join('\n');
  it('finds benchmark functions with their lines, applying go test naming rules', () => {
    const decls = findBenchmarkDecls(src, '/m/p_test.go');
    expect(decls.map((d) => [d.name, d.line])).toEqual([
      ['BenchmarkEncode', 3],
      ['Benchmark', 4],
      ['Benchmark_under', 5],
      ['BenchmarkSpaced', 8],
    ]);
    expect(decls[0].file).toBe('/m/p_test.go');
  });
});

describe('discoverPackages on real Go', () => {
  it("gives Go's reason when the directory has no go.mod, never 'No benchmark matches'", async () => {
    const dir = await tempDir('grg-nogomod-');
    await mkdir(path.join(dir, 'p'));
    await writeFile(path.join(dir, 'p', 'p_test.go'), 'package p\n\nimport "testing"\n\nfunc BenchmarkX(b *testing.B) {}\n');
    const err = await discoverPackages(processRunner, { cwd: dir, packages: ['./...'], tags: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolchainError);
    expect((err as Error).message).toContain('pattern ./...: directory prefix . does not contain main module');
    expect((err as Error).message).toContain(`no go.mod or go.work in ${dir} or above it`);
  });

  it("gives Go's reason for a package pattern that names no directory, next to ones that do", async () => {
    const err = await discoverPackages(processRunner, { cwd: BROKEN, packages: ['./panics', './nope'], tags: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolchainError);
    expect((err as Error).message).toMatch(/\.\/nope.*(directory not found|does not exist|no such file|cannot find)/i);
  });
});
