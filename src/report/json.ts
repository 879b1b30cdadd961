/**
 * The Report as JSON: the `report-json` output, the file `report-path`
 * writes, and the input of `mode: publish`.
 *
 * Writing is stable (keys sorted, `schema` and `version` first, two-space
 * indentation, final newline) so that two reports of the same run are equal
 * byte for byte and a diff between two runs shows only what changed.
 *
 * Reading validates everything before a renderer sees it. In `mode: publish`
 * the file is an artifact uploaded by a pull request's workflow, which a fork
 * controls, so it is untrusted input: a malformed or foreign document is
 * refused with an `InputError` that names the file, the field and what was
 * expected, never half-rendered.
 */
import { InputError } from '../errors.js';
import { REPORT_SCHEMA, REPORT_VERSION } from './model.js';
import type { Report } from './model.js';

/** Pretty-printed, key-sorted JSON of the report. Non-finite numbers (which JSON cannot hold) become null. */
export function renderJson(report: Report): string {
  return JSON.stringify(sortKeys(report), null, 2) + '\n';
}

const FIRST_KEYS = ['schema', 'version'];

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source).sort((a, b) => {
      const ia = FIRST_KEYS.indexOf(a);
      const ib = FIRST_KEYS.indexOf(b);
      if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
      return a < b ? -1 : a > b ? 1 : 0;
    });
    const out: Record<string, unknown> = {};
    for (const k of keys) if (source[k] !== undefined) out[k] = sortKeys(source[k]);
    return out;
  }
  return value;
}

/**
 * Parses and validates a report written by `renderJson`. Throws `InputError`
 * for text that is not JSON (with the byte offset), for a document that is
 * not a report or is a newer version than this reader knows, and for any
 * field of the wrong type.
 */
export function parseReportJson(text: string, fileName: string): Report {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const match = /position (\d+)/.exec(message);
    throw new InputError(fileName, match ? { offset: Number(match[1]) } : undefined, 'a JSON report document', message);
  }
  const v = new Validator(fileName);
  const o = v.object(doc, '(document)', 'a JSON object (a go-runtime-gate report)');
  if (o.schema !== REPORT_SCHEMA) {
    const found = typeof o.schema === 'string' ? `schema ${JSON.stringify(o.schema)}` : 'no "schema" field';
    const hint = o.schema === 'go-runtime-gate/run-result' ? ' (a run result, not a report: compare it with another run to make a report)' : '';
    throw new InputError(fileName, undefined, `a go-runtime-gate report (schema ${JSON.stringify(REPORT_SCHEMA)})`, `found ${found}${hint}`);
  }
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) {
    throw new InputError(fileName, undefined, '"version" to be a positive integer', `found ${describe(o.version)}`);
  }
  if (o.version > REPORT_VERSION) {
    throw new InputError(
      fileName,
      undefined,
      `report version ${REPORT_VERSION} or older`,
      `found version ${o.version}, written by a newer go-runtime-gate; use that version (or newer) to read it`,
    );
  }
  v.report(o);
  return o as unknown as Report;
}

type Obj = Record<string, unknown>;

const VERDICTS = ['regression', 'improvement', 'unchanged', 'insufficient'] as const;
const OVERALL = ['pass', 'fail', 'no-baseline', 'acknowledged'] as const;
const MODES = ['gate', 'report', 'off'] as const;
const TESTS = ['mann-whitney', 'exact', 'three-sigma', 'ceiling', 'none'] as const;
const FAILURE_KINDS = ['failed', 'panic', 'timeout', 'build', 'no-result'] as const;
const SITE_KINDS = ['leak', 'allocation', 'escape'] as const;
const SITE_CHANGES = ['new', 'grown', 'removed', 'shrunk'] as const;
const SIDES = ['head', 'base'] as const;

/**
 * Checks the document field by field against the Report model. Each check
 * names the JSON path it failed at (`comparisons[3].verdict`), which is what
 * someone debugging a hand-edited or corrupted file needs.
 */
class Validator {
  constructor(private readonly file: string) {}

  private fail(path: string, expected: string, found: unknown): never {
    throw new InputError(this.file, undefined, `${path} to be ${expected}`, `found ${describe(found)}`);
  }

  object(value: unknown, path: string, expected = 'an object'): Obj {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(path, expected, value);
    return value as Obj;
  }

  private field(o: Obj, key: string, path: string): [unknown, string] {
    return [o[key], path ? `${path}.${key}` : key];
  }

  string(o: Obj, key: string, path: string): void {
    const [v, p] = this.field(o, key, path);
    if (typeof v !== 'string') this.fail(p, 'a string', v);
  }

  number(o: Obj, key: string, path: string, nullable = false): void {
    const [v, p] = this.field(o, key, path);
    if (nullable && v === null) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(p, nullable ? 'a number or null' : 'a number', v);
  }

  boolean(o: Obj, key: string, path: string): void {
    const [v, p] = this.field(o, key, path);
    if (typeof v !== 'boolean') this.fail(p, 'true or false', v);
  }

  oneOf(o: Obj, key: string, path: string, allowed: readonly string[]): void {
    const [v, p] = this.field(o, key, path);
    if (typeof v !== 'string' || !allowed.includes(v)) this.fail(p, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, v);
  }

  array(o: Obj, key: string, path: string, each: (item: unknown, itemPath: string) => void): void {
    const [v, p] = this.field(o, key, path);
    if (!Array.isArray(v)) this.fail(p, 'an array', v);
    v.forEach((item, i) => each(item, `${p}[${i}]`));
  }

  strings(o: Obj, key: string, path: string): void {
    this.array(o, key, path, (item, p) => {
      if (typeof item !== 'string') this.fail(p, 'a string', item);
    });
  }

  numbers(o: Obj, key: string, path: string): void {
    this.array(o, key, path, (item, p) => {
      if (typeof item !== 'number' || !Number.isFinite(item)) this.fail(p, 'a number', item);
    });
  }

  report(o: Obj): void {
    this.string(o, 'name', '');
    this.string(o, 'baselineSource', '');
    this.oneOf(o, 'verdict', '', OVERALL);
    this.string(o, 'headline', '');
    this.runSide(o.head, 'head');
    if (o.baseline !== null) this.runSide(o.baseline, 'baseline');
    const settings = this.object(o.settings, 'settings');
    this.number(settings, 'alpha', 'settings');
    this.boolean(settings, 'fdr', 'settings');
    this.boolean(settings, 'failOnBenchmarkFailure', 'settings');
    this.array(o, 'comparisons', '', (c, p) => this.comparison(c, p));
    this.array(o, 'failures', '', (f, p) => this.failure(f, p));
    this.array(o, 'added', '', (b, p) => this.benchmark(b, p));
    this.array(o, 'removed', '', (b, p) => this.benchmark(b, p));
    this.strings(o, 'warnings', '');
    const counts = this.object(o.counts, 'counts');
    for (const k of ['regressions', 'improvements', 'unchanged', 'insufficient', 'failures']) this.number(counts, k, 'counts');
    if (o.sites !== undefined) this.array(o, 'sites', '', (s, p) => this.site(s, p));
  }

  /** A located finding (optional in reports written before sites existed). */
  site(value: unknown, path: string): void {
    const s = this.object(value, path);
    this.oneOf(s, 'kind', path, SITE_KINDS);
    this.oneOf(s, 'change', path, SITE_CHANGES);
    if (s.benchmark !== undefined) this.benchmark(s.benchmark, `${path}.benchmark`);
    for (const k of ['package', 'function', 'file', 'summary']) this.string(s, k, path);
    this.number(s, 'line', path);
    if (s.column !== undefined) this.number(s, 'column', path);
    this.strings(s, 'details', path);
    if (s.unit !== undefined) this.string(s, 'unit', path);
    for (const k of ['base', 'head']) if (s[k] !== undefined) this.number(s, k, path, true);
    this.boolean(s, 'gating', path);
    this.strings(s, 'warnings', path);
  }

  runSide(value: unknown, path: string): void {
    const side = this.object(value, path, path === 'baseline' ? 'an object or null' : 'an object');
    this.string(side, 'createdAt', path);
    const env = this.object(side.environment, `${path}.environment`);
    for (const k of ['goVersion', 'goos', 'goarch', 'cpu', 'runnerOs', 'commit', 'ref', 'configHash']) this.string(env, k, `${path}.environment`);
    this.number(env, 'gomaxprocs', `${path}.environment`);
    const cp = `${path}.config`;
    const config = this.object(side.config, cp);
    this.strings(config, 'packages', cp);
    for (const k of ['bench', 'benchtime', 'tags', 'timeout']) this.string(config, k, cp);
    this.number(config, 'count', cp);
    this.numbers(config, 'cpu', cp);
    this.strings(config, 'goTestFlags', cp);
    this.boolean(config, 'memprofile', cp);
    this.boolean(config, 'trace', cp);
  }

  benchmark(value: unknown, path: string): void {
    const b = this.object(value, path);
    this.string(b, 'package', path);
    this.string(b, 'name', path);
    this.number(b, 'procs', path);
    if (b.file !== undefined) this.string(b, 'file', path);
    if (b.line !== undefined) this.number(b, 'line', path);
  }

  summary(o: Obj, key: string, path: string): void {
    const [v, p] = [o[key], `${path}.${key}`];
    if (v === null) return;
    const s = this.object(v, p, 'a sample summary or null');
    for (const k of ['n', 'median', 'low', 'high', 'confidence', 'min', 'max']) this.number(s, k, p);
  }

  comparison(value: unknown, path: string): void {
    const c = this.object(value, path);
    this.benchmark(c.benchmark, `${path}.benchmark`);
    for (const k of ['metric', 'unit', 'label', 'reason']) this.string(c, k, path);
    this.boolean(c, 'lowerIsBetter', path);
    this.oneOf(c, 'mode', path, MODES);
    this.summary(c, 'base', path);
    this.summary(c, 'head', path);
    for (const k of ['delta', 'absoluteDelta', 'p', 'pAdjusted']) this.number(c, k, path, true);
    this.oneOf(c, 'test', path, TESTS);
    this.number(c, 'threshold', path);
    this.number(c, 'floor', path);
    this.oneOf(c, 'verdict', path, VERDICTS);
    this.boolean(c, 'gating', path);
    this.strings(c, 'warnings', path);
    if (c.explanation !== undefined) this.string(c, 'explanation', path);
  }

  failure(value: unknown, path: string): void {
    const f = this.object(value, path);
    for (const k of ['package', 'name', 'message', 'output']) this.string(f, k, path);
    if (f.diagnostics !== undefined) {
      this.array(f, 'diagnostics', path, (d, p) => {
        const o = this.object(d, p);
        for (const k of ['file', 'message']) this.string(o, k, p);
        this.number(o, 'line', p);
        if (o.column !== undefined) this.number(o, 'column', p);
      });
    }
    this.oneOf(f, 'kind', path, FAILURE_KINDS);
    this.oneOf(f, 'side', path, SIDES);
  }
}

/** A short description of a JSON value for error messages (never the whole value: it may be huge). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  return `${typeof value} ${String(value)}`;
}
