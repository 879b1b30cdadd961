#!/usr/bin/env node
// Re-renders docs/accuracy.md from the last analysis (build/accuracy/result.json)
// without resampling again: for edits of the document's text in doc.mjs.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OUT_DIR, ROOT } from './lib.mjs';
import { renderDoc } from './doc.mjs';

const res = JSON.parse(await readFile(path.join(OUT_DIR, 'result.json'), 'utf8'));
const doc = renderDoc(res);
await writeFile(path.join(ROOT, 'docs/accuracy.md'), doc.markdown);
console.log(doc.table);
