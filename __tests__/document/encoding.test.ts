import { gzip, ungzip } from 'pako';
import { InputError } from '../../src/errors.js';
import { decodeUtf8, encodeText, gunzip, isGzip } from '../../src/document/encoding.js';
import { inputError } from './helpers.js';

const text = JSON.stringify({ schema: 'x', values: Array.from({ length: 200 }, (_, i) => `value ${i} ü`) });

describe('gzip', () => {
  it('is recognised by its magic bytes', () => {
    expect(isGzip(gzip(text))).toBe(true);
    expect(isGzip(new TextEncoder().encode(text))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
  });

  it('round-trips through encodeText and gunzip', () => {
    const bytes = encodeText(text, true);
    expect(new TextDecoder().decode(gunzip(bytes, 'f.gz'))).toBe(text);
    expect(new TextDecoder().decode(encodeText(text, false))).toBe(text);
    expect(new TextDecoder().decode(ungzip(bytes))).toBe(text);
  });

  it('reports a truncated stream at the end of the file', () => {
    const cut = gzip(text).subarray(0, 100);
    const e = inputError(() => gunzip(cut, 'cut.json.gz'));
    expect(e.message).toBe(
      new InputError('cut.json.gz', { offset: 100 }, 'a complete gzip stream', 'the compressed data ends early (file truncated?)').message,
    );
  });

  it('reports corrupt data at the offset the inflater reached', () => {
    const bytes = gzip(text);
    bytes.fill(0xff, 20, 40);
    const e = inputError(() => gunzip(bytes, 'bad.json.gz'));
    expect(e.position).toEqual({ offset: expect.any(Number) });
    expect((e.position as { offset: number }).offset).toBeLessThan(bytes.length);
    expect(e.message).toMatch(/^bad\.json\.gz: offset \d+: expected a complete gzip stream: /);
  });
});

describe('decodeUtf8', () => {
  const good = new TextEncoder().encode('{"schema": "caf');
  const bytes = (...tail: number[]) => new Uint8Array([...good, ...tail]);

  it('decodes valid text', () => {
    expect(decodeUtf8(bytes(0xc3, 0xa9, 0x22, 0x7d), 'f.json', false)).toBe('{"schema": "café"}');
  });

  it('names the offset of the sequence a bad byte breaks', () => {
    // Latin-1 é: a lead byte whose continuation is missing.
    expect(inputError(() => decodeUtf8(bytes(0xe9, 0x22, 0x7d), 'f.json', false)).message).toBe(
      `f.json: offset ${good.length}: expected UTF-8 text: invalid byte`,
    );
    // A stray continuation byte after a complete character is itself the bad byte.
    expect(inputError(() => decodeUtf8(bytes(0xc3, 0xa9, 0xa9, 0x22), 'f.json', false)).message).toBe(
      `f.json: offset ${good.length + 2}: expected UTF-8 text: invalid byte`,
    );
    // Text cut inside a character.
    expect(inputError(() => decodeUtf8(bytes(0xe2, 0x82), 'f.json', false)).message).toBe(`f.json: offset ${good.length}: expected UTF-8 text: invalid byte`);
  });

  it('says when the bad byte came out of decompression', () => {
    expect(inputError(() => decodeUtf8(bytes(0xff), 'f.json.gz', true)).message).toBe(
      `f.json.gz: offset ${good.length}: expected UTF-8 text: invalid byte in the decompressed data`,
    );
  });
});
