import { displayWidth, renderTerminal, truncateWidth } from '../../src/report/terminal.js';
import { comparison, failingReport, hostileReport, mismatchReport, noBaselineReport, panicFailure, report } from './fixtures.js';

const ESC = /\u001b/;

function linesOf(text: string): string[] {
  return text.split('\n');
}

describe('renderTerminal', () => {
  const out = renderTerminal(failingReport());

  it('prints a pkg: line, then one benchstat table per metric, in the order the metrics first appear', () => {
    expect(out).toContain('\npkg: example.com/codec\n');
    const headers = linesOf(out).filter((l) => / +base +head +vs base$/.test(l));
    expect(headers.map((h) => h.split(/  +/)[0])).toEqual(['allocs/op', 'B/op', 'time/op (sec/op)']);
  });

  it('aligns the ± signs within a table', () => {
    const lines = linesOf(out);
    const start = lines.findIndex((l) => l.startsWith('allocs/op'));
    const table = lines.slice(start + 1, start + 4);
    const positions = table.map((l) => [...l.matchAll(/±/g)].map((m) => displayWidth(l.slice(0, m.index))));
    for (const p of positions) expect(p).toEqual(positions[0]);
  });

  it("shows median ± CI per side and the change with p and n, exactly as benchstat, and the gate's word for the row", () => {
    const norm = out.replace(/ +/g, ' ');
    expect(norm).toContain('Encode/small-8 12.00 ± 0% 13.00 ± 0% +8.33% (p=0.002 n=6) ✗ gate');
    expect(norm).toContain('Encode/empty-8 0.000 ± 0% 1.000 ± 0% ? (p=0.002 n=6) ✗ gate');
    expect(norm).toContain('Encode/small-8 1.235µ ± 2% 1.300µ ± 3% ~ (p=0.818 n=6)\n');
    expect(norm).toContain('Decode/flat-8 64.00 ± 0% 64.00 ± 0% ~ (p=1.000 n=6) ¹\n');
    expect(norm).toContain('Decode/flat-8 45.60µ ± 2% 38.10µ ± 3% -16.45% (p=0.002 n=6) ✓ better');
    expect(norm).toContain('Stream-8 3.000 ± ∞ ¹ 4.000 ± ∞ ¹ ~ (p=0.100 n=3) ² ? too few samples');
    expect(norm).toContain('geomean 7.503µ 7.038µ -6.19%');
  });

  it('lists the findings before the tables', () => {
    expect(out).toContain('Findings (3):\n 1. ✗ allocs/op regressed at codec_test.go:42');
    expect(out).toContain('      → BenchmarkEncode/small-8: allocs/op 12 → 13 (+8.33%)');
    expect(out.indexOf('Findings (3):')).toBeLessThan(out.indexOf('pkg: example.com/codec'));
  });

  it('lists failures with their output', () => {
    expect(out).toContain('Failed benchmarks (1):');
    expect(out).toContain('✗ BenchmarkDecode/nested in example.com/codec panicked: panic: runtime error: index out of range [3] with length 3');
    expect(out).toContain('      │ goroutine 7 [running]:');
  });

  it('ends with the verdict and the headline', () => {
    const lines = linesOf(out.trimEnd());
    expect(lines[lines.length - 1]).toBe(
      'FAIL  3 gated regressions (allocs/op, B/op) and 1 failed benchmark. (3 regressed comparisons, 1 improvement, 2 unchanged, 1 insufficient, 1 failed)',
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
    expect(colored).toContain('\u001b[31m✗ gate\u001b[0m');
    expect(colored).toContain('\u001b[32m✓ better\u001b[0m');
    expect(colored).toMatch(/\u001b\[1m\u001b\[31mFAIL\u001b\[0m\u001b\[0m/);
  });

  it('without a baseline shows head values only and says so', () => {
    const nb = renderTerminal(noBaselineReport());
    expect(nb).toContain('baseline: none (nothing compared, nothing gated; head values shown)');
    expect(nb).toMatch(/^allocs\/op +head$/m);
    expect(nb).toMatch(/^Encode\/small-8 +1\.500Ki ± 0%$/m);
    expect(nb).not.toContain('vs base');
    expect(nb).not.toContain('Findings');
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

  it('never cuts a benchmark name: a row too wide for the width puts the name on its own line', () => {
    const long = `BenchmarkVery${'Long'.repeat(40)}Name/size=1024`;
    const text = renderTerminal(report({ verdict: 'fail', comparisons: [comparison(long, 'allocs', 1, 2, { verdict: 'regression' })] }), { width: 100 });
    const lines = linesOf(text);
    const name = `Very${'Long'.repeat(40)}Name/size=1024-8`;
    const i = lines.indexOf(name);
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toMatch(/^ +1\.000 ± 0% +2\.000 ± 0% +\+100\.00% \(p=0\.002 n=6\) +✗ gate$/);
    expect(text).not.toContain('…');
    // Prose wraps instead (the finding names it in full, over several lines).
    for (const l of lines) if (l !== name) expect(displayWidth(l)).toBeLessThanOrEqual(100);
  });

  it('prints whole lines without a width (a pipe), and fits the width it is given', () => {
    const r = failingReport();
    const piped = renderTerminal(r);
    const narrow = renderTerminal(r, { width: 60 });
    expect(Math.max(...linesOf(piped).map(displayWidth))).toBeGreaterThan(60);
    expect(Math.max(...linesOf(narrow).map(displayWidth))).toBeLessThanOrEqual(60);
    // Nothing is lost by wrapping: the same words, in the same order.
    const words = (t: string) => t.split(/\s+/).filter(Boolean).join(' ');
    expect(words(narrow.slice(0, narrow.indexOf('pkg:')))).toBe(words(piped.slice(0, piped.indexOf('pkg:'))));
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
