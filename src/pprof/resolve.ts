/**
 * Id and string resolution: the raw tables of a decoded profile (string-table
 * indexes, mapping, function and location ids) become the `Profile` model of
 * `profile.ts`, with every reference checked. A dangling reference is an
 * `index-out-of-range` ProfileError at the byte offset of the top-level field
 * holding it, in the gunzipped protobuf.
 */
import { DECOMPRESSED, ProfileError } from './errors.js';
import type { DecodedProfile } from './decoder.js';
import type { Label, Line, Location, Mapping, Profile, ProfileFunction, ValueType } from './profile.js';
import { profileField, type RawValueType } from './proto.js';
import { NumberReader } from './wire.js';

const TWO_32 = 4294967296;

/**
 * Ids are usually dense (Go numbers them 1..n); an array indexed by id is then
 * much faster than a Map on the tens of millions of lookups a big profile needs.
 */
class IdIndex<T extends { id: number }> {
  private readonly dense?: (T | undefined)[];
  private readonly sparse?: Map<number, T>;
  constructor(items: T[]) {
    let max = 0;
    for (const it of items) if (it.id > max) max = it.id;
    if (max <= items.length * 4 + 1024) {
      this.dense = new Array<T | undefined>(max + 1);
      for (const it of items) this.dense[it.id] = it;
    } else {
      this.sparse = new Map(items.map((it) => [it.id, it]));
    }
  }
  get(id: number): T | undefined {
    return this.dense ? this.dense[id] : this.sparse!.get(id);
  }
  /** For dense ids, `f` of each item in an Int32Array indexed by id (-1 where no item); undefined for sparse ids. */
  table(f: (item: T) => number): Int32Array | undefined {
    if (!this.dense) return undefined;
    const out = new Int32Array(this.dense.length).fill(-1);
    this.dense.forEach((it, id) => {
      if (it) out[id] = f(it);
    });
    return out;
  }
}

/**
 * A 64-bit field as a number. Fields present on the wire come back as numbers
 * from NumberReader; absent ones are protobufjs's prototype defaults, which
 * are Long objects when the `long` package is installed.
 */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  return 0;
}

/**
 * The profile model of `d`. `whole` gives the whole gunzipped stream again,
 * only when an error needs the offset of a field (offsets are not kept for
 * millions of messages on the happy path).
 */
export function resolveProfile(d: DecodedProfile, file: string, whole: () => Uint8Array): Profile {
  const strings = d.strings;
  if (strings.length === 0 || strings[0] !== '') {
    throw new ProfileError(
      'not-profile',
      file,
      strings.length === 0 ? 0 : offsetOfField(whole(), profileField.stringTable, 0),
      `a string table whose first entry is "" ${DECOMPRESSED}`,
      strings.length === 0 ? 'there is no string table' : `it starts with ${JSON.stringify(strings[0].slice(0, 40))}`,
    );
  }
  if (d.sampleTypes.length === 0) {
    throw new ProfileError('not-profile', file, 0, `at least one sample type ${DECOMPRESSED}`, 'the profile declares none');
  }
  const outOfRange = (fieldNo: number, index: number, what: string, detail: string): ProfileError =>
    new ProfileError('index-out-of-range', file, offsetOfField(whole(), fieldNo, index), what, detail);

  const str = (i: number, fieldNo: number, index: number, what: string): string => {
    const s = strings[i];
    if (s === undefined) {
      throw outOfRange(fieldNo, index, `a string-table index below ${strings.length} for ${what}`, `got ${i}`);
    }
    return s;
  };

  const valueType = (v: RawValueType, fieldNo: number, index: number): ValueType => ({
    type: str(num(v.type), fieldNo, index, 'a value type'),
    unit: str(num(v.unit), fieldNo, index, 'a value unit'),
  });
  const sampleTypes = d.sampleTypes.map((v, i) => valueType(v, profileField.sampleType, i));

  const mappings: Mapping[] = d.mappings.map((m, i) => ({
    id: num(m.id),
    memoryStart: num(m.memoryStart),
    memoryLimit: num(m.memoryLimit),
    fileOffset: num(m.fileOffset),
    file: str(num(m.filename), profileField.mapping, i, 'a mapping file name'),
    buildId: str(num(m.buildId), profileField.mapping, i, 'a mapping build id'),
    hasFunctions: m.hasFunctions,
    hasFilenames: m.hasFilenames,
    hasLineNumbers: m.hasLineNumbers,
    hasInlineFrames: m.hasInlineFrames,
  }));
  const mappingById = new IdIndex(mappings);

  const functions: ProfileFunction[] = d.functions.map((f, i) => ({
    id: num(f.id),
    name: str(num(f.name), profileField.function, i, 'a function name'),
    systemName: str(num(f.systemName), profileField.function, i, 'a function system name'),
    file: str(num(f.filename), profileField.function, i, 'a function file name'),
    startLine: num(f.startLine),
  }));
  const functionById = new IdIndex(functions);

  const locations: Location[] = d.locations.map((l, i) => {
    let mapping: Mapping | undefined;
    const mappingId = num(l.mappingId);
    if (mappingId !== 0) {
      mapping = mappingById.get(mappingId);
      if (!mapping) throw outOfRange(profileField.location, i, 'a mapping id that exists', `location ${num(l.id)} names mapping ${mappingId}`);
    }
    const lines: Line[] = l.line.map((ln) => {
      const fn = functionById.get(num(ln.functionId));
      if (!fn) throw outOfRange(profileField.location, i, 'a function id that exists', `location ${num(l.id)} names function ${num(ln.functionId)}`);
      return { function: fn, line: num(ln.line), column: num(ln.column) };
    });
    return { id: num(l.id), mapping, address: num(l.address), lines, isFolded: l.isFolded };
  });

  const nTypes = sampleTypes.length;
  if (d.sampleCount > 0) {
    const { firstValueCount, firstOddSample, firstOddCount } = d.cols;
    const i = firstValueCount !== nTypes ? 0 : firstOddSample;
    if (i >= 0) {
      const n = i === 0 ? firstValueCount : firstOddCount;
      throw outOfRange(profileField.sample, i, `${nTypes} values per sample (one per sample type)`, `sample ${i} has ${n}`);
    }
  }
  // The location column holds `id - 1` (see decodeIds in wire.ts). When
  // locations are numbered 1..n in order, as Go writes them, that is the index
  // already and only the largest needs checking; otherwise map every entry, in
  // place.
  let stackLocations = d.cols.ids.done();
  const stackStart = d.cols.idStart.done();
  const sampleOf = (s: number): number => {
    let i = 0;
    while (stackStart[i + 1] <= s) i++;
    return i;
  };
  const badId = (s: number, id: number): ProfileError => {
    const i = sampleOf(s);
    return outOfRange(profileField.sample, i, 'a location id that exists', `sample ${i} names location ${id}`);
  };
  if (locations.every((l, i) => l.id === i + 1)) {
    if (stackLocations.length > 0 && d.cols.ids.max >= locations.length) {
      const s = stackLocations.findIndex((x) => x >= locations.length);
      throw badId(s, (stackLocations[s] + 1) % TWO_32);
    }
  } else {
    // Indexes may need more bits than the ids did (70 000 locations, samples naming ids below 65 536).
    if (stackLocations instanceof Uint16Array && locations.length > 0x10000) stackLocations = Uint32Array.from(stackLocations);
    const indexById = new IdIndex(locations.map((l, i) => ({ id: l.id, index: i })));
    const table = indexById.table((l) => l.index);
    for (let s = 0, n = stackLocations.length; s < n; s++) {
      const id = (stackLocations[s] + 1) % TWO_32;
      const index = table ? (id < table.length ? table[id] : -1) : (indexById.get(id)?.index ?? -1);
      if (index < 0) throw badId(s, id);
      stackLocations[s] = index;
    }
  }
  let labels: Map<number, Label[]> | undefined;
  if (d.cols.labels) {
    labels = new Map();
    for (const [i, list] of d.cols.labels) {
      labels.set(
        i,
        list.map((lb): Label => {
          const out: Label = { key: str(num(lb.key), profileField.sample, i, 'a label key') };
          if (num(lb.str) !== 0) out.str = str(num(lb.str), profileField.sample, i, 'a label value');
          else out.num = num(lb.num);
          if (num(lb.numUnit) !== 0) out.numUnit = str(num(lb.numUnit), profileField.sample, i, 'a label unit');
          return out;
        }),
      );
    }
  }

  return {
    fileName: file,
    sampleTypes,
    sampleCount: d.sampleCount,
    values: d.cols.values.done(),
    stackStart,
    stackLocations,
    locations,
    functions,
    mappings,
    labels,
    periodType: d.periodType ? valueType(d.periodType, 11, 0) : undefined,
    period: d.period,
    timeNanos: d.timeNanos,
    durationNanos: d.durationNanos,
    comments: d.comments.map((c, i) => str(c, 13, i, 'a comment')),
    dropFrames: str(d.dropFrames, 7, 0, 'drop_frames'),
    keepFrames: str(d.keepFrames, 8, 0, 'keep_frames'),
    defaultSampleType: str(d.defaultSampleType, 14, 0, 'default_sample_type'),
  };
}

/**
 * Byte offset of the `index`-th occurrence of top-level field `fieldNo`.
 * Only called when reporting an error, so offsets are not kept for millions of
 * messages on the happy path.
 */
function offsetOfField(buf: Uint8Array, fieldNo: number, index: number): number {
  const r = new NumberReader(buf);
  let seen = 0;
  try {
    while (r.pos < r.len) {
      const start = r.pos;
      const tag = r.uint32();
      if (tag >>> 3 === fieldNo && seen++ === index) return start;
      r.skipType(tag & 7);
    }
  } catch {
    // The decode already succeeded, so this cannot happen; fall back to 0.
  }
  return 0;
}
