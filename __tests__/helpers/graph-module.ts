/**
 * A small module with a real import graph, as a git repository, for the
 * affected-benchmark tests: `a` is a leaf, `b` imports `a`, `d` imports `b`
 * (so `a` reaches `d` transitively), `t`'s tests import `c` (a test-only
 * import), `e` embeds data.txt, `f`'s tests read testdata/, `g` stands alone.
 * Every package but `c` has one benchmark. Commit `main` is checked out.
 */
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { tempDir } from './paths.js';
import { git } from './gitrepo.js';

const bench = (pkg: string, call: string, imports: string[] = []) =>
  `package ${pkg}\n\nimport (\n\t"testing"\n${imports.map((i) => `\t"${i}"\n`).join('')})\n\nfunc Benchmark${pkg.toUpperCase()}(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t\tsink += ${call}\n\t}\n}\n\nvar sink int\n`;

export const GRAPH_FILES: Record<string, string> = {
  'go.mod': 'module example.com/graph\n\ngo 1.22\n',
  'README.md': '# graph\n',
  'a/a.go': 'package a\n\nfunc A(n int) int { return n + 1 }\n',
  'a/a_test.go': bench('a', 'A(i)'),
  'b/b.go': 'package b\n\nimport "example.com/graph/a"\n\nfunc B(n int) int { return a.A(n) * 2 }\n',
  'b/b_test.go': bench('b', 'B(i)'),
  'c/c.go': 'package c\n\nfunc C(n int) int { return n - 1 }\n',
  'd/d.go': 'package d\n\nimport "example.com/graph/b"\n\nfunc D(n int) int { return b.B(n) + 3 }\n',
  'd/d_test.go': bench('d', 'D(i)'),
  't/t.go': 'package t\n\nfunc T(n int) int { return n * 3 }\n',
  't/t_test.go': bench('t', 'T(i) + c.C(i)', ['example.com/graph/c']),
  'e/e.go': 'package e\n\nimport _ "embed"\n\n//go:embed data.txt\nvar data string\n\nfunc E(n int) int { return n + len(data) }\n',
  'e/data.txt': 'hello\n',
  'e/NOTES.md': 'not embedded\n',
  'e/e_test.go': bench('e', 'E(i)'),
  'f/f.go': 'package f\n\nfunc F(n int) int { return n ^ 5 }\n',
  'f/f_test.go': bench('f', 'F(i) + len(fixture)') + '\nvar fixture, _ = os.ReadFile("testdata/in.txt")\n',
  'f/testdata/in.txt': 'input\n',
  'g/g.go': 'package g\n\nfunc G(n int) int { return n << 1 }\n',
  'g/g_test.go': bench('g', 'G(i)'),
};
GRAPH_FILES['f/f_test.go'] = GRAPH_FILES['f/f_test.go'].replace('\t"testing"\n', '\t"os"\n\t"testing"\n');

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

/** The module committed on `main`; returns its directory and commit. */
export async function graphRepo(): Promise<{ dir: string; base: string }> {
  const dir = await tempDir('grg-graph-');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  await writeFiles(dir, GRAPH_FILES);
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'base');
  return { dir, base: git(dir, 'rev-parse', 'HEAD') };
}
