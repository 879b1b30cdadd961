#!/usr/bin/env node
// Writes the documents generated from the code's tables: action.yml and the
// README's generated sections (inputs, outputs from the options table; metrics
// from the metrics registry). Run through `npm run docs`,
// which compiles src/ first; a test fails when the committed files are stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (rel) => import(pathToFileURL(path.join(ROOT, 'build/src', rel)).href);
const { renderActionYml, renderReadme, replaceSection } = await load('options/docs.js');
const { renderMetricsTable } = await load('metrics/docs.js');

await writeFile(path.join(ROOT, 'action.yml'), renderActionYml());
const readmePath = path.join(ROOT, 'README.md');
await writeFile(readmePath, replaceSection(renderReadme(await readFile(readmePath, 'utf8')), 'metrics', renderMetricsTable()));
console.log('wrote action.yml and README.md (generated sections)');
