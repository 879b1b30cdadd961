/**
 * The document layer's public face: the document types, and the one reader
 * and writer every producer and consumer of a RunResult, Report or
 * ShardResult uses.
 */
export { readDocument, readDocumentFile } from './reader.js';
export { serializeDocument, writeDocumentFile } from './writer.js';
export { runResultDocument } from './run-result.js';
export { reportDocument } from './report.js';
export { shardDocument, type ShardResult } from './shard.js';
