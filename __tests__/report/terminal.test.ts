import { displayWidth, renderTerminal, truncateWidth } from '../../src/report/terminal.js';
import { comparison, failingReport, hostileReport, mismatchReport, noBaselineReport, panicFailure, report } from './fixtures.js';

const ESC = /\u001b/;

function linesOf(text: string): string[] {
  return text.split('\n');
}

describe('renderTerminal', () => {
  const out = renderTerminal(failingReport());

  it('prints one benchstat-like table per metric, in the order the metrics first appear', () => {
    const headers = linesOf(out).filter((l) => / │ +base │ +head │ delta$/.test(l));
    expect(headers.map((h) => h.split(' │ ')[0]!.trim())).toEqual(['allocs/op', 'B/op', 'time/op']);
  });

  it('aligns the column separators within a table', () => {
    const lines = linesOf(out);
    const start = lines.findIndex((l) => l.startsWith('allocs/op'));
    const table = lines.slice(start, lines.indexOf('', start));
    const positions = table.filter((l) => !l.startsWith('─')).map((l) => [...l.matchAll(/│/g)].map((m) => displayWidth(l.slice(0, m.index))));
    for (const p of positions) expect(p).toEqual(positions[0]);
    expect(table[1]).toMatch(/^─+┼─+┼─+┼─+$/);
  });

  it('shows median ±CI per side and the change with p and n, like benchstat', () => {
    expect(out).toMatch(/BenchmarkEncode\/small-8 +│ +12 ±0% │ +13 ±0% │ \+8\.33% \(p=0\.002 adj=0\.009 n=6\) +✗ regression \(gate\)/);
    expect(out).toMatch(/BenchmarkEncode\/empty-8 +│ +0 ±0% │ +1 ±0% │ \+∞ \(p=0\.002 adj=0\.009 n=6\)/);
    expect(out).toMatch(/BenchmarkEncode\/small-8 +│ +1\.23µs ±2% │ +1\.30µs ±3% │ ~ \(p=0\.818 adj=1\.000 n=6\)$/m);
    expect(out).toMatch(/BenchmarkDecode\/flat-8 +│ +64 B ±0% │ +64 B ±0% │ ~ \(exact n=6\)$/m);
    expect(out).toMatch(/BenchmarkDecode\/flat-8 +│ +45\.6µs ±2% │ +38\.1µs ±3% │ -16\.45% .*✓ improvement/);
    expect(out).toMatch(/BenchmarkStream-8 .*n=3\) +\? insufficient: n=3 < 4: can never reach alpha=0\.05/);
  });

  it('lists failures with their output', () => {
    expect(out).toContain('Failed benchmarks (1):');
    expect(out).toContain('✗ BenchmarkDecode/nested in example.com/codec panicked: panic: runtime error: index out of range [3] with length 3');
    expect(out).toContain('      │ goroutine 7 [running]:');
  });

  it('ends with the verdict and the headline', () => {
    const lines = linesOf(out.trimEnd());
    expect(lines[lines.length - 1]).toBe(
      'FAIL  3 gated regressions (allocs/op, B/op) and 1 failed benchmark. (3 regressions, 1 improvement, 2 unchanged, 1 insufficient, 1 failed)',
    );
    expect(out.indexOf('Failed benchmarks')).toBeLessThan(out.indexOf('FAIL  '));
  });

  it('names the baseline and head, and what differs between their machines', () => {
    const m = renderTerminal(mismatchReport());
    expect(m).toContain('baseline: 3f2a9c1d8e7b (refs/heads/main, 2025-03-04 15:06 UTC, go1.25.3, linux/amd64) from cache');
    expect(m).toContain('head:     9e8d7c6b5a4f (refs/pull/17/merge');
    expect(m).toContain('  ! Go version differs: go1.25.3 (baseline) vs go1.26.0 (head)');
    expect(m).toContain('  ! baseline is from go1.25.3; escape diffs are toolchain-sensitive');
    expect(m.match(/Go version differs/g)).toHaveLength(1);
    expect(m).not.toContain('CPU differs: baseline');
  });

  it('prints no ANSI escape without color, and colours verdicts with it', () => {
    expect(out).not.toMatch(ESC);
    const colored = renderTerminal(failingReport(), { color: true });
    expect(colored).toContain('\u001b[31m✗ regression (gate)\u001b[0m');
    expect(colored).toContain('\u001b[32m✓ improvement\u001b[0m');
    expect(colored).toMatch(/\u001b\[1m\u001b\[31mFAIL\u001b\[0m\u001b\[0m/);
  });

  it('without a baseline shows head values only and says so', () => {
    const nb = renderTerminal(noBaselineReport());
    expect(nb).toContain('baseline: none (nothing compared, nothing gated; head values shown)');
    expect(nb).toMatch(/^allocs\/op +│ +head │ n$/m);
    expect(nb).toMatch(/BenchmarkEncode\/small-8 │ 1\.50KiB ±0% │ n=6/);
    expect(nb).not.toContain('base │');
    expect(linesOf(nb.trimEnd()).pop()).toBe('NO BASELINE  No baseline found; nothing was gated. (3 values measured, 0 failed)');
  });

  it('strips control characters and escape sequences from user text', () => {
    const r = report({
      verdict: 'fail',
      name: 'evil\u001b]0;pwned\u0007',
      headline: 'x\u001b[2Jy',
      comparisons: [comparison('Benchmark\u001b[31mRed\u001b[0m\nNext\rLine\u0000', 'allocs', 1, 2, { verdict: 'regression' })],
      failures: [panicFailure({ message: 'boom\u001b[1A\u001b[2K', output: 'line1\u001b[31m\nline2\u0007' })],
      warnings: ['\u009b31mC1 CSI'],
    });
    const text = renderTerminal(r);
    expect(text).not.toMatch(ESC);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('BenchmarkRed Next Line-8');
    expect(text).toContain('go-runtime-gate · evil');
    expect(text).not.toContain('pwned');
    expect(text).toContain('! C1 CSI');
  });

  it('shortens benchmark names to fit the width and keeps both ends', () => {
    const long = `BenchmarkVery${'Long'.repeat(40)}Name/size=1024`;
    const text = renderTerminal(report({ verdict: 'fail', comparisons: [comparison(long, 'allocs', 1, 2, { verdict: 'regression' })] }), { width: 100 });
    const row = linesOf(text).find((l) => l.startsWith('BenchmarkVery'))!;
    expect(row).toContain('…');
    expect(row).toContain('size=1024-8 │');
    expect(displayWidth(row.split('✗')[0]!.trimEnd())).toBeLessThanOrEqual(100);
  });

  it('handles hostile names without breaking the layout', () => {
    const text = renderTerminal(hostileReport(30));
    expect(text).not.toMatch(ESC);
    expect(text).toContain('Benchmark<script>alert(1)</script>/0-8');
  });
});

describe('display width', () => {
  it('counts wide and zero-width characters', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('µs ±')).toBe(4);
  });

  it('truncates by columns, never splitting a character', () => {
    expect(truncateWidth('abcdefghij', 5)).toBe('ab…ij');
    const cut = truncateWidth('日本語日本語日本語', 7);
    expect(displayWidth(cut)).toBeLessThanOrEqual(7);
    expect(cut).toContain('…');
    expect(truncateWidth('short', 10)).toBe('short');
  });
});
