import { findBenchmarkDecls, splitJsonStream } from '../../src/discover/discover.js';

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
