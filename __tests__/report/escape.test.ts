import {
  codeSpan,
  ellipsizeEnd,
  ellipsizeMiddle,
  escapeHtml,
  escapeMarkdown,
  fencedCodeBlock,
  fitEscaped,
  hiddenMarker,
  longestRun,
  sanitizeText,
} from '../../src/report/escape.js';
import { HOSTILE_NAMES } from './fixtures.js';

/** Decodes the numeric and named entities escapeMarkdown/escapeHtml produce, as a browser would. */
function decode(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  return html.replace(/&(?:#(\d+)|(lt|gt|quot|amp));/g, (_, d: string | undefined, n: string | undefined) =>
    d !== undefined ? String.fromCodePoint(Number(d)) : named[n!],
  );
}

/** The text with its entities removed: what is left is what Markdown would interpret. */
function withoutEntities(text: string): string {
  return text.replace(/&(?:#\d+|lt|gt|quot|amp);/g, '');
}

describe('escapeMarkdown', () => {
  it('turns HTML into entities so that no tag renders', () => {
    const out = escapeMarkdown('<script>alert(1)</script>');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toBe('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('cannot break a table row: no raw pipe, no line break', () => {
    const out = escapeMarkdown('a|b\nc\r\nd');
    expect(out).not.toContain('|');
    expect(out).not.toMatch(/[\r\n]/);
    expect(decode(out).replace(/\u200b/g, '')).toBe('a|b c d');
  });

  it('neutralises emphasis, code, links, images, math, headings and strikethrough', () => {
    const input = '**b** _i_ ~~s~~ `c` [l](u) ![i](u) $x$ # h \\ :+1:';
    const out = escapeMarkdown(input);
    expect(withoutEntities(out)).not.toMatch(/[*_~`[\]$#\\&]/);
    expect(withoutEntities(out)).not.toMatch(/:[\w+/-]/);
    expect(decode(out).replace(/\u200b/g, '')).toBe(input);
  });

  it('breaks @mentions and #references with a zero-width space so GitHub does not notify or link', () => {
    expect(escapeMarkdown('@octocat')).toBe('@&#8203;octocat');
    expect(escapeMarkdown('cc @org/team')).toBe('cc @&#8203;org/team');
    expect(escapeMarkdown('fixes #123')).toBe('fixes &#35;&#8203;123');
    // A lone @ or # is harmless and left readable.
    expect(escapeMarkdown('a @ b')).toBe('a @ b');
    expect(escapeMarkdown('# ')).toBe('&#35; ');
  });

  it('escapes a javascript: link attempt so it stays text', () => {
    const out = escapeMarkdown('](javascript:alert(1))');
    expect(out).not.toContain('](');
    expect(out).not.toContain('javascript:');
  });

  it('escapes colons only where they could start an autolink or an emoji shortcode', () => {
    expect(escapeMarkdown('panic: boom')).toBe('panic: boom');
    expect(escapeMarkdown('https://evil.example')).toBe('https&#58;//evil.example');
    expect(escapeMarkdown(':tada:')).toBe('&#58;tada:');
  });

  it('escapes & so that text which looks like an entity is shown literally', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&#38;lt;b&#38;gt;');
  });

  it('keeps unicode and removes control characters and ANSI sequences', () => {
    expect(escapeMarkdown('ünïcödé/日本語/😀')).toBe('ünïcödé/日本語/😀');
    expect(escapeMarkdown('a\u0000b\u0007c\u001b[31mred\u001b[0m')).toBe('abcred');
  });

  it('makes bidirectional overrides visible instead of letting them reorder text', () => {
    expect(escapeMarkdown('bidi\u202egnp.exe')).toBe('bidi\ufffdgnp.exe');
  });

  it('round-trips every hostile name (after decoding) except for the removed and replaced characters', () => {
    for (const name of HOSTILE_NAMES) {
      const out = escapeMarkdown(name);
      expect(withoutEntities(out)).not.toMatch(/[<>|`*[\]\n&#]/);
      expect(decode(out).replace(/\u200b/g, '')).toBe(sanitizeText(name).replace(/\n/g, ' '));
    }
  });

  it('handles very long names without trouble', () => {
    const out = escapeMarkdown('|'.repeat(100_000));
    expect(out).toBe('&#124;'.repeat(100_000));
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('codeSpan', () => {
  it('wraps plain text in single backticks', () => {
    expect(codeSpan('example.com/codec')).toBe('`example.com/codec`');
  });

  it('uses a longer delimiter than any backtick run inside', () => {
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('x ``` y')).toBe('````x ``` y````');
  });

  it('pads content that starts or ends with a backtick', () => {
    expect(codeSpan('`tick`')).toBe('`` `tick` ``');
  });

  it('puts everything on one line and never returns empty code', () => {
    expect(codeSpan('a\nb')).toBe('`a b`');
    expect(codeSpan('')).toBe('` `');
  });
});

describe('fencedCodeBlock', () => {
  it('chooses a fence longer than any backtick run in the content', () => {
    const block = fencedCodeBlock('before\n````\nafter ``` x');
    const fence = block.split('\n')[0].replace(/text$/, '');
    expect(fence).toBe('`````');
    const lines = block.split('\n');
    expect(lines[lines.length - 1]).toBe(fence);
    // No inner line can close the block: none starts with a backtick run as long as the fence.
    for (const line of lines.slice(1, -1)) expect(line.startsWith(fence)).toBe(false);
  });

  it('uses three backticks for plain output and keeps tabs', () => {
    expect(fencedCodeBlock('a\tb\n')).toBe('```text\na\tb\n```');
  });

  it('strips ANSI sequences and control characters from output', () => {
    expect(fencedCodeBlock('\u001b[31mFAIL\u001b[0m\u0000')).toBe('```text\nFAIL\n```');
  });
});

describe('hiddenMarker', () => {
  it('makes an HTML comment that the marker text cannot close early', () => {
    expect(hiddenMarker('go-runtime-gate:default')).toBe('<!-- go-runtime-gate:default -->');
    const hostile = hiddenMarker('x --> <script>alert(1)</script> <!--');
    expect(hostile.startsWith('<!-- ')).toBe(true);
    expect(hostile.endsWith(' -->')).toBe(true);
    const inner = hostile.slice(5, -4);
    expect(inner).not.toContain('--');
    expect(inner).not.toMatch(/[<>]/);
  });
});

describe('length helpers', () => {
  it('longestRun counts the longest run of a character', () => {
    expect(longestRun('a``b````c`', '`')).toBe(4);
    expect(longestRun('none', '`')).toBe(0);
  });

  it('ellipsizeMiddle keeps both ends and the limit', () => {
    const out = ellipsizeMiddle('BenchmarkVeryLongName/size=1024', 21);
    expect(out).toBe('BenchmarkV…/size=1024');
    expect(out.startsWith('Benchmark')).toBe(true);
    expect(out.endsWith('1024')).toBe(true);
    expect(ellipsizeMiddle('short', 15)).toBe('short');
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(20);
    for (let max = 2; max < 20; max++) {
      const out = ellipsizeMiddle(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(ellipsizeEnd(text, max)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  it('fitEscaped cuts raw text so the escaped form fits, never inside an entity', () => {
    const out = fitEscaped('a|b|c|d|e|f', 20, escapeMarkdown);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toMatch(/^(?:[a-f]|&#124;)+…$/);
    expect(fitEscaped('short', 20, escapeMarkdown)).toBe('short');
  });
});
