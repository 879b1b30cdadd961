import fc from 'fast-check';
import { DEFAULT_MAX_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { PANIC_OUTPUT, bench, comparison, failingReport, hostileReport, mismatchReport, noBaselineReport, panicFailure, report } from './fixtures.js';
import { lint, splitFences } from './gfm.js';

/** Position of a piece of text, asserting it is there. */
function at(md: string, text: string): number {
  const i = md.indexOf(text);
  expect({ text, found: i >= 0 }).toEqual({ text, found: true });
  return i;
}

describe('renderMarkdown: a failing report', () => {
  const md = renderMarkdown(failingReport(), { marker: 'go-runtime-gate:default' });

  it('is structurally sound GitHub Markdown', () => {
    expect(lint(md)).toEqual([]);
  });

  it('starts with the hidden marker, then the verdict and the headline', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- go-runtime-gate:default -->');
    expect(lines[1]).toBe('### ❌ go-runtime-gate · default');
    expect(md).toContain('**3 gated regressions (allocs/op, B/op) and 1 failed benchmark.**');
  });

  it('puts the sections in reading order', () => {
    const order = [
      '### ❌',
      'Compared with the baseline 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      '1. ❌ **allocs/op regressed**',
      '#### 💥 Failed benchmarks (1)',
      '<summary>🔁 Reproduce locally</summary>',
      '#### ⚠️ Warnings',
      '<summary>Output of BenchmarkDecode/nested</summary>',
      '<summary>📋 All comparisons, as benchstat prints them (3 tables, 1 package)</summary>',
      '**pkg: example.com/codec**',
      '<summary>Benchmarks added (1) and removed (1)</summary>',
      '<summary>Environment: baseline 3f2a9c1d8e7b from cache</summary>',
      '<sub>alpha=0.05',
    ].map((t) => at(md, t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists one finding per gated regression, with what it moved, and the gating rows as benchstat prints them', () => {
    expect(md).toContain('   - → BenchmarkEncode/small-8: allocs/op 12 → 13 (+8.33%)\n');
    expect(md).toContain('   - → BenchmarkEncode/small-8: B/op 1.500Ki → 1.625Ki (+8.33%)\n');
    expect(md).toContain('   - → BenchmarkEncode/empty-8: allocs/op 0 → 1\n');
    const rows = md.split('\n').filter((l) => l.endsWith('| ❌ gate |'));
    expect(rows).toEqual([
      '| Encode/small-8 | 12.00 ± 0% | 13.00 ± 0% | +8.33% (p=0.002 n=6) | ❌ gate |',
      '| Encode/empty-8 | 0.000 ± 0% | 1.000 ± 0% | ? (p=0.002 n=6) | ❌ gate |',
      '| Encode/small-8 | 1.500Ki ± 0% | 1.625Ki ± 0% | +8.33% (p=0.002 n=6) | ❌ gate |',
    ]);
  });

  it('shows the failure with its message and fences its output so nothing inside can escape', () => {
    expect(md).toContain(
      '- **BenchmarkDecode/nested** in `example.com/codec` panicked on the head: panic: runtime error: index out of range &#91;3&#93; with length 3',
    );
    expect(md).toContain('Failures on the head fail the gate.');
    const { blocks } = splitFences(md);
    // The reproduce commands, then the output, which survives verbatim (tabs included) inside a fence longer than its ```` line.
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toBe(PANIC_OUTPUT);
    expect(md).toContain('`````text\n');
  });

  it("marks insufficient comparisons with benchstat's notes, unchanged ones ~, and adds a geomean row", () => {
    expect(md).toContain('| Stream-8 | 3.000 ± ∞ ¹ | 4.000 ± ∞ ¹ | &#126; (p=0.100 n=3) ² | ❔ too few samples |');
    expect(md).toContain(
      '<sub>¹ need &#62;= 6 samples for confidence interval at level 0.95 · ² need &#62;= 4 samples to detect a difference at alpha level 0.05',
    );
    expect(md).toContain('| Encode/small-8 | 1.235µ ± 2% | 1.300µ ± 3% | &#126; (p=0.818 n=6) |  |');
    expect(md).toContain('| Decode/flat-8 | 64.00 ± 0% | 64.00 ± 0% | &#126; (p=1.000 n=6) ¹ |  |');
    expect(md).toContain('| geomean | 7.503µ | 7.038µ | -6.19% | |');
  });

  it('shows improvements, added and removed benchmarks', () => {
    expect(md).toContain('| Decode/flat-8 | 45.60µ ± 2% | 38.10µ ± 3% | -16.45% (p=0.002 n=6) | ✅ better |');
    expect(md).toContain('- ➕ BenchmarkEncode/huge-8 in `example.com/codec`');
    expect(md).toContain('- ➖ BenchmarkLegacy-8 in `example.com/codec`');
  });

  it('shows per-comparison warnings, settings and the legend', () => {
    expect(md).toContain('- BenchmarkStream-8 allocs/op: only 3 samples on each side');
    expect(md).toContain('alpha=0.05 · false discovery rate control (Benjamini–Hochberg): on');
    expect(md).toContain('vs base: change of the median, ~ when not significant');
  });

  it('leaves no truncation note when everything fits', () => {
    expect(md).not.toContain('not shown');
    expect(md).not.toContain('Left out');
  });
});

describe('renderMarkdown: verdicts and baselines', () => {
  it.each([
    ['pass', '✅'],
    ['fail', '❌'],
    ['no-baseline', '⚠️'],
    ['acknowledged', '✔️'],
  ] as const)('uses the %s icon', (verdict, icon) => {
    const md = renderMarkdown(report({ verdict }));
    expect(md.startsWith(`### ${icon} go-runtime-gate · default\n`)).toBe(true);
  });

  it('says an acknowledged regression passes', () => {
    const md = renderMarkdown(failingReport({ verdict: 'acknowledged', headline: '3 regressions acknowledged by label.' }));
    expect(md).toContain('acknowledged on this pull request, so the gate passes');
    expect(md).toContain('1. ❌ **allocs/op regressed**');
  });

  it('states clearly that there is no baseline and still shows the head values', () => {
    const md = renderMarkdown(noBaselineReport());
    expect(lint(md)).toEqual([]);
    expect(md).toContain('> [!NOTE]\n> No baseline was found for this configuration');
    expect(md).toContain('nothing was gated');
    expect(md).toContain('<summary>📋 Measured on this head, as benchstat prints them (3 tables, 1 package)</summary>');
    expect(md).toContain('| allocs/op | head |\n|---|--:|\n| Encode/small-8 | 12.00 ± 0% |');
    expect(md).toContain('| B/op | head |\n|---|--:|\n| Encode/small-8 | 1.500Ki ± 0% |');
    expect(md).toContain('| time/op (sec/op) | head |\n|---|--:|\n| Encode/small-8 | 1.235µ ± 3% |');
    expect(md).not.toContain('| vs base |');
    expect(md).not.toContain('1. ');
  });

  it('warns when the baseline comes from another environment, naming what differs', () => {
    const md = renderMarkdown(mismatchReport());
    expect(lint(md)).toEqual([]);
    expect(md).toContain('> [!WARNING]\n> The baseline was measured in a different environment');
    expect(md).toContain('> - Go version: go1.25.3 → go1.26.0');
    expect(md).toContain('> - CPU: Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz → AMD EPYC 7763 64-Core Processor');
    expect(md).toContain('| Go | go1.25.3 ⚠️ | go1.26.0 |');
    expect(md).toContain('- baseline is from go1.25.3; escape diffs are toolchain-sensitive');
    // compare/'s own wording of the same differences is not repeated in the warnings list.
    expect(md).not.toContain('Go version differs');
    expect(md).not.toContain('CPU differs');
    // Same OS/arch: not flagged.
    expect(md).toContain('| OS/arch | linux/amd64 | linux/amd64 |');
  });

  it('has no environment warning when the machines match', () => {
    expect(renderMarkdown(failingReport())).not.toContain('[!WARNING]');
  });

  it('gives each package its own pkg: heading and tables, as benchstat does', () => {
    const r = failingReport();
    r.comparisons[0] = { ...r.comparisons[0], benchmark: bench('BenchmarkEncode/small', { package: 'example.com/other' }) };
    const md = renderMarkdown(r);
    expect(md).toContain('**pkg: example.com/codec**');
    expect(md).toMatch(
      /\*\*pkg: example\.com\/other\*\*\n\n\| allocs\/op \| base \| head \| vs base \| \|\n\|---\|--:\|--:\|--:\|---\|\n\| Encode\/small-8 \|/,
    );
    expect(lint(md)).toEqual([]);
  });

  it("states in the footer whether p was adjusted, and prints benchstat's raw p in the tables", () => {
    const md = renderMarkdown(failingReport({ settings: { alpha: 0.05, fdr: false, failOnBenchmarkFailure: false } }));
    expect(md).toContain('(Benjamini–Hochberg): off');
    expect(md).toContain('| +8.33% (p=0.002 n=6) |');
    expect(md).toContain('Failures are reported but do not fail the gate.');
  });
});

describe('renderMarkdown: hostile input', () => {
  it('escapes hostile names everywhere they appear', () => {
    const md = renderMarkdown(hostileReport(40), { marker: 'gate --> <b>' });
    expect(lint(md)).toEqual([]);
    const { outside } = splitFences(md);
    expect(outside).not.toContain('<script');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('\u001b');
    expect(outside).not.toContain('\u202e');
    expect(md).toContain('### ❌ go-runtime-gate · conf&#124;&#60;b&#62;@&#8203;octocat&#60;/b&#62;');
  });

  it('keeps 500 hostile regressions under the limit, drops the least severe, and says so', () => {
    const r = hostileReport(500);
    const md = renderMarkdown(r);
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(md.length).toBeLessThan(65_536);
    expect(lint(md)).toEqual([]);
    expect(splitFences(md).outside).not.toContain('<script');

    const note = /… and (\d+) more findings not shown; see the job's report JSON\./.exec(md);
    expect(note).not.toBeNull();
    const shown = md.split('\n').filter((l) => /^\d+\. ❌ /.test(l)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown + Number(note![1])).toBe(500);
    // The failure summary outranks the regressions table and is kept; small
    // sections keep their reserved room against the flood of rows.
    expect(md).toContain('#### 💥 Failed benchmarks (1)');
    expect(md).toContain('#### ⚠️ Warnings (1)');
    expect(md).toContain('<summary>Output of Benchmark&#60;script&#62;');
    expect(md).toContain('<summary>Environment: baseline');
    expect(md).toContain('<sub>alpha=0.05');
  });

  it('keeps the first findings when it must drop some, and says how many are left out', () => {
    const comparisons = Array.from({ length: 300 }, (_, i) =>
      comparison(`BenchmarkN${String(i).padStart(3, '0')}`, 'bytes', 1000, 1100 + i, { verdict: 'regression' }),
    );
    const md = renderMarkdown(report({ verdict: 'fail', comparisons }), { maxLength: 8_000 });
    expect(md.length).toBeLessThanOrEqual(8_000);
    const items = md.split('\n').filter((l) => /^\d+\. ❌ /.test(l));
    expect(items[0]).toMatch(/^1\. ❌ \*\*B\/op regressed\*\*/);
    expect(md).toContain(`… and ${300 - items.length} more findings not shown`);
  });

  it('shortens a very long name instead of letting it take the budget', () => {
    const long = `Benchmark${'x'.repeat(10_000)}/end`;
    const md = renderMarkdown(report({ verdict: 'fail', comparisons: [comparison(long, 'allocs', 1, 2, { verdict: 'regression' })] }));
    const row = md.split('\n').find((l) => l.startsWith('| xxx'))!;
    expect(row.length).toBeLessThan(400);
    expect(row).toContain('…');
    expect(row).toContain('x/end-8 |');
    expect(md.length).toBeLessThan(5_000);
  });
});

describe('renderMarkdown: length budget', () => {
  const big = (): Report => {
    const r = failingReport();
    const extra: Report['comparisons'] = [];
    for (let i = 0; i < 400; i++) {
      extra.push(comparison(`BenchmarkUnchanged${i}`, 'time', 1000 + i, 1001 + i, { verdict: 'unchanged' }));
      extra.push(comparison(`BenchmarkBetter${i}`, 'bytes', 2048, 1024, { verdict: 'improvement' }));
    }
    const failures = Array.from({ length: 30 }, (_, i) => panicFailure({ name: `BenchmarkPanics${i}`, output: PANIC_OUTPUT.repeat(20) }));
    return { ...r, comparisons: [...r.comparisons, ...extra], failures: [...r.failures, ...failures] };
  };

  it('drops low-priority sections first and names them', () => {
    const md = renderMarkdown(big(), { maxLength: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(lint(md)).toEqual([]);
    // High priority kept whole.
    expect(md).toContain('1. ❌ **allocs/op regressed**');
    expect(md).toContain('#### 💥 Failed benchmarks (31)');
    expect(md).toContain('<summary>Environment:');
    // Lowest priority went first: the full tables (800 more rows) did not fit whole.
    expect(md).toMatch(/more tables? not shown|Left out to stay under GitHub's size limit: .*benchstat tables?/);
  });

  it('never exceeds the budget and never leaves broken markup, whatever the budget', () => {
    const r = big();
    const hostile = hostileReport(120);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_000 }), fc.boolean(), (maxLength, useHostile) => {
        const md = renderMarkdown(useHostile ? hostile : r, { maxLength, marker: 'm' });
        if (md.length > maxLength) return false;
        if (maxLength >= 300 && !md.includes('### ❌ go-runtime-gate')) return false;
        // Strict priority: no lower section shows where the regressions table did not.
        if (!/^1\. ❌ /m.test(md) && /<summary>(📋 All comparisons|Benchmarks added|📍 Located)/.test(md)) return false;
        return lint(md).length === 0;
      }),
      { numRuns: 60 },
    );
  });

  it('on a small budget gives the room to the findings, not to lower sections', () => {
    const md = renderMarkdown(failingReport(), { maxLength: 1500 });
    expect(md.length).toBeLessThanOrEqual(1500);
    expect(md).toContain('3. ❌ **allocs/op regressed**');
    expect(md).not.toContain('<summary>📋 All comparisons');
    expect(md).toMatch(/Left out to stay under GitHub's size limit: .*benchstat tables/);
    expect(lint(md)).toEqual([]);
  });

  it('keeps the verdict when the budget is tiny', () => {
    const md = renderMarkdown(failingReport(), { maxLength: 120, marker: 'go-runtime-gate:default' });
    expect(md.length).toBeLessThanOrEqual(120);
    expect(md).toContain('### ❌ go-runtime-gate · default');
    expect(lint(md)).toEqual([]);
  });
});
