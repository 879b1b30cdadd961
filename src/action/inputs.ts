/**
 * The Action's inputs, read through the options table (src/options): every
 * input the table marks for the Action, and nothing else, so action.yml (which
 * is generated from the same table) and what the code reads cannot disagree.
 */
import * as core from '@actions/core';
import { allOptions, type OptionKey, type RawOptions } from '../options/table.js';
import { parseConfig, parseOptions, type GateConfig } from '../options/config.js';

/** Every Action input as text, by option key. */
export function readRawInputs(getInput: (name: string) => string = (n) => core.getInput(n)): RawOptions {
  const raw: RawOptions = {};
  for (const [key, spec] of allOptions()) if (spec.action) raw[key] = getInput(spec.name);
  return raw;
}

const ACTION_KEYS = [
  'mode',
  'shard',
  'shardDir',
  'baseRef',
  'affected',
  'baselineBranch',
  'saveBaseline',
  'allowIncompleteBaseline',
  'baselineDir',
  'cacheKeyPrefix',
  'githubToken',
  'comment',
  'annotations',
  'acknowledgeLabel',
  'reportPath',
  'confirm',
  'confirmCount',
  'confirmAlpha',
  'confirmBudget',
  'networkTimeout',
] as const satisfies readonly OptionKey[];

export type ActionSettings = ReturnType<typeof parseOptions<(typeof ACTION_KEYS)[number]>>;

export interface ActionInputs {
  config: GateConfig;
  settings: ActionSettings;
}

/** The measuring configuration and the Action's own settings; throws ConfigError naming the first bad input. */
export function readInputs(raw: RawOptions): ActionInputs {
  return { settings: parseOptions(raw, ACTION_KEYS), config: parseConfig(raw) };
}

/** Only what publishing needs (mode: publish reads no measuring setting). */
export function readPublishSettings(raw: RawOptions): ActionSettings {
  return parseOptions(raw, ACTION_KEYS);
}
