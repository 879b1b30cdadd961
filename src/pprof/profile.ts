/**
 * The heap-profile data model: what a decoded pprof file means, with every
 * string-table index and id already resolved. `resolve.ts` builds it (for
 * `reader.ts`); `sites.ts` and the inspect command (`src/cli/inspect-profile.ts`)
 * consume it and never see wire messages.
 */

export interface ValueType {
  type: string;
  unit: string;
}

export interface ProfileFunction {
  id: number;
  /** e.g. `example.com/codec.(*Encoder).Encode`, `strconv.AppendUint`. */
  name: string;
  systemName: string;
  /** Source file as recorded by the binary (absolute for module code, GOROOT path for the standard library). */
  file: string;
  startLine: number;
}

export interface Line {
  function: ProfileFunction;
  line: number;
  column: number;
}

export interface Mapping {
  id: number;
  memoryStart: number;
  memoryLimit: number;
  fileOffset: number;
  file: string;
  buildId: string;
  hasFunctions: boolean;
  hasFilenames: boolean;
  hasLineNumbers: boolean;
  hasInlineFrames: boolean;
}

export interface Location {
  id: number;
  mapping?: Mapping;
  address: number;
  /**
   * Innermost first: `lines[0]` is the function whose code is at this address
   * (possibly inlined), the last entry is the function it was inlined into.
   */
  lines: Line[];
  isFolded: boolean;
}

export interface Label {
  key: string;
  str?: string;
  num?: number;
  numUnit?: string;
}

/** One sample as an object; see `sampleAt`. Profiles store samples in columns. */
export interface Sample {
  /** Leaf first (`locations[0]` is where the allocation happened). */
  locations: Location[];
  /** One value per `Profile.sampleTypes`, in that order, already unsampled by Go. */
  values: number[];
}

export interface Profile {
  /** The name given to the reader, used in messages. */
  fileName: string;
  sampleTypes: ValueType[];
  /**
   * Samples are stored in columns, not as objects: a 50 MB profile holds
   * millions of samples, and an object plus two arrays per sample costs
   * ~800 bytes each and most of the parse time in garbage collection.
   */
  sampleCount: number;
  /** Value of sample i for sample type t: `values[i * sampleTypes.length + t]`. */
  values: Uint32Array | Float64Array;
  /** Stack of sample i: `stackLocations[stackStart[i] .. stackStart[i + 1])`, leaf first, indexes into `locations`. */
  stackStart: Uint32Array;
  stackLocations: Uint16Array | Uint32Array;
  locations: Location[];
  functions: ProfileFunction[];
  mappings: Mapping[];
  periodType?: ValueType;
  period: number;
  timeNanos: number;
  durationNanos: number;
  comments: string[];
  dropFrames: string;
  keepFrames: string;
  /** The sample type a viewer shows by default (`inuse_space` for Go heap profiles). */
  defaultSampleType: string;
  /**
   * Labels by sample index, only when the reader was asked for them (Go's
   * heap samples all carry a `bytes` label that repeats alloc_space/alloc_objects).
   */
  labels?: Map<number, Label[]>;
}

/** Sample `i` as an object (for tests and small profiles; loops over big ones should read the columns). */
export function sampleAt(profile: Profile, i: number): Sample {
  const n = profile.sampleTypes.length;
  const locations: Location[] = [];
  for (let k = profile.stackStart[i]; k < profile.stackStart[i + 1]; k++) locations.push(profile.locations[profile.stackLocations[k]]);
  return { locations, values: Array.from(profile.values.subarray(i * n, (i + 1) * n)) };
}

/** Index of the sample type named `type` (e.g. `alloc_space`), or -1. */
export function sampleTypeIndex(profile: Profile, type: string): number {
  return profile.sampleTypes.findIndex((t) => t.type === type);
}
