import { parseConfig } from '../../src/options/config.js';
import { parsePairs, splitArgs } from '../../src/options/kinds.js';
import { parseGoDuration, validateBenchtime } from '../../src/options/duration.js';
import { ConfigError } from '../../src/errors.js';

describe('splitArgs', () => {
  it('splits like a shell for quoting only', () => {
    expect(splitArgs(`-gcflags='all=-N -l' -race  "-ldflags=-X a=b c" plain\\ space`)).toEqual([
      '-gcflags=all=-N -l',
      '-race',
      '-ldflags=-X a=b c',
      'plain space',
    ]);
    expect(splitArgs('')).toEqual([]);
    expect(splitArgs(`''`)).toEqual(['']);
  });
  it('does not interpret shell syntax', () => {
    expect(splitArgs('$(rm -rf /) ; `x` | y')).toEqual(['$(rm', '-rf', '/)', ';', '`x`', '|', 'y']);
  });
  it('rejects an unterminated quote', () => {
    expect(() => splitArgs(`-tags 'a`, 'go-test-flags')).toThrow(/go-test-flags: unterminated ' quote/);
  });
});

describe('Go durations', () => {
  it('parses what time.ParseDuration accepts', () => {
    expect(parseGoDuration('10m')).toBe(600_000);
    expect(parseGoDuration('1h30m')).toBe(5_400_000);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('250ms')).toBe(250);
    expect(parseGoDuration('0')).toBe(0);
  });
  it('rejects other text with the setting name', () => {
    expect(() => parseGoDuration('10 minutes', 'timeout')).toThrow(/timeout: "10 minutes" is not a Go duration/);
    expect(() => parseGoDuration('5')).toThrow(ConfigError);
  });
  it('accepts iteration counts for benchtime', () => {
    expect(validateBenchtime('100x')).toBe('100x');
    expect(() => validateBenchtime('0x')).toThrow(/at least 1x/);
  });
});

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      packages: ['./...'],
      bench: '.',
      count: 6,
      benchtime: '1s',
      cpu: [],
      timeout: '10m',
      memprofile: true,
      trace: true,
      alpha: 0.05,
      fdr: true,
      failOnRegression: true,
      metrics: {},
    });
  });
  it('parses metric modes, thresholds and floors, with Go unit aliases', () => {
    const c = parseConfig({ metrics: 'time=gate\nallocs/op=off', thresholds: 'B/op=7.5%, time=0.2', floors: 'time=50' });
    expect(c.metrics).toEqual({ time: { mode: 'gate', threshold: 0.2, floor: 50 }, allocs: { mode: 'off' }, bytes: { threshold: 0.075 } });
  });
  it('names the input in every error', () => {
    expect(() => parseConfig({ count: 'six' })).toThrow(/^count: "six"/);
    expect(() => parseConfig({ count: '0' })).toThrow(/^count/);
    expect(() => parseConfig({ alpha: '5' })).toThrow(/^alpha/);
    expect(() => parseConfig({ metrics: 'allocs=fail' })).toThrow(/mode must be gate, report or off/);
    expect(() => parseConfig({ metrics: 'heap=gate' })).toThrow(/unknown metric "heap"/);
    expect(() => parseConfig({ thresholds: 'bytes=-3%' })).toThrow(/thresholds: bytes/);
    expect(() => parseConfig({ cpu: '1,x' })).toThrow(/^cpu: "x"/);
    expect(() => parseConfig({ profiles: 'heap' })).toThrow(/^profiles/);
    expect(() => parseConfig({ fdr: 'maybe' })).toThrow(/^fdr/);
    expect(() => parseConfig({ timeout: '1 hour' })).toThrow(/^timeout/);
  });
  it('turns profiles off', () => {
    const c = parseConfig({ profiles: 'none' });
    expect([c.memprofile, c.trace]).toEqual([false, false]);
  });
  it('parsePairs skips blanks and comments', () => {
    expect(parsePairs('a=1,\n# note\n b = 2 ', 'x')).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(() => parsePairs('a', 'x')).toThrow(/x: "a" is not of the form/);
  });
});
