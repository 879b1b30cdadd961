/**
 * The pprof wire schema (google/pprof `proto/profile.proto`, package
 * `perftools.profiles`) as a protobufjs JSON descriptor, written from the field
 * numbers of the published schema. The decoders outside protobufjs (the
 * top-level framing in `decoder.ts`, the Sample decoder in `wire.ts`) switch
 * on the same field numbers, for speed; everything after them works with the
 * decoded messages.
 *
 * Fields that Go never writes and that do not affect heap profiles (newer
 * additions such as breakdowns and label sets) are left out on purpose:
 * protobufjs skips unknown fields, so a profile carrying them still decodes.
 */
import protobuf from 'protobufjs';

/** Field names are the camelCase forms protobufjs would derive from the .proto. */
export const profileDescriptor = {
  nested: {
    perftools: {
      nested: {
        profiles: {
          nested: {
            Profile: {
              fields: {
                sampleType: { rule: 'repeated', type: 'ValueType', id: 1 },
                sample: { rule: 'repeated', type: 'Sample', id: 2 },
                mapping: { rule: 'repeated', type: 'Mapping', id: 3 },
                location: { rule: 'repeated', type: 'Location', id: 4 },
                function: { rule: 'repeated', type: 'Function', id: 5 },
                stringTable: { rule: 'repeated', type: 'string', id: 6 },
                dropFrames: { type: 'int64', id: 7 },
                keepFrames: { type: 'int64', id: 8 },
                timeNanos: { type: 'int64', id: 9 },
                durationNanos: { type: 'int64', id: 10 },
                periodType: { type: 'ValueType', id: 11 },
                period: { type: 'int64', id: 12 },
                comment: { rule: 'repeated', type: 'int64', id: 13 },
                defaultSampleType: { type: 'int64', id: 14 },
              },
            },
            ValueType: {
              fields: {
                type: { type: 'int64', id: 1 },
                unit: { type: 'int64', id: 2 },
              },
            },
            Sample: {
              fields: {
                locationId: { rule: 'repeated', type: 'uint64', id: 1 },
                value: { rule: 'repeated', type: 'int64', id: 2 },
                label: { rule: 'repeated', type: 'Label', id: 3 },
              },
            },
            Label: {
              fields: {
                key: { type: 'int64', id: 1 },
                str: { type: 'int64', id: 2 },
                num: { type: 'int64', id: 3 },
                numUnit: { type: 'int64', id: 4 },
              },
            },
            Mapping: {
              fields: {
                id: { type: 'uint64', id: 1 },
                memoryStart: { type: 'uint64', id: 2 },
                memoryLimit: { type: 'uint64', id: 3 },
                fileOffset: { type: 'uint64', id: 4 },
                filename: { type: 'int64', id: 5 },
                buildId: { type: 'int64', id: 6 },
                hasFunctions: { type: 'bool', id: 7 },
                hasFilenames: { type: 'bool', id: 8 },
                hasLineNumbers: { type: 'bool', id: 9 },
                hasInlineFrames: { type: 'bool', id: 10 },
              },
            },
            Location: {
              fields: {
                id: { type: 'uint64', id: 1 },
                mappingId: { type: 'uint64', id: 2 },
                address: { type: 'uint64', id: 3 },
                line: { rule: 'repeated', type: 'Line', id: 4 },
                isFolded: { type: 'bool', id: 5 },
              },
            },
            Line: {
              fields: {
                functionId: { type: 'uint64', id: 1 },
                line: { type: 'int64', id: 2 },
                column: { type: 'int64', id: 3 },
              },
            },
            Function: {
              fields: {
                id: { type: 'uint64', id: 1 },
                name: { type: 'int64', id: 2 },
                systemName: { type: 'int64', id: 3 },
                filename: { type: 'int64', id: 4 },
                startLine: { type: 'int64', id: 5 },
                startColumn: { type: 'int64', id: 6 },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** Field numbers of the top-level Profile message, used to locate errors by byte offset. */
export const profileField = {
  sampleType: 1,
  sample: 2,
  mapping: 3,
  location: 4,
  function: 5,
  stringTable: 6,
} as const;

/** Wire types the Profile message allows for each top-level field number. */
export const profileWireTypes: ReadonlyMap<number, readonly number[]> = new Map([
  [1, [2]],
  [2, [2]],
  [3, [2]],
  [4, [2]],
  [5, [2]],
  [6, [2]],
  [7, [0]],
  [8, [0]],
  [9, [0]],
  [10, [0]],
  [11, [2]],
  [12, [0]],
  [13, [0, 2]],
  [14, [0]],
  [15, [0, 2]],
  [16, [2]],
]);

export const profileRoot = protobuf.Root.fromJSON(profileDescriptor);

/** The decoded wire messages, as the reader sees them (64-bit fields read as numbers). */
export interface RawValueType {
  type: number;
  unit: number;
}
export interface RawLabel {
  key: number;
  str: number;
  num: number;
  numUnit: number;
}
export interface RawMapping {
  id: number;
  memoryStart: number;
  memoryLimit: number;
  fileOffset: number;
  filename: number;
  buildId: number;
  hasFunctions: boolean;
  hasFilenames: boolean;
  hasLineNumbers: boolean;
  hasInlineFrames: boolean;
}
interface RawLine {
  functionId: number;
  line: number;
  column: number;
}
export interface RawLocation {
  id: number;
  mappingId: number;
  address: number;
  line: RawLine[];
  isFolded: boolean;
}
export interface RawFunction {
  id: number;
  name: number;
  systemName: number;
  filename: number;
  startLine: number;
}
