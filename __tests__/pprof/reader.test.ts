/**
 * The reader on hand-built profiles (packed and unpacked repeated scalars,
 * inlined lines, string table last) and on every corrupt form, plus
 * fast-check truncations and bit flips of a real Go profile.
 */
import path from 'node:path';
import fc from 'fast-check';
import { gzip, ungzip } from 'pako';
import protobuf from 'protobufjs';
import { InputError } from '../../src/errors.js';
import { sampleAt } from '../../src/pprof/profile.js';
import { profileDescriptor } from '../../src/pprof/proto.js';
import { decodeProfile, ProfileError, readProfile, readProfileAsync } from '../../src/pprof/reader.js';
import { allocationSites } from '../../src/pprof/sites.js';
import { renderProfileInspection } from '../../src/cli/inspect-profile.js';
import { allocsDir, buildTestBinary, readBytes, runBenchmark, tempDir } from './gofixture.js';

/** The schema with every repeated scalar packed or not, to write both encodings. */
function schema(packed: boolean): protobuf.Type {
  const d = JSON.parse(JSON.stringify(profileDescriptor));
  for (const t of Object.values<{ fields: Record<string, { rule?: string; type: string; options?: object }> }>(d.nested.perftools.nested.profiles.nested)) {
    for (const f of Object.values(t.fields)) {
      if (f.rule === 'repeated' && /int64|uint64/.test(f.type)) f.options = { packed };
    }
  }
  return protobuf.Root.fromJSON(d).lookupType('perftools.profiles.Profile');
}

// strings: 0 "", 1 alloc_objects, 2 count, 3 alloc_space, 4 bytes, 5 main.outer, 6 main.inner, 7 /src/a.go, 8 space
const message = {
  sampleType: [
    { type: 1, unit: 2 },
    { type: 3, unit: 4 },
  ],
  sample: [
    { locationId: [1, 2], value: [3, 300] },
    { locationId: [2], value: [1, 2 ** 40] },
  ],
  location: [
    {
      id: 1,
      line: [
        { functionId: 2, line: 12 },
        { functionId: 1, line: 30 },
      ],
    },
    { id: 2, line: [{ functionId: 1, line: 40 }] },
  ],
  function: [
    { id: 1, name: 5, systemName: 5, filename: 7, startLine: 28 },
    { id: 2, name: 6, systemName: 6, filename: 7, startLine: 10 },
  ],
  periodType: { type: 8, unit: 4 },
  period: 524288,
  stringTable: ['', 'alloc_objects', 'count', 'alloc_space', 'bytes', 'main.outer', 'main.inner', '/src/a.go', 'space'],
};
const encode = (m: object, packed = true): Uint8Array => schema(packed).encode(schema(packed).fromObject(m)).finish();

describe('decoding', () => {
  test.each([true, false])('packed=%s: values, ids, inlined lines innermost first', (packed) => {
    const bytes = gzip(encode(message, packed));
    const p = readProfile(bytes, 'a.pprof');
    expect(p.sampleTypes).toEqual([
      { type: 'alloc_objects', unit: 'count' },
      { type: 'alloc_space', unit: 'bytes' },
    ]);
    expect(p.sampleCount).toBe(2);
    const s0 = sampleAt(p, 0);
    expect(s0.values).toEqual([3, 300]);
    expect(s0.locations.map((l) => l.id)).toEqual([1, 2]);
    expect(s0.locations[0].lines.map((l) => [l.function.name, l.line])).toEqual([
      ['main.inner', 12],
      ['main.outer', 30],
    ]);
    // 64-bit values above 2^32 survive, unscaled.
    expect(sampleAt(p, 1).values).toEqual([1, 2 ** 40]);
    expect(p.period).toBe(524288);
    expect(p.periodType).toEqual({ type: 'space', unit: 'bytes' });
    const sites = allocationSites(p, { iterations: 1 });
    expect(sites.byLine[0]).toMatchObject({ function: 'main.outer', file: '/src/a.go', line: 40, bytes: 2 ** 40 });
    expect(sites.byLine[1]).toMatchObject({ function: 'main.inner', line: 12, objects: 3, bytes: 300 });
  });
});

describe('location ids as Go does not write them', () => {
  // Go numbers locations 1..n in order; other writers may not. The decoder's
  // fast path (id - 1 is the index) must not be taken then, and ids above
  // 16 bits widen the location column.
  const renumbered = (ids: [number, number]) => ({
    ...message,
    sample: [
      { locationId: [ids[0], ids[1]], value: [3, 300] },
      { locationId: [ids[1]], value: [1, 2 ** 40] },
    ],
    location: [
      { ...message.location[0], id: ids[0] },
      { ...message.location[1], id: ids[1] },
    ],
  });
  test.each([
    ['out of order', [2, 1]],
    ['sparse', [7, 3]],
    ['above 16 bits', [70000, 1]],
    ['above 16 bits, sparse', [4_000_000_000, 123_456_789]],
  ] as [string, [number, number]][])('%s', (_, ids) => {
    const p = decodeProfile(encode(renumbered(ids)), 'r.pprof');
    const s0 = sampleAt(p, 0);
    expect(s0.locations.map((l) => l.id)).toEqual(ids);
    expect(s0.locations[0].lines.map((l) => l.function.name)).toEqual(['main.inner', 'main.outer']);
    expect(sampleAt(p, 1).locations.map((l) => l.id)).toEqual([ids[1]]);
  });
  test('a 16-bit column widens mid-stream and keeps earlier entries', () => {
    // Many samples of small ids, then one naming a location with a big id.
    const m = {
      ...message,
      sample: [...Array.from({ length: 50 }, () => message.sample[0]), { locationId: [70000], value: [1, 1] }],
      location: [...message.location, { id: 70000, line: [{ functionId: 1, line: 41 }] }],
    };
    const p = decodeProfile(encode(m), 'w.pprof');
    expect(p.stackLocations).toBeInstanceOf(Uint32Array);
    expect(sampleAt(p, 49).locations.map((l) => l.id)).toEqual([1, 2]);
    expect(sampleAt(p, 50).locations.map((l) => l.id)).toEqual([70000]);
    expect(decodeProfile(encode(message), 'n.pprof').stackLocations).toBeInstanceOf(Uint16Array);
  });
  test('the value column is 32-bit until a value needs more (above 2^32 or negative), then exact', () => {
    const small = { ...message, sample: [{ locationId: [1], value: [3, 300] }] };
    expect(decodeProfile(encode(small), 's.pprof').values).toBeInstanceOf(Uint32Array);
    for (const big of [2 ** 32, 2 ** 52 + 1, -7]) {
      const m = { ...message, sample: [...Array.from({ length: 20 }, () => small.sample[0]), { locationId: [2], value: [1, big] }] };
      const p = decodeProfile(encode(m), 'b.pprof');
      expect(p.values).toBeInstanceOf(Float64Array);
      expect(sampleAt(p, 19).values).toEqual([3, 300]);
      expect(sampleAt(p, 20).values).toEqual([1, big]);
    }
  });
  test('location id 0 is out of range', () => {
    const m = { ...message, sample: [{ locationId: [0], value: [1, 1] }] };
    let err: unknown;
    try {
      decodeProfile(encode(m), 'z.pprof');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProfileError);
    expect((err as ProfileError).kind).toBe('index-out-of-range');
    expect((err as ProfileError).message).toContain('names location 0');
  });
});

describe('hostile encodings (found by review): each ends in its typed error, never a hang or a wrong profile', () => {
  /** A varint of `v` (unsigned 64-bit, two's complement for negatives) in exactly `size` bytes when given. */
  const varint = (v: bigint, size?: number): number[] => {
    let x = BigInt.asUintN(64, v);
    const out: number[] = [];
    do {
      out.push(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    } while (x > 0n || (size !== undefined && out.length < size));
    out[out.length - 1] &= 0x7f;
    return out;
  };
  const withSample = (sample: number[]): Uint8Array => {
    const head = encode({ ...message, sample: [] });
    const field = [0x12, ...varint(BigInt(sample.length)), ...sample];
    const out = new Uint8Array(head.length + field.length);
    out.set(head);
    out.set(field, head.length);
    return out;
  };
  const errorOf = (f: () => unknown): ProfileError | undefined => {
    try {
      f();
    } catch (e) {
      if (e instanceof ProfileError) return e;
      throw e;
    }
    return undefined;
  };
  const kindOf = (f: () => unknown): string => errorOf(f)?.kind ?? 'decoded';

  test('a negative (2^64 - 11) length of a skipped Sample field', () => {
    expect(kindOf(() => decodeProfile(withSample([0x22, ...varint(-11n)]), 'h.pprof'))).toBe('not-profile');
  });
  test('a negative length of the packed location ids', () => {
    expect(kindOf(() => decodeProfile(withSample([0x0a, ...varint(-3n), 0x01, 0x12, 0x02, 0x01, 0x01]), 'h.pprof'))).toBe('not-profile');
  });
  test('a negative length of a top-level field, whole and chunked', () => {
    const head = encode(message);
    const raw = new Uint8Array([...head, 0x32, ...varint(-12n)]);
    expect(kindOf(() => decodeProfile(raw, 'h.pprof'))).toBe('truncated');
    expect(kindOf(() => decodeProfile([raw.subarray(0, head.length + 3), raw.subarray(head.length + 3)], 'h.pprof'))).toBe('truncated');
  });
  test('location id 0 written in two bytes (80 00) is out of range, not a silent bad index', () => {
    const e = errorOf(() => decodeProfile(withSample([0x0a, 0x02, 0x80, 0x00, 0x12, 0x02, 0x01, 0x01]), 'h.pprof'));
    expect(e?.kind).toBe('index-out-of-range');
    expect(e?.message).toContain('names location 0');
  });
  test('an over-long (11-byte) varint in a top-level header is not-profile at that field, however chunked', () => {
    const head = encode(message);
    const raw = new Uint8Array([...head, ...Array(10).fill(0xff), 0x01, 0x00]);
    const whole = errorOf(() => decodeProfile(raw, 'h.pprof'));
    expect(whole?.kind).toBe('not-profile');
    expect(whole?.position).toEqual({ offset: head.length });
    for (let cut = head.length - 2; cut < raw.length; cut++) {
      expect(errorOf(() => decodeProfile([raw.subarray(0, cut), raw.subarray(cut)], 'h.pprof'))?.message).toBe(whole!.message);
    }
  });
  test('a gzip fault in a file of several inflate chunks: readProfileAsync reports it as readProfile does', async () => {
    // Over 1 MiB gunzipped (several chunks), stored uncompressed (level 0) so
    // that a byte of the protobuf can be corrupted in place: the decoder sees
    // the bad byte in the first chunk, before gzip checks its CRC at the end.
    const big = { ...message, stringTable: [...message.stringTable, ...Array.from({ length: 40 }, (_, i) => `${i}`.padEnd(100_000, 'x'))] };
    const gz = gzip(encode(big), { level: 0 });
    expect(ungzip(gz)[0]).toBe(0x0a);
    gz[10 + 5] = 0xff; // past the 10-byte gzip header and the 5-byte stored-block header: the first protobuf byte
    const sync = errorOf(() => readProfile(gz, 'g.pprof'));
    expect(sync?.kind).toBe('corrupt-gzip');
    await expect(readProfileAsync(gz, 'g.pprof')).rejects.toMatchObject({ kind: 'corrupt-gzip', message: sync!.message });
  });
  test('locations not numbered 1..n, more than 65 536 of them, ids that fit in 16 bits', () => {
    // 70 000 locations listed in reverse: the sample's id 1 is the last location.
    const n = 70_000;
    const m = {
      ...message,
      sample: [{ locationId: [1], value: [1, 1] }],
      location: Array.from({ length: n }, (_, i) => ({ id: n - i, line: [{ functionId: 1, line: 1 }] })),
    };
    const p = decodeProfile(encode(m), 'l.pprof');
    expect(sampleAt(p, 0).locations.map((l) => l.id)).toEqual([1]);
  });
});

describe('bad input gives a typed error with file, offset and expectation', () => {
  const expectError = (f: () => unknown, kind: string, offset?: number): ProfileError => {
    let err: unknown;
    try {
      f();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProfileError);
    expect(err).toBeInstanceOf(InputError);
    const pe = err as ProfileError;
    expect(pe.kind).toBe(kind);
    expect(pe.file).toBe('x.pprof');
    expect(pe.position).toHaveProperty('offset');
    if (offset !== undefined) expect(pe.position).toEqual({ offset });
    expect(pe.message).toMatch(/^x\.pprof: offset \d+: expected /);
    return pe;
  };

  test('not gzip', () => {
    const e = expectError(() => readProfile(encode(message), 'x.pprof'), 'not-gzip', 0);
    expect(e.message).toContain('1f 8b');
  });
  test('empty file', () => {
    expectError(() => readProfile(new Uint8Array(), 'x.pprof'), 'truncated', 0);
  });
  test('truncated gzip', () => {
    const gz = gzip(encode(message));
    expectError(() => readProfile(gz.subarray(0, gz.length - 6), 'x.pprof'), 'truncated');
  });
  test('corrupt gzip (checksum)', () => {
    const gz = gzip(encode(message));
    gz[gz.length - 6] ^= 0xff;
    expectError(() => readProfile(gz, 'x.pprof'), 'corrupt-gzip');
  });
  test('gzip of something that is not a profile', () => {
    expectError(() => readProfile(gzip(new TextEncoder().encode('{"hello": "world"}\n')), 'x.pprof'), 'not-profile', 0);
    expectError(() => readProfile(gzip(new Uint8Array()), 'x.pprof'), 'not-profile', 0);
  });
  test('a valid protobuf without a string table', () => {
    const { stringTable: _, ...rest } = message;
    expectError(() => decodeProfile(encode(rest), 'x.pprof'), 'not-profile');
  });
  test('truncated protobuf', () => {
    const raw = encode(message);
    const e = expectError(() => readProfile(gzip(raw.subarray(0, raw.length - 3)), 'x.pprof'), 'truncated');
    expect(e.message).toContain('gunzipped');
  });
  test('sample naming a location that does not exist', () => {
    const m = { ...message, sample: [message.sample[0], { locationId: [9], value: [1, 1] }] };
    const raw = encode(m);
    const e = expectError(() => decodeProfile(raw, 'x.pprof'), 'index-out-of-range');
    expect(e.message).toContain('location 9');
    // The offset is the second sample's tag.
    const off = (e.position as { offset: number }).offset;
    expect(raw[off]).toBe((2 << 3) | 2);
    expect(off).toBeGreaterThan(0);
  });
  test('string index past the table', () => {
    const m = { ...message, function: [message.function[0], { id: 2, name: 99, filename: 7 }] };
    expect(expectError(() => decodeProfile(encode(m), 'x.pprof'), 'index-out-of-range').message).toContain('got 99');
  });
  test('line naming a function that does not exist', () => {
    const m = { ...message, location: [message.location[0], { id: 2, line: [{ functionId: 5, line: 1 }] }] };
    expectError(() => decodeProfile(encode(m), 'x.pprof'), 'index-out-of-range');
  });
  test('sample with the wrong number of values', () => {
    const m = { ...message, sample: [{ locationId: [1], value: [1] }] };
    expect(expectError(() => decodeProfile(encode(m), 'x.pprof'), 'index-out-of-range').message).toContain('sample 0 has 1');
    // The first sample right, a later one not: the error names that one, at its offset.
    const later = { ...message, sample: [message.sample[0], message.sample[0], { locationId: [1], value: [1, 2, 3] }, { locationId: [1], value: [1] }] };
    const raw = encode(later);
    const e = expectError(() => decodeProfile(raw, 'x.pprof'), 'index-out-of-range');
    expect(e.message).toContain('sample 2 has 3');
    expect(raw[(e.position as { offset: number }).offset]).toBe((2 << 3) | 2);
  });
});

describe('real profiles under fast-check', () => {
  const dir = tempDir();
  let real: Uint8Array;
  let raw: Uint8Array;
  beforeAll(() => {
    const bin = buildTestBinary(allocsDir, dir, 'allocs.test');
    const run = runBenchmark(bin, allocsDir, { bench: '^BenchmarkMixed$', benchtime: '500x', profile: path.join(dir, 'm.pprof'), memprofilerate: 1 });
    real = readBytes(run.profile);
    raw = ungzip(real);
  });

  const neverCrashes = (read: (b: Uint8Array) => unknown) => (b: Uint8Array) => {
    try {
      read(b);
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
    }
  };

  test('the real profile reads and renders', () => {
    const p = readProfile(real, 'm.pprof');
    expect(p.sampleCount).toBeGreaterThan(10);
    const text = renderProfileInspection(p, { top: 5 });
    expect(text).toContain('example.com/allocs.');
    const json = JSON.parse(renderProfileInspection(allocationSites(p, { iterations: 501, benchmark: 'BenchmarkMixed' }), { json: true }));
    expect(json.sites.length).toBeGreaterThan(0);
    expect(json.sites[0]).toHaveProperty('bytesPerOp');
  });

  test('truncations of the file and of the gunzipped protobuf', () => {
    fc.assert(
      fc.property(fc.nat({ max: real.length - 1 }), (n) => {
        expect(() => readProfile(real.subarray(0, n), 'm.pprof')).toThrow(ProfileError);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.nat({ max: raw.length - 1 }), (n) => neverCrashes((b) => decodeProfile(b, 'm.pprof'))(raw.subarray(0, n))),
      { numRuns: 300 },
    );
  });

  test('bit flips in the file and in the gunzipped protobuf', () => {
    const flipped = (src: Uint8Array, flips: [number, number][]): Uint8Array => {
      const b = Uint8Array.from(src);
      for (const [at, bit] of flips) b[at % b.length] ^= 1 << bit;
      return b;
    };
    const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(flips, (f) => neverCrashes((b) => allocationSites(readProfile(b, 'm.pprof'), { iterations: 1 }))(flipped(real, f))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(flips, (f) => neverCrashes((b) => allocationSites(decodeProfile(b, 'm.pprof'), { iterations: 1 }))(flipped(raw, f))),
      { numRuns: 400 },
    );
  });
});

describe('chunked and streaming decoding', () => {
  const dir = tempDir();
  let real: Uint8Array;
  let raw: Uint8Array;
  beforeAll(() => {
    const bin = buildTestBinary(allocsDir, dir, 'allocs.test');
    const run = runBenchmark(bin, allocsDir, { bench: '^BenchmarkMixed$', benchtime: '300x', profile: path.join(dir, 'c.pprof'), memprofilerate: 1 });
    real = readBytes(run.profile);
    raw = ungzip(real);
  });

  /** `buf` cut at the given points (any order, duplicates allowed: empty chunks too). */
  const split = (buf: Uint8Array, cuts: number[]): Uint8Array[] => {
    const at = [0, ...cuts.map((c) => c % (buf.length + 1)).sort((a, b) => a - b), buf.length];
    return at.slice(1).map((end, i) => buf.subarray(at[i], end));
  };
  /** A decode's outcome: the profile, or the error's kind, offset and message. */
  const outcome = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      return { kind: e.kind, message: e.message };
    }
  };
  const cuts = fc.array(fc.nat(), { maxLength: 12 });

  test('any chunking of a real profile decodes to the same profile as the whole buffer', () => {
    const whole = decodeProfile(raw, 'c.pprof');
    expect(whole.sampleCount).toBeGreaterThan(10);
    // Cuts at every one of the first 64 offsets, where fields are short, then random ones.
    for (let k = 1; k < 64; k++) expect(decodeProfile(split(raw, [k]), 'c.pprof')).toEqual(whole);
    fc.assert(
      fc.property(cuts, (c) => {
        expect(decodeProfile(split(raw, c), 'c.pprof')).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  test('chunked truncations and bit flips fail exactly as the whole buffer does', () => {
    fc.assert(
      fc.property(fc.nat({ max: raw.length - 1 }), cuts, (n, c) => {
        const cut = raw.subarray(0, n);
        expect(outcome(() => decodeProfile(split(cut, c), 'c.pprof'))).toEqual(outcome(() => decodeProfile(cut, 'c.pprof')));
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 3 }), cuts, (flips, c) => {
        const b = Uint8Array.from(raw);
        for (const [at, bit] of flips) b[at % b.length] ^= 1 << bit;
        expect(outcome(() => decodeProfile(split(b, c), 'c.pprof'))).toEqual(outcome(() => decodeProfile(b, 'c.pprof')));
      }),
      { numRuns: 150 },
    );
  });

  test('readProfileAsync equals readProfile, on the real file and on its truncations and flips', async () => {
    expect(await readProfileAsync(real, 'c.pprof')).toEqual(readProfile(real, 'c.pprof'));
    const asyncOutcome = async (b: Uint8Array): Promise<unknown> => {
      try {
        return await readProfileAsync(b, 'c.pprof');
      } catch (e) {
        if (!(e instanceof ProfileError)) throw e;
        return { kind: e.kind, message: e.message };
      }
    };
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: real.length - 1 }), async (n) => {
        const b = real.subarray(0, n);
        expect(await asyncOutcome(b)).toEqual(outcome(() => readProfile(b, 'c.pprof')));
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 3 }), async (flips) => {
        const b = Uint8Array.from(real);
        for (const [at, bit] of flips) b[at % b.length] ^= 1 << bit;
        expect(await asyncOutcome(b)).toEqual(outcome(() => readProfile(b, 'c.pprof')));
      }),
      { numRuns: 60 },
    );
  });
});
