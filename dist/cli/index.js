import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(626);
/** The CLI's entry point: `node dist/cli/index.js <command>` or the `go-runtime-gate` bin. */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 626:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Typed errors. Every error caused by bad input names the file, the position
 * (line or byte offset) and what was expected, and prints as `file:line: msg`
 * or `file: offset N: msg`, the forms editors and annotations understand.
 */
class GateError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.name = new.target.name;
        this.code = code;
    }
}
/** Malformed input (benchmark output, baseline JSON, profile, trace, compiler output). */
class InputError extends GateError {
    file;
    position;
    expected;
    constructor(file, position, expected, detail) {
        super('bad-input', InputError.format(file, position, expected, detail));
        this.file = file;
        this.position = position;
        this.expected = expected;
    }
    static format(file, position, expected, detail) {
        let where = file;
        if (position && 'line' in position)
            where += `:${position.line}${position.column ? `:${position.column}` : ''}`;
        else if (position && 'offset' in position)
            where += `: offset ${position.offset}`;
        return `${where}: expected ${expected}${detail ? `: ${detail}` : ''}`;
    }
}
/** The Go toolchain is missing, too old, or a go command failed in a way that stops the run. */
class ToolchainError extends GateError {
    constructor(message) {
        super('toolchain', message);
    }
}
/** A setting (input, flag, config file) is invalid. */
class errors_ConfigError extends GateError {
    constructor(message) {
        super('config', message);
    }
}

;// CONCATENATED MODULE: ./src/metrics/registry.ts
/**
 * The one table of metrics. A metric states what it is (unit, which direction is
 * better, whether its samples are noisy or deterministic) and how it gates by
 * default; the comparison picks its test from `kind`, the report picks its
 * formatting from `unit`. A new metric plugs in by adding a row here and a
 * producer that fills `Benchmark.metrics[id]` — nothing downstream changes.
 */
const rows = [
    {
        id: 'time',
        unit: 'ns/op',
        label: 'time/op',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'report',
        defaultThreshold: 0.1,
        defaultFloor: 0,
        source: 'benchmark line',
    },
    {
        id: 'bytes',
        unit: 'B/op',
        label: 'B/op',
        lowerIsBetter: true,
        kind: 'count',
        defaultMode: 'gate',
        defaultThreshold: 0.05,
        defaultFloor: 0,
        source: '-benchmem',
    },
    {
        id: 'allocs',
        unit: 'allocs/op',
        label: 'allocs/op',
        lowerIsBetter: true,
        kind: 'count',
        defaultMode: 'gate',
        defaultThreshold: 0,
        defaultFloor: 0,
        source: '-benchmem',
    },
    {
        id: 'throughput',
        unit: 'MB/s',
        label: 'MB/s',
        lowerIsBetter: false,
        kind: 'noisy',
        defaultMode: 'report',
        defaultThreshold: 0.1,
        defaultFloor: 0,
        source: 'b.SetBytes',
    },
];
/**
 * Metrics read from each sample's execution trace (see src/trace). Per-op
 * values divide by the iterations of the benchmark line; see analyze/trace.ts.
 */
const traceRows = [
    {
        id: 'gc-cycles',
        unit: 'GCs/op',
        label: 'GC cycles/op',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'gate',
        defaultThreshold: 0.1,
        defaultFloor: 0,
        source: 'trace: GC begin…end',
    },
    {
        id: 'gc-pause-p99',
        unit: 'ns',
        label: 'GC pause p99',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'gate',
        defaultThreshold: 0.2,
        // Pauses of tens of microseconds move with the scheduler and the runner's
        // neighbours; a regression must also add 50µs to count.
        defaultFloor: 50_000,
        source: 'trace: STW "GC sweep termination" / "GC mark termination"',
    },
    {
        id: 'gc-pause-max',
        unit: 'ns',
        label: 'GC pause max',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'report',
        defaultThreshold: 0.2,
        defaultFloor: 50_000,
        source: 'trace: STW ranges',
    },
    {
        id: 'gc-pause-total',
        unit: 'ns/op',
        label: 'GC pause/op',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'report',
        defaultThreshold: 0.2,
        defaultFloor: 0,
        source: 'trace: STW ranges, summed, per op',
    },
    {
        id: 'mark-assist',
        unit: 'ns/op',
        label: 'mark assist/op',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'report',
        defaultThreshold: 0.2,
        defaultFloor: 0,
        source: 'trace: GC mark assist ranges, per op',
    },
    {
        id: 'peak-heap',
        unit: 'B',
        label: 'peak heap',
        lowerIsBetter: true,
        kind: 'noisy',
        defaultMode: 'gate',
        defaultThreshold: 0.1,
        defaultFloor: 0,
        source: 'trace: max HeapAlloc',
    },
    {
        id: 'goroutines-leaked',
        unit: 'goroutines',
        label: 'goroutines leaked',
        lowerIsBetter: true,
        kind: 'count',
        defaultMode: 'gate',
        defaultThreshold: 0,
        defaultFloor: 0,
        source: 'trace: created during the run, alive at its end, with a creation frame in the module',
    },
    {
        id: 'goroutines-peak',
        unit: 'goroutines',
        label: 'goroutines peak',
        lowerIsBetter: true,
        kind: 'count',
        defaultMode: 'report',
        defaultThreshold: 0.1,
        // The runtime starts its GC workers (one per P) at the first GC, so a
        // change that triggers one more GC moves the peak by GOMAXPROCS.
        defaultFloor: 16,
        source: 'trace: max concurrently alive',
    },
];
/** Escape analysis: deterministic per commit, compared as a multiset of sites (see compare/escapes.ts). */
const escapeRow = {
    id: 'escapes',
    unit: 'sites',
    label: 'heap escapes',
    lowerIsBetter: true,
    kind: 'deterministic',
    defaultMode: 'gate',
    defaultThreshold: 0,
    defaultFloor: 0,
    source: 'compiler: go list -export -gcflags=-m',
};
// Only benchmark-line units are looked up by unit: a `b.ReportMetric(x,
// "goroutines")` must stay a custom metric, not become our leak metric.
const byUnit = new Map(rows.map((r) => [r.unit, r]));
rows.push(...traceRows, escapeRow);
const byId = new Map(rows.map((r) => [r.id, r]));
/** All built-in metrics in report order. */
function builtinMetrics() {
    return rows;
}
/** Registers a metric (used by later readers: trace, heap profile, escapes). */
function registerMetric(def) {
    if (byId.has(def.id))
        throw new Error(`metric ${def.id} is already registered`);
    rows.push(def);
    byId.set(def.id, def);
}
const CUSTOM_PREFIX = 'custom:';
/**
 * The metric for a unit printed on a benchmark line. Units we do not know
 * (from `b.ReportMetric`) become report-only custom metrics; their direction
 * follows Go's convention that `…/s` rates are better when higher.
 */
function metricForUnit(unit) {
    const known = byUnit.get(unit);
    if (known)
        return known;
    return customMetric(unit);
}
function customMetric(unit) {
    return {
        id: CUSTOM_PREFIX + unit,
        unit,
        label: unit,
        lowerIsBetter: !/\/s$/.test(unit),
        kind: 'noisy',
        defaultMode: 'report',
        defaultThreshold: 0.1,
        defaultFloor: 0,
        source: 'b.ReportMetric',
    };
}
/** Looks a metric up by id, including custom ones (`custom:<unit>`). */
function metricById(id) {
    const known = byId.get(id);
    if (known)
        return known;
    if (id.startsWith(CUSTOM_PREFIX))
        return customMetric(id.slice(CUSTOM_PREFIX.length));
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/duration.ts
/**
 * Go's duration syntax (`time.ParseDuration`): we accept the same strings the
 * user would pass to `go test -timeout`, and need their length in
 * milliseconds to put a hard backstop behind Go's own timeout.
 */

const UNITS = {
    ns: 1e-6,
    us: 1e-3,
    'µs': 1e-3,
    'μs': 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
function parseGoDuration(text, what = 'duration') {
    const s = text.trim();
    if (s === '0')
        return 0;
    const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
    let total = 0;
    let matched = 0;
    let m;
    while ((m = re.exec(s)) !== null) {
        total += Number(m[1]) * UNITS[m[2]];
        matched = re.lastIndex;
    }
    if (matched === 0 || matched !== s.length) {
        throw new errors_ConfigError(`${what}: "${text}" is not a Go duration (expected e.g. 30s, 10m, 1h30m)`);
    }
    return total;
}
/** `100x` (fixed iterations) or a Go duration (`1s`), as `-test.benchtime` accepts. */
function validateBenchtime(text) {
    const s = text.trim();
    if (/^\d+x$/.test(s)) {
        if (Number(s.slice(0, -1)) < 1)
            throw new errors_ConfigError(`benchtime: "${text}" must be at least 1x`);
        return s;
    }
    parseGoDuration(s, 'benchtime');
    return s;
}

;// CONCATENATED MODULE: ./src/config/config.ts
/**
 * The settings of a run, one shape for the Action's inputs and the CLI's
 * flags. Everything arrives as text (action inputs are strings) and is
 * validated here, so a typo fails at once with the input's name instead of
 * deep inside a measurement.
 */



const DEFAULTS = {
    workingDirectory: '.',
    packages: './...',
    bench: '.',
    count: '6',
    benchtime: '1s',
    cpu: '',
    tags: '',
    goTestFlags: '',
    timeout: '10m',
    profiles: 'memprofile,trace',
    memprofileRate: '4096',
    metrics: '',
    thresholds: '',
    floors: '',
    alpha: '0.05',
    fdr: 'true',
    failOnRegression: 'true',
    failOnBenchmarkFailure: 'true',
    maxNewEscapes: '0',
    name: 'go-runtime-gate',
};
/**
 * Splits a flags string into arguments like a POSIX shell would for quoting
 * only (no expansion, no globbing): `-gcflags='all=-N -l' -race` →
 * [`-gcflags=all=-N -l`, `-race`]. We never run a shell, so quoting is the
 * only shell feature users can rely on.
 */
function splitArgs(text, what = 'flags') {
    const args = [];
    let cur = '';
    let inArg = false;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = null;
            else if (c === '\\' && quote === '"' && i + 1 < text.length && '"\\'.includes(text[i + 1]))
                cur += text[++i];
            else
                cur += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inArg = true;
        }
        else if (c === '\\' && i + 1 < text.length) {
            cur += text[++i];
            inArg = true;
        }
        else if (/\s/.test(c)) {
            if (inArg)
                args.push(cur);
            cur = '';
            inArg = false;
        }
        else {
            cur += c;
            inArg = true;
        }
    }
    if (quote)
        throw new errors_ConfigError(`${what}: unterminated ${quote} quote in "${text}"`);
    if (inArg)
        args.push(cur);
    return args;
}
/** `a=1, b=2` or one pair per line → entries; blank and `#` lines ignored. */
function parsePairs(text, what) {
    const out = [];
    for (const raw of text.split(/[,\n]/)) {
        const item = raw.trim();
        if (!item || item.startsWith('#'))
            continue;
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new errors_ConfigError(`${what}: "${item}" is not of the form metric=value`);
        out.push([item.slice(0, eq).trim(), item.slice(eq + 1).trim()]);
    }
    return out;
}
function metricIdFor(name, what) {
    const aliases = { 'ns/op': 'time', 'B/op': 'bytes', 'allocs/op': 'allocs', 'MB/s': 'throughput' };
    const id = aliases[name] ?? name;
    if (!metricById(id)) {
        const known = builtinMetrics()
            .map((m) => m.id)
            .join(', ');
        throw new errors_ConfigError(`${what}: unknown metric "${name}" (known: ${known}, custom:<unit>)`);
    }
    return id;
}
function parseBool(text, what) {
    const t = text.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(t))
        return true;
    if (['false', 'no', '0', 'off'].includes(t))
        return false;
    throw new errors_ConfigError(`${what}: "${text}" is not true or false`);
}
function parsePercentOrNumber(text, what) {
    const t = text.trim();
    const pct = /^([0-9]*\.?[0-9]+)%$/.exec(t);
    const n = pct ? Number(pct[1]) / 100 : Number(t);
    if (!Number.isFinite(n) || n < 0 || t === '')
        throw new errors_ConfigError(`${what}: "${text}" is not a non-negative number or percentage`);
    return n;
}
function parseConfig(raw) {
    const v = { ...DEFAULTS, ...Object.fromEntries(Object.entries(raw).filter(([, x]) => x !== undefined && x !== '')) };
    const count = Number(v.count);
    if (!Number.isInteger(count) || count < 1 || count > 1000)
        throw new errors_ConfigError(`count: "${v.count}" must be a whole number from 1 to 1000`);
    const alpha = Number(v.alpha);
    if (!(alpha > 0 && alpha < 1))
        throw new errors_ConfigError(`alpha: "${v.alpha}" must be between 0 and 1`);
    const cpu = v.cpu
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
        const n = Number(s);
        if (!Number.isInteger(n) || n < 1)
            throw new errors_ConfigError(`cpu: "${s}" is not a positive whole number`);
        return n;
    });
    parseGoDuration(v.timeout, 'timeout');
    const profiles = new Set(v.profiles
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean));
    for (const p of profiles) {
        if (p !== 'memprofile' && p !== 'trace' && p !== 'none')
            throw new errors_ConfigError(`profiles: "${p}" is not memprofile, trace or none`);
    }
    const metrics = {};
    for (const [name, mode] of parsePairs(v.metrics, 'metrics')) {
        if (mode !== 'gate' && mode !== 'report' && mode !== 'off')
            throw new errors_ConfigError(`metrics: "${name}=${mode}": mode must be gate, report or off`);
        (metrics[metricIdFor(name, 'metrics')] ??= {}).mode = mode;
    }
    for (const [name, value] of parsePairs(v.thresholds, 'thresholds')) {
        (metrics[metricIdFor(name, 'thresholds')] ??= {}).threshold = parsePercentOrNumber(value, `thresholds: ${name}`);
    }
    for (const [name, value] of parsePairs(v.floors, 'floors')) {
        (metrics[metricIdFor(name, 'floors')] ??= {}).floor = parsePercentOrNumber(value, `floors: ${name}`);
    }
    const memprofileRate = Number(v.memprofileRate);
    if (!Number.isInteger(memprofileRate) || memprofileRate < 0) {
        throw new errors_ConfigError(`memprofile-rate: "${v.memprofileRate}" must be a whole number of bytes (0 = Go's default)`);
    }
    const maxNewEscapes = Number(v.maxNewEscapes);
    if (!Number.isInteger(maxNewEscapes) || maxNewEscapes < 0)
        throw new errors_ConfigError(`max-new-escapes: "${v.maxNewEscapes}" must be a whole number ≥ 0`);
    const packages = v.packages.split(/[\s,]+/).filter(Boolean);
    if (packages.length === 0)
        throw new errors_ConfigError('packages: no package pattern given');
    return {
        workingDirectory: v.workingDirectory,
        packages,
        bench: v.bench.trim() || '.',
        count,
        benchtime: validateBenchtime(v.benchtime),
        cpu,
        tags: v.tags.trim(),
        goTestFlags: splitArgs(v.goTestFlags, 'go-test-flags'),
        timeout: v.timeout.trim(),
        memprofile: profiles.has('memprofile'),
        memprofileRate,
        trace: profiles.has('trace'),
        metrics,
        alpha,
        fdr: parseBool(v.fdr, 'fdr'),
        failOnRegression: parseBool(v.failOnRegression, 'fail-on-regression'),
        failOnBenchmarkFailure: parseBool(v.failOnBenchmarkFailure, 'fail-on-benchmark-failure'),
        maxNewEscapes,
        name: v.name.trim() || DEFAULTS.name,
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/toolchain/exec.ts
/**
 * The one place that starts processes. Commands always run from an argument
 * array (never through a shell), so hostile package or benchmark names cannot
 * inject anything. Output is captured with a bound so a runaway benchmark
 * cannot exhaust memory; the tail is what explains a failure, so the tail is kept.
 */

/** Thrown when the executable itself cannot be started (ENOENT, EACCES). */
class CommandNotFoundError extends Error {
    command;
    cause;
    constructor(command, cause) {
        super(`${command}: cannot be started: ${cause?.message ?? String(cause)}`);
        this.command = command;
        this.cause = cause;
        this.name = 'CommandNotFoundError';
    }
}
const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;
class TailBuffer {
    max;
    chunks = [];
    length = 0;
    truncated = false;
    constructor(max) {
        this.max = max;
    }
    push(s) {
        this.chunks.push(s);
        this.length += s.length;
        // Compact lazily: only when we hold twice the bound, so the cost stays linear.
        if (this.length > 2 * this.max)
            this.compact();
    }
    compact() {
        const all = this.chunks.join('');
        this.chunks = [all.slice(all.length - this.max)];
        this.length = this.max;
        this.truncated = true;
    }
    toString() {
        if (this.length > this.max)
            this.compact();
        return this.chunks.join('');
    }
}
const processRunner = {
    run(command, args, options) {
        const started = performance.now();
        const max = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
        return new Promise((resolve, reject) => {
            const env = {};
            for (const [k, v] of Object.entries({ ...process.env, ...(options.env ?? {}) })) {
                if (v !== undefined)
                    env[k] = v;
            }
            let child;
            try {
                child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], { cwd: options.cwd, env, shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
            }
            catch (err) {
                reject(new CommandNotFoundError(command, err));
                return;
            }
            const out = new TailBuffer(max);
            const err = new TailBuffer(max);
            child.stdout.setEncoding('utf8');
            child.stderr.setEncoding('utf8');
            child.stdout.on('data', (d) => out.push(d));
            child.stderr.on('data', (d) => err.push(d));
            let timedOut = false;
            let timer;
            if (options.timeoutMs !== undefined) {
                timer = setTimeout(() => {
                    timedOut = true;
                    const signal = options.timeoutSignal ?? 'SIGKILL';
                    child.kill(signal);
                    if (signal !== 'SIGKILL') {
                        timer = setTimeout(() => child.kill('SIGKILL'), 5000);
                        timer.unref();
                    }
                }, options.timeoutMs);
            }
            let failedToStart = false;
            child.on('error', (e) => {
                if (timer)
                    clearTimeout(timer);
                if (e.code === 'ENOENT' || e.code === 'EACCES') {
                    failedToStart = true;
                    reject(new CommandNotFoundError(command, e));
                }
                else {
                    reject(e);
                }
            });
            child.on('close', (code, signal) => {
                if (timer)
                    clearTimeout(timer);
                if (failedToStart)
                    return;
                const stdout = out.toString();
                const stderr = err.toString();
                resolve({
                    code,
                    signal,
                    stdout,
                    stderr,
                    timedOut,
                    truncated: out.truncated || err.truncated,
                    wallMs: performance.now() - started,
                });
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/toolchain/git.ts
async function git(runner, cwd, args) {
    try {
        const res = await runner.run('git', args, { cwd, timeoutMs: 30_000 });
        return res.code === 0 ? res.stdout.trim() : null;
    }
    catch {
        return null; // git not installed: not fatal, we just know less
    }
}
async function gitInfo(runner, cwd) {
    const root = await git(runner, cwd, ['rev-parse', '--show-toplevel']);
    const commit = root ? ((await git(runner, cwd, ['rev-parse', 'HEAD'])) ?? '') : '';
    const branch = root ? ((await git(runner, cwd, ['symbolic-ref', '--quiet', 'HEAD'])) ?? '') : '';
    return { root, commit, ref: branch };
}

;// CONCATENATED MODULE: ./src/toolchain/go.ts
/**
 * What we need to know about the Go toolchain before measuring anything, and
 * the check that it is new enough: execution traces before Go 1.22 use a wire
 * format we do not read, so an older Go is refused up front rather than
 * producing "unavailable" for every trace metric later.
 */


const MIN_GO_MINOR = 22;
/** Parses `go1.26.8` / `go1.22` / `go1.23rc1` into [major, minor]; null for devel builds. */
function parseGoVersion(v) {
    const m = /^go(\d+)\.(\d+)/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2])] : null;
}
async function inspectGo(runner, cwd, goCommand = 'go') {
    let res;
    try {
        res = await runner.run(goCommand, ['env', '-json', 'GOVERSION', 'GOOS', 'GOARCH', 'GOMOD', 'GOWORK'], {
            cwd,
            timeoutMs: 60_000,
        });
    }
    catch (err) {
        if (err instanceof CommandNotFoundError) {
            throw new ToolchainError(`Go was not found on PATH (tried to run "${goCommand}"). go-runtime-gate needs Go 1.${MIN_GO_MINOR} or newer: ` +
                'add actions/setup-go before this step, or install Go locally.');
        }
        throw err;
    }
    if (res.code !== 0) {
        throw new ToolchainError(`"${goCommand} env" failed (exit ${res.code ?? res.signal}): ${res.stderr.trim()}`);
    }
    let env;
    try {
        env = JSON.parse(res.stdout);
    }
    catch {
        throw new ToolchainError(`"${goCommand} env -json" printed something that is not JSON: ${res.stdout.slice(0, 200)}`);
    }
    const version = env.GOVERSION ?? '';
    const parsed = parseGoVersion(version);
    if (parsed && (parsed[0] < 1 || (parsed[0] === 1 && parsed[1] < MIN_GO_MINOR))) {
        throw new ToolchainError(`Found ${version}, but go-runtime-gate needs Go 1.${MIN_GO_MINOR} or newer (its execution-trace format). ` +
            'Use actions/setup-go with a newer go-version.');
    }
    return {
        command: goCommand,
        version,
        goos: env.GOOS ?? '',
        goarch: env.GOARCH ?? '',
        gomod: env.GOMOD ?? '',
        gowork: env.GOWORK ?? '',
    };
}

;// CONCATENATED MODULE: ./src/discover/discover.ts
/**
 * Discover: which packages of the `packages` pattern have benchmarks, where
 * each benchmark function is declared (for annotations), and which Go module
 * they belong to. `go list` is the authority on packages; benchmark functions
 * are found by scanning the test files' declarations, which is cheap and lets us
 * skip building test binaries for packages that have nothing to measure. The
 * test binary's own `-test.list` later confirms the names.
 */



/**
 * Splits `go list -json` output (a stream of concatenated JSON objects) into
 * objects. Tracks string state so braces inside strings do not confuse depth.
 */
function splitJsonStream(text) {
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    let escaped = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c === '\\')
                escaped = true;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (c === '}') {
            depth--;
            if (depth === 0 && start >= 0) {
                out.push(JSON.parse(text.slice(start, i + 1)));
                start = -1;
            }
        }
    }
    return out;
}
const BENCH_DECL = /^func\s+(Benchmark[^\s(]*)\s*\(\s*\w+\s+\*testing\.B\s*\)/;
/**
 * Finds top-level benchmark functions in Go test source. Go requires the name
 * after `Benchmark` to start with a non-lowercase letter (or be empty); the
 * scanner applies the same rule so it agrees with `go test`.
 */
function findBenchmarkDecls(source, file) {
    const decls = [];
    const lines = source.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = BENCH_DECL.exec(lines[i]);
        if (!m)
            continue;
        const rest = m[1].slice('Benchmark'.length);
        if (rest.length > 0 && /^[a-z]/.test(rest))
            continue;
        decls.push({ name: m[1], file, line: i + 1 });
    }
    return decls;
}
async function discoverPackages(runner, opts) {
    const args = ['list', '-e', '-json=ImportPath,Dir,Name,TestGoFiles,XTestGoFiles,Module,Error'];
    if (opts.tags)
        args.push('-tags', opts.tags);
    args.push('--', ...opts.packages);
    const res = await runner.run(opts.goCommand ?? 'go', args, { cwd: opts.cwd, timeoutMs: 5 * 60_000 });
    if (res.code !== 0) {
        throw new ToolchainError(`go list ${opts.packages.join(' ')} failed in ${opts.cwd} (exit ${res.code ?? res.signal}):\n${res.stderr.trim()}`);
    }
    let listed;
    try {
        listed = splitJsonStream(res.stdout);
    }
    catch (err) {
        throw new ToolchainError(`go list printed output that is not JSON: ${err.message}`);
    }
    const found = [];
    for (const p of listed) {
        if (!p.ImportPath || !p.Dir)
            continue;
        const files = [...(p.TestGoFiles ?? []), ...(p.XTestGoFiles ?? [])];
        const benchmarks = [];
        for (const f of files) {
            const abs = external_node_path_default().join(p.Dir, f);
            const src = await (0,promises_namespaceObject.readFile)(abs, 'utf8');
            benchmarks.push(...findBenchmarkDecls(src, abs));
        }
        const pkg = {
            importPath: p.ImportPath,
            dir: p.Dir,
            name: p.Name ?? external_node_path_default().basename(p.Dir),
            moduleDir: p.Module?.Dir ?? opts.cwd,
            modulePath: p.Module?.Path ?? '',
            benchmarks,
        };
        if (p.Error?.Err)
            pkg.listError = p.Error.Err;
        found.push(pkg);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/build/build.ts
/**
 * Build: one test binary per package, built once and run many times. `go test`
 * refuses -memprofile and -trace with several packages, and rebuilding per
 * sample would measure the build cache, so per-package binaries are the only
 * sound shape. Compile errors are parsed into file:line entries so they can be
 * reported and annotated.
 */


const COMPILE_ERROR = /^(\S[^:\n]*\.go):(\d+)(?::(\d+))?: (.*)$/;
/** Extracts `file.go:line:col: message` diagnostics from `go build` / `go vet` output. */
function parseCompileErrors(output) {
    const errors = [];
    for (const raw of output.split('\n')) {
        const line = raw.replace(/\r$/, '');
        const m = COMPILE_ERROR.exec(line.trim());
        if (!m)
            continue;
        errors.push({
            file: m[1].replace(/^\.\//, ''),
            line: Number(m[2]),
            column: m[3] ? Number(m[3]) : undefined,
            message: m[4],
        });
    }
    return errors;
}
async function buildTestBinary(runner, importPath, index, opts) {
    await (0,promises_namespaceObject.mkdir)(opts.outDir, { recursive: true });
    const safe = importPath.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-80);
    const binary = external_node_path_default().join(opts.outDir, `${index}-${safe}.test${process.platform === 'win32' ? '.exe' : ''}`);
    const args = ['test', '-c', '-o', binary];
    if (opts.tags)
        args.push('-tags', opts.tags);
    args.push(...opts.goTestFlags, importPath);
    const res = await runner.run(opts.goCommand ?? 'go', args, {
        cwd: opts.cwd,
        timeoutMs: opts.timeoutMs ?? 15 * 60_000,
    });
    if (res.code === 0)
        return { importPath, binary };
    const output = (res.stderr + res.stdout).trim() || `go test -c exited with ${res.code ?? res.signal}`;
    return { importPath, output, errors: parseCompileErrors(output) };
}
function isBuildFailure(b) {
    return 'errors' in b;
}

;// CONCATENATED MODULE: ./src/parse/benchfmt.ts
/**
 * Reader and writer for Go's benchmark data format: the text `go test -bench`
 * prints, standardised in golang.org/design/14313-benchmark-format and read
 * by benchstat (golang.org/x/perf/benchfmt).
 *
 * The parser is pure (string in, records out) so it can be tested against
 * saved and live `go test` output and reused for baseline files we write
 * ourselves. It never throws on input text: benchmark output is routinely
 * interleaved with logs, stray stdout writes and failure reports, and one
 * bad line must not discard a whole run. Lines that claim to be benchmark
 * results but cannot be read become `warnings` (with file, line and column)
 * so the caller can surface them, and everything else is kept in `other`.
 *
 * Decisions where the format leaves room (each is exercised by a test):
 *
 * - Line endings: lines split on `\n`; any trailing `\r` characters are
 *   dropped (CRLF files, and CRLF files converted twice), and a leading BOM
 *   is ignored. Line numbers count `\n`-separated lines from 1.
 * - Config lines follow the spec literally: a key starting with a lowercase
 *   letter, containing no whitespace or uppercase letters, then `:` and
 *   either nothing or spaces/tabs and the value. That means lines Go itself
 *   prints such as `panic: …`, `coverage: …` or `testing: warning: …` are
 *   config lines too, exactly as benchstat sees them; consumers should key
 *   on the config they care about (goos, goarch, pkg, cpu) rather than on
 *   the whole record. A key with an empty value removes the key, which is
 *   how benchfmt models "this no longer applies".
 * - Benchmark lines start with `Benchmark` followed by end of field or a
 *   character that is not a lowercase letter. That is Go's own rule for
 *   benchmark function names (so `Benchmark_x` and `Benchmark` count,
 *   `Benchmarking …` does not); the spec's "upper case" wording is stricter
 *   than what `go test` actually runs.
 * - A line that is only a benchmark name is what `go test -v` prints when a
 *   benchmark starts (and for parents of sub-benchmarks); it goes to
 *   `other`. So does `BenchmarkX-4 \t--- FAIL: BenchmarkX-4`, which Go
 *   prints when a benchmark fails after its name was written: it reports a
 *   failure (visible in the exit status), not a malformed result.
 * - A result needs at least one value-unit pair. Go prints a bare
 *   `BenchmarkX 10` when `b.ReportMetric(0, "ns/op")` removed the only
 *   column; the spec requires four fields and benchfmt rejects it, so it is
 *   a warning here too: there is nothing to compare.
 * - Iteration counts must be non-negative integers (no sign), values use
 *   Go's `strconv.ParseFloat` syntax (decimal, hex with `p` exponent, `_`
 *   digit separators, Inf/Infinity/NaN), and a finite literal that
 *   overflows float64 is rejected as Go does. A unit that itself reads as a
 *   number is rejected: no real unit is numeric, and it almost always means
 *   a unit went missing and the pairs slid by one, so the warning points at
 *   the field that is actually wrong.
 * - GOMAXPROCS: Go appends `-N` to the name unless N is 1. A name whose last
 *   element really ends in `-digits` (`BenchmarkX/n-3` at GOMAXPROCS 1) is
 *   indistinguishable from a suffix. Without `knownProcs` we do what
 *   benchfmt does and strip any `-N` (N ≥ 1). With `knownProcs` (the `-cpu`
 *   list of the run) a suffix is stripped only when N is in that list or is
 *   1. Go never prints `-1`; our writer does, to protect names that end in
 *   digits, so `-1` is always a suffix and files we write read back the same.
 */

const PREFIX = 'Benchmark';
// Go's unicode.IsSpace is Unicode's White_Space property, and IsLower/IsUpper
// are the Ll/Lu categories; the spec defines fields and keys with these.
const FIELD = /[^\p{White_Space}]+/gu;
const LOWER_START = /^\p{Ll}/u;
const CONFIG_LINE = /^(\p{Ll}[^\p{White_Space}\p{Lu}:]*):(?:$|[ \t]+([^]*)$)/u;
const HAS_WHITESPACE = /\p{White_Space}/u;
const PROCS_SUFFIX = /-(\d+)$/;
const DIGITS = /^\d+$/;
/** The word after `---` in Go's `--- FAIL:`, `--- SKIP:`, `--- BENCH:` markers. */
const STATUS_WORD = /^[A-Z]+:$/;
// strconv.ParseFloat syntax. `_` may only sit between digits (or right after
// a 0x prefix), which is Go's rule for digit separators.
const DEC_FLOAT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]((?:_?[0-9a-fA-F](?:_?[0-9a-fA-F])*)?)(?:\.((?:[0-9a-fA-F](?:_?[0-9a-fA-F])*)?))?[pP]([+-]?\d(?:_?\d)*)$/;
const INF = /^([+-]?)inf(?:inity)?$/i;
const NAN = /^nan$/i;
/**
 * Parses `go test -bench` output (or any file in Go's benchmark format).
 * `fileName` is only used in warnings.
 */
function parseBenchmarkOutput(text, fileName, options = {}) {
    const known = knownProcsSet(options.knownProcs);
    const benchmarks = [];
    const warnings = [];
    const other = [];
    // A Map keeps insertion order and cannot collide with Object.prototype
    // names. `snapshot` caches its object form until the next config line;
    // each benchmark still gets its own copy so a caller annotating one
    // line's config cannot change another's.
    const config = new Map();
    let snapshot;
    const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
    // A final newline terminates the last line; it does not start a new one.
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        const line = stripTrailingCR(lines[i]);
        if (isBenchmarkStart(line)) {
            const parsed = parseResultLine(line, lineNo, fileName, known);
            if (parsed.kind === 'result') {
                snapshot ??= Object.fromEntries(config);
                const { name, procs, iterations, values } = parsed.result;
                benchmarks.push({ name, procs, iterations, values, config: Object.assign({}, snapshot), line: lineNo });
            }
            else if (parsed.kind === 'warning') {
                warnings.push(parsed.warning);
            }
            else {
                other.push(line);
            }
            continue;
        }
        const kv = CONFIG_LINE.exec(line);
        if (kv) {
            const value = kv[2] ?? '';
            if (value === '')
                config.delete(kv[1]);
            else
                config.set(kv[1], value);
            snapshot = undefined;
            continue;
        }
        if (line.trim() !== '')
            other.push(line);
    }
    return { benchmarks, config: Object.fromEntries(config), warnings, other };
}
/**
 * Formats one result as a benchmark line (tab-separated, no padding). The
 * `-N` suffix is written when procs is not 1, and also when the name itself
 * ends in `-digits`, so that the name cannot be mistaken for a suffix when
 * read back. Throws RangeError for a record the format cannot represent
 * (whitespace in a name or unit, no values, …) rather than writing a file
 * that would read back differently.
 */
function formatBenchmarkLine(b) {
    if (!isBenchmarkStart(b.name) || HAS_WHITESPACE.test(b.name)) {
        throw new RangeError(`benchmark name ${JSON.stringify(b.name)} must start with "Benchmark" and contain no whitespace`);
    }
    if (!Number.isSafeInteger(b.procs) || b.procs < 1) {
        throw new RangeError(`procs of ${b.name} must be a positive integer, got ${b.procs}`);
    }
    if (!Number.isSafeInteger(b.iterations) || b.iterations < 0) {
        throw new RangeError(`iterations of ${b.name} must be a non-negative integer, got ${b.iterations}`);
    }
    if (b.values.length === 0) {
        throw new RangeError(`${b.name} has no values; a benchmark line needs at least one value-unit pair`);
    }
    const suffix = b.procs !== 1 || PROCS_SUFFIX.test(b.name) ? `-${b.procs}` : '';
    let out = `${b.name}${suffix}\t${b.iterations}`;
    for (const { value, unit } of b.values) {
        if (unit === '' || HAS_WHITESPACE.test(unit) || parseGoFloat(unit) !== undefined) {
            throw new RangeError(`unit ${JSON.stringify(unit)} of ${b.name} must be non-empty, without whitespace, and not a number`);
        }
        out += `\t${formatGoFloat(value)} ${unit}`;
    }
    return out;
}
/**
 * Formats results as a complete benchmark file: before each result whose
 * config differs from the one in effect, it writes the changed keys
 * (`key: value`) and removed keys (`key:`), then a blank line, the layout
 * benchfmt's writer uses. Parsing the output yields the same benchmarks
 * (line numbers aside).
 */
function formatBenchmarkOutput(benchmarks) {
    let current = new Map();
    let out = '';
    for (const b of benchmarks) {
        const next = new Map(Object.entries(b.config).filter(([, v]) => v !== ''));
        let block = '';
        for (const key of current.keys()) {
            if (!next.has(key))
                block += `${key}:\n`;
        }
        for (const [key, value] of next) {
            if (current.get(key) === value)
                continue;
            checkConfigEntry(key, value);
            block += `${key}: ${value}\n`;
        }
        if (block !== '') {
            if (out !== '')
                out += '\n';
            out += `${block}\n`;
        }
        current = next;
        out += `${formatBenchmarkLine(b)}\n`;
    }
    return out;
}
function parseResultLine(line, lineNo, fileName, known) {
    const fields = [];
    FIELD.lastIndex = 0;
    for (let m = FIELD.exec(line); m !== null; m = FIELD.exec(line))
        fields.push({ text: m[0], column: m.index + 1 });
    // `go test -v` announces each benchmark (and each parent of
    // sub-benchmarks) with its bare name; that is progress, not a result.
    if (fields.length === 1 && fields[0].text.length === line.length)
        return { kind: 'other' };
    // Failure/skip markers printed after the name Go had already written.
    if (fields.length >= 3 && fields[1].text === '---' && STATUS_WORD.test(fields[2].text))
        return { kind: 'other' };
    const warn = (column, expected, detail) => ({
        kind: 'warning',
        warning: new InputError(fileName, { line: lineNo, column: codePointColumn(line, column) }, expected, detail),
    });
    const endColumn = line.length + 1;
    const iters = fields[1];
    if (!iters)
        return warn(endColumn, 'an iteration count after the benchmark name', 'the line ends after the name');
    if (!DIGITS.test(iters.text) || !Number.isSafeInteger(Number(iters.text))) {
        return warn(iters.column, 'an iteration count (a non-negative integer) after the benchmark name', `got ${quote(iters.text)}`);
    }
    if (fields.length === 2) {
        return warn(endColumn, 'at least one value-unit pair after the iteration count', 'Go prints a bare count when b.ReportMetric(0, "ns/op") removed the only column');
    }
    const values = [];
    for (let i = 2; i < fields.length; i += 2) {
        const v = fields[i];
        const value = parseGoFloat(v.text);
        if (value === undefined)
            return warn(v.column, 'a numeric value', `got ${quote(v.text)}`);
        if (value === 'overflow')
            return warn(v.column, 'a value within float64 range', `got ${quote(v.text)}`);
        const u = fields[i + 1];
        if (!u)
            return warn(endColumn, `a unit after the value ${v.text}`, 'the line has an odd number of value and unit fields');
        if (parseGoFloat(u.text) !== undefined)
            return warn(u.column, `a unit after the value ${v.text}`, `got the number ${quote(u.text)}`);
        values.push({ value, unit: u.text });
    }
    const { name, procs } = splitProcs(fields[0].text, known);
    return { kind: 'result', result: { name, procs, iterations: Number(iters.text), values } };
}
function splitProcs(full, known) {
    const m = PROCS_SUFFIX.exec(full);
    if (m) {
        const n = Number(m[1]);
        if (Number.isSafeInteger(n) && n >= 1 && (!known || n === 1 || known.has(n))) {
            return { name: full.slice(0, m.index), procs: n };
        }
    }
    return { name: full, procs: 1 };
}
function isBenchmarkStart(s) {
    return s.startsWith(PREFIX) && !LOWER_START.test(s.slice(PREFIX.length));
}
function knownProcsSet(list) {
    if (list === undefined)
        return undefined;
    for (const n of list) {
        if (!Number.isSafeInteger(n) || n < 1)
            throw new errors_ConfigError(`knownProcs must be positive integers, got ${n}`);
    }
    return new Set(list);
}
function checkConfigEntry(key, value) {
    const m = CONFIG_LINE.exec(`${key}: ${value}`);
    if (!m || m[1] !== key || (m[2] ?? '') !== value || value.includes('\n') || value.endsWith('\r')) {
        throw new RangeError(`config ${JSON.stringify(key)}: ${JSON.stringify(value)} cannot be written as a config line`);
    }
}
function stripTrailingCR(line) {
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) === 13)
        end--;
    return end === line.length ? line : line.slice(0, end);
}
/** Column in code points, which is what an editor shows, from a 1-based UTF-16 index. */
function codePointColumn(line, utf16Column) {
    let column = 1;
    for (let i = 0; i < utf16Column - 1 && i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
            const d = line.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
        column++;
    }
    return column;
}
function quote(s) {
    return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}
/**
 * Reads a number the way Go's strconv.ParseFloat does, so we accept exactly
 * the files benchstat accepts. Returns undefined for bad syntax and
 * 'overflow' for a finite literal beyond float64 (Go reports "value out of
 * range" for those; an Inf we made up would poison every statistic).
 */
function parseGoFloat(s) {
    if (DEC_FLOAT.test(s)) {
        const v = Number(s.replaceAll('_', ''));
        return Number.isFinite(v) ? v : 'overflow';
    }
    const inf = INF.exec(s);
    if (inf)
        return inf[1] === '-' ? -Infinity : Infinity;
    if (NAN.test(s))
        return NaN;
    const hex = HEX_FLOAT.exec(s);
    if (hex && (hex[2] !== '' || (hex[3] ?? '') !== '')) {
        const v = hexFloat(hex[2].replaceAll('_', ''), (hex[3] ?? '').replaceAll('_', ''), hex[4].replaceAll('_', ''));
        if (!Number.isFinite(v))
            return 'overflow';
        return hex[1] === '-' ? -v : v;
    }
    return undefined;
}
/**
 * Value of a hex float 0x<int>.<frac>p<exp>. The mantissa is reduced to 64
 * bits plus a sticky bit before conversion so that the rounding to 53 bits
 * is correct; only results in the subnormal range can be off by one ulp.
 */
function hexFloat(intDigits, fracDigits, expDigits) {
    let mantissa = BigInt(`0x0${intDigits}${fracDigits}`);
    if (mantissa === 0n)
        return 0;
    // Exponents beyond ±100000 saturate the result anyway; clamping keeps the
    // scaling loop short for absurd inputs.
    let exp = Math.max(-100000, Math.min(100000, Number(expDigits))) - 4 * fracDigits.length;
    const bits = mantissa.toString(2).length;
    if (bits > 64) {
        const shift = BigInt(bits - 64);
        const sticky = mantissa & ((1n << shift) - 1n) ? 1n : 0n;
        mantissa = (mantissa >> shift) | sticky;
        exp += bits - 64;
    }
    let v = Number(mantissa);
    while (exp > 1000) {
        v *= 2 ** 1000;
        exp -= 1000;
    }
    while (exp < -1000) {
        v *= 2 ** -1000;
        exp += 1000;
    }
    return v * 2 ** exp;
}
/**
 * Shortest text that reads back as the same float64, in a form Go's
 * ParseFloat accepts (JavaScript's `1e+21`, `5e-7` are fine; Infinity and
 * -0 need Go's spelling).
 */
function formatGoFloat(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return '+Inf';
    if (v === -Infinity)
        return '-Inf';
    if (Object.is(v, -0))
        return '-0';
    return String(v);
}

;// CONCATENATED MODULE: ./src/measure/pattern.ts
/**
 * `-test.bench` patterns. Go splits the pattern on slashes that are not inside
 * brackets or parentheses and matches one element per sub-benchmark level; to
 * run exactly one leaf we anchor and quote every element of its name.
 */
/** Quotes RE2 metacharacters so the text matches itself literally. */
function quoteRegexp(text) {
    return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
/** Splits a `-test.bench` pattern into its per-level elements, as Go does. */
function splitBenchPattern(pattern) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[' || c === '(')
            depth++;
        else if ((c === ']' || c === ')') && depth > 0)
            depth--;
        else if (c === '/' && depth === 0) {
            parts.push(pattern.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(pattern.slice(start));
    return parts;
}
/** Pattern that selects exactly the benchmark named `name` (`BenchmarkX/a=1/b`). */
function exactBenchPattern(name) {
    return name
        .split('/')
        .map((el) => `^${quoteRegexp(el)}$`)
        .join('/');
}
/**
 * Pattern for the discovery run of top-level benchmark `top`: anchored at the
 * top level, with the user's sub-level elements (if any) kept as they are.
 */
function discoveryPattern(top, userPattern) {
    const rest = splitBenchPattern(userPattern).slice(1);
    return [`^${quoteRegexp(top)}$`, ...rest].join('/');
}

;// CONCATENATED MODULE: ./src/measure/failure.ts
const OUTPUT_TAIL = 6000;
function tail(text, n = OUTPUT_TAIL) {
    return text.length > n ? '…' + text.slice(text.length - n) : text;
}
function firstLineMatching(text, re) {
    for (const line of text.split('\n'))
        if (re.test(line))
            return line.trim();
    return undefined;
}
/** The lines of a `--- FAIL: name` block (indented log lines after it). */
function failBlock(text) {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => /^\s*--- FAIL: /.test(l));
    if (i < 0)
        return undefined;
    const body = [lines[i].trim()];
    for (let j = i + 1; j < lines.length && /^\s{4,}/.test(lines[j]) && body.length < 6; j++)
        body.push(lines[j].trim());
    return body.join(' ');
}
function isSkipped(output) {
    return /^\s*--- SKIP: /m.test(output);
}
/**
 * Classifies a finished benchmark process that produced no result line or
 * exited non-zero. `timeoutText` is the user's timeout, for the message.
 */
function classifyFailure(res, timeoutText) {
    const output = (res.stdout + (res.stderr ? '\n' + res.stderr : '')).trim();
    if (res.timedOut || /^panic: test timed out after/m.test(output)) {
        return {
            kind: 'timeout',
            message: `exceeded the timeout of ${timeoutText}` + (res.timedOut ? ' and was stopped (goroutine stacks in the output)' : ''),
            output: tail(output),
        };
    }
    const panicLine = firstLineMatching(output, /^(panic: |fatal error: )/);
    if (panicLine)
        return { kind: 'panic', message: panicLine, output: tail(output) };
    const fail = failBlock(output);
    if (fail)
        return { kind: 'failed', message: fail, output: tail(output) };
    if (res.code !== 0) {
        return {
            kind: 'failed',
            message: `exited with ${res.code !== null ? `status ${res.code}` : `signal ${res.signal}`}`,
            output: tail(output),
        };
    }
    return { kind: 'no-result', message: 'printed no benchmark result line', output: tail(output) };
}

;// CONCATENATED MODULE: ./src/measure/measure.ts
/**
 * Measure: every sample is its own process running exactly one leaf benchmark,
 * so that the heap profile and the execution trace a process writes belong to
 * that benchmark alone. Samples are interleaved round-robin (A B C A B C …)
 * rather than grouped (A A A B B B …), so slow drift of the machine — thermal
 * state, a noisy neighbour — spreads over all benchmarks instead of biasing one.
 */







function relativeToRoot(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel.split((external_node_path_default()).sep).join('/');
}
function slug(text) {
    return text.replace(/[^A-Za-z0-9._=-]+/g, '_').slice(0, 60);
}
function emptyResult(t, name, procs, root) {
    const top = name.split('/')[0];
    const decl = t.declarations.find((d) => d.name === top);
    const r = { package: t.importPath, name, procs, samples: [], metrics: {}, unavailable: {} };
    if (decl) {
        r.file = relativeToRoot(root, decl.file);
        r.line = decl.line;
    }
    return r;
}
async function measure(runner, targets, opts) {
    const [outcome] = await measureSides(runner, [{ targets, artifactsDir: opts.artifactsDir, repoRoot: opts.repoRoot }], opts);
    return outcome;
}
/**
 * Measures several sides (A/B mode: the merge-base and the head) in one
 * schedule. Leaves are matched across sides by package, name and -cpu; each
 * round runs every leaf once per side, the sides of one leaf back to back so
 * that they see the same machine state. The order of the sides rotates every
 * round (round 0: base, head; round 1: head, base; …): a leaf measured right
 * after its twin may gain or lose from it (page cache, CPU frequency), and
 * alternating who goes first cancels that over an even `count` instead of
 * biasing one side. With one side this is exactly the round-robin above.
 * A leaf present on one side only is measured on that side only.
 * `opts.artifactsDir` and `opts.repoRoot` are ignored in favour of each side's.
 */
async function measureSides(runner, sides, opts) {
    const log = opts.log ?? (() => { });
    const timeoutMs = parseGoDuration(opts.timeout, 'timeout');
    // A test binary's -test.timeout covers tests only, not benchmarks (testing
    // stops its alarm before running them), so the timeout is ours to enforce.
    // Like `go test`, we send SIGQUIT so Go prints every goroutine's stack.
    const killAfterMs = timeoutMs > 0 ? timeoutMs : undefined;
    const outcomes = sides.map(() => ({ benchmarks: [], cpuModel: '', warnings: [], processes: 0 }));
    const multi = sides.length > 1;
    const label = (s) => (multi ? (s === 0 ? '[base] ' : s === 1 ? '[head] ' : `[side ${s}] `) : '');
    const runBinary = async (s, t, args) => {
        outcomes[s].processes++;
        return runner.run(t.binary, args, { cwd: t.dir, timeoutMs: killAfterMs, timeoutSignal: 'SIGQUIT', env: opts.env });
    };
    const noteConfig = (s, lines) => {
        if (!outcomes[s].cpuModel && lines.config.cpu)
            outcomes[s].cpuModel = lines.config.cpu;
    };
    // 1. Per side: top-level benchmarks per binary, then their leaves from a one-iteration run.
    const leavesBySide = [];
    const failedBySide = [];
    const topPattern = splitBenchPattern(opts.bench)[0] || '.';
    for (const [s, side] of sides.entries()) {
        const leaves = [];
        const failed = [];
        leavesBySide.push(leaves);
        failedBySide.push(failed);
        for (const t of side.targets) {
            const listed = await runBinary(s, t, [`-test.list=${topPattern}`]);
            if (listed.code !== 0) {
                const f = emptyResult(t, '(list)', 1, side.repoRoot);
                f.failure = classifyFailure(listed, opts.timeout);
                failed.push(f);
                continue;
            }
            const tops = listed.stdout
                .split('\n')
                .map((l) => l.trim())
                .filter((l) => /^Benchmark($|[^a-z])/.test(l));
            for (const top of tops) {
                const args = [
                    '-test.run=^$',
                    `-test.bench=${discoveryPattern(top, opts.bench)}`,
                    '-test.benchtime=1x',
                    '-test.count=1',
                    '-test.cpu=1',
                    `-test.timeout=${opts.timeout}`,
                ];
                const res = await runBinary(s, t, args);
                const parsed = parseBenchmarkOutput(res.stdout, `${t.importPath} ${top} (discovery)`, { knownProcs: [1] });
                noteConfig(s, parsed);
                if (res.code !== 0 || res.timedOut) {
                    const f = emptyResult(t, top, 1, side.repoRoot);
                    f.failure = classifyFailure(res, opts.timeout);
                    failed.push(f);
                    log(`✗ ${label(s)}${t.importPath} ${top}: ${f.failure.message}`);
                    continue;
                }
                if (parsed.benchmarks.length === 0) {
                    if (isSkipped(res.stdout)) {
                        outcomes[s].warnings.push(`${t.importPath} ${top} was skipped (b.Skip) and is not measured.`);
                    }
                    else if (res.stdout.includes(`--- BENCH`) || res.stdout.trim() !== 'PASS') {
                        const f = emptyResult(t, top, 1, side.repoRoot);
                        f.failure = classifyFailure(res, opts.timeout);
                        failed.push(f);
                    }
                    continue;
                }
                const seen = new Set();
                for (const line of parsed.benchmarks) {
                    if (seen.has(line.name))
                        continue;
                    seen.add(line.name);
                    const cpus = opts.cpu.length ? opts.cpu : [undefined];
                    for (const cpu of cpus) {
                        leaves.push({ target: t, name: line.name, cpu, result: emptyResult(t, line.name, cpu ?? 0, side.repoRoot) });
                    }
                }
            }
        }
    }
    // Group the same leaf of every side, in the order the first side lists
    // them, then leaves only later sides have.
    const groups = new Map();
    leavesBySide.forEach((leaves, s) => {
        for (const leaf of leaves) {
            const key = `${leaf.target.importPath}\u0000${leaf.name}\u0000${leaf.cpu ?? ''}`;
            let g = groups.get(key);
            if (!g)
                groups.set(key, (g = new Array(sides.length).fill(undefined)));
            g[s] = leaf;
        }
    });
    const sideOf = new Map();
    leavesBySide.forEach((leaves, s) => leaves.forEach((l) => sideOf.set(l, s)));
    // 2. count rounds, each running every leaf once per side.
    let order = 0;
    const alive = new Set(leavesBySide.flat());
    for (let round = 0; round < opts.count; round++) {
        for (const group of groups.values()) {
            for (let k = 0; k < sides.length; k++) {
                const s = (k + round) % sides.length;
                const leaf = group[s];
                if (!leaf || !alive.has(leaf))
                    continue;
                const side = sides[s];
                const sampleDir = external_node_path_default().join(side.artifactsDir, `${slug(leaf.target.importPath.split('/').pop() ?? 'pkg')}-${slug(leaf.name)}${leaf.cpu ? `-${leaf.cpu}` : ''}-${round}`);
                const args = [
                    '-test.run=^$',
                    `-test.bench=${exactBenchPattern(leaf.name)}`,
                    '-test.benchmem',
                    '-test.count=1',
                    `-test.benchtime=${opts.benchtime}`,
                    `-test.timeout=${opts.timeout}`,
                ];
                if (leaf.cpu !== undefined)
                    args.push(`-test.cpu=${leaf.cpu}`);
                const artifacts = {};
                if (opts.memprofile || opts.trace)
                    await (0,promises_namespaceObject.mkdir)(sampleDir, { recursive: true });
                if (opts.memprofile) {
                    const p = external_node_path_default().join(sampleDir, 'mem.pprof');
                    args.push(`-test.memprofile=${p}`);
                    if (opts.memprofileRate)
                        args.push(`-test.memprofilerate=${opts.memprofileRate}`);
                    artifacts.memprofile = external_node_path_default().relative(side.artifactsDir, p);
                }
                if (opts.trace) {
                    const p = external_node_path_default().join(sampleDir, 'trace.out');
                    args.push(`-test.trace=${p}`);
                    artifacts.trace = external_node_path_default().relative(side.artifactsDir, p);
                }
                const res = await runBinary(s, leaf.target, args);
                const parsed = parseBenchmarkOutput(res.stdout, `${leaf.target.importPath} ${leaf.name}`, {
                    knownProcs: leaf.cpu !== undefined ? [leaf.cpu] : undefined,
                });
                noteConfig(s, parsed);
                let line = parsed.benchmarks.find((b) => b.name === leaf.name && (leaf.cpu === undefined || b.procs === leaf.cpu));
                // With GOMAXPROCS 1 Go prints no suffix, so a name ending in -N (`size-10`)
                // may have been read as procs N; accept that reading of the same text.
                line ??= parsed.benchmarks.find((b) => `${b.name}-${b.procs}` === leaf.name && leaf.cpu === undefined);
                if (line && line.name !== leaf.name)
                    line = { ...line, name: leaf.name, procs: 1 };
                if (res.code !== 0 || res.timedOut || !line) {
                    leaf.result.failure = classifyFailure(res, opts.timeout);
                    alive.delete(leaf);
                    log(`✗ ${label(s)}${leaf.target.importPath} ${leaf.name}: ${leaf.result.failure.message}`);
                    continue;
                }
                if (leaf.result.procs === 0)
                    leaf.result.procs = line.procs;
                const values = {};
                for (const v of line.values)
                    values[v.unit] = v.value;
                leaf.result.samples.push({ order: order++, iterations: line.iterations, values, artifacts, wallMs: Math.round(res.wallMs) });
                for (const v of line.values) {
                    const id = metricForUnit(v.unit).id;
                    (leaf.result.metrics[id] ??= []).push(v.value);
                }
            }
        }
        const measured = sides.map((_, s) => [...alive].filter((l) => sideOf.get(l) === s).length);
        log(`round ${round + 1}/${opts.count}: ${multi ? measured.map((n, s) => `${label(s).trim()} ${n}`).join(', ') : measured[0]} benchmark(s) measured`);
    }
    sides.forEach((_, s) => {
        const benchmarks = [...leavesBySide[s].map((l) => l.result), ...failedBySide[s]];
        for (const b of benchmarks)
            if (b.procs === 0)
                b.procs = 1;
        outcomes[s].benchmarks = benchmarks;
    });
    return outcomes;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/result/confighash.ts
/**
 * The configuration hash: a baseline is only comparable with a run that
 * measured the same quantities. Two runs whose hashes differ measured different
 * things (other packages, another benchtime, a build tag that swaps an
 * implementation, profiling on or off), and the store never pairs them.
 */

/**
 * Every field of MeasureConfig is classified here, and the `Record<keyof …>`
 * type makes adding a field to MeasureConfig a compile error until someone
 * decides whether it changes what is measured. Forgetting that decision would
 * either split baselines needlessly or silently compare unlike runs.
 *
 * Excluded, and why:
 * - `count` is how many samples are taken. More samples narrow the confidence
 *   interval of the same quantity; they do not change the quantity. A baseline
 *   recorded with count 10 is a perfectly good reference for a PR run with
 *   count 6, and teams do tune count without wanting to lose their baseline.
 * - `timeout` only decides when a process is killed. A benchmark that finishes
 *   measures the same thing under any timeout; one that does not is recorded as
 *   failed, which the comparison reports on its own.
 *
 * Included: everything that selects the code that runs (`packages`, `bench`,
 * `tags`, `goTestFlags`), how it runs (`benchtime`, which also changes b.N and
 * so per-op amortisation; `cpu`, which sets GOMAXPROCS), and the
 * instrumentation that perturbs the measurement (`memprofile` sampling,
 * `trace` overhead and the metrics that exist only with it).
 */
const HASHED = {
    packages: true,
    bench: true,
    benchtime: true,
    cpu: true,
    tags: true,
    goTestFlags: true,
    memprofile: true,
    memprofileRate: true,
    trace: true,
    count: false,
    timeout: false,
};
/** Fields that go into the hash, in a fixed order (independent of the object's key order). */
const CONFIG_HASH_FIELDS = Object.keys(HASHED).filter((k) => HASHED[k]).sort();
function sortedUnique(values, compare) {
    return [...new Set(values)].sort(compare);
}
/**
 * The canonical form of the hashed settings. Lists that are sets in meaning
 * are normalised so that equivalent spellings share a baseline: the package
 * list and the -cpu list (`./a ./b` and `./b ./a` measure the same thing), and
 * build tags, which Go accepts comma- or space-separated in any order.
 * `goTestFlags` keeps its order: flags are positional and a later one can
 * override an earlier one.
 */
function canonicalConfig(config) {
    const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    const canonical = {
        packages: sortedUnique(config.packages.map((p) => p.trim()).filter(Boolean), byCodeUnit),
        bench: config.bench,
        benchtime: config.benchtime.trim(),
        cpu: sortedUnique(config.cpu, (a, b) => a - b),
        tags: sortedUnique(config.tags.split(/[\s,]+/).filter(Boolean), byCodeUnit),
        goTestFlags: [...config.goTestFlags],
        memprofile: config.memprofile,
        // Absent in configurations written before it existed: JSON drops undefined,
        // so their hashes (and the baselines keyed by them) stay the same.
        memprofileRate: config.memprofile ? config.memprofileRate : undefined,
        trace: config.trace,
    };
    return Object.fromEntries(CONFIG_HASH_FIELDS.map((k) => [k, canonical[k]]));
}
/**
 * 12 hex characters of SHA-256 over the canonical settings. 48 bits make an
 * accidental collision between the handful of configurations one repository
 * uses negligible, while keeping cache keys and file names short. The `v1:`
 * prefix lets a future change to the canonical form start fresh hashes rather
 * than collide with old ones.
 */
function configHash(config) {
    const text = 'go-runtime-gate/config-hash/v1:' + JSON.stringify(canonicalConfig(config));
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex').slice(0, 12);
}

;// CONCATENATED MODULE: ./src/result/types.ts
/**
 * RunResult: the one document a measurement produces and a baseline stores.
 * Schema version 1. Readers must accept every older version (migrating it) and
 * refuse newer ones with the reason; see `result/io.ts`.
 */
const RUN_RESULT_SCHEMA = 'go-runtime-gate/run-result';
const RUN_RESULT_VERSION = 1;
/** A benchmark's identity across runs: package, name and procs. */
function benchmarkKey(b) {
    return `${b.package}\u0000${b.name}\u0000${b.procs}`;
}
/** How a benchmark is shown to people: `pkg.Name-procs` like `go test` prints it (procs only when >1). */
function benchmarkDisplayName(b) {
    return b.procs > 1 ? `${b.name}-${b.procs}` : b.name;
}

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's identity, recorded in every RunResult and Report. */
const TOOL_NAME = 'go-runtime-gate';
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/trace/varint.ts
/**
 * Unsigned LEB128 varints as the trace writes them.
 *
 * The runtime writes 64-bit values; JavaScript numbers hold 53 bits exactly.
 * Values are interpreted the way Go's reader does for IDs (as int64), and
 * returned canonically: a `number` when that int64 is a safe integer (nearly
 * always, and the fast path), otherwise a `bigint`. Canonical form matters
 * because IDs are used as Map keys: `2^64-1` (the runtime's "no thread")
 * becomes -1, and an ID above 2^53 is always the same bigint, never a rounded
 * number that could collide with another ID.
 *
 * Non-minimal encodings (e.g. 0x80 0x00 for 0) are accepted, as Go accepts
 * them; more than 10 bytes, or a 10th byte above 1, is an overflow.
 */
/** Thrown (and converted to an InputError by the caller, which knows the file). */
class VarintError extends Error {
    offset;
    reason;
    constructor(offset, reason) {
        super(reason === 'truncated' ? 'varint runs past the end of its data' : 'varint overflows 64 bits');
        this.offset = offset;
        this.reason = reason;
    }
}
const TWO_POW_7 = 128;
/**
 * Cursor over a byte range. `pos` is public so callers can record offsets for
 * error messages without a getter call in the hot loop.
 */
class ByteCursor {
    buf;
    pos;
    end;
    constructor(buf, pos, end) {
        this.buf = buf;
        this.pos = pos;
        this.end = end;
    }
    remaining() {
        return this.end - this.pos;
    }
    byte() {
        if (this.pos >= this.end)
            throw new VarintError(this.pos, 'truncated');
        return this.buf[this.pos++];
    }
    /** Reads one varint, returned canonically (see the module comment). */
    uvarint() {
        const buf = this.buf;
        let p = this.pos;
        const end = this.end;
        // Fast path: up to 7 bytes (49 bits) fit a double exactly with plain arithmetic.
        let result = 0;
        let mul = 1;
        for (let i = 0; i < 7; i++) {
            if (p >= end)
                throw new VarintError(this.pos, 'truncated');
            const b = buf[p++];
            if (b < 0x80) {
                this.pos = p;
                return result + b * mul;
            }
            result += (b & 0x7f) * mul;
            mul *= TWO_POW_7;
        }
        return this.slowUvarint();
    }
    slowUvarint() {
        const start = this.pos;
        let p = start;
        let v = 0n;
        let shift = 0n;
        for (let i = 0; i < 10; i++) {
            if (p >= this.end)
                throw new VarintError(start, 'truncated');
            const b = this.buf[p++];
            if (i === 9 && b > 1)
                throw new VarintError(start, 'overflow');
            v |= BigInt(b & 0x7f) << shift;
            if (b < 0x80) {
                this.pos = p;
                return canonical(v);
            }
            shift += 7n;
        }
        throw new VarintError(start, 'overflow');
    }
    /** A varint that must be a non-negative safe integer (a length or count). */
    length() {
        const at = this.pos;
        const v = this.uvarint();
        if (typeof v !== 'number' || v < 0)
            throw new VarintError(at, 'overflow');
        return v;
    }
}
/** int64 interpretation, as a number when safe. */
function canonical(v) {
    const s = BigInt.asIntN(64, v);
    if (s >= BigInt(Number.MIN_SAFE_INTEGER) && s <= BigInt(Number.MAX_SAFE_INTEGER))
        return Number(s);
    return s;
}
/** A time or value as a double (Go converts uint64 to float64 the same way: round to nearest). */
function toFloat(v) {
    if (typeof v === 'number')
        return v < 0 ? v + 18446744073709551616 : v;
    return Number(BigInt.asUintN(64, v));
}
/** Encodes an unsigned value as LEB128 (used by tests and fixtures). */
function encodeUvarint(value, out) {
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
        out.push(Number(v & 0x7fn) | 0x80);
        v >>= 7n;
    }
    out.push(Number(v));
}

;// CONCATENATED MODULE: ./src/trace/wire.ts
/**
 * The Go execution-trace wire format (Go 1.22+, "v2"), as a table.
 *
 * All format knowledge lives here: event type numbers, their argument lists,
 * which arguments are stack or string IDs, which event ends a range, and the
 * first trace version that may contain each event. The reader consumes this
 * table; supporting a new Go version should mean adding rows and a version
 * entry, not editing reader logic.
 *
 * Written from reading Go's `internal/trace/tracev2` and the runtime's trace
 * writer; the numbers are the wire values and must never be renumbered.
 */
/** Wire versions this reader understands (Go 1.24 writes 23). */
const SUPPORTED_VERSIONS = [22, 23, 25, 26];
/** Header is `go 1.NN trace` padded with NULs to 16 bytes. */
const HEADER_LENGTH = 16;
/**
 * Limits the runtime itself never exceeds. Enforcing them is what bounds memory
 * on hostile input: no length read from the file can make us allocate more.
 */
const MAX_BATCH_SIZE = 64 << 10;
const MAX_FRAMES_PER_STACK = 128;
const MAX_STRING_SIZE = 1 << 10;
var Ev;
(function (Ev) {
    Ev[Ev["None"] = 0] = "None";
    Ev[Ev["EventBatch"] = 1] = "EventBatch";
    Ev[Ev["Stacks"] = 2] = "Stacks";
    Ev[Ev["Stack"] = 3] = "Stack";
    Ev[Ev["Strings"] = 4] = "Strings";
    Ev[Ev["String"] = 5] = "String";
    Ev[Ev["CPUSamples"] = 6] = "CPUSamples";
    Ev[Ev["CPUSample"] = 7] = "CPUSample";
    Ev[Ev["Frequency"] = 8] = "Frequency";
    Ev[Ev["ProcsChange"] = 9] = "ProcsChange";
    Ev[Ev["ProcStart"] = 10] = "ProcStart";
    Ev[Ev["ProcStop"] = 11] = "ProcStop";
    Ev[Ev["ProcSteal"] = 12] = "ProcSteal";
    Ev[Ev["ProcStatus"] = 13] = "ProcStatus";
    Ev[Ev["GoCreate"] = 14] = "GoCreate";
    Ev[Ev["GoCreateSyscall"] = 15] = "GoCreateSyscall";
    Ev[Ev["GoStart"] = 16] = "GoStart";
    Ev[Ev["GoDestroy"] = 17] = "GoDestroy";
    Ev[Ev["GoDestroySyscall"] = 18] = "GoDestroySyscall";
    Ev[Ev["GoStop"] = 19] = "GoStop";
    Ev[Ev["GoBlock"] = 20] = "GoBlock";
    Ev[Ev["GoUnblock"] = 21] = "GoUnblock";
    Ev[Ev["GoSyscallBegin"] = 22] = "GoSyscallBegin";
    Ev[Ev["GoSyscallEnd"] = 23] = "GoSyscallEnd";
    Ev[Ev["GoSyscallEndBlocked"] = 24] = "GoSyscallEndBlocked";
    Ev[Ev["GoStatus"] = 25] = "GoStatus";
    Ev[Ev["STWBegin"] = 26] = "STWBegin";
    Ev[Ev["STWEnd"] = 27] = "STWEnd";
    Ev[Ev["GCActive"] = 28] = "GCActive";
    Ev[Ev["GCBegin"] = 29] = "GCBegin";
    Ev[Ev["GCEnd"] = 30] = "GCEnd";
    Ev[Ev["GCSweepActive"] = 31] = "GCSweepActive";
    Ev[Ev["GCSweepBegin"] = 32] = "GCSweepBegin";
    Ev[Ev["GCSweepEnd"] = 33] = "GCSweepEnd";
    Ev[Ev["GCMarkAssistActive"] = 34] = "GCMarkAssistActive";
    Ev[Ev["GCMarkAssistBegin"] = 35] = "GCMarkAssistBegin";
    Ev[Ev["GCMarkAssistEnd"] = 36] = "GCMarkAssistEnd";
    Ev[Ev["HeapAlloc"] = 37] = "HeapAlloc";
    Ev[Ev["HeapGoal"] = 38] = "HeapGoal";
    Ev[Ev["GoLabel"] = 39] = "GoLabel";
    Ev[Ev["UserTaskBegin"] = 40] = "UserTaskBegin";
    Ev[Ev["UserTaskEnd"] = 41] = "UserTaskEnd";
    Ev[Ev["UserRegionBegin"] = 42] = "UserRegionBegin";
    Ev[Ev["UserRegionEnd"] = 43] = "UserRegionEnd";
    Ev[Ev["UserLog"] = 44] = "UserLog";
    Ev[Ev["GoSwitch"] = 45] = "GoSwitch";
    Ev[Ev["GoSwitchDestroy"] = 46] = "GoSwitchDestroy";
    Ev[Ev["GoCreateBlocked"] = 47] = "GoCreateBlocked";
    Ev[Ev["GoStatusStack"] = 48] = "GoStatusStack";
    Ev[Ev["ExperimentalBatch"] = 49] = "ExperimentalBatch";
    Ev[Ev["Sync"] = 50] = "Sync";
    Ev[Ev["ClockSnapshot"] = 51] = "ClockSnapshot";
    Ev[Ev["EndOfGeneration"] = 52] = "EndOfGeneration";
    /** Experimental events (alloc/free experiment) live in 128..136. */
    Ev[Ev["Span"] = 128] = "Span";
    Ev[Ev["SpanAlloc"] = 129] = "SpanAlloc";
    Ev[Ev["SpanFree"] = 130] = "SpanFree";
    Ev[Ev["HeapObject"] = 131] = "HeapObject";
    Ev[Ev["HeapObjectAlloc"] = 132] = "HeapObjectAlloc";
    Ev[Ev["HeapObjectFree"] = 133] = "HeapObjectFree";
    Ev[Ev["GoroutineStack"] = 134] = "GoroutineStack";
    Ev[Ev["GoroutineStackAlloc"] = 135] = "GoroutineStackAlloc";
    Ev[Ev["GoroutineStackFree"] = 136] = "GoroutineStackFree";
})(Ev || (Ev = {}));
function spec(name, args, opts = {}) {
    return {
        name,
        args,
        timed: opts.timed ?? false,
        stackArgs: opts.stackArgs ?? [],
        stringArgs: opts.stringArgs ?? [],
        startEv: opts.startEv,
        since: opts.since ?? 22,
        experiment: opts.experiment ?? 0,
    };
}
function timed(name, args, opts = {}) {
    return spec(name, ['dt', ...args], { ...opts, timed: true });
}
/** Indexed by wire event type. Holes are undefined (invalid types). */
const SPECS = (() => {
    const t = new Array(256).fill(undefined);
    // Structural events: never in the timed stream.
    t[Ev.EventBatch] = spec('EventBatch', ['gen', 'm', 'time', 'size']);
    t[Ev.Stacks] = spec('Stacks', []);
    t[Ev.Stack] = spec('Stack', ['id', 'nframes']);
    t[Ev.Strings] = spec('Strings', []);
    t[Ev.String] = spec('String', ['id']);
    t[Ev.CPUSamples] = spec('CPUSamples', []);
    t[Ev.CPUSample] = spec('CPUSample', ['time', 'm', 'p', 'g', 'stack']);
    t[Ev.Frequency] = spec('Frequency', ['freq']);
    t[Ev.ExperimentalBatch] = spec('ExperimentalBatch', ['exp', 'gen', 'm', 'time'], { since: 23 });
    t[Ev.Sync] = spec('Sync', [], { since: 25 });
    t[Ev.EndOfGeneration] = spec('EndOfGeneration', [], { since: 26 });
    // Procs.
    t[Ev.ProcsChange] = timed('ProcsChange', ['procs_value', 'stack'], { stackArgs: [2] });
    t[Ev.ProcStart] = timed('ProcStart', ['p', 'p_seq']);
    t[Ev.ProcStop] = timed('ProcStop', []);
    t[Ev.ProcSteal] = timed('ProcSteal', ['p', 'p_seq', 'm']);
    t[Ev.ProcStatus] = timed('ProcStatus', ['p', 'pstatus']);
    // Goroutines.
    t[Ev.GoCreate] = timed('GoCreate', ['new_g', 'new_stack', 'stack'], { stackArgs: [3, 2] });
    t[Ev.GoCreateSyscall] = timed('GoCreateSyscall', ['new_g']);
    t[Ev.GoStart] = timed('GoStart', ['g', 'g_seq']);
    t[Ev.GoDestroy] = timed('GoDestroy', []);
    t[Ev.GoDestroySyscall] = timed('GoDestroySyscall', []);
    t[Ev.GoStop] = timed('GoStop', ['reason_string', 'stack'], { stackArgs: [2], stringArgs: [1] });
    t[Ev.GoBlock] = timed('GoBlock', ['reason_string', 'stack'], { stackArgs: [2], stringArgs: [1] });
    t[Ev.GoUnblock] = timed('GoUnblock', ['g', 'g_seq', 'stack'], { stackArgs: [3] });
    t[Ev.GoSyscallBegin] = timed('GoSyscallBegin', ['p_seq', 'stack'], { stackArgs: [2] });
    t[Ev.GoSyscallEnd] = timed('GoSyscallEnd', [], { startEv: Ev.GoSyscallBegin });
    t[Ev.GoSyscallEndBlocked] = timed('GoSyscallEndBlocked', [], { startEv: Ev.GoSyscallBegin });
    t[Ev.GoStatus] = timed('GoStatus', ['g', 'm', 'gstatus']);
    // Stop-the-world.
    t[Ev.STWBegin] = timed('STWBegin', ['kind_string', 'stack'], { stackArgs: [2], stringArgs: [1] });
    t[Ev.STWEnd] = timed('STWEnd', [], { startEv: Ev.STWBegin });
    // GC.
    t[Ev.GCActive] = timed('GCActive', ['gc_seq'], { startEv: Ev.GCBegin });
    t[Ev.GCBegin] = timed('GCBegin', ['gc_seq', 'stack'], { stackArgs: [2] });
    t[Ev.GCEnd] = timed('GCEnd', ['gc_seq'], { startEv: Ev.GCBegin });
    t[Ev.GCSweepActive] = timed('GCSweepActive', ['p'], { startEv: Ev.GCSweepBegin });
    t[Ev.GCSweepBegin] = timed('GCSweepBegin', ['stack'], { stackArgs: [1] });
    t[Ev.GCSweepEnd] = timed('GCSweepEnd', ['swept_value', 'reclaimed_value'], { startEv: Ev.GCSweepBegin });
    t[Ev.GCMarkAssistActive] = timed('GCMarkAssistActive', ['g'], { startEv: Ev.GCMarkAssistBegin });
    t[Ev.GCMarkAssistBegin] = timed('GCMarkAssistBegin', ['stack'], { stackArgs: [1] });
    t[Ev.GCMarkAssistEnd] = timed('GCMarkAssistEnd', [], { startEv: Ev.GCMarkAssistBegin });
    t[Ev.HeapAlloc] = timed('HeapAlloc', ['heapalloc_value']);
    t[Ev.HeapGoal] = timed('HeapGoal', ['heapgoal_value']);
    // Annotations.
    t[Ev.GoLabel] = timed('GoLabel', ['label_string'], { stringArgs: [1] });
    t[Ev.UserTaskBegin] = timed('UserTaskBegin', ['task', 'parent_task', 'name_string', 'stack'], {
        stackArgs: [4],
        stringArgs: [3],
    });
    t[Ev.UserTaskEnd] = timed('UserTaskEnd', ['task', 'stack'], { stackArgs: [2] });
    t[Ev.UserRegionBegin] = timed('UserRegionBegin', ['task', 'name_string', 'stack'], {
        stackArgs: [3],
        stringArgs: [2],
    });
    t[Ev.UserRegionEnd] = timed('UserRegionEnd', ['task', 'name_string', 'stack'], {
        startEv: Ev.UserRegionBegin,
        stackArgs: [3],
        stringArgs: [2],
    });
    t[Ev.UserLog] = timed('UserLog', ['task', 'key_string', 'value_string', 'stack'], {
        stackArgs: [4],
        stringArgs: [2, 3],
    });
    // Go 1.23: coroutines and goroutine status with a stack.
    t[Ev.GoSwitch] = timed('GoSwitch', ['g', 'g_seq'], { since: 23 });
    t[Ev.GoSwitchDestroy] = timed('GoSwitchDestroy', ['g', 'g_seq'], { since: 23 });
    t[Ev.GoCreateBlocked] = timed('GoCreateBlocked', ['new_g', 'new_stack', 'stack'], { stackArgs: [3, 2], since: 23 });
    t[Ev.GoStatusStack] = timed('GoStatusStack', ['g', 'm', 'gstatus', 'stack'], { stackArgs: [4], since: 23 });
    // Go 1.25: clock snapshot inside sync batches.
    t[Ev.ClockSnapshot] = timed('ClockSnapshot', ['mono', 'sec', 'nsec'], { since: 25 });
    // Experimental alloc/free events (GOEXPERIMENT=allocheapdebug…): parsed, never interpreted.
    const exp = { since: 23, experiment: 1 };
    t[Ev.Span] = timed('Span', ['id', 'npages_value', 'kindclass'], exp);
    t[Ev.SpanAlloc] = timed('SpanAlloc', ['id', 'npages_value', 'kindclass'], exp);
    t[Ev.SpanFree] = timed('SpanFree', ['id'], exp);
    t[Ev.HeapObject] = timed('HeapObject', ['id', 'type'], exp);
    t[Ev.HeapObjectAlloc] = timed('HeapObjectAlloc', ['id', 'type'], exp);
    t[Ev.HeapObjectFree] = timed('HeapObjectFree', ['id'], exp);
    t[Ev.GoroutineStack] = timed('GoroutineStack', ['id', 'order'], exp);
    t[Ev.GoroutineStackAlloc] = timed('GoroutineStackAlloc', ['id', 'order'], exp);
    t[Ev.GoroutineStackFree] = timed('GoroutineStackFree', ['id'], exp);
    return t;
})();
/** Largest number of arguments of a timed event, excluding `dt`. */
const MAX_TIMED_ARGS = 4;
/** Whether event type `typ` may appear in a trace of wire version `v`. */
function specFor(v, typ) {
    const s = SPECS[typ];
    return s && s.since <= v ? s : undefined;
}
function eventName(typ) {
    return SPECS[typ]?.name ?? `Invalid(${typ})`;
}
/** Goroutine statuses as the runtime writes them in GoStatus events. */
var GoStatus;
(function (GoStatus) {
    GoStatus[GoStatus["Bad"] = 0] = "Bad";
    GoStatus[GoStatus["Runnable"] = 1] = "Runnable";
    GoStatus[GoStatus["Running"] = 2] = "Running";
    GoStatus[GoStatus["Syscall"] = 3] = "Syscall";
    GoStatus[GoStatus["Waiting"] = 4] = "Waiting";
})(GoStatus || (GoStatus = {}));
/** P statuses as written in ProcStatus events. */
var ProcStatus;
(function (ProcStatus) {
    ProcStatus[ProcStatus["Bad"] = 0] = "Bad";
    ProcStatus[ProcStatus["Running"] = 1] = "Running";
    ProcStatus[ProcStatus["Idle"] = 2] = "Idle";
    ProcStatus[ProcStatus["Syscall"] = 3] = "Syscall";
    /**
     * Only ever written when the first mention of a P in a generation is a
     * ProcSteal: there is no GoSyscallBegin to tie the steal back to.
     */
    ProcStatus[ProcStatus["SyscallAbandoned"] = 4] = "SyscallAbandoned";
})(ProcStatus || (ProcStatus = {}));
/** The batch M ID used by sync/strings/stacks batches: 2^64-1, i.e. "no thread". */
const NO_THREAD = 18446744073709551615n;

;// CONCATENATED MODULE: ./src/trace/events.ts


/** Goroutine states as the reader reports them (not the wire statuses). */
var GoState;
(function (GoState) {
    GoState[GoState["Undetermined"] = 0] = "Undetermined";
    GoState[GoState["NotExist"] = 1] = "NotExist";
    GoState[GoState["Runnable"] = 2] = "Runnable";
    GoState[GoState["Running"] = 3] = "Running";
    GoState[GoState["Waiting"] = 4] = "Waiting";
    GoState[GoState["Syscall"] = 5] = "Syscall";
})(GoState || (GoState = {}));
var ProcState;
(function (ProcState) {
    ProcState[ProcState["Undetermined"] = 0] = "Undetermined";
    ProcState[ProcState["NotExist"] = 1] = "NotExist";
    ProcState[ProcState["Running"] = 2] = "Running";
    ProcState[ProcState["Idle"] = 3] = "Idle";
})(ProcState || (ProcState = {}));
/** Wire goroutine status → state; index 0 (bad) maps to Undetermined, like Go. */
const GO_STATUS_TO_STATE = [
    GoState.Undetermined,
    GoState.Runnable,
    GoState.Running,
    GoState.Syscall,
    GoState.Waiting,
];
/** Wire P status → state; a P in a syscall still counts as running its M. */
const PROC_STATUS_TO_STATE = [
    ProcState.Undetermined,
    ProcState.Running,
    ProcState.Idle,
    ProcState.Running,
    ProcState.Idle,
];
const NO_GOROUTINE = -1;
const NO_PROC = -1;
const events_NO_THREAD = -1;
/** Pseudo event type for generation boundaries (never on the wire). */
const EV_SYNC = 255;
class TraceEvent {
    type;
    time;
    a0;
    a1;
    a2;
    a3;
    g;
    p;
    m;
    table;
    offset;
    old;
    /**
     * Arguments exclude the time delta. For some events the ordering layer
     * stores derived facts in spare slots, as Go's reader does: STWEnd carries
     * its Begin's reason string ID in a0.
     */
    constructor(type, 
    /** Nanoseconds, monotonically increasing across the stream. */
    time, 
    // Arguments after the time delta, as fields rather than an array: one
    // allocation per event instead of two, on the hottest path of the reader.
    a0, a1, a2, a3, g, p, m, table, 
    /** File offset of the event (0 for synthesised events). */
    offset, 
    /** Prior state for ProcStatus/GoStatus/ProcSteal, filled in by the ordering. */
    old = 0) {
        this.type = type;
        this.time = time;
        this.a0 = a0;
        this.a1 = a1;
        this.a2 = a2;
        this.a3 = a3;
        this.g = g;
        this.p = p;
        this.m = m;
        this.table = table;
        this.offset = offset;
        this.old = old;
    }
    /** A copy that stays valid after the reader moves on (the reader reuses event objects). */
    clone() {
        return new TraceEvent(this.type, this.time, this.a0, this.a1, this.a2, this.a3, this.g, this.p, this.m, this.table, this.offset, this.old);
    }
    /** Arguments after the time delta, in wire order (always four; unused ones are 0). */
    get args() {
        return [this.a0, this.a1, this.a2, this.a3];
    }
    /** Argument `i` (0-based, after the time delta). */
    arg(i) {
        return i === 0 ? this.a0 : i === 1 ? this.a1 : i === 2 ? this.a2 : this.a3;
    }
    get name() {
        return this.type === EV_SYNC ? 'Sync' : (SPECS[this.type]?.name ?? `Invalid(${this.type})`);
    }
    /** The event's own stack (where it happened), innermost frame first. */
    stack() {
        const s = SPECS[this.type];
        if (!this.table || !s || s.stackArgs.length === 0)
            return [];
        return this.table.stack(this.arg(s.stackArgs[0] - 1));
    }
    /** A goroutine state change, or undefined if the event is not one. */
    goTransition() {
        switch (this.type) {
            case Ev.GoCreate:
            case Ev.GoCreateBlocked:
                return {
                    goroutine: this.a0,
                    from: GoState.NotExist,
                    to: this.type === Ev.GoCreateBlocked ? GoState.Waiting : GoState.Runnable,
                    stack: this.stack(),
                };
            case Ev.GoCreateSyscall:
                return { goroutine: this.a0, from: GoState.NotExist, to: GoState.Syscall, stack: [] };
            case Ev.GoStart:
                return { goroutine: this.a0, from: GoState.Runnable, to: GoState.Running, stack: [] };
            case Ev.GoDestroy:
                return { goroutine: this.g, from: GoState.Running, to: GoState.NotExist, stack: [] };
            case Ev.GoDestroySyscall:
                return { goroutine: this.g, from: GoState.Syscall, to: GoState.NotExist, stack: [] };
            case Ev.GoStop:
                return { goroutine: this.g, from: GoState.Running, to: GoState.Runnable, stack: this.stack() };
            case Ev.GoBlock:
                return { goroutine: this.g, from: GoState.Running, to: GoState.Waiting, stack: this.stack() };
            case Ev.GoUnblock:
            case Ev.GoSwitch:
            case Ev.GoSwitchDestroy:
                return { goroutine: this.a0, from: GoState.Waiting, to: GoState.Runnable, stack: [] };
            case Ev.GoSyscallBegin:
                return { goroutine: this.g, from: GoState.Running, to: GoState.Syscall, stack: this.stack() };
            case Ev.GoSyscallEnd:
                return { goroutine: this.g, from: GoState.Syscall, to: GoState.Running, stack: [] };
            case Ev.GoSyscallEndBlocked:
                return { goroutine: this.g, from: GoState.Syscall, to: GoState.Runnable, stack: [] };
            case Ev.GoStatus:
            case Ev.GoStatusStack:
                return {
                    goroutine: this.a0,
                    from: this.old,
                    to: GO_STATUS_TO_STATE[Number(this.a2)] ?? GoState.Undetermined,
                    stack: this.stack(),
                };
            default:
                return undefined;
        }
    }
    /** For STWBegin/STWEnd: the runtime's reason, e.g. "GC mark termination". */
    stwReason() {
        if (this.type !== Ev.STWBegin && this.type !== Ev.STWEnd)
            return undefined;
        return this.table?.string(this.a0);
    }
    /** For HeapAlloc/HeapGoal: the value in bytes. */
    heapBytes() {
        if (this.type !== Ev.HeapAlloc && this.type !== Ev.HeapGoal)
            return undefined;
        return toFloat(this.a0);
    }
}

;// CONCATENATED MODULE: ./src/trace/errors.ts
/**
 * Trace-specific typed errors. Both are InputErrors, so callers that mark a
 * sample's trace metrics `unavailable` can catch InputError and show the
 * message, which reads `file: offset N: expected …: detail`.
 */

/** The bytes are not a well-formed Go 1.22+ execution trace. */
class TraceFormatError extends InputError {
    offset;
    constructor(file, offset, expected, detail) {
        super(file, { offset }, expected, detail);
        this.offset = offset;
    }
}
/** A real trace, but written by a Go version this reader does not read (≤ 1.21, or newer than it knows). */
class UnsupportedTraceVersionError extends InputError {
    version;
    constructor(file, version) {
        super(file, { offset: 0 }, 'a Go 1.22 or newer execution trace (wire versions 22, 23, 25, 26)', version <= 21
            ? `found a Go 1.${version} trace; traces written by Go 1.21 and older use a different format — run the benchmarks with Go 1.22+`
            : `found trace version go 1.${version}, which this reader does not know yet`);
        this.version = version;
    }
}

;// CONCATENATED MODULE: ./src/trace/generation.ts
/**
 * Batches and generations: the framing layer of the trace.
 *
 * A trace is a header then a sequence of batches. Each batch belongs to a
 * generation; a generation is self-contained (its own string table, stack
 * table, frequency and, from Go 1.25, clock snapshot). Event batches may come
 * before the tables they reference, so a whole generation is buffered before
 * any of its events are interpreted — and only one generation at a time, which
 * is what bounds memory by the largest generation, not the file.
 *
 * Go 1.26 ends each generation with an explicit EndOfGeneration byte; older
 * versions are split at the first batch of generation N+1, which is "spilled"
 * into the next read.
 */



const generation_NO_GOROUTINE = -1;
/** Per-generation lookup tables: strings, stacks, clock. */
class GenerationTable {
    strings = new Map();
    stacks = new Map();
    pcs = new Map();
    /** Nanoseconds per clock tick (Go computes 1/(freq/1e9) in float64; so do we, to match to the ns). */
    freq = 0;
    hasClockSnapshot = false;
    resolved = new Map();
    /** Presence bitmaps for small numeric IDs (the usual case): every event checks its IDs. */
    stringSeen;
    stackSeen;
    hasString(id) {
        const d = this.stringSeen;
        if (d && typeof id === 'number' && id >= 0 && id < d.length)
            return id === 0 || d[id] === 1;
        return id === 0 || this.strings.has(id);
    }
    hasStack(id) {
        const d = this.stackSeen;
        if (d && typeof id === 'number' && id >= 0 && id < d.length)
            return id === 0 || d[id] === 1;
        return id === 0 || this.stacks.has(id);
    }
    /** Builds the presence bitmaps once the tables are complete. Bounded: IDs above 4× the table size stay in the map. */
    seal() {
        const dense = (ids, size) => {
            const d = new Uint8Array(Math.min(4 * size + 64, 1 << 24));
            for (const id of ids)
                if (typeof id === 'number' && id >= 0 && id < d.length)
                    d[id] = 1;
            return d;
        };
        this.stringSeen = dense(this.strings.keys(), this.strings.size);
        this.stackSeen = dense(this.stacks.keys(), this.stacks.size);
    }
    string(id) {
        return this.strings.get(id) ?? '';
    }
    /** The frames of stack `id`, innermost first, resolved once per generation. */
    stack(id) {
        if (id === 0)
            return [];
        let frames = this.resolved.get(id);
        if (!frames) {
            frames = (this.stacks.get(id) ?? []).map((pc) => {
                const f = this.pcs.get(pc);
                return f
                    ? { function: this.string(f.funcID), file: this.string(f.fileID), line: Number(f.line) }
                    : { function: '', file: '', line: 0 };
            });
            this.resolved.set(id, frames);
        }
        return frames;
    }
    /** Converts a tick count to nanoseconds exactly as Go does: Time(float64(t) * freq), truncated. */
    ns(ticks) {
        return Math.trunc(toFloat(ticks) * this.freq);
    }
}
function isSucc(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a === b + 1 : BigInt(a) === BigInt(b) + 1n;
}
function lessTs(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a < b : BigInt.asUintN(64, BigInt(a)) < BigInt.asUintN(64, BigInt(b));
}
/**
 * Reads generations one at a time. `next()` returns the next generation, or
 * undefined at the end; a read error that happens after some batches of a
 * pre-1.26 generation were read is deferred (`pendingError`) so that the
 * events of that generation are still delivered first, as Go's reader does.
 */
class GenerationReader {
    src;
    version;
    file;
    spill;
    pendingError;
    done = false;
    /** Generation named by the header of the batch being read, once its header parsed. */
    headerGen;
    constructor(src, version, file) {
        this.src = src;
        this.version = version;
        this.file = file;
    }
    fail(offset, expected, detail) {
        return new TraceFormatError(this.file, offset, expected, detail);
    }
    /** Reads one batch, or undefined at a clean end of input. */
    async readBatch() {
        const src = this.src;
        this.headerGen = undefined;
        if (!(await src.need(1)))
            return undefined;
        const start = src.offset;
        const typ = src.buf[src.pos];
        if (typ === Ev.EndOfGeneration) {
            src.pos++;
            return { gen: 0, m: -1, time: 0, data: new Uint8Array([typ]), offset: start, exp: 0 };
        }
        if (typ !== Ev.EventBatch && typ !== Ev.ExperimentalBatch) {
            throw this.fail(start, 'a batch header (EventBatch)', `found event type ${typ} (${eventName(typ)})`);
        }
        // Header: type, [experiment], 4 varints of at most 10 bytes each.
        await src.need(42);
        const cur = new ByteCursor(src.buf, src.pos + 1, src.buf.length);
        let gen, m, time, size, exp = 0;
        try {
            if (typ === Ev.ExperimentalBatch)
                exp = cur.byte();
            gen = cur.uvarint();
            m = cur.uvarint();
            time = cur.uvarint();
            size = cur.length();
        }
        catch (e) {
            if (e instanceof VarintError) {
                throw this.fail(src.base + e.offset, 'a complete batch header (gen, M, time, size)', e.message);
            }
            throw e;
        }
        if (size > MAX_BATCH_SIZE) {
            throw this.fail(src.base + cur.pos, `a batch size of at most ${MAX_BATCH_SIZE} bytes`, `found ${size}`);
        }
        src.pos = cur.pos;
        this.headerGen = gen;
        const dataOffset = src.offset;
        if (!(await src.need(size))) {
            throw this.fail(dataOffset, `${size} bytes of batch data`, `the trace ends after ${src.available()} bytes (truncated?)`);
        }
        const data = src.buf.subarray(src.pos, src.pos + size);
        src.pos += size;
        return { gen, m, time, data, offset: dataOffset, exp };
    }
    async next() {
        if (this.done)
            return undefined;
        return this.version >= 26 ? this.nextDelimited() : this.nextWithSpill();
    }
    /** Go 1.26+: a generation ends with an EndOfGeneration byte. */
    async nextDelimited() {
        const g = newGeneration(this.src.offset);
        let seen = false;
        for (;;) {
            const b = await this.readBatch();
            if (!b) {
                this.done = true;
                if (seen) {
                    throw this.fail(this.src.offset, 'an EndOfGeneration event', 'the trace ends inside a generation (truncated?)');
                }
                return undefined;
            }
            if (g.gen === 0)
                g.gen = b.gen;
            if (b.exp === 0 && b.data.length === 1 && b.data[0] === Ev.EndOfGeneration)
                break;
            seen = true;
            if (b.gen === 0)
                throw this.fail(b.offset, 'a generation number above 0', 'found 0');
            if (b.gen !== g.gen) {
                throw this.fail(b.offset, `a batch of generation ${g.gen} or an EndOfGeneration event`, `found generation ${b.gen} (generations interleaved or end missing)`);
            }
            if (g.minTs === 0 || lessTs(b.time, g.minTs))
                g.minTs = b.time;
            this.processBatch(g, b);
        }
        this.finish(g);
        return g;
    }
    /** Go 1.22–1.25: a generation ends where the next one's first batch starts. */
    async nextWithSpill() {
        if (this.pendingError) {
            this.done = true;
            throw this.pendingError;
        }
        const g = newGeneration(this.src.offset);
        if (this.spill) {
            g.gen = this.spill.gen;
            g.minTs = this.spill.time;
            g.offset = this.spill.offset;
            this.processBatch(g, this.spill);
            this.spill = undefined;
        }
        else if (await this.src.atEnd()) {
            this.done = true;
            return undefined;
        }
        for (;;) {
            let b;
            try {
                b = await this.readBatch();
            }
            catch (e) {
                if (e instanceof TraceFormatError && g.gen !== 0 && this.headerGen !== undefined && this.headerGen !== g.gen) {
                    // The damage is in the next generation, so this one is complete: deliver its
                    // events first, then the error (as Go does). Damage inside this generation
                    // is reported at once — its tables may be the part that is missing.
                    this.pendingError = e;
                    break;
                }
                throw e;
            }
            if (!b)
                break;
            if (b.gen === 0)
                throw this.fail(b.offset, 'a generation number above 0', 'found 0');
            if (g.gen === 0)
                g.gen = b.gen;
            if (b.gen !== g.gen) {
                if (isSucc(b.gen, g.gen)) {
                    this.spill = b;
                    break;
                }
                throw this.fail(b.offset, `a batch of generation ${g.gen} or ${toFloat(g.gen) + 1}`, `found generation ${b.gen} (out of order)`);
            }
            if (g.minTs === 0 || lessTs(b.time, g.minTs))
                g.minTs = b.time;
            this.processBatch(g, b);
        }
        this.finish(g);
        return g;
    }
    finish(g) {
        if (g.table.freq === 0)
            throw this.fail(g.offset, `a Frequency event in generation ${g.gen}`, 'none found');
        if (this.version >= 25 && !g.table.hasClockSnapshot) {
            throw this.fail(g.offset, `a ClockSnapshot event in generation ${g.gen}`, 'none found');
        }
        // Every frame of every stack must resolve; checking here keeps metrics free of holes.
        const t = g.table;
        for (const [id, pcs] of t.stacks) {
            for (const pc of pcs) {
                const f = t.pcs.get(pc);
                if (!f)
                    throw this.fail(g.offset, `a frame for pc ${pc} of stack ${id}`, 'unknown pc');
                if (!t.hasString(f.funcID))
                    throw this.fail(g.offset, `function name string ${f.funcID} of stack ${id}`, 'missing');
                if (!t.hasString(f.fileID))
                    throw this.fail(g.offset, `file name string ${f.fileID} of stack ${id}`, 'missing');
            }
        }
        t.seal();
        for (const s of g.cpuSamples)
            s.time = t.ns(s.time);
        // Stable sort by time; Go's sort of CPU samples is by time only.
        g.cpuSamples.sort((a, b) => a.time - b.time);
    }
    processBatch(g, b) {
        if (b.exp !== 0)
            return; // Experimental batches: opaque by design; skipped.
        if (b.data.length === 0) {
            this.appendEventBatch(g, b);
            return;
        }
        const first = b.data[0];
        if (first === Ev.Strings)
            this.addStrings(g.table, b);
        else if (first === Ev.Stacks)
            this.addStacks(g.table, b);
        else if (first === Ev.CPUSamples)
            this.addCpuSamples(g, b);
        else if ((first === Ev.Frequency && this.version < 25) || (first === Ev.Sync && this.version >= 25)) {
            this.setSync(g.table, b);
        }
        else if (first === Ev.EndOfGeneration) {
            throw this.fail(b.offset, 'an event batch', 'found a stray EndOfGeneration');
        }
        else
            this.appendEventBatch(g, b);
    }
    appendEventBatch(g, b) {
        let list = g.batches.get(b.m);
        if (!list) {
            list = [];
            g.batches.set(b.m, list);
            g.batchMs.push(b.m);
        }
        list.push({ m: b.m, time: b.time, data: b.data, offset: b.offset });
    }
    /** Runs `body` over a cursor on the batch, turning varint failures into positioned errors. */
    parse(b, what, body) {
        const c = new ByteCursor(b.data, 1, b.data.length);
        try {
            body(c);
        }
        catch (e) {
            if (e instanceof VarintError)
                throw this.fail(b.offset + e.offset, what, e.message);
            throw e;
        }
    }
    addStrings(t, b) {
        const dec = new TextDecoder('utf-8');
        this.parse(b, 'a complete String event', (c) => {
            while (c.remaining() > 0) {
                const at = c.pos;
                const ev = c.byte();
                if (ev !== Ev.String)
                    throw this.fail(b.offset + at, 'a String event in the strings batch', `found ${eventName(ev)}`);
                const id = c.uvarint();
                const len = c.length();
                if (len > MAX_STRING_SIZE)
                    throw this.fail(b.offset + at, `a string of at most ${MAX_STRING_SIZE} bytes`, `found ${len}`);
                if (len > c.remaining())
                    throw this.fail(b.offset + c.pos, `${len} bytes of string data`, `only ${c.remaining()} left in the batch`);
                const s = dec.decode(c.buf.subarray(c.pos, c.pos + len));
                c.pos += len;
                if (t.hasString(id))
                    throw this.fail(b.offset + at, `a unique string ID`, `string ${id} defined twice`);
                t.strings.set(id, s);
            }
        });
    }
    addStacks(t, b) {
        this.parse(b, 'a complete Stack event', (c) => {
            while (c.remaining() > 0) {
                const at = c.pos;
                const ev = c.byte();
                if (ev !== Ev.Stack)
                    throw this.fail(b.offset + at, 'a Stack event in the stacks batch', `found ${eventName(ev)}`);
                const id = c.uvarint();
                const n = c.length();
                if (n > MAX_FRAMES_PER_STACK)
                    throw this.fail(b.offset + at, `at most ${MAX_FRAMES_PER_STACK} frames per stack`, `found ${n}`);
                const pcs = new Array(n);
                for (let i = 0; i < n; i++) {
                    const pc = c.uvarint();
                    const funcID = c.uvarint();
                    const fileID = c.uvarint();
                    const line = c.uvarint();
                    pcs[i] = pc;
                    // The first definition of a PC wins, as in Go: PCs are unique per binary.
                    if (!t.pcs.has(pc))
                        t.pcs.set(pc, { funcID, fileID, line });
                }
                if (t.hasStack(id))
                    throw this.fail(b.offset + at, 'a unique stack ID', `stack ${id} defined twice`);
                t.stacks.set(id, pcs);
            }
        });
    }
    addCpuSamples(g, b) {
        this.parse(b, 'a complete CPUSample event', (c) => {
            while (c.remaining() > 0) {
                const at = c.pos;
                const ev = c.byte();
                if (ev !== Ev.CPUSample)
                    throw this.fail(b.offset + at, 'a CPUSample event in the CPU samples batch', `found ${eventName(ev)}`);
                const ts = c.uvarint();
                const m = c.uvarint();
                const p = c.uvarint();
                const gid = c.uvarint();
                const stack = c.uvarint();
                // `time` holds raw ticks until finish() converts it with the generation's frequency.
                g.cpuSamples.push({ time: toFloat(ts), m, p, g: gid === 0 ? generation_NO_GOROUTINE : gid, stack });
            }
        });
    }
    setSync(t, b) {
        const c = new ByteCursor(b.data, this.version >= 25 ? 1 : 0, b.data.length);
        try {
            while (c.remaining() > 0) {
                const at = c.pos;
                const ev = c.byte();
                if (ev === Ev.Frequency) {
                    if (t.freq !== 0)
                        throw this.fail(b.offset + at, 'one Frequency event per generation', 'found a second one');
                    const f = toFloat(c.uvarint());
                    if (f === 0)
                        throw this.fail(b.offset + at, 'a non-zero clock frequency', 'found 0');
                    t.freq = 1.0 / (f / 1e9);
                }
                else if (ev === Ev.ClockSnapshot && this.version >= 25) {
                    if (t.hasClockSnapshot)
                        throw this.fail(b.offset + at, 'one ClockSnapshot event per generation', 'found a second one');
                    t.hasClockSnapshot = true;
                    c.uvarint(); // dt
                    c.uvarint(); // mono
                    c.uvarint(); // sec
                    c.uvarint(); // nsec
                }
                else {
                    throw this.fail(b.offset + at, 'a Frequency or ClockSnapshot event in the sync batch', `found ${eventName(ev)}`);
                }
            }
        }
        catch (e) {
            if (e instanceof VarintError)
                throw this.fail(b.offset + e.offset, 'a complete sync event', e.message);
            throw e;
        }
    }
}
function newGeneration(offset) {
    return { gen: 0, batches: new Map(), batchMs: [], cpuSamples: [], minTs: 0, table: new GenerationTable(), offset };
}

;// CONCATENATED MODULE: ./src/trace/order.ts
/**
 * Orders events across Ms into one stream, and validates them.
 *
 * Each M writes its own batches with its own timestamps, and clocks on
 * different CPUs do not agree exactly, so sorting by timestamp alone would
 * sometimes put a goroutine's start before its creation. The runtime adds
 * sequence numbers and statuses so a reader can tell whether an event is
 * ready: a goroutine may start only once it is runnable with the preceding
 * sequence number, a P may be stolen only from a syscall, and so on. This
 * module is that state machine: `advance` either accepts an event (updating
 * G/P/M state and queueing the events it implies), says "not yet", or rejects
 * the trace as inconsistent.
 *
 * It follows the semantics of Go's reader (golang.org/x/exp/trace) closely on
 * purpose: metrics such as peak concurrent goroutines depend on the order,
 * and the STW durations the oracle reports depend on the timestamps Go
 * adjusts while ordering, so matching Go to the nanosecond requires the same
 * decisions.
 */



function hasRange(s, typ, desc) {
    return s.inFlight.some((r) => r.typ === typ && r.desc === desc);
}
var GcState;
(function (GcState) {
    GcState[GcState["Undetermined"] = 0] = "Undetermined";
    GcState[GcState["NotRunning"] = 1] = "NotRunning";
    GcState[GcState["Running"] = 2] = "Running";
})(GcState || (GcState = {}));
var Need;
(function (Need) {
    Need[Need["MustNot"] = 0] = "MustNot";
    Need[Need["May"] = 1] = "May";
    Need[Need["Must"] = 2] = "Must";
})(Need || (Need = {}));
function order_isSucc(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a === b + 1 : BigInt(a) === BigInt(b) + 1n;
}
function startOf(typ) {
    return SPECS[typ]?.startEv ?? typ;
}
class Ordering {
    file;
    g = new Map();
    p = new Map();
    m = new Map();
    tasks = new Map();
    gcSeq = 0;
    gcState = GcState.Undetermined;
    initialGen = 0;
    queue = [];
    head = 0;
    tail = 0;
    constructor(file) {
        this.file = file;
    }
    next() {
        if (this.head < this.tail) {
            const ev = this.queue[this.head++];
            if (this.head === this.tail)
                this.head = this.tail = 0;
            return ev;
        }
        return undefined;
    }
    fail(ev, detail) {
        throw new TraceFormatError(this.file, ev.offset, 'a consistent sequence of events', `${eventName(ev.type)}: ${detail}`);
    }
    check(ev, g, p, m, needM, needP, needG) {
        if (needM === Need.Must && m === events_NO_THREAD)
            this.fail(ev, "expected a thread but didn't have one");
        if (needM === Need.MustNot && m !== events_NO_THREAD)
            this.fail(ev, 'expected no thread but had one');
        if (needP === Need.Must && p === NO_PROC)
            this.fail(ev, "expected a proc but didn't have one");
        if (needP === Need.MustNot && p !== NO_PROC)
            this.fail(ev, 'expected no proc but had one');
        if (needG === Need.Must && g === NO_GOROUTINE)
            this.fail(ev, "expected a goroutine but didn't have one");
        if (needG === Need.MustNot && g !== NO_GOROUTINE)
            this.fail(ev, 'expected no goroutine but had one');
    }
    userGo(ev, g, p, m) {
        this.check(ev, g, p, m, Need.Must, Need.Must, Need.Must);
    }
    push(ev, _table, g, p, m, old = 0) {
        ev.g = g;
        ev.p = p;
        ev.m = m;
        ev.old = old;
        this.enqueue(ev);
    }
    enqueue(ev) {
        // Indices instead of shift()/length resets: the queue is nearly always 0–3 long and
        // touched once per event, so array resizing would dominate.
        if (this.tail === this.queue.length)
            this.queue.push(ev);
        else
            this.queue[this.tail] = ev;
        this.tail++;
    }
    /** The M's context after the last accepted event (set by dispatch, to avoid an object per event). */
    ng = NO_GOROUTINE;
    np = NO_PROC;
    ok(g, p) {
        this.ng = g;
        this.np = p;
        return true;
    }
    synth(type, time, args, table, g, p, m, old = 0) {
        this.enqueue(new TraceEvent(type, time, args[0] ?? 0, args[1] ?? 0, 0, 0, g, p, m, table, 0, old));
    }
    /**
     * Tries to accept `ev`, read from M `mid` in generation `gen`.
     * Returns false when the event must wait for events on other Ms.
     */
    advance(ev, table, mid, gen, cache) {
        if (this.initialGen === 0)
            this.initialGen = gen;
        let ms;
        let curG = NO_GOROUTINE;
        let curP = NO_PROC;
        if (mid !== events_NO_THREAD) {
            ms = cache?.mState ?? this.m.get(mid);
            if (!ms) {
                ms = { g: NO_GOROUTINE, p: NO_PROC };
                this.m.set(mid, ms);
            }
            if (cache)
                cache.mState = ms;
            curG = ms.g;
            curP = ms.p;
        }
        if (!this.dispatch(ev, table, mid, gen, curG, curP))
            return false;
        if (ms) {
            ms.g = this.ng;
            ms.p = this.np;
        }
        return true;
    }
    /** True (with the M's new context in ng/np) on success, false for "not yet"; throws when inconsistent. */
    dispatch(ev, t, m, gen, g, p) {
        switch (ev.type) {
            case Ev.ProcStatus: {
                const pid = ev.a0;
                const status = Number(ev.a1);
                if (typeof ev.a1 !== 'number' || status < 0 || status >= PROC_STATUS_TO_STATE.length) {
                    this.fail(ev, `invalid status for proc ${pid}: ${ev.a1}`);
                }
                let oldState = PROC_STATUS_TO_STATE[status];
                const s = this.p.get(pid);
                if (s) {
                    if (status === ProcStatus.SyscallAbandoned && s.status === ProcStatus.Syscall) {
                        oldState = ProcState.Running;
                        ev.a1 = ProcStatus.Syscall;
                    }
                    else if (status === ProcStatus.SyscallAbandoned && s.status === ProcStatus.SyscallAbandoned) {
                        oldState = ProcState.Idle;
                        ev.a1 = ProcStatus.SyscallAbandoned;
                    }
                    else if (s.status !== status) {
                        this.fail(ev, `inconsistent status for proc ${pid}: old ${s.status} vs. new ${status}`);
                    }
                    s.seqGen = gen;
                    s.seq = 0;
                }
                else {
                    this.p.set(pid, { status, seqGen: gen, seq: 0, inFlight: [] });
                    oldState = gen === this.initialGen ? ProcState.Undetermined : ProcState.NotExist;
                }
                const next = { g, p };
                if (status === ProcStatus.Running || status === ProcStatus.Syscall)
                    next.p = pid;
                let ctxM = m;
                let ctxP = p;
                let ctxG = g;
                if (status === ProcStatus.SyscallAbandoned && oldState === ProcState.Running) {
                    // The P is about to be stolen: report the event on the M that held it.
                    let found = false;
                    for (const [id, st] of this.m) {
                        if (st.p === pid) {
                            ctxM = id;
                            ctxP = pid;
                            ctxG = st.g;
                            found = true;
                        }
                    }
                    if (!found)
                        this.fail(ev, `failed to find sched context for proc ${pid} that's about to be stolen`);
                }
                this.push(ev, t, ctxG, ctxP, ctxM, oldState);
                return this.ok(next.g, next.p);
            }
            case Ev.ProcStart: {
                const pid = ev.a0;
                const s = this.p.get(pid);
                if (!s || s.status !== ProcStatus.Idle || s.seqGen !== gen || !order_isSucc(ev.a1, s.seq) || p !== NO_PROC)
                    return false;
                this.check(ev, g, p, m, Need.Must, Need.MustNot, Need.May);
                s.status = ProcStatus.Running;
                s.seqGen = gen;
                s.seq = ev.a1;
                this.push(ev, t, g, p, m);
                return this.ok(g, pid);
            }
            case Ev.ProcStop: {
                const s = this.p.get(p);
                if (!s)
                    this.fail(ev, `event for proc (${p}) that doesn't exist`);
                if (s.status !== ProcStatus.Running && s.status !== ProcStatus.Syscall)
                    this.fail(ev, 'event for proc that is not Running or Syscall');
                this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
                s.status = ProcStatus.Idle;
                this.push(ev, t, g, p, m);
                return this.ok(g, NO_PROC);
            }
            case Ev.ProcSteal: {
                const pid = ev.a0;
                const s = this.p.get(pid);
                if (!s ||
                    (s.status !== ProcStatus.Syscall && s.status !== ProcStatus.SyscallAbandoned) ||
                    s.seqGen !== gen ||
                    !order_isSucc(ev.a1, s.seq)) {
                    return false;
                }
                this.check(ev, g, p, m, Need.Must, Need.May, Need.May);
                const oldStatus = s.status;
                s.status = ProcStatus.Idle;
                s.seqGen = gen;
                s.seq = ev.a1;
                if (oldStatus === ProcStatus.SyscallAbandoned) {
                    this.push(ev, t, g, p, m, oldStatus);
                    return this.ok(g, p);
                }
                const victim = ev.a2;
                if (victim === m) {
                    if (p !== pid)
                        this.fail(ev, `tried to self-steal proc ${pid} (thread ${victim}), but got proc ${p} instead`);
                    this.push(ev, t, g, p, m, oldStatus);
                    return this.ok(g, NO_PROC);
                }
                const vs = this.m.get(victim);
                if (!vs)
                    this.fail(ev, `stole proc from non-existent thread ${victim}`);
                if (vs.p !== pid)
                    this.fail(ev, `tried to steal proc ${pid} from thread ${victim}, but got proc ${vs.p} instead`);
                vs.p = NO_PROC;
                this.push(ev, t, g, p, m, oldStatus);
                return this.ok(g, p);
            }
            case Ev.GoStatus:
            case Ev.GoStatusStack: {
                const gid = ev.a0;
                const mid = ev.a1;
                const status = Number(ev.a2);
                if (typeof ev.a2 !== 'number' || status < 0 || status >= GO_STATUS_TO_STATE.length) {
                    this.fail(ev, `invalid status for goroutine ${gid}: ${ev.a2}`);
                }
                let oldState = GO_STATUS_TO_STATE[status];
                const s = this.g.get(gid);
                if (s) {
                    if (s.status !== status)
                        this.fail(ev, `inconsistent status for goroutine ${gid}: old ${s.status} vs. new ${status}`);
                    s.seqGen = gen;
                    s.seq = 0;
                }
                else if (gen === this.initialGen) {
                    this.g.set(gid, { status, seqGen: gen, seq: 0, regions: [], inFlight: [] });
                    oldState = GoState.Undetermined;
                }
                else {
                    this.fail(ev, `found goroutine status for new goroutine after the first generation: id=${gid} status=${status}`);
                }
                const next = { g, p };
                let ctxM = m;
                let ctxG = g;
                if (status === GoStatus.Running)
                    next.g = gid;
                else if (status === GoStatus.Syscall) {
                    if (mid === events_NO_THREAD)
                        this.fail(ev, `found goroutine ${gid} in syscall without a thread`);
                    if (mid === m) {
                        if (gen !== this.initialGen && g !== gid) {
                            this.fail(ev, `inconsistent thread for syscalling goroutine ${gid}: thread has goroutine ${g}`);
                        }
                        next.g = gid;
                    }
                    else {
                        const other = this.m.get(mid);
                        if (other) {
                            if (other.g !== gid)
                                this.fail(ev, `inconsistent thread for syscalling goroutine ${gid}: thread has goroutine ${other.g}`);
                            ctxG = other.g;
                        }
                        else {
                            this.m.set(mid, { g: gid, p: NO_PROC });
                        }
                        ctxM = mid;
                    }
                }
                this.push(ev, t, ctxG, p, ctxM, oldState);
                return this.ok(next.g, next.p);
            }
            case Ev.GoCreate:
            case Ev.GoCreateBlocked: {
                this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
                const cur = this.g.get(g);
                if (cur && cur.status !== GoStatus.Running)
                    this.fail(ev, 'event for goroutine that is not Running');
                const newg = ev.a0;
                if (this.g.has(newg))
                    this.fail(ev, `tried to create goroutine (${newg}) that already exists`);
                const status = ev.type === Ev.GoCreateBlocked ? GoStatus.Waiting : GoStatus.Runnable;
                this.g.set(newg, { status, seqGen: gen, seq: 0, regions: [], inFlight: [] });
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GoDestroy:
            case Ev.GoStop:
            case Ev.GoBlock: {
                this.userGo(ev, g, p, m);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
                if (s.status !== GoStatus.Running)
                    this.fail(ev, 'event for goroutine that is not Running');
                if (ev.type === Ev.GoDestroy)
                    this.g.delete(g);
                else
                    s.status = ev.type === Ev.GoStop ? GoStatus.Runnable : GoStatus.Waiting;
                this.push(ev, t, g, p, m);
                return this.ok(NO_GOROUTINE, p);
            }
            case Ev.GoStart: {
                const gid = ev.a0;
                const s = this.g.get(gid);
                if (!s || s.status !== GoStatus.Runnable || s.seqGen !== gen || !order_isSucc(ev.a1, s.seq))
                    return false;
                this.check(ev, g, p, m, Need.Must, Need.Must, Need.MustNot);
                s.status = GoStatus.Running;
                s.seq = ev.a1;
                this.push(ev, t, g, p, m);
                return this.ok(gid, p);
            }
            case Ev.GoUnblock: {
                const gid = ev.a0;
                const s = this.g.get(gid);
                if (!s || s.status !== GoStatus.Waiting || s.seqGen !== gen || !order_isSucc(ev.a1, s.seq))
                    return false;
                s.status = GoStatus.Runnable;
                s.seq = ev.a1;
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GoSwitch:
            case Ev.GoSwitchDestroy: {
                this.userGo(ev, g, p, m);
                const cur = this.g.get(g);
                if (!cur)
                    this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
                if (cur.status !== GoStatus.Running)
                    this.fail(ev, 'event for goroutine that is not Running');
                const nextg = ev.a0;
                const ns = this.g.get(nextg);
                if (!ns || ns.status !== GoStatus.Waiting || ns.seqGen !== gen || !order_isSucc(ev.a1, ns.seq))
                    return false;
                this.push(ev, t, g, p, m);
                // A switch is an unblock of the target, then the current goroutine blocks or ends, then the target starts.
                if (ev.type === Ev.GoSwitch) {
                    cur.status = GoStatus.Waiting;
                    this.synth(Ev.GoBlock, ev.time, [0, 0], t, g, p, m);
                }
                else {
                    this.g.delete(g);
                    this.synth(Ev.GoDestroy, ev.time, [], t, g, p, m);
                }
                ns.status = GoStatus.Running;
                ns.seq = ev.a1;
                this.synth(Ev.GoStart, ev.time, [nextg, ev.a1], t, NO_GOROUTINE, p, m);
                return this.ok(nextg, p);
            }
            case Ev.GoSyscallBegin: {
                this.userGo(ev, g, p, m);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
                if (s.status !== GoStatus.Running)
                    this.fail(ev, 'event for goroutine that is not Running');
                s.status = GoStatus.Syscall;
                const ps = this.p.get(p);
                if (!ps)
                    this.fail(ev, `uninitialized proc ${p}`);
                ps.status = ProcStatus.Syscall;
                if (ps.seqGen !== gen || !order_isSucc(ev.a0, ps.seq))
                    this.fail(ev, `can't make sequence: ${ps.seq} -> ${ev.a0}`);
                ps.seq = ev.a0;
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GoSyscallEnd: {
                this.userGo(ev, g, p, m);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
                if (s.status !== GoStatus.Syscall)
                    this.fail(ev, 'event for goroutine that is not in a syscall');
                s.status = GoStatus.Running;
                const ps = this.p.get(p);
                if (!ps)
                    this.fail(ev, `uninitialized proc ${p}`);
                if (ps.status !== ProcStatus.Syscall)
                    this.fail(ev, `expected proc ${p} in a syscall, but got status ${ps.status}`);
                ps.status = ProcStatus.Running;
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GoSyscallEndBlocked: {
                if (p !== NO_PROC) {
                    const ps = this.p.get(p);
                    if (!ps)
                        this.fail(ev, `uninitialized proc ${p}`);
                    // Our P is still in the syscall: wait until it is stolen.
                    if (ps.status === ProcStatus.Syscall)
                        return false;
                }
                this.check(ev, g, p, m, Need.Must, Need.May, Need.Must);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
                if (s.status !== GoStatus.Syscall)
                    this.fail(ev, 'event for goroutine that is not in a syscall');
                s.status = GoStatus.Runnable;
                this.push(ev, t, g, p, m);
                return this.ok(NO_GOROUTINE, p);
            }
            case Ev.GoCreateSyscall: {
                this.check(ev, g, p, m, Need.Must, Need.May, Need.MustNot);
                const newg = ev.a0;
                if (this.g.has(newg))
                    this.fail(ev, `tried to create goroutine (${newg}) in syscall that already exists`);
                this.g.set(newg, { status: GoStatus.Syscall, seqGen: gen, seq: 0, regions: [], inFlight: [] });
                this.push(ev, t, g, p, m);
                return this.ok(newg, p);
            }
            case Ev.GoDestroySyscall: {
                this.check(ev, g, p, m, Need.Must, Need.May, Need.Must);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `event for goroutine (${g}) that doesn't exist`);
                if (s.status !== GoStatus.Syscall)
                    this.fail(ev, 'event for goroutine that is not in a syscall');
                this.g.delete(g);
                let nextP = p;
                if (p !== NO_PROC) {
                    const ps = this.p.get(p);
                    if (!ps)
                        this.fail(ev, `found invalid proc ${p}`);
                    if (ps.status !== ProcStatus.Syscall)
                        this.fail(ev, `proc ${p} in unexpected state ${ps.status}`);
                    // The P is left for another M to steal; report it as taken away from this one.
                    ps.status = ProcStatus.SyscallAbandoned;
                    nextP = NO_PROC;
                    this.synth(Ev.ProcSteal, ev.time, [p], t, g, p, m, ProcStatus.Syscall);
                }
                this.push(ev, t, g, p, m);
                return this.ok(NO_GOROUTINE, nextP);
            }
            case Ev.UserTaskBegin: {
                const id = ev.a0;
                if (this.tasks.has(id))
                    this.fail(ev, `task ID conflict: ${id}`);
                const parent = ev.a1;
                if (!t.hasString(ev.a2))
                    this.fail(ev, `invalid string ID ${ev.a2}`);
                this.tasks.set(id, { name: t.string(ev.a2), parent });
                this.userGo(ev, g, p, m);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.UserTaskEnd: {
                this.tasks.delete(ev.a0);
                this.userGo(ev, g, p, m);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.UserRegionBegin:
            case Ev.UserRegionEnd: {
                this.userGo(ev, g, p, m);
                if (!t.hasString(ev.a1))
                    this.fail(ev, `invalid string ID ${ev.a1}`);
                const name = t.string(ev.a1);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `no known state for current goroutine ${g}`);
                if (ev.type === Ev.UserRegionBegin)
                    s.regions.push({ task: ev.a0, name });
                else if (s.regions.length > 0) {
                    const top = s.regions[s.regions.length - 1];
                    if (top.task !== ev.a0 || top.name !== name) {
                        this.fail(ev, `misuse of region in goroutine ${g}: region end ${name} when the inner-most active region is ${top.name}`);
                    }
                    s.regions.pop();
                }
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GCActive: {
                const seq = ev.a0;
                if (gen === this.initialGen) {
                    if (this.gcState !== GcState.Undetermined)
                        this.fail(ev, "GCActive in the first generation isn't first GC event");
                    this.gcSeq = seq;
                    this.gcState = GcState.Running;
                    this.push(ev, t, g, p, m);
                    return this.ok(g, p);
                }
                if (!order_isSucc(seq, this.gcSeq))
                    return false;
                if (this.gcState !== GcState.Running)
                    this.fail(ev, 'encountered GCActive while GC was not in progress');
                this.gcSeq = seq;
                this.userGo(ev, g, p, m);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GCBegin: {
                const seq = ev.a0;
                if (this.gcState === GcState.Undetermined) {
                    this.gcSeq = seq;
                    this.gcState = GcState.Running;
                    this.push(ev, t, g, p, m);
                    return this.ok(g, p);
                }
                if (!order_isSucc(seq, this.gcSeq))
                    return false;
                if (this.gcState === GcState.Running)
                    this.fail(ev, 'encountered GCBegin while GC was already in progress');
                this.gcSeq = seq;
                this.gcState = GcState.Running;
                this.userGo(ev, g, p, m);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GCEnd: {
                const seq = ev.a0;
                if (!order_isSucc(seq, this.gcSeq))
                    return false;
                if (this.gcState === GcState.NotRunning)
                    this.fail(ev, 'encountered GCEnd when GC was not in progress');
                if (this.gcState === GcState.Undetermined)
                    this.fail(ev, 'encountered GCEnd when GC was in an undetermined state');
                this.gcSeq = seq;
                this.gcState = GcState.NotRunning;
                this.userGo(ev, g, p, m);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.ProcsChange:
            case Ev.GoLabel:
            case Ev.UserLog:
                this.userGo(ev, g, p, m);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            case Ev.HeapAlloc:
            case Ev.HeapGoal:
                this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            case Ev.GCSweepBegin: {
                this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
                this.beginRange(ev, this.p.get(p), Ev.GCSweepBegin, 0);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GCSweepActive: {
                const ps = this.p.get(ev.a0);
                if (!ps)
                    this.fail(ev, `encountered GCSweepActive for unknown proc ${ev.a0}`);
                this.activeRange(ev, ps, Ev.GCSweepBegin, gen === this.initialGen);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GCSweepEnd: {
                this.check(ev, g, p, m, Need.Must, Need.Must, Need.May);
                this.endRange(ev, this.p.get(p));
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.STWBegin:
            case Ev.GCMarkAssistBegin: {
                this.userGo(ev, g, p, m);
                const desc = ev.type === Ev.STWBegin ? ev.a0 : 0;
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `no known state for current goroutine ${g}`);
                this.beginRange(ev, s, ev.type, desc);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.GCMarkAssistActive: {
                const s = this.g.get(ev.a0);
                if (!s)
                    this.fail(ev, `uninitialized goroutine ${ev.a0}`);
                this.activeRange(ev, s, Ev.GCMarkAssistBegin, gen === this.initialGen);
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            case Ev.STWEnd:
            case Ev.GCMarkAssistEnd: {
                this.userGo(ev, g, p, m);
                const s = this.g.get(g);
                if (!s)
                    this.fail(ev, `no known state for current goroutine ${g}`);
                const desc = this.endRange(ev, s);
                // The end carries its begin's reason, so a consumer needs no pairing to name it.
                if (ev.type === Ev.STWEnd)
                    ev.a0 = desc;
                this.push(ev, t, g, p, m);
                return this.ok(g, p);
            }
            default:
                if ((SPECS[ev.type]?.experiment ?? 0) !== 0) {
                    this.check(ev, g, p, m, Need.Must, Need.May, Need.May);
                    this.push(ev, t, g, p, m);
                    return this.ok(g, p);
                }
                this.fail(ev, `bad event type ${ev.type} found while ordering`);
        }
    }
    beginRange(ev, s, typ, desc) {
        if (!s)
            this.fail(ev, 'range begins on an unknown resource');
        if (hasRange(s, typ, desc))
            this.fail(ev, `discovered event already in-flight when starting ${eventName(typ)}`);
        s.inFlight.push({ typ, desc });
    }
    activeRange(ev, s, typ, initial) {
        if (initial) {
            if (hasRange(s, typ, 0))
                this.fail(ev, `found named active range already in first gen: ${eventName(typ)}`);
            s.inFlight.push({ typ, desc: 0 });
        }
        else if (!hasRange(s, typ, 0)) {
            this.fail(ev, `resource is missing active range: ${eventName(typ)}`);
        }
    }
    endRange(ev, s) {
        if (!s)
            this.fail(ev, 'range ends on an unknown resource');
        const st = startOf(ev.type);
        const idx = s.inFlight.findIndex((r) => r.typ === st);
        if (idx < 0)
            this.fail(ev, `tried to end event ${eventName(st)}, but not in-flight`);
        const desc = s.inFlight[idx].desc;
        // Swap-remove, like Go: order of in-flight ranges carries no meaning.
        s.inFlight[idx] = s.inFlight[s.inFlight.length - 1];
        s.inFlight.pop();
        return desc;
    }
}
function syncEvent(time, table, n) {
    return new TraceEvent(EV_SYNC, time, n, 0, 0, 0, NO_GOROUTINE, NO_PROC, events_NO_THREAD, table, 0);
}

;// CONCATENATED MODULE: ./src/trace/source.ts
/**
 * Pull-based byte window over a stream of chunks.
 *
 * The reader asks for "at least n bytes from here"; the source concatenates
 * only the unread tail with the next chunk, so a batch that straddles two
 * chunks costs one small copy and nothing is retained once consumed. Batch
 * payloads handed out are subarrays of the window (no copy): they pin at most
 * the chunks of the generation being read, which is what bounds memory by the
 * largest generation rather than the file.
 */

/** 1 MiB reads: large enough to amortise stream overhead, small next to a generation. */
const CHUNK_SIZE = 1 << 20;
class ByteSource {
    /** Current window; bytes before `pos` are consumed. */
    buf = new Uint8Array(0);
    pos = 0;
    /** File offset of buf[0], for error messages. */
    base = 0;
    eof = false;
    iter;
    constructor(input) {
        if (input instanceof Uint8Array) {
            this.buf = input;
            this.eof = true;
        }
        else {
            const stream = typeof input === 'string' ? (0,external_node_fs_namespaceObject.createReadStream)(input, { highWaterMark: CHUNK_SIZE }) : input;
            this.iter = stream[Symbol.asyncIterator]();
        }
    }
    /** Absolute offset of the next unread byte. */
    get offset() {
        return this.base + this.pos;
    }
    available() {
        return this.buf.length - this.pos;
    }
    /** Ensures `n` unread bytes are in the window; returns false if the input ends first. */
    async need(n) {
        while (this.buf.length - this.pos < n) {
            if (this.eof || !this.iter)
                return false;
            const next = await this.iter.next();
            if (next.done) {
                this.eof = true;
                return false;
            }
            const chunk = typeof next.value === 'string' ? new TextEncoder().encode(next.value) : next.value;
            if (chunk.length === 0)
                continue;
            const rest = this.buf.length - this.pos;
            if (rest === 0) {
                this.base += this.buf.length;
                this.buf = chunk;
            }
            else {
                const joined = new Uint8Array(rest + chunk.length);
                joined.set(this.buf.subarray(this.pos), 0);
                joined.set(chunk, rest);
                this.base += this.pos;
                this.buf = joined;
            }
            this.pos = 0;
        }
        return true;
    }
    /** True when every byte has been consumed and the input has ended. */
    async atEnd() {
        return !(await this.need(1));
    }
    /** Stops reading a stream early (error paths), so a file handle is not leaked. */
    async close() {
        if (this.iter?.return) {
            try {
                await this.iter.return();
            }
            catch {
                // The stream may already be destroyed; nothing more to release.
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/trace/reader.ts
/**
 * Streaming reader of Go 1.22+ execution traces.
 *
 * Shaped like bufio.Scanner: construct with the input and a name used only in
 * messages, then iterate. `generations()` yields one generation at a time;
 * each generation's `events()` yields its events in the order Go's own reader
 * (golang.org/x/exp/trace) would, with the same nanosecond timestamps —
 * including its rule that timestamps are made strictly increasing by bumping
 * an event that is not later than its predecessor to predecessor + 1 ns.
 * Consume a generation's events before asking for the next generation: the
 * ordering state carries over.
 *
 * Memory: one generation's batches and tables at a time.
 */







/** Reads events from one M's batches, converting deltas to absolute nanoseconds. */
/** Per version: number of arguments after `dt` of each timed event type, -1 if not a valid timed event. */
const ARG_COUNTS = new Map(SUPPORTED_VERSIONS.map((v) => {
    const counts = new Int8Array(256).fill(-1);
    for (let t = 0; t < 256; t++) {
        const s = specFor(v, t);
        if (s && s.timed)
            counts[t] = s.args.length - 1;
    }
    return [v, counts];
}));
/**
 * Per event type, the argument indices (0-based, after dt) that are stack IDs
 * and string IDs, two slots each, -1 when unused: every event's IDs are
 * checked against its generation's tables, so this avoids walking the spec.
 */
const STACK_IDX = new Int8Array(512).fill(-1);
const STRING_IDX = new Int8Array(512).fill(-1);
const HAS_IDS = new Uint8Array(256);
for (let t = 0; t < 256; t++) {
    SPECS[t]?.stackArgs.forEach((a, k) => (STACK_IDX[2 * t + k] = a - 1));
    SPECS[t]?.stringArgs.forEach((a, k) => (STRING_IDX[2 * t + k] = a - 1));
    HAS_IDS[t] = STACK_IDX[2 * t] >= 0 || STRING_IDX[2 * t] >= 0 ? 1 : 0;
}
class BatchCursor {
    m;
    batches;
    table;
    version;
    file;
    /** This M's scheduling state in the ordering, looked up once (entries are never removed). */
    mState;
    argCounts;
    idx = 0;
    lastTs = 0;
    cur;
    ev;
    spare;
    constructor(m, batches, table, version, file) {
        this.m = m;
        this.batches = batches;
        this.table = table;
        this.version = version;
        this.file = file;
        this.argCounts = ARG_COUNTS.get(version);
        const first = batches.length > 0 ? batches[0].data : new Uint8Array(0);
        this.cur = new ByteCursor(first, 0, first.length);
    }
    /** Advances to the next event; false when this M has no more events in the generation. */
    next() {
        const cur = this.cur;
        while (this.idx < this.batches.length && cur.pos === cur.end) {
            this.idx++;
            this.lastTs = 0;
            if (this.idx < this.batches.length) {
                const b = this.batches[this.idx];
                cur.buf = b.data;
                cur.pos = 0;
                cur.end = b.data.length;
            }
        }
        if (this.idx >= this.batches.length)
            return false;
        const batch = this.batches[this.idx];
        // Go restarts from the batch's base time whenever the running time is 0, not only at a
        // batch boundary; reproducing that keeps our timestamps identical to Go's on odd traces.
        if (this.lastTs === 0)
            this.lastTs = this.table.ns(batch.time);
        const at = cur.pos;
        const typ = cur.buf[cur.pos++];
        const n = this.argCounts[typ];
        if (n < 0) {
            const spec = specFor(this.version, typ);
            throw new TraceFormatError(this.file, batch.offset + at, `a timed event for trace version go 1.${this.version}`, spec ? `found ${spec.name}, which has no timestamp` : `found invalid event type ${typ} (${eventName(typ)})`);
        }
        let dt;
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        const buf = cur.buf;
        try {
            // Most arguments are single-byte varints; test for that before calling the decoder.
            dt = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
            if (n > 0)
                a0 = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
            if (n > 1)
                a1 = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
            if (n > 2)
                a2 = buf[cur.pos] < 0x80 && cur.pos < cur.end ? buf[cur.pos++] : cur.uvarint();
            if (n > 3)
                a3 = cur.uvarint();
        }
        catch (e) {
            if (e instanceof VarintError) {
                throw new TraceFormatError(this.file, batch.offset + e.offset, `the arguments of ${eventName(typ)}`, e.message);
            }
            throw e;
        }
        const time = this.table.ns(dt) + this.lastTs;
        this.lastTs = time;
        // Two event objects per M, used alternately: an accepted event is delivered before
        // this cursor is advanced twice more, so it is never overwritten while in use, and
        // reading allocates nothing per event.
        let ev = this.spare;
        if (ev) {
            this.spare = this.ev;
            ev.type = typ;
            ev.time = time;
            ev.a0 = a0;
            ev.a1 = a1;
            ev.a2 = a2;
            ev.a3 = a3;
            ev.g = NO_GOROUTINE;
            ev.p = NO_PROC;
            ev.m = events_NO_THREAD;
            ev.offset = batch.offset + at;
            ev.old = 0;
        }
        else {
            ev = new TraceEvent(typ, time, a0, a1, a2, a3, NO_GOROUTINE, NO_PROC, events_NO_THREAD, this.table, batch.offset + at);
            this.spare = this.ev;
        }
        this.ev = ev;
        return true;
    }
}
// A binary min-heap on event time, written to make the same choices as Go's
// (same sift rules, same tie behaviour): which of two equal-time events is
// tried first decides which one gets bumped by 1 ns.
function siftUp(h, i) {
    while (i > 0 && h[(i - 1) >> 1].ev.time > h[i].ev.time) {
        const p = (i - 1) >> 1;
        const x = h[p];
        h[p] = h[i];
        h[i] = x;
        i = p;
    }
    return i;
}
function siftDown(h, i) {
    for (;;) {
        let m = i;
        let minT = i < h.length ? h[i].ev.time : Infinity;
        const l = 2 * i + 1;
        const r = l + 1;
        if (l < h.length && h[l].ev.time < minT) {
            m = l;
            minT = h[l].ev.time;
        }
        if (r < h.length && h[r].ev.time < minT)
            m = r;
        if (m === i)
            return;
        const x = h[i];
        h[i] = h[m];
        h[m] = x;
        i = m;
    }
}
function heapUpdate(h, i) {
    if (siftUp(h, i) !== i)
        return;
    siftDown(h, i);
}
function heapRemove(h, i) {
    while (i > 0) {
        const p = (i - 1) >> 1;
        [h[p], h[i]] = [h[i], h[p]];
        i = p;
    }
    h[0] = h[h.length - 1];
    h.pop();
    siftDown(h, 0);
}
/**
 * Insertion sort by time: stable, and what Go's sort does for up to 12
 * elements (one per M with events in the generation), so ties resolve alike.
 */
function sortByTime(h) {
    for (let i = 1; i < h.length; i++) {
        for (let j = i; j > 0 && h[j].ev.time < h[j - 1].ev.time; j--)
            [h[j], h[j - 1]] = [h[j - 1], h[j]];
    }
}
/** One generation, ready to be iterated. */
class TraceGeneration {
    generation;
    order;
    state;
    version;
    file;
    constructor(generation, order, state, version, file) {
        this.generation = generation;
        this.order = order;
        this.state = state;
        this.version = version;
        this.file = file;
    }
    get gen() {
        return this.generation.gen;
    }
    get table() {
        return this.generation.table;
    }
    emit(ev) {
        if (ev.time <= this.state.lastTs)
            ev.time = this.state.lastTs + 1;
        this.state.lastTs = ev.time;
        return ev;
    }
    validateIds(ev) {
        const t = this.generation.table;
        const k = 2 * ev.type;
        for (let j = k; j < k + 2; j++) {
            const si = STACK_IDX[j];
            if (si >= 0) {
                const id = ev.arg(si);
                if (!t.hasStack(id))
                    this.badId(ev, 'stack', id);
            }
            const ti = STRING_IDX[j];
            if (ti >= 0) {
                const id = ev.arg(ti);
                if (!t.hasString(id))
                    this.badId(ev, 'string', id);
            }
        }
    }
    badId(ev, what, id) {
        throw new TraceFormatError(this.file, ev.offset, `a known ${what} ID in ${ev.name}`, `${what} ${id} is not in the ${what} table`);
    }
    frontier;
    sample = 0;
    finished = false;
    /**
     * The next event of the generation in order (the first is a Sync event), or
     * undefined at its end. Like bufio.Scanner's buffer, the returned object is
     * only valid until the next call (the reader reuses it); `clone()` it to keep it. A plain method rather than a generator: it runs once
     * per event, and generator resumption would cost more than the decoding.
     */
    next() {
        const g = this.generation;
        const t = g.table;
        let frontier = this.frontier;
        if (!frontier) {
            frontier = this.frontier = [];
            this.state.syncs++;
            for (const m of g.batchMs) {
                const bc = new BatchCursor(m, g.batches.get(m) ?? [], t, this.version, this.file);
                if (!bc.next())
                    continue;
                frontier.push(bc);
                siftUp(frontier, frontier.length - 1);
            }
            return this.emit(syncEvent(t.ns(g.minTs), t, this.state.syncs));
        }
        const order = this.order;
        let ev = order.next();
        if (ev === undefined) {
            if (this.finished)
                return undefined;
            const samples = g.cpuSamples;
            if (frontier.length === 0 && this.sample >= samples.length) {
                this.finished = true;
                return undefined;
            }
            if (this.sample < samples.length && (frontier.length === 0 || samples[this.sample].time < frontier[0].ev.time)) {
                const s = samples[this.sample++];
                return this.emit(new TraceEvent(Ev.CPUSample, s.time, s.stack, 0, 0, 0, s.g, s.p, s.m, t, 0));
            }
            // Common case first: the earliest event is ready.
            const bc = frontier[0];
            if (order.advance(bc.ev, t, bc.m, g.gen, bc)) {
                if (bc.next())
                    siftDown(frontier, 0);
                else
                    heapRemove(frontier, 0);
            }
            else {
                // It is not; let the others go first, earliest first.
                sortByTime(frontier);
                let ok = false;
                for (let i = 1; i < frontier.length; i++) {
                    if (this.tryAdvance(frontier, i)) {
                        ok = true;
                        break;
                    }
                }
                if (!ok) {
                    const stuck = frontier.map((c) => `M ${c.m} ${eventName(c.ev.type)} at ${c.ev.time}`).join('; ');
                    throw new TraceFormatError(this.file, frontier[0].ev.offset, 'an event that can happen next in generation ' + String(g.gen), `no M can make progress (${stuck})`);
                }
            }
            ev = order.next();
            if (!ev)
                throw new Error('internal error: ordering accepted an event but queued nothing');
        }
        if (HAS_IDS[ev.type] === 1)
            this.validateIds(ev);
        if (ev.time <= this.state.lastTs)
            ev.time = this.state.lastTs + 1;
        this.state.lastTs = ev.time;
        return ev;
    }
    tryAdvance(frontier, i) {
        const bc = frontier[i];
        if (!this.order.advance(bc.ev, this.generation.table, bc.m, this.generation.gen, bc))
            return false;
        if (bc.next())
            heapUpdate(frontier, i);
        else
            heapRemove(frontier, i);
        return true;
    }
    /** The generation's events in order, starting with a Sync event (each valid until the next; see next()). */
    *events() {
        for (let ev = this.next(); ev; ev = this.next())
            yield ev;
    }
}
class TraceReader {
    fileName;
    src;
    version_;
    constructor(input, fileName) {
        this.fileName = fileName;
        this.src = new ByteSource(input);
    }
    /** Wire version (22, 23, 25, 26); available once iteration has started. */
    get version() {
        return this.version_;
    }
    async readHeader() {
        const src = this.src;
        await src.need(HEADER_LENGTH);
        const n = Math.min(HEADER_LENGTH, src.available());
        const head = src.buf.subarray(src.pos, src.pos + n);
        const text = String.fromCharCode(...head);
        const m = /^go 1\.(\d{1,3}) trace\0*$/.exec(text);
        if (!m) {
            throw new TraceFormatError(this.fileName, 0, 'a Go execution trace header ("go 1.NN trace")', 'not a Go execution trace?');
        }
        const v = Number(m[1]);
        if (!SUPPORTED_VERSIONS.includes(v))
            throw new UnsupportedTraceVersionError(this.fileName, v);
        if (n < HEADER_LENGTH) {
            throw new TraceFormatError(this.fileName, n, 'a 16-byte trace header', 'the trace ends inside its header');
        }
        src.pos += HEADER_LENGTH;
        return v;
    }
    /** Generations in file order. Throws TraceFormatError / UnsupportedTraceVersionError on bad input. */
    async *generations() {
        try {
            const version = await this.readHeader();
            this.version_ = version;
            const order = new Ordering(this.fileName);
            const state = { lastTs: 0, syncs: 0 };
            const gens = new GenerationReader(this.src, version, this.fileName);
            for (;;) {
                const g = await gens.next();
                if (!g)
                    return;
                yield new TraceGeneration(g, order, state, version, this.fileName);
            }
        }
        finally {
            await this.src.close();
        }
    }
    /** Every event of the trace in order (convenience; per-generation iteration is faster). */
    async *events() {
        for await (const g of this.generations())
            yield* g.events();
    }
}

;// CONCATENATED MODULE: ./src/trace/metrics.ts



const GC_PAUSE_REASONS = new Set(['GC sweep termination', 'GC mark termination']);
/** Nearest-rank quantile of an ascending array. */
function quantile(sorted, q) {
    if (sorted.length === 0)
        return 0;
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[i];
}
function summarizePauses(durations) {
    const sorted = [...durations].sort((a, b) => a - b);
    return {
        count: durations.length,
        p50Ns: quantile(sorted, 0.5),
        p99Ns: quantile(sorted, 0.99),
        maxNs: sorted.length ? sorted[sorted.length - 1] : 0,
        totalNs: durations.reduce((s, d) => s + d, 0),
        durationsNs: durations,
    };
}
/** Reads a whole trace and computes its metrics. Throws InputError subclasses on bad input. */
async function traceMetrics(input, options) {
    const reader = new TraceReader(input, options.fileName);
    let generations = 0;
    let firstTs = -1;
    let lastTs = 0;
    let gcCycles = 0;
    const pauses = [];
    const stwOpen = new Map();
    const assistOpen = new Map();
    let markAssistNs = 0;
    let peakHeap = 0;
    let heapGoal = 0;
    const alive = new Set();
    let atStart = 0;
    let created = 0;
    let ended = 0;
    let peakAlive = 0;
    /** Creation stacks of goroutines created during the trace and not yet ended. */
    const createdBy = new Map();
    for await (const gen of reader.generations()) {
        generations++;
        for (let ev = gen.next(); ev; ev = gen.next()) {
            if (firstTs < 0)
                firstTs = ev.time;
            lastTs = ev.time;
            switch (ev.type) {
                case Ev.GCBegin:
                    gcCycles++;
                    break;
                case Ev.STWBegin: {
                    let open = stwOpen.get(ev.g);
                    if (!open)
                        stwOpen.set(ev.g, (open = []));
                    open.push(ev.time);
                    break;
                }
                case Ev.STWEnd: {
                    const begin = stwOpen.get(ev.g)?.pop();
                    if (begin !== undefined && GC_PAUSE_REASONS.has(ev.stwReason() ?? ''))
                        pauses.push(ev.time - begin);
                    break;
                }
                case Ev.GCMarkAssistBegin:
                    assistOpen.set(ev.g, ev.time);
                    break;
                case Ev.GCMarkAssistActive:
                    assistOpen.set(ev.a0, ev.time);
                    break;
                case Ev.GCMarkAssistEnd: {
                    const begin = assistOpen.get(ev.g);
                    if (begin !== undefined) {
                        markAssistNs += ev.time - begin;
                        assistOpen.delete(ev.g);
                    }
                    break;
                }
                case Ev.HeapAlloc:
                    peakHeap = Math.max(peakHeap, ev.heapBytes() ?? 0);
                    break;
                case Ev.HeapGoal:
                    heapGoal = Math.max(heapGoal, ev.heapBytes() ?? 0);
                    break;
                // Only these events can add or remove a goroutine: the ordering rejects any other
                // transition of a goroutine it has not seen created or reported by GoStatus. Skipping
                // the rest avoids building a transition object for most events of the trace.
                case Ev.GoCreate:
                case Ev.GoCreateBlocked:
                case Ev.GoCreateSyscall:
                case Ev.GoDestroy:
                case Ev.GoDestroySyscall:
                case Ev.GoStatus:
                case Ev.GoStatusStack: {
                    const tr = ev.goTransition();
                    if (!tr)
                        break;
                    if (tr.from === GoState.NotExist) {
                        created++;
                        createdBy.set(tr.goroutine, tr.stack);
                    }
                    else if (tr.from === GoState.Undetermined && !alive.has(tr.goroutine)) {
                        atStart++;
                    }
                    if (tr.to === GoState.NotExist) {
                        ended++;
                        alive.delete(tr.goroutine);
                        createdBy.delete(tr.goroutine);
                    }
                    else if (!alive.has(tr.goroutine)) {
                        alive.add(tr.goroutine);
                        if (alive.size > peakAlive)
                            peakAlive = alive.size;
                    }
                }
            }
        }
    }
    for (const begin of assistOpen.values())
        markAssistNs += lastTs - begin;
    return {
        goVersion: reader.version ?? 0,
        durationNs: firstTs < 0 ? 0 : lastTs - firstTs,
        generations,
        gcCycles,
        gcPauses: summarizePauses(pauses),
        markAssistNs,
        peakHeapBytes: peakHeap,
        heapGoalBytes: heapGoal,
        goroutines: { atStart, created, ended, aliveAtEnd: alive.size, peakAlive },
        leaks: groupLeaks(createdBy, options.isModuleFrame),
    };
}
/** The creation site of a goroutine created with `stack`, or undefined if it is not attributable to the module. */
function leakSiteOf(stack, isModuleFrame) {
    const i = stack.findIndex(isModuleFrame);
    if (i < 0)
        return undefined;
    for (let j = 0; j < i; j++) {
        const fn = stack[j].function;
        if (fn === 'runtime.StartTrace' || fn.startsWith('runtime/trace.'))
            return undefined;
    }
    return stack[i];
}
function groupLeaks(createdBy, isModuleFrame) {
    const sites = new Map();
    for (const stack of createdBy.values()) {
        const site = leakSiteOf(stack, isModuleFrame);
        if (!site)
            continue;
        const key = `${site.file}\0${site.line}\0${site.function}`;
        const existing = sites.get(key);
        if (existing)
            existing.count++;
        else
            sites.set(key, { function: site.function, file: site.file, line: site.line, count: 1, stack });
    }
    // Most leaked first; then by position so output is deterministic.
    return [...sites.values()].sort((a, b) => b.count - a.count || a.file.localeCompare(b.file) || a.line - b.line || a.function.localeCompare(b.function));
}

;// CONCATENATED MODULE: ./src/analyze/trace.ts
/**
 * From one sample's execution trace to metric values and leak sites.
 *
 * Per-op values (GC cycles/op, GC pause/op, mark assist/op) divide by the
 * number of times the benchmark body ran in the process. With a fixed
 * `-benchtime=Nx` that is exactly N+1 (testing always runs b.N=1 first); with
 * a duration benchtime the sizing rounds are not printed, so we divide by the
 * final N plus one and the figure slightly over-counts — equally on both
 * sides of a comparison, which is what the verdict needs.
 */


/** True for frames of the module under test: by file location, or by function import path (for -trimpath builds). */
function moduleFramePredicate(scope) {
    const dir = scope.dir.endsWith((external_node_path_default()).sep) ? scope.dir : scope.dir + (external_node_path_default()).sep;
    const prefix = scope.path;
    return (f) => (f.file !== '' && f.file.startsWith(dir)) ||
        (prefix !== '' && (f.function.startsWith(prefix + '.') || f.function.startsWith(prefix + '/')));
}
/** Times the benchmark body ran in its process, given the N its result line printed. */
function opsInProcess(printedN) {
    return printedN > 1 ? printedN + 1 : 1;
}
async function analyzeTrace(file, displayName, ops, scope, relative) {
    const m = await traceMetrics(file, { fileName: displayName, isModuleFrame: moduleFramePredicate(scope) });
    const leaked = m.leaks.reduce((s, l) => s + l.count, 0);
    return {
        values: {
            'gc-cycles': m.gcCycles / ops,
            'gc-pause-p99': m.gcPauses.p99Ns,
            'gc-pause-max': m.gcPauses.maxNs,
            'gc-pause-total': m.gcPauses.totalNs / ops,
            'mark-assist': m.markAssistNs / ops,
            'peak-heap': m.peakHeapBytes,
            'goroutines-leaked': leaked,
            'goroutines-peak': m.goroutines.peakAlive,
        },
        leaks: m.leaks.map((l) => ({
            function: l.function,
            file: relative(l.file),
            line: l.line,
            count: l.count,
            stack: l.stack.map((f) => ({ ...f, file: relative(f.file) })),
        })),
    };
}

;// CONCATENATED MODULE: ./node_modules/pako/dist/pako.mjs
//#region src/zlib/trees.mjs
var Z_FIXED$1 = 4;
var Z_BINARY = 0;
var Z_TEXT = 1;
var Z_UNKNOWN = 2;
function zero$1(buf) {
	let len = buf.length;
	while (--len >= 0) buf[len] = 0;
}
var STORED_BLOCK = 0;
var STATIC_TREES = 1;
var DYN_TREES = 2;
var LENGTH_CODES = 29;
var LITERALS = 256;
var L_CODES = 286;
var D_CODES = 30;
var BL_CODES = 19;
var HEAP_SIZE$1 = 573;
var MAX_BITS = 15;
var Buf_size = 16;
var MAX_BL_BITS = 7;
var END_BLOCK = 256;
var REP_3_6 = 16;
var REPZ_3_10 = 17;
var REPZ_11_138 = 18;
var extra_lbits = new Uint8Array([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	3,
	3,
	4,
	4,
	4,
	4,
	5,
	5,
	5,
	5,
	0
]);
var extra_dbits = new Uint8Array([
	0,
	0,
	0,
	0,
	1,
	1,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	5,
	6,
	6,
	7,
	7,
	8,
	8,
	9,
	9,
	10,
	10,
	11,
	11,
	12,
	12,
	13,
	13
]);
var extra_blbits = new Uint8Array([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	2,
	3,
	7
]);
var bl_order = new Uint8Array([
	16,
	17,
	18,
	0,
	8,
	7,
	9,
	6,
	10,
	5,
	11,
	4,
	12,
	3,
	13,
	2,
	14,
	1,
	15
]);
var DIST_CODE_LEN = 512;
var static_ltree = new Array(288 * 2);
zero$1(static_ltree);
var static_dtree = new Array(D_CODES * 2);
zero$1(static_dtree);
var _dist_code = new Array(DIST_CODE_LEN);
zero$1(_dist_code);
var _length_code = new Array(256);
zero$1(_length_code);
var base_length = new Array(LENGTH_CODES);
zero$1(base_length);
var base_dist = new Array(D_CODES);
zero$1(base_dist);
var StaticTreeDesc = class {
	constructor(static_tree, extra_bits, extra_base, elems, max_length) {
		this.static_tree = static_tree;
		this.extra_bits = extra_bits;
		this.extra_base = extra_base;
		this.elems = elems;
		this.max_length = max_length;
		this.has_stree = static_tree && static_tree.length;
	}
};
var static_l_desc;
var static_d_desc;
var static_bl_desc;
var TreeDesc = class {
	constructor(dyn_tree, stat_desc) {
		this.dyn_tree = dyn_tree;
		this.max_code = 0;
		this.stat_desc = stat_desc;
	}
};
var d_code = (dist) => {
	return dist < 256 ? _dist_code[dist] : _dist_code[256 + (dist >>> 7)];
};
var put_short = (s, w) => {
	s.pending_buf[s.pending++] = w & 255;
	s.pending_buf[s.pending++] = w >>> 8 & 255;
};
var send_bits = (s, value, length) => {
	if (s.bi_valid > Buf_size - length) {
		s.bi_buf |= value << s.bi_valid & 65535;
		put_short(s, s.bi_buf);
		s.bi_buf = value >> Buf_size - s.bi_valid;
		s.bi_valid += length - Buf_size;
	} else {
		s.bi_buf |= value << s.bi_valid & 65535;
		s.bi_valid += length;
	}
};
var send_code = (s, c, tree) => {
	send_bits(s, tree[c * 2], tree[c * 2 + 1]);
};
var bi_reverse = (code, len) => {
	let res = 0;
	do {
		res |= code & 1;
		code >>>= 1;
		res <<= 1;
	} while (--len > 0);
	return res >>> 1;
};
var bi_flush = (s) => {
	if (s.bi_valid === 16) {
		put_short(s, s.bi_buf);
		s.bi_buf = 0;
		s.bi_valid = 0;
	} else if (s.bi_valid >= 8) {
		s.pending_buf[s.pending++] = s.bi_buf & 255;
		s.bi_buf >>= 8;
		s.bi_valid -= 8;
	}
};
var gen_bitlen = (s, desc) => {
	const tree = desc.dyn_tree;
	const max_code = desc.max_code;
	const stree = desc.stat_desc.static_tree;
	const has_stree = desc.stat_desc.has_stree;
	const extra = desc.stat_desc.extra_bits;
	const base = desc.stat_desc.extra_base;
	const max_length = desc.stat_desc.max_length;
	let h;
	let n, m;
	let bits;
	let xbits;
	let f;
	let overflow = 0;
	for (bits = 0; bits <= MAX_BITS; bits++) s.bl_count[bits] = 0;
	tree[s.heap[s.heap_max] * 2 + 1] = 0;
	for (h = s.heap_max + 1; h < HEAP_SIZE$1; h++) {
		n = s.heap[h];
		bits = tree[tree[n * 2 + 1] * 2 + 1] + 1;
		if (bits > max_length) {
			bits = max_length;
			overflow++;
		}
		tree[n * 2 + 1] = bits;
		if (n > max_code) continue;
		s.bl_count[bits]++;
		xbits = 0;
		if (n >= base) xbits = extra[n - base];
		f = tree[n * 2];
		s.opt_len += f * (bits + xbits);
		if (has_stree) s.static_len += f * (stree[n * 2 + 1] + xbits);
	}
	if (overflow === 0) return;
	do {
		bits = max_length - 1;
		while (s.bl_count[bits] === 0) bits--;
		s.bl_count[bits]--;
		s.bl_count[bits + 1] += 2;
		s.bl_count[max_length]--;
		overflow -= 2;
	} while (overflow > 0);
	for (bits = max_length; bits !== 0; bits--) {
		n = s.bl_count[bits];
		while (n !== 0) {
			m = s.heap[--h];
			if (m > max_code) continue;
			if (tree[m * 2 + 1] !== bits) {
				s.opt_len += (bits - tree[m * 2 + 1]) * tree[m * 2];
				tree[m * 2 + 1] = bits;
			}
			n--;
		}
	}
};
var gen_codes = (tree, max_code, bl_count) => {
	const next_code = new Array(16);
	let code = 0;
	let bits;
	let n;
	for (bits = 1; bits <= MAX_BITS; bits++) {
		code = code + bl_count[bits - 1] << 1;
		next_code[bits] = code;
	}
	for (n = 0; n <= max_code; n++) {
		let len = tree[n * 2 + 1];
		if (len === 0) continue;
		tree[n * 2] = bi_reverse(next_code[len]++, len);
	}
};
var tr_static_init = () => {
	let n;
	let bits;
	let length;
	let code;
	let dist;
	const bl_count = new Array(16);
	length = 0;
	for (code = 0; code < LENGTH_CODES - 1; code++) {
		base_length[code] = length;
		for (n = 0; n < 1 << extra_lbits[code]; n++) _length_code[length++] = code;
	}
	_length_code[length - 1] = code;
	dist = 0;
	for (code = 0; code < 16; code++) {
		base_dist[code] = dist;
		for (n = 0; n < 1 << extra_dbits[code]; n++) _dist_code[dist++] = code;
	}
	dist >>= 7;
	for (; code < D_CODES; code++) {
		base_dist[code] = dist << 7;
		for (n = 0; n < 1 << extra_dbits[code] - 7; n++) _dist_code[256 + dist++] = code;
	}
	for (bits = 0; bits <= MAX_BITS; bits++) bl_count[bits] = 0;
	n = 0;
	while (n <= 143) {
		static_ltree[n * 2 + 1] = 8;
		n++;
		bl_count[8]++;
	}
	while (n <= 255) {
		static_ltree[n * 2 + 1] = 9;
		n++;
		bl_count[9]++;
	}
	while (n <= 279) {
		static_ltree[n * 2 + 1] = 7;
		n++;
		bl_count[7]++;
	}
	while (n <= 287) {
		static_ltree[n * 2 + 1] = 8;
		n++;
		bl_count[8]++;
	}
	gen_codes(static_ltree, 287, bl_count);
	for (n = 0; n < D_CODES; n++) {
		static_dtree[n * 2 + 1] = 5;
		static_dtree[n * 2] = bi_reverse(n, 5);
	}
	static_l_desc = new StaticTreeDesc(static_ltree, extra_lbits, 257, L_CODES, MAX_BITS);
	static_d_desc = new StaticTreeDesc(static_dtree, extra_dbits, 0, D_CODES, MAX_BITS);
	static_bl_desc = new StaticTreeDesc(new Array(0), extra_blbits, 0, BL_CODES, MAX_BL_BITS);
};
var init_block = (s) => {
	let n;
	for (n = 0; n < L_CODES; n++) s.dyn_ltree[n * 2] = 0;
	for (n = 0; n < D_CODES; n++) s.dyn_dtree[n * 2] = 0;
	for (n = 0; n < BL_CODES; n++) s.bl_tree[n * 2] = 0;
	s.dyn_ltree[END_BLOCK * 2] = 1;
	s.opt_len = s.static_len = 0;
	s.sym_next = s.matches = 0;
};
var bi_windup = (s) => {
	if (s.bi_valid > 8) put_short(s, s.bi_buf);
	else if (s.bi_valid > 0) s.pending_buf[s.pending++] = s.bi_buf;
	s.bi_buf = 0;
	s.bi_valid = 0;
};
var smaller = (tree, n, m, depth) => {
	const _n2 = n * 2;
	const _m2 = m * 2;
	return tree[_n2] < tree[_m2] || tree[_n2] === tree[_m2] && depth[n] <= depth[m];
};
var pqdownheap = (s, tree, k) => {
	const v = s.heap[k];
	let j = k << 1;
	while (j <= s.heap_len) {
		if (j < s.heap_len && smaller(tree, s.heap[j + 1], s.heap[j], s.depth)) j++;
		if (smaller(tree, v, s.heap[j], s.depth)) break;
		s.heap[k] = s.heap[j];
		k = j;
		j <<= 1;
	}
	s.heap[k] = v;
};
var compress_block = (s, ltree, dtree) => {
	let dist;
	let lc;
	let sx = 0;
	let code;
	let extra;
	if (s.sym_next !== 0) do {
		dist = s.pending_buf[s.sym_buf + sx++] & 255;
		dist += (s.pending_buf[s.sym_buf + sx++] & 255) << 8;
		lc = s.pending_buf[s.sym_buf + sx++];
		if (dist === 0) send_code(s, lc, ltree);
		else {
			code = _length_code[lc];
			send_code(s, code + LITERALS + 1, ltree);
			extra = extra_lbits[code];
			if (extra !== 0) {
				lc -= base_length[code];
				send_bits(s, lc, extra);
			}
			dist--;
			code = d_code(dist);
			send_code(s, code, dtree);
			extra = extra_dbits[code];
			if (extra !== 0) {
				dist -= base_dist[code];
				send_bits(s, dist, extra);
			}
		}
	} while (sx < s.sym_next);
	send_code(s, END_BLOCK, ltree);
};
var build_tree = (s, desc) => {
	const tree = desc.dyn_tree;
	const stree = desc.stat_desc.static_tree;
	const has_stree = desc.stat_desc.has_stree;
	const elems = desc.stat_desc.elems;
	let n, m;
	let max_code = -1;
	let node;
	s.heap_len = 0;
	s.heap_max = HEAP_SIZE$1;
	for (n = 0; n < elems; n++) if (tree[n * 2] !== 0) {
		s.heap[++s.heap_len] = max_code = n;
		s.depth[n] = 0;
	} else tree[n * 2 + 1] = 0;
	while (s.heap_len < 2) {
		node = s.heap[++s.heap_len] = max_code < 2 ? ++max_code : 0;
		tree[node * 2] = 1;
		s.depth[node] = 0;
		s.opt_len--;
		if (has_stree) s.static_len -= stree[node * 2 + 1];
	}
	desc.max_code = max_code;
	for (n = s.heap_len >> 1; n >= 1; n--) pqdownheap(s, tree, n);
	node = elems;
	do {
		/*** pqremove ***/
		n = s.heap[1];
		s.heap[1] = s.heap[s.heap_len--];
		pqdownheap(s, tree, 1);
		m = s.heap[1];
		s.heap[--s.heap_max] = n;
		s.heap[--s.heap_max] = m;
		tree[node * 2] = tree[n * 2] + tree[m * 2];
		s.depth[node] = (s.depth[n] >= s.depth[m] ? s.depth[n] : s.depth[m]) + 1;
		tree[n * 2 + 1] = tree[m * 2 + 1] = node;
		s.heap[1] = node++;
		pqdownheap(s, tree, 1);
	} while (s.heap_len >= 2);
	s.heap[--s.heap_max] = s.heap[1];
	gen_bitlen(s, desc);
	gen_codes(tree, max_code, s.bl_count);
};
var scan_tree = (s, tree, max_code) => {
	let n;
	let prevlen = -1;
	let curlen;
	let nextlen = tree[1];
	let count = 0;
	let max_count = 7;
	let min_count = 4;
	if (nextlen === 0) {
		max_count = 138;
		min_count = 3;
	}
	tree[(max_code + 1) * 2 + 1] = 65535;
	for (n = 0; n <= max_code; n++) {
		curlen = nextlen;
		nextlen = tree[(n + 1) * 2 + 1];
		if (++count < max_count && curlen === nextlen) continue;
		else if (count < min_count) s.bl_tree[curlen * 2] += count;
		else if (curlen !== 0) {
			if (curlen !== prevlen) s.bl_tree[curlen * 2]++;
			s.bl_tree[REP_3_6 * 2]++;
		} else if (count <= 10) s.bl_tree[REPZ_3_10 * 2]++;
		else s.bl_tree[REPZ_11_138 * 2]++;
		count = 0;
		prevlen = curlen;
		if (nextlen === 0) {
			max_count = 138;
			min_count = 3;
		} else if (curlen === nextlen) {
			max_count = 6;
			min_count = 3;
		} else {
			max_count = 7;
			min_count = 4;
		}
	}
};
var send_tree = (s, tree, max_code) => {
	let n;
	let prevlen = -1;
	let curlen;
	let nextlen = tree[1];
	let count = 0;
	let max_count = 7;
	let min_count = 4;
	if (nextlen === 0) {
		max_count = 138;
		min_count = 3;
	}
	for (n = 0; n <= max_code; n++) {
		curlen = nextlen;
		nextlen = tree[(n + 1) * 2 + 1];
		if (++count < max_count && curlen === nextlen) continue;
		else if (count < min_count) do
			send_code(s, curlen, s.bl_tree);
		while (--count !== 0);
		else if (curlen !== 0) {
			if (curlen !== prevlen) {
				send_code(s, curlen, s.bl_tree);
				count--;
			}
			send_code(s, REP_3_6, s.bl_tree);
			send_bits(s, count - 3, 2);
		} else if (count <= 10) {
			send_code(s, REPZ_3_10, s.bl_tree);
			send_bits(s, count - 3, 3);
		} else {
			send_code(s, REPZ_11_138, s.bl_tree);
			send_bits(s, count - 11, 7);
		}
		count = 0;
		prevlen = curlen;
		if (nextlen === 0) {
			max_count = 138;
			min_count = 3;
		} else if (curlen === nextlen) {
			max_count = 6;
			min_count = 3;
		} else {
			max_count = 7;
			min_count = 4;
		}
	}
};
var build_bl_tree = (s) => {
	let max_blindex;
	scan_tree(s, s.dyn_ltree, s.l_desc.max_code);
	scan_tree(s, s.dyn_dtree, s.d_desc.max_code);
	build_tree(s, s.bl_desc);
	for (max_blindex = BL_CODES - 1; max_blindex >= 3; max_blindex--) if (s.bl_tree[bl_order[max_blindex] * 2 + 1] !== 0) break;
	s.opt_len += 3 * (max_blindex + 1) + 5 + 5 + 4;
	return max_blindex;
};
var send_all_trees = (s, lcodes, dcodes, blcodes) => {
	let rank;
	send_bits(s, lcodes - 257, 5);
	send_bits(s, dcodes - 1, 5);
	send_bits(s, blcodes - 4, 4);
	for (rank = 0; rank < blcodes; rank++) send_bits(s, s.bl_tree[bl_order[rank] * 2 + 1], 3);
	send_tree(s, s.dyn_ltree, lcodes - 1);
	send_tree(s, s.dyn_dtree, dcodes - 1);
};
var detect_data_type = (s) => {
	let block_mask = 4093624447;
	let n;
	for (n = 0; n <= 31; n++, block_mask >>>= 1) if (block_mask & 1 && s.dyn_ltree[n * 2] !== 0) return Z_BINARY;
	if (s.dyn_ltree[18] !== 0 || s.dyn_ltree[20] !== 0 || s.dyn_ltree[26] !== 0) return Z_TEXT;
	for (n = 32; n < LITERALS; n++) if (s.dyn_ltree[n * 2] !== 0) return Z_TEXT;
	return Z_BINARY;
};
var static_init_done = false;
var _tr_init = (s) => {
	if (!static_init_done) {
		tr_static_init();
		static_init_done = true;
	}
	s.l_desc = new TreeDesc(s.dyn_ltree, static_l_desc);
	s.d_desc = new TreeDesc(s.dyn_dtree, static_d_desc);
	s.bl_desc = new TreeDesc(s.bl_tree, static_bl_desc);
	s.bi_buf = 0;
	s.bi_valid = 0;
	init_block(s);
};
var _tr_stored_block = (s, buf, stored_len, last) => {
	send_bits(s, (STORED_BLOCK << 1) + (last ? 1 : 0), 3);
	bi_windup(s);
	put_short(s, stored_len);
	put_short(s, ~stored_len);
	if (stored_len) s.pending_buf.set(s.window.subarray(buf, buf + stored_len), s.pending);
	s.pending += stored_len;
};
var _tr_align = (s) => {
	send_bits(s, STATIC_TREES << 1, 3);
	send_code(s, END_BLOCK, static_ltree);
	bi_flush(s);
};
var _tr_flush_block = (s, buf, stored_len, last) => {
	let opt_lenb, static_lenb;
	let max_blindex = 0;
	if (s.level > 0) {
		if (s.strm.data_type === Z_UNKNOWN) s.strm.data_type = detect_data_type(s);
		build_tree(s, s.l_desc);
		build_tree(s, s.d_desc);
		max_blindex = build_bl_tree(s);
		opt_lenb = s.opt_len + 3 + 7 >>> 3;
		static_lenb = s.static_len + 3 + 7 >>> 3;
		if (static_lenb <= opt_lenb || s.strategy === Z_FIXED$1) opt_lenb = static_lenb;
	} else opt_lenb = static_lenb = stored_len + 5;
	if (stored_len + 4 <= opt_lenb && buf !== -1) _tr_stored_block(s, buf, stored_len, last);
	else if (s.strategy === Z_FIXED$1 || static_lenb === opt_lenb) {
		send_bits(s, (STATIC_TREES << 1) + (last ? 1 : 0), 3);
		compress_block(s, static_ltree, static_dtree);
	} else {
		send_bits(s, (DYN_TREES << 1) + (last ? 1 : 0), 3);
		send_all_trees(s, s.l_desc.max_code + 1, s.d_desc.max_code + 1, max_blindex + 1);
		compress_block(s, s.dyn_ltree, s.dyn_dtree);
	}
	init_block(s);
	if (last) bi_windup(s);
};
var _tr_tally = (s, dist, lc) => {
	s.pending_buf[s.sym_buf + s.sym_next++] = dist;
	s.pending_buf[s.sym_buf + s.sym_next++] = dist >> 8;
	s.pending_buf[s.sym_buf + s.sym_next++] = lc;
	if (dist === 0) s.dyn_ltree[lc * 2]++;
	else {
		s.matches++;
		dist--;
		s.dyn_ltree[(_length_code[lc] + LITERALS + 1) * 2]++;
		s.dyn_dtree[d_code(dist) * 2]++;
	}
	return s.sym_next === s.sym_end;
};
//#endregion
//#region src/zlib/adler32.mjs
var adler32 = (adler, buf, len, pos) => {
	let s1 = adler & 65535 | 0, s2 = adler >>> 16 & 65535 | 0, n = 0;
	while (len !== 0) {
		n = len > 2e3 ? 2e3 : len;
		len -= n;
		do {
			s1 = s1 + buf[pos++] | 0;
			s2 = s2 + s1 | 0;
		} while (--n);
		s1 %= 65521;
		s2 %= 65521;
	}
	return s1 | s2 << 16 | 0;
};
//#endregion
//#region src/zlib/crc32.mjs
var makeTable = () => {
	const table = new Uint32Array(256 * 8);
	let c;
	for (let n = 0; n < 256; n++) {
		c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
		table[n] = c;
	}
	for (let n = 0; n < 256; n++) {
		c = table[n];
		for (let k = 256; k < 256 * 8; k += 256) {
			c = table[c & 255] ^ c >>> 8;
			table[k + n] = c;
		}
	}
	return table;
};
var crcTable = makeTable();
var crc32 = (crc, buf, len, pos) => {
	const t = crcTable;
	const end = pos + len;
	let i = pos;
	crc ^= -1;
	for (const end8 = end - 7; i < end8; i += 8) {
		crc ^= buf[i] | buf[i + 1] << 8 | buf[i + 2] << 16 | buf[i + 3] << 24;
		crc = t[1792 + (crc & 255)] ^ t[1536 + (crc >>> 8 & 255)] ^ t[1280 + (crc >>> 16 & 255)] ^ t[1024 + (crc >>> 24)] ^ t[768 + buf[i + 4]] ^ t[512 + buf[i + 5]] ^ t[256 + buf[i + 6]] ^ t[buf[i + 7]];
	}
	for (; i < end; i++) crc = crc >>> 8 ^ t[(crc ^ buf[i]) & 255];
	return crc ^ -1;
};
//#endregion
//#region src/zlib/messages.mjs
var messages_default = {
	2: "need dictionary",
	1: "stream end",
	0: "",
	"-1": "file error",
	"-2": "stream error",
	"-3": "data error",
	"-4": "insufficient memory",
	"-5": "buffer error",
	"-6": "incompatible version"
};
//#endregion
//#region src/zlib/constants.mjs
var Z_NO_FLUSH = 0;
var Z_PARTIAL_FLUSH = 1;
var Z_SYNC_FLUSH = 2;
var Z_FULL_FLUSH = 3;
var Z_FINISH = 4;
var Z_BLOCK = 5;
var Z_TREES = 6;
var Z_OK = 0;
var Z_STREAM_END = 1;
var Z_NEED_DICT = 2;
var Z_ERRNO = (/* unused pure expression or super */ null && (-1));
var Z_STREAM_ERROR = (/* unused pure expression or super */ null && (-2));
var Z_DATA_ERROR = (/* unused pure expression or super */ null && (-3));
var Z_MEM_ERROR = (/* unused pure expression or super */ null && (-4));
var Z_BUF_ERROR = (/* unused pure expression or super */ null && (-5));
var Z_FILTERED = 1;
var Z_HUFFMAN_ONLY = 2;
var Z_RLE = 3;
var Z_FIXED = 4;
var Z_DEFAULT_STRATEGY = 0;
//#endregion
//#region src/zlib/deflate.mjs
var MAX_MEM_LEVEL = 9;
var MAX_WBITS = 15;
var DEF_MEM_LEVEL = 8;
var HEAP_SIZE = 573;
var MIN_MATCH = 3;
var MAX_MATCH = 258;
var MIN_LOOKAHEAD = 262;
var PRESET_DICT = 32;
var INIT_STATE = 42;
var GZIP_STATE = 57;
var EXTRA_STATE = 69;
var NAME_STATE = 73;
var COMMENT_STATE = 91;
var HCRC_STATE = 103;
var BUSY_STATE = 113;
var FINISH_STATE = 666;
var BS_NEED_MORE = 1;
var BS_BLOCK_DONE = 2;
var BS_FINISH_STARTED = 3;
var BS_FINISH_DONE = 4;
var OS_CODE = 3;
var err = (strm, errorCode) => {
	strm.msg = messages_default[errorCode];
	return errorCode;
};
var rank = (f) => {
	return f * 2 - (f > 4 ? 9 : 0);
};
var zero = (buf) => {
	let len = buf.length;
	while (--len >= 0) buf[len] = 0;
};
var slide_hash = (s) => {
	let n, m;
	let p;
	let wsize = s.w_size;
	n = s.hash_size;
	p = n;
	do {
		m = s.head[--p];
		s.head[p] = m >= wsize ? m - wsize : 0;
	} while (--n);
	n = wsize;
	p = n;
	do {
		m = s.prev[--p];
		s.prev[p] = m >= wsize ? m - wsize : 0;
	} while (--n);
};
var HASH = (s, prev, data) => (prev << s.hash_shift ^ data) & s.hash_mask;
var INSERT_STRING = (s, str) => {
	let h;
	if (s.legacy_hash) h = s.ins_h = HASH(s, s.ins_h, s.window[str + MIN_MATCH - 1]);
	else {
		const w = s.window;
		const value = w[str] | w[str + 1] << 8 | w[str + 2] << 16 | w[str + 3] << 24;
		h = s.ins_h = Math.imul(value, 66521) + 66521 >>> 16 & s.hash_mask;
	}
	const hash_head = s.prev[str & s.w_mask] = s.head[h];
	s.head[h] = str;
	return hash_head;
};
var flush_pending = (strm) => {
	const s = strm.state;
	let len = s.pending;
	if (len > strm.avail_out) len = strm.avail_out;
	if (len === 0) return;
	strm.output.set(s.pending_buf.subarray(s.pending_out, s.pending_out + len), strm.next_out);
	strm.next_out += len;
	s.pending_out += len;
	strm.total_out += len;
	strm.avail_out -= len;
	s.pending -= len;
	if (s.pending === 0) s.pending_out = 0;
};
var flush_block_only = (s, last) => {
	_tr_flush_block(s, s.block_start >= 0 ? s.block_start : -1, s.strstart - s.block_start, last);
	s.block_start = s.strstart;
	flush_pending(s.strm);
};
var put_byte = (s, b) => {
	s.pending_buf[s.pending++] = b;
};
var putShortMSB = (s, b) => {
	s.pending_buf[s.pending++] = b >>> 8 & 255;
	s.pending_buf[s.pending++] = b & 255;
};
var read_buf = (strm, buf, start, size) => {
	let len = strm.avail_in;
	if (len > size) len = size;
	if (len === 0) return 0;
	strm.avail_in -= len;
	buf.set(strm.input.subarray(strm.next_in, strm.next_in + len), start);
	if (strm.state.wrap === 1) strm.adler = adler32(strm.adler, buf, len, start);
	else if (strm.state.wrap === 2) strm.adler = crc32(strm.adler, buf, len, start);
	strm.next_in += len;
	strm.total_in += len;
	return len;
};
var longest_match = (s, cur_match) => {
	let chain_length = s.max_chain_length;
	let scan = s.strstart;
	let match;
	let len;
	let best_len = s.prev_length;
	let nice_match = s.nice_match;
	const limit = s.strstart > s.w_size - MIN_LOOKAHEAD ? s.strstart - (s.w_size - MIN_LOOKAHEAD) : 0;
	const _win = s.window;
	const wmask = s.w_mask;
	const prev = s.prev;
	const strend = s.strstart + MAX_MATCH;
	let scan_end1 = _win[scan + best_len - 1];
	let scan_end = _win[scan + best_len];
	if (s.prev_length >= s.good_match) chain_length >>= 2;
	if (nice_match > s.lookahead) nice_match = s.lookahead;
	do {
		match = cur_match;
		if (_win[match + best_len] !== scan_end || _win[match + best_len - 1] !== scan_end1 || _win[match] !== _win[scan] || _win[++match] !== _win[scan + 1]) continue;
		scan += 2;
		match++;
		do		;
while (_win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && _win[++scan] === _win[++match] && scan < strend);
		len = MAX_MATCH - (strend - scan);
		scan = strend - MAX_MATCH;
		if (len > best_len) {
			s.match_start = cur_match;
			best_len = len;
			if (len >= nice_match) break;
			scan_end1 = _win[scan + best_len - 1];
			scan_end = _win[scan + best_len];
		}
	} while ((cur_match = prev[cur_match & wmask]) > limit && --chain_length !== 0);
	if (best_len <= s.lookahead) return best_len;
	return s.lookahead;
};
var fill_window = (s) => {
	const _w_size = s.w_size;
	let n, more, str;
	do {
		more = s.window_size - s.lookahead - s.strstart;
		if (s.strstart >= _w_size + (_w_size - MIN_LOOKAHEAD)) {
			s.window.set(s.window.subarray(_w_size, _w_size + _w_size - more), 0);
			s.match_start -= _w_size;
			s.strstart -= _w_size;
			s.block_start -= _w_size;
			if (s.insert > s.strstart) s.insert = s.strstart;
			slide_hash(s);
			more += _w_size;
		}
		if (s.strm.avail_in === 0) break;
		n = read_buf(s.strm, s.window, s.strstart + s.lookahead, more);
		s.lookahead += n;
		if (!s.legacy_hash) {
			if (s.lookahead + s.insert > MIN_MATCH) {
				str = s.strstart - s.insert;
				while (s.insert) {
					INSERT_STRING(s, str);
					str++;
					s.insert--;
					if (s.lookahead + s.insert <= MIN_MATCH) break;
				}
			}
		} else if (s.lookahead + s.insert >= MIN_MATCH) {
			str = s.strstart - s.insert;
			s.ins_h = s.window[str];
			s.ins_h = HASH(s, s.ins_h, s.window[str + 1]);
			while (s.insert) {
				INSERT_STRING(s, str);
				str++;
				s.insert--;
				if (s.lookahead + s.insert < MIN_MATCH) break;
			}
		}
	} while (s.lookahead < MIN_LOOKAHEAD && s.strm.avail_in !== 0);
};
var deflate_stored = (s, flush) => {
	let min_block = s.pending_buf_size - 5 > s.w_size ? s.w_size : s.pending_buf_size - 5;
	let len, left, have, last = 0;
	let used = s.strm.avail_in;
	do {
		len = 65535;
		have = s.bi_valid + 42 >> 3;
		if (s.strm.avail_out < have) break;
		have = s.strm.avail_out - have;
		left = s.strstart - s.block_start;
		if (len > left + s.strm.avail_in) len = left + s.strm.avail_in;
		if (len > have) len = have;
		if (len < min_block && (len === 0 && flush !== 4 || flush === 0 || len !== left + s.strm.avail_in)) break;
		last = flush === 4 && len === left + s.strm.avail_in ? 1 : 0;
		_tr_stored_block(s, 0, 0, last);
		s.pending_buf[s.pending - 4] = len;
		s.pending_buf[s.pending - 3] = len >> 8;
		s.pending_buf[s.pending - 2] = ~len;
		s.pending_buf[s.pending - 1] = ~len >> 8;
		flush_pending(s.strm);
		if (left) {
			if (left > len) left = len;
			s.strm.output.set(s.window.subarray(s.block_start, s.block_start + left), s.strm.next_out);
			s.strm.next_out += left;
			s.strm.avail_out -= left;
			s.strm.total_out += left;
			s.block_start += left;
			len -= left;
		}
		if (len) {
			read_buf(s.strm, s.strm.output, s.strm.next_out, len);
			s.strm.next_out += len;
			s.strm.avail_out -= len;
			s.strm.total_out += len;
		}
	} while (last === 0);
	used -= s.strm.avail_in;
	if (used) {
		if (used >= s.w_size) {
			s.matches = 2;
			s.window.set(s.strm.input.subarray(s.strm.next_in - s.w_size, s.strm.next_in), 0);
			s.strstart = s.w_size;
			s.insert = s.strstart;
		} else {
			if (s.window_size - s.strstart <= used) {
				s.strstart -= s.w_size;
				s.window.set(s.window.subarray(s.w_size, s.w_size + s.strstart), 0);
				if (s.matches < 2) s.matches++;
				if (s.insert > s.strstart) s.insert = s.strstart;
			}
			s.window.set(s.strm.input.subarray(s.strm.next_in - used, s.strm.next_in), s.strstart);
			s.strstart += used;
			s.insert += used > s.w_size - s.insert ? s.w_size - s.insert : used;
		}
		s.block_start = s.strstart;
	}
	if (s.high_water < s.strstart) s.high_water = s.strstart;
	if (last) return BS_FINISH_DONE;
	if (flush !== 0 && flush !== 4 && s.strm.avail_in === 0 && s.strstart === s.block_start) return BS_BLOCK_DONE;
	have = s.window_size - s.strstart;
	if (s.strm.avail_in > have && s.block_start >= s.w_size) {
		s.block_start -= s.w_size;
		s.strstart -= s.w_size;
		s.window.set(s.window.subarray(s.w_size, s.w_size + s.strstart), 0);
		if (s.matches < 2) s.matches++;
		have += s.w_size;
		if (s.insert > s.strstart) s.insert = s.strstart;
	}
	if (have > s.strm.avail_in) have = s.strm.avail_in;
	if (have) {
		read_buf(s.strm, s.window, s.strstart, have);
		s.strstart += have;
		s.insert += have > s.w_size - s.insert ? s.w_size - s.insert : have;
	}
	if (s.high_water < s.strstart) s.high_water = s.strstart;
	have = s.bi_valid + 42 >> 3;
	have = s.pending_buf_size - have > 65535 ? 65535 : s.pending_buf_size - have;
	min_block = have > s.w_size ? s.w_size : have;
	left = s.strstart - s.block_start;
	if (left >= min_block || (left || flush === 4) && flush !== 0 && s.strm.avail_in === 0 && left <= have) {
		len = left > have ? have : left;
		last = flush === 4 && s.strm.avail_in === 0 && len === left ? 1 : 0;
		_tr_stored_block(s, s.block_start, len, last);
		s.block_start += len;
		flush_pending(s.strm);
	}
	return last ? BS_FINISH_STARTED : BS_NEED_MORE;
};
var deflate_fast = (s, flush) => {
	let hash_head;
	let bflush;
	for (;;) {
		if (s.lookahead < MIN_LOOKAHEAD) {
			fill_window(s);
			if (s.lookahead < MIN_LOOKAHEAD && flush === 0) return BS_NEED_MORE;
			if (s.lookahead === 0) break;
		}
		hash_head = 0;
		if (s.lookahead >= MIN_MATCH) hash_head = INSERT_STRING(s, s.strstart);
		if (hash_head !== 0 && s.strstart - hash_head <= s.w_size - MIN_LOOKAHEAD) s.match_length = longest_match(s, hash_head);
		if (s.match_length >= MIN_MATCH) {
			/*** _tr_tally_dist(s, s.strstart - s.match_start,
			s.match_length - MIN_MATCH, bflush); ***/
			bflush = _tr_tally(s, s.strstart - s.match_start, s.match_length - MIN_MATCH);
			s.lookahead -= s.match_length;
			if (s.match_length <= s.max_lazy_match && s.lookahead >= MIN_MATCH) {
				s.match_length--;
				do {
					s.strstart++;
					hash_head = INSERT_STRING(s, s.strstart);
				} while (--s.match_length !== 0);
				s.strstart++;
			} else {
				s.strstart += s.match_length;
				s.match_length = 0;
				if (s.legacy_hash) {
					s.ins_h = s.window[s.strstart];
					s.ins_h = HASH(s, s.ins_h, s.window[s.strstart + 1]);
				}
			}
		} else {
			/*** _tr_tally_lit(s, s.window[s.strstart], bflush); ***/
			bflush = _tr_tally(s, 0, s.window[s.strstart]);
			s.lookahead--;
			s.strstart++;
		}
		if (bflush) {
			/*** FLUSH_BLOCK(s, 0); ***/
			flush_block_only(s, false);
			if (s.strm.avail_out === 0) return BS_NEED_MORE;
		}
	}
	s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
	if (flush === 4) {
		/*** FLUSH_BLOCK(s, 1); ***/
		flush_block_only(s, true);
		if (s.strm.avail_out === 0) return BS_FINISH_STARTED;
		return BS_FINISH_DONE;
	}
	if (s.sym_next) {
		/*** FLUSH_BLOCK(s, 0); ***/
		flush_block_only(s, false);
		if (s.strm.avail_out === 0) return BS_NEED_MORE;
	}
	return BS_BLOCK_DONE;
};
var deflate_slow = (s, flush) => {
	let hash_head;
	let bflush;
	let max_insert;
	for (;;) {
		if (s.lookahead < MIN_LOOKAHEAD) {
			fill_window(s);
			if (s.lookahead < MIN_LOOKAHEAD && flush === 0) return BS_NEED_MORE;
			if (s.lookahead === 0) break;
		}
		hash_head = 0;
		if (s.lookahead >= MIN_MATCH) hash_head = INSERT_STRING(s, s.strstart);
		s.prev_length = s.match_length;
		s.prev_match = s.match_start;
		s.match_length = MIN_MATCH - 1;
		if (hash_head !== 0 && s.prev_length < s.max_lazy_match && s.strstart - hash_head <= s.w_size - MIN_LOOKAHEAD) {
			s.match_length = longest_match(s, hash_head);
			if (s.match_length <= 5 && (s.strategy === 1 || s.match_length === MIN_MATCH && s.strstart - s.match_start > 4096)) s.match_length = MIN_MATCH - 1;
		}
		if (s.prev_length >= MIN_MATCH && s.match_length <= s.prev_length) {
			max_insert = s.strstart + s.lookahead - MIN_MATCH;
			/***_tr_tally_dist(s, s.strstart - 1 - s.prev_match,
			s.prev_length - MIN_MATCH, bflush);***/
			bflush = _tr_tally(s, s.strstart - 1 - s.prev_match, s.prev_length - MIN_MATCH);
			s.lookahead -= s.prev_length - 1;
			s.prev_length -= 2;
			do
				if (++s.strstart <= max_insert) hash_head = INSERT_STRING(s, s.strstart);
			while (--s.prev_length !== 0);
			s.match_available = 0;
			s.match_length = MIN_MATCH - 1;
			s.strstart++;
			if (bflush) {
				/*** FLUSH_BLOCK(s, 0); ***/
				flush_block_only(s, false);
				if (s.strm.avail_out === 0) return BS_NEED_MORE;
			}
		} else if (s.match_available) {
			/*** _tr_tally_lit(s, s.window[s.strstart-1], bflush); ***/
			bflush = _tr_tally(s, 0, s.window[s.strstart - 1]);
			if (bflush)
 /*** FLUSH_BLOCK_ONLY(s, 0) ***/
			flush_block_only(s, false);
			s.strstart++;
			s.lookahead--;
			if (s.strm.avail_out === 0) return BS_NEED_MORE;
		} else {
			s.match_available = 1;
			s.strstart++;
			s.lookahead--;
		}
	}
	if (s.match_available) {
		/*** _tr_tally_lit(s, s.window[s.strstart-1], bflush); ***/
		bflush = _tr_tally(s, 0, s.window[s.strstart - 1]);
		s.match_available = 0;
	}
	s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
	if (flush === 4) {
		/*** FLUSH_BLOCK(s, 1); ***/
		flush_block_only(s, true);
		if (s.strm.avail_out === 0) return BS_FINISH_STARTED;
		return BS_FINISH_DONE;
	}
	if (s.sym_next) {
		/*** FLUSH_BLOCK(s, 0); ***/
		flush_block_only(s, false);
		if (s.strm.avail_out === 0) return BS_NEED_MORE;
	}
	return BS_BLOCK_DONE;
};
var deflate_rle = (s, flush) => {
	let bflush;
	let prev;
	let scan, strend;
	const _win = s.window;
	for (;;) {
		if (s.lookahead <= MAX_MATCH) {
			fill_window(s);
			if (s.lookahead <= MAX_MATCH && flush === 0) return BS_NEED_MORE;
			if (s.lookahead === 0) break;
		}
		s.match_length = 0;
		if (s.lookahead >= MIN_MATCH && s.strstart > 0) {
			scan = s.strstart - 1;
			prev = _win[scan];
			if (prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan]) {
				strend = s.strstart + MAX_MATCH;
				do				;
while (prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && prev === _win[++scan] && scan < strend);
				s.match_length = MAX_MATCH - (strend - scan);
				if (s.match_length > s.lookahead) s.match_length = s.lookahead;
			}
		}
		if (s.match_length >= MIN_MATCH) {
			/*** _tr_tally_dist(s, 1, s.match_length - MIN_MATCH, bflush); ***/
			bflush = _tr_tally(s, 1, s.match_length - MIN_MATCH);
			s.lookahead -= s.match_length;
			s.strstart += s.match_length;
			s.match_length = 0;
		} else {
			/*** _tr_tally_lit(s, s.window[s.strstart], bflush); ***/
			bflush = _tr_tally(s, 0, s.window[s.strstart]);
			s.lookahead--;
			s.strstart++;
		}
		if (bflush) {
			/*** FLUSH_BLOCK(s, 0); ***/
			flush_block_only(s, false);
			if (s.strm.avail_out === 0) return BS_NEED_MORE;
		}
	}
	s.insert = 0;
	if (flush === 4) {
		/*** FLUSH_BLOCK(s, 1); ***/
		flush_block_only(s, true);
		if (s.strm.avail_out === 0) return BS_FINISH_STARTED;
		return BS_FINISH_DONE;
	}
	if (s.sym_next) {
		/*** FLUSH_BLOCK(s, 0); ***/
		flush_block_only(s, false);
		if (s.strm.avail_out === 0) return BS_NEED_MORE;
	}
	return BS_BLOCK_DONE;
};
var deflate_huff = (s, flush) => {
	let bflush;
	for (;;) {
		if (s.lookahead === 0) {
			fill_window(s);
			if (s.lookahead === 0) {
				if (flush === 0) return BS_NEED_MORE;
				break;
			}
		}
		s.match_length = 0;
		/*** _tr_tally_lit(s, s.window[s.strstart], bflush); ***/
		bflush = _tr_tally(s, 0, s.window[s.strstart]);
		s.lookahead--;
		s.strstart++;
		if (bflush) {
			/*** FLUSH_BLOCK(s, 0); ***/
			flush_block_only(s, false);
			if (s.strm.avail_out === 0) return BS_NEED_MORE;
		}
	}
	s.insert = 0;
	if (flush === 4) {
		/*** FLUSH_BLOCK(s, 1); ***/
		flush_block_only(s, true);
		if (s.strm.avail_out === 0) return BS_FINISH_STARTED;
		return BS_FINISH_DONE;
	}
	if (s.sym_next) {
		/*** FLUSH_BLOCK(s, 0); ***/
		flush_block_only(s, false);
		if (s.strm.avail_out === 0) return BS_NEED_MORE;
	}
	return BS_BLOCK_DONE;
};
var Config = class {
	constructor(good_length, max_lazy, nice_length, max_chain, func) {
		this.good_length = good_length;
		this.max_lazy = max_lazy;
		this.nice_length = nice_length;
		this.max_chain = max_chain;
		this.func = func;
	}
};
var configuration_table = [
	new Config(0, 0, 0, 0, deflate_stored),
	new Config(4, 4, 8, 4, deflate_fast),
	new Config(4, 5, 16, 8, deflate_fast),
	new Config(4, 6, 32, 32, deflate_fast),
	new Config(4, 4, 16, 16, deflate_slow),
	new Config(8, 16, 32, 32, deflate_slow),
	new Config(8, 16, 128, 128, deflate_slow),
	new Config(8, 32, 128, 256, deflate_slow),
	new Config(32, 128, 258, 1024, deflate_slow),
	new Config(32, 258, 258, 4096, deflate_slow)
];
var lm_init = (s) => {
	s.window_size = 2 * s.w_size;
	/*** CLEAR_HASH(s); ***/
	zero(s.head);
	s.max_lazy_match = configuration_table[s.level].max_lazy;
	s.good_match = configuration_table[s.level].good_length;
	s.nice_match = configuration_table[s.level].nice_length;
	s.max_chain_length = configuration_table[s.level].max_chain;
	s.strstart = 0;
	s.block_start = 0;
	s.lookahead = 0;
	s.insert = 0;
	s.match_length = s.prev_length = MIN_MATCH - 1;
	s.match_available = 0;
	s.ins_h = 0;
};
var DeflateState = class {
	constructor() {
		this.strm = null;
		this.status = 0;
		this.pending_buf = null;
		this.pending_buf_size = 0;
		this.pending_out = 0;
		this.pending = 0;
		this.wrap = 0;
		this.gzhead = null;
		this.gzindex = 0;
		this.method = 8;
		this.last_flush = -1;
		this.w_size = 0;
		this.w_bits = 0;
		this.w_mask = 0;
		this.window = null;
		this.window_size = 0;
		this.prev = null;
		this.head = null;
		this.ins_h = 0;
		this.legacy_hash = 0;
		this.hash_size = 0;
		this.hash_bits = 0;
		this.hash_mask = 0;
		this.hash_shift = 0;
		this.block_start = 0;
		this.match_length = 0;
		this.prev_match = 0;
		this.match_available = 0;
		this.strstart = 0;
		this.match_start = 0;
		this.lookahead = 0;
		this.prev_length = 0;
		this.max_chain_length = 0;
		this.max_lazy_match = 0;
		this.level = 0;
		this.strategy = 0;
		this.good_match = 0;
		this.nice_match = 0;
		this.dyn_ltree = new Uint16Array(HEAP_SIZE * 2);
		this.dyn_dtree = /* @__PURE__ */ new Uint16Array(122);
		this.bl_tree = /* @__PURE__ */ new Uint16Array(78);
		zero(this.dyn_ltree);
		zero(this.dyn_dtree);
		zero(this.bl_tree);
		this.l_desc = null;
		this.d_desc = null;
		this.bl_desc = null;
		this.bl_count = /* @__PURE__ */ new Uint16Array(16);
		this.heap = /* @__PURE__ */ new Uint16Array(573);
		zero(this.heap);
		this.heap_len = 0;
		this.heap_max = 0;
		this.depth = /* @__PURE__ */ new Uint16Array(573);
		zero(this.depth);
		this.sym_buf = 0;
		this.lit_bufsize = 0;
		this.sym_next = 0;
		this.sym_end = 0;
		this.opt_len = 0;
		this.static_len = 0;
		this.matches = 0;
		this.insert = 0;
		this.bi_buf = 0;
		this.bi_valid = 0;
	}
};
var deflateStateCheck = (strm) => {
	if (!strm) return 1;
	const s = strm.state;
	if (!s || s.strm !== strm || s.status !== INIT_STATE && s.status !== GZIP_STATE && s.status !== EXTRA_STATE && s.status !== NAME_STATE && s.status !== COMMENT_STATE && s.status !== HCRC_STATE && s.status !== BUSY_STATE && s.status !== FINISH_STATE) return 1;
	return 0;
};
var deflateResetKeep = (strm) => {
	if (deflateStateCheck(strm)) return err(strm, -2);
	strm.total_in = strm.total_out = 0;
	strm.data_type = 2;
	const s = strm.state;
	s.pending = 0;
	s.pending_out = 0;
	if (s.wrap < 0) s.wrap = -s.wrap;
	s.status = s.wrap === 2 ? GZIP_STATE : s.wrap ? INIT_STATE : BUSY_STATE;
	strm.adler = s.wrap === 2 ? 0 : 1;
	s.last_flush = -2;
	_tr_init(s);
	return 0;
};
var deflateReset = (strm) => {
	const ret = deflateResetKeep(strm);
	if (ret === 0) lm_init(strm.state);
	return ret;
};
var deflateSetHeader = (strm, head) => {
	if (deflateStateCheck(strm) || strm.state.wrap !== 2) return -2;
	strm.state.gzhead = head;
	return 0;
};
var deflateInit2 = (strm, level, method, windowBits, memLevel, strategy, legacyHash) => {
	if (!strm) return -2;
	let wrap = 1;
	if (level === -1) level = 6;
	if (windowBits < 0) {
		wrap = 0;
		windowBits = -windowBits;
	} else if (windowBits > 15) {
		wrap = 2;
		windowBits -= 16;
	}
	if (memLevel < 1 || memLevel > MAX_MEM_LEVEL || method !== 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 || strategy < 0 || strategy > 4 || windowBits === 8 && wrap !== 1) return err(strm, -2);
	if (windowBits === 8) windowBits = 9;
	const s = new DeflateState();
	strm.state = s;
	s.strm = strm;
	s.status = INIT_STATE;
	s.wrap = wrap;
	s.gzhead = null;
	s.w_bits = windowBits;
	s.w_size = 1 << s.w_bits;
	s.w_mask = s.w_size - 1;
	s.legacy_hash = legacyHash ? 1 : 0;
	s.hash_bits = memLevel + 7;
	if (!s.legacy_hash && s.hash_bits < 15) s.hash_bits = 15;
	s.hash_size = 1 << s.hash_bits;
	s.hash_mask = s.hash_size - 1;
	s.hash_shift = ~~((s.hash_bits + MIN_MATCH - 1) / MIN_MATCH);
	s.window = new Uint8Array(s.w_size * 2);
	s.head = new Uint16Array(s.hash_size);
	s.prev = new Uint16Array(s.w_size);
	s.lit_bufsize = 1 << memLevel + 6;
	s.pending_buf_size = s.lit_bufsize * 4;
	s.pending_buf = new Uint8Array(s.pending_buf_size);
	s.sym_buf = s.lit_bufsize;
	s.sym_end = (s.lit_bufsize - 1) * 3;
	s.level = level;
	s.strategy = strategy;
	s.method = method;
	return deflateReset(strm);
};
var deflateInit = (strm, level) => {
	return deflateInit2(strm, level, 8, MAX_WBITS, DEF_MEM_LEVEL, 0);
};
var deflate$1 = (strm, flush) => {
	if (deflateStateCheck(strm) || flush > 5 || flush < 0) return strm ? err(strm, -2) : -2;
	const s = strm.state;
	if (!strm.output || strm.avail_in !== 0 && !strm.input || s.status === FINISH_STATE && flush !== 4) return err(strm, strm.avail_out === 0 ? -5 : -2);
	const old_flush = s.last_flush;
	s.last_flush = flush;
	if (s.pending !== 0) {
		flush_pending(strm);
		if (strm.avail_out === 0) {
			s.last_flush = -1;
			return 0;
		}
	} else if (strm.avail_in === 0 && rank(flush) <= rank(old_flush) && flush !== 4) return err(strm, -5);
	if (s.status === FINISH_STATE && strm.avail_in !== 0) return err(strm, -5);
	if (s.status === INIT_STATE && s.wrap === 0) s.status = BUSY_STATE;
	if (s.status === INIT_STATE) {
		let header = 8 + (s.w_bits - 8 << 4) << 8;
		let level_flags = -1;
		if (s.strategy >= 2 || s.level < 2) level_flags = 0;
		else if (s.level < 6) level_flags = 1;
		else if (s.level === 6) level_flags = 2;
		else level_flags = 3;
		header |= level_flags << 6;
		if (s.strstart !== 0) header |= PRESET_DICT;
		header += 31 - header % 31;
		putShortMSB(s, header);
		if (s.strstart !== 0) {
			putShortMSB(s, strm.adler >>> 16);
			putShortMSB(s, strm.adler & 65535);
		}
		strm.adler = 1;
		s.status = BUSY_STATE;
		flush_pending(strm);
		if (s.pending !== 0) {
			s.last_flush = -1;
			return 0;
		}
	}
	if (s.status === GZIP_STATE) {
		strm.adler = 0;
		put_byte(s, 31);
		put_byte(s, 139);
		put_byte(s, 8);
		if (!s.gzhead) {
			put_byte(s, 0);
			put_byte(s, 0);
			put_byte(s, 0);
			put_byte(s, 0);
			put_byte(s, 0);
			put_byte(s, s.level === 9 ? 2 : s.strategy >= 2 || s.level < 2 ? 4 : 0);
			put_byte(s, OS_CODE);
			s.status = BUSY_STATE;
			flush_pending(strm);
			if (s.pending !== 0) {
				s.last_flush = -1;
				return 0;
			}
		} else {
			put_byte(s, (s.gzhead.text ? 1 : 0) + (s.gzhead.hcrc ? 2 : 0) + (!s.gzhead.extra ? 0 : 4) + (!s.gzhead.name ? 0 : 8) + (!s.gzhead.comment ? 0 : 16));
			put_byte(s, s.gzhead.time & 255);
			put_byte(s, s.gzhead.time >> 8 & 255);
			put_byte(s, s.gzhead.time >> 16 & 255);
			put_byte(s, s.gzhead.time >> 24 & 255);
			put_byte(s, s.level === 9 ? 2 : s.strategy >= 2 || s.level < 2 ? 4 : 0);
			put_byte(s, s.gzhead.os & 255);
			if (s.gzhead.extra && s.gzhead.extra.length) {
				put_byte(s, s.gzhead.extra.length & 255);
				put_byte(s, s.gzhead.extra.length >> 8 & 255);
			}
			if (s.gzhead.hcrc) strm.adler = crc32(strm.adler, s.pending_buf, s.pending, 0);
			s.gzindex = 0;
			s.status = EXTRA_STATE;
		}
	}
	if (s.status === EXTRA_STATE) {
		if (s.gzhead.extra) {
			let beg = s.pending;
			let left = (s.gzhead.extra.length & 65535) - s.gzindex;
			while (s.pending + left > s.pending_buf_size) {
				let copy = s.pending_buf_size - s.pending;
				s.pending_buf.set(s.gzhead.extra.subarray(s.gzindex, s.gzindex + copy), s.pending);
				s.pending = s.pending_buf_size;
				if (s.gzhead.hcrc && s.pending > beg) strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
				s.gzindex += copy;
				flush_pending(strm);
				if (s.pending !== 0) {
					s.last_flush = -1;
					return 0;
				}
				beg = 0;
				left -= copy;
			}
			let gzhead_extra = new Uint8Array(s.gzhead.extra);
			s.pending_buf.set(gzhead_extra.subarray(s.gzindex, s.gzindex + left), s.pending);
			s.pending += left;
			if (s.gzhead.hcrc && s.pending > beg) strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
			s.gzindex = 0;
		}
		s.status = NAME_STATE;
	}
	if (s.status === NAME_STATE) {
		if (s.gzhead.name) {
			let beg = s.pending;
			let val;
			do {
				if (s.pending === s.pending_buf_size) {
					if (s.gzhead.hcrc && s.pending > beg) strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
					flush_pending(strm);
					if (s.pending !== 0) {
						s.last_flush = -1;
						return 0;
					}
					beg = 0;
				}
				if (s.gzindex < s.gzhead.name.length) val = s.gzhead.name.charCodeAt(s.gzindex++) & 255;
				else val = 0;
				put_byte(s, val);
			} while (val !== 0);
			if (s.gzhead.hcrc && s.pending > beg) strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
			s.gzindex = 0;
		}
		s.status = COMMENT_STATE;
	}
	if (s.status === COMMENT_STATE) {
		if (s.gzhead.comment) {
			let beg = s.pending;
			let val;
			do {
				if (s.pending === s.pending_buf_size) {
					if (s.gzhead.hcrc && s.pending > beg) strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
					flush_pending(strm);
					if (s.pending !== 0) {
						s.last_flush = -1;
						return 0;
					}
					beg = 0;
				}
				if (s.gzindex < s.gzhead.comment.length) val = s.gzhead.comment.charCodeAt(s.gzindex++) & 255;
				else val = 0;
				put_byte(s, val);
			} while (val !== 0);
			if (s.gzhead.hcrc && s.pending > beg) strm.adler = crc32(strm.adler, s.pending_buf, s.pending - beg, beg);
		}
		s.status = HCRC_STATE;
	}
	if (s.status === HCRC_STATE) {
		if (s.gzhead.hcrc) {
			if (s.pending + 2 > s.pending_buf_size) {
				flush_pending(strm);
				if (s.pending !== 0) {
					s.last_flush = -1;
					return 0;
				}
			}
			put_byte(s, strm.adler & 255);
			put_byte(s, strm.adler >> 8 & 255);
			strm.adler = 0;
		}
		s.status = BUSY_STATE;
		flush_pending(strm);
		if (s.pending !== 0) {
			s.last_flush = -1;
			return 0;
		}
	}
	if (strm.avail_in !== 0 || s.lookahead !== 0 || flush !== 0 && s.status !== FINISH_STATE) {
		let bstate = s.level === 0 ? deflate_stored(s, flush) : s.strategy === 2 ? deflate_huff(s, flush) : s.strategy === 3 ? deflate_rle(s, flush) : configuration_table[s.level].func(s, flush);
		if (bstate === BS_FINISH_STARTED || bstate === BS_FINISH_DONE) s.status = FINISH_STATE;
		if (bstate === BS_NEED_MORE || bstate === BS_FINISH_STARTED) {
			if (strm.avail_out === 0) s.last_flush = -1;
			return 0;
		}
		if (bstate === BS_BLOCK_DONE) {
			if (flush === 1) _tr_align(s);
			else if (flush !== 5) {
				_tr_stored_block(s, 0, 0, false);
				if (flush === 3) {
					/*** CLEAR_HASH(s); ***/ zero(s.head);
					if (s.lookahead === 0) {
						s.strstart = 0;
						s.block_start = 0;
						s.insert = 0;
					}
				}
			}
			flush_pending(strm);
			if (strm.avail_out === 0) {
				s.last_flush = -1;
				return 0;
			}
		}
	}
	if (flush !== 4) return 0;
	if (s.wrap <= 0) return 1;
	if (s.wrap === 2) {
		put_byte(s, strm.adler & 255);
		put_byte(s, strm.adler >> 8 & 255);
		put_byte(s, strm.adler >> 16 & 255);
		put_byte(s, strm.adler >> 24 & 255);
		put_byte(s, strm.total_in & 255);
		put_byte(s, strm.total_in >> 8 & 255);
		put_byte(s, strm.total_in >> 16 & 255);
		put_byte(s, strm.total_in >> 24 & 255);
	} else {
		putShortMSB(s, strm.adler >>> 16);
		putShortMSB(s, strm.adler & 65535);
	}
	flush_pending(strm);
	if (s.wrap > 0) s.wrap = -s.wrap;
	return s.pending !== 0 ? 0 : 1;
};
var deflateEnd = (strm) => {
	if (deflateStateCheck(strm)) return -2;
	const status = strm.state.status;
	strm.state = null;
	return status === BUSY_STATE ? err(strm, -3) : 0;
};
var deflateSetDictionary = (strm, dictionary) => {
	let dictLength = dictionary.length;
	if (deflateStateCheck(strm)) return -2;
	const s = strm.state;
	const wrap = s.wrap;
	if (wrap === 2 || wrap === 1 && s.status !== INIT_STATE || s.lookahead) return -2;
	if (wrap === 1) strm.adler = adler32(strm.adler, dictionary, dictLength, 0);
	s.wrap = 0;
	if (dictLength >= s.w_size) {
		if (wrap === 0) {
			/*** CLEAR_HASH(s); ***/
			zero(s.head);
			s.strstart = 0;
			s.block_start = 0;
			s.insert = 0;
		}
		let tmpDict = new Uint8Array(s.w_size);
		tmpDict.set(dictionary.subarray(dictLength - s.w_size, dictLength), 0);
		dictionary = tmpDict;
		dictLength = s.w_size;
	}
	const avail = strm.avail_in;
	const next = strm.next_in;
	const input = strm.input;
	strm.avail_in = dictLength;
	strm.next_in = 0;
	strm.input = dictionary;
	fill_window(s);
	while (s.lookahead >= MIN_MATCH) {
		let str = s.strstart;
		let n = s.lookahead - (MIN_MATCH - 1);
		do {
			INSERT_STRING(s, str);
			str++;
		} while (--n);
		s.strstart = str;
		s.lookahead = MIN_MATCH - 1;
		fill_window(s);
	}
	s.strstart += s.lookahead;
	s.block_start = s.strstart;
	s.insert = s.lookahead;
	s.lookahead = 0;
	s.match_length = s.prev_length = MIN_MATCH - 1;
	s.match_available = 0;
	strm.next_in = next;
	strm.input = input;
	strm.avail_in = avail;
	s.wrap = wrap;
	return 0;
};
//#endregion
//#region src/zlib/inffast.mjs
var BAD$1 = 16209;
var TYPE$1 = 16191;
function inflate_fast(strm, start) {
	let _in;
	let last;
	let _out;
	let beg;
	let end;
	let dmax;
	let wsize;
	let whave;
	let wnext;
	let s_window;
	let hold;
	let bits;
	let lcode;
	let dcode;
	let lmask;
	let dmask;
	let here;
	let op;
	let len;
	let dist;
	let from;
	let from_source;
	let input, output;
	const state = strm.state;
	_in = strm.next_in;
	input = strm.input;
	last = _in + (strm.avail_in - 5);
	_out = strm.next_out;
	output = strm.output;
	beg = _out - (start - strm.avail_out);
	end = _out + (strm.avail_out - 257);
	dmax = state.dmax;
	wsize = state.wsize;
	whave = state.whave;
	wnext = state.wnext;
	s_window = state.window;
	hold = state.hold;
	bits = state.bits;
	lcode = state.lencode;
	dcode = state.distcode;
	lmask = (1 << state.lenbits) - 1;
	dmask = (1 << state.distbits) - 1;
	top: do {
		if (bits < 15) {
			hold += input[_in++] << bits;
			bits += 8;
			hold += input[_in++] << bits;
			bits += 8;
		}
		here = lcode[hold & lmask];
		dolen: for (;;) {
			op = here >>> 24;
			hold >>>= op;
			bits -= op;
			op = here >>> 16 & 255;
			if (op === 0) output[_out++] = here & 65535;
			else if (op & 16) {
				len = here & 65535;
				op &= 15;
				if (op) {
					if (bits < op) {
						hold += input[_in++] << bits;
						bits += 8;
					}
					len += hold & (1 << op) - 1;
					hold >>>= op;
					bits -= op;
				}
				if (bits < 15) {
					hold += input[_in++] << bits;
					bits += 8;
					hold += input[_in++] << bits;
					bits += 8;
				}
				here = dcode[hold & dmask];
				dodist: for (;;) {
					op = here >>> 24;
					hold >>>= op;
					bits -= op;
					op = here >>> 16 & 255;
					if (op & 16) {
						dist = here & 65535;
						op &= 15;
						if (bits < op) {
							hold += input[_in++] << bits;
							bits += 8;
							if (bits < op) {
								hold += input[_in++] << bits;
								bits += 8;
							}
						}
						dist += hold & (1 << op) - 1;
						if (dist > dmax) {
							strm.msg = "invalid distance too far back";
							state.mode = BAD$1;
							break top;
						}
						hold >>>= op;
						bits -= op;
						op = _out - beg;
						if (dist > op) {
							op = dist - op;
							if (op > whave) {
								if (state.sane) {
									strm.msg = "invalid distance too far back";
									state.mode = BAD$1;
									break top;
								}
							}
							from = 0;
							from_source = s_window;
							if (wnext === 0) {
								from += wsize - op;
								if (op < len) {
									len -= op;
									do
										output[_out++] = s_window[from++];
									while (--op);
									from = _out - dist;
									from_source = output;
								}
							} else if (wnext < op) {
								from += wsize + wnext - op;
								op -= wnext;
								if (op < len) {
									len -= op;
									do
										output[_out++] = s_window[from++];
									while (--op);
									from = 0;
									if (wnext < len) {
										op = wnext;
										len -= op;
										do
											output[_out++] = s_window[from++];
										while (--op);
										from = _out - dist;
										from_source = output;
									}
								}
							} else {
								from += wnext - op;
								if (op < len) {
									len -= op;
									do
										output[_out++] = s_window[from++];
									while (--op);
									from = _out - dist;
									from_source = output;
								}
							}
							while (len > 2) {
								output[_out++] = from_source[from++];
								output[_out++] = from_source[from++];
								output[_out++] = from_source[from++];
								len -= 3;
							}
							if (len) {
								output[_out++] = from_source[from++];
								if (len > 1) output[_out++] = from_source[from++];
							}
						} else {
							from = _out - dist;
							do {
								output[_out++] = output[from++];
								output[_out++] = output[from++];
								output[_out++] = output[from++];
								len -= 3;
							} while (len > 2);
							if (len) {
								output[_out++] = output[from++];
								if (len > 1) output[_out++] = output[from++];
							}
						}
					} else if ((op & 64) === 0) {
						here = dcode[(here & 65535) + (hold & (1 << op) - 1)];
						continue dodist;
					} else {
						strm.msg = "invalid distance code";
						state.mode = BAD$1;
						break top;
					}
					break;
				}
			} else if ((op & 64) === 0) {
				here = lcode[(here & 65535) + (hold & (1 << op) - 1)];
				continue dolen;
			} else if (op & 32) {
				state.mode = TYPE$1;
				break top;
			} else {
				strm.msg = "invalid literal/length code";
				state.mode = BAD$1;
				break top;
			}
			break;
		}
	} while (_in < last && _out < end);
	len = bits >> 3;
	_in -= len;
	bits -= len << 3;
	hold &= (1 << bits) - 1;
	strm.next_in = _in;
	strm.next_out = _out;
	strm.avail_in = _in < last ? 5 + (last - _in) : 5 - (_in - last);
	strm.avail_out = _out < end ? 257 + (end - _out) : 257 - (_out - end);
	state.hold = hold;
	state.bits = bits;
}
//#endregion
//#region src/zlib/inftrees.mjs
var MAXBITS = 15;
var ENOUGH_LENS$1 = 852;
var ENOUGH_DISTS$1 = 592;
var CODES$1 = 0;
var LENS$1 = 1;
var DISTS$1 = 2;
var lbase = new Uint16Array([
	3,
	4,
	5,
	6,
	7,
	8,
	9,
	10,
	11,
	13,
	15,
	17,
	19,
	23,
	27,
	31,
	35,
	43,
	51,
	59,
	67,
	83,
	99,
	115,
	131,
	163,
	195,
	227,
	258,
	0,
	0
]);
var lext = new Uint8Array([
	16,
	16,
	16,
	16,
	16,
	16,
	16,
	16,
	17,
	17,
	17,
	17,
	18,
	18,
	18,
	18,
	19,
	19,
	19,
	19,
	20,
	20,
	20,
	20,
	21,
	21,
	21,
	21,
	16,
	199,
	75
]);
var dbase = new Uint16Array([
	1,
	2,
	3,
	4,
	5,
	7,
	9,
	13,
	17,
	25,
	33,
	49,
	65,
	97,
	129,
	193,
	257,
	385,
	513,
	769,
	1025,
	1537,
	2049,
	3073,
	4097,
	6145,
	8193,
	12289,
	16385,
	24577,
	0,
	0
]);
var dext = new Uint8Array([
	16,
	16,
	16,
	16,
	17,
	17,
	18,
	18,
	19,
	19,
	20,
	20,
	21,
	21,
	22,
	22,
	23,
	23,
	24,
	24,
	25,
	25,
	26,
	26,
	27,
	27,
	28,
	28,
	29,
	29,
	64,
	64
]);
var inflate_table = (type, lens, lens_index, codes, table, table_index, work, opts) => {
	const bits = opts.bits;
	let len = 0;
	let sym = 0;
	let min = 0, max = 0;
	let root = 0;
	let curr = 0;
	let drop = 0;
	let left = 0;
	let used = 0;
	let huff = 0;
	let incr;
	let fill;
	let low;
	let mask;
	let next;
	let base = null;
	let match;
	const count = /* @__PURE__ */ new Uint16Array(16);
	const offs = /* @__PURE__ */ new Uint16Array(16);
	let extra = null;
	let here_bits, here_op, here_val;
	for (len = 0; len <= MAXBITS; len++) count[len] = 0;
	for (sym = 0; sym < codes; sym++) count[lens[lens_index + sym]]++;
	root = bits;
	for (max = MAXBITS; max >= 1; max--) if (count[max] !== 0) break;
	if (root > max) root = max;
	if (max === 0) {
		table[table_index++] = 20971520;
		table[table_index++] = 20971520;
		opts.bits = 1;
		return 0;
	}
	for (min = 1; min < max; min++) if (count[min] !== 0) break;
	if (root < min) root = min;
	left = 1;
	for (len = 1; len <= MAXBITS; len++) {
		left <<= 1;
		left -= count[len];
		if (left < 0) return -1;
	}
	if (left > 0 && (type === CODES$1 || max !== 1)) return -1;
	offs[1] = 0;
	for (len = 1; len < MAXBITS; len++) offs[len + 1] = offs[len] + count[len];
	for (sym = 0; sym < codes; sym++) if (lens[lens_index + sym] !== 0) work[offs[lens[lens_index + sym]]++] = sym;
	if (type === CODES$1) {
		base = extra = work;
		match = 20;
	} else if (type === LENS$1) {
		base = lbase;
		extra = lext;
		match = 257;
	} else {
		base = dbase;
		extra = dext;
		match = 0;
	}
	huff = 0;
	sym = 0;
	len = min;
	next = table_index;
	curr = root;
	drop = 0;
	low = -1;
	used = 1 << root;
	mask = used - 1;
	if (type === LENS$1 && used > ENOUGH_LENS$1 || type === DISTS$1 && used > ENOUGH_DISTS$1) return 1;
	for (;;) {
		here_bits = len - drop;
		if (work[sym] + 1 < match) {
			here_op = 0;
			here_val = work[sym];
		} else if (work[sym] >= match) {
			here_op = extra[work[sym] - match];
			here_val = base[work[sym] - match];
		} else {
			here_op = 96;
			here_val = 0;
		}
		incr = 1 << len - drop;
		fill = 1 << curr;
		min = fill;
		do {
			fill -= incr;
			table[next + (huff >> drop) + fill] = here_bits << 24 | here_op << 16 | here_val | 0;
		} while (fill !== 0);
		incr = 1 << len - 1;
		while (huff & incr) incr >>= 1;
		if (incr !== 0) {
			huff &= incr - 1;
			huff += incr;
		} else huff = 0;
		sym++;
		if (--count[len] === 0) {
			if (len === max) break;
			len = lens[lens_index + work[sym]];
		}
		if (len > root && (huff & mask) !== low) {
			if (drop === 0) drop = root;
			next += min;
			curr = len - drop;
			left = 1 << curr;
			while (curr + drop < max) {
				left -= count[curr + drop];
				if (left <= 0) break;
				curr++;
				left <<= 1;
			}
			used += 1 << curr;
			if (type === LENS$1 && used > ENOUGH_LENS$1 || type === DISTS$1 && used > ENOUGH_DISTS$1) return 1;
			low = huff & mask;
			table[low] = root << 24 | curr << 16 | next - table_index | 0;
		}
	}
	if (huff !== 0) table[next + huff] = len - drop << 24 | 4194304;
	opts.bits = root;
	return 0;
};
//#endregion
//#region src/zlib/inflate.mjs
var CODES = 0;
var LENS = 1;
var DISTS = 2;
var HEAD = 16180;
var FLAGS = 16181;
var TIME = 16182;
var OS = 16183;
var EXLEN = 16184;
var EXTRA = 16185;
var NAME = 16186;
var COMMENT = 16187;
var HCRC = 16188;
var DICTID = 16189;
var DICT = 16190;
var TYPE = 16191;
var TYPEDO = 16192;
var STORED = 16193;
var COPY_ = 16194;
var COPY = 16195;
var TABLE = 16196;
var LENLENS = 16197;
var CODELENS = 16198;
var LEN_ = 16199;
var LEN = 16200;
var LENEXT = 16201;
var DIST = 16202;
var DISTEXT = 16203;
var MATCH = 16204;
var LIT = 16205;
var CHECK = 16206;
var LENGTH = 16207;
var DONE = 16208;
var BAD = 16209;
var MEM = 16210;
var SYNC = 16211;
var ENOUGH_LENS = 852;
var ENOUGH_DISTS = 592;
var DEF_WBITS = 15;
var zswap32 = (q) => {
	return (q >>> 24 & 255) + (q >>> 8 & 65280) + ((q & 65280) << 8) + ((q & 255) << 24);
};
var InflateState = class {
	constructor() {
		this.strm = null;
		this.mode = 0;
		this.last = false;
		this.wrap = 0;
		this.havedict = false;
		this.flags = 0;
		this.dmax = 0;
		this.check = 0;
		this.total = 0;
		this.head = null;
		this.wbits = 0;
		this.wsize = 0;
		this.whave = 0;
		this.wnext = 0;
		this.window = null;
		this.hold = 0;
		this.bits = 0;
		this.length = 0;
		this.offset = 0;
		this.extra = 0;
		this.lencode = null;
		this.distcode = null;
		this.lenbits = 0;
		this.distbits = 0;
		this.ncode = 0;
		this.nlen = 0;
		this.ndist = 0;
		this.have = 0;
		this.next = null;
		this.lens = /* @__PURE__ */ new Uint16Array(320);
		this.work = /* @__PURE__ */ new Uint16Array(288);
		this.lendyn = null;
		this.distdyn = null;
		this.sane = 0;
		this.back = 0;
		this.was = 0;
	}
};
var inflateStateCheck = (strm) => {
	if (!strm) return 1;
	const state = strm.state;
	if (!state || state.strm !== strm || state.mode < HEAD || state.mode > SYNC) return 1;
	return 0;
};
var inflateResetKeep = (strm) => {
	if (inflateStateCheck(strm)) return -2;
	const state = strm.state;
	strm.total_in = strm.total_out = state.total = 0;
	strm.msg = "";
	if (state.wrap) strm.adler = state.wrap & 1;
	state.mode = HEAD;
	state.last = 0;
	state.havedict = 0;
	state.flags = -1;
	state.dmax = 32768;
	state.head = null;
	state.hold = 0;
	state.bits = 0;
	state.lencode = state.lendyn = new Int32Array(ENOUGH_LENS);
	state.distcode = state.distdyn = new Int32Array(ENOUGH_DISTS);
	state.sane = 1;
	state.back = -1;
	return 0;
};
var inflateReset = (strm) => {
	if (inflateStateCheck(strm)) return -2;
	const state = strm.state;
	state.wsize = 0;
	state.whave = 0;
	state.wnext = 0;
	return inflateResetKeep(strm);
};
var inflateReset2 = (strm, windowBits) => {
	let wrap;
	if (inflateStateCheck(strm)) return -2;
	const state = strm.state;
	if (windowBits < 0) {
		wrap = 0;
		windowBits = -windowBits;
	} else {
		wrap = (windowBits >> 4) + 5;
		if (windowBits < 48) windowBits &= 15;
	}
	if (windowBits && (windowBits < 8 || windowBits > 15)) return -2;
	if (state.window !== null && state.wbits !== windowBits) state.window = null;
	state.wrap = wrap;
	state.wbits = windowBits;
	return inflateReset(strm);
};
var inflateInit2 = (strm, windowBits) => {
	if (!strm) return -2;
	const state = new InflateState();
	strm.state = state;
	state.strm = strm;
	state.window = null;
	state.mode = HEAD;
	const ret = inflateReset2(strm, windowBits);
	if (ret !== 0) strm.state = null;
	return ret;
};
var inflateInit = (strm) => {
	return inflateInit2(strm, DEF_WBITS);
};
var virgin = true;
var lenfix, distfix;
var fixedtables = (state) => {
	if (virgin) {
		lenfix = /* @__PURE__ */ new Int32Array(512);
		distfix = /* @__PURE__ */ new Int32Array(32);
		let sym = 0;
		while (sym < 144) state.lens[sym++] = 8;
		while (sym < 256) state.lens[sym++] = 9;
		while (sym < 280) state.lens[sym++] = 7;
		while (sym < 288) state.lens[sym++] = 8;
		inflate_table(LENS, state.lens, 0, 288, lenfix, 0, state.work, { bits: 9 });
		sym = 0;
		while (sym < 32) state.lens[sym++] = 5;
		inflate_table(DISTS, state.lens, 0, 32, distfix, 0, state.work, { bits: 5 });
		virgin = false;
	}
	state.lencode = lenfix;
	state.lenbits = 9;
	state.distcode = distfix;
	state.distbits = 5;
};
var updatewindow = (strm, src, end, copy) => {
	let dist;
	const state = strm.state;
	if (state.window === null) state.window = new Uint8Array(1 << state.wbits);
	if (state.wsize === 0) {
		state.wsize = 1 << state.wbits;
		state.wnext = 0;
		state.whave = 0;
	}
	if (copy >= state.wsize) {
		state.window.set(src.subarray(end - state.wsize, end), 0);
		state.wnext = 0;
		state.whave = state.wsize;
	} else {
		dist = state.wsize - state.wnext;
		if (dist > copy) dist = copy;
		state.window.set(src.subarray(end - copy, end - copy + dist), state.wnext);
		copy -= dist;
		if (copy) {
			state.window.set(src.subarray(end - copy, end), 0);
			state.wnext = copy;
			state.whave = state.wsize;
		} else {
			state.wnext += dist;
			if (state.wnext === state.wsize) state.wnext = 0;
			if (state.whave < state.wsize) state.whave += dist;
		}
	}
	return 0;
};
var inflate$1 = (strm, flush) => {
	let state;
	let input, output;
	let next;
	let put;
	let have, left;
	let hold;
	let bits;
	let _in, _out;
	let copy;
	let from;
	let from_source;
	let here = 0;
	let here_bits, here_op, here_val;
	let last_bits, last_op, last_val;
	let len;
	let ret;
	const hbuf = /* @__PURE__ */ new Uint8Array(4);
	let opts;
	let n;
	const order = new Uint8Array([
		16,
		17,
		18,
		0,
		8,
		7,
		9,
		6,
		10,
		5,
		11,
		4,
		12,
		3,
		13,
		2,
		14,
		1,
		15
	]);
	if (inflateStateCheck(strm) || !strm.output || !strm.input && strm.avail_in !== 0) return -2;
	state = strm.state;
	if (state.mode === TYPE) state.mode = TYPEDO;
	put = strm.next_out;
	output = strm.output;
	left = strm.avail_out;
	next = strm.next_in;
	input = strm.input;
	have = strm.avail_in;
	hold = state.hold;
	bits = state.bits;
	_in = have;
	_out = left;
	ret = 0;
	inf_leave: for (;;) switch (state.mode) {
		case HEAD:
			if (state.wrap === 0) {
				state.mode = TYPEDO;
				break;
			}
			while (bits < 16) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			if (state.wrap & 2 && hold === 35615) {
				if (state.wbits === 0) state.wbits = 15;
				state.check = 0;
				hbuf[0] = hold & 255;
				hbuf[1] = hold >>> 8 & 255;
				state.check = crc32(state.check, hbuf, 2, 0);
				hold = 0;
				bits = 0;
				state.mode = FLAGS;
				break;
			}
			if (state.head) state.head.done = false;
			if (!(state.wrap & 1) || (((hold & 255) << 8) + (hold >> 8)) % 31) {
				strm.msg = "incorrect header check";
				state.mode = BAD;
				break;
			}
			if ((hold & 15) !== 8) {
				strm.msg = "unknown compression method";
				state.mode = BAD;
				break;
			}
			hold >>>= 4;
			bits -= 4;
			len = (hold & 15) + 8;
			if (state.wbits === 0) state.wbits = len;
			if (len > 15 || len > state.wbits) {
				strm.msg = "invalid window size";
				state.mode = BAD;
				break;
			}
			state.dmax = 1 << state.wbits;
			state.flags = 0;
			strm.adler = state.check = 1;
			state.mode = hold & 512 ? DICTID : TYPE;
			hold = 0;
			bits = 0;
			break;
		case FLAGS:
			while (bits < 16) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			state.flags = hold;
			if ((state.flags & 255) !== 8) {
				strm.msg = "unknown compression method";
				state.mode = BAD;
				break;
			}
			if (state.flags & 57344) {
				strm.msg = "unknown header flags set";
				state.mode = BAD;
				break;
			}
			if (state.head) state.head.text = hold >> 8 & 1;
			if (state.flags & 512 && state.wrap & 4) {
				hbuf[0] = hold & 255;
				hbuf[1] = hold >>> 8 & 255;
				state.check = crc32(state.check, hbuf, 2, 0);
			}
			hold = 0;
			bits = 0;
			state.mode = TIME;
		case TIME:
			while (bits < 32) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			if (state.head) state.head.time = hold >>> 0;
			if (state.flags & 512 && state.wrap & 4) {
				hbuf[0] = hold & 255;
				hbuf[1] = hold >>> 8 & 255;
				hbuf[2] = hold >>> 16 & 255;
				hbuf[3] = hold >>> 24 & 255;
				state.check = crc32(state.check, hbuf, 4, 0);
			}
			hold = 0;
			bits = 0;
			state.mode = OS;
		case OS:
			while (bits < 16) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			if (state.head) {
				state.head.xflags = hold & 255;
				state.head.os = hold >> 8;
			}
			if (state.flags & 512 && state.wrap & 4) {
				hbuf[0] = hold & 255;
				hbuf[1] = hold >>> 8 & 255;
				state.check = crc32(state.check, hbuf, 2, 0);
			}
			hold = 0;
			bits = 0;
			state.mode = EXLEN;
		case EXLEN:
			if (state.flags & 1024) {
				while (bits < 16) {
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				state.length = hold;
				if (state.head) state.head.extra_len = hold;
				if (state.flags & 512 && state.wrap & 4) {
					hbuf[0] = hold & 255;
					hbuf[1] = hold >>> 8 & 255;
					state.check = crc32(state.check, hbuf, 2, 0);
				}
				hold = 0;
				bits = 0;
			} else if (state.head) state.head.extra = null;
			state.mode = EXTRA;
		case EXTRA:
			if (state.flags & 1024) {
				copy = state.length;
				if (copy > have) copy = have;
				if (copy) {
					if (state.head) {
						len = state.head.extra_len - state.length;
						if (!state.head.extra) state.head.extra = new Uint8Array(state.head.extra_len);
						state.head.extra.set(input.subarray(next, next + copy), len);
					}
					if (state.flags & 512 && state.wrap & 4) state.check = crc32(state.check, input, copy, next);
					have -= copy;
					next += copy;
					state.length -= copy;
				}
				if (state.length) break inf_leave;
			}
			state.length = 0;
			state.mode = NAME;
		case NAME:
			if (state.flags & 2048) {
				if (have === 0) break inf_leave;
				copy = 0;
				do {
					len = input[next + copy++];
					if (state.head && len && state.length < 65536) {
						state.head.name += String.fromCharCode(len);
						state.length++;
					}
				} while (len && copy < have);
				if (state.flags & 512 && state.wrap & 4) state.check = crc32(state.check, input, copy, next);
				have -= copy;
				next += copy;
				if (len) break inf_leave;
			} else if (state.head) state.head.name = null;
			state.length = 0;
			state.mode = COMMENT;
		case COMMENT:
			if (state.flags & 4096) {
				if (have === 0) break inf_leave;
				copy = 0;
				do {
					len = input[next + copy++];
					if (state.head && len && state.length < 65536) {
						state.head.comment += String.fromCharCode(len);
						state.length++;
					}
				} while (len && copy < have);
				if (state.flags & 512 && state.wrap & 4) state.check = crc32(state.check, input, copy, next);
				have -= copy;
				next += copy;
				if (len) break inf_leave;
			} else if (state.head) state.head.comment = null;
			state.mode = HCRC;
		case HCRC:
			if (state.flags & 512) {
				while (bits < 16) {
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				if (state.wrap & 4 && hold !== (state.check & 65535)) {
					strm.msg = "header crc mismatch";
					state.mode = BAD;
					break;
				}
				hold = 0;
				bits = 0;
			}
			if (state.head) {
				state.head.hcrc = state.flags >> 9 & 1;
				state.head.done = true;
			}
			strm.adler = state.check = 0;
			state.mode = TYPE;
			break;
		case DICTID:
			while (bits < 32) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			strm.adler = state.check = zswap32(hold);
			hold = 0;
			bits = 0;
			state.mode = DICT;
		case DICT:
			if (state.havedict === 0) {
				strm.next_out = put;
				strm.avail_out = left;
				strm.next_in = next;
				strm.avail_in = have;
				state.hold = hold;
				state.bits = bits;
				return 2;
			}
			strm.adler = state.check = 1;
			state.mode = TYPE;
		case TYPE: if (flush === 5 || flush === 6) break inf_leave;
		case TYPEDO:
			if (state.last) {
				hold >>>= bits & 7;
				bits -= bits & 7;
				state.mode = CHECK;
				break;
			}
			while (bits < 3) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			state.last = hold & 1;
			hold >>>= 1;
			bits -= 1;
			switch (hold & 3) {
				case 0:
					state.mode = STORED;
					break;
				case 1:
					fixedtables(state);
					state.mode = LEN_;
					if (flush === 6) {
						hold >>>= 2;
						bits -= 2;
						break inf_leave;
					}
					break;
				case 2:
					state.mode = TABLE;
					break;
				case 3:
					strm.msg = "invalid block type";
					state.mode = BAD;
			}
			hold >>>= 2;
			bits -= 2;
			break;
		case STORED:
			hold >>>= bits & 7;
			bits -= bits & 7;
			while (bits < 32) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			if ((hold & 65535) !== (hold >>> 16 ^ 65535)) {
				strm.msg = "invalid stored block lengths";
				state.mode = BAD;
				break;
			}
			state.length = hold & 65535;
			hold = 0;
			bits = 0;
			state.mode = COPY_;
			if (flush === 6) break inf_leave;
		case COPY_: state.mode = COPY;
		case COPY:
			copy = state.length;
			if (copy) {
				if (copy > have) copy = have;
				if (copy > left) copy = left;
				if (copy === 0) break inf_leave;
				output.set(input.subarray(next, next + copy), put);
				have -= copy;
				next += copy;
				left -= copy;
				put += copy;
				state.length -= copy;
				break;
			}
			state.mode = TYPE;
			break;
		case TABLE:
			while (bits < 14) {
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			state.nlen = (hold & 31) + 257;
			hold >>>= 5;
			bits -= 5;
			state.ndist = (hold & 31) + 1;
			hold >>>= 5;
			bits -= 5;
			state.ncode = (hold & 15) + 4;
			hold >>>= 4;
			bits -= 4;
			if (state.nlen > 286 || state.ndist > 30) {
				strm.msg = "too many length or distance symbols";
				state.mode = BAD;
				break;
			}
			state.have = 0;
			state.mode = LENLENS;
		case LENLENS:
			while (state.have < state.ncode) {
				while (bits < 3) {
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				state.lens[order[state.have++]] = hold & 7;
				hold >>>= 3;
				bits -= 3;
			}
			while (state.have < 19) state.lens[order[state.have++]] = 0;
			state.lencode = state.lendyn;
			state.lenbits = 7;
			opts = { bits: state.lenbits };
			ret = inflate_table(CODES, state.lens, 0, 19, state.lencode, 0, state.work, opts);
			state.lenbits = opts.bits;
			if (ret) {
				strm.msg = "invalid code lengths set";
				state.mode = BAD;
				break;
			}
			state.have = 0;
			state.mode = CODELENS;
		case CODELENS:
			while (state.have < state.nlen + state.ndist) {
				for (;;) {
					here = state.lencode[hold & (1 << state.lenbits) - 1];
					here_bits = here >>> 24;
					here_op = here >>> 16 & 255;
					here_val = here & 65535;
					if (here_bits <= bits) break;
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				if (here_val < 16) {
					hold >>>= here_bits;
					bits -= here_bits;
					state.lens[state.have++] = here_val;
				} else {
					if (here_val === 16) {
						n = here_bits + 2;
						while (bits < n) {
							if (have === 0) break inf_leave;
							have--;
							hold += input[next++] << bits;
							bits += 8;
						}
						hold >>>= here_bits;
						bits -= here_bits;
						if (state.have === 0) {
							strm.msg = "invalid bit length repeat";
							state.mode = BAD;
							break;
						}
						len = state.lens[state.have - 1];
						copy = 3 + (hold & 3);
						hold >>>= 2;
						bits -= 2;
					} else if (here_val === 17) {
						n = here_bits + 3;
						while (bits < n) {
							if (have === 0) break inf_leave;
							have--;
							hold += input[next++] << bits;
							bits += 8;
						}
						hold >>>= here_bits;
						bits -= here_bits;
						len = 0;
						copy = 3 + (hold & 7);
						hold >>>= 3;
						bits -= 3;
					} else {
						n = here_bits + 7;
						while (bits < n) {
							if (have === 0) break inf_leave;
							have--;
							hold += input[next++] << bits;
							bits += 8;
						}
						hold >>>= here_bits;
						bits -= here_bits;
						len = 0;
						copy = 11 + (hold & 127);
						hold >>>= 7;
						bits -= 7;
					}
					if (state.have + copy > state.nlen + state.ndist) {
						strm.msg = "invalid bit length repeat";
						state.mode = BAD;
						break;
					}
					while (copy--) state.lens[state.have++] = len;
				}
			}
			if (state.mode === BAD) break;
			if (state.lens[256] === 0) {
				strm.msg = "invalid code -- missing end-of-block";
				state.mode = BAD;
				break;
			}
			state.lenbits = 9;
			opts = { bits: state.lenbits };
			ret = inflate_table(LENS, state.lens, 0, state.nlen, state.lencode, 0, state.work, opts);
			state.lenbits = opts.bits;
			if (ret) {
				strm.msg = "invalid literal/lengths set";
				state.mode = BAD;
				break;
			}
			state.distbits = 6;
			state.distcode = state.distdyn;
			opts = { bits: state.distbits };
			ret = inflate_table(DISTS, state.lens, state.nlen, state.ndist, state.distcode, 0, state.work, opts);
			state.distbits = opts.bits;
			if (ret) {
				strm.msg = "invalid distances set";
				state.mode = BAD;
				break;
			}
			state.mode = LEN_;
			if (flush === 6) break inf_leave;
		case LEN_: state.mode = LEN;
		case LEN:
			if (have >= 6 && left >= 258) {
				strm.next_out = put;
				strm.avail_out = left;
				strm.next_in = next;
				strm.avail_in = have;
				state.hold = hold;
				state.bits = bits;
				inflate_fast(strm, _out);
				put = strm.next_out;
				output = strm.output;
				left = strm.avail_out;
				next = strm.next_in;
				input = strm.input;
				have = strm.avail_in;
				hold = state.hold;
				bits = state.bits;
				if (state.mode === TYPE) state.back = -1;
				break;
			}
			state.back = 0;
			for (;;) {
				here = state.lencode[hold & (1 << state.lenbits) - 1];
				here_bits = here >>> 24;
				here_op = here >>> 16 & 255;
				here_val = here & 65535;
				if (here_bits <= bits) break;
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			if (here_op && (here_op & 240) === 0) {
				last_bits = here_bits;
				last_op = here_op;
				last_val = here_val;
				for (;;) {
					here = state.lencode[last_val + ((hold & (1 << last_bits + last_op) - 1) >> last_bits)];
					here_bits = here >>> 24;
					here_op = here >>> 16 & 255;
					here_val = here & 65535;
					if (last_bits + here_bits <= bits) break;
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				hold >>>= last_bits;
				bits -= last_bits;
				state.back += last_bits;
			}
			hold >>>= here_bits;
			bits -= here_bits;
			state.back += here_bits;
			state.length = here_val;
			if (here_op === 0) {
				state.mode = LIT;
				break;
			}
			if (here_op & 32) {
				state.back = -1;
				state.mode = TYPE;
				break;
			}
			if (here_op & 64) {
				strm.msg = "invalid literal/length code";
				state.mode = BAD;
				break;
			}
			state.extra = here_op & 15;
			state.mode = LENEXT;
		case LENEXT:
			if (state.extra) {
				n = state.extra;
				while (bits < n) {
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				state.length += hold & (1 << state.extra) - 1;
				hold >>>= state.extra;
				bits -= state.extra;
				state.back += state.extra;
			}
			state.was = state.length;
			state.mode = DIST;
		case DIST:
			for (;;) {
				here = state.distcode[hold & (1 << state.distbits) - 1];
				here_bits = here >>> 24;
				here_op = here >>> 16 & 255;
				here_val = here & 65535;
				if (here_bits <= bits) break;
				if (have === 0) break inf_leave;
				have--;
				hold += input[next++] << bits;
				bits += 8;
			}
			if ((here_op & 240) === 0) {
				last_bits = here_bits;
				last_op = here_op;
				last_val = here_val;
				for (;;) {
					here = state.distcode[last_val + ((hold & (1 << last_bits + last_op) - 1) >> last_bits)];
					here_bits = here >>> 24;
					here_op = here >>> 16 & 255;
					here_val = here & 65535;
					if (last_bits + here_bits <= bits) break;
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				hold >>>= last_bits;
				bits -= last_bits;
				state.back += last_bits;
			}
			hold >>>= here_bits;
			bits -= here_bits;
			state.back += here_bits;
			if (here_op & 64) {
				strm.msg = "invalid distance code";
				state.mode = BAD;
				break;
			}
			state.offset = here_val;
			state.extra = here_op & 15;
			state.mode = DISTEXT;
		case DISTEXT:
			if (state.extra) {
				n = state.extra;
				while (bits < n) {
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				state.offset += hold & (1 << state.extra) - 1;
				hold >>>= state.extra;
				bits -= state.extra;
				state.back += state.extra;
			}
			if (state.offset > state.dmax) {
				strm.msg = "invalid distance too far back";
				state.mode = BAD;
				break;
			}
			state.mode = MATCH;
		case MATCH:
			if (left === 0) break inf_leave;
			copy = _out - left;
			if (state.offset > copy) {
				copy = state.offset - copy;
				if (copy > state.whave) {
					if (state.sane) {
						strm.msg = "invalid distance too far back";
						state.mode = BAD;
						break;
					}
				}
				if (copy > state.wnext) {
					copy -= state.wnext;
					from = state.wsize - copy;
				} else from = state.wnext - copy;
				if (copy > state.length) copy = state.length;
				from_source = state.window;
			} else {
				from_source = output;
				from = put - state.offset;
				copy = state.length;
			}
			if (copy > left) copy = left;
			left -= copy;
			state.length -= copy;
			do
				output[put++] = from_source[from++];
			while (--copy);
			if (state.length === 0) state.mode = LEN;
			break;
		case LIT:
			if (left === 0) break inf_leave;
			output[put++] = state.length;
			left--;
			state.mode = LEN;
			break;
		case CHECK:
			if (state.wrap) {
				while (bits < 32) {
					if (have === 0) break inf_leave;
					have--;
					hold |= input[next++] << bits;
					bits += 8;
				}
				_out -= left;
				strm.total_out += _out;
				state.total += _out;
				if (state.wrap & 4 && _out) strm.adler = state.check = state.flags ? crc32(state.check, output, _out, put - _out) : adler32(state.check, output, _out, put - _out);
				_out = left;
				if (state.wrap & 4 && (state.flags ? hold : zswap32(hold)) !== state.check) {
					strm.msg = "incorrect data check";
					state.mode = BAD;
					break;
				}
				hold = 0;
				bits = 0;
			}
			state.mode = LENGTH;
		case LENGTH:
			if (state.wrap && state.flags) {
				while (bits < 32) {
					if (have === 0) break inf_leave;
					have--;
					hold += input[next++] << bits;
					bits += 8;
				}
				if (state.wrap & 4 && hold !== (state.total & 4294967295)) {
					strm.msg = "incorrect length check";
					state.mode = BAD;
					break;
				}
				hold = 0;
				bits = 0;
			}
			state.mode = DONE;
		case DONE:
			ret = 1;
			break inf_leave;
		case BAD:
			ret = -3;
			break inf_leave;
		case MEM: return -4;
		case SYNC:
		default: return -2;
	}
	strm.next_out = put;
	strm.avail_out = left;
	strm.next_in = next;
	strm.avail_in = have;
	state.hold = hold;
	state.bits = bits;
	if (state.wsize || _out !== strm.avail_out && state.mode < BAD && (state.mode < CHECK || flush !== 4)) {
		if (updatewindow(strm, strm.output, strm.next_out, _out - strm.avail_out)) {
			state.mode = MEM;
			return -4;
		}
	}
	_in -= strm.avail_in;
	_out -= strm.avail_out;
	strm.total_in += _in;
	strm.total_out += _out;
	state.total += _out;
	if (state.wrap & 4 && _out) strm.adler = state.check = state.flags ? crc32(state.check, output, _out, strm.next_out - _out) : adler32(state.check, output, _out, strm.next_out - _out);
	strm.data_type = state.bits + (state.last ? 64 : 0) + (state.mode === TYPE ? 128 : 0) + (state.mode === LEN_ || state.mode === COPY_ ? 256 : 0);
	if ((_in === 0 && _out === 0 || flush === 4) && ret === 0) ret = -5;
	return ret;
};
var inflateEnd = (strm) => {
	if (inflateStateCheck(strm)) return -2;
	let state = strm.state;
	if (state.window) state.window = null;
	strm.state = null;
	return 0;
};
var inflateGetHeader = (strm, head) => {
	if (inflateStateCheck(strm)) return -2;
	const state = strm.state;
	if ((state.wrap & 2) === 0) return -2;
	state.head = head;
	head.done = false;
	return 0;
};
var inflateSetDictionary = (strm, dictionary) => {
	const dictLength = dictionary.length;
	let state;
	let dictid;
	let ret;
	if (inflateStateCheck(strm)) return -2;
	state = strm.state;
	if (state.wrap !== 0 && state.mode !== DICT) return -2;
	if (state.mode === DICT) {
		dictid = 1;
		dictid = adler32(dictid, dictionary, dictLength, 0);
		if (dictid !== state.check) return -3;
	}
	ret = updatewindow(strm, dictionary, dictLength, dictLength);
	if (ret) {
		state.mode = MEM;
		return -4;
	}
	state.havedict = 1;
	return 0;
};
//#endregion
//#region src/zlib/zstream.mjs
var ZStream = class {
	constructor() {
		this.input = null;
		this.next_in = 0;
		this.avail_in = 0;
		this.total_in = 0;
		this.output = null;
		this.next_out = 0;
		this.avail_out = 0;
		this.total_out = 0;
		this.msg = "";
		this.state = null;
		this.data_type = 2;
		this.adler = 0;
	}
};
//#endregion
//#region src/zlib/gzheader.mjs
var GZheader = class {
	constructor() {
		this.text = 0;
		this.time = 0;
		this.xflags = 0;
		this.os = 0;
		this.extra = null;
		this.extra_len = 0;
		this.name = "";
		this.comment = "";
		this.hcrc = 0;
		this.done = false;
	}
};
//#endregion
//#region src/utils.ts
var flattenChunks = (chunks) => {
	const result = new Uint8Array(chunks.reduce((len, chunk) => len + chunk.length, 0));
	let pos = 0;
	for (const chunk of chunks) {
		result.set(chunk, pos);
		pos += chunk.length;
	}
	return result;
};
//#endregion
//#region src/deflate.ts
var toString$1 = Object.prototype.toString;
var defaultOptions$1 = {
	level: -1,
	chunkSize: 16384,
	windowBits: 15,
	memLevel: 8,
	strategy: 0,
	raw: false,
	gzip: false,
	legacyHash: false,
	dictionary: /* @__PURE__ */ new Uint8Array(0)
};
/**
* Generic JS-style wrapper for zlib calls. If you don't need
* streaming behaviour, use the simpler functions {@link deflate},
* {@link deflateRaw} and {@link gzip}.
*/
var Deflate = class {
	options;
	/**
	* Error code after deflate finishes. {@link Z_OK} on success.
	* You will not need it in real life, because deflate errors
	* are possible only on wrong options or bad custom `onData` / `onEnd`
	* handlers.
	*/
	err;
	/** Error message, if {@link Deflate.err} is not {@link Z_OK}. */
	msg;
	ended;
	started;
	/**
	* Chunks of output data, if {@link Deflate.onData} not overridden.
	* @internal
	*/
	chunks;
	strm;
	/**
	* Compressed result, generated by default {@link Deflate.onData}
	* and {@link Deflate.onEnd} handlers. Filled after you push last chunk
	* (call {@link Deflate.push} with {@link Z_FINISH} / `true` param).
	*/
	result;
	/**
	* Creates a new deflator instance with the specified params. Throws an
	* exception on bad params. See {@link DeflateOptions} for the list of
	* supported options.
	*
	* @example
	* ```javascript
	* import { Deflate } from 'pako'
	*
	* const chunk1 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])
	* const chunk2 = new Uint8Array([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
	*
	* const deflate = new Deflate({ level: 3 })
	*
	* deflate.push(chunk1, false)
	* deflate.push(chunk2, true)  // true -> last chunk
	*
	* if (deflate.err) throw new Error(deflate.err)
	*
	* console.log(deflate.result)
	* ```
	*/
	constructor(options = {}) {
		this.options = Object.assign({}, defaultOptions$1, options);
		const opt = this.options;
		if (opt.raw && opt.windowBits > 0) opt.windowBits = -opt.windowBits;
		else if (opt.gzip && opt.windowBits > 0 && opt.windowBits < 16) opt.windowBits += 16;
		this.err = 0;
		this.msg = "";
		this.ended = false;
		this.started = false;
		this.chunks = [];
		this.result = /* @__PURE__ */ new Uint8Array(0);
		this.strm = new ZStream();
		this.strm.avail_out = 0;
		let status = deflateInit2(this.strm, opt.level, 8, opt.windowBits, opt.memLevel, opt.strategy, opt.legacyHash);
		if (status !== 0) throw new Error(messages_default[status]);
		if (toString$1.call(opt.dictionary) === "[object ArrayBuffer]") opt.dictionary = new Uint8Array(opt.dictionary);
		const dictionary = opt.dictionary;
		if (dictionary.length) {
			if (opt.gzip) throw new Error("dictionary is not supported with gzip");
			status = deflateSetDictionary(this.strm, dictionary);
			if (status !== 0) throw new Error(messages_default[status]);
		}
	}
	/**
	* Sends input data to the deflate pipe, generating {@link Deflate.onData} calls
	* with new compressed chunks. Returns `true` on success. The last data block must
	* have `flush_mode` {@link Z_FINISH} (or `true`). That will flush the internal
	* pending buffers and call {@link Deflate.onEnd}.
	*
	* On failure, calls {@link Deflate.onEnd} with the error code and returns false.
	*
	* @param data input data. Strings will be converted to utf8 byte sequence.
	* @param flush_mode 0..6 for corresponding {@link Z_NO_FLUSH}..{@link Z_TREES} modes.
	*   See constants. Skipped or `false` means {@link Z_NO_FLUSH}, `true` means {@link Z_FINISH}.
	*
	* @example
	* ```javascript
	* push(chunk, false) // push one of data chunks
	* ...
	* push(chunk, true)  // push last chunk
	* ```
	*/
	push(data, flush_mode = false) {
		const strm = this.strm;
		const chunkSize = this.options.chunkSize;
		let status;
		let _flush_mode;
		if (this.ended) return false;
		if (typeof flush_mode === "number") _flush_mode = flush_mode;
		else _flush_mode = flush_mode === true ? 4 : 0;
		if (typeof data === "string") strm.input = new TextEncoder().encode(data);
		else if (toString$1.call(data) === "[object ArrayBuffer]") strm.input = new Uint8Array(data);
		else strm.input = data;
		strm.next_in = 0;
		strm.avail_in = strm.input.length;
		if (!this.started) {
			this.started = true;
			this.onStart(strm);
		}
		for (;;) {
			if (strm.avail_out === 0) {
				strm.output = new Uint8Array(chunkSize);
				strm.next_out = 0;
				strm.avail_out = chunkSize;
			}
			if ((_flush_mode === 2 || _flush_mode === 3) && strm.avail_out <= 6) {
				this.onData(strm.output.subarray(0, strm.next_out));
				strm.avail_out = 0;
				continue;
			}
			status = deflate$1(strm, _flush_mode);
			if (status === -2) break;
			if (status === 1) {
				if (strm.next_out > 0) this.onData(strm.output.subarray(0, strm.next_out));
				status = deflateEnd(this.strm);
				break;
			}
			if (strm.avail_out === 0) {
				this.onData(strm.output);
				continue;
			}
			if (_flush_mode > 0 && strm.next_out > 0) {
				this.onData(strm.output.subarray(0, strm.next_out));
				strm.avail_out = 0;
				continue;
			}
			if (strm.avail_in === 0) return true;
		}
		this.err = status;
		this.msg = strm.msg || messages_default[status];
		this.ended = true;
		this.onEnd(status);
		return status === 0;
	}
	/**
	* Called once before the first low-level deflate call.
	*/
	onStart(strm) {}
	/**
	* By default, stores data blocks in the {@link Deflate.chunks} property and glues
	* them in {@link Deflate.onEnd}. Override this handler if you need another behaviour.
	*/
	onData(chunk) {
		this.chunks.push(chunk);
	}
	/**
	* Called once after you tell deflate that the input stream is
	* complete ({@link Z_FINISH}). By default, joins the collected {@link Deflate.chunks}
	* into the {@link Deflate.result} property.
	*
	* @param status deflate status. {@link Z_OK} on success, other if not.
	*/
	onEnd(status) {
		if (status === 0) this.result = flattenChunks(this.chunks);
		this.chunks = [];
	}
};
/**
* Compress `data` with deflate algorithm and `options`.
* See {@link DeflateOptions} for the list of supported options.
*
* @example
* ```javascript
* import { deflate } from 'pako'
*
* const data = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])
*
* console.log(deflate(data))
* ```
*/
function deflate(input, options = {}) {
	const deflator = new Deflate(options);
	deflator.push(input, true);
	if (deflator.err) throw new Error(deflator.msg);
	return deflator.result;
}
/**
* The same as {@link deflate}, but creates raw data without a wrapper
* (header and adler32 crc).
*/
function deflateRaw(input, options = {}) {
	return deflate(input, Object.assign({}, options, { raw: true }));
}
/**
* The same as {@link deflate}, but creates a gzip wrapper instead of
* a deflate one.
*/
function gzip(input, options = {}) {
	return deflate(input, Object.assign({}, options, { gzip: true }));
}
//#endregion
//#region src/inflate.ts
var pako_toString = Object.prototype.toString;
var defaultOptions = {
	chunkSize: 1024 * 64,
	windowBits: 15,
	raw: false,
	dictionary: /* @__PURE__ */ new Uint8Array(0)
};
/**
* Generic JS-style wrapper for zlib calls. If you don't need
* streaming behaviour, use the simpler functions {@link inflate}
* and {@link inflateRaw}.
*/
var Inflate = class {
	options;
	/**
	* Error code after inflate finishes. {@link Z_OK} on success.
	* Should be checked when broken data is possible.
	*/
	err;
	/** Error message, if {@link Inflate.err} is not {@link Z_OK}. */
	msg;
	/**
	* `true` once the compressed stream has ended. A stream may end before the
	* caller's data does (trailing bytes), so check this to know when to stop
	* pushing - further {@link Inflate.push} calls are no-ops.
	*/
	ended;
	started;
	/**
	* Chunks of output data, if {@link Inflate.onData} not overridden.
	* @internal
	*/
	chunks;
	strm;
	/**
	* Uncompressed result, generated by default {@link Inflate.onData}
	* and {@link Inflate.onEnd} handlers. Filled after you push last chunk
	* (call {@link Inflate.push} with {@link Z_FINISH} / `true` param).
	*/
	result;
	/**
	* Creates a new inflator instance with the specified params. Throws an
	* exception on bad params. See {@link InflateOptions} for the list of
	* supported options.
	*
	* By default, when no options are set, the deflate/gzip data format is
	* autodetected via the wrapper header.
	*
	* @example
	* ```javascript
	* import { Inflate } from 'pako'
	*
	* const chunk1 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])
	* const chunk2 = new Uint8Array([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
	*
	* const inflate = new Inflate({ level: 3 })
	*
	* inflate.push(chunk1, false)
	* inflate.push(chunk2, true)  // true -> last chunk
	*
	* if (inflate.err) throw new Error(inflate.err)
	*
	* console.log(inflate.result)
	* ```
	*/
	constructor(options = {}) {
		this.options = Object.assign({}, defaultOptions, options);
		const opt = this.options;
		if (opt.raw && opt.windowBits >= 0 && opt.windowBits < 16) {
			opt.windowBits = -opt.windowBits;
			if (opt.windowBits === 0) opt.windowBits = -15;
		}
		if (opt.windowBits >= 0 && opt.windowBits < 16 && !options.windowBits) opt.windowBits += 32;
		if (opt.windowBits > 15 && opt.windowBits < 48) {
			if ((opt.windowBits & 15) === 0) opt.windowBits |= 15;
		}
		this.err = 0;
		this.msg = "";
		this.ended = false;
		this.started = false;
		this.chunks = [];
		this.result = /* @__PURE__ */ new Uint8Array(0);
		this.strm = new ZStream();
		this.strm.avail_out = 0;
		let status = inflateInit2(this.strm, opt.windowBits);
		if (status !== 0) throw new Error(messages_default[status]);
		if (pako_toString.call(opt.dictionary) === "[object ArrayBuffer]") opt.dictionary = new Uint8Array(opt.dictionary);
		const dictionary = opt.dictionary;
		if (opt.raw && dictionary.length) {
			status = inflateSetDictionary(this.strm, dictionary);
			if (status !== 0) throw new Error(messages_default[status]);
		}
	}
	/**
	* Sends input data to the inflate pipe, generating {@link Inflate.onData} calls
	* with new output chunks. Returns `true` on success. If end of stream is
	* detected, {@link Inflate.onEnd} will be called.
	*
	* `flush_mode` is not needed for normal operation, because end of stream
	* is detected automatically. Pass {@link Z_SYNC_FLUSH} to force the decoder
	* to emit all currently available output — handy when you need to decode
	* data frame-by-frame from a long-running stream.
	*
	* On failure, calls {@link Inflate.onEnd} with the error code and returns false.
	*
	* Once the stream has ended (a compressed stream may end before your data
	* does), further `push` calls are no-ops and return whether the decode
	* finished successfully. The final outcome is in {@link Inflate.result},
	* {@link Inflate.err} and {@link Inflate.msg}.
	*
	* @param flush_mode 0..6 for corresponding {@link Z_NO_FLUSH}..{@link Z_TREES}
	*   flush modes. See constants. Skipped or `false` means {@link Z_NO_FLUSH},
	*   `true` means {@link Z_FINISH}.
	*
	* @example
	* ```javascript
	* push(chunk, false) // push one of data chunks
	* ...
	* push(chunk, true)  // push last chunk
	* ```
	*/
	push(data, flush_mode = false) {
		const strm = this.strm;
		const chunkSize = this.options.chunkSize;
		let status;
		let _flush_mode;
		let last_avail_out;
		if (this.ended) return this.err === 0;
		if (typeof flush_mode === "number") _flush_mode = flush_mode;
		else _flush_mode = flush_mode === true ? 4 : 0;
		if (pako_toString.call(data) === "[object ArrayBuffer]") strm.input = new Uint8Array(data);
		else strm.input = data;
		strm.next_in = 0;
		strm.avail_in = strm.input.length;
		if (!this.started) {
			this.started = true;
			this.onStart(strm);
		}
		for (;;) {
			if (strm.avail_out === 0) {
				strm.output = new Uint8Array(chunkSize);
				strm.next_out = 0;
				strm.avail_out = chunkSize;
			}
			status = inflate$1(strm, _flush_mode);
			if (status === 2) {
				const dictionary = this.options.dictionary;
				if (dictionary.length) {
					status = inflateSetDictionary(strm, dictionary);
					if (status === 0) status = inflate$1(strm, _flush_mode);
					else if (status === -3) status = 2;
				}
			}
			while (strm.avail_in > 0 && status === 1 && strm.state.wrap & 2 && strm.state.flags !== 0 && strm.input[strm.next_in] !== 0) {
				inflateReset(strm);
				status = inflate$1(strm, _flush_mode);
			}
			if (status === -2 || status === -3 || status === 2 || status === -4) break;
			last_avail_out = strm.avail_out;
			if (strm.next_out) {
				if (strm.avail_out === 0 || status === 1 || _flush_mode > 0) {
					this.onData(strm.output.length === strm.next_out ? strm.output : strm.output.subarray(0, strm.next_out));
					strm.avail_out = 0;
					strm.next_out = 0;
				}
			}
			if ((status === 0 || status === -5) && last_avail_out === 0) continue;
			if (status === 1) {
				status = inflateEnd(this.strm);
				break;
			}
			if (strm.avail_in === 0) {
				if (_flush_mode === 4) {
					status = inflateEnd(this.strm);
					if (status === 0) status = -5;
					break;
				}
				return true;
			}
		}
		this.err = status;
		this.msg = strm.msg || messages_default[status];
		this.ended = true;
		this.onEnd(status);
		return status === 0;
	}
	/**
	* Called once before the first low-level inflate call.
	*
	* Override this handler to attach low-level inflate state, for example to read
	* gzip header metadata:
	*
	* ```javascript
	* import { Inflate, GZheader, zlibInflateGetHeader } from 'pako'
	*
	* const inflator = new Inflate()
	*
	* inflator.onStart = function (strm) {
	*   this.header = new GZheader()
	*   zlibInflateGetHeader(strm, this.header)
	* }
	*
	* inflator.push(data, true)
	* console.log(inflator.header.name)
	* ```
	*/
	onStart(strm) {}
	/**
	* By default, stores data blocks in the {@link Inflate.chunks} property and glues
	* them in {@link Inflate.onEnd}. Override this handler if you need another behaviour.
	*
	* @param chunk output data.
	*/
	onData(chunk) {
		this.chunks.push(chunk);
	}
	/**
	* Called after you tell inflate that the input stream is
	* complete ({@link Z_FINISH}). By default, joins the collected {@link Inflate.chunks},
	* frees memory and fills the {@link Inflate.result} property.
	*
	* @param status inflate status. {@link Z_OK} on success, other if not.
	*/
	onEnd(status) {
		if (status === 0) this.result = flattenChunks(this.chunks);
		this.chunks = [];
	}
};
/**
* One-shot inflate decompress. Autodetects `gzip`/`zlib`
* format via the wrapper header — so {@link ungzip} is just a convenience alias of
* this function. See {@link InflateOptions} for zlib options. Set
* `toText: true` to decode the result as UTF-8 text.
*
* @example
* ```javascript
* import { deflate, inflate } from 'pako'
*
* const input = deflate(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))
* let output
*
* try {
*   output = inflate(input)
* } catch (err) {
*   console.log(err)
* }
* ```
*/
function inflate(input, options = {}) {
	const inflator = new Inflate(options);
	inflator.push(input, true);
	if (inflator.err) throw new Error(inflator.msg);
	const result = inflator.result;
	return options.toText ? new TextDecoder().decode(result) : result;
}
/**
* The same as {@link inflate}, but consumes raw data without a wrapper
* (header and adler32 crc).
*/
function inflateRaw(input, options = {}) {
	return inflate(input, {
		...options,
		raw: true
	});
}
//#endregion


//# sourceMappingURL=pako.mjs.map
// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __nccwpck_require__(853);
var protobufjs_default = /*#__PURE__*/__nccwpck_require__.n(protobufjs);
;// CONCATENATED MODULE: ./src/pprof/proto.ts
/**
 * The pprof wire schema (google/pprof `proto/profile.proto`, package
 * `perftools.profiles`) as a protobufjs JSON descriptor, written from the field
 * numbers of the published schema. Only this file knows field numbers; the
 * reader works with the decoded messages.
 *
 * Fields that Go never writes and that do not affect heap profiles (newer
 * additions such as breakdowns and label sets) are left out on purpose:
 * protobufjs skips unknown fields, so a profile carrying them still decodes.
 */

/** Field names are the camelCase forms protobufjs would derive from the .proto. */
const profileDescriptor = {
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
};
/** Field numbers of the top-level Profile message, used to locate errors by byte offset. */
const profileField = {
    sampleType: 1,
    sample: 2,
    mapping: 3,
    location: 4,
    function: 5,
    stringTable: 6,
};
/** Wire types the Profile message allows for each top-level field number. */
const profileWireTypes = new Map([
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
const profileRoot = protobufjs_default().Root.fromJSON(profileDescriptor);
const ProfileMessage = profileRoot.lookupType('perftools.profiles.Profile');

;// CONCATENATED MODULE: ./src/pprof/reader.ts
/**
 * Reads a pprof profile file (what `-test.memprofile` writes): gunzip with
 * pako, decode `profile.proto` with protobufjs, resolve every id and string
 * index into the `Profile` model.
 *
 * Opinions:
 * - The file must be gzip-compressed (the runtime always compresses; an
 *   uncompressed file is not what a Go test binary writes, so it is refused).
 * - Values are taken as written. Go already unsamples heap-profile values
 *   (scales them by the sampling rate); scaling again would double count.
 * - Every fault is a `ProfileError` (an `InputError`) naming the file, a byte
 *   offset and what was expected. Offsets into the compressed stream are used
 *   for gzip faults; offsets into the gunzipped protobuf for everything else
 *   (the message says which).
 */




class ProfileError extends InputError {
    kind;
    constructor(kind, file, offset, expected, detail) {
        super(file, { offset }, expected, detail);
        this.kind = kind;
    }
}
const utf8 = (protobufjs_default()).util.utf8;
const DECOMPRESSED = 'in the gunzipped protobuf';
const TWO_32 = 4294967296;
/**
 * A protobufjs Reader whose 64-bit varints come back as plain numbers. The
 * stock reader returns Long objects (the `long` package is installed), which
 * would cost an object per value on millions of sample values. Profile values,
 * ids and line numbers all fit in 2^53; addresses above 2^53 lose low bits,
 * which nothing here uses.
 */
class NumberReader extends (protobufjs_default()).Reader {
    constructor(buffer) {
        super(buffer);
        // Unknown fields (newer pprof additions) are skipped, not kept on messages.
        this.discardUnknown = true;
    }
}
let varintHigh = 0;
/** Reads a varint of up to 64 bits; returns the low 32 bits, leaves the high 32 in `varintHigh`. */
function readVarint64(r) {
    const buf = r.buf;
    const len = r.len;
    let pos = r.pos;
    let lo = 0;
    let b = 0;
    for (let shift = 0; shift < 28; shift += 7) {
        if (pos >= len)
            throw new RangeError(`index out of range: ${pos} + 1 > ${len}`);
        b = buf[pos++];
        lo |= (b & 0x7f) << shift;
        if (b < 0x80) {
            r.pos = pos;
            varintHigh = 0;
            return lo >>> 0;
        }
    }
    if (pos >= len)
        throw new RangeError(`index out of range: ${pos} + 1 > ${len}`);
    b = buf[pos++];
    lo |= (b & 0x0f) << 28;
    let hi = (b & 0x7f) >> 4;
    if (b >= 0x80) {
        for (let shift = 3;; shift += 7) {
            if (shift > 31)
                throw new Error(`invalid varint encoding at offset ${pos}`);
            if (pos >= len)
                throw new RangeError(`index out of range: ${pos} + 1 > ${len}`);
            b = buf[pos++];
            hi |= (b & 0x7f) << shift;
            if (b < 0x80)
                break;
        }
    }
    r.pos = pos;
    varintHigh = hi;
    return lo >>> 0;
}
Object.assign(NumberReader.prototype, {
    uint64() {
        const lo = readVarint64(this);
        return varintHigh === 0 ? lo : (varintHigh >>> 0) * TWO_32 + lo;
    },
    int64() {
        const lo = readVarint64(this);
        return varintHigh === 0 ? lo : (varintHigh | 0) * TWO_32 + lo;
    },
});
/** A typed array that grows by doubling; the columns of the sample table. */
class Column {
    make;
    data;
    length = 0;
    constructor(make, capacity) {
        this.make = make;
        this.data = make(Math.max(16, capacity));
    }
    push(v) {
        if (this.length === this.data.length) {
            const next = this.make(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = v;
    }
    done() {
        return this.data.subarray(0, this.length);
    }
}
/**
 * Decodes one Sample message (already length-checked, ending at `end`)
 * straight into the columns. This is the one message decoded by hand with
 * protobufjs's Reader instead of its generated decoder: it occurs millions of
 * times, and the generated decoder's message object and two arrays per sample
 * dominate parse time (garbage collection) and memory on big profiles.
 */
function decodeSample(r, end, cols, index) {
    while (r.pos < end) {
        const tag = r.uint32();
        const field = tag >>> 3;
        const wire = tag & 7;
        if (field === 1 || field === 2) {
            const packedEnd = wire === 2 ? r.uint32() + r.pos : -1;
            if (wire !== 2 && wire !== 0)
                throw new Error(`invalid wire type ${wire} for Sample field ${field}`);
            if (packedEnd > end)
                throw new Error(`packed field runs past the end of its Sample`);
            do {
                const v = field === 1 ? r.uint64() : r.int64();
                if (field === 1) {
                    // Location ids are small in every profile Go writes; a 32-bit column halves the memory of the biggest array.
                    if (v > 0xffffffff)
                        throw new Error(`location id ${v} does not fit in 32 bits`);
                    cols.ids.push(v);
                }
                else {
                    cols.values.push(v);
                }
            } while (r.pos < packedEnd);
            if (packedEnd >= 0 && r.pos !== packedEnd)
                throw new Error(`packed field overruns its length`);
        }
        else if (field === 3 && wire === 2 && cols.labels) {
            const len = r.uint32();
            const label = types.label.decode(r, len);
            const list = cols.labels.get(index);
            if (list)
                list.push(label);
            else
                cols.labels.set(index, [label]);
        }
        else {
            r.skipType(wire);
        }
    }
}
const types = {
    label: profileRoot.lookupType('perftools.profiles.Label'),
    valueType: profileRoot.lookupType('perftools.profiles.ValueType'),
    sample: profileRoot.lookupType('perftools.profiles.Sample'),
    mapping: profileRoot.lookupType('perftools.profiles.Mapping'),
    location: profileRoot.lookupType('perftools.profiles.Location'),
    function: profileRoot.lookupType('perftools.profiles.Function'),
};
function readProfile(bytes, fileName, options = {}) {
    const raw = gunzip(bytes, fileName);
    return decodeProfile(raw, fileName, options);
}
function gunzip(bytes, file) {
    if (bytes.length === 0)
        throw new ProfileError('truncated', file, 0, 'a gzip-compressed pprof profile', 'the file is empty');
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
        const found = Array.from(bytes.subarray(0, 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
        throw new ProfileError('not-gzip', file, 0, 'a gzip-compressed pprof profile (magic bytes 1f 8b)', `found ${found}`);
    }
    const inflator = new Inflate();
    let threw;
    try {
        inflator.push(bytes, true);
    }
    catch (e) {
        threw = e;
    }
    // pako reports faults on the instance; the stream's input counter is how far it got.
    const at = inflator.strm?.total_in ?? 0;
    if (inflator.err === -5 /* Z_BUF_ERROR: input ended mid-stream */) {
        throw new ProfileError('truncated', file, at, 'more gzip data', 'the compressed stream ends before its end marker');
    }
    if (threw !== undefined || inflator.err !== 0 || !inflator.ended || !inflator.result) {
        throw new ProfileError('corrupt-gzip', file, at, 'valid gzip data', inflator.msg || String(threw ?? 'incomplete stream'));
    }
    return inflator.result;
}
/** Decodes a gunzipped `profile.proto` message. Exported for tests and for callers holding raw bytes. */
function decodeProfile(buf, file, options = {}) {
    if (buf.length === 0)
        throw new ProfileError('not-profile', file, 0, `a profile.proto message ${DECOMPRESSED}`, 'the decompressed data is empty');
    const r = new NumberReader(buf);
    const sampleTypes = [];
    // Capacity guesses from the size: a sample costs at least ~12 bytes on the wire.
    const cols = {
        ids: new Column((n) => new Uint32Array(n), buf.length >> 2),
        idStart: new Column((n) => new Uint32Array(n), buf.length >> 5),
        values: new Column((n) => new Float64Array(n), buf.length >> 4),
        valueStart: new Column((n) => new Uint32Array(n), buf.length >> 5),
        labels: options.labels ? new Map() : undefined,
    };
    let sampleCount = 0;
    const mappings = [];
    const locations = [];
    const functions = [];
    const strings = [];
    const comments = [];
    let periodType;
    let dropFrames = 0;
    let keepFrames = 0;
    let timeNanos = 0;
    let durationNanos = 0;
    let period = 0;
    let defaultSampleType = 0;
    // The top level is decoded here rather than by protobufjs's Profile decoder
    // so that a fault is placed at the field it happened in: a length running
    // past the end is truncation, an impossible tag means this is not a profile.
    let fieldStart = 0;
    let field = 0;
    // Whether the fault, if any, is inside a field whose length was already
    // checked (corruption) or in a tag, length or scalar at the top (truncation).
    let inBody = false;
    try {
        while (r.pos < r.len) {
            fieldStart = r.pos;
            const tag = r.uint32();
            field = tag >>> 3;
            const wire = tag & 7;
            if (!profileWireTypes.get(field)?.includes(wire)) {
                throw new ProfileError('not-profile', file, fieldStart, `a profile.proto field ${DECOMPRESSED}`, `tag ${tag} (field ${field}, wire type ${wire}) does not belong to perftools.profiles.Profile`);
            }
            if (wire === 2) {
                const len = r.uint32();
                if (r.pos + len > r.len) {
                    throw new ProfileError('truncated', file, fieldStart, `${len} bytes of field ${field} ${DECOMPRESSED}`, `only ${r.len - r.pos} remain`);
                }
                const end = r.pos + len;
                inBody = true;
                switch (field) {
                    case 1:
                        sampleTypes.push(types.valueType.decode(r, len));
                        break;
                    case 2:
                        cols.idStart.push(cols.ids.length);
                        cols.valueStart.push(cols.values.length);
                        decodeSample(r, end, cols, sampleCount++);
                        break;
                    case 3:
                        mappings.push(types.mapping.decode(r, len));
                        break;
                    case 4:
                        locations.push(types.location.decode(r, len));
                        break;
                    case 5:
                        functions.push(types.function.decode(r, len));
                        break;
                    case 6:
                        strings.push(utf8.read(r.buf, r.pos, end));
                        r.pos = end;
                        break;
                    case 11:
                        periodType = types.valueType.decode(r, len);
                        break;
                    case 13:
                        while (r.pos < end)
                            comments.push(r.int64());
                        break;
                    default:
                        r.pos = end;
                }
                inBody = false;
                if (r.pos !== end) {
                    throw new ProfileError('not-profile', file, fieldStart, `a well-formed field ${field} ${DECOMPRESSED}`, `its contents overrun their length`);
                }
            }
            else {
                const v = r.int64();
                switch (field) {
                    case 7:
                        dropFrames = v;
                        break;
                    case 8:
                        keepFrames = v;
                        break;
                    case 9:
                        timeNanos = v;
                        break;
                    case 10:
                        durationNanos = v;
                        break;
                    case 12:
                        period = v;
                        break;
                    case 13:
                        comments.push(v);
                        break;
                    case 14:
                        defaultSampleType = v;
                        break;
                }
            }
        }
    }
    catch (e) {
        if (e instanceof ProfileError)
            throw e;
        const message = e instanceof Error ? e.message : String(e);
        // A varint or length cut off by the end of the data is truncation; anything
        // else inside a message is bytes that cannot be this schema.
        if (e instanceof RangeError && !inBody) {
            throw new ProfileError('truncated', file, fieldStart, `a complete field ${field} ${DECOMPRESSED}`, message);
        }
        throw new ProfileError('not-profile', file, fieldStart, `a well-formed field ${field} ${DECOMPRESSED}`, message);
    }
    cols.idStart.push(cols.ids.length);
    cols.valueStart.push(cols.values.length);
    return resolve(buf, file, {
        sampleTypes,
        sampleCount,
        cols,
        mappings,
        locations,
        functions,
        strings,
        comments,
        periodType,
        dropFrames,
        keepFrames,
        timeNanos,
        durationNanos,
        period,
        defaultSampleType,
    });
}
/**
 * Ids are usually dense (Go numbers them 1..n); an array indexed by id is then
 * much faster than a Map on the tens of millions of lookups a big profile needs.
 */
class IdIndex {
    dense;
    sparse;
    constructor(items) {
        let max = 0;
        for (const it of items)
            if (it.id > max)
                max = it.id;
        if (max <= items.length * 4 + 1024) {
            this.dense = new Array(max + 1);
            for (const it of items)
                this.dense[it.id] = it;
        }
        else {
            this.sparse = new Map(items.map((it) => [it.id, it]));
        }
    }
    get(id) {
        return this.dense ? this.dense[id] : this.sparse.get(id);
    }
}
/**
 * A 64-bit field as a number. Fields present on the wire come back as numbers
 * from NumberReader; absent ones are protobufjs's prototype defaults, which
 * are Long objects when the `long` package is installed.
 */
function num(v) {
    if (typeof v === 'number')
        return v;
    if (v && typeof v.toNumber === 'function')
        return v.toNumber();
    return 0;
}
function resolve(buf, file, d) {
    const strings = d.strings;
    if (strings.length === 0 || strings[0] !== '') {
        throw new ProfileError('not-profile', file, strings.length === 0 ? 0 : offsetOfField(buf, profileField.stringTable, 0), `a string table whose first entry is "" ${DECOMPRESSED}`, strings.length === 0 ? 'there is no string table' : `it starts with ${JSON.stringify(strings[0].slice(0, 40))}`);
    }
    if (d.sampleTypes.length === 0) {
        throw new ProfileError('not-profile', file, 0, `at least one sample type ${DECOMPRESSED}`, 'the profile declares none');
    }
    const outOfRange = (fieldNo, index, what, detail) => new ProfileError('index-out-of-range', file, offsetOfField(buf, fieldNo, index), what, detail);
    const str = (i, fieldNo, index, what) => {
        const s = strings[i];
        if (s === undefined) {
            throw outOfRange(fieldNo, index, `a string-table index below ${strings.length} for ${what}`, `got ${i}`);
        }
        return s;
    };
    const valueType = (v, fieldNo, index) => ({
        type: str(num(v.type), fieldNo, index, 'a value type'),
        unit: str(num(v.unit), fieldNo, index, 'a value unit'),
    });
    const sampleTypes = d.sampleTypes.map((v, i) => valueType(v, profileField.sampleType, i));
    const mappings = d.mappings.map((m, i) => ({
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
    const functions = d.functions.map((f, i) => ({
        id: num(f.id),
        name: str(num(f.name), profileField.function, i, 'a function name'),
        systemName: str(num(f.systemName), profileField.function, i, 'a function system name'),
        file: str(num(f.filename), profileField.function, i, 'a function file name'),
        startLine: num(f.startLine),
    }));
    const functionById = new IdIndex(functions);
    const locations = d.locations.map((l, i) => {
        let mapping;
        const mappingId = num(l.mappingId);
        if (mappingId !== 0) {
            mapping = mappingById.get(mappingId);
            if (!mapping)
                throw outOfRange(profileField.location, i, 'a mapping id that exists', `location ${num(l.id)} names mapping ${mappingId}`);
        }
        const lines = l.line.map((ln) => {
            const fn = functionById.get(num(ln.functionId));
            if (!fn)
                throw outOfRange(profileField.location, i, 'a function id that exists', `location ${num(l.id)} names function ${num(ln.functionId)}`);
            return { function: fn, line: num(ln.line), column: num(ln.column) };
        });
        return { id: num(l.id), mapping, address: num(l.address), lines, isFolded: l.isFolded };
    });
    const nTypes = sampleTypes.length;
    const valueStart = d.cols.valueStart.done();
    for (let i = 0; i < d.sampleCount; i++) {
        const n = valueStart[i + 1] - valueStart[i];
        if (n !== nTypes) {
            throw outOfRange(profileField.sample, i, `${nTypes} values per sample (one per sample type)`, `sample ${i} has ${n}`);
        }
    }
    // Ids become indexes into `locations`, in place: the id column is the
    // biggest array of a big profile and is not needed afterwards.
    const stackLocations = d.cols.ids.done();
    const stackStart = d.cols.idStart.done();
    const indexById = new IdIndex(locations.map((l, i) => ({ id: l.id, index: i })));
    for (let i = 0, s = 0; i < d.sampleCount; i++) {
        const e = stackStart[i + 1];
        for (; s < e; s++) {
            const loc = indexById.get(stackLocations[s]);
            if (!loc)
                throw outOfRange(profileField.sample, i, 'a location id that exists', `sample ${i} names location ${stackLocations[s]}`);
            stackLocations[s] = loc.index;
        }
    }
    let labels;
    if (d.cols.labels) {
        labels = new Map();
        for (const [i, list] of d.cols.labels) {
            labels.set(i, list.map((lb) => {
                const out = { key: str(num(lb.key), profileField.sample, i, 'a label key') };
                if (num(lb.str) !== 0)
                    out.str = str(num(lb.str), profileField.sample, i, 'a label value');
                else
                    out.num = num(lb.num);
                if (num(lb.numUnit) !== 0)
                    out.numUnit = str(num(lb.numUnit), profileField.sample, i, 'a label unit');
                return out;
            }));
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
function offsetOfField(buf, fieldNo, index) {
    const r = new NumberReader(buf);
    let seen = 0;
    try {
        while (r.pos < r.len) {
            const start = r.pos;
            const tag = r.uint32();
            if (tag >>> 3 === fieldNo && seen++ === index)
                return start;
            r.skipType(tag & 7);
        }
    }
    catch {
        // The decode already succeeded, so this cannot happen; fall back to 0.
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/pprof/profile.ts
/**
 * The heap-profile data model: what a decoded pprof file means, with every
 * string-table index and id already resolved. `reader.ts` produces it;
 * `sites.ts` and `inspect.ts` consume it and never see wire messages.
 */
/** Sample `i` as an object (for tests and small profiles; loops over big ones should read the columns). */
function sampleAt(profile, i) {
    const n = profile.sampleTypes.length;
    const locations = [];
    for (let k = profile.stackStart[i]; k < profile.stackStart[i + 1]; k++)
        locations.push(profile.locations[profile.stackLocations[k]]);
    return { locations, values: Array.from(profile.values.subarray(i * n, (i + 1) * n)) };
}
/** Index of the sample type named `type` (e.g. `alloc_space`), or -1. */
function sampleTypeIndex(profile, type) {
    return profile.sampleTypes.findIndex((t) => t.type === type);
}

;// CONCATENATED MODULE: ./src/pprof/sites.ts
/**
 * Allocation sites: where a benchmark's allocations come from, as flat totals
 * per source line and per function, normalised per benchmark operation.
 *
 * "Flat" means what `go tool pprof -top` calls flat: each sample is charged to
 * its leaf frame only, and the leaf frame is the innermost line of the first
 * location (an inlined callee, when there is one). Go already hides the
 * runtime's own allocator frames (mallocgc, makeslice, growslice…) when it
 * writes the profile, so the leaf is the code that asked for the memory.
 *
 * ## Per-op derivation
 *
 * A `-test.memprofile` covers the whole process: package init, the testing
 * framework, the benchmark's setup code, the `b.N = 1` warm-up run (`run1`)
 * and every sizing round, not only the run whose N is printed. `testing` calls
 * `runtime.GC()` before writing the profile, so every allocation up to the end
 * is in it. Two ways to divide, chosen by the caller:
 *
 * 1. `iterations` (raw, for `-test.benchtime=Nx`): the benchmark body ran
 *    1 + N times in the process (the warm-up with b.N = 1, then b.N = N;
 *    for `1x` only once). `profileIterations('10000x', 10000)` returns 10001.
 *    Site totals are divided by it. Checked against the benchmark's own
 *    `B/op` and `allocs/op` with `-test.memprofilerate=1`: they agree to within
 *    the setup allocations divided by N (tests assert it) — except for tiny
 *    allocations (pointer-free, under 16 bytes): the runtime packs several
 *    into one 16-byte block and the profile records the block, not each
 *    object, so a site making one 8-byte allocation per op shows as
 *    0.5 objects/op and 8 B/op while the benchmark prints 1 allocs/op.
 * 2. `reported` (recommended; required for time-based `-test.benchtime=1s`,
 *    where the sizing rounds are not printed and the total iteration count is
 *    unknown): each site gets its share of the counted total times the
 *    benchmark's own `allocs/op` (objects) and `B/op` (bytes). The site
 *    figures then sum exactly to the benchmark line by construction, tiny
 *    allocations included (as long as the sites' shares are right).
 *
 * With `benchmark` set (recommended), only samples whose stack passes through
 * that benchmark function (or its closures: sub-benchmarks, RunParallel
 * bodies) are counted, which removes init, flag parsing and the testing
 * framework from the figures. Allocations made by goroutines the code under
 * test starts carry no benchmark frame and are then not counted.
 *
 * With the default sampling rate (one sample per 512 KiB) Go's unsampled
 * values are estimates; small per-op sites are only reliable with a small
 * `-test.memprofilerate` (1 records every allocation).
 */


/**
 * How many times a benchmark body ran in a process started with
 * `-test.benchtime=<benchtime>` that printed `n` iterations; `undefined` when
 * it cannot be known (time-based benchtime runs unprinted sizing rounds).
 */
function profileIterations(benchtime, n) {
    const m = /^(\d+)x$/.exec(benchtime.trim());
    if (!m)
        return undefined;
    const target = Number(m[1]);
    if (target !== n)
        return undefined;
    // testing's run1 always runs b.N = 1 first; launch() then runs b.N = target
    // unless the target is 1 (golang.org/issue/32051).
    return target > 1 ? target + 1 : 1;
}
/** Computes flat allocation sites from a heap profile's alloc_objects and alloc_space values. */
function allocationSites(profile, options) {
    const objIdx = sampleTypeIndex(profile, 'alloc_objects');
    const byteIdx = sampleTypeIndex(profile, 'alloc_space');
    if (objIdx < 0 || byteIdx < 0) {
        throw new ProfileError('not-profile', profile.fileName, 0, 'a heap profile with alloc_objects and alloc_space sample types', `found ${profile.sampleTypes.map((t) => t.type).join(', ') || 'none'}`);
    }
    const underBenchmark = options.benchmark ? benchmarkMatcher(options.benchmark) : undefined;
    const lines = new Map();
    const funcs = new Map();
    let totalObjects = 0;
    let totalBytes = 0;
    const nTypes = profile.sampleTypes.length;
    const { values, stackStart, stackLocations, locations } = profile;
    // Whether a location has a frame of the benchmark, computed once per location
    // rather than once per sample frame.
    const benchLoc = underBenchmark ? locations.map((l) => l.lines.some((ln) => underBenchmark(ln.function.name))) : undefined;
    for (let i = 0; i < profile.sampleCount; i++) {
        const objects = values[i * nTypes + objIdx];
        const bytes = values[i * nTypes + byteIdx];
        if (objects === 0 && bytes === 0)
            continue;
        const from = stackStart[i];
        const to = stackStart[i + 1];
        if (benchLoc) {
            let hit = false;
            for (let k = from; k < to && !hit; k++)
                hit = benchLoc[stackLocations[k]];
            if (!hit)
                continue;
        }
        totalObjects += objects;
        totalBytes += bytes;
        const leaf = from < to ? locations[stackLocations[from]] : undefined;
        const ln = leaf?.lines[0];
        const fn = ln?.function.name ?? (leaf ? `0x${leaf.address.toString(16)}` : '<unknown>');
        const file = ln?.function.file ?? '';
        const lineNo = ln?.line ?? 0;
        add(lines, `${fn}\u0000${file}\u0000${lineNo}`, fn, file, lineNo, objects, bytes);
        add(funcs, `${fn}\u0000${file}`, fn, file, ln?.function.startLine ?? 0, objects, bytes);
    }
    let objDiv;
    let byteDiv;
    let derivation;
    if (options.reported) {
        derivation = 'reported';
        // Share of the total times the benchmark's own figure; a zero total means
        // nothing to distribute (every site is then 0 per op).
        objDiv = options.reported.allocsPerOp > 0 && totalObjects > 0 ? totalObjects / options.reported.allocsPerOp : Infinity;
        byteDiv = options.reported.bytesPerOp > 0 && totalBytes > 0 ? totalBytes / options.reported.bytesPerOp : Infinity;
    }
    else {
        derivation = 'iterations';
        const it = options.iterations;
        if (it === undefined || !(it > 0) || !Number.isFinite(it)) {
            throw new RangeError(`allocationSites: iterations must be a positive number, got ${it}`);
        }
        objDiv = it;
        byteDiv = it;
    }
    const finish = (m) => {
        const out = [...m.values()];
        for (const site of out) {
            site.objectsPerOp = site.objects / objDiv;
            site.bytesPerOp = site.bytes / byteDiv;
        }
        return out.sort(bySize);
    };
    const byLine = finish(lines);
    const byFunction = finish(funcs);
    return {
        byLine,
        byFunction,
        totalObjects,
        totalBytes,
        objectsPerOp: totalObjects / objDiv,
        bytesPerOp: totalBytes / byteDiv,
        derivation,
        iterations: derivation === 'iterations' ? options.iterations : undefined,
    };
}
function add(m, key, fn, file, line, objects, bytes) {
    const site = m.get(key);
    if (site) {
        site.objects += objects;
        site.bytes += bytes;
    }
    else {
        m.set(key, { function: fn, file, line, objectsPerOp: 0, bytesPerOp: 0, objects, bytes });
    }
}
/** Largest first; ties broken by name and line so output is stable across runs. */
function bySize(a, b) {
    return (b.bytes - a.bytes ||
        b.objects - a.objects ||
        (a.function < b.function ? -1 : a.function > b.function ? 1 : 0) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line);
}
/** The name without its import path and package: `example.com/codec.(*Encoder).Encode` → `(*Encoder).Encode`. */
function withoutPackage(fn) {
    // Type arguments and receivers may contain import paths themselves
    // (`pkg.F[example.com/x.T]`), so the package path ends before the first `(` or `[`.
    let bound = fn.length;
    for (const c of ['(', '[']) {
        const i = fn.indexOf(c);
        if (i >= 0 && i < bound)
            bound = i;
    }
    const base = fn.slice(fn.lastIndexOf('/', bound) + 1);
    const dot = base.indexOf('.');
    return dot >= 0 ? base.slice(dot + 1) : base;
}
function benchmarkMatcher(benchmark) {
    // The sub-benchmark part starts at the first '/' after the function name;
    // a qualified name has '/' in its import path before that.
    const fnAt = benchmark.lastIndexOf('.Benchmark');
    const slash = benchmark.indexOf('/', fnAt < 0 ? 0 : fnAt);
    const top = slash < 0 ? benchmark : benchmark.slice(0, slash);
    const short = withoutPackage(top);
    const qualified = top !== short && top.includes('.');
    const matches = new Map();
    return (fn) => {
        let hit = matches.get(fn);
        if (hit === undefined) {
            const name = qualified ? fn : withoutPackage(fn);
            const want = qualified ? top : short;
            // Closures are named Parent.funcN (and Parent.funcN.M when nested).
            hit = name === want || name.startsWith(`${want}.func`);
            matches.set(fn, hit);
        }
        return hit;
    };
}

;// CONCATENATED MODULE: ./src/analyze/profile.ts
/**
 * From one sample's heap profile to allocation sites per op. Sites are
 * attributed to the benchmark (only stacks through the benchmark function
 * count: init, flag parsing and the testing framework do not) and scaled by
 * the benchmark's own allocs/op and B/op, so a benchmark's sites add up to
 * the figures on its result line — see src/pprof/sites.ts for why that is the
 * derivation that holds for time-based benchtimes too.
 */



/** Sites per sample kept in a RunResult: the largest by bytes, then by objects. */
const MAX_SITES_PER_SAMPLE = 40;
async function analyzeProfile(file, displayName, benchmark, reported, ops, relative) {
    const bytes = await (0,promises_namespaceObject.readFile)(file);
    const profile = readProfile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), displayName);
    const sites = allocationSites(profile, reported ? { reported, benchmark } : { iterations: ops, benchmark });
    const top = [...sites.byLine]
        .sort((a, b) => b.bytesPerOp - a.bytesPerOp || b.objectsPerOp - a.objectsPerOp)
        .slice(0, MAX_SITES_PER_SAMPLE);
    return {
        sites: top.map((s) => ({ function: s.function, file: relative(s.file), line: s.line, objectsPerOp: s.objectsPerOp, bytesPerOp: s.bytesPerOp })),
    };
}

;// CONCATENATED MODULE: ./src/analyze/samples.ts
/**
 * Turns each sample's artifacts (execution trace, heap profile) into metric
 * values and located sites on its BenchmarkResult. A corrupt or missing
 * artifact never becomes a zero: that sample contributes nothing to the
 * metrics it would have fed, the reason is kept as a warning, and when no
 * sample of a benchmark could be read the metric is `unavailable` with it.
 */



function relativeTo(root) {
    return (file) => {
        if (!file || !external_node_path_default().isAbsolute(file))
            return file;
        const rel = external_node_path_default().relative(root, file);
        return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel.split((external_node_path_default()).sep).join('/');
    };
}
/** Per-sample site hits → series aligned with the analysed samples (0 where a site is absent). */
function alignSites(perSample) {
    const series = new Map();
    perSample.forEach((hits, i) => {
        for (const h of hits) {
            const key = `${h.kind}\u0000${h.file}\u0000${h.line}\u0000${h.function}`;
            let s = series.get(key);
            if (!s) {
                s = { kind: h.kind, function: h.function, file: h.file, line: h.line, values: {} };
                if (h.stack)
                    s.stack = h.stack;
                series.set(key, s);
            }
            for (const [unit, v] of Object.entries(h.values)) {
                const arr = (s.values[unit] ??= new Array(perSample.length).fill(0));
                arr[i] += v;
            }
        }
    });
    return [...series.values()];
}
function push(b, id, v) {
    (b.metrics[id] ??= []).push(v);
}
async function analyzeSamples(benchmarks, opts) {
    const warnings = [];
    const relative = relativeTo(opts.repoRoot);
    for (const b of benchmarks) {
        if (b.failure || b.samples.length === 0)
            continue;
        const scope = opts.modules.get(b.package) ?? { dir: opts.repoRoot, path: '' };
        const traceSites = [];
        let traceErrors = 0;
        let lastTraceError = '';
        let traced = 0;
        for (const s of b.samples) {
            if (!s.artifacts.trace)
                continue;
            traced++;
            const file = external_node_path_default().join(opts.artifactsDir, s.artifacts.trace);
            try {
                const ops = opsInProcess(s.iterations);
                const a = await analyzeTrace(file, `${b.name} sample ${s.order} trace (${s.artifacts.trace})`, ops, scope, relative);
                for (const [id, v] of Object.entries(a.values))
                    push(b, id, v);
                traceSites.push(a.leaks.map((l) => ({
                    kind: 'leak',
                    function: l.function,
                    file: l.file,
                    line: l.line,
                    stack: l.stack,
                    values: { goroutines: l.count, 'goroutines/op': l.count / ops },
                })));
            }
            catch (err) {
                traceErrors++;
                lastTraceError = err.message;
                warnings.push(`${b.name}: trace of sample ${s.order} could not be read: ${lastTraceError}`);
            }
        }
        if (traced > 0 && traceErrors === traced) {
            for (const id of ['gc-cycles', 'gc-pause-p99', 'gc-pause-max', 'gc-pause-total', 'mark-assist', 'peak-heap', 'goroutines-leaked', 'goroutines-peak']) {
                b.unavailable[id] = lastTraceError;
            }
        }
        const profileSites = [];
        let profiled = 0;
        for (const s of b.samples) {
            if (!s.artifacts.memprofile)
                continue;
            profiled++;
            const allocs = s.values['allocs/op'];
            const bytes = s.values['B/op'];
            const reported = allocs !== undefined && bytes !== undefined ? { allocsPerOp: allocs, bytesPerOp: bytes } : undefined;
            try {
                const a = await analyzeProfile(external_node_path_default().join(opts.artifactsDir, s.artifacts.memprofile), `${b.name} sample ${s.order} heap profile (${s.artifacts.memprofile})`, b.name, reported, opsInProcess(s.iterations), relative);
                profileSites.push(a.sites.map((x) => ({
                    kind: 'allocation',
                    function: x.function,
                    file: x.file,
                    line: x.line,
                    values: { 'objects/op': x.objectsPerOp, 'B/op': x.bytesPerOp },
                })));
            }
            catch (err) {
                warnings.push(`${b.name}: heap profile of sample ${s.order} could not be read: ${err.message}`);
            }
        }
        if (profiled > 0 && profileSites.length === 0)
            b.unavailable['allocation-sites'] = 'no heap profile of this benchmark could be read';
        const sites = [...alignSites(traceSites), ...alignSites(profileSites)];
        if (sites.length > 0)
            b.sites = [...(b.sites ?? []), ...sites];
        opts.log?.(`analysed ${b.name}: ${traced - traceErrors}/${traced} traces, ${profileSites.length}/${profiled} heap profiles`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/escape/diagnostics.ts
/**
 * Messages that are escape sites (cmd/compile/internal/escape: escape.go's
 * per-node results and its parameter tagging). Order matters: the first
 * match wins, so the more specific leaking-param forms come first.
 */
const SITE_FORMS = [
    { re: /^moved to heap: (.+)$/, kind: 'moved-to-heap', subject: (m) => m[1] },
    { re: /^(.+) escapes to heap$/, kind: 'escapes-to-heap', subject: (m) => m[1] },
    { re: /^leaking param content: (.+)$/, kind: 'leaking-param', subject: (m) => `content: ${m[1]}` },
    { re: /^leaking param: (\S+) to result (\S+) level=(-?\d+)$/, kind: 'leaking-param', subject: (m) => `${m[1]} to result ${m[2]} level=${m[3]}` },
    { re: /^leaking param: (.+)$/, kind: 'leaking-param', subject: (m) => m[1] },
];
/**
 * Messages `-m` / `-m=2` print that are not escape sites: inlining,
 * non-escapes, parameter mutation tags, devirtualisation, and the few
 * analyses that piggy-back on `-m`. Recognised so that they are not reported
 * as unrecognised; nothing is taken from them.
 */
const OTHER_FORMS = [
    // inline/
    /^can inline /,
    /^cannot inline /,
    /^inlining call to /,
    /^function .+ considered 'big'; reducing max cost of inlinees$/,
    /^hot-(?:callsite|budget|node)/,
    /^call .+: (?:hottest callee|no hot callee)/,
    /^(?:Before|After) inlining/,
    // devirtualize/
    /^(?:PGO |partially )?devirtualiz(?:e|ing) /,
    /^cannot devirtualize /,
    /^can't PGO devirtualize /,
    /^imprecise interface call$/,
    // walk/, reflectdata/, noder/
    /^closure converted to global$/,
    /^tail call emitted for the method /,
    /^convert: /,
    /^reshaping /,
    /^slice: omit slice operation$/,
    // escape/
    / does not escape(?:, mutate, or call)?$/,
    /^(?:mutates|calls) param: /,
    /^assuming .+ is unsafe uintptr$/,
    /^marking .+ as escaping (?:\.\.\.)?uintptr$/,
    / ignoring self-assignment in /,
    / capturing by (?:value|ref): /,
    /^zero-copy string->\[\]byte conversion$/,
    /^index bounds check elided$/,
    /^alias analysis: /,
    /^rewriting OCONVIFACE /,
    /^loop variable .+ now per-iteration/,
    /^(?:for|range) loop ending at \d+:\d+ was modified/,
];
/** `-m=2` explanation headers: the start of a block explaining one location's flow. */
const EXPLAIN_ESCAPE = /^(.+) escapes to heap in (.+):$/;
const EXPLAIN_LEAK = /^parameter (\S+) leaks to (.+) for (.+) with derefs=(-?\d+):$/;
/** Lines of the go command itself that carry nothing for us. */
const GO_COMMAND_NOISE = [/^go: downloading /, /^go: finding /, /^go: extracting /];
const HEADER = /^# (\S+)(?: \[.*\])?$/;
/**
 * `file:line:col: message` or `file:line: message`. A file may start with a
 * drive letter; other colons in file names are not supported (the compiler's
 * format has no quoting, so the first `:digits` decides).
 */
const POSITIONED = /^((?:[A-Za-z]:)?[^:\n]*?):(\d+)(?::(\d+))?: ?(.*)$/;
const UNKNOWN_POSITION = '<unknown line number>:';
/** Parses the combined output of `go build -gcflags=-m[=2]`. */
function parseEscapeDiagnostics(output) {
    const sites = [];
    const unrecognised = [];
    const packages = [];
    const blocks = new Map();
    let pkg = '';
    let current;
    const lines = output.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i];
        const outputLine = i + 1;
        if (text.trim() === '')
            continue;
        const header = HEADER.exec(text);
        if (header) {
            pkg = header[1];
            packages.push(pkg);
            current = undefined;
            continue;
        }
        let file = '';
        let line = 0;
        let column = 0;
        let message = text;
        let positioned = false;
        if (text.startsWith(UNKNOWN_POSITION)) {
            // -m=2 flow lines for locations without a position; the leading space is the separator.
            message = text.slice(UNKNOWN_POSITION.length).replace(/^ /, '');
            positioned = true;
        }
        else {
            const m = POSITIONED.exec(text);
            if (m) {
                file = m[1];
                line = Number(m[2]);
                column = m[3] ? Number(m[3]) : 0;
                message = m[4];
                positioned = true;
            }
        }
        const pos = `${file}:${line}:${column}`;
        // Explanation continuation: indented, same position as the open block.
        if (positioned && message.startsWith(' ')) {
            if (current && current.pos === pos && current.package === pkg) {
                current.lines.push(message.trimEnd());
                continue;
            }
            unrecognised.push({ package: pkg, file, line, column: column || undefined, message, text, outputLine });
            continue;
        }
        current = undefined;
        const escapeHeader = EXPLAIN_ESCAPE.exec(message);
        const leakHeader = escapeHeader ? null : EXPLAIN_LEAK.exec(message);
        if (escapeHeader || leakHeader) {
            current = {
                package: pkg,
                pos,
                kind: escapeHeader ? 'escape' : 'leak',
                subject: escapeHeader ? escapeHeader[1] : leakHeader[1],
                compilerFunction: escapeHeader ? escapeHeader[2] : leakHeader[3],
                lines: [message],
                used: false,
            };
            const key = `${pkg}\u0000${pos}`;
            const list = blocks.get(key);
            if (list)
                list.push(current);
            else
                blocks.set(key, [current]);
            continue;
        }
        const form = matchSite(message);
        if (form) {
            sites.push({
                package: pkg,
                file,
                line,
                column,
                kind: form.kind,
                subject: form.subject,
                message,
                explanation: [],
                outputLine,
            });
            continue;
        }
        if (OTHER_FORMS.some((re) => re.test(message)))
            continue;
        if (!positioned && pkg === '' && GO_COMMAND_NOISE.some((re) => re.test(text)))
            continue;
        unrecognised.push({ package: pkg, file, line, column: column || undefined, message, text, outputLine });
    }
    attachExplanations(sites, blocks);
    return { sites, unrecognised, packages };
}
function matchSite(message) {
    for (const form of SITE_FORMS) {
        const m = form.re.exec(message);
        if (m)
            return { kind: form.kind, subject: form.subject(m) };
    }
    return undefined;
}
/**
 * Gives each site the explanation printed for its position. For heap sites
 * the header's subject can differ from the site's (`append(xs, v)` in the
 * header, `append` in the site), so an exact subject match is preferred and
 * otherwise the first unused block at that position is taken. A parameter
 * can leak along several paths (to the heap and to a result); all of them
 * explain each of its leaking-param sites.
 */
function attachExplanations(sites, blocks) {
    if (blocks.size === 0)
        return;
    for (const site of sites) {
        const list = blocks.get(`${site.package}\u0000${site.file}:${site.line}:${site.column}`);
        if (!list)
            continue;
        if (site.kind === 'leaking-param') {
            const name = site.subject.replace(/^content: /, '').split(' ')[0];
            const mine = list.filter((b) => b.kind === 'leak' && b.subject === name);
            for (const b of mine)
                b.used = true;
            site.explanation = mine.flatMap((b) => b.lines);
            if (mine[0])
                site.compilerFunction = mine[0].compilerFunction;
            continue;
        }
        const candidates = list.filter((b) => b.kind === 'escape' && !b.used);
        const block = candidates.find((b) => b.subject === site.subject) ?? candidates[0];
        if (!block)
            continue;
        block.used = true;
        site.explanation = block.lines;
        site.compilerFunction = block.compilerFunction;
    }
}

;// CONCATENATED MODULE: ./src/escape/functions.ts
/**
 * Finds Go function declarations and comments in a source file, to name the
 * function that encloses an escape site (the compiler's `-m` lines do not
 * say) and to find allow directives (comments, never text inside strings).
 *
 * Why a scanner in TypeScript rather than go/parser through a Go helper: the
 * Action ships as dist/ (one bundled file), so a helper would have to be
 * compiled or `go run` from the checkout of the action at run time, costing
 * a build on every job and a second moving part that can fail. Naming the
 * enclosing function needs much less than a parser: Go's lexical grammar
 * (comments, interpreted and raw strings, runes, automatic semicolons) and
 * bracket depth are enough to find every top-level `func` declaration, its
 * receiver, name and body. Function literals are deliberately not separate
 * functions (see EscapeSite.function).
 *
 * Positions are byte-based (line and 1-based byte column), like the
 * compiler's, so the source is scanned as bytes: every Go token that matters
 * here is ASCII, and UTF-8 continuation bytes can only appear inside
 * identifiers, strings or comments.
 */
/** Keywords after which a newline ends the statement (the Go spec's semicolon rule). */
const SEMI_KEYWORDS = new Set(['break', 'continue', 'fallthrough', 'return']);
const KEYWORDS = new Set([
    'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go',
    'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);
function endsStatement(t) {
    if (!t)
        return false;
    if (t.kind === 'literal')
        return true;
    if (t.kind === 'ident')
        return !KEYWORDS.has(t.text) || SEMI_KEYWORDS.has(t.text);
    if (t.kind === 'op')
        return t.text === ')' || t.text === ']' || t.text === '}' || t.text === '++' || t.text === '--';
    return false;
}
const isIdentByte = (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c >= 0x80;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
/** Tokenises Go source; comments go to `comments`, automatic semicolons are inserted as `semi` tokens. */
function tokenize(src) {
    const tokens = [];
    const comments = [];
    const codeLines = new Set();
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const n = src.length;
    const col = (at) => at - lineStart + 1;
    const newline = () => {
        const last = tokens[tokens.length - 1];
        if (endsStatement(last))
            tokens.push({ kind: 'semi', text: ';', line, column: col(i), implicit: true });
    };
    const push = (kind, text, startLine, startCol) => {
        tokens.push({ kind, text, line: startLine, column: startCol });
        codeLines.add(startLine);
    };
    while (i < n) {
        const c = src[i];
        if (c === 0x0a) {
            newline();
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xef /* BOM start */) {
            if (c === 0xef && src[i + 1] === 0xbb && src[i + 2] === 0xbf)
                i += 3;
            else
                i++;
            continue;
        }
        const startLine = line;
        const startCol = col(i);
        const start = i;
        // Comments.
        if (c === 0x2f && src[i + 1] === 0x2f) {
            while (i < n && src[i] !== 0x0a)
                i++;
            comments.push({ text: decode(src, start, i), start: { line: startLine, column: startCol }, endLine: startLine, ownLine: !codeLines.has(startLine) });
            continue;
        }
        if (c === 0x2f && src[i + 1] === 0x2a) {
            i += 2;
            let sawNewline = false;
            while (i < n && !(src[i] === 0x2a && src[i + 1] === 0x2f)) {
                if (src[i] === 0x0a) {
                    sawNewline = true;
                    line++;
                    lineStart = i + 1;
                }
                i++;
            }
            i = Math.min(n, i + 2);
            comments.push({ text: decode(src, start, i), start: { line: startLine, column: startCol }, endLine: line, ownLine: !codeLines.has(startLine) });
            // A general comment containing a newline acts like a newline (Go spec).
            if (sawNewline)
                newline();
            continue;
        }
        // Interpreted strings and runes: a backslash escapes the next byte; a newline ends them (malformed, but never run away).
        if (c === 0x22 || c === 0x27) {
            i++;
            while (i < n && src[i] !== c && src[i] !== 0x0a)
                i += src[i] === 0x5c ? 2 : 1;
            if (i < n && src[i] === c)
                i++;
            push('literal', decode(src, start, i), startLine, startCol);
            continue;
        }
        // Raw strings may span lines.
        if (c === 0x60) {
            i++;
            while (i < n && src[i] !== 0x60) {
                if (src[i] === 0x0a) {
                    line++;
                    lineStart = i + 1;
                }
                i++;
            }
            i = Math.min(n, i + 1);
            push('literal', '`…`', startLine, startCol);
            continue;
        }
        if (isDigit(c) || (c === 0x2e && isDigit(src[i + 1] ?? 0))) {
            i++;
            while (i < n) {
                const d = src[i];
                if ((d === 0x2b || d === 0x2d) && /[eEpP]/.test(String.fromCharCode(src[i - 1])))
                    i++;
                else if (isIdentByte(d) || d === 0x2e)
                    i++;
                else
                    break;
            }
            push('literal', decode(src, start, i), startLine, startCol);
            continue;
        }
        if (isIdentByte(c)) {
            while (i < n && isIdentByte(src[i]))
                i++;
            push('ident', decode(src, start, i), startLine, startCol);
            continue;
        }
        // Operators: only a few matter (brackets, `*`, `.`, `;`, `++`, `--`), so the rest are single bytes.
        if ((c === 0x2b || c === 0x2d) && src[i + 1] === c) {
            i += 2;
            push('op', c === 0x2b ? '++' : '--', startLine, startCol);
            continue;
        }
        i++;
        if (c === 0x3b) {
            tokens.push({ kind: 'semi', text: ';', line: startLine, column: startCol });
            codeLines.add(startLine);
        }
        else {
            push('op', String.fromCharCode(c), startLine, startCol);
        }
    }
    newline();
    return { tokens, comments, codeLines };
}
const decoder = new TextDecoder();
function decode(src, start, end) {
    return decoder.decode(src.subarray(start, end));
}
const OPEN = { '(': ')', '[': ']', '{': '}' };
/** Index of the token that closes the bracket at `open`, or tokens.length when unbalanced. */
function matching(tokens, open) {
    let depth = 0;
    for (let j = open; j < tokens.length; j++) {
        const t = tokens[j];
        if (t.kind !== 'op')
            continue;
        if (OPEN[t.text])
            depth++;
        else if (t.text === ')' || t.text === ']' || t.text === '}') {
            depth--;
            if (depth === 0)
                return j;
        }
    }
    return tokens.length;
}
/** `(*T[...])` from the receiver's tokens (between the parentheses). */
function receiverName(tokens) {
    let j = 0;
    // A receiver name is an identifier followed by the type (an identifier or `*`).
    if (tokens[j]?.kind === 'ident' && (tokens[j + 1]?.kind === 'ident' || tokens[j + 1]?.text === '*' || tokens[j + 1]?.text === '('))
        j++;
    let pointer = false;
    // `(r (*T))` is legal, if unusual.
    while (tokens[j]?.text === '(' || tokens[j]?.text === '*') {
        if (tokens[j].text === '*')
            pointer = true;
        j++;
    }
    const type = tokens[j]?.kind === 'ident' ? tokens[j].text : '?';
    const generic = tokens[j + 1]?.text === '[' ? '[...]' : '';
    return pointer ? `(*${type}${generic})` : `${type}${generic}`;
}
/** Scans one Go source file. Never throws: malformed source yields what could be found. */
function scanGoFile(source) {
    const src = typeof source === 'string' ? new TextEncoder().encode(source) : source;
    const { tokens, comments, codeLines } = tokenize(src);
    const functions = [];
    let depth = 0;
    let statementStart = true;
    for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j];
        if (t.kind === 'semi') {
            if (depth === 0)
                statementStart = true;
            continue;
        }
        if (depth === 0 && statementStart && t.kind === 'ident' && t.text === 'func') {
            const decl = parseFuncDecl(tokens, j);
            if (decl) {
                functions.push(decl.decl);
                j = decl.next - 1;
                statementStart = false;
                continue;
            }
        }
        statementStart = false;
        if (t.kind === 'op') {
            if (OPEN[t.text])
                depth++;
            else if (t.text === ')' || t.text === ']' || t.text === '}')
                depth = Math.max(0, depth - 1);
        }
    }
    return { functions, comments, codeLines };
}
/** Parses `func [recv] Name[T] (params) results { body }` starting at the `func` token. */
function parseFuncDecl(tokens, at) {
    let j = at + 1;
    let receiver = '';
    if (tokens[j]?.text === '(') {
        const close = matching(tokens, j);
        receiver = receiverName(tokens.slice(j + 1, close));
        j = close + 1;
    }
    const nameTok = tokens[j];
    if (!nameTok || nameTok.kind !== 'ident')
        return undefined;
    const name = receiver ? `${receiver}.${nameTok.text}` : nameTok.text;
    j++;
    // Signature up to the body. A `{` right after `struct` or `interface` opens a type literal, not the body.
    let depth = 0;
    for (; j < tokens.length; j++) {
        const t = tokens[j];
        if (t.kind === 'semi' && depth === 0) {
            // No body (implemented in assembly or linked by name).
            return { decl: { name, start: pos(tokens[at]), end: pos(tokens[j - 1]), bodyLine: 0 }, next: j };
        }
        if (t.kind !== 'op')
            continue;
        if (t.text === '{' && depth === 0) {
            const prev = tokens[j - 1];
            if (prev?.kind === 'ident' && (prev.text === 'struct' || prev.text === 'interface')) {
                j = matching(tokens, j);
                continue;
            }
            const close = matching(tokens, j);
            const endTok = tokens[Math.min(close, tokens.length - 1)];
            return { decl: { name, start: pos(tokens[at]), end: pos(endTok), bodyLine: t.line }, next: close + 1 };
        }
        if (OPEN[t.text])
            depth++;
        else if (t.text === ')' || t.text === ']' || t.text === '}')
            depth--;
    }
    return { decl: { name, start: pos(tokens[at]), end: pos(tokens[tokens.length - 1] ?? tokens[at]), bodyLine: 0 }, next: tokens.length };
}
function pos(t) {
    return { line: t.line, column: t.column };
}
function before(a, b) {
    return a.line < b.line || (a.line === b.line && a.column <= b.column);
}
/**
 * The declaration containing the position, or undefined outside every
 * function. A position with column 0 (the compiler gave only a line) is
 * taken as the whole line.
 */
function enclosingFunction(functions, line, column) {
    const lo = { line, column: column || Number.MAX_SAFE_INTEGER };
    const hi = { line, column: column || 1 };
    return functions.find((f) => before(f.start, lo) && before(hi, f.end));
}

;// CONCATENATED MODULE: ./src/escape/ignore.ts
const ALLOW_ESCAPE_DIRECTIVE = '//runtimegate:allow-escape';
/** Reads the directive from a comment, or undefined when the comment is not one. */
function parseDirective(comment) {
    const text = comment.text;
    if (!text.startsWith(ALLOW_ESCAPE_DIRECTIVE))
        return undefined;
    const rest = text.slice(ALLOW_ESCAPE_DIRECTIVE.length);
    // `//runtimegate:allow-escapes` is another word, not this directive.
    if (rest !== '' && !/^\s/.test(rest))
        return undefined;
    return { reason: rest.trim() };
}
/** Finds the allow directives of one file and the lines each covers. */
function findAllowDirectives(file) {
    const directives = [];
    const problems = [];
    const docOwner = docCommentOwners(file.functions, file.comments);
    const lastLine = Math.max(0, ...file.codeLines);
    for (const comment of file.comments) {
        const d = parseDirective(comment);
        if (!d)
            continue;
        const line = comment.start.line;
        if (d.reason === '') {
            problems.push({ line, message: `${ALLOW_ESCAPE_DIRECTIVE} needs a reason after it; this one accepts nothing` });
            continue;
        }
        const fn = docOwner.get(comment);
        if (fn) {
            directives.push({ line, reason: d.reason, scope: 'function', fromLine: fn.start.line, toLine: fn.end.line });
        }
        else if (!comment.ownLine) {
            directives.push({ line, reason: d.reason, scope: 'line', fromLine: line, toLine: line });
        }
        else {
            let next = comment.endLine + 1;
            while (next <= lastLine && !file.codeLines.has(next))
                next++;
            if (next <= lastLine)
                directives.push({ line, reason: d.reason, scope: 'line', fromLine: next, toLine: next });
        }
    }
    return { directives, problems };
}
/**
 * Maps each comment in a function's doc comment to that function: the run of
 * own-line comments ending on the line just above `func`, each directly above
 * the next (a blank line ends a doc comment).
 */
function docCommentOwners(functions, comments) {
    const byEndLine = new Map();
    for (const c of comments)
        if (c.ownLine)
            byEndLine.set(c.endLine, c);
    const owners = new Map();
    for (const fn of functions) {
        let c = byEndLine.get(fn.start.line - 1);
        while (c) {
            owners.set(c, fn);
            c = byEndLine.get(c.start.line - 1);
        }
    }
    return owners;
}
/** The reason of the first directive covering the line, if any (function scope is checked by line range too). */
function allowReason(scan, line) {
    return scan.directives.find((d) => line >= d.fromLine && line <= d.toLine)?.reason;
}

;// CONCATENATED MODULE: ./src/escape/sites.ts
/**
 * The escape-site model and its identity across commits.
 *
 * The compiler reports escapes by file:line:column, but line numbers are the
 * one thing a pull request changes everywhere: adding a comment at the top of
 * a file moves every site below it. So a site is identified by what it is,
 * not where it is: package, repo-relative file, enclosing function, kind, and
 * the normalised subject text, plus an ordinal among sites that agree on all
 * of those (two `append`s in one function). Comparing two commits is then a
 * multiset comparison of identities, and an unrelated edit that only shifts
 * lines changes nothing.
 */
/** Kinds that are heap allocations, the ones the gate counts and fails on. */
const HEAP_KINDS = new Set(['moved-to-heap', 'escapes-to-heap']);
function isHeapAllocation(kind) {
    return HEAP_KINDS.has(kind);
}
/**
 * `function` for a site that lies in a file but outside every function
 * declaration: a package-level variable's initialiser.
 */
const PACKAGE_SCOPE = '(package scope)';
/**
 * Normalises the compiler's subject text so that changes which do not make a
 * different allocation do not make a different identity:
 * - whitespace runs become one space;
 * - numeric literals become `N` (`make([]byte, 0, 4096)` growing to 6144 is
 *   the same allocation site with a different size, which B/op reports);
 * - the compiler's numbered temporaries (`~r0`, `~R1`, `.autotmp_12`) lose
 *   their numbers, which depend on inlining order, not on the code at the site.
 * Counting is unaffected: two sites that normalise alike are still two sites,
 * told apart by their ordinal.
 */
function normaliseSubject(subject) {
    return subject
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/(~[A-Za-z]+|\.?autotmp_)\d+/g, '$1')
        .replace(/(?<![\w.$~])(?:0[xX][0-9a-fA-F_]+|0[bBoO][0-7_]+|\d[\d_]*(?:\.\d*)?(?:[eEpP][+-]?\d+)?)i?(?![\w])/g, 'N');
}
/** The identity of a site without its ordinal: what must agree for two sites to be "the same kind of thing". */
function siteStem(site) {
    // A JSON array is unambiguous whatever characters the parts contain, and stays readable in a baseline file.
    return JSON.stringify([site.package, site.file, site.function, site.kind, normaliseSubject(site.subject)]);
}
/** Full identity: stem plus ordinal. */
function siteKey(stem, ordinal) {
    return `${stem.slice(0, -1)},${ordinal}]`;
}
/** Orders sites by package, file, position, kind and subject: the order reports and ordinals use. */
function compareSites(a, b) {
    return (cmp(a.package, b.package) ||
        cmp(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        cmp(a.kind, b.kind) ||
        cmp(a.subject, b.subject));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Sorts the sites and sets each `key`: stem plus the site's ordinal among
 * sites with the same stem, in source order. Returns a new array.
 */
function assignKeys(sites) {
    const sorted = [...sites].sort(compareSites);
    const seen = new Map();
    return sorted.map((s) => {
        const stem = siteStem(s);
        const ordinal = seen.get(stem) ?? 0;
        seen.set(stem, ordinal + 1);
        return { ...s, key: siteKey(stem, ordinal) };
    });
}
function countEscapes(sites) {
    const byPackage = {};
    const byFunction = {};
    for (const s of sites) {
        if (!isHeapAllocation(s.kind))
            continue;
        byPackage[s.package] = (byPackage[s.package] ?? 0) + 1;
        const fns = (byFunction[s.package] ??= {});
        fns[s.function] = (fns[s.function] ?? 0) + 1;
    }
    return { byPackage, byFunction };
}

;// CONCATENATED MODULE: ./src/escape/collect.ts
/**
 * Collects every heap-escape site of the given packages: the one part of
 * escape analysis that runs the Go toolchain.
 *
 *     go list -export -f {{.ImportPath}} [-tags=…] [flags…] -gcflags=-m[=2] -- <packages>
 *
 * - `go list -export` compiles each package (to report its export data) and
 *   prints the compiler's output like `go build` does, replayed from the
 *   build cache on a hit, but never links. `go build` links every main
 *   package on every run, cache hit or not: on golang.org/x/tools (46
 *   commands) a fully cached `go build` still spends ~35 s linking.
 *   It also takes packages that hold only _test.go files (benchmark-only
 *   packages) without failing, where `go build` exits 1.
 * - `-gcflags` without a package pattern applies to the packages named on the
 *   command line only: dependencies compile with default flags and stay
 *   shared with every other build in the build cache.
 * - `-m` output is replayed from the build cache on a hit (see
 *   diagnostics.ts for why the text and not the JSON log). `-m=2` adds the
 *   compiler's explanation of each escape, for a larger output; it is an
 *   option because only new sites need explaining (a baseline does not).
 * - Test files are not compiled: escapes in test code are not the product's.
 */







/**
 * Bound on the compiler output kept in memory. `-m=2` on golang.org/x/tools (216
 * packages) prints 28 MB; the bound leaves a wide margin, and exceeding it is
 * an error rather than a silently shorter list.
 */
const MAX_OUTPUT = 512 * 1024 * 1024;
async function collectEscapes(runner, opts) {
    const go = opts.goCommand ?? 'go';
    const env = await goEnv(runner, go, opts);
    if (opts.packages.length === 0) {
        return { goVersion: env.GOVERSION, packages: [], sites: [], unrecognised: [], compileErrors: [], warnings: [] };
    }
    const args = [
        'list',
        '-export',
        '-f',
        '{{.ImportPath}}',
        ...(opts.tags ? [`-tags=${opts.tags}`] : []),
        ...opts.goFlags,
        `-gcflags=${opts.explain ? '-m=2' : '-m'}`,
        '--',
        ...opts.packages,
    ];
    const res = await runner.run(go, args, {
        cwd: opts.cwd,
        env: opts.env,
        timeoutMs: opts.timeoutMs ?? 30 * 60_000,
        maxOutput: MAX_OUTPUT,
    });
    const command = `${go} ${args.join(' ')}`;
    if (res.timedOut)
        throw new ToolchainError(`"${command}" timed out after ${Math.round(res.wallMs / 1000)} s`);
    if (res.truncated) {
        throw new ToolchainError(`"${command}" printed more than ${MAX_OUTPUT} bytes of diagnostics; escape sites would be lost, so none are reported`);
    }
    // Compiler output is on stderr; stdout lists the packages the patterns matched.
    const parsed = parseEscapeDiagnostics(res.stderr);
    const packages = res.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const paths = new PathMapper(opts.cwd, opts.repoRoot, env.GOROOT, env.GOMODCACHE);
    const failed = res.code !== 0;
    const compileErrors = [];
    const unrecognised = [];
    // When the build failed, what we cannot read is the failure: the compiler's errors (under a package header or
    // with a position), or the go command's own (neither), such as a pattern that matches no directory.
    const goCommandErrors = [];
    for (const u of parsed.unrecognised) {
        if (!failed)
            unrecognised.push({ package: u.package, file: paths.display(u.file), line: u.line, text: u.text, outputLine: u.outputLine });
        else if (u.package !== '' || u.file !== '')
            compileErrors.push(toCompileError(u, paths));
        else
            goCommandErrors.push(toCompileError(u, paths));
    }
    if (failed && compileErrors.length === 0) {
        // Nothing a package printed: a setup problem to fix, not compile errors to annotate.
        throw new ToolchainError(`"${command}" failed (exit ${res.code ?? res.signal}): ${res.stderr.trim().slice(-4000)}`);
    }
    compileErrors.push(...goCommandErrors);
    const warnings = [];
    const sources = new SourceFiles();
    const sites = [];
    for (const d of parsed.sites) {
        sites.push(await toSite(d, paths, sources, warnings));
    }
    for (const [file, scan] of sources.directiveProblems()) {
        for (const p of scan.problems)
            warnings.push(`${paths.display(file)}:${p.line}: ${p.message}`);
    }
    return {
        goVersion: env.GOVERSION,
        packages,
        sites: assignKeys(sites),
        unrecognised,
        compileErrors,
        warnings,
    };
}
async function goEnv(runner, go, opts) {
    const res = await runner.run(go, ['env', '-json', 'GOVERSION', 'GOROOT', 'GOMODCACHE'], { cwd: opts.cwd, env: opts.env, timeoutMs: 60_000 });
    if (res.code !== 0)
        throw new ToolchainError(`"${go} env" failed (exit ${res.code ?? res.signal}): ${res.stderr.trim()}`);
    try {
        const env = JSON.parse(res.stdout);
        return { GOVERSION: env.GOVERSION ?? '', GOROOT: env.GOROOT ?? '', GOMODCACHE: env.GOMODCACHE ?? '' };
    }
    catch {
        throw new ToolchainError(`"${go} env -json" printed something that is not JSON: ${res.stdout.slice(0, 200)}`);
    }
}
function toCompileError(u, paths) {
    return { package: u.package, file: paths.display(u.file), line: u.line, column: u.column, message: u.message.trim() };
}
async function toSite(d, paths, sources, warnings) {
    const abs = paths.absolute(d.file);
    let fn = '';
    let snippet = '';
    let ignored;
    if (abs && d.line > 0) {
        const src = await sources.get(abs, warnings);
        if (src) {
            const decl = enclosingFunction(src.scan.functions, d.line, d.column);
            fn = decl ? decl.name : PACKAGE_SCOPE;
            snippet = (src.lines[d.line - 1] ?? '').trim().replace(/\s+/g, ' ');
            ignored = allowReason(src.directives, d.line);
        }
    }
    // Deliberately not the compiler's -m=2 function name when the source gives none: identity must not depend
    // on whether explanations were collected (baselines are collected without them).
    const site = {
        package: d.package,
        file: paths.display(d.file),
        line: d.line,
        column: d.column,
        function: fn,
        kind: d.kind,
        subject: d.subject,
        explanation: d.explanation.map((l) => paths.rewriteMentions(l)),
        snippet,
    };
    if (ignored !== undefined)
        site.ignored = ignored;
    return site;
}
/** Reads and scans each source file once (sites are many, files few). */
class SourceFiles {
    files = new Map();
    read = new Map();
    get(abs, warnings) {
        let entry = this.files.get(abs);
        if (!entry) {
            entry = (0,promises_namespaceObject.readFile)(abs).then((buf) => {
                const scan = scanGoFile(buf);
                const file = { scan, lines: buf.toString('utf8').split('\n'), directives: findAllowDirectives(scan) };
                this.read.set(abs, file);
                return file;
            }, (err) => {
                warnings.push(`${abs}: cannot read the source of an escape site (${err.code ?? err.message}); its function is unknown`);
                return undefined;
            });
            this.files.set(abs, entry);
        }
        return entry;
    }
    /** Directive scans of every file read so far. */
    directiveProblems() {
        return [...this.read].map(([file, f]) => [file, f.directives]);
    }
}
/**
 * Turns the paths the compiler printed (relative to the go command's
 * directory, or absolute) into stable ones: repo-relative with `/`, or
 * `$GOROOT/…` / `$GOMODCACHE/…` so that a baseline made on another machine
 * names the same file.
 */
class PathMapper {
    cwd;
    repoRoot;
    goroot;
    gomodcache;
    constructor(cwd, repoRoot, goroot, gomodcache) {
        this.cwd = cwd;
        this.repoRoot = repoRoot;
        this.goroot = goroot;
        this.gomodcache = gomodcache;
    }
    absolute(printed) {
        if (printed === '' || printed.startsWith('<'))
            return undefined;
        return external_node_path_default().resolve(this.cwd, printed);
    }
    display(printed) {
        const abs = this.absolute(printed);
        if (!abs)
            return printed;
        for (const [root, label] of [
            [this.repoRoot, ''],
            [this.goroot, '$GOROOT/'],
            [this.gomodcache, '$GOMODCACHE/'],
        ]) {
            if (!root)
                continue;
            const rel = external_node_path_default().relative(external_node_path_default().resolve(root), abs);
            if (rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))
                return label + rel.split((external_node_path_default()).sep).join('/');
        }
        return abs.split((external_node_path_default()).sep).join('/');
    }
    /** Rewrites `at <path>:L:C` in an explanation line. */
    rewriteMentions(line) {
        return line.replace(/ at ((?:[A-Za-z]:)?[^:\s]+):(\d+(?::\d+)?)$/, (_m, file, where) => ` at ${this.display(file)}:${where}`);
    }
}

;// CONCATENATED MODULE: ./src/escape/diff.ts
/**
 * Compares the escape sites of a baseline and a head, and decides the gate.
 * Pure: sites in, a diff and a verdict out.
 *
 * Escape analysis is deterministic for a given compiler and source, so the
 * comparison is exact: no samples, no statistics. What makes it hard is
 * identity (see sites.ts): sites are matched by what they are, never by line.
 * Within a group of sites that agree on package, file, function, kind and
 * subject, sites whose source lines read the same are paired first, and the
 * rest in source order. Counting is the same either way; the pairing only
 * decides *which* of several `append`s in a function is reported as the new
 * one, and the source text points at the one that was really added.
 *
 * The gate: new heap-allocation sites that no allow directive covers count
 * against `maxNewEscapes` (default 0: any new one fails). Leaking parameters
 * are reported but never fail: they are not allocations, and the allocation
 * they cause in a caller is itself a site. A baseline from another Go
 * release compares compiler versions as much as code, so by default its new
 * sites are warnings, not failures.
 */



function diffEscapes(base, head, opts) {
    const maxNew = opts.maxNewEscapes ?? 0;
    if (!Number.isInteger(maxNew) || maxNew < 0) {
        throw new errors_ConfigError(`max-new-escapes must be a whole number ≥ 0, got ${String(opts.maxNewEscapes)}`);
    }
    const { added, removed } = matchSites(base, head);
    const newHeapSites = added.filter((s) => isHeapAllocation(s.kind) && s.ignored === undefined).length;
    const toolchainSensitive = differentRelease(opts.baseGoVersion, opts.headGoVersion);
    const reasons = [];
    const warnings = [];
    const compileErrors = opts.headCompileErrors ?? [];
    if (compileErrors.length > 0) {
        const pkgs = [...new Set(compileErrors.map((e) => e.package).filter(Boolean))];
        reasons.push(`${plural(compileErrors.length, 'compile error')}${pkgs.length ? ` in ${pkgs.join(', ')}` : ''}: escape sites of ${pkgs.length === 1 ? 'that package' : 'those packages'} are unknown`);
    }
    if (newHeapSites > maxNew) {
        const what = `${plural(newHeapSites, 'new heap escape site')} (allowed: ${maxNew})`;
        if (toolchainSensitive && !opts.toolchainSensitiveFails) {
            warnings.push(`${what}, but the baseline was compiled by ${opts.baseGoVersion} and the head by ${opts.headGoVersion}: ` +
                'escape analysis changes between Go releases, so these are reported as toolchain-sensitive, not failures');
        }
        else {
            reasons.push(what);
        }
    }
    else if (toolchainSensitive && (added.length > 0 || removed.length > 0)) {
        warnings.push(`escape sites compared across Go releases (${opts.baseGoVersion} → ${opts.headGoVersion}): some changes may come from the compiler`);
    }
    return {
        new: added,
        removed,
        newHeapSites,
        ...countChanges(base, head),
        toolchainSensitive,
        failing: reasons.length > 0,
        reasons,
        warnings,
    };
}
/** Multiset matching by stem; within a stem, equal source lines first, then source order. */
function matchSites(base, head) {
    const groups = new Map();
    const group = (stem) => {
        let g = groups.get(stem);
        if (!g)
            groups.set(stem, (g = { base: [], head: [] }));
        return g;
    };
    for (const s of base)
        group(siteStem(s)).base.push(s);
    for (const s of head)
        group(siteStem(s)).head.push(s);
    const added = [];
    const removed = [];
    for (const g of groups.values()) {
        if (g.base.length === g.head.length && g.base.length > 0)
            continue; // the common case: nothing to decide
        const b = [...g.base].sort(compareSites);
        const h = [...g.head].sort(compareSites);
        const matchedB = new Set();
        const matchedH = new Set();
        // Pass 1: same source text, in order.
        for (let i = 0; i < h.length; i++) {
            if (!h[i].snippet)
                continue;
            const j = b.findIndex((s, k) => !matchedB.has(k) && s.snippet === h[i].snippet);
            if (j >= 0) {
                matchedB.add(j);
                matchedH.add(i);
            }
        }
        // Pass 2: the rest, in order.
        const restB = b.map((_, k) => k).filter((k) => !matchedB.has(k));
        const restH = h.map((_, k) => k).filter((k) => !matchedH.has(k));
        const paired = Math.min(restB.length, restH.length);
        for (const k of restH.slice(paired))
            added.push(h[k]);
        for (const k of restB.slice(paired))
            removed.push(b[k]);
    }
    return { added: added.sort(compareSites), removed: removed.sort(compareSites) };
}
function countChanges(base, head) {
    const pkgs = new Map();
    const fns = new Map();
    const add = (s, side) => {
        let p = pkgs.get(s.package);
        if (!p)
            pkgs.set(s.package, (p = { package: s.package, before: 0, after: 0 }));
        if (!isHeapAllocation(s.kind))
            return;
        p[side]++;
        const key = JSON.stringify([s.package, s.function]);
        let f = fns.get(key);
        if (!f)
            fns.set(key, (f = { package: s.package, function: s.function, before: 0, after: 0 }));
        f[side]++;
    };
    for (const s of base)
        add(s, 'before');
    for (const s of head)
        add(s, 'after');
    const byName = (a, b) => a.package.localeCompare(b.package) || (a.function ?? '').localeCompare(b.function ?? '');
    return {
        countsByPackage: [...pkgs.values()].sort(byName),
        countsByFunction: [...fns.values()].filter((f) => f.before !== f.after).sort(byName),
    };
}
/**
 * Escape analysis changes with Go releases (1.25 → 1.26), not with patch
 * releases, which carry fixes only; comparing major.minor keeps the gate
 * effective while setup-go's `stable` moves through patches. Versions we
 * cannot parse (devel builds) must match exactly.
 */
function differentRelease(a, b) {
    const va = parseGoVersion(a);
    const vb = parseGoVersion(b);
    if (!va || !vb)
        return a !== b;
    return va[0] !== vb[0] || va[1] !== vb[1];
}
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/escape/index.ts
/**
 * Escape-analysis gate: collect the compiler's heap-escape sites of the
 * measured packages (collect.ts, the only part that runs Go), read its
 * diagnostics (diagnostics.ts), name enclosing functions and find allow
 * directives from the source (functions.ts, ignore.ts), identify sites
 * across commits without line numbers (sites.ts), and diff two collections
 * into a gate decision (diff.ts).
 */







;// CONCATENATED MODULE: ./src/engine/run.ts
/**
 * One measurement, start to finish: check Go, discover packages with
 * benchmarks, build one test binary each, measure interleaved samples, and
 * assemble the RunResult. Used by the Action, the CLI and the demo alike.
 */














/** No benchmark matched: the user's pattern and packages, so they can fix either. */
class NoBenchmarksError extends GateError {
    constructor(bench, packages, searched) {
        super('no-benchmarks', `No benchmark matches -bench '${bench}' in ${packages.join(' ')} (${searched} package${searched === 1 ? '' : 's'} searched). ` +
            'Check the `bench` and `packages` inputs.');
    }
}
function measureConfigOf(c) {
    return {
        packages: c.packages,
        bench: c.bench,
        count: c.count,
        benchtime: c.benchtime,
        cpu: c.cpu,
        tags: c.tags,
        goTestFlags: c.goTestFlags,
        timeout: c.timeout,
        memprofile: c.memprofile,
        memprofileRate: c.memprofileRate,
        trace: c.trace,
    };
}
function topLevelMatcher(bench) {
    const top = bench.split('/')[0] || '.';
    try {
        const re = new RegExp(top);
        return (name) => re.test(name);
    }
    catch {
        return () => true; // RE2 syntax JS cannot read: let the test binary decide
    }
}
/**
 * Everything before measuring, for one side: go env check, discovery, one
 * test binary per package, escape analysis. `cwd` is the module directory of
 * this side (the A/B base builds from its worktree); `ctx.repoRoot` is the
 * root paths are made relative to (the worktree for the base, so that its
 * file paths read like the head's). Binaries and samples go in `ctx.workDir`.
 */
async function prepareSide(config, ctx, cwd) {
    const log = ctx.log ?? (() => { });
    const st = await (0,promises_namespaceObject.stat)(cwd).catch(() => null);
    if (!st?.isDirectory()) {
        throw new errors_ConfigError(`working-directory: "${config.workingDirectory}" does not exist or is not a directory (resolved to ${cwd})`);
    }
    const go = await inspectGo(ctx.runner, cwd, ctx.goCommand);
    log(`Using ${go.version} ${go.goos}/${go.goarch}`);
    const packages = await discoverPackages(ctx.runner, { cwd, packages: config.packages, tags: config.tags, goCommand: ctx.goCommand });
    const matches = topLevelMatcher(config.bench);
    const packageFailures = [];
    const candidates = packages.filter((p) => p.benchmarks.some((b) => matches(b.name)));
    for (const p of candidates) {
        if (p.listError)
            packageFailures.push({ package: p.importPath, kind: 'list', message: p.listError, output: p.listError });
    }
    const toBuild = candidates.filter((p) => !p.listError);
    if (candidates.length === 0)
        throw new NoBenchmarksError(config.bench, config.packages, packages.length);
    const binDir = external_node_path_default().join(ctx.workDir, 'bin');
    const artifactsDir = external_node_path_default().join(ctx.workDir, 'samples');
    await (0,promises_namespaceObject.mkdir)(artifactsDir, { recursive: true });
    const targets = [];
    for (const [i, p] of toBuild.entries()) {
        log(`Building ${p.importPath}`);
        const built = await buildTestBinary(ctx.runner, p.importPath, i, {
            cwd,
            outDir: binDir,
            tags: config.tags,
            goTestFlags: config.goTestFlags,
            goCommand: ctx.goCommand,
        });
        if (isBuildFailure(built)) {
            const diagnostics = built.errors.map((e) => ({
                ...e,
                file: relativeFile(ctx.repoRoot, external_node_path_default().resolve(p.moduleDir, e.file), cwd, e.file, p.dir),
            }));
            packageFailures.push({
                package: p.importPath,
                kind: 'build',
                message: built.errors[0] ? `does not compile: ${built.errors[0].message}` : 'does not compile',
                output: built.output,
                diagnostics,
            });
            log(`✗ ${p.importPath} does not compile`);
            continue;
        }
        targets.push({ importPath: p.importPath, dir: p.dir, binary: built.binary, declarations: p.benchmarks });
    }
    // Escape analysis of the packages that compiled: `go list -export` with
    // -gcflags=-m replays the compiler's diagnostics from the build cache.
    let escapes;
    let escapesUnavailable;
    if ((config.metrics.escapes?.mode ?? 'gate') !== 'off' && targets.length > 0) {
        log('Collecting escape analysis');
        try {
            const c = await collectEscapes(ctx.runner, {
                cwd,
                packages: targets.map((t) => t.importPath),
                tags: config.tags,
                goFlags: config.goTestFlags,
                repoRoot: ctx.repoRoot,
                explain: true,
                goCommand: ctx.goCommand,
            });
            escapes = {
                goVersion: c.goVersion,
                packages: c.packages,
                sites: c.sites,
                unrecognised: c.unrecognised,
                compileErrors: c.compileErrors,
                warnings: c.warnings,
            };
        }
        catch (err) {
            escapesUnavailable = err.message;
            log(`escape analysis failed: ${escapesUnavailable}`);
        }
    }
    return { cwd, go, searched: packages.length, toBuild, targets, packageFailures, escapes, escapesUnavailable, artifactsDir };
}
function measureOptionsOf(config, log, artifactsDir, repoRoot) {
    return {
        count: config.count,
        benchtime: config.benchtime,
        cpu: config.cpu,
        timeout: config.timeout,
        bench: config.bench,
        memprofile: config.memprofile,
        memprofileRate: config.memprofileRate,
        trace: config.trace,
        artifactsDir,
        repoRoot,
        log,
    };
}
/** Samples analysed (traces, heap profiles) and the RunResult assembled, for one side. */
async function finishSide(config, ctx, side, outcome) {
    const analysisWarnings = await analyzeSamples(outcome.benchmarks, {
        artifactsDir: side.artifactsDir,
        repoRoot: ctx.repoRoot,
        modules: new Map(side.toBuild.map((p) => [p.importPath, { dir: p.moduleDir, path: p.modulePath }])),
    });
    const measureConfig = measureConfigOf(config);
    const { go, escapes, escapesUnavailable } = side;
    return {
        schema: RUN_RESULT_SCHEMA,
        version: RUN_RESULT_VERSION,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        createdAt: new Date().toISOString(),
        environment: {
            goVersion: go.version,
            goos: go.goos,
            goarch: go.goarch,
            cpu: outcome.cpuModel,
            gomaxprocs: external_node_os_default().availableParallelism(),
            runnerOs: ctx.runnerOs ?? process.env.RUNNER_OS ?? process.platform,
            commit: ctx.commit,
            ref: ctx.ref,
            configHash: configHash(measureConfig),
        },
        config: measureConfig,
        workingDirectory: side.cwd,
        benchmarks: outcome.benchmarks,
        packageFailures: side.packageFailures,
        warnings: [...outcome.warnings, ...analysisWarnings, ...(escapes?.warnings ?? [])],
        ...(escapes ? { escapes } : {}),
        ...(escapesUnavailable ? { escapesUnavailable } : {}),
    };
}
async function runMeasurement(config, ctx) {
    const log = ctx.log ?? (() => { });
    const side = await prepareSide(config, ctx, external_node_path_default().resolve(config.workingDirectory));
    const outcome = await measure(ctx.runner, side.targets, measureOptionsOf(config, log, side.artifactsDir, ctx.repoRoot));
    if (outcome.benchmarks.length === 0 && side.packageFailures.length === 0) {
        throw new NoBenchmarksError(config.bench, config.packages, side.searched);
    }
    return finishSide(config, ctx, side, outcome);
}
/**
 * The compiler prints paths relative to the directory `go` ran in (or the
 * package directory, `./x.go`); reports want them relative to the repository.
 * We pick the first candidate that exists inside the repository.
 */
function relativeFile(root, fromModule, cwd, printed, pkgDir) {
    const candidates = [external_node_path_default().resolve(cwd, printed), external_node_path_default().resolve(pkgDir, printed), fromModule];
    for (const c of candidates) {
        if (!(0,external_node_fs_namespaceObject.existsSync)(c))
            continue;
        const rel = external_node_path_default().relative(root, c);
        if (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))
            return rel.split((external_node_path_default()).sep).join('/');
    }
    return printed;
}

;// CONCATENATED MODULE: ./src/report/model.ts
const REPORT_SCHEMA = 'go-runtime-gate/report';
const REPORT_VERSION = 1;

;// CONCATENATED MODULE: ./src/compare/stats/normal.ts
/**
 * Standard normal distribution helpers (complementary error function, CDF,
 * quantile). JavaScript has no `erf`/`erfc`, and simple-statistics' `erf` is a
 * short polynomial fit good to ~1e-7 — far too coarse to agree with Go's
 * `math.Erfc` on p-values such as 1e-12. These routines are accurate to a few
 * ulps over the whole range we use, so the normal-approximation p-values agree
 * with benchstat to ~1e-14 relative.
 */
/** 2/√π. */
const TWO_OVER_SQRT_PI = 1.1283791670955126;
/** 1/√π. */
const ONE_OVER_SQRT_PI = 0.5641895835477563;
/**
 * Below this argument erfc(x) is computed as 1 − erf(x) with erf from a
 * positive-term power series; above it, by a continued fraction. The
 * subtraction 1 − erf(x) loses digits as erfc(x) shrinks (at x = 2 about two,
 * erfc(2) ≈ 0.0047), while the continued fraction converges slowly near 0
 * (≈ 340 terms at 0.75, ≈ 2100 at 0.3). At 0.75 erfc ≈ 0.29, so the
 * subtraction costs under one bit and the fraction stays cheap: both sides of
 * the switch are accurate to a few ulps.
 */
const SERIES_LIMIT = 0.75;
/**
 * erf(x) for 0 ≤ x < SERIES_LIMIT from the series
 *   erf(x) = 2/√π · e^(−x²) · Σ_{k≥0} (2x²)^k · x / (1·3·5···(2k+1)).
 * Unlike the textbook alternating Taylor series, every term is positive, so
 * there is no cancellation and the sum is accurate to rounding.
 */
function erfSeries(x) {
    const twoX2 = 2 * x * x;
    let term = x;
    let sum = x;
    for (let k = 1; k < 500; k++) {
        term *= twoX2 / (2 * k + 1);
        sum += term;
        if (term <= sum * 1e-17)
            break;
    }
    return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
}
/**
 * erfc(x) for x ≥ SERIES_LIMIT by Laplace's continued fraction
 *   erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …))))
 * evaluated with the modified Lentz algorithm. It converges faster the larger
 * x is, which is exactly where 1 − erf(x) would be useless.
 */
function erfcContinuedFraction(x) {
    const tiny = 1e-300;
    let f = x;
    let c = f;
    let d = 0;
    for (let k = 1; k < 5000; k++) {
        const a = k / 2;
        d = x + a * d;
        if (d === 0)
            d = tiny;
        d = 1 / d;
        c = x + a / c;
        if (c === 0)
            c = tiny;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return (Math.exp(-x * x) * ONE_OVER_SQRT_PI) / f;
}
/** Complementary error function erfc(x) = 1 − erf(x). */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < SERIES_LIMIT)
        return 1 - erfSeries(x);
    // erfc(27.3) is below the smallest subnormal double.
    if (x > 27.3)
        return 0;
    return erfcContinuedFraction(x);
}
/** CDF of the normal distribution N(mu, sigma²) at x. */
function normalCdf(x, mu = 0, sigma = 1) {
    return erfc(-(x - mu) / (sigma * Math.SQRT2)) / 2;
}
/**
 * Quantile (inverse CDF) of N(mu, sigma²). Solved by bisection on the
 * accurate CDF rather than with a rational approximation: it is only called a
 * handful of times per summary, and bisection to the last bit removes any
 * doubt about the approximation's error near an integer rounding boundary.
 */
function normalQuantile(p, mu = 0, sigma = 1) {
    if (!(p >= 0 && p <= 1))
        return Number.NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return mu - sigma * normalQuantile(1 - p);
    // Standard normal lower tail: the answer lies in [-40, 0].
    let lo = -40;
    let hi = 0;
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (mid === lo || mid === hi)
            break;
        if (normalCdf(mid) < p)
            lo = mid;
        else
            hi = mid;
    }
    const z = (lo + hi) / 2;
    return mu + sigma * z;
}

;// CONCATENATED MODULE: ./src/compare/stats/mannwhitney.ts
/**
 * Two-sided Mann–Whitney U test, reproducing what benchstat reports.
 *
 * benchstat (golang.org/x/perf/cmd/benchstat) compares samples with
 * `benchmath.AssumeNothing.Compare`, which runs go-moremath's
 * `MannWhitneyUTest(old, new, LocationDiffers)`. To let a reviewer re-run
 * benchstat on the same numbers and see the same p-value, this module follows
 * that procedure's *decisions* (which distribution, which thresholds, how the
 * two-sided p is formed, what happens when everything is tied), while the
 * computations are our own:
 *
 * - U is the statistic for `x` (the first sample): the number of pairs
 *   (xi, yj) with xi > yj, plus ½ for every tied pair.
 * - Without ties and with both samples of size ≤ {@link EXACT_LIMIT} (50), the
 *   exact null distribution of U is used. For small samples this matters: the
 *   distribution is lumpy and the normal approximation is poor.
 * - With ties and both samples of size ≤ {@link EXACT_TIES_LIMIT} (25), the
 *   exact *conditional* null distribution given the observed tie pattern is
 *   used (every split of the tied blocks between x and y is equally likely).
 *   benchstat uses a lower limit here because its tie-aware algorithm is more
 *   expensive; we keep the same limit so that the same data take the same
 *   path.
 * - Otherwise, the normal approximation with tie correction of the variance
 *   and a ½ continuity correction.
 * - When every value in both samples is identical the test is meaningless;
 *   benchstat reports p = 1 ("all samples are equal"), and so do we.
 *
 * The exact two-sided p is 2·P(U ≤ min(U, n1·n2 − U)), or 1 when U sits
 * exactly at the centre n1·n2/2 (doubling would count the central mass twice).
 * With ties the conditional distribution of U need not be symmetric, so this
 * doubling can exceed 1 and can depend on which sample is first: x = [1],
 * y = [1, 2] gives p = 4/3 while swapping them gives 2/3. benchstat prints
 * exactly these values (`p=1.333 n=1+2`), so we keep them rather than
 * silently diverging; they only arise when p is far above any alpha.
 */

/** Largest per-sample size for the exact distribution when there are no ties (benchstat: MannWhitneyExactLimit). */
const EXACT_LIMIT = 50;
/** Largest per-sample size for the exact tie-aware distribution (benchstat: MannWhitneyTiesExactLimit). */
const EXACT_TIES_LIMIT = 25;
/**
 * benchstat's significance rule: it prints `~` (no significant change) when
 * p > alpha, and a delta otherwise — so p exactly equal to alpha counts as
 * significant.
 */
function isSignificant(p, alpha) {
    return p <= alpha;
}
function mannWhitneyU(x, y) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    const n1 = x.length;
    const n2 = y.length;
    const { twoU, ties } = rankStatistic(x, y);
    const u = twoU / 2;
    if (ties.length === 1) {
        // One block holding every observation: no ordering information at all.
        return { u, p: 1, method: 'all-equal' };
    }
    const hasTies = ties.some((t) => t > 1);
    const exact = hasTies
        ? n1 <= EXACT_TIES_LIMIT && n2 <= EXACT_TIES_LIMIT
        : n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT;
    if (exact) {
        const method = hasTies ? 'exact-ties' : 'exact';
        const twoUMirror = 2 * n1 * n2 - twoU;
        if (twoU === twoUMirror)
            return { u, p: 1, method };
        const twoUSmall = Math.min(twoU, twoUMirror);
        const below = hasTies ? countTiedAtMost(n1, n2, ties, twoUSmall) : countUntiedAtMost(n1, n2, twoUSmall);
        const p = (below / choose(n1 + n2, n1)) * 2;
        return { u, p, method };
    }
    return { u, p: normalApproxPValue(n1, n2, u, ties), method: 'normal' };
}
function checkSample(xs, name) {
    if (xs.length === 0)
        throw new RangeError(`mannWhitneyU: sample ${name} is empty`);
    for (const v of xs) {
        if (Number.isNaN(v))
            throw new RangeError(`mannWhitneyU: sample ${name} contains NaN`);
    }
}
function byValue(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Walks both sorted samples together. Returns 2·U for x (an integer, so the
 * ½ of tied pairs stays exact) and the sizes of the blocks of equal values in
 * ascending value order (the "tie vector"; all ones when there are no ties).
 */
function rankStatistic(x, y) {
    const xs = [...x].sort(byValue);
    const ys = [...y].sort(byValue);
    const ties = [];
    let twoU = 0;
    let i = 0;
    let j = 0;
    let yBelow = 0;
    while (i < xs.length || j < ys.length) {
        const v = j >= ys.length || (i < xs.length && xs[i] <= ys[j]) ? xs[i] : ys[j];
        let cx = 0;
        let cy = 0;
        while (i < xs.length && xs[i] === v) {
            cx++;
            i++;
        }
        while (j < ys.length && ys[j] === v) {
            cy++;
            j++;
        }
        // Each x in this block beats every y below it and ties with the cy here.
        twoU += cx * (2 * yBelow + cy);
        yBelow += cy;
        ties.push(cx + cy);
    }
    return { twoU, ties };
}
/**
 * Number of ways to assign n1 of the N = n1 + n2 ranked observations to x
 * (the rest to y), respecting the tie blocks, for each value of 2U up to
 * maxTwoU. Entry i of the result is the count for 2U = i·unit.
 *
 * Dynamic programme over the tie blocks in ascending order. The state is
 * (j = x-observations placed so far, s = 2U accumulated so far). Putting r of
 * a block's t observations into x adds r·(2·(y below the block) + (t − r)) to
 * 2U — each such x beats every lower y and half-ties the t − r y's beside it —
 * and can be done in C(t, r) ways. Contributions are never negative, so states
 * with s > maxTwoU can be dropped: the cost is O(blocks · n1 · maxTwoU · r),
 * and we only ever ask for the smaller tail.
 *
 * Without ties every contribution is even, so the caller passes unit = 2 and
 * the table is indexed by U instead of 2U (half the work).
 *
 * This is the same conditional distribution that benchstat obtains with its
 * Cheung–Klotz linked-list recursion; we just fill the table forwards.
 * Counts are kept as doubles: they can exceed 2^53 (C(100, 50) ≈ 1e29), but
 * they are sums of positive terms, so the relative error stays near 1e-15.
 */
function countAtMost(n1, n2, ties, maxTwoU, unit) {
    const width = Math.floor(maxTwoU / unit) + 1;
    let cur = new Float64Array((n1 + 1) * width);
    let next = new Float64Array((n1 + 1) * width);
    // Highest index holding a non-zero count in each row (-1: empty row), so
    // the inner loop never scans the all-zero upper part of a row.
    let top = new Int32Array(n1 + 1).fill(-1);
    let nextTop = new Int32Array(n1 + 1);
    cur[0] = 1;
    top[0] = 0;
    let seen = 0; // observations in the blocks processed so far
    for (const t of ties) {
        next.fill(0);
        nextTop.fill(-1);
        const binom = binomialRow(t);
        const jLow = Math.max(0, seen - n2);
        const jHigh = Math.min(n1, seen);
        for (let j = jLow; j <= jHigh; j++) {
            const rowTop = top[j];
            if (rowTop < 0)
                continue;
            const yBelow = seen - j;
            // r x's and t - r y's in this block; y's may not exceed n2 in total.
            const rLow = Math.max(0, yBelow + t - n2);
            const rHigh = Math.min(t, n1 - j);
            const from = j * width;
            for (let r = rLow; r <= rHigh; r++) {
                const add = (r * (2 * yBelow + t - r)) / unit;
                if (add >= width)
                    continue;
                const weight = binom[r];
                const row = j + r;
                const to = row * width + add;
                const last = Math.min(rowTop, width - 1 - add);
                for (let s = 0; s <= last; s++) {
                    const c = cur[from + s];
                    if (c !== 0)
                        next[to + s] += c * weight;
                }
                if (last + add > nextTop[row])
                    nextTop[row] = last + add;
            }
        }
        [cur, next] = [next, cur];
        [top, nextTop] = [nextTop, top];
        seen += t;
    }
    return cur.subarray(n1 * width, (n1 + 1) * width);
}
function sum(xs) {
    let total = 0;
    for (const v of xs)
        total += v;
    return total;
}
function countTiedAtMost(n1, n2, ties, maxTwoU) {
    return sum(countAtMost(n1, n2, ties, maxTwoU, 1));
}
/**
 * Without ties the distribution depends only on (n1, n2), and a job compares
 * many benchmarks with the same sample counts, so the cumulative counts are
 * cached per size pair (up to 2U = n1·n2, i.e. the lower half, which is all the
 * two-sided test ever needs).
 */
const untiedCache = new Map();
const UNTIED_CACHE_SIZE = 32;
function countUntiedAtMost(n1, n2, maxTwoU) {
    const key = `${n1},${n2}`;
    let cumulative = untiedCache.get(key);
    if (cumulative === undefined) {
        // 2U ≤ n1·n2, i.e. U ≤ n1·n2/2, covers every lower tail we can be asked for.
        const counts = countAtMost(n1, n2, new Array(n1 + n2).fill(1), n1 * n2, 2);
        cumulative = new Float64Array(counts.length);
        let running = 0;
        for (let s = 0; s < counts.length; s++) {
            running += counts[s];
            cumulative[s] = running;
        }
        if (untiedCache.size >= UNTIED_CACHE_SIZE) {
            const oldest = untiedCache.keys().next().value;
            if (oldest !== undefined)
                untiedCache.delete(oldest);
        }
        untiedCache.set(key, cumulative);
    }
    return cumulative[Math.floor(maxTwoU / 2)];
}
/** C(t, 0..t) as doubles (exact while the values stay below 2^53, t ≲ 50). */
function binomialRow(t) {
    const row = [1];
    for (let r = 1; r <= t; r++)
        row.push((row[r - 1] * (t - r + 1)) / r);
    return row;
}
/** C(n, k) rounded once to a double, via exact big-integer arithmetic. */
function choose(n, k) {
    if (k < 0 || k > n)
        return 0;
    const kk = BigInt(Math.min(k, n - k));
    const nn = BigInt(n);
    let c = 1n;
    for (let i = 1n; i <= kk; i++)
        c = (c * (nn - kk + i)) / i;
    return Number(c);
}
/**
 * Normal approximation, as benchstat does it above the exact limits:
 *   mean  μ = n1·n2/2
 *   var   σ² = n1·n2/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1)))   (tie-corrected)
 *   z = (U − μ ∓ ½)/σ  (continuity correction toward the mean)
 *   p = 2·Φ(−|z|) = erfc(|z|/√2)
 * benchstat evaluates 2·min(Φ(z), 1 − Φ(z)); when z > 0 its 1 − Φ(z)
 * cancels catastrophically (a p of 1e-21 comes out as 0). Computing the
 * lower tail directly gives the same value where benchstat is accurate and
 * the true value where it is not.
 *
 * Exported (not re-exported from index.ts) for minimumPValue in summary.ts.
 */
function normalApproxPValue(n1, n2, u, ties) {
    const n = n1 + n2;
    let tieSum = 0;
    for (const t of ties)
        tieSum += t * t * t - t;
    const mu = (n1 * n2) / 2;
    const sigma = Math.sqrt((n1 * n2 * (n + 1 - tieSum / (n * (n - 1)))) / 12);
    if (sigma === 0)
        return 1; // unreachable: σ = 0 only when all values are equal
    let numer = u - mu;
    numer -= Math.sign(numer) * 0.5;
    const z = numer / sigma;
    return erfc(Math.abs(z) / Math.SQRT2);
}

;// CONCATENATED MODULE: ./src/compare/stats/summary.ts
/**
 * Sample summaries (median and a distribution-free confidence interval for
 * it) and the "can this comparison ever be significant?" bound, following
 * benchstat's `benchmath.AssumeNothing`.
 *
 * Why order statistics: benchmark timings are not normal (long right tails,
 * multi-modal from CPU frequency and GC), so a mean ± t-interval would be
 * misleading. For a continuous population with median M, each observation
 * falls below M with probability ½ independently, so the number K of
 * observations below M is Binomial(n, ½). The interval between the l-th and
 * r-th smallest observations contains M exactly when l ≤ K < r, which has
 * probability Σ_{k=l}^{r−1} C(n, k)/2ⁿ — no assumption about the shape of the
 * distribution at all.
 */


/**
 * Up to this n the binomial probabilities are summed exactly; above it
 * benchmath switches to a normal approximation of the binomial (with
 * continuity correction). We switch at the same n so the chosen order
 * statistics — and hence the printed interval — are the same.
 */
const MEDIAN_CI_EXACT_LIMIT = 30;
/** Binomial(n, ½) probability mass at k; exact for n ≤ 1023. */
function halfBinomialPmf(n, k) {
    if (k < 0 || k > n)
        return 0;
    return choose(n, k) / 2 ** n;
}
/**
 * Order statistics bounding a confidence interval for the median of n
 * observations at (at least) the requested confidence.
 *
 * Small n (≤ 30): start from the most likely value of K (the lower of the two
 * modes when n is odd) and grow the interval one step at a time towards
 * whichever neighbour carries more probability, preferring the left on ties,
 * until the accumulated probability reaches `confidence`. Because the
 * binomial is unimodal this yields the shortest interval with enough
 * coverage. When even the whole range is not enough (n too small), the
 * interval runs off both ends: loOrder 0 and hiOrder n + 1, coverage 1.
 *
 * Known, deliberate difference from benchstat for 21 ≤ n ≤ 30: benchmath
 * computes C(n, k) there as exp(lgamma(…) − lgamma(…) − lgamma(…)), so the
 * two mirror-image probabilities C(n, k) and C(n, n − k) — equal in exact
 * arithmetic — can differ in the last bit, and its "prefer the left on ties"
 * then sometimes goes right. We use exact binomial coefficients, so the tie is
 * a tie and the left bias holds. Both intervals have exactly the same
 * coverage; ours is benchstat's shifted one order statistic to the left. In
 * the oracle grid (n ≤ 70 at 95 %, n ≤ 40 at 90 % and 99 %) this happens at
 * n = 24 (95 %), n = 22 and 29 (90 %) and n = 28 (99 %). Matching it would
 * mean reproducing Go's lgamma rounding bit for bit.
 *
 * Large n: take the central `confidence` mass of N(n/2, n/4), widen it
 * outwards to whole order statistics (continuity correction: order k stands
 * for [k − ½, k + ½]), then try shrinking the upper end by one if the
 * coverage still suffices — the same left bias as above.
 */
function medianInterval(n, confidence) {
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`medianInterval: n must be a positive integer, got ${n}`);
    if (!(confidence >= 0 && confidence <= 1)) {
        throw new RangeError(`medianInterval: confidence must be in [0, 1], got ${confidence}`);
    }
    if (confidence >= 1)
        return { n, loOrder: 0, hiOrder: n + 1, confidence: 1 };
    let l;
    let r;
    let achieved;
    if (n <= MEDIAN_CI_EXACT_LIMIT) {
        const mode = Math.ceil((n + 1) / 2) - 1;
        l = mode;
        r = mode + 1;
        achieved = halfBinomialPmf(n, mode);
        let left = halfBinomialPmf(n, l - 1);
        let right = halfBinomialPmf(n, r);
        while (achieved < confidence && (left > 0 || right > 0)) {
            if (left >= right) {
                achieved += left;
                l--;
                left = halfBinomialPmf(n, l - 1);
            }
            else {
                achieved += right;
                r++;
                right = halfBinomialPmf(n, r);
            }
        }
    }
    else {
        const mu = n / 2;
        const sigma = Math.sqrt(n / 4);
        const lowEdge = normalQuantile((1 - confidence) / 2, mu, sigma);
        const highEdge = 2 * mu - lowEdge;
        l = Math.floor(lowEdge - 0.5) + 1;
        r = Math.ceil(highEdge - 0.5) + 1;
        const coverage = (lo, hi) => normalCdf(hi - 0.5, mu, sigma) - normalCdf(lo - 0.5, mu, sigma);
        achieved = coverage(l, r);
        const shrunk = coverage(l, r - 1);
        if (shrunk >= confidence && shrunk < achieved) {
            achieved = shrunk;
            r--;
        }
        // The normal tails never quite reach 1, but (−∞, +∞) certainly holds the median.
        if (l <= 0 && r >= n + 1)
            achieved = 1;
    }
    return { n, loOrder: Math.max(l, 0), hiOrder: Math.min(r, n + 1), confidence: achieved };
}
/** Exact coverage Σ_{k=lo}^{hi−1} C(n,k)/2ⁿ of the interval [X(lo), X(hi)]. */
function exactCoverage(n, lo, hi) {
    if (hi <= lo)
        return 0;
    let numer = 0n;
    let c = 1n; // C(n, k), walked up from k = 0
    const bn = BigInt(n);
    for (let k = 0; k < hi; k++) {
        if (k >= lo)
            numer += c;
        c = (c * (bn - BigInt(k))) / BigInt(k + 1);
    }
    // numer / 2^n with ~64 bits of precision, without overflowing a double.
    return Number((numer << 64n) >> bn) / 2 ** 64;
}
function summary_byValue(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Median and confidence interval of the median (order statistics, see
 * {@link medianInterval}).
 *
 * Where benchstat would print ±∞ because n is too small for the requested
 * confidence (n < 6 at 95%), the report model wants real numbers, so the
 * interval is clamped to the sample's [min, max] and `confidence` reports
 * what that clamped interval actually achieves, e.g. 1 − 2/2ⁿ = 0.9375 for
 * [min, max] with n = 5, and 0 for n = 1. Use {@link medianIntervalWarning}
 * for benchstat's explanation.
 */
function summarize(xs, confidence = 0.95) {
    if (xs.length === 0)
        throw new RangeError('summarize: empty sample');
    for (const v of xs) {
        if (Number.isNaN(v))
            throw new RangeError('summarize: sample contains NaN');
    }
    const sorted = [...xs].sort(summary_byValue);
    const n = sorted.length;
    const mid = n >> 1;
    // Even n: midpoint of the two middle values (benchstat's R8 quantile gives
    // exactly this for q = ½), written as a + (b − a)/2 like benchstat does.
    const median = n % 2 === 1 ? sorted[mid] : sorted[mid - 1] + (sorted[mid] - sorted[mid - 1]) / 2;
    const ci = medianInterval(n, confidence);
    const lo = Math.max(ci.loOrder, 1);
    const hi = Math.min(ci.hiOrder, n);
    const clamped = lo !== ci.loOrder || hi !== ci.hiOrder;
    return {
        n,
        median,
        low: sorted[lo - 1],
        high: sorted[hi - 1],
        confidence: clamped ? exactCoverage(n, lo, hi) : ci.confidence,
        min: sorted[0],
        max: sorted[n - 1],
    };
}
/** How many samples are needed before the median interval is finite at this confidence (benchmath's rule, searched up to 50). */
function samplesForMedianInterval(confidence) {
    const limit = 50;
    for (let n = 2; n <= limit; n++) {
        const ci = medianInterval(n, confidence);
        if (ci.loOrder > 0 && ci.hiOrder <= n)
            return { op: '>=', n };
    }
    return { op: '>', n: limit };
}
/**
 * benchstat's footnote when the interval had to be clamped, e.g.
 * "need >= 6 samples for confidence interval at level 0.95"; null otherwise.
 */
function medianIntervalWarning(n, confidence) {
    const ci = medianInterval(n, confidence);
    if (ci.loOrder > 0 && ci.hiOrder <= n)
        return null;
    const { op, n: need } = samplesForMedianInterval(confidence);
    return `need ${op} ${need} samples for confidence interval at level ${confidence}`;
}
/**
 * The smallest two-sided p-value {@link mannWhitneyU} can return for sample
 * sizes n1 and n2, whatever the data. If it exceeds alpha, the comparison can
 * never be significant and the verdict must be `insufficient`, not `~`.
 *
 * The extreme is reached when the samples do not overlap at all. In the exact
 * regime that has probability 1/C(n1+n2, n1) per tail, so p = 2/C(n1+n2, n1)
 * (0.1 for 3 vs 3, 0.0286 for 4 vs 4: benchstat's uTestMinP table, which is
 * this for equal sizes). In the normal regime, ties inside each sample shrink
 * the tie-corrected variance and therefore the p-value, so both the untied
 * and the "each sample constant" configurations are evaluated and the smaller
 * is returned.
 */
function minimumPValue(n1, n2) {
    if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1) {
        throw new RangeError(`minimumPValue: sizes must be positive integers, got ${n1} and ${n2}`);
    }
    const separated = (1 / choose(n1 + n2, n1)) * 2;
    const candidates = [];
    // Distinct values, x entirely below y: U = 0.
    if (n1 <= EXACT_LIMIT && n2 <= EXACT_LIMIT)
        candidates.push(separated);
    else
        candidates.push(normalApproxPValue(n1, n2, 0, new Array(n1 + n2).fill(1)));
    // x constant, y a larger constant: tie vector [n1, n2], U = 0.
    if (n1 <= EXACT_TIES_LIMIT && n2 <= EXACT_TIES_LIMIT)
        candidates.push(separated);
    else
        candidates.push(normalApproxPValue(n1, n2, 0, [n1, n2]));
    return Math.min(...candidates);
}
/**
 * benchmath's "need >= N samples to detect a difference" threshold: the
 * smallest equal per-side size whose minimum p reaches alpha, searched over
 * 1..9 like benchmath's table (beyond that it says "> 9").
 */
function samplesForSignificance(alpha) {
    const limit = 9;
    for (let n = 1; n <= limit; n++) {
        if (minimumPValue(n, n) <= alpha)
            return { op: '>=', n };
    }
    return { op: '>', n: limit };
}
/**
 * benchstat's footnote when a non-significant result could not have been
 * significant with these sizes: emitted when p > alpha and *both* samples are
 * below {@link samplesForSignificance}. (For unequal sizes this is a
 * heuristic in benchstat; {@link minimumPValue} is the exact test.)
 */
function significanceWarning(n1, n2, p, alpha) {
    if (p <= alpha)
        return null;
    const { op, n } = samplesForSignificance(alpha);
    if (n1 < n && n2 < n)
        return `need ${op} ${n} samples to detect a difference at alpha level ${alpha}`;
    return null;
}

;// CONCATENATED MODULE: ./src/compare/stats/fdr.ts
/**
 * Benjamini–Hochberg false-discovery-rate adjustment.
 *
 * A job compares every benchmark × metric, easily hundreds of tests; at
 * alpha = 0.05 a few "significant" changes would appear by chance alone.
 * Controlling the false discovery rate (the expected share of false alarms
 * among the flagged comparisons) keeps the gate trustworthy without the power
 * loss of Bonferroni.
 *
 * Adjusted p-values (Benjamini & Hochberg 1995, step-up): sort the m p-values
 * ascending, p(1) ≤ … ≤ p(m); then
 *   q(i) = min over j ≥ i of  min(1, p(j) · m / j).
 * Taking the running minimum from the largest p downwards makes q monotone in
 * p, and "q ≤ alpha" is then equivalent to the BH procedure rejecting that
 * hypothesis at level alpha.
 *
 * Comparisons that have no p-value (exact comparisons, missing samples) are
 * passed through as null and do not count towards m — they are not tests.
 * p-values above 1 (benchstat's doubled tail can reach 4/3 with ties) are
 * accepted and, like every adjusted value, capped at 1.
 */
function benjaminiHochberg(ps) {
    const present = [];
    ps.forEach((p, index) => {
        if (p === null)
            return;
        if (Number.isNaN(p) || p < 0)
            throw new RangeError(`benjaminiHochberg: invalid p-value ${p} at index ${index}`);
        present.push({ index, p });
    });
    const out = ps.map(() => null);
    const m = present.length;
    if (m === 0)
        return out;
    // Stable sort keeps equal p-values in input order (their q are equal anyway).
    present.sort((a, b) => a.p - b.p);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const entry = present[rank - 1];
        // p·(m/rank) rather than (p·m)/rank: m/rank ≥ 1 exactly in floating
        // point, so the adjusted value can never round below the raw p.
        running = Math.min(running, entry.p * (m / rank));
        out[entry.index] = running;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compare/stats/index.ts
/**
 * Statistics for deciding regressions (PRODUCT.md §4): the Mann–Whitney U
 * test and median summaries as benchstat computes them, and the
 * Benjamini–Hochberg FDR adjustment. Pure functions, no I/O.
 */





;// CONCATENATED MODULE: ./src/compare/ref.ts
/** How a report refers to a benchmark: identity plus its declaration, when known. */
function benchmarkRef(b) {
    const r = { package: b.package, name: b.name, procs: b.procs };
    if (b.file)
        r.file = b.file;
    if (b.line !== undefined)
        r.line = b.line;
    return r;
}

;// CONCATENATED MODULE: ./src/compare/leaks.ts



const LEAK_METRIC = 'goroutines-leaked';
const UNIT = 'goroutines';
function leaks_siteKey(s) {
    return `${s.file}\u0000${s.function}`;
}
/** Leak series of a benchmark by key, merging sites of one function (their counts add up per sample). */
function leakSites(b) {
    const out = new Map();
    for (const s of b?.sites ?? []) {
        if (s.kind !== 'leak')
            continue;
        const k = leaks_siteKey(s);
        const prev = out.get(k);
        if (!prev) {
            out.set(k, { ...s, values: Object.fromEntries(Object.entries(s.values).map(([u, v]) => [u, [...v]])) });
        }
        else {
            for (const [unit, values] of Object.entries(s.values)) {
                const a = (prev.values[unit] ??= []);
                values.forEach((v, i) => (a[i] = (a[i] ?? 0) + v));
            }
        }
    }
    return out;
}
function stackLines(s) {
    return (s.stack ?? []).map((f) => `${f.function}\n    ${f.file}:${f.line}`).flatMap((x) => x.split('\n'));
}
function formatPerOp(x) {
    return x >= 10 ? x.toFixed(0) : x >= 0.1 ? x.toFixed(2) : x.toPrecision(2);
}
function median(xs) {
    return xs.length ? summarize(xs).median : 0;
}
const leakComparer = {
    kind: 'leak',
    compare(base, head, options) {
        const mode = options.metrics[LEAK_METRIC]?.mode ?? 'gate';
        const findings = [];
        if (mode === 'off')
            return { findings, warnings: [] };
        const baseByKey = new Map((base?.benchmarks ?? []).filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
        for (const h of head.benchmarks) {
            if (h.failure)
                continue;
            const b = baseByKey.get(benchmarkKey(h));
            const headSites = leakSites(h);
            const baseSites = leakSites(b);
            for (const [key, site] of headSites) {
                const y = site.values[UNIT] ?? [];
                const my = median(y);
                if (my <= 0)
                    continue; // leaked in a minority of runs at most: not a leak
                const old = baseSites.get(key);
                const x = old?.values[UNIT] ?? [];
                const mx = median(x);
                const finding = {
                    kind: 'leak',
                    change: 'new',
                    benchmark: benchmarkRef(h),
                    package: h.package,
                    function: site.function,
                    file: site.file,
                    line: site.line,
                    summary: '',
                    details: stackLines(site),
                    unit: UNIT,
                    base: base && b ? mx : null,
                    head: my,
                    gating: false,
                    warnings: [],
                };
                // Per op only with a fixed benchtime (Nx): with a duration the unprinted
                // sizing rounds leak too, and "1.6 per op" would mislead.
                const perOp = site.values['goroutines/op'];
                const fixed = /^\d+x$/.test(head.config.benchtime.trim());
                const perOpText = fixed && perOp && perOp.length ? `, ${formatPerOp(median(perOp))} per op` : '';
                const perRun = `${my} goroutine${my === 1 ? '' : 's'} still alive at exit (median of ${y.length} runs${perOpText})`;
                if (!base || !b) {
                    finding.summary = `${perRun}; no baseline to compare with`;
                }
                else if (mx <= 0) {
                    finding.summary = `new leak: ${perRun}, none in the baseline`;
                    finding.gating = mode === 'gate';
                }
                else {
                    // Both sides leak here: only a significant increase counts.
                    const decidable = minimumPValue(x.length, y.length) <= options.alpha;
                    const p = decidable ? Math.min(1, mannWhitneyU(x, y).p) : 1;
                    if (!(my > mx && p <= options.alpha))
                        continue;
                    finding.change = 'grown';
                    finding.summary = `leaks more: ${mx} → ${my} goroutines alive at exit (median, p=${p.toPrecision(2)})`;
                    finding.gating = mode === 'gate';
                }
                findings.push(finding);
            }
            if (!b)
                continue;
            for (const [key, site] of baseSites) {
                if (headSites.has(key) && median(headSites.get(key).values[UNIT] ?? []) > 0)
                    continue;
                const mx = median(site.values[UNIT] ?? []);
                if (mx <= 0)
                    continue;
                findings.push({
                    kind: 'leak',
                    change: 'removed',
                    benchmark: benchmarkRef(h),
                    package: h.package,
                    function: site.function,
                    file: site.file,
                    line: site.line,
                    summary: `fixed: the baseline left ${mx} goroutine${mx === 1 ? '' : 's'} alive here, this change none`,
                    details: stackLines(site),
                    unit: UNIT,
                    base: mx,
                    head: 0,
                    gating: false,
                    warnings: [],
                });
            }
        }
        return { findings, warnings: [] };
    },
};

;// CONCATENATED MODULE: ./src/pprof/compare.ts
/**
 * Which allocation sites grew between a baseline and a head, and the sentence
 * that explains an allocs/op or B/op regression with them.
 *
 * Opinions:
 * - A site is one source line in one function (`function`, `file`, `line`).
 *   Each side is a list of samples (one per benchmark process); a site missing
 *   from a sample allocated nothing there, so it counts as 0 for that sample.
 * - Line numbers move whenever code above them is edited. A line present only
 *   in the baseline and a line present only in the head of the same function
 *   are taken to be the same allocation when the function has equally many of
 *   both; they are paired in line order and reported at the head's line (with
 *   `baseLine`). Otherwise a moved line would read as "gone" plus "new".
 * - The effect is the change of medians. "Beyond noise" needs the change to
 *   pass an absolute floor (half an object per op, or some bytes per op) and a
 *   relative threshold, and the two sides' samples must not overlap (all head
 *   samples above all baseline samples for growth). With 6 samples per side,
 *   non-overlap alone has a chance of 1 in 462 under no change; with one sample
 *   per side only the floors apply.
 */

const keyOf = (s) => `${s.function}\u0000${s.file}\u0000${s.line}`;
const funcKeyOf = (s) => `${s.function}\u0000${s.file}`;
/** Per-site values across samples (0 where a sample lacks the site). */
function collect(samples) {
    const out = new Map();
    samples.forEach((sites, i) => {
        for (const s of sites) {
            const k = keyOf(s);
            let e = out.get(k);
            if (!e) {
                e = { site: s, objects: new Array(samples.length).fill(0), bytes: new Array(samples.length).fill(0) };
                out.set(k, e);
            }
            // Several entries for one key in one sample (callers may pass unmerged lists) add up.
            e.objects[i] += s.objectsPerOp;
            e.bytes[i] += s.bytesPerOp;
        }
    });
    return out;
}
function compareAllocationSites(base, head, options = {}) {
    const minObjects = options.minObjectsPerOp ?? 0.5;
    const minBytes = options.minBytesPerOp ?? 8;
    const relative = options.relative ?? 0.05;
    const b = collect(base);
    const h = collect(head);
    const zeros = (n) => new Array(n).fill(0);
    const series = [];
    const onlyBase = new Map();
    const onlyHead = new Map();
    for (const [k, e] of b) {
        const he = h.get(k);
        if (he) {
            series.push({
                function: e.site.function,
                file: e.site.file,
                line: e.site.line,
                base: { objectsPerOp: e.objects, bytesPerOp: e.bytes },
                head: { objectsPerOp: he.objects, bytesPerOp: he.bytes },
            });
        }
        else {
            const fk = funcKeyOf(e.site);
            onlyBase.set(fk, [...(onlyBase.get(fk) ?? []), k]);
        }
    }
    for (const [k, e] of h) {
        if (b.has(k))
            continue;
        const fk = funcKeyOf(e.site);
        onlyHead.set(fk, [...(onlyHead.get(fk) ?? []), k]);
    }
    const byLine = (m) => (x, y) => m.get(x).site.line - m.get(y).site.line;
    for (const [fk, bKeys] of onlyBase) {
        const hKeys = onlyHead.get(fk) ?? [];
        if (hKeys.length === bKeys.length) {
            bKeys.sort(byLine(b));
            hKeys.sort(byLine(h));
            bKeys.forEach((bk, i) => {
                const be = b.get(bk);
                const he = h.get(hKeys[i]);
                series.push({
                    function: he.site.function,
                    file: he.site.file,
                    line: he.site.line,
                    baseLine: be.site.line !== he.site.line ? be.site.line : undefined,
                    base: { objectsPerOp: be.objects, bytesPerOp: be.bytes },
                    head: { objectsPerOp: he.objects, bytesPerOp: he.bytes },
                });
            });
            onlyHead.delete(fk);
        }
        else {
            for (const bk of bKeys) {
                const be = b.get(bk);
                series.push({
                    function: be.site.function,
                    file: be.site.file,
                    line: be.site.line,
                    base: { objectsPerOp: be.objects, bytesPerOp: be.bytes },
                    head: { objectsPerOp: zeros(head.length), bytesPerOp: zeros(head.length) },
                });
            }
        }
    }
    for (const hKeys of onlyHead.values()) {
        for (const hk of hKeys) {
            const he = h.get(hk);
            series.push({
                function: he.site.function,
                file: he.site.file,
                line: he.site.line,
                base: { objectsPerOp: zeros(base.length), bytesPerOp: zeros(base.length) },
                head: { objectsPerOp: he.objects, bytesPerOp: he.bytes },
            });
        }
    }
    const out = [];
    for (const s of series) {
        const dObj = compare_median(s.head.objectsPerOp) - compare_median(s.base.objectsPerOp);
        const dBytes = compare_median(s.head.bytesPerOp) - compare_median(s.base.bytesPerOp);
        const objectsMoved = Math.abs(dObj) >= minObjects && Math.abs(dObj) >= relative * compare_median(s.base.objectsPerOp) && separated(s.base.objectsPerOp, s.head.objectsPerOp, dObj);
        const bytesMoved = Math.abs(dBytes) >= minBytes && Math.abs(dBytes) >= relative * compare_median(s.base.bytesPerOp) && separated(s.base.bytesPerOp, s.head.bytesPerOp, dBytes);
        if (!objectsMoved && !bytesMoved)
            continue;
        const baseEmpty = Math.max(...s.base.bytesPerOp, ...s.base.objectsPerOp, 0) === 0;
        const headEmpty = Math.max(...s.head.bytesPerOp, ...s.head.objectsPerOp, 0) === 0;
        const direction = bytesMoved ? dBytes : dObj;
        const kind = baseEmpty ? 'new' : headEmpty ? 'gone' : direction > 0 ? 'grown' : 'shrunk';
        out.push({ ...s, deltaObjectsPerOp: dObj, deltaBytesPerOp: dBytes, kind });
    }
    // Growth first (what explains a regression), largest byte change first, then objects.
    const growth = (g) => (g.kind === 'new' || g.kind === 'grown' ? 0 : 1);
    return out.sort((x, y) => growth(x) - growth(y) ||
        Math.abs(y.deltaBytesPerOp) - Math.abs(x.deltaBytesPerOp) ||
        Math.abs(y.deltaObjectsPerOp) - Math.abs(x.deltaObjectsPerOp) ||
        keyOf(x).localeCompare(keyOf(y)));
}
function compare_median(xs) {
    if (xs.length === 0)
        return 0;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Every head sample beyond every baseline sample, in the direction of the change. */
function separated(base, head, delta) {
    if (base.length === 0 || head.length === 0)
        return true;
    return delta > 0 ? Math.min(...head) > Math.max(...base) : Math.max(...head) < Math.min(...base);
}
const MAX_SITES_IN_SENTENCE = 3;
/**
 * One sentence explaining a change of allocs/op or B/op by the sites that moved
 * the same way, largest first, e.g.
 * `allocs/op 0 → 1: new allocation at codec/codec.go:16 in (*Encoder).Encode, 1.0 objects/op, 8 B/op`.
 */
function explainAllocationChange(metric, baseValue, headValue, growth) {
    const label = metric === 'allocs' ? 'allocs/op' : 'B/op';
    const head = `${label} ${fmtNumber(baseValue)} → ${fmtNumber(headValue)}`;
    const sign = Math.sign(headValue - baseValue);
    const delta = (g) => (metric === 'allocs' ? g.deltaObjectsPerOp : g.deltaBytesPerOp);
    const relevant = growth
        .filter((g) => (sign === 0 ? delta(g) !== 0 : Math.sign(delta(g)) === sign))
        .sort((x, y) => Math.abs(delta(y)) - Math.abs(delta(x)));
    if (relevant.length === 0) {
        return `${head}: no allocation site changed beyond noise (a sampled profile misses small sites; -test.memprofilerate=1 records every allocation)`;
    }
    const parts = relevant.slice(0, MAX_SITES_IN_SENTENCE).map(describeSite);
    const more = relevant.length - MAX_SITES_IN_SENTENCE;
    return `${head}: ${parts.join('; ')}${more > 0 ? `; and ${more} more site${more === 1 ? '' : 's'}` : ''}`;
}
function describeSite(g) {
    const where = `${g.file}:${g.line} in ${displayName(g)}`;
    const hObj = compare_median(g.head.objectsPerOp);
    const hBytes = compare_median(g.head.bytesPerOp);
    const bObj = compare_median(g.base.objectsPerOp);
    const bBytes = compare_median(g.base.bytesPerOp);
    const moved = g.baseLine !== undefined ? ` (was line ${g.baseLine})` : '';
    switch (g.kind) {
        case 'new':
            return `new allocation at ${where}, ${fmtObjects(hObj)} objects/op, ${fmtBytes(hBytes)} B/op`;
        case 'gone':
            return `allocation removed at ${where}, was ${fmtObjects(bObj)} objects/op, ${fmtBytes(bBytes)} B/op`;
        case 'grown':
        case 'shrunk':
            return (`allocation ${g.kind === 'grown' ? 'grew' : 'shrank'} at ${where}${moved}, ` +
                `${fmtObjects(bObj)} → ${fmtObjects(hObj)} objects/op, ${fmtBytes(bBytes)} → ${fmtBytes(hBytes)} B/op`);
    }
}
/** Module code (repo-relative file) is named without its package path; other code keeps its full name. */
function displayName(g) {
    return g.file && !g.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(g.file) ? withoutPackage(g.function) : g.function;
}
function fmtObjects(v) {
    return v >= 100 ? String(Math.round(v)) : v.toFixed(1);
}
/** Whole bytes like Go's B/op, except below one byte per op where a fraction is the information. */
function fmtBytes(v) {
    return Math.abs(v) >= 1 || v === 0 ? String(Math.round(v)) : v.toFixed(1);
}
function fmtNumber(v) {
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}

;// CONCATENATED MODULE: ./src/compare/allocations.ts




/** SiteSeries (aligned per sample) back to per-sample site lists. */
function perSample(b) {
    const series = (b?.sites ?? []).filter((s) => s.kind === 'allocation');
    // A benchmark that allocates nothing has profiles but no sites: its samples still count (as zeros).
    const profiled = (b?.samples ?? []).filter((s) => s.artifacts.memprofile).length;
    const n = Math.max(profiled, ...series.map((s) => (s.values['B/op'] ?? []).length));
    const out = Array.from({ length: n }, () => []);
    for (const s of series) {
        for (let i = 0; i < n; i++) {
            const objectsPerOp = s.values['objects/op']?.[i] ?? 0;
            const bytesPerOp = s.values['B/op']?.[i] ?? 0;
            if (objectsPerOp === 0 && bytesPerOp === 0)
                continue;
            out[i].push({ function: s.function, file: s.file, line: s.line, objectsPerOp, bytesPerOp, objects: 0, bytes: 0 });
        }
    }
    return out;
}
function growthOf(base, head) {
    const x = perSample(base);
    const y = perSample(head);
    if (x.length === 0 || y.length === 0)
        return [];
    return compareAllocationSites(x, y);
}
const med = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function fmt(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
function finding(b, g) {
    const bo = med(g.base.objectsPerOp);
    const ho = med(g.head.objectsPerOp);
    const bb = med(g.base.bytesPerOp);
    const hb = med(g.head.bytesPerOp);
    const change = g.kind === 'gone' ? 'removed' : g.kind;
    const sign = (d) => (d > 0 ? '+' : '');
    return {
        kind: 'allocation',
        change,
        benchmark: benchmarkRef(b),
        package: b.package,
        function: withoutPackage(g.function),
        file: g.file,
        line: g.line,
        summary: `${fmt(bo)} → ${fmt(ho)} objects/op (${sign(g.deltaObjectsPerOp)}${fmt(g.deltaObjectsPerOp)}), ` +
            `${fmt(bb)} → ${fmt(hb)} B/op (${sign(g.deltaBytesPerOp)}${fmt(g.deltaBytesPerOp)})` +
            (g.baseLine !== undefined ? `; was line ${g.baseLine}` : ''),
        details: [],
        unit: 'B/op',
        base: bb,
        head: hb,
        gating: false,
        warnings: [],
    };
}
const allocationComparer = {
    kind: 'allocation',
    compare(base, head) {
        const findings = [];
        if (!base)
            return { findings, warnings: [] };
        const baseByKey = new Map(base.benchmarks.filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
        for (const h of head.benchmarks) {
            if (h.failure)
                continue;
            for (const g of growthOf(baseByKey.get(benchmarkKey(h)), h))
                findings.push(finding(h, g));
        }
        return { findings, warnings: [] };
    },
    explain(c, base, head) {
        if ((c.metric !== 'allocs' && c.metric !== 'bytes') || !c.base || !c.head)
            return undefined;
        if (c.verdict !== 'regression' && c.verdict !== 'improvement')
            return undefined;
        if (!(head.sites ?? []).some((s) => s.kind === 'allocation'))
            return undefined;
        return explainAllocationChange(c.metric, c.base.median, c.head.median, growthOf(base, head));
    },
};

;// CONCATENATED MODULE: ./src/compare/escapes.ts

const KIND_TEXT = {
    'moved-to-heap': 'moved to heap',
    'escapes-to-heap': 'escapes to heap',
    'leaking-param': 'leaking parameter',
};
function escapes_finding(s, change, gating, warnings) {
    const what = `${s.subject} ${KIND_TEXT[s.kind] ?? s.kind}`;
    const f = {
        kind: 'escape',
        change,
        package: s.package,
        function: s.function,
        file: s.file,
        line: s.line,
        summary: change === 'new' ? (s.ignored !== undefined ? `${what} (accepted: ${s.ignored})` : what) : `no longer: ${what}`,
        details: s.explanation,
        gating,
        warnings,
    };
    if (s.column)
        f.column = s.column;
    return f;
}
const escapeComparer = {
    kind: 'escape',
    compare(base, head, options) {
        const mode = options.metrics.escapes?.mode ?? 'gate';
        const findings = [];
        const warnings = [];
        if (mode === 'off')
            return { findings, warnings };
        if (!head.escapes) {
            if (head.escapesUnavailable)
                warnings.push(`Escape analysis unavailable: ${head.escapesUnavailable}`);
            return { findings, warnings };
        }
        if (!base)
            return { findings, warnings };
        if (!base.escapes) {
            warnings.push('The baseline has no escape analysis (recorded before it existed, or with it off): new escape sites cannot be found this time.');
            return { findings, warnings };
        }
        // Only the packages analysed on both sides are comparable: a package new
        // in this change has no baseline to escape from.
        const common = new Set(base.escapes.packages.filter((p) => head.escapes.packages.includes(p)));
        const diff = diffEscapes(base.escapes.sites.filter((s) => common.has(s.package)), head.escapes.sites.filter((s) => common.has(s.package)), {
            maxNewEscapes: options.maxNewEscapes,
            baseGoVersion: base.escapes.goVersion,
            headGoVersion: head.escapes.goVersion,
            headCompileErrors: head.escapes.compileErrors,
        });
        warnings.push(...diff.warnings);
        const sensitive = diff.toolchainSensitive
            ? [`toolchain-sensitive: the baseline was compiled by ${base.escapes.goVersion}, this change by ${head.escapes.goVersion}`]
            : [];
        for (const s of diff.new) {
            if (s.kind === 'leaking-param')
                continue; // not an allocation; reported by the compiler, not gated
            const gating = mode === 'gate' && diff.failing && isHeapAllocation(s.kind) && s.ignored === undefined;
            findings.push(escapes_finding(s, 'new', gating, sensitive));
        }
        for (const s of diff.removed) {
            if (s.kind === 'leaking-param')
                continue;
            findings.push(escapes_finding(s, 'removed', false, []));
        }
        return { findings, warnings };
    },
};

;// CONCATENATED MODULE: ./src/compare/sites.ts



const comparers = [escapeComparer, leakComparer, allocationComparer];
function siteComparers() {
    return comparers;
}

;// CONCATENATED MODULE: ./src/compare/compare.ts






const DEFAULT_COMPARE_OPTIONS = {
    name: 'go-runtime-gate',
    alpha: 0.05,
    fdr: true,
    metrics: {},
    failOnBenchmarkFailure: true,
    baselineSource: 'none',
    maxNewEscapes: 0,
};
/**
 * The value held by more than half of the samples, if any. Count metrics
 * (allocs/op, B/op) are integers that are identical in almost every process;
 * the exceptions come from the testing harness allocating a few KB during a
 * run, which only ever *adds* and shows up as a lone higher sample. A strict
 * majority value is then the metric's true value (and equals the median).
 */
function majorityValue(xs) {
    const counts = new Map();
    for (const x of xs)
        counts.set(x, (counts.get(x) ?? 0) + 1);
    for (const [v, n] of counts)
        if (n * 2 > xs.length)
            return v;
    return undefined;
}
function finite(xs) {
    return (xs ?? []).filter((x) => Number.isFinite(x));
}
/** Metric ids present in either benchmark, in registry order, custom units last. */
function metricIds(a, b) {
    const present = new Set([...Object.keys(a?.metrics ?? {}), ...Object.keys(b.metrics), ...Object.keys(b.unavailable)]);
    const ordered = builtinMetrics()
        .map((m) => m.id)
        .filter((id) => present.has(id));
    const rest = [...present].filter((id) => !ordered.includes(id)).sort();
    return [...ordered, ...rest];
}
function settingsFor(def, opts) {
    const o = opts.metrics[def.id] ?? {};
    return {
        mode: o.mode ?? def.defaultMode,
        threshold: o.threshold ?? def.defaultThreshold,
        floor: o.floor ?? def.defaultFloor,
    };
}
function relativeDelta(base, head) {
    if (base === 0)
        return head === 0 ? 0 : null;
    return head / base - 1;
}
/** True when the change from base to head is in the worse direction for this metric. */
function isWorse(def, base, head) {
    return def.lowerIsBetter ? head > base : head < base;
}
/** Does the change exceed both the relative threshold and the absolute floor? */
function exceeds(c) {
    const abs = Math.abs(c.absoluteDelta ?? 0);
    if (abs === 0)
        return false;
    if (abs <= c.floor && c.floor > 0)
        return false;
    if (c.delta === null)
        return true; // from exactly 0 to something: any threshold is exceeded
    // 11/10 - 1 is 0.10000000000000009 in binary floating point: a change of
    // exactly the threshold must not count as exceeding it.
    return Math.abs(c.delta) > c.threshold + 1e-9;
}
function directional(def, c) {
    const worse = isWorse(def, c.base.median, c.head.median);
    return worse ? 'regression' : 'improvement';
}
function compareOne(def, benchmark, base, head, opts) {
    const s = settingsFor(def, opts);
    if (s.mode === 'off')
        return null;
    const x = finite(base?.metrics[def.id]);
    const y = finite(head.metrics[def.id]);
    const c = {
        benchmark,
        metric: def.id,
        unit: def.unit,
        label: def.label,
        lowerIsBetter: def.lowerIsBetter,
        mode: s.mode,
        base: x.length ? summarize(x) : null,
        head: y.length ? summarize(y) : null,
        delta: null,
        absoluteDelta: null,
        p: null,
        pAdjusted: null,
        test: 'none',
        threshold: s.threshold,
        floor: s.floor,
        verdict: 'insufficient',
        gating: false,
        reason: '',
        warnings: [],
    };
    const unavailable = head.unavailable[def.id] ?? base?.unavailable[def.id];
    if (!c.head) {
        c.reason = unavailable ? `unavailable: ${unavailable}` : 'no samples in head';
        return c;
    }
    if (!base) {
        c.reason = 'no baseline';
        return c;
    }
    if (!c.base) {
        c.reason = base.unavailable[def.id] ? `unavailable in baseline: ${base.unavailable[def.id]}` : 'no samples in baseline';
        return c;
    }
    c.delta = relativeDelta(c.base.median, c.head.median);
    c.absoluteDelta = c.head.median - c.base.median;
    const mx = majorityValue(x);
    const my = majorityValue(y);
    const exact = def.kind === 'deterministic' || (def.kind === 'count' && mx !== undefined && my !== undefined && x.length >= 2 && y.length >= 2);
    if (exact) {
        c.test = 'exact';
        const all = x.every((v) => v === x[0]) && y.every((v) => v === y[0]);
        if (c.absoluteDelta === 0) {
            c.verdict = 'unchanged';
            c.reason = all ? 'identical in every sample' : 'the same value in most samples on both sides';
        }
        else if (exceeds(c)) {
            c.verdict = directional(def, c);
            c.reason = all
                ? `constant in every sample on both sides (${x.length} base, ${y.length} head)`
                : `${mx} in most base samples, ${my} in most head samples`;
        }
        else {
            c.verdict = 'unchanged';
            c.reason = 'changed, but within the threshold';
        }
        return c;
    }
    const minP = minimumPValue(x.length, y.length);
    // benchstat calls p == alpha significant (it prints `~` only when p > alpha).
    if (minP > opts.alpha) {
        c.reason = `n=${x.length} vs ${y.length} can never reach p≤${opts.alpha} (smallest possible p=${minP.toPrecision(2)}); raise count`;
        return c;
    }
    c.test = 'mann-whitney';
    // With ties, doubling the smaller tail (benchstat's rule, kept for parity in
    // stats/) can exceed 1; a probability above 1 means nothing to a reader.
    c.p = Math.min(1, mannWhitneyU(x, y).p);
    return c;
}
/** Decides a Mann–Whitney comparison once its adjusted p is known. */
function decide(p, alpha) {
    const { c, def } = p;
    if (c.test !== 'mann-whitney' || c.pAdjusted === null)
        return;
    if (!(c.pAdjusted <= alpha)) {
        c.verdict = 'unchanged';
        c.reason = `not significant (p=${c.pAdjusted.toPrecision(3)} > ${alpha})`;
    }
    else if (!exceeds(c)) {
        c.verdict = 'unchanged';
        c.reason = `significant but within the threshold (${(c.threshold * 100).toFixed(1)}%${c.floor ? `, floor ${c.floor} ${c.unit}` : ''})`;
    }
    else {
        c.verdict = directional(def, c);
        c.reason = `significant (p=${c.pAdjusted.toPrecision(3)} ≤ ${alpha}) and beyond the threshold`;
    }
}
function failuresOf(r, side) {
    const out = [];
    for (const pf of r.packageFailures) {
        const f = { package: pf.package, name: '', kind: 'build', message: pf.message, output: pf.output, side };
        if (pf.diagnostics?.length)
            f.diagnostics = pf.diagnostics;
        out.push(f);
    }
    for (const b of r.benchmarks) {
        if (b.failure) {
            out.push({ package: b.package, name: b.name, kind: b.failure.kind, message: b.failure.message, output: b.failure.output, side });
        }
    }
    return out;
}
function environmentWarnings(base, head) {
    const w = [];
    const a = base.environment;
    const b = head.environment;
    if (a.goVersion !== b.goVersion)
        w.push(`Go version differs: baseline ${a.goVersion}, head ${b.goVersion}.`);
    if (a.goos !== b.goos || a.goarch !== b.goarch)
        w.push(`Platform differs: baseline ${a.goos}/${a.goarch}, head ${b.goos}/${b.goarch}.`);
    if (a.cpu !== b.cpu)
        w.push(`CPU differs: baseline "${a.cpu || 'unknown'}", head "${b.cpu || 'unknown'}"; time/op is not comparable.`);
    if (a.gomaxprocs !== b.gomaxprocs)
        w.push(`GOMAXPROCS differs: baseline ${a.gomaxprocs}, head ${b.gomaxprocs}.`);
    if (a.configHash !== b.configHash)
        w.push('Measurement settings differ from the baseline’s (config hash); results may not be comparable.');
    return w;
}
/**
 * Compares head against base (null: no baseline, head values are still shown).
 * Pure: same inputs, same Report.
 */
function compareRuns(base, head, options = {}) {
    const opts = { ...DEFAULT_COMPARE_OPTIONS, ...options };
    const baseByKey = new Map((base?.benchmarks ?? []).filter((b) => !b.failure).map((b) => [benchmarkKey(b), b]));
    const headKeys = new Set(head.benchmarks.map((b) => benchmarkKey(b)));
    const pending = [];
    const added = [];
    for (const h of head.benchmarks) {
        if (h.failure)
            continue;
        const b = baseByKey.get(benchmarkKey(h));
        if (base && !b)
            added.push(benchmarkRef(h));
        for (const id of metricIds(b, h)) {
            const def = metricById(id);
            if (!def)
                continue;
            const c = compareOne(def, benchmarkRef(h), b, h, opts);
            if (c)
                pending.push({ c, def });
        }
    }
    const removed = (base?.benchmarks ?? []).filter((b) => !b.failure && !headKeys.has(benchmarkKey(b))).map(benchmarkRef);
    const adjusted = opts.fdr ? benjaminiHochberg(pending.map((p) => p.c.p)) : pending.map((p) => p.c.p);
    pending.forEach((p, i) => {
        p.c.pAdjusted = adjusted[i];
        decide(p, opts.alpha);
        p.c.gating = p.c.mode === 'gate' && p.c.verdict === 'regression';
    });
    const comparisons = pending.map((p) => p.c);
    // Only head failures matter: a baseline that failed somewhere is simply not compared there.
    const failures = failuresOf(head, 'head');
    const counts = {
        regressions: comparisons.filter((c) => c.verdict === 'regression').length,
        improvements: comparisons.filter((c) => c.verdict === 'improvement').length,
        unchanged: comparisons.filter((c) => c.verdict === 'unchanged').length,
        insufficient: comparisons.filter((c) => c.verdict === 'insufficient').length,
        failures: failures.length,
    };
    const sites = [];
    const siteWarnings = [];
    for (const comparer of siteComparers()) {
        const out = comparer.compare(base, head, { alpha: opts.alpha, metrics: opts.metrics, maxNewEscapes: opts.maxNewEscapes });
        sites.push(...out.findings);
        siteWarnings.push(...out.warnings);
    }
    const gatingSites = sites.filter((s) => s.gating);
    const headByKey = new Map(head.benchmarks.map((b) => [benchmarkKey(b), b]));
    for (const c of comparisons) {
        const h = headByKey.get(benchmarkKey(c.benchmark));
        if (!h)
            continue;
        for (const comparer of siteComparers()) {
            const text = comparer.explain?.(c, baseByKey.get(benchmarkKey(c.benchmark)), h);
            if (text)
                c.explanation = text;
        }
    }
    const gated = comparisons.filter((c) => c.gating).length;
    const failing = opts.failOnBenchmarkFailure && failures.length > 0;
    let verdict;
    let headline;
    const failText = failures.length ? `${failures.length} benchmark failure${failures.length === 1 ? '' : 's'}` : '';
    if (!base) {
        verdict = failing ? 'fail' : 'no-baseline';
        headline = failing
            ? `No baseline to compare against, and ${failText}.`
            : 'No baseline to compare against yet: results below are the measured values only. A run on the default branch records one.';
    }
    else if (gated > 0 || failing || gatingSites.length > 0) {
        verdict = 'fail';
        const parts = [];
        if (gated > 0)
            parts.push(`${gated} gated regression${gated === 1 ? '' : 's'}`);
        for (const [kind, noun] of [
            ['leak', 'new goroutine-leak site'],
            ['escape', 'new heap-escape site'],
            ['allocation', 'allocation site'],
        ]) {
            const n = gatingSites.filter((s) => s.kind === kind).length;
            if (n > 0)
                parts.push(`${n} ${noun}${n === 1 ? '' : 's'}`);
        }
        if (failing)
            parts.push(failText);
        headline = `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]}.`;
    }
    else {
        verdict = 'pass';
        const extra = counts.regressions > 0 ? ` (${counts.regressions} report-only regression${counts.regressions === 1 ? '' : 's'})` : '';
        headline = `No gated regressions${extra}.`;
    }
    const warnings = [...head.warnings, ...siteWarnings];
    if (base)
        warnings.push(...environmentWarnings(base, head));
    const insufficientGated = comparisons.filter((c) => c.verdict === 'insufficient' && c.mode === 'gate' && c.base && c.head).length;
    if (insufficientGated > 0) {
        warnings.push(`${insufficientGated} gated comparison${insufficientGated === 1 ? '' : 's'} had too few samples to decide; raise \`count\`.`);
    }
    return {
        schema: REPORT_SCHEMA,
        version: REPORT_VERSION,
        name: opts.name,
        baselineSource: base ? opts.baselineSource : 'none',
        verdict,
        headline,
        head: { environment: head.environment, createdAt: head.createdAt, config: head.config },
        baseline: base ? { environment: base.environment, createdAt: base.createdAt, config: base.config } : null,
        settings: { alpha: opts.alpha, fdr: opts.fdr, failOnBenchmarkFailure: opts.failOnBenchmarkFailure },
        comparisons,
        failures,
        added,
        removed,
        warnings,
        counts,
        sites,
    };
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Making untrusted text safe to show.
 *
 * Benchmark names, package paths, custom units, failure messages and process
 * output all come from the code under test, and on a pull request that code
 * is the contributor's. A report that renders it raw can be made to ping
 * people, link issues, inject HTML, break a table or close a code fence. So
 * every piece of user text goes through one of these functions on its way
 * into a report, and each function is written for one context:
 *
 * - `escapeMarkdown`: one line of text inside GitHub-flavoured Markdown prose,
 *   a table cell, or an HTML element such as `<summary>`. It uses numeric HTML
 *   entities rather than backslash escapes because entities mean the same
 *   thing in all three places, whereas a backslash is shown literally inside
 *   an HTML block.
 * - `codeSpan`: inline code (outside tables) that cannot be ended early.
 * - `fencedCodeBlock`: multi-line output in a block no content can close.
 * - `escapeHtml`: text for HTML attributes and elements.
 * - `sanitizeText`: the common base for every renderer, including the
 *   terminal: it removes what no reader should ever receive (control
 *   characters, ANSI escape sequences, bidirectional overrides).
 */
/**
 * ANSI CSI / OSC sequences (7-bit with ESC, and the 8-bit C1 CSI), removed
 * whole before single control characters, so that removing ESC leaves no
 * `[31m` residue.
 */
const ANSI_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
/**
 * C0 controls except tab and line feed, DEL, and C1 controls. Carriage returns
 * are handled separately (they are line breaks, not noise).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Bidirectional embeddings, overrides and isolates can make a name display as
 * something other than what it is ("Trojan Source"). They are replaced by a
 * visible U+FFFD rather than deleted so that the tampering stays noticeable.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Removes control characters, ANSI escape sequences and bidirectional
 * overrides, and normalises line breaks to `\n`. Tabs become single spaces
 * unless `keepTabs` is set (process output keeps its indentation).
 */
function sanitizeText(text, options = {}) {
    let out = String(text).replace(ANSI_SEQUENCE, '').replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(BIDI, '\ufffd');
    if (!options.keepTabs)
        out = out.replace(/\t/g, ' ');
    return out;
}
/** Sanitised and on one line: every line break becomes a space. */
function singleLine(text) {
    return sanitizeText(text).replace(/\n/g, ' ');
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Escapes the five characters that are special in HTML text and attribute values. */
function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * A zero-width space (as an entity, so it survives copy into any context).
 * GitHub resolves `@user` mentions and `#123` references on the rendered
 * text, after entities are decoded, so escaping the `@` or `#` alone would
 * not stop the notification; breaking the token with an invisible character
 * does. This is the technique Renovate uses in release notes it quotes.
 */
const ZWSP = '&#8203;';
/**
 * Characters that GitHub-flavoured Markdown gives a meaning somewhere inline:
 * `\` (escapes), `` ` `` (code), `* _ ~` (emphasis, strikethrough), `[ ] !`
 * (links, images, footnotes; parentheses need no escape once `[` has one),
 * `< > &` (HTML, autolinks, entities), `|` (table cells), `#` (headings,
 * references), `$` (GitHub's math), `:` (emoji shortcodes and `https://`
 * autolinks), `"` and `'` (so the result is also a safe HTML attribute
 * value), and `@` (mentions).
 */
const MARKDOWN_SPECIAL = /[\\`*_~[\]!<>&|#$:"'@]/g;
/**
 * Escapes one line of untrusted text for GitHub Markdown: prose, table cells
 * and `<summary>`. Every special character becomes its numeric entity, which
 * renders as the character itself everywhere. Line breaks become spaces (a
 * newline would end a table row), and mentions and issue references cannot
 * notify or link.
 */
function escapeMarkdown(text) {
    return singleLine(text).replace(MARKDOWN_SPECIAL, (c, offset, whole) => {
        const next = whole.charAt(offset + 1);
        if (c === '@')
            return /[\p{L}\p{N}_-]/u.test(next) ? `@${ZWSP}` : '@';
        // A colon only matters before `//` (autolinks) or a shortcode name
        // (`:tada:`); "panic: runtime error" stays readable in the source.
        if (c === ':' && !/[\/\w+-]/.test(next))
            return ':';
        const entity = `&#${c.charCodeAt(0)};`;
        if (c === '#' && /[\p{L}\p{N}]/u.test(next))
            return entity + ZWSP;
        return entity;
    });
}
/** Length of the longest run of `char` in `text`. */
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        if (c === char) {
            current += 1;
            if (current > longest)
                longest = current;
        }
        else {
            current = 0;
        }
    }
    return longest;
}
/**
 * Wraps text in inline code that its own backticks cannot close: the
 * delimiter is one backtick longer than the longest run inside, and a space
 * pads the content when it starts or ends with a backtick (CommonMark strips
 * exactly one such space on each side). Not for table cells: GFM splits cells
 * on `|` even inside code, so use `escapeMarkdown` there.
 */
function codeSpan(text) {
    const content = singleLine(text);
    if (content === '')
        return '` `';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block that its content cannot close: the fence is made of
 * backticks and is longer than any backtick run in the content (a run at
 * least as long as the fence at the start of a line would end the block).
 * Tilde lines inside cannot close a backtick fence. Tabs are kept.
 */
function fencedCodeBlock(text, info = 'text') {
    const content = sanitizeText(text, { keepTabs: true }).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    return `${fence}${info}\n${content}\n${fence}`;
}
/**
 * A hidden HTML comment that a later run finds again to update the same PR
 * comment. The marker text cannot end the comment early (`--` is not allowed
 * inside an HTML comment and `>` could close it), so those are replaced; the
 * publisher must look for exactly the string this returns.
 */
function hiddenMarker(marker) {
    const safe = singleLine(marker).replace(/-{2,}/g, (run) => run.split('').join(' ')).replace(/[<>]/g, '_');
    return `<!-- ${safe} -->`;
}
/**
 * Shortens text to at most `max` characters (UTF-16 units, the measure the
 * length budget uses) by cutting out its middle: benchmark names differ most
 * at the start (function) and the end (sub-benchmark parameters). Surrogate
 * pairs are never split.
 */
function ellipsizeMiddle(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return '…'.slice(0, Math.max(0, max));
    const keep = max - 1;
    const headLen = Math.ceil(keep / 2);
    const tailLen = keep - headLen;
    return safeSlice(text, 0, headLen) + '…' + safeSliceEnd(text, tailLen);
}
/** Shortens text to at most `max` characters by cutting its end. */
function ellipsizeEnd(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return '…'.slice(0, Math.max(0, max));
    return safeSlice(text, 0, max - 1) + '…';
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function safeSlice(text, start, length) {
    let end = start + length;
    if (end > start && isHighSurrogate(text.charCodeAt(end - 1)))
        end -= 1;
    return text.slice(start, end);
}
function safeSliceEnd(text, length) {
    if (length <= 0)
        return '';
    let start = text.length - length;
    if (start > 0 && start < text.length && isHighSurrogate(text.charCodeAt(start - 1)))
        start += 1;
    return text.slice(start);
}
/**
 * The longest escaped form of a prefix of `raw` that fits in `max`
 * characters, with `…` marking the cut. Escaping expands text unpredictably
 * (one `|` becomes five characters), so the cut is found on the raw text by
 * binary search; cutting escaped text could split an entity.
 */
function fitEscaped(raw, max, escape) {
    const full = escape(raw);
    if (full.length <= max)
        return full;
    if (max <= 0)
        return '';
    let lo = 0;
    let hi = raw.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (escape(safeSlice(raw, 0, mid)).length + 1 <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo === 0 ? (max >= 1 ? '…' : '') : escape(safeSlice(raw, 0, lo)) + '…';
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** Shown wherever a value does not exist (no baseline, not measured). */
const MISSING = '—';
/**
 * Three significant digits without exponent notation for the magnitudes
 * reports show, and without the trailing zeros `toPrecision` would keep only
 * when `trim` asks for it (byte and time values keep them, like benchstat,
 * so that columns line up: `1.50KiB`, `2.00µs`).
 */
function significant(value, digits, trim) {
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    let text;
    if (abs >= 10 ** digits) {
        text = Math.round(value).toString();
    }
    else if (abs < 1e-6) {
        text = value.toExponential(digits - 1);
    }
    else {
        text = value.toPrecision(digits);
        if (/e/.test(text))
            text = Number(text).toString();
    }
    if (trim && text.includes('.') && !text.includes('e'))
        text = text.replace(/0+$/, '').replace(/\.$/, '');
    return text;
}
function nonFinite(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '∞';
    if (value === -Infinity)
        return '-∞';
    return undefined;
}
const TIME_STEPS = [
    [1e9, 's'],
    [1e6, 'ms'],
    [1e3, 'µs'],
    [1, 'ns'],
];
/** A duration given in nanoseconds: `456ns`, `1.23µs`, `12.3ms`, `1.50s`. */
function formatNanoseconds(ns) {
    const special = nonFinite(ns);
    if (special !== undefined)
        return special;
    if (ns === 0)
        return '0ns';
    const abs = Math.abs(ns);
    for (const [scale, suffix] of TIME_STEPS) {
        if (abs >= scale) {
            // 999.6µs would print as "1000µs"; promote it to the next unit instead.
            const scaled = ns / scale;
            const text = significant(scaled, 3, false);
            if (Math.abs(Number(text)) >= 1000 && scale < 1e9) {
                const up = TIME_STEPS[TIME_STEPS.findIndex(([s]) => s === scale) - 1];
                if (up)
                    return significant(ns / up[0], 3, false) + up[1];
            }
            return text + suffix;
        }
    }
    // Below one nanosecond (trivial benchmarks report e.g. 0.2500 ns/op).
    return significant(ns, 3, false) + 'ns';
}
const BYTE_STEPS = [
    [1024 ** 4, 'TiB'],
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
];
/**
 * A byte count: exact below 1 KiB (`64 B`, `64.5 B` for a median between two
 * samples), because small allocations are where one extra object shows;
 * binary prefixes above (`1.50KiB`), as Go's runtime and pprof print them.
 */
function formatBytes(bytes) {
    const special = nonFinite(bytes);
    if (special !== undefined)
        return special + ' B';
    const abs = Math.abs(bytes);
    for (const [scale, suffix] of BYTE_STEPS) {
        if (abs >= scale) {
            const text = significant(bytes / scale, 3, false);
            // Four integer digits ("1020KiB") read worse than the next prefix ("0.996MiB").
            if (Math.abs(Number(text)) >= 1000 && scale < 1024 ** 4) {
                const up = BYTE_STEPS[BYTE_STEPS.findIndex(([s]) => s === scale) - 1];
                if (up)
                    return significant(bytes / up[0], 3, false) + up[1];
            }
            return text + suffix;
        }
    }
    return `${formatPlain(bytes)} B`;
}
/**
 * A count such as allocs/op or goroutines: integers exactly (`12`, `1204`),
 * fractions (a median of an even number of samples, or allocations averaged
 * over b.N) with at most three significant digits, large counts with SI
 * prefixes.
 */
function formatCount(count) {
    const special = nonFinite(count);
    if (special !== undefined)
        return special;
    if (Number.isInteger(count) && Math.abs(count) < 1e6)
        return count.toString();
    if (Math.abs(count) >= 1e6)
        return siScaled(count, 3);
    return significant(count, 3, true);
}
const SI_STEPS = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
];
function siScaled(value, digits) {
    const abs = Math.abs(value);
    for (const [scale, suffix] of SI_STEPS) {
        if (abs >= scale)
            return significant(value / scale, digits, true) + suffix;
    }
    return significant(value, digits, true);
}
/** A number with no unit knowledge: exact integers below 10 000, else 4 significant digits or SI prefixes. */
function formatPlain(value) {
    const special = nonFinite(value);
    if (special !== undefined)
        return special;
    if (Number.isInteger(value) && Math.abs(value) < 1e4)
        return value.toString();
    if (Math.abs(value) >= 1e4)
        return siScaled(value, 4);
    return significant(value, 4, true);
}
/** Splits `ns/op` into `ns` and `op`; `B` into `B` and ''. */
function splitUnit(unit) {
    const slash = unit.indexOf('/');
    if (slash < 0)
        return { base: unit, per: '' };
    return { base: unit.slice(0, slash), per: unit.slice(slash + 1) };
}
/**
 * A value in its unit, human-scaled. `/op` is dropped because every
 * benchmark value is per operation and the metric column already says so;
 * any other denominator is kept (`1.23µs/frame`).
 *
 * - time (`ns`, `ns/…`): `456ns`, `1.23µs`, `12.3ms`
 * - bytes (`B`, `B/…`, `bytes`): `64 B`, `1.50KiB`
 * - counts (`allocs/op`, `GCs/op`, `goroutines`, `sites`): `12`, `0.5`
 * - `MB/s` (Go's decimal megabytes): `456 MB/s`, `1.23 GB/s`
 * - anything else: 3–4 significant digits and the unit (`12.35 frames/s`)
 */
function formatValue(value, unit) {
    if (value === null || value === undefined)
        return MISSING;
    const { base, per } = splitUnit(unit);
    const suffix = per === '' || per === 'op' ? '' : `/${per}`;
    if (base === 'ns')
        return formatNanoseconds(value) + suffix;
    if (base === 'B' || base === 'bytes')
        return formatBytes(value) + suffix;
    if (unit === 'MB/s') {
        const special = nonFinite(value);
        if (special !== undefined)
            return `${special} MB/s`;
        if (Math.abs(value) >= 1e6)
            return `${significant(value / 1e6, 3, false)} TB/s`;
        if (Math.abs(value) >= 1e3)
            return `${significant(value / 1e3, 3, false)} GB/s`;
        return `${formatPlain(value)} MB/s`;
    }
    if (COUNT_UNITS.has(base))
        return formatCount(value) + suffix;
    return `${formatPlain(value)} ${unit}`.trimEnd();
}
/** Units whose values are counts of things, shown without the unit word. */
const COUNT_UNITS = new Set(['allocs', 'GCs', 'goroutines', 'sites', 'objects']);
/** A relative change: `+12.34%`, `-5.00%`, `+∞` when the base was 0. */
function formatPercent(delta) {
    if (Number.isNaN(delta))
        return MISSING;
    if (delta === Infinity)
        return '+∞';
    if (delta === -Infinity)
        return '-∞';
    const pct = delta * 100;
    const text = Math.abs(pct).toFixed(2);
    // "-0.00%" reads as a change in the wrong direction; a change that rounds to zero has no sign.
    if (text === '0.00')
        return '0.00%';
    return (pct > 0 ? '+' : '-') + text + '%';
}
/**
 * The change column, benchstat's way: `~` when there is no significant
 * change (the number would invite over-reading noise), the percentage
 * otherwise, `+∞` when the baseline median was 0 (an allocation where there
 * was none), `—` when a side is missing.
 */
function formatDelta(c) {
    if (!c.base || !c.head)
        return MISSING;
    if (c.verdict === 'unchanged')
        return '~';
    if (c.delta === null) {
        if (c.base.median === 0 && c.head.median !== 0)
            return c.head.median > 0 ? '+∞' : '-∞';
        return MISSING;
    }
    return formatPercent(c.delta);
}
/**
 * A p-value: `p=0.002`, `p<0.001`. Three decimals like benchstat, except
 * where rounding would put the value on the other side of alpha (a p of
 * 0.0496 must not print as 0.050 next to alpha=0.05): more digits are added
 * until it does not.
 */
function formatP(p, alpha) {
    if (p === null || p === undefined || Number.isNaN(p))
        return MISSING;
    if (p < 0.001)
        return 'p<0.001';
    let digits = 3;
    let text = p.toFixed(digits);
    if (alpha !== undefined) {
        while (digits < 6 && p < alpha !== Number(text) < alpha) {
            digits += 1;
            text = p.toFixed(digits);
        }
    }
    return `p=${text}`;
}
/** The p-value without its `p=` prefix, for table columns headed "p". */
function formatPValue(p, alpha) {
    const text = formatP(p, alpha);
    return text.startsWith('p=') ? text.slice(2) : text.startsWith('p<') ? text.slice(1) : text;
}
/** `n=6`, or `n=6+5` when the sides differ (benchstat's notation). */
function formatSampleCount(base, head) {
    if (head === undefined || head === null)
        return base === null || base === undefined ? MISSING : `n=${base}`;
    if (base === null || base === undefined)
        return `n=${head}`;
    return base === head ? `n=${base}` : `n=${base}+${head}`;
}
/**
 * The confidence interval of the median relative to the median, as
 * benchstat prints it: `±3%`. The wider side counts (the interval from order
 * statistics is not symmetric). Below 1% one decimal is kept so that a tight
 * interval does not read as an exact value; exactly `±0%` means every sample
 * was equal.
 */
function formatCI(s) {
    if (!s)
        return '';
    const spread = Math.max(s.high - s.median, s.median - s.low);
    if (!Number.isFinite(spread))
        return '±∞';
    if (spread <= 0)
        return '±0%';
    if (s.median === 0)
        return '±∞';
    const pct = (spread / Math.abs(s.median)) * 100;
    if (pct < 1)
        return `±${Math.max(pct, 0.1).toFixed(1)}%`;
    if (pct >= 1000)
        return '±∞';
    return `±${Math.round(pct)}%`;
}
/** A sample summary as a cell: `1.50KiB ±1%`. */
function formatSummary(s, unit) {
    if (!s)
        return MISSING;
    const ci = formatCI(s);
    return ci ? `${formatValue(s.median, unit)} ${ci}` : formatValue(s.median, unit);
}
/**
 * A gate threshold in the direction that counts as worse: `+5%` for costs,
 * `-10%` for rates, `any` when any significant change counts (threshold 0,
 * the allocs/op default), with the absolute floor when there is one
 * (`+20% and +50.0µs`).
 */
function formatThreshold(threshold, floor, unit, lowerIsBetter) {
    const sign = lowerIsBetter ? '+' : '-';
    const rel = threshold > 0 ? `${sign}${trimPercent(threshold * 100)}%` : 'any';
    if (!(floor > 0))
        return rel;
    return `${rel} and ${sign}${formatValue(floor, unit)}`;
}
function trimPercent(pct) {
    return Number(pct.toFixed(2)).toString();
}
/** An absolute change with its sign: `+1`, `+64 B`, `-1.20µs`. */
function formatAbsoluteDelta(value, unit) {
    if (value === null || value === undefined)
        return MISSING;
    if (value === 0)
        return formatValue(0, unit);
    const text = formatValue(Math.abs(value), unit);
    return (value > 0 ? '+' : '-') + text;
}
/** An ISO timestamp as `2025-03-04 15:06 UTC`; anything unparsable as given. */
function formatTimestamp(iso) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return iso;
    const d = new Date(t).toISOString();
    return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}
/** A commit shortened to 12 hex digits (enough to be unique in large repositories). */
function shortCommit(commit) {
    return /^[0-9a-f]{13,}$/i.test(commit) ? commit.slice(0, 12) : commit;
}
/** `1 regression`, `2 regressions`. */
function format_plural(n, singular, pluralForm = `${singular}s`) {
    return `${n} ${n === 1 ? singular : pluralForm}`;
}
/**
 * Process output cut to size for a report: the first two thirds and the last
 * third of the allowed lines are kept, because a panic's message and first
 * frames are at the start and a failing test's verdict is at the end. Very
 * long lines (a dumped buffer) are cut in the middle. Sanitised; tabs kept.
 */
function clipOutput(output, maxLines = 60, maxChars = 6_000) {
    const lines = sanitizeText(output, { keepTabs: true }).replace(/\n+$/, '').split('\n');
    let kept = lines;
    if (lines.length > maxLines) {
        const head = Math.ceil((maxLines * 2) / 3);
        const tail = maxLines - head;
        kept = [...lines.slice(0, head), `… ${lines.length - head - tail} lines omitted …`, ...lines.slice(lines.length - tail)];
    }
    let text = kept.map((l) => (l.length > 500 ? ellipsizeMiddle(l, 500) : l)).join('\n');
    if (text.length > maxChars) {
        const half = Math.floor((maxChars - 40) / 2);
        text = `${text.slice(0, half)}\n… ${text.length - 2 * half} characters omitted …\n${text.slice(text.length - half)}`;
    }
    return text;
}
/**
 * What differs between the machines that measured the two sides, in the
 * order it matters: another Go version changes the compiler's escape
 * analysis and the runtime's GC; another OS/arch or CPU changes everything;
 * another GOMAXPROCS changes GC and scheduling. Renderers derive this from
 * the two environments rather than parsing `report.warnings`, so that it
 * can be shown as a table and flagged per row.
 */
function environmentDifferences(base, head) {
    if (!base)
        return [];
    const b = base.environment;
    const h = head.environment;
    const out = [];
    const value = (v) => ellipsizeMiddle(singleLine(v).trim() || MISSING, 100);
    const add = (label, x, y) => {
        if (x !== y)
            out.push({ label, base: value(x), head: value(y) });
    };
    add('Go version', b.goVersion, h.goVersion);
    add('OS/arch', `${b.goos}/${b.goarch}`, `${h.goos}/${h.goarch}`);
    add('CPU', b.cpu, h.cpu);
    add('GOMAXPROCS', String(b.gomaxprocs), String(h.gomaxprocs));
    return out;
}
/**
 * True when a report warning says the same as one of `diffs`. `compare/`
 * also words the environment differences as warnings; renderers that show
 * the differences themselves (as a flagged table, a callout) skip those
 * warnings rather than print each difference twice. A warning counts as a
 * duplicate when it quotes both sides' values (and, for GOMAXPROCS, whose
 * values are bare numbers, names it), which holds whatever its wording.
 */
function isEnvironmentWarning(warning, diffs) {
    return diffs.some((d) => d.base !== MISSING &&
        d.head !== MISSING &&
        warning.includes(d.base) &&
        warning.includes(d.head) &&
        (d.label !== 'GOMAXPROCS' || warning.includes('GOMAXPROCS')));
}
/** How each failure kind reads in a sentence ("BenchmarkX panicked"). */
const FAILURE_KIND = {
    failed: 'failed',
    panic: 'panicked',
    timeout: 'timed out',
    build: 'did not build',
    'no-result': 'printed no result',
};

;// CONCATENATED MODULE: ./src/report/markdown.ts



const DEFAULT_MAX_LENGTH = 65_000;
/** Where readers are sent for what a truncated comment leaves out. */
const SEE_JSON = "see the job's report JSON";
/** Caps on single pieces of user text, so one absurd name cannot eat the budget of a hundred rows. */
const MAX_NAME = 120;
const MAX_PACKAGE = 100;
const MAX_MESSAGE = 300;
const MAX_ENV_VALUE = 100;
const MAX_OUTPUT_LINES = 60;
const MAX_OUTPUT_CHARS = 6_000;
const VERDICT_ICON = {
    fail: '❌',
    pass: '✅',
    'no-baseline': '⚠️',
    acknowledged: '✔️',
};
/**
 * Renders the report. Always returns a string shorter than or equal to
 * `maxLength`; the verdict line is the last thing to go.
 */
function renderMarkdown(report, options = {}) {
    const maxLength = Math.max(0, Math.floor(options.maxLength ?? DEFAULT_MAX_LENGTH));
    const ctx = {
        report,
        noBaseline: report.verdict === 'no-baseline' || report.baseline === null,
        multiPackage: countPackages(report) > 1,
    };
    // Reading order. Priorities say which section gets the budget first;
    // `floor` is room kept for a section against the greed of the ones before it.
    const sections = [
        { id: 'title', priority: 0, floor: 0, render: (b) => titleSection(ctx, options.marker, b) },
        { id: 'summary', priority: 1, floor: 0, render: (b) => summarySection(ctx, b) },
        { id: 'failures', priority: 2, floor: 0, render: (b) => failureSummarySection(ctx, b) },
        { id: 'regressions', priority: 3, floor: 0, render: (b) => (ctx.noBaseline ? measuredSection(ctx, b) : regressionsSection(ctx, b)) },
        { id: 'explanations', priority: 3.05, floor: 0, render: (b) => explanationsSection(ctx, b) },
        { id: 'leak-sites', priority: 3.1, floor: 0, render: (b) => sitesSection(ctx, 'leak', b) },
        { id: 'escape-sites', priority: 3.2, floor: 0, render: (b) => sitesSection(ctx, 'escape', b) },
        { id: 'allocation-sites', priority: 6.5, floor: 1_500, render: (b) => sitesSection(ctx, 'allocation', b) },
        { id: 'report-only', priority: 6.8, floor: 1_000, render: (b) => reportOnlySection(ctx, b) },
        { id: 'warnings', priority: 4, floor: 2_000, render: (b) => warningsSection(ctx, b) },
        { id: 'failure-output', priority: 8, floor: 3_000, render: (b) => failureOutputSection(ctx, b) },
        { id: 'insufficient', priority: 7, floor: 2_000, render: (b) => insufficientSection(ctx, b) },
        { id: 'improvements', priority: 9, floor: 1_000, render: (b) => improvementsSection(ctx, b) },
        { id: 'unchanged', priority: 11, floor: 0, render: (b) => unchangedSection(ctx, b) },
        { id: 'added-removed', priority: 10, floor: 500, render: (b) => addedRemovedSection(ctx, b) },
        { id: 'baseline', priority: 6, floor: 2_000, render: (b) => baselineSection(ctx, b) },
        { id: 'footer', priority: 5, floor: 1_000, render: (b) => footerSection(ctx, b) },
    ];
    const byPriority = [...sections].sort((a, b) => a.priority - b.priority);
    const reserve = Math.min(closingNote(possibleDrops(ctx)).length, Math.floor(maxLength / 4));
    // A floor is a section's full size up to its cap. Floors are kept only
    // while together they take at most a quarter of the budget: on a small
    // budget plain priority decides, so the regressions table is never dropped
    // for the sake of a lower section.
    const floors = new Map(byPriority.map((s) => [s.id, s.floor > 0 ? Math.min(s.floor, s.render(Infinity).text.length) : 0]));
    const floorTotal = [...floors.values()].reduce((a, b) => a + b, 0);
    const useFloors = floorTotal <= maxLength / 4;
    let keptForLater = useFloors ? floorTotal : 0;
    let remaining = maxLength - reserve;
    const rendered = new Map();
    let exhausted = false;
    for (const section of byPriority) {
        const floor = useFloors ? (floors.get(section.id) ?? 0) : 0;
        keptForLater -= floor;
        // After a section is dropped, everything of lower priority is too: a
        // small lower section must not appear where a more important one did not.
        const budget = exhausted ? 0 : Math.floor(Math.max(0, Math.min(remaining, remaining - keptForLater)));
        const out = section.render(budget);
        remaining -= out.text.length;
        if (out.dropped)
            exhausted = true;
        rendered.set(section.id, out);
    }
    let body = sections.map((s) => rendered.get(s.id)?.text ?? '').join('');
    const dropped = sections.map((s) => rendered.get(s.id)?.dropped).filter((d) => !!d);
    if (dropped.length > 0) {
        const note = closingNote(dropped);
        const fallback = closingNote([]);
        if (body.length + note.length <= maxLength)
            body += note;
        else if (body.length + fallback.length <= maxLength)
            body += fallback;
    }
    body = body.replace(/\s+$/, '');
    if (body.length < maxLength)
        body += '\n';
    if (body.length > maxLength) {
        // Unreachable when the section budgets are right; kept so that a mistake
        // there costs the details, never the comment (GitHub rejects it whole).
        body = titleSection(ctx, options.marker, maxLength).text.slice(0, maxLength);
    }
    return body;
}
/** The marker (for the publisher) and the verdict: the one section that is never left out. */
function titleSection(ctx, marker, budget) {
    const { report } = ctx;
    const markerLine = marker !== undefined ? `${hiddenMarker(marker)}\n` : '';
    const name = report.name && report.name !== 'go-runtime-gate' ? ` · ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(report.name), MAX_NAME))}` : '';
    const heading = `### ${VERDICT_ICON[report.verdict] ?? '❔'} go-runtime-gate${name}\n\n`;
    const prefix = markerLine + heading;
    const headline = singleLineRaw(report.headline).trim() || defaultHeadline(report);
    const room = budget - prefix.length - '****\n\n'.length;
    if (room < 1)
        return { text: prefix.length + 1 <= budget ? prefix : markerLine.length <= budget ? markerLine : '' };
    return { text: `${prefix}**${fitEscaped(headline, room, escapeMarkdown)}**\n\n` };
}
function defaultHeadline(report) {
    switch (report.verdict) {
        case 'fail':
            return 'Runtime-health regressions found.';
        case 'pass':
            return 'No runtime-health regressions.';
        case 'no-baseline':
            return 'No baseline to compare against.';
        case 'acknowledged':
            return 'Regressions found and acknowledged.';
        default:
            return '';
    }
}
/** Counts, the baseline in one line, and the notices a reader must see before any table. */
function summarySection(ctx, budget) {
    const { report } = ctx;
    const parts = [];
    const c = report.counts;
    const counts = ctx.noBaseline
        ? [`**${c.failures}** failed`, `**${report.comparisons.length}** measured`]
        : [
            `**${c.regressions}** ${c.regressions === 1 ? 'regression' : 'regressions'}${gatingSuffix(report)}`,
            `**${c.improvements}** ${c.improvements === 1 ? 'improvement' : 'improvements'}`,
            `**${c.unchanged}** unchanged`,
            `**${c.insufficient}** insufficient`,
            `**${c.failures}** failed`,
        ];
    parts.push(counts.join(' · ') + '\n\n');
    if (ctx.noBaseline && report.baselineSource === 'ab') {
        // A/B mode has no cache to wait for: the reason is the base itself (see the warnings).
        parts.push('> [!NOTE]\n> A/B mode could not measure the merge-base (see the warnings below), so nothing was compared and nothing was gated. ' +
            'The values measured on this head are shown below.\n\n');
    }
    else if (ctx.noBaseline) {
        parts.push('> [!NOTE]\n> No baseline was found for this configuration (the first run, or the cache entry was evicted), ' +
            'so nothing was compared and nothing was gated. The values measured on this head are shown below; ' +
            'the next push to the base branch records a baseline.\n\n');
    }
    else if (report.baseline && report.baselineSource === 'ab') {
        parts.push(`Compared with ${abOneLine(report.baseline)}, measured in this job (A/B: base and head samples interleaved on the same runner).\n\n`);
    }
    else if (report.baseline) {
        parts.push(`Compared with the baseline ${baselineOneLine(report.baseline, report.baselineSource)}.\n\n`);
    }
    if (report.verdict === 'acknowledged') {
        parts.push('> [!NOTE]\n> The regressions below were acknowledged on this pull request, so the gate passes.\n\n');
    }
    const diffs = environmentDifferences(report.baseline, report.head);
    if (diffs.length > 0) {
        const lines = diffs.map((d) => `> - ${d.label}: ${escapeMarkdown(d.base)} → ${escapeMarkdown(d.head)}\n`).join('');
        parts.push('> [!WARNING]\n> The baseline was measured in a different environment; changes may come from it rather than from this pull request:\n' +
            lines +
            '\n');
    }
    return { text: takeWhole(parts, budget) };
}
function gatingSuffix(report) {
    const gating = report.comparisons.filter((c) => c.gating).length;
    return report.counts.regressions > 0 ? ` (${gating} gating)` : '';
}
function baselineOneLine(base, source) {
    const env = base.environment;
    const bits = [
        env.ref ? escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.ref), MAX_ENV_VALUE)) : '',
        base.createdAt ? escapeMarkdown(formatTimestamp(base.createdAt)) : '',
        env.goVersion ? escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.goVersion), MAX_ENV_VALUE)) : '',
        source ? `from ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(source), MAX_ENV_VALUE))}` : '',
    ].filter(Boolean);
    const commit = env.commit ? commitText(env.commit) : 'of unknown commit';
    return bits.length ? `${commit} (${bits.join(', ')})` : commit;
}
/** The A/B base: its commit and the ref it is the merge-base with (the date and Go are the head's anyway). */
function abOneLine(base) {
    const env = base.environment;
    const commit = env.commit ? commitText(env.commit) : 'an unknown commit';
    return env.ref ? `${commit}, the merge-base with ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(env.ref), MAX_ENV_VALUE))}` : `the merge-base ${commit}`;
}
/**
 * A commit as plain text so that GitHub links it; anything that is not a
 * hex SHA is escaped like any other user text.
 */
function commitText(commit) {
    return /^[0-9a-f]{7,64}$/i.test(commit) ? commit : escapeMarkdown(ellipsizeMiddle(singleLineRaw(commit), MAX_ENV_VALUE));
}
function failureSummarySection(ctx, budget) {
    const { report } = ctx;
    if (report.failures.length === 0)
        return { text: '' };
    const headFailures = report.failures.filter((f) => f.side === 'head').length;
    const gateNote = headFailures > 0
        ? report.settings.failOnBenchmarkFailure
            ? ' Failures on the head fail the gate.'
            : ' Failures are reported but do not fail the gate.'
        : '';
    const open = `#### 💥 Failed benchmarks (${report.failures.length})\n\n`;
    const rows = sortFailures(report.failures).map((f) => `- ${failureLine(ctx, f)}\n`);
    const close = `${gateNote ? `\n${gateNote.trim()}\n` : ''}\n`;
    return fitRows(budget, { open, rows, close, more: (n) => `- … and ${n} more ${n === 1 ? 'failure' : 'failures'} not shown; ${SEE_JSON}.\n`, dropped: format_plural(report.failures.length, 'failed benchmark') });
}
function sortFailures(failures) {
    // Head first: they are what this pull request did.
    return [...failures].sort((a, b) => (a.side === b.side ? 0 : a.side === 'head' ? -1 : 1));
}
function failureLine(ctx, f) {
    const who = f.name ? `**${escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.name), MAX_NAME))}**` : '**package**';
    const pkg = f.package ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.package), MAX_PACKAGE))}` : '';
    const side = f.side === 'base' ? ' on the baseline' : ctx.noBaseline ? '' : ' on the head';
    const message = singleLineRaw(f.message).trim();
    const msg = message ? `: ${escapeMarkdown(ellipsizeMiddle(message, MAX_MESSAGE))}` : '';
    return `${who}${pkg} ${FAILURE_KIND[f.kind] ?? escapeMarkdown(f.kind)}${side}${msg}`;
}
/**
 * Each failure's output in its own collapsed block. The output is cut to its
 * first and last lines (the panic message and the innermost frames are where
 * the answer usually is) and fenced so that nothing in it can end the block.
 * When the budget is short the outputs are cut harder before any is dropped:
 * twelve lines of a panic beat a note saying it was left out.
 */
function failureOutputSection(ctx, budget) {
    const withOutput = sortFailures(ctx.report.failures).filter((f) => sanitizeText(f.output).trim() !== '');
    if (withOutput.length === 0)
        return { text: '' };
    const spec = (lines, chars) => ({
        open: '',
        rows: withOutput.map((f) => {
            const title = f.name
                ? escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.name), MAX_NAME))
                : `package ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.package), MAX_PACKAGE))}`;
            const side = f.side === 'base' ? ' (baseline)' : '';
            return `<details><summary>Output of ${title}${side}</summary>\n\n${fencedCodeBlock(clipOutput(f.output, lines, chars))}\n\n</details>\n\n`;
        }),
        close: '',
        more: (n) => `… and the output of ${format_plural(n, 'more failure')} not shown; ${SEE_JSON}.\n\n`,
        dropped: `the output of ${format_plural(withOutput.length, 'failed benchmark')}`,
    });
    let out = { text: '' };
    for (const [lines, chars] of OUTPUT_CLIPS) {
        out = fitRows(budget, spec(lines, chars));
        if (out.text !== '')
            return out;
    }
    return out;
}
/** Successively harder cuts of failure output (lines, characters), tried until one fits. */
const OUTPUT_CLIPS = [
    [MAX_OUTPUT_LINES, MAX_OUTPUT_CHARS],
    [24, 2_000],
    [12, 800],
];
/** Most harmful first: gating before report-only, then by relative change in the bad direction. */
function severity(c) {
    if (c.delta === null)
        return c.base && c.base.median === 0 ? Infinity : -Infinity;
    return c.lowerIsBetter ? c.delta : -c.delta;
}
function compareNames(a, b) {
    return (markdown_cmp(a.benchmark.package, b.benchmark.package) ||
        markdown_cmp(a.benchmark.name, b.benchmark.name) ||
        a.benchmark.procs - b.benchmark.procs ||
        markdown_cmp(a.metric, b.metric));
}
function markdown_cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The gating regressions, in a table a reviewer sees without clicking. When
 * nothing gates, report-only regressions take this place; otherwise they go
 * to their own collapsed section, so that noisy time/op or mark-assist rows
 * never push the reason the check failed below the fold.
 */
function regressionsSection(ctx, budget) {
    const anyGating = ctx.report.comparisons.some((c) => c.verdict === 'regression' && c.gating);
    const regressions = ctx.report.comparisons
        .filter((c) => c.verdict === 'regression' && (c.gating || !anyGating))
        .sort((a, b) => Number(b.gating) - Number(a.gating) || severity(b) - severity(a) || compareNames(a, b));
    if (regressions.length === 0)
        return { text: '' };
    const fdr = ctx.report.settings.fdr;
    const alpha = ctx.report.settings.alpha;
    const open = `#### ❌ Regressions (${regressions.length})\n\n` +
        `| Benchmark | Metric | Base | Head | Δ | ${fdr ? 'p (adj.)' : 'p'} | Threshold | Gate |\n` +
        '|---|---|--:|--:|--:|--:|--:|---|\n';
    const rows = regressions.map((c) => `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.base, c.unit))} | ${escapeMarkdown(formatSummary(c.head, c.unit))} | ` +
        `${escapeMarkdown(deltaWithAbsolute(c))} | ${escapeMarkdown(pCell(c, fdr, alpha))} | ${escapeMarkdown(formatThreshold(c.threshold, c.floor, c.unit, c.lowerIsBetter))} | ${c.gating ? '❌ gate' : 'report'} |\n`);
    return fitRows(budget, {
        open,
        rows,
        close: '\n',
        more: (n) => `\n… and ${n} more ${n === 1 ? 'regression' : 'regressions'} not shown; ${SEE_JSON}.\n`,
        dropped: format_plural(regressions.length, 'regression'),
    });
}
function reportOnlySection(ctx, budget) {
    if (ctx.noBaseline)
        return { text: '' };
    const anyGating = ctx.report.comparisons.some((c) => c.verdict === 'regression' && c.gating);
    if (!anyGating)
        return { text: '' };
    const items = ctx.report.comparisons
        .filter((c) => c.verdict === 'regression' && !c.gating)
        .sort((a, b) => severity(b) - severity(a) || compareNames(a, b));
    if (items.length === 0)
        return { text: '' };
    return detailsTable(budget, {
        summary: `Report-only regressions (${items.length}): not gated`,
        header: `| Benchmark | Metric | Base | Head | Δ | ${ctx.report.settings.fdr ? 'p (adj.)' : 'p'} |\n|---|---|--:|--:|--:|--:|\n`,
        rows: items.map((c) => comparisonRow(ctx, c, deltaWithAbsolute(c))),
        noun: ['regression', 'regressions'],
        dropped: format_plural(items.length, 'report-only regression'),
    });
}
/** Without a baseline the head's values are still worth seeing (and the next baseline will be these). */
function measuredSection(ctx, budget) {
    const measured = ctx.report.comparisons.filter((c) => c.head !== null);
    if (measured.length === 0)
        return { text: '' };
    const open = `#### Measured on this head (${measured.length})\n\n| Benchmark | Metric | Head | n |\n|---|---|--:|--:|\n`;
    const rows = measured.map((c) => `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.head, c.unit))} | ${c.head?.n ?? MISSING} |\n`);
    return fitRows(budget, {
        open,
        rows,
        close: '\n',
        more: (n) => `\n… and ${n} more ${n === 1 ? 'value' : 'values'} not shown; ${SEE_JSON}.\n`,
        dropped: format_plural(measured.length, 'measured value'),
    });
}
/** The sentences that say what caused a regression (allocation sites behind allocs/op, B/op). */
function explanationsSection(ctx, budget) {
    const items = ctx.report.comparisons.filter((c) => c.verdict === 'regression' && c.explanation);
    if (items.length === 0)
        return { text: '' };
    const rows = items.map((c) => `- ${escapeMarkdown(benchmarkDisplayName(c.benchmark))} ${escapeMarkdown(c.label)}: ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(c.explanation), 2 * MAX_MESSAGE))}\n`);
    return fitRows(budget, {
        open: '**Where it comes from**\n\n',
        rows,
        close: '\n',
        more: (n) => `- … and ${n} more not shown; ${SEE_JSON}.\n`,
        dropped: format_plural(items.length, 'explanation'),
    });
}
const SITE_SECTION = {
    leak: { title: '🧵 Goroutine leaks', noun: 'goroutine-leak site', openWhenGating: true },
    escape: { title: '📤 Heap escapes', noun: 'escape site', openWhenGating: true },
    allocation: { title: '📈 Allocation sites that changed', noun: 'allocation site', openWhenGating: false },
};
const CHANGE_ICON = { new: '🆕', grown: '🔺', shrunk: '🔻', removed: '➖' };
const MAX_SITE_DETAILS = 12;
/**
 * One list item per located finding: where (file:line, function), what
 * changed, and the supporting lines (creation stack, compiler explanation) in
 * a code block. Gating findings come first.
 */
function sitesSection(ctx, kind, budget) {
    const items = (ctx.report.sites ?? [])
        .filter((f) => f.kind === kind)
        .sort((a, b) => Number(b.gating) - Number(a.gating) || markdown_cmp(a.file, b.file) || a.line - b.line);
    if (items.length === 0)
        return { text: '' };
    const spec = SITE_SECTION[kind];
    const gating = items.filter((f) => f.gating).length;
    const rows = items.map((f) => {
        const where = codeSpan(`${ellipsizeMiddle(singleLineRaw(f.file), MAX_NAME)}:${f.line}`);
        const fn = f.function ? ` in ${codeSpan(ellipsizeMiddle(singleLineRaw(f.function), MAX_NAME))}` : '';
        const bench = f.benchmark ? ` — ${escapeMarkdown(benchmarkDisplayName(f.benchmark))}` : '';
        const mark = f.gating ? '❌ ' : '';
        let row = `- ${mark}${CHANGE_ICON[f.change]} ${where}${fn}${bench}: ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(f.summary), MAX_MESSAGE))}
`;
        for (const w of f.warnings)
            row += `  - ⚠️ ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(w), MAX_MESSAGE))}
`;
        if (f.details.length > 0) {
            const shown = f.details.slice(0, MAX_SITE_DETAILS).map((d) => ellipsizeMiddle(singleLineRaw(d), MAX_MESSAGE));
            if (f.details.length > MAX_SITE_DETAILS)
                shown.push(`… ${f.details.length - MAX_SITE_DETAILS} more`);
            row += fencedCodeBlock(shown.join('\n'), 'text').replace(/^/gm, '  ') + '\n';
        }
        return row;
    });
    const open = spec.openWhenGating && gating > 0 ? ' open' : '';
    return fitRows(budget, {
        open: `<details${open}><summary>${spec.title} (${items.length}${gating ? `, ${gating} failing the gate` : ''})</summary>\n\n`,
        rows,
        close: '\n</details>\n\n',
        more: (n) => `\n… and ${n} more ${n === 1 ? spec.noun : spec.noun + 's'} not shown; ${SEE_JSON}.\n`,
        dropped: format_plural(items.length, spec.noun),
    });
}
function warningsSection(ctx, budget) {
    const seen = new Set();
    const rows = [];
    const push = (text) => {
        const line = singleLineRaw(text).trim();
        if (!line || seen.has(line))
            return;
        seen.add(line);
        rows.push(`- ${escapeMarkdown(ellipsizeMiddle(line, MAX_MESSAGE))}\n`);
    };
    const diffs = environmentDifferences(ctx.report.baseline, ctx.report.head);
    for (const w of ctx.report.warnings)
        if (!isEnvironmentWarning(w, diffs))
            push(w);
    for (const c of ctx.report.comparisons) {
        for (const w of c.warnings)
            push(`${benchmarkDisplayName(c.benchmark)} ${c.label}: ${w}`);
    }
    if (rows.length === 0)
        return { text: '' };
    return fitRows(budget, {
        open: `#### ⚠️ Warnings (${rows.length})\n\n`,
        rows,
        close: '\n',
        more: (n) => `- … and ${n} more ${n === 1 ? 'warning' : 'warnings'} not shown; ${SEE_JSON}.\n`,
        dropped: format_plural(rows.length, 'warning'),
    });
}
function insufficientSection(ctx, budget) {
    if (ctx.noBaseline)
        return { text: '' };
    const items = ctx.report.comparisons.filter((c) => c.verdict === 'insufficient');
    if (items.length === 0)
        return { text: '' };
    const rows = items.map((c) => `| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.base, c.unit))} | ${escapeMarkdown(formatSummary(c.head, c.unit))} | ` +
        `${escapeMarkdown(formatSampleCount(c.base?.n, c.head?.n))} | ${escapeMarkdown(ellipsizeMiddle(singleLineRaw(c.reason), MAX_MESSAGE)) || MISSING} |\n`);
    return detailsTable(budget, {
        summary: `⚠️ Insufficient samples (${items.length}): could not be decided`,
        header: '| Benchmark | Metric | Base | Head | n | Reason |\n|---|---|--:|--:|--:|---|\n',
        rows,
        noun: ['comparison', 'comparisons'],
        dropped: format_plural(items.length, 'insufficient comparison'),
    });
}
function improvementsSection(ctx, budget) {
    if (ctx.noBaseline)
        return { text: '' };
    const items = ctx.report.comparisons
        .filter((c) => c.verdict === 'improvement')
        .sort((a, b) => severity(a) - severity(b) || compareNames(a, b));
    if (items.length === 0)
        return { text: '' };
    return detailsTable(budget, {
        summary: `✅ Improvements (${items.length})`,
        header: `| Benchmark | Metric | Base | Head | Δ | ${ctx.report.settings.fdr ? 'p (adj.)' : 'p'} |\n|---|---|--:|--:|--:|--:|\n`,
        rows: items.map((c) => comparisonRow(ctx, c, deltaWithAbsolute(c))),
        noun: ['improvement', 'improvements'],
        dropped: format_plural(items.length, 'improvement'),
    });
}
function unchangedSection(ctx, budget) {
    if (ctx.noBaseline)
        return { text: '' };
    const items = ctx.report.comparisons.filter((c) => c.verdict === 'unchanged');
    if (items.length === 0)
        return { text: '' };
    return detailsTable(budget, {
        summary: `Unchanged (${items.length})`,
        header: `| Benchmark | Metric | Base | Head | Δ | ${ctx.report.settings.fdr ? 'p (adj.)' : 'p'} |\n|---|---|--:|--:|--:|--:|\n`,
        rows: items.map((c) => comparisonRow(ctx, c, formatDelta(c))),
        noun: ['comparison', 'comparisons'],
        dropped: format_plural(items.length, 'unchanged comparison'),
    });
}
function comparisonRow(ctx, c, delta) {
    const { fdr, alpha } = ctx.report.settings;
    return (`| ${benchmarkCell(ctx, c.benchmark)} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(formatSummary(c.base, c.unit))} | ` +
        `${escapeMarkdown(formatSummary(c.head, c.unit))} | ${escapeMarkdown(delta)} | ${escapeMarkdown(pCell(c, fdr, alpha))} |\n`);
}
function addedRemovedSection(ctx, budget) {
    if (ctx.noBaseline)
        return { text: '' };
    const { added, removed } = ctx.report;
    if (added.length + removed.length === 0)
        return { text: '' };
    const rows = [
        ...added.map((b) => `- ➕ ${benchmarkProse(ctx, b)}\n`),
        ...removed.map((b) => `- ➖ ${benchmarkProse(ctx, b)}\n`),
    ];
    return fitRows(budget, {
        open: `<details><summary>Benchmarks added (${added.length}) and removed (${removed.length})</summary>\n\n`,
        rows,
        close: '\n</details>\n\n',
        more: (n) => `- … and ${n} more not shown; ${SEE_JSON}.\n`,
        dropped: `${format_plural(added.length, 'added benchmark')} and ${format_plural(removed.length, 'removed benchmark')}`,
    });
}
function baselineSection(ctx, budget) {
    const { report } = ctx;
    const base = report.baseline;
    const head = report.head;
    // Only differences that change measurements are flagged; commits, refs and dates always differ.
    const row = (label, b, h, flag = true) => {
        const differs = flag && b !== null && b !== h;
        const cell = (v) => (v === null ? MISSING : escapeMarkdown(ellipsizeMiddle(singleLineRaw(v) || MISSING, MAX_ENV_VALUE)));
        return `| ${label} | ${cell(b)}${differs ? ' ⚠️' : ''} | ${cell(h)} |\n`;
    };
    const be = base?.environment;
    const he = head.environment;
    const commitCell = (c) => (c ? commitText(c) : MISSING);
    const rows = [
        `| Commit | ${commitCell(be?.commit)} | ${commitCell(he.commit)} |\n`,
        row('Ref', be ? be.ref : null, he.ref, false),
        row('Recorded', base ? formatTimestamp(base.createdAt) : null, formatTimestamp(head.createdAt), false),
        row('Go', be ? be.goVersion : null, he.goVersion),
        row('OS/arch', be ? `${be.goos}/${be.goarch}` : null, `${he.goos}/${he.goarch}`),
        row('CPU', be ? be.cpu : null, he.cpu),
        row('GOMAXPROCS', be ? String(be.gomaxprocs) : null, String(he.gomaxprocs)),
        row('Runner', be ? be.runnerOs : null, he.runnerOs, false),
        row('count × benchtime', base ? `${base.config.count} × ${base.config.benchtime}` : null, `${head.config.count} × ${head.config.benchtime}`),
    ];
    const summary = base
        ? `Environment: baseline ${escapeMarkdown(shortCommit(be?.commit ?? '') || MISSING)} from ${escapeMarkdown(report.baselineSource || MISSING)}`
        : 'Environment (no baseline)';
    const text = `<details><summary>${summary}</summary>\n\n| | Baseline | Head |\n|---|---|---|\n` + rows.join('') + '\n</details>\n\n';
    return text.length <= budget ? { text } : { text: '', dropped: 'the environment table' };
}
function footerSection(ctx, budget) {
    const { settings } = ctx.report;
    const text = `<sub>alpha=${settings.alpha} · false discovery rate control (Benjamini–Hochberg): ${settings.fdr ? 'on' : 'off'} · ` +
        `count=${ctx.report.head.config.count} · benchtime=${escapeMarkdown(ctx.report.head.config.benchtime)}</sub>\n` +
        `<sub>Values are medians ± the confidence interval of the median. Δ: change of the median; ~: no significant change. ` +
        `p: two-sided Mann–Whitney U${settings.fdr ? ' (adj.: FDR-adjusted)' : ''}; exact: compared exactly. ` +
        `Threshold: the change a significant difference must exceed to count.</sub>\n\n`;
    return text.length <= budget ? { text } : { text: '' };
}
/** Every section that could be dropped, with its largest description, for reserving the closing note's room. */
function possibleDrops(ctx) {
    const n = Math.max(ctx.report.comparisons.length, ctx.report.failures.length, ctx.report.added.length + ctx.report.removed.length, ctx.report.sites?.length ?? 0, 1) *
        10;
    return [
        format_plural(n, 'report-only regression'),
        format_plural(n, 'explanation'),
        format_plural(n, 'goroutine-leak site'),
        format_plural(n, 'escape site'),
        format_plural(n, 'allocation site'),
        format_plural(n, 'failed benchmark'),
        format_plural(n, 'regression'),
        format_plural(n, 'warning'),
        `the output of ${format_plural(n, 'failed benchmark')}`,
        format_plural(n, 'insufficient comparison'),
        format_plural(n, 'improvement'),
        format_plural(n, 'unchanged comparison'),
        `${format_plural(n, 'added benchmark')} and ${format_plural(n, 'removed benchmark')}`,
        'the environment table',
    ];
}
function closingNote(dropped) {
    if (dropped.length === 0)
        return `> Parts of this report were left out to stay under GitHub's size limit; ${SEE_JSON}.\n`;
    return `> Left out to stay under GitHub's size limit: ${dropped.join('; ')}. For everything, ${SEE_JSON}.\n`;
}
/** The benchmark column: name, plus the package when the report spans several. */
function benchmarkCell(ctx, b) {
    const name = escapeMarkdown(ellipsizeMiddle(singleLineRaw(benchmarkDisplayName(b)), MAX_NAME));
    if (!ctx.multiPackage)
        return name;
    return `${name}<br><sub>${escapeMarkdown(ellipsizeMiddle(singleLineRaw(b.package), MAX_PACKAGE))}</sub>`;
}
function benchmarkProse(ctx, b) {
    const name = escapeMarkdown(ellipsizeMiddle(singleLineRaw(benchmarkDisplayName(b)), MAX_NAME));
    return ctx.multiPackage || b.package ? `${name} in ${codeSpan(ellipsizeMiddle(singleLineRaw(b.package), MAX_PACKAGE))}` : name;
}
function deltaWithAbsolute(c) {
    const delta = formatDelta(c);
    if (c.absoluteDelta === null || delta === MISSING || delta === '~')
        return delta;
    return `${delta} (${formatAbsoluteDelta(c.absoluteDelta, c.unit)})`;
}
function pCell(c, fdr, alpha) {
    const n = formatSampleCount(c.base?.n, c.head?.n);
    if (c.test === 'exact')
        return `exact, ${n}`;
    if (c.p === null)
        return n;
    const raw = formatPValue(c.p, alpha);
    const adjusted = fdr && c.pAdjusted !== null ? ` (${formatPValue(c.pAdjusted, alpha)})` : '';
    return `${raw}${adjusted}, ${n}`;
}
function countPackages(report) {
    const packages = new Set();
    for (const c of report.comparisons)
        packages.add(c.benchmark.package);
    for (const f of report.failures)
        if (f.package)
            packages.add(f.package);
    for (const b of [...report.added, ...report.removed])
        packages.add(b.package);
    return packages.size;
}
/** User text before escaping: sanitised and on one line (escapeMarkdown does this too, but lengths are capped first). */
function singleLineRaw(text) {
    return sanitizeText(String(text ?? '')).replace(/\n/g, ' ');
}
/** Whole parts in order while they fit; a part that does not fit ends the list (later ones are less important). */
function takeWhole(parts, budget) {
    let out = '';
    for (const part of parts) {
        if (out.length + part.length > budget)
            break;
        out += part;
    }
    return out;
}
/**
 * As many rows as fit in `budget`, in order, with a note for the rest. The
 * note's room is reserved from the start, so adding it never overflows.
 */
function fitRows(budget, spec) {
    const { open, rows, close, more } = spec;
    let full = open.length + close.length;
    for (const r of rows)
        full += r.length;
    if (full <= budget)
        return { text: open + rows.join('') + close };
    const reserve = more(rows.length).length;
    let used = open.length + close.length + reserve;
    let shown = 0;
    while (shown < rows.length && used + rows[shown].length <= budget) {
        used += rows[shown].length;
        shown += 1;
    }
    if (shown === 0)
        return { text: '', dropped: spec.dropped };
    return { text: open + rows.slice(0, shown).join('') + more(rows.length - shown) + close };
}
function detailsTable(budget, spec) {
    return fitRows(budget, {
        open: `<details><summary>${spec.summary}</summary>\n\n${spec.header}`,
        rows: spec.rows,
        close: '\n</details>\n\n',
        more: (n) => `\n… and ${n} more ${n === 1 ? spec.noun[0] : spec.noun[1]} not shown; ${SEE_JSON}.\n`,
        dropped: spec.dropped,
    });
}

;// CONCATENATED MODULE: ./src/report/terminal.ts



const ANSI = {
    reset: '\u001b[0m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    red: '\u001b[31m',
    green: '\u001b[32m',
    yellow: '\u001b[33m',
};
const VERDICT_WORD = {
    fail: 'FAIL',
    pass: 'PASS',
    'no-baseline': 'NO BASELINE',
    acknowledged: 'PASS (acknowledged)',
};
const VERDICT_STYLE = {
    fail: 'red',
    pass: 'green',
    'no-baseline': 'yellow',
    acknowledged: 'yellow',
};
/** Lines of a failure's output shown under it; the rest is in the JSON report. */
const OUTPUT_LINES = 20;
function renderTerminal(report, options = {}) {
    const paint = (style, text) => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
    const width = Math.max(40, Math.floor(options.width ?? 120));
    const noBaseline = report.verdict === 'no-baseline' || report.baseline === null;
    const multiPackage = new Set(report.comparisons.map((c) => c.benchmark.package)).size > 1;
    const out = [];
    out.push(paint('bold', `go-runtime-gate${report.name && report.name !== 'go-runtime-gate' ? ` · ${clean(report.name)}` : ''}`));
    out.push(...sideLines(report));
    out.push('');
    for (const [label, rows] of groupByMetric(report.comparisons)) {
        out.push(...metricTable(label, rows, { noBaseline, multiPackage, width, paint, fdr: report.settings.fdr, alpha: report.settings.alpha }));
        out.push('');
    }
    const explained = report.comparisons.filter((c) => c.verdict === 'regression' && c.explanation);
    if (explained.length > 0) {
        out.push(paint('bold', 'Where it comes from:'));
        for (const c of explained)
            out.push(`  ${clean(benchmarkDisplayName(c.benchmark))} ${clean(c.label)}: ${clean(c.explanation ?? '')}`);
        out.push('');
    }
    const siteTitles = [
        ['leak', 'Goroutine leaks'],
        ['escape', 'Heap escapes'],
        ['allocation', 'Allocation sites that changed'],
    ];
    for (const [kind, title] of siteTitles) {
        const sites = (report.sites ?? []).filter((f) => f.kind === kind).sort((a, b) => Number(b.gating) - Number(a.gating));
        if (sites.length === 0)
            continue;
        out.push(paint('bold', `${title} (${sites.length}):`));
        for (const f of sites) {
            const mark = f.gating ? paint('red', '✗') : ' ';
            const where = `${clean(f.file)}:${f.line}${f.function ? ` ${clean(f.function)}` : ''}`;
            const bench = f.benchmark ? ` [${clean(benchmarkDisplayName(f.benchmark))}]` : '';
            out.push(`${mark} ${f.change.padEnd(7)} ${where}${bench}: ${clean(f.summary)}`);
            for (const d of f.details.slice(0, 8))
                out.push(paint('dim', `      ${clean(d)}`));
        }
        out.push('');
    }
    if (report.failures.length > 0) {
        out.push(paint('bold', `Failed benchmarks (${report.failures.length}):`));
        for (const f of report.failures)
            out.push(...failureLines(f, paint));
        out.push('');
    }
    if (!noBaseline && report.added.length + report.removed.length > 0) {
        const names = (list) => list.map((b) => clean(benchmarkDisplayName(b))).join(', ');
        if (report.added.length > 0)
            out.push(`Added (${report.added.length}): ${names(report.added)}`);
        if (report.removed.length > 0)
            out.push(`Removed (${report.removed.length}): ${names(report.removed)}`);
        out.push('');
    }
    const warnings = collectWarnings(report);
    if (warnings.length > 0) {
        out.push(paint('yellow', `Warnings (${warnings.length}):`));
        for (const w of warnings)
            out.push(`  ! ${w}`);
        out.push('');
    }
    out.push(paint('dim', `alpha=${report.settings.alpha}, FDR ${report.settings.fdr ? 'on' : 'off'}; values are median ±CI of the median; ~ = no significant change`));
    out.push(headlineLine(report, paint, noBaseline));
    return out.join('\n') + '\n';
}
function headlineLine(report, paint, noBaseline) {
    const c = report.counts;
    const counts = noBaseline
        ? `${format_plural(report.comparisons.length, 'value')} measured, ${c.failures} failed`
        : `${format_plural(c.regressions, 'regression')}, ${format_plural(c.improvements, 'improvement')}, ${c.unchanged} unchanged, ${c.insufficient} insufficient, ${c.failures} failed`;
    const headline = clean(report.headline).trim();
    const word = VERDICT_WORD[report.verdict] ?? clean(String(report.verdict)).toUpperCase();
    return `${paint('bold', paint(VERDICT_STYLE[report.verdict] ?? 'yellow', word))}  ${headline ? `${headline} ` : ''}(${counts})`;
}
function sideLines(report) {
    const lines = [];
    const describe = (side) => {
        const e = side.environment;
        const bits = [e.ref, side.createdAt ? formatTimestamp(side.createdAt) : '', e.goVersion, `${e.goos}/${e.goarch}`].filter(Boolean).map(clean);
        return `${clean(shortCommit(e.commit)) || MISSING}${bits.length ? ` (${bits.join(', ')})` : ''}`;
    };
    const ab = report.baselineSource === 'ab';
    if (report.baseline && ab)
        lines.push(`baseline: merge-base ${describe(report.baseline)}, measured in this run (A/B, interleaved)`);
    else if (report.baseline)
        lines.push(`baseline: ${describe(report.baseline)}${report.baselineSource ? ` from ${clean(report.baselineSource)}` : ''}`);
    else if (ab)
        lines.push('baseline: none: A/B mode could not measure the merge-base (see the warnings; head values shown)');
    else
        lines.push('baseline: none (nothing compared, nothing gated; head values shown)');
    lines.push(`head:     ${describe(report.head)}`);
    for (const d of environmentDifferences(report.baseline, report.head)) {
        lines.push(`  ! ${d.label} differs: ${d.base} (baseline) vs ${d.head} (head)`);
    }
    return lines;
}
/** Groups in order of first appearance, so the producer's metric order is kept. */
function groupByMetric(comparisons) {
    const groups = new Map();
    for (const c of comparisons) {
        const key = clean(c.label || c.unit);
        const list = groups.get(key);
        if (list)
            list.push(c);
        else
            groups.set(key, [c]);
    }
    return groups;
}
function metricTable(label, rows, t) {
    const sep = ' │ ';
    const names = rows.map((c) => clean((t.multiPackage ? `${c.benchmark.package}.` : '') + benchmarkDisplayName(c.benchmark)));
    const heads = rows.map((c) => clean(formatSummary(c.head, c.unit)));
    const bases = rows.map((c) => clean(formatSummary(c.base, c.unit)));
    const changes = rows.map((c) => (t.noBaseline ? clean(formatSampleCount(c.head?.n)) : changeText(c, t)));
    const marks = rows.map((c) => (t.noBaseline ? { text: '', style: undefined } : verdictMark(c)));
    const wBase = t.noBaseline ? 0 : maxWidth(['base', ...bases]);
    const wHead = maxWidth(['head', ...heads]);
    const wChange = maxWidth([t.noBaseline ? 'n' : 'delta', ...changes]);
    const fixed = (t.noBaseline ? wHead + sep.length : wBase + wHead + 2 * sep.length) + sep.length + wChange;
    const wName = Math.max(Math.min(maxWidth([label, ...names]), t.width - fixed), Math.min(20, maxWidth([label, ...names])));
    const fitName = (s) => padEnd(truncateWidth(s, wName), wName);
    const header = t.noBaseline
        ? [fitName(label), padStart('head', wHead), padEnd('n', wChange)]
        : [fitName(label), padStart('base', wBase), padStart('head', wHead), padEnd('delta', wChange)];
    const lines = [t.paint('bold', header.join(sep).trimEnd())];
    const rule = (t.noBaseline ? [wName, wHead, wChange] : [wName, wBase, wHead, wChange]).map((w) => '─'.repeat(w)).join('─┼─');
    lines.push(rule);
    rows.forEach((_, i) => {
        const cells = t.noBaseline
            ? [fitName(names[i]), padStart(heads[i], wHead), padEnd(changes[i], wChange)]
            : [fitName(names[i]), padStart(bases[i], wBase), padStart(heads[i], wHead), padEnd(changes[i], wChange)];
        const mark = marks[i];
        const line = cells.join(sep) + (mark.text ? `  ${mark.style ? t.paint(mark.style, mark.text) : mark.text}` : '');
        lines.push(line.trimEnd());
    });
    return lines;
}
/** benchstat's change column: `+12.34% (p=0.002 n=6)`, `~ (p=0.818 n=6)`; adjusted p added when FDR is on. */
function changeText(c, t) {
    const delta = formatDelta(c);
    const stats = [];
    if (c.test === 'exact')
        stats.push('exact');
    else if (c.p !== null) {
        stats.push(formatP(c.p, t.alpha));
        if (t.fdr && c.pAdjusted !== null && c.pAdjusted !== c.p)
            stats.push(`adj=${formatP(c.pAdjusted, t.alpha).slice(2)}`);
    }
    const n = formatSampleCount(c.base?.n, c.head?.n);
    if (n !== MISSING)
        stats.push(n);
    return clean(stats.length ? `${delta} (${stats.join(' ')})` : delta);
}
function verdictMark(c) {
    switch (c.verdict) {
        case 'regression':
            return c.gating ? { text: '✗ regression (gate)', style: 'red' } : { text: '✗ regression (report only)', style: 'yellow' };
        case 'improvement':
            return { text: '✓ improvement', style: 'green' };
        case 'insufficient':
            return { text: `? insufficient${c.reason ? `: ${clean(c.reason)}` : ''}`, style: 'yellow' };
        default:
            return { text: '' };
    }
}
function failureLines(f, paint) {
    const who = f.name ? clean(f.name) : 'package';
    const where = f.package ? ` in ${clean(f.package)}` : '';
    const side = f.side === 'base' ? ' on the baseline' : '';
    const message = clean(f.message).trim();
    const lines = [`  ${paint('red', '✗')} ${who}${where} ${FAILURE_KIND[f.kind] ?? clean(f.kind)}${side}${message ? `: ${message}` : ''}`];
    const output = sanitizeText(f.output).trim();
    if (output) {
        for (const line of clipOutput(output, OUTPUT_LINES, 4_000).split('\n'))
            lines.push(paint('dim', `      │ ${line}`));
    }
    return lines;
}
function collectWarnings(report) {
    const seen = new Set();
    const out = [];
    const push = (w) => {
        const line = clean(w).trim();
        if (line && !seen.has(line)) {
            seen.add(line);
            out.push(line);
        }
    };
    const diffs = environmentDifferences(report.baseline, report.head);
    for (const w of report.warnings)
        if (!isEnvironmentWarning(w, diffs))
            push(w);
    for (const c of report.comparisons)
        for (const w of c.warnings)
            push(`${benchmarkDisplayName(c.benchmark)} ${c.label}: ${w}`);
    return out;
}
/** User text for one terminal line: no control characters, no escape sequences, no line breaks. */
function clean(text) {
    return singleLine(String(text ?? ''));
}
/**
 * Columns a string occupies in a monospace terminal: combining marks and
 * zero-width characters take none, East Asian wide and fullwidth characters
 * and most emoji take two. Approximate (terminals disagree on some emoji),
 * but it keeps CJK benchmark names aligned.
 */
function displayWidth(text) {
    let width = 0;
    for (const ch of text)
        width += charWidth(ch.codePointAt(0));
    return width;
}
function charWidth(cp) {
    if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff)
        return 0;
    if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff))
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0x303e) ||
        (cp >= 0x3041 && cp <= 0x33ff) ||
        (cp >= 0x3400 && cp <= 0x4dbf) ||
        (cp >= 0x4e00 && cp <= 0x9fff) ||
        (cp >= 0xa000 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x1f300 && cp <= 0x1f64f) ||
        (cp >= 0x1f900 && cp <= 0x1f9ff) ||
        (cp >= 0x20000 && cp <= 0x3fffd)) {
        return 2;
    }
    return 1;
}
function maxWidth(texts) {
    return texts.reduce((m, s) => Math.max(m, displayWidth(s)), 0);
}
function padEnd(text, width) {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
function padStart(text, width) {
    return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
/** Shortens to `width` columns by cutting the middle (names differ at both ends). */
function truncateWidth(text, width) {
    if (displayWidth(text) <= width)
        return text;
    if (width <= 1)
        return '…';
    const chars = [...text];
    const budget = width - 1;
    const headBudget = Math.ceil(budget / 2);
    let head = '';
    let used = 0;
    for (const ch of chars) {
        const w = charWidth(ch.codePointAt(0));
        if (used + w > headBudget)
            break;
        head += ch;
        used += w;
    }
    let tail = '';
    let tailUsed = 0;
    for (let i = chars.length - 1; i >= 0; i--) {
        const w = charWidth(chars[i].codePointAt(0));
        if (used + tailUsed + w > budget)
            break;
        tail = chars[i] + tail;
        tailUsed += w;
    }
    return `${head}…${tail}`;
}

;// CONCATENATED MODULE: ./src/report/json.ts
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


/** Pretty-printed, key-sorted JSON of the report. Non-finite numbers (which JSON cannot hold) become null. */
function renderJson(report) {
    return JSON.stringify(sortKeys(report), null, 2) + '\n';
}
const FIRST_KEYS = ['schema', 'version'];
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const source = value;
        const keys = Object.keys(source).sort((a, b) => {
            const ia = FIRST_KEYS.indexOf(a);
            const ib = FIRST_KEYS.indexOf(b);
            if (ia >= 0 || ib >= 0)
                return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
            return a < b ? -1 : a > b ? 1 : 0;
        });
        const out = {};
        for (const k of keys)
            if (source[k] !== undefined)
                out[k] = sortKeys(source[k]);
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
function parseReportJson(text, fileName) {
    let doc;
    try {
        doc = JSON.parse(text.replace(/^\ufeff/, ''));
    }
    catch (err) {
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
        throw new InputError(fileName, undefined, `report version ${REPORT_VERSION} or older`, `found version ${o.version}, written by a newer go-runtime-gate; use that version (or newer) to read it`);
    }
    v.report(o);
    return o;
}
const VERDICTS = ['regression', 'improvement', 'unchanged', 'insufficient'];
const OVERALL = ['pass', 'fail', 'no-baseline', 'acknowledged'];
const MODES = ['gate', 'report', 'off'];
const TESTS = ['mann-whitney', 'exact', 'none'];
const FAILURE_KINDS = ['failed', 'panic', 'timeout', 'build', 'no-result'];
const SIDES = ['head', 'base'];
/**
 * Checks the document field by field against the Report model. Each check
 * names the JSON path it failed at (`comparisons[3].verdict`), which is what
 * someone debugging a hand-edited or corrupted file needs.
 */
class Validator {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(path, expected, found) {
        throw new InputError(this.file, undefined, `${path} to be ${expected}`, `found ${describe(found)}`);
    }
    object(value, path, expected = 'an object') {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(path, expected, value);
        return value;
    }
    field(o, key, path) {
        return [o[key], path ? `${path}.${key}` : key];
    }
    string(o, key, path) {
        const [v, p] = this.field(o, key, path);
        if (typeof v !== 'string')
            this.fail(p, 'a string', v);
    }
    number(o, key, path, nullable = false) {
        const [v, p] = this.field(o, key, path);
        if (nullable && v === null)
            return;
        if (typeof v !== 'number' || !Number.isFinite(v))
            this.fail(p, nullable ? 'a number or null' : 'a number', v);
    }
    boolean(o, key, path) {
        const [v, p] = this.field(o, key, path);
        if (typeof v !== 'boolean')
            this.fail(p, 'true or false', v);
    }
    oneOf(o, key, path, allowed) {
        const [v, p] = this.field(o, key, path);
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(p, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, v);
    }
    array(o, key, path, each) {
        const [v, p] = this.field(o, key, path);
        if (!Array.isArray(v))
            this.fail(p, 'an array', v);
        v.forEach((item, i) => each(item, `${p}[${i}]`));
    }
    strings(o, key, path) {
        this.array(o, key, path, (item, p) => {
            if (typeof item !== 'string')
                this.fail(p, 'a string', item);
        });
    }
    numbers(o, key, path) {
        this.array(o, key, path, (item, p) => {
            if (typeof item !== 'number' || !Number.isFinite(item))
                this.fail(p, 'a number', item);
        });
    }
    report(o) {
        this.string(o, 'name', '');
        this.string(o, 'baselineSource', '');
        this.oneOf(o, 'verdict', '', OVERALL);
        this.string(o, 'headline', '');
        this.runSide(o.head, 'head');
        if (o.baseline !== null)
            this.runSide(o.baseline, 'baseline');
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
        for (const k of ['regressions', 'improvements', 'unchanged', 'insufficient', 'failures'])
            this.number(counts, k, 'counts');
    }
    runSide(value, path) {
        const side = this.object(value, path, path === 'baseline' ? 'an object or null' : 'an object');
        this.string(side, 'createdAt', path);
        const env = this.object(side.environment, `${path}.environment`);
        for (const k of ['goVersion', 'goos', 'goarch', 'cpu', 'runnerOs', 'commit', 'ref', 'configHash'])
            this.string(env, k, `${path}.environment`);
        this.number(env, 'gomaxprocs', `${path}.environment`);
        const cp = `${path}.config`;
        const config = this.object(side.config, cp);
        this.strings(config, 'packages', cp);
        for (const k of ['bench', 'benchtime', 'tags', 'timeout'])
            this.string(config, k, cp);
        this.number(config, 'count', cp);
        this.numbers(config, 'cpu', cp);
        this.strings(config, 'goTestFlags', cp);
        this.boolean(config, 'memprofile', cp);
        this.boolean(config, 'trace', cp);
    }
    benchmark(value, path) {
        const b = this.object(value, path);
        this.string(b, 'package', path);
        this.string(b, 'name', path);
        this.number(b, 'procs', path);
        if (b.file !== undefined)
            this.string(b, 'file', path);
        if (b.line !== undefined)
            this.number(b, 'line', path);
    }
    summary(o, key, path) {
        const [v, p] = [o[key], `${path}.${key}`];
        if (v === null)
            return;
        const s = this.object(v, p, 'a sample summary or null');
        for (const k of ['n', 'median', 'low', 'high', 'confidence', 'min', 'max'])
            this.number(s, k, p);
    }
    comparison(value, path) {
        const c = this.object(value, path);
        this.benchmark(c.benchmark, `${path}.benchmark`);
        for (const k of ['metric', 'unit', 'label', 'reason'])
            this.string(c, k, path);
        this.boolean(c, 'lowerIsBetter', path);
        this.oneOf(c, 'mode', path, MODES);
        this.summary(c, 'base', path);
        this.summary(c, 'head', path);
        for (const k of ['delta', 'absoluteDelta', 'p', 'pAdjusted'])
            this.number(c, k, path, true);
        this.oneOf(c, 'test', path, TESTS);
        this.number(c, 'threshold', path);
        this.number(c, 'floor', path);
        this.oneOf(c, 'verdict', path, VERDICTS);
        this.boolean(c, 'gating', path);
        this.strings(c, 'warnings', path);
    }
    failure(value, path) {
        const f = this.object(value, path);
        for (const k of ['package', 'name', 'message', 'output'])
            this.string(f, k, path);
        this.oneOf(f, 'kind', path, FAILURE_KINDS);
        this.oneOf(f, 'side', path, SIDES);
    }
}
/** A short description of a JSON value for error messages (never the whole value: it may be huge). */
function describe(value) {
    if (value === undefined)
        return 'nothing (field missing)';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string') {
        const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        return `the string ${JSON.stringify(shown)}`;
    }
    return `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./src/result/io.ts
/**
 * Reading and writing RunResult documents.
 *
 * A RunResult outlives the process that wrote it: it is restored as a baseline
 * days later, possibly by a newer go-runtime-gate, possibly after a cache entry
 * was truncated. So the reader trusts nothing. Every document is checked field
 * by field against schema v1 and every defect becomes an `InputError` that says
 * which file, where in it (line:column, and the JSON path such as
 * `$.benchmarks[0].samples[2].wallMs`) and what was expected there. A comparison
 * against a half-read baseline would produce confident nonsense; a precise
 * refusal lets the user delete one file or cache entry and move on.
 *
 * Versions: documents carry an integer `version`. Older versions are upgraded
 * one step at a time through `migrations` before validation, so only the current
 * shape needs a validator. Newer versions are refused — guessing at fields a
 * future release added (or reinterpreted) could silently change a verdict.
 */






// ---------------------------------------------------------------------------
// Serialisation
/** Keys that lead the top-level object so `head` on a file shows what it is. */
const LEADING_KEYS = ['schema', 'version'];
/**
 * Pretty JSON with a canonical key order (schema and version first, then every
 * object's keys in code-unit order). Stable output makes two results of the same
 * run byte-identical, so files diff cleanly and content hashes mean something.
 *
 * Throws a plain Error for NaN or ±Infinity: JSON.stringify would quietly write
 * `null`, and the resulting file would be refused only much later, when someone
 * restores it as a baseline. A non-finite value here is a producer bug, and it
 * is cheapest to surface it where it happens.
 */
function serializeRunResult(r) {
    return JSON.stringify(canonicalise(r, []), null, 2) + '\n';
}
function compareKeys(a, b) {
    // Code-unit order, not localeCompare: the order must not depend on the locale of the runner.
    return a < b ? -1 : a > b ? 1 : 0;
}
function canonicalise(value, path) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`cannot serialise RunResult: ${value} at ${formatPath(path)} is not a finite number`);
        return value;
    }
    if (Array.isArray(value))
        return value.map((v, i) => canonicalise(v === undefined ? null : v, [...path, i]));
    if (value !== null && typeof value === 'object') {
        const obj = value;
        const keys = Object.keys(obj)
            .filter((k) => obj[k] !== undefined)
            .sort((a, b) => {
            if (path.length === 0) {
                const ia = LEADING_KEYS.indexOf(a);
                const ib = LEADING_KEYS.indexOf(b);
                if (ia !== ib)
                    return (ia < 0 ? LEADING_KEYS.length : ia) - (ib < 0 ? LEADING_KEYS.length : ib);
            }
            return compareKeys(a, b);
        });
        const out = {};
        for (const k of keys)
            out[k] = canonicalise(obj[k], [...path, k]);
        return out;
    }
    return value;
}
/**
 * Upgrade steps keyed by the version they start from (`migrations[1]` turns a
 * v1 document into v2). Empty while v1 is the only version ever written; when
 * schema 2 arrives, its author adds `migrations[1]` and every stored v1
 * baseline keeps working. Mutable on purpose so tests can register a step.
 */
const migrations = {};
// ---------------------------------------------------------------------------
// Parsing
/**
 * Parses and validates a RunResult. `fileName` is used only in messages.
 * Throws `InputError` (and nothing else) for any text that is not a valid
 * RunResult of a version this release can read.
 */
function parseRunResult(text, fileName) {
    // A byte-order mark is not JSON, but editors add one; a space keeps every offset where it was.
    const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    let doc;
    try {
        doc = JSON.parse(src);
    }
    catch (e) {
        throw syntaxError(src, fileName, e);
    }
    return documentToRunResult(doc, fileName, src);
}
/**
 * Validates (and migrates) an already-parsed document. `text`, when given, is
 * the JSON it came from and lets errors carry a line:column.
 */
function documentToRunResult(doc, fileName, text) {
    let checker = new Checker(fileName, text);
    const root = checker.object(doc, [], 'a go-runtime-gate RunResult (a JSON object)');
    const schema = checker.field(root, 'schema', [], (v, p) => checker.string(v, p, `"${RUN_RESULT_SCHEMA}"`));
    if (schema !== RUN_RESULT_SCHEMA)
        checker.fail(['schema'], `"${RUN_RESULT_SCHEMA}"`, found(schema));
    const version = checker.field(root, 'version', [], (v, p) => checker.integer(v, p, 0, 'an integer schema version'));
    if (version > RUN_RESULT_VERSION) {
        checker.fail(['version'], `schema version ${RUN_RESULT_VERSION} or older`, `written by a newer go-runtime-gate (schema ${version}); this version reads up to ${RUN_RESULT_VERSION} — upgrade the action`);
    }
    let current = root;
    for (let v = version; v < RUN_RESULT_VERSION; v++) {
        const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
        if (!step) {
            checker.fail(['version'], `schema version ${RUN_RESULT_VERSION} or one this release can migrate`, `schema ${v} is older than any this version of go-runtime-gate can read; record the baseline again`);
        }
        let next;
        try {
            next = step(current);
        }
        catch (e) {
            if (e instanceof InputError)
                throw e;
            throw new InputError(fileName, undefined, `a schema ${v} RunResult that can be migrated to schema ${v + 1}`, errorText(e));
        }
        if (next === null || typeof next !== 'object' || Array.isArray(next)) {
            throw new InputError(fileName, undefined, `a schema ${v} RunResult that can be migrated to schema ${v + 1}`, 'the migration produced no document');
        }
        current = { ...next, version: v + 1 };
        // Positions in the file describe the old shape; after a migration only JSON paths are meaningful.
        checker = new Checker(fileName, undefined);
    }
    return validateV1(checker, current);
}
function validateV1(c, root) {
    const str = (v, p) => c.string(v, p);
    const strArray = (v, p) => c.array(v, p, str);
    c.field(root, 'tool', [], (v, p) => {
        const o = c.object(v, p);
        c.field(o, 'name', p, str);
        c.field(o, 'version', p, str);
    });
    c.field(root, 'createdAt', [], (v, p) => {
        const s = c.string(v, p, 'an ISO 8601 timestamp');
        // Baselines are ranked by this date; an unparseable one would sort arbitrarily.
        if (Number.isNaN(Date.parse(s)))
            c.fail(p, 'an ISO 8601 timestamp', found(s));
    });
    c.field(root, 'environment', [], (v, p) => {
        const o = c.object(v, p);
        for (const k of ['goVersion', 'goos', 'goarch', 'cpu', 'runnerOs', 'commit', 'ref', 'configHash'])
            c.field(o, k, p, str);
        c.field(o, 'gomaxprocs', p, (x, q) => c.integer(x, q, 0));
    });
    c.field(root, 'config', [], (v, p) => {
        const o = c.object(v, p);
        c.field(o, 'packages', p, strArray);
        for (const k of ['bench', 'benchtime', 'tags', 'timeout'])
            c.field(o, k, p, str);
        c.field(o, 'count', p, (x, q) => c.integer(x, q, 1));
        c.field(o, 'cpu', p, (x, q) => c.array(x, q, (y, r) => c.integer(y, r, 1)));
        c.field(o, 'goTestFlags', p, strArray);
        c.field(o, 'memprofile', p, (x, q) => c.boolean(x, q));
        c.field(o, 'trace', p, (x, q) => c.boolean(x, q));
    });
    c.field(root, 'workingDirectory', [], str);
    c.field(root, 'benchmarks', [], (v, p) => c.array(v, p, (b, bp) => validateBenchmark(c, b, bp)));
    c.field(root, 'packageFailures', [], (v, p) => c.array(v, p, (f, fp) => {
        const o = c.object(f, fp);
        c.field(o, 'package', fp, str);
        c.field(o, 'kind', fp, (x, q) => c.oneOf(x, q, ['build', 'list']));
        c.field(o, 'message', fp, str);
        c.field(o, 'output', fp, str);
    }));
    c.field(root, 'warnings', [], strArray);
    return root;
}
function validateBenchmark(c, value, p) {
    const str = (v, q) => c.string(v, q);
    const finite = (v, q) => c.number(v, q);
    const b = c.object(value, p);
    c.field(b, 'package', p, str);
    c.field(b, 'name', p, str);
    c.field(b, 'procs', p, (x, q) => c.integer(x, q, 1));
    c.optional(b, 'file', p, str);
    c.optional(b, 'line', p, (x, q) => c.integer(x, q, 1));
    c.field(b, 'samples', p, (v, sp) => c.array(v, sp, (s, q) => {
        const o = c.object(s, q);
        c.field(o, 'order', q, (x, r) => c.integer(x, r, 0));
        c.field(o, 'iterations', q, (x, r) => c.integer(x, r, 0));
        c.field(o, 'values', q, (x, r) => c.record(x, r, finite));
        c.field(o, 'artifacts', q, (x, r) => {
            const a = c.object(x, r);
            c.optional(a, 'memprofile', r, str);
            c.optional(a, 'trace', r, str);
        });
        c.field(o, 'wallMs', q, (x, r) => c.number(x, r, 0));
    }));
    c.field(b, 'metrics', p, (v, q) => c.record(v, q, (x, r) => c.array(x, r, finite)));
    c.field(b, 'unavailable', p, (v, q) => c.record(v, q, str));
    c.optional(b, 'failure', p, (v, q) => {
        const f = c.object(v, q);
        c.field(f, 'kind', q, (x, r) => c.oneOf(x, r, ['failed', 'panic', 'timeout', 'build', 'no-result']));
        c.field(f, 'message', q, str);
        c.field(f, 'output', q, str);
    });
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** `$.benchmarks[0].metrics["custom:frames/s"]` — the notation jq and JSONPath users read. */
function formatPath(path) {
    let s = '$';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else
            s += IDENTIFIER.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`;
    }
    return s;
}
const io_MISSING = 'missing';
function found(value) {
    if (value === null)
        return 'found null';
    if (Array.isArray(value))
        return 'found an array';
    switch (typeof value) {
        case 'string': {
            const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
            return `found string ${JSON.stringify(shown)}`;
        }
        case 'number':
        case 'boolean':
            return `found ${typeof value} ${String(value)}`;
        case 'object':
            return 'found an object';
        default:
            return `found ${typeof value}`;
    }
}
/**
 * Small, throwing validators. Each takes the value and its path so that a
 * failure can point at it; `fail` turns the path into a line:column when the
 * source text is available.
 */
class Checker {
    file;
    text;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    fail(path, expected, detail) {
        let position;
        if (this.text !== undefined) {
            // A missing field has no position of its own; point at the object that lacks it.
            const at = valueOffset(this.text, detail === io_MISSING ? path.slice(0, -1) : path);
            if (at !== undefined)
                position = lineColumn(this.text, at);
        }
        throw new InputError(this.file, position, `${expected} at ${formatPath(path)}`, detail);
    }
    field(obj, key, parent, check) {
        if (!Object.hasOwn(obj, key))
            this.fail([...parent, key], describeExpectation(check), io_MISSING);
        return check(obj[key], [...parent, key]);
    }
    optional(obj, key, parent, check) {
        if (Object.hasOwn(obj, key))
            check(obj[key], [...parent, key]);
    }
    object(v, p, what = 'an object') {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            this.fail(p, what, found(v));
        return v;
    }
    string(v, p, what = 'a string') {
        if (typeof v !== 'string')
            this.fail(p, what, found(v));
        return v;
    }
    boolean(v, p) {
        if (typeof v !== 'boolean')
            this.fail(p, 'a boolean', found(v));
        return v;
    }
    number(v, p, min) {
        // JSON has no NaN, but `1e400` parses to Infinity.
        const what = min === undefined ? 'a finite number' : `a finite number ≥ ${min}`;
        if (typeof v !== 'number' || !Number.isFinite(v) || (min !== undefined && v < min))
            this.fail(p, what, found(v));
        return v;
    }
    integer(v, p, min, what = `an integer ≥ ${min}`) {
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
            this.fail(p, what, found(v));
        return v;
    }
    oneOf(v, p, allowed) {
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(p, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, found(v));
        return v;
    }
    array(v, p, each) {
        if (!Array.isArray(v))
            this.fail(p, 'an array', found(v));
        return v.map((x, i) => each(x, [...p, i]));
    }
    record(v, p, each) {
        const o = this.object(v, p, 'an object');
        for (const [k, x] of Object.entries(o))
            each(x, [...p, k]);
    }
}
/**
 * What a missing field should have held. Running the check on a value that
 * fails every check (a unique symbol) yields exactly the "expected …" text the
 * check would produce for a wrong value, so the two messages never drift apart.
 */
function describeExpectation(check) {
    try {
        check(PROBE, []);
    }
    catch (e) {
        if (e instanceof InputError)
            return e.expected.replace(/ at \$$/, '');
    }
    return 'a value';
}
const PROBE = Symbol('missing');
// ---------------------------------------------------------------------------
// Positions in JSON text
/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
function isWs(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
function skipWs(text, i) {
    while (isWs(text[i]))
        i++;
    return i;
}
function skipString(text, i) {
    for (let j = i + 1; j < text.length; j++) {
        if (text[j] === '\\')
            j++;
        else if (text[j] === '"')
            return j + 1;
    }
    return text.length;
}
/** End of the JSON value starting at `i` (text is known to be valid JSON). Iterative: depth is unbounded. */
function skipValue(text, i) {
    const c = text[i];
    if (c === '"')
        return skipString(text, i);
    if (c === '{' || c === '[') {
        let depth = 0;
        for (let j = i; j < text.length;) {
            const d = text[j];
            if (d === '"') {
                j = skipString(text, j);
                continue;
            }
            if (d === '{' || d === '[')
                depth++;
            else if (d === '}' || d === ']') {
                depth--;
                if (depth === 0)
                    return j + 1;
            }
            j++;
        }
        return text.length;
    }
    let j = i;
    while (j < text.length && !isWs(text[j]) && text[j] !== ',' && text[j] !== ']' && text[j] !== '}')
        j++;
    return j;
}
/**
 * Offset of the value at `path` in valid JSON text, or undefined. Used only
 * after a check failed, so walking the text a second time costs nothing in the
 * normal case. For a duplicated key the last one wins, as in JSON.parse.
 */
function valueOffset(text, path) {
    let i = skipWs(text, 0);
    for (const seg of path) {
        if (typeof seg === 'number') {
            if (text[i] !== '[')
                return undefined;
            i = skipWs(text, i + 1);
            if (text[i] === ']')
                return undefined;
            for (let k = 0; k < seg; k++) {
                i = skipWs(text, skipValue(text, i));
                if (text[i] !== ',')
                    return undefined;
                i = skipWs(text, i + 1);
            }
        }
        else {
            if (text[i] !== '{')
                return undefined;
            i = skipWs(text, i + 1);
            let at;
            while (text[i] === '"') {
                const end = skipString(text, i);
                const key = JSON.parse(text.slice(i, end));
                i = skipWs(text, skipWs(text, end) + 1); // past ':'
                if (key === seg)
                    at = i;
                i = skipWs(text, skipValue(text, i));
                if (text[i] !== ',')
                    break;
                i = skipWs(text, i + 1);
            }
            if (at === undefined)
                return undefined;
            i = at;
        }
    }
    return i;
}
function describeChar(text, i) {
    if (i >= text.length)
        return i === 0 ? 'found an empty file' : 'found end of input (file truncated?)';
    const cp = text.codePointAt(i);
    const ch = String.fromCodePoint(cp);
    return cp < 0x20 || cp === 0x7f ? `found control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `found ${JSON.stringify(ch)}`;
}
/**
 * Finds the first syntax error in text that JSON.parse rejected. V8's messages
 * carry a position only for some errors ("Unexpected token '}', "…" is not
 * valid JSON" has none) and their wording changes between Node releases, so
 * the position is recomputed here with a small ECMA-404 scanner. It is
 * iterative with an explicit stack, so hostile nesting depth cannot overflow it.
 */
function locateJsonSyntaxError(text) {
    const n = text.length;
    const stack = [];
    let mode = 'value';
    let i = 0;
    const fault = (offset, expected) => ({ offset, expected, found: describeChar(text, offset) });
    const scanString = () => {
        for (let j = i + 1;; j++) {
            if (j >= n)
                return fault(j, 'a closing \'"\' to end the string');
            const c = text.charCodeAt(j);
            if (c === 0x22) {
                i = j + 1;
                return undefined;
            }
            if (c === 0x5c) {
                const e = text[j + 1];
                if (e === 'u') {
                    for (let k = 2; k < 6; k++)
                        if (!/[0-9A-Fa-f]/.test(text[j + k] ?? ''))
                            return fault(j + k, 'four hexadecimal digits after \\u');
                    j += 5;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    j++;
                else
                    return fault(j + 1, 'an escape character (one of " \\ / b f n r t u) after \\');
            }
            else if (c < 0x20)
                return fault(j, 'an escaped control character (raw control characters are not allowed in strings)');
        }
    };
    const digits = (j) => {
        while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39)
            j++;
        return j;
    };
    const isDigit = (j) => j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39;
    const scanNumber = () => {
        let j = i;
        if (text[j] === '-')
            j++;
        if (!isDigit(j))
            return fault(j, 'a digit');
        j = text[j] === '0' ? j + 1 : digits(j);
        if (text[j] === '.') {
            if (!isDigit(j + 1))
                return fault(j + 1, 'a digit after the decimal point');
            j = digits(j + 1);
        }
        if (text[j] === 'e' || text[j] === 'E') {
            j++;
            if (text[j] === '+' || text[j] === '-')
                j++;
            if (!isDigit(j))
                return fault(j, 'a digit in the exponent');
            j = digits(j);
        }
        i = j;
        return undefined;
    };
    for (;;) {
        i = skipWs(text, i);
        const ch = text[i];
        switch (mode) {
            case 'value':
            case 'value-or-close': {
                if (mode === 'value-or-close' && ch === ']') {
                    stack.pop();
                    i++;
                    mode = 'after-value';
                    break;
                }
                if (ch === '{') {
                    stack.push('}');
                    i++;
                    mode = 'key-or-close';
                    break;
                }
                if (ch === '[') {
                    stack.push(']');
                    i++;
                    mode = 'value-or-close';
                    break;
                }
                let f;
                if (ch === '"')
                    f = scanString();
                else if (ch === '-' || isDigit(i))
                    f = scanNumber();
                else {
                    const literal = ch === 't' ? 'true' : ch === 'f' ? 'false' : ch === 'n' ? 'null' : undefined;
                    if (!literal)
                        return fault(i, mode === 'value-or-close' ? "a JSON value or ']'" : 'a JSON value (object, array, string, number, true, false or null)');
                    for (let k = 0; k < literal.length; k++)
                        if (text[i + k] !== literal[k])
                            return fault(i + k, `the literal ${literal}`);
                    i += literal.length;
                }
                if (f)
                    return f;
                mode = 'after-value';
                break;
            }
            case 'key':
            case 'key-or-close': {
                if (mode === 'key-or-close' && ch === '}') {
                    stack.pop();
                    i++;
                    mode = 'after-value';
                    break;
                }
                if (ch !== '"')
                    return fault(i, mode === 'key-or-close' ? "a property name in double quotes or '}'" : 'a property name in double quotes');
                const f = scanString();
                if (f)
                    return f;
                i = skipWs(text, i);
                if (text[i] !== ':')
                    return fault(i, "':' after the property name");
                i++;
                mode = 'value';
                break;
            }
            case 'after-value': {
                const close = stack[stack.length - 1];
                if (close === undefined)
                    return i < n ? fault(i, 'end of input after the JSON value') : undefined;
                if (ch === ',') {
                    i++;
                    mode = close === '}' ? 'key' : 'value';
                }
                else if (ch === close) {
                    stack.pop();
                    i++;
                }
                else {
                    return fault(i, close === '}' ? "',' or '}' after a property value" : "',' or ']' after an array element");
                }
                break;
            }
        }
    }
}
function syntaxError(text, fileName, cause) {
    const f = locateJsonSyntaxError(text);
    if (f)
        return new InputError(fileName, lineColumn(text, f.offset), f.expected, f.found);
    // The scanner and V8 disagree (should not happen): fall back to whatever V8 said.
    const msg = errorText(cause);
    const m = /at position (\d+)/.exec(msg);
    return new InputError(fileName, m ? lineColumn(text, Number(m[1])) : undefined, 'valid JSON', msg);
}
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
// ---------------------------------------------------------------------------
// Files
const GZIP_MAGIC = [0x1f, 0x8b];
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}
/**
 * Decompresses a gzip file. The Inflate stream is used instead of `ungzip`
 * because on failure it still knows how many input bytes it consumed, which
 * becomes the byte offset in the message.
 */
function io_gunzip(bytes, file) {
    const inflate = new Inflate();
    let strm;
    inflate.onStart = (s) => {
        strm = s;
    };
    inflate.push(bytes, true);
    if (inflate.err || !inflate.ended || !(inflate.result instanceof Uint8Array)) {
        const consumed = strm?.total_in ?? 0;
        const truncated = consumed >= bytes.length;
        const detail = truncated ? 'the compressed data ends early (file truncated?)' : inflate.msg || 'corrupt compressed data';
        throw new InputError(file, { offset: consumed }, 'a complete gzip stream', detail);
    }
    return inflate.result;
}
/** Byte offset where the first malformed UTF-8 sequence starts (called only once decoding failed). */
function invalidUtf8Offset(bytes) {
    const decodes = (k, stream) => {
        try {
            // With stream: true a sequence cut by the prefix boundary is tolerated, so only malformed bytes throw.
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k), { stream });
            return true;
        }
        catch {
            return false;
        }
    };
    // Validity of prefixes is monotonic, so the first byte that cannot continue the text is found by bisection.
    let bad = bytes.length; // no bad byte: the text only ends inside a sequence
    if (!decodes(bytes.length, true)) {
        let lo = 0;
        let hi = bytes.length;
        while (lo + 1 < hi) {
            const mid = (lo + hi) >>> 1;
            if (decodes(mid, true))
                lo = mid;
            else
                hi = mid;
        }
        bad = hi - 1;
    }
    // Report the start of the sequence that byte breaks (at most 3 bytes back), not the byte itself.
    for (let start = bad; start >= Math.max(0, bad - 3); start--)
        if (decodes(start, false))
            return start;
    return bad;
}
/** Bytes of a `.json` or `.json.gz` file (detected by content, so a misnamed file still reads) → RunResult. */
function decodeRunResult(bytes, file) {
    const plain = isGzip(bytes) ? io_gunzip(bytes, file) : bytes;
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
    }
    catch {
        const at = invalidUtf8Offset(plain);
        throw new InputError(file, { offset: at }, 'UTF-8 text', isGzip(bytes) ? 'invalid byte in the decompressed data' : 'invalid byte');
    }
    return parseRunResult(text, file);
}
/** RunResult → file bytes: gzip for names ending in `.gz`, plain JSON otherwise. */
function encodeRunResult(r, file) {
    return encodeText(serializeRunResult(r), file);
}
function encodeText(text, file) {
    return file.endsWith('.gz') ? gzip(text) : new TextEncoder().encode(text);
}
/**
 * Reads a `.json` or `.json.gz` RunResult. For a compressed file, line:column
 * positions refer to the decompressed text (what `zcat file | less` shows);
 * byte offsets of gzip errors refer to the file itself.
 */
async function readRunResultFile(path) {
    const bytes = await (0,promises_namespaceObject.readFile)(path);
    return decodeRunResult(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}
/**
 * Writes a RunResult (`.json.gz` compressed, anything else plain JSON) and
 * returns nothing until it is complete on disk.
 *
 * The result is validated first: a file this release cannot read back would
 * only fail later, on some pull request, as a "corrupt baseline". The write
 * goes to a temporary file in the same directory and is renamed into place, so
 * a reader (or a cache save running concurrently) sees the old file or the new
 * one, never a prefix of it.
 */
async function writeRunResultFile(path, r) {
    const text = serializeRunResult(r);
    parseRunResult(text, `${path} (being written)`);
    const bytes = encodeText(text, path);
    const dir = (0,external_node_path_namespaceObject.dirname)(path);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const tmp = (0,external_node_path_namespaceObject.join)(dir, `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_namespaceObject.writeFile)(tmp, bytes);
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/store/names.ts
/**
 * Turning branch names (and other strings from git or the environment) into
 * file names and cache-key components.
 *
 * Branch names are chosen by whoever opens a branch, so they are hostile input:
 * `../../etc`, `feature/x`, names with spaces, commas, control characters or
 * thousands of characters. Both encodings here are injective — percent-encoding
 * with `%` itself always encoded — so two different branches can never share a
 * directory or a key (plain replacement with `_` would make `feature/x` and
 * `feature_x` the same baseline). Overlong names are shortened with a hash of
 * the full name; the `~` that marks a shortened name is never left unencoded,
 * so a shortened name cannot equal another branch's full encoding.
 */


/** Percent-encodes (as UTF-8 bytes) every code point `keep` rejects; `index` counts code points. */
function percentEncode(s, keep) {
    const encoder = new TextEncoder();
    let out = '';
    Array.from(s).forEach((ch, i) => {
        if (keep(ch, i))
            out += ch;
        else
            for (const byte of encoder.encode(ch))
                out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    });
    return out;
}
function shortHash(s, length = 12) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(s).digest('hex').slice(0, length);
}
/** Shortens an encoded string to at most `max` characters: a readable head, `~`, and a hash of the original. */
function bounded(encoded, original, max) {
    if (encoded.length <= max)
        return encoded;
    const hash = shortHash(original);
    let head = encoded.slice(0, Math.max(0, max - hash.length - 1));
    // Never leave half of a %XX escape at the cut.
    head = head.replace(/%[0-9A-F]?$/, '');
    return `${head}~${hash}`;
}
const PATH_SAFE = /^[A-Za-z0-9._-]$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
const MAX_DIR_NAME = 120;
/**
 * A branch name as one directory name. Letters, digits, `_`, `-` and `.` stay
 * readable; everything else (`/`, `\`, spaces, `%`, non-ASCII) is
 * percent-encoded. A leading dot is encoded, so `.`, `..` and hidden names are
 * impossible, and so is a trailing dot, which Windows silently drops. Windows
 * device names (`CON`, `NUL`, …) get their first letter encoded. The result
 * is a single path component that cannot climb out of the store directory.
 *
 * (On case-insensitive file systems `Main` and `main` still share a directory;
 * git itself has the same limitation for refs there.)
 */
function branchDirName(branch) {
    if (branch.length === 0)
        throw new errors_ConfigError('the baseline branch name is empty');
    const chars = Array.from(branch);
    let out = percentEncode(branch, (ch, i) => PATH_SAFE.test(ch) && !(ch === '.' && (i === 0 || i === chars.length - 1)));
    if (WINDOWS_DEVICE.test(out))
        out = percentEncode(out[0], () => false) + out.slice(1);
    return bounded(out, branch, MAX_DIR_NAME);
}
const KEY_SAFE = /^[A-Za-z0-9._/]$/;
/**
 * A string as one component of an Actions cache key. `-` separates the
 * components, and restore-key matching is by prefix, so a component must never
 * contain `-` itself: otherwise the prefix for branch `main` would also match
 * every key of branch `main-old`. Commas are forbidden in keys by the cache
 * service; they are encoded along with everything outside `[A-Za-z0-9._/]`.
 */
function keyComponent(value, max) {
    // An empty value would make two separators adjacent; `~` alone is never produced otherwise.
    const encoded = value.length === 0 ? '~' : percentEncode(value, (ch) => KEY_SAFE.test(ch));
    return bounded(encoded, value, max);
}
/**
 * The user's key prefix. Unlike the other components it may contain `-` (the
 * default does): it is the same for every key of a configuration, so it cannot
 * make one key a prefix of another's.
 */
function keyPrefix(prefix) {
    if (prefix.length === 0)
        throw new ConfigError('cache-key-prefix is empty');
    return percentEncode(prefix, (ch) => /^[A-Za-z0-9._/-]$/.test(ch));
}
/** A file-name stem for a baseline: the commit when it looks like one, else the creation time. */
function baselineStem(commit, createdAt) {
    if (/^[0-9a-f]{4,64}$/i.test(commit))
        return commit.toLowerCase();
    const t = new Date(createdAt);
    const time = Number.isNaN(t.getTime()) ? 'unknown' : t.toISOString().replace(/:/g, '-');
    return `time-${time}`;
}

;// CONCATENATED MODULE: ./src/store/store.ts
/**
 * Baseline stores: where the default branch's RunResults are kept so that a
 * pull request can be compared against them. Two implementations share this
 * interface — the Actions cache in CI (`cache.ts`) and a plain directory for
 * local use and tests (`dir.ts`) — so the engine never knows which it has.
 *
 * Both follow the same preference when restoring, because a team that moves
 * from one to the other should get the same baseline:
 *   1. the exact base commit, measured with the same Go version;
 *   2. the newest baseline of the branch with the same Go version;
 *   3. only then a baseline from another Go version, with a warning — escape
 *      analysis, inlining and the GC change between releases, so such a
 *      comparison mixes the PR's effect with the toolchain's.
 * GOOS, GOARCH and the configuration hash must always match: a baseline that
 * measured something else is no baseline at all.
 */

/** Events whose code comes from a pull request (including forks) and so is untrusted. */
const PULL_REQUEST_EVENT = /^pull_request(_target|_review|_review_comment)?$/;
/**
 * Refuses to save a baseline from a pull-request event. A PR's code is
 * untrusted — it could be a fork — and a baseline it wrote would become the
 * reference every later PR is judged against: a slow or leaky change could
 * "pass" by first poisoning the baseline. `pull_request_target` is included
 * even though it runs in the base repository's context, because workflows
 * using it commonly check out and run the PR's head.
 */
function assertMaySave(eventName) {
    if (PULL_REQUEST_EVENT.test(eventName)) {
        throw new ConfigError(`refusing to save a baseline on a ${eventName} event: pull-request code is untrusted and must not become the baseline; ` +
            'baselines are saved on pushes to the base branch');
    }
}
/** True when the baseline's environment is comparable at all (GOOS, GOARCH and config hash equal). */
function comparableEnvironment(have, want) {
    return have.goos === want.goos && have.goarch === want.goarch && have.configHash === want.configHash;
}
/** Warning shown when a baseline from another Go version had to be used. */
function goVersionWarning(source, baselineGo, runGo, branch) {
    return (`baseline ${source} was measured with ${baselineGo} but this run uses ${runGo}: no baseline of branch ${branch} ` +
        'with the same Go version exists; differences may come from the toolchain (escape analysis, inlining and the GC change between releases)');
}
/** Commits compare case-insensitively: a SHA may be written in either case. */
function sameCommit(a, b) {
    return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./src/store/dir.ts
/**
 * A baseline store in a plain directory, for the CLI and for tests:
 *
 *   <dir>/<branch>/<commit>.json.gz     one RunResult per commit (or `time-…` without a commit)
 *   <dir>/<branch>/index.json           metadata of those files
 *
 * The files are the truth; the index is only a cache of each file's
 * environment so that restore need not decompress every baseline to find the
 * matching one. An entry is trusted only while the file's size and mtime are
 * what the index recorded, files the index does not know are read directly, and
 * a missing or unreadable index is simply rebuilt on the next save. So two
 * saves racing on the index can at worst cost a later restore some reading,
 * never a wrong answer.
 */







const INDEX_FILE = 'index.json';
const INDEX_SCHEMA = 'go-runtime-gate/baseline-index';
function metadataOf(r) {
    const e = r.environment;
    return { commit: e.commit, createdAt: r.createdAt, goos: e.goos, goarch: e.goarch, goVersion: e.goVersion, configHash: e.configHash };
}
function isIndexEntry(v) {
    if (v === null || typeof v !== 'object')
        return false;
    const o = v;
    return (['commit', 'createdAt', 'goos', 'goarch', 'goVersion', 'configHash'].every((k) => typeof o[k] === 'string') &&
        typeof o.size === 'number' &&
        typeof o.mtimeMs === 'number');
}
function isBaselineFile(name) {
    return !name.startsWith('.') && name !== INDEX_FILE && (name.endsWith('.json.gz') || name.endsWith('.json'));
}
function isNotFound(e) {
    return e?.code === 'ENOENT';
}
/** Milliseconds of an ISO date; an unparseable one (possible only in a hand-edited index) sorts as oldest. */
function timeOf(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? 0 : t;
}
class DirectoryStore {
    kind = 'dir';
    dir;
    constructor(dir) {
        this.dir = (0,external_node_path_namespaceObject.resolve)(dir);
    }
    /** The branch's directory, checked to be a direct child of the store (defence in depth: the encoding already guarantees it). */
    branchDir(branch) {
        const path = (0,external_node_path_namespaceObject.resolve)(this.dir, branchDirName(branch));
        if ((0,external_node_path_namespaceObject.dirname)(path) !== this.dir) {
            throw new Error(`internal: branch directory ${path} escapes the store ${this.dir}`);
        }
        return path;
    }
    async save(result, branch) {
        const dir = this.branchDir(branch);
        const file = `${baselineStem(result.environment.commit, result.createdAt)}.json.gz`;
        const path = (0,external_node_path_namespaceObject.join)(dir, file);
        // Atomic (temporary file + rename): a restore running meanwhile sees the old file or the new one.
        await writeRunResultFile(path, result);
        const st = await (0,promises_namespaceObject.stat)(path);
        const index = await this.readIndex(dir, branch);
        index.entries[file] = { ...metadataOf(result), size: st.size, mtimeMs: st.mtimeMs };
        await this.refreshIndex(dir, index);
        await writeAtomically((0,external_node_path_namespaceObject.join)(dir, INDEX_FILE), JSON.stringify(index, null, 2) + '\n');
        return path;
    }
    /**
     * Drops entries of files that are gone and indexes files the index does not
     * know (or knows in an older state), so a lost index costs one slow save
     * rather than slow restores forever. Unreadable files stay unindexed: restore
     * reads them and reports them.
     */
    async refreshIndex(dir, index) {
        const present = (await (0,promises_namespaceObject.readdir)(dir)).filter(isBaselineFile);
        const keep = new Set(present);
        for (const name of Object.keys(index.entries))
            if (!keep.has(name))
                delete index.entries[name];
        for (const name of present) {
            const path = (0,external_node_path_namespaceObject.join)(dir, name);
            try {
                const st = await (0,promises_namespaceObject.stat)(path);
                const entry = index.entries[name];
                if (entry && entry.size === st.size && entry.mtimeMs === st.mtimeMs)
                    continue;
                const r = await readRunResultFile(path);
                index.entries[name] = { ...metadataOf(r), size: st.size, mtimeMs: st.mtimeMs };
            }
            catch (e) {
                if (!(e instanceof InputError) && !isNotFound(e))
                    throw e;
                delete index.entries[name];
            }
        }
    }
    async restore(q) {
        const dir = this.branchDir(q.branch);
        let names;
        try {
            names = (await (0,promises_namespaceObject.readdir)(dir)).filter(isBaselineFile).sort();
        }
        catch (e) {
            if (isNotFound(e))
                return null;
            throw e;
        }
        const index = await this.readIndex(dir, q.branch);
        const corrupt = [];
        const candidates = [];
        for (const file of names) {
            const path = (0,external_node_path_namespaceObject.join)(dir, file);
            let st;
            try {
                st = await (0,promises_namespaceObject.stat)(path);
            }
            catch (e) {
                if (isNotFound(e))
                    continue; // removed since the listing
                throw e;
            }
            const entry = index.entries[file];
            if (entry && entry.size === st.size && entry.mtimeMs === st.mtimeMs) {
                candidates.push({ file, path, meta: entry, mtimeMs: st.mtimeMs });
                continue;
            }
            try {
                const result = await readRunResultFile(path);
                candidates.push({ file, path, meta: metadataOf(result), mtimeMs: st.mtimeMs, result });
            }
            catch (e) {
                if (!(e instanceof InputError))
                    throw e;
                corrupt.push({ error: e, mtimeMs: st.mtimeMs });
            }
        }
        const want = q.environment;
        const rank = (m) => {
            const sameGo = m.goVersion === want.goVersion;
            const exact = sameCommit(m.commit, q.commit);
            return sameGo ? (exact ? 0 : 1) : exact ? 2 : 3;
        };
        const ordered = candidates
            .filter((c) => comparableEnvironment(c.meta, want))
            .sort((a, b) => rank(a.meta) - rank(b.meta) || timeOf(b.meta.createdAt) - timeOf(a.meta.createdAt) || (a.file < b.file ? 1 : -1));
        for (const c of ordered) {
            let result = c.result;
            if (!result) {
                try {
                    result = await readRunResultFile(c.path);
                }
                catch (e) {
                    if (isNotFound(e))
                        continue;
                    if (!(e instanceof InputError))
                        throw e;
                    corrupt.push({ error: e, mtimeMs: c.mtimeMs });
                    continue;
                }
                // The index could describe an older file of the same size and mtime; the file itself decides.
                if (!comparableEnvironment(result.environment, want))
                    continue;
            }
            const source = `dir:${c.path}`;
            const warnings = corrupt.map(({ error }) => `ignored a corrupt baseline: ${error.message}`);
            if (result.environment.goVersion !== want.goVersion) {
                warnings.push(goVersionWarning(source, result.environment.goVersion, want.goVersion, q.branch));
            }
            return { result, source, exactCommit: sameCommit(result.environment.commit, q.commit), warnings };
        }
        // Nothing usable. If something unreadable was there, it may well have been the baseline:
        // saying so (with the newest such file's error) beats a quiet "no baseline" pass.
        if (corrupt.length > 0) {
            corrupt.sort((a, b) => b.mtimeMs - a.mtimeMs);
            throw corrupt[0].error;
        }
        return null;
    }
    async readIndex(dir, branch) {
        const empty = { schema: INDEX_SCHEMA, version: 1, branch, entries: {} };
        let parsed;
        try {
            parsed = JSON.parse(await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(dir, INDEX_FILE), 'utf8'));
        }
        catch {
            return empty; // missing or unreadable: the files themselves are still there
        }
        const p = parsed;
        if (!p || p.schema !== INDEX_SCHEMA || p.version !== 1 || typeof p.entries !== 'object' || p.entries === null)
            return empty;
        for (const [file, entry] of Object.entries(p.entries))
            if (isBaselineFile(file) && isIndexEntry(entry))
                empty.entries[file] = entry;
        return empty;
    }
}
async function writeAtomically(path, text) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    const tmp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_namespaceObject.writeFile)(tmp, text);
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/trace/inspect.ts
/**
 * `go-runtime-gate inspect <trace>`: the metrics of one trace, as a terminal
 * table for people or JSON for machines. Strings from the trace (function and
 * file names) are untrusted and sanitised before they reach a terminal.
 */


function table(rows) {
    const w = Math.max(...rows.map(([k]) => k.length));
    return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`);
}
function renderTraceInspection(metrics, options = {}) {
    if (options.json)
        return JSON.stringify(metrics, null, 2) + '\n';
    const m = metrics;
    const p = m.gcPauses;
    const g = m.goroutines;
    const lines = [];
    lines.push(`Go execution trace (wire format go 1.${m.goVersion})`);
    lines.push(...table([
        ['duration', formatNanoseconds(m.durationNs)],
        ['generations', String(m.generations)],
    ]));
    lines.push('', 'GC');
    lines.push(...table([
        ['cycles', String(m.gcCycles)],
        ['STW pauses', String(p.count)],
        ['pause p50', formatNanoseconds(p.p50Ns)],
        ['pause p99', formatNanoseconds(p.p99Ns)],
        ['pause max', formatNanoseconds(p.maxNs)],
        ['pause total', formatNanoseconds(p.totalNs)],
        ['mark assist', formatNanoseconds(m.markAssistNs)],
        ['peak heap', formatBytes(m.peakHeapBytes)],
        ['heap goal (max)', formatBytes(m.heapGoalBytes)],
    ]));
    lines.push('', 'Goroutines');
    lines.push(...table([
        ['at start', String(g.atStart)],
        ['created', String(g.created)],
        ['ended', String(g.ended)],
        ['alive at end', String(g.aliveAtEnd)],
        ['peak alive', String(g.peakAlive)],
    ]));
    lines.push('');
    if (m.leaks.length === 0) {
        lines.push('Leaked goroutines: none attributed to the module');
    }
    else {
        const total = m.leaks.reduce((s, l) => s + l.count, 0);
        lines.push(`Leaked goroutines: ${total} at ${m.leaks.length} creation site${m.leaks.length === 1 ? '' : 's'}`);
        const max = options.maxFrames ?? 8;
        for (const l of m.leaks) {
            lines.push(`  ${l.count} × ${singleLine(l.file)}:${l.line} (${singleLine(l.function)})`);
            for (const f of l.stack.slice(0, max))
                lines.push(`      ${singleLine(f.function)}\n          ${singleLine(f.file)}:${f.line}`);
            if (l.stack.length > max)
                lines.push(`      … ${l.stack.length - max} more frames`);
        }
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/pprof/inspect.ts

function renderProfileInspection(input, options = {}) {
    const isProfile = 'sampleTypes' in input;
    const sites = isProfile ? allocationSites(input, { iterations: 1 }) : input;
    const perOp = !isProfile;
    const all = options.byFunction ? sites.byFunction : sites.byLine;
    const top = options.top ?? 20;
    const shown = top > 0 ? all.slice(0, top) : all;
    if (options.json) {
        const doc = {
            ...(isProfile
                ? {
                    file: input.fileName,
                    sampleTypes: input.sampleTypes.map((t) => `${t.type}/${t.unit}`),
                    period: input.period,
                    samples: input.sampleCount,
                }
                : { derivation: sites.derivation, iterations: sites.iterations }),
            totalObjects: sites.totalObjects,
            totalBytes: sites.totalBytes,
            ...(perOp ? { objectsPerOp: sites.objectsPerOp, bytesPerOp: sites.bytesPerOp } : {}),
            groupedBy: options.byFunction ? 'function' : 'line',
            sites: shown,
            omitted: all.length - shown.length,
        };
        return JSON.stringify(doc, null, 2) + '\n';
    }
    const out = [];
    if (isProfile) {
        out.push(`profile: ${input.fileName}`);
        out.push(`sample types: ${input.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(' ')}`);
        const period = input.periodType ? ` (sampling period ${input.period} ${input.periodType.unit})` : '';
        out.push(`samples: ${input.sampleCount}, locations: ${input.locations.length}, functions: ${input.functions.length}${period}`);
        out.push(`allocated: ${inspect_fmtBytes(sites.totalBytes)} in ${fmtCount(sites.totalObjects)} objects (whole process)`);
    }
    else {
        const how = sites.derivation === 'reported' ? "scaled to the benchmark's B/op and allocs/op" : `divided by ${sites.iterations} iterations`;
        out.push(`allocated per op: ${inspect_fmtBytes(sites.bytesPerOp)} in ${sites.objectsPerOp.toFixed(1)} objects (${how})`);
    }
    out.push('');
    if (shown.length === 0) {
        out.push('no allocation sites');
        return out.join('\n') + '\n';
    }
    const total = sites.totalBytes || 1;
    const header = perOp ? ['B/op', 'objects/op', 'bytes%', 'site'] : ['bytes', 'objects', 'bytes%', 'site'];
    const rows = shown.map((s) => [
        perOp ? inspect_fmtBytes(s.bytesPerOp) : inspect_fmtBytes(s.bytes),
        perOp ? s.objectsPerOp.toFixed(1) : fmtCount(s.objects),
        `${((100 * s.bytes) / total).toFixed(1)}%`,
        `${s.function}  ${s.file}:${s.line}`,
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
    const fmt = (r) => [0, 1, 2].map((i) => r[i].padStart(widths[i])).join('  ') + '  ' + r[3];
    out.push(fmt(header));
    for (const r of rows)
        out.push(fmt(r));
    if (all.length > shown.length)
        out.push(`… ${all.length - shown.length} more sites`);
    return out.join('\n') + '\n';
}
function inspect_fmtBytes(v) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let u = 0;
    while (Math.abs(v) >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return u === 0 ? `${Number.isInteger(v) ? v : v.toFixed(1)} B` : `${v.toFixed(1)} ${units[u]}`;
}
function fmtCount(v) {
    return Math.round(v).toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/cli/inspect.ts
/**
 * `go-runtime-gate inspect FILE`: what one artifact of a sample says — a
 * trace's GC, heap and goroutine metrics, or a heap profile's top allocation
 * sites — so a user (or anyone checking our readers) can look at any file
 * without running a comparison. The format is recognised from the bytes, not
 * the name: heap profiles are gzip, traces start with "go 1.".
 */








async function head(file, n) {
    const fh = await (0,promises_namespaceObject.open)(file, 'r');
    try {
        const buf = new Uint8Array(n);
        const { bytesRead } = await fh.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
async function inspectFile(file, options) {
    const start = await head(file, 16);
    if (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) {
        const bytes = await (0,promises_namespaceObject.readFile)(file);
        const profile = readProfile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
        return renderProfileInspection(profile, { json: options.json, top: options.top, byFunction: options.byFunction });
    }
    if (Buffer.from(start).toString('latin1').startsWith('go 1.')) {
        const metrics = await traceMetrics(file, {
            fileName: file,
            isModuleFrame: moduleFramePredicate({ dir: external_node_path_default().resolve(options.moduleDir), path: options.modulePath }),
        });
        return renderTraceInspection(metrics, { json: options.json });
    }
    throw new InputError(file, { offset: 0 }, 'a Go execution trace (starting "go 1.") or a gzip-compressed heap profile');
}

;// CONCATENATED MODULE: ./src/ab/worktree.ts
/**
 * The base side of A/B mode lives in a git worktree: a second checkout of the
 * same repository at the merge-base, sharing the object store, so nothing is
 * cloned or fetched. It is created in a fresh temporary directory and always
 * removed afterwards, also when measuring fails, because a leftover worktree
 * keeps a lock on its commit in `.git/worktrees` and, on a self-hosted runner,
 * accumulates from job to job.
 *
 * git runs only through the CommandRunner, from argument arrays: `base-ref`
 * is user input and never reaches a shell.
 */




/** A/B mode cannot find or check out its base: a setup problem the user must fix, with the fix in the message. */
class AbSetupError extends GateError {
    constructor(message) {
        super('ab-setup', message);
    }
}
const GIT_TIMEOUT_MS = 120_000;
const SHALLOW_ADVICE = 'A/B mode needs the history down to the merge-base, but this is a shallow clone (actions/checkout fetches a single commit by default). ' +
    'Set `fetch-depth: 0` on the checkout step:\n\n' +
    '    - uses: actions/checkout@v5\n      with:\n        fetch-depth: 0\n\n' +
    '(locally: `git fetch --unshallow`).';
async function worktree_git(runner, cwd, args) {
    try {
        return await runner.run('git', args, { cwd, timeoutMs: GIT_TIMEOUT_MS });
    }
    catch (err) {
        throw new AbSetupError(`A/B mode needs git, which could not be started: ${err.message}`);
    }
}
function firstLine(r) {
    return (r.stderr.trim() || r.stdout.trim()).split('\n')[0] ?? '';
}
/** The repository's top-level directory, or a clear error outside a git repository. */
async function repositoryRoot(runner, cwd) {
    const r = await worktree_git(runner, cwd, ['rev-parse', '--show-toplevel']);
    if (r.code !== 0)
        throw new AbSetupError(`A/B mode must run inside a git repository (${cwd}: ${firstLine(r)})`);
    return r.stdout.trim();
}
async function isShallow(runner, root) {
    const r = await worktree_git(runner, root, ['rev-parse', '--is-shallow-repository']);
    return r.code === 0 && r.stdout.trim() === 'true';
}
/**
 * The commit A/B mode measures as the base: the merge-base of HEAD and
 * `baseRef`, i.e. what the branch started from, so that changes that landed
 * on the base branch since are not blamed on the pull request. In a shallow
 * clone neither the base commit nor the merge-base is usually present; that
 * is detected and explained rather than reported as git's own error.
 */
async function resolveMergeBase(runner, root, baseRef, head = 'HEAD') {
    if (!baseRef.trim())
        throw new AbSetupError('A/B mode needs a base ref (base-ref / --base-ref) to compare with.');
    if (baseRef.startsWith('-'))
        throw new AbSetupError(`base-ref: "${baseRef}" is not a git ref`);
    const shallow = await isShallow(runner, root);
    const resolved = await worktree_git(runner, root, ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`]);
    if (resolved.code !== 0) {
        if (shallow)
            throw new AbSetupError(`The base ref ${baseRef} is not in this clone. ${SHALLOW_ADVICE}`);
        throw new AbSetupError(`The base ref ${baseRef} is not a commit in this repository. Fetch it first (for example \`git fetch origin ${baseRef.replace(/^origin\//, '')}\`) or pass another base-ref.`);
    }
    const baseSha = resolved.stdout.trim();
    const mb = await worktree_git(runner, root, ['merge-base', head, baseSha]);
    if (mb.code === 0 && mb.stdout.trim())
        return mb.stdout.trim().split('\n')[0];
    // Exit 1 with no output: no common ancestor among the commits present,
    // which in a shallow clone means the history in between was not fetched.
    if (shallow)
        throw new AbSetupError(`No merge-base of ${head} and ${baseRef} in this clone. ${SHALLOW_ADVICE}`);
    throw new AbSetupError(`${head} and ${baseRef} have no common history (git merge-base: ${firstLine(mb) || 'no merge-base'}).`);
}
/**
 * Checks `sha` out in a temporary worktree, runs `fn` with it, and removes the
 * worktree whatever `fn` does. A removal problem is logged, never thrown:
 * it must not replace the result (or the real error) of `fn`.
 */
async function withWorktree(runner, root, sha, fn, opts = {}) {
    const log = opts.log ?? (() => { });
    const tmp = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(opts.tmpRoot ?? external_node_os_default().tmpdir(), 'go-runtime-gate-base-'));
    // A subdirectory: `git worktree add` wants a path that does not exist yet.
    const dir = external_node_path_default().join(tmp, 'base');
    try {
        // Forget worktrees whose directories vanished (a killed earlier run), so
        // their stale entries do not pile up.
        await worktree_git(runner, root, ['worktree', 'prune']);
        const add = await worktree_git(runner, root, ['worktree', 'add', '--detach', dir, sha]);
        if (add.code !== 0)
            throw new AbSetupError(`Could not check out the merge-base ${sha.slice(0, 12)} in a worktree: ${firstLine(add)}`);
        log(`Merge-base ${sha.slice(0, 12)} checked out in ${dir}`);
        return await fn({ dir, sha });
    }
    finally {
        await removeWorktree(runner, root, dir, log);
        await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true }).catch(() => { });
        // Once more, now that the directory is surely gone: drops the entry a
        // failed `worktree remove` may have left.
        await worktree_git(runner, root, ['worktree', 'prune']).catch(() => { });
    }
}
async function removeWorktree(runner, root, dir, log = () => { }) {
    try {
        const r = await worktree_git(runner, root, ['worktree', 'remove', '--force', dir]);
        // Not registered (add failed) is fine; anything else is worth a line.
        if (r.code !== 0 && !/not a working tree/.test(r.stderr))
            log(`git worktree remove ${dir}: ${firstLine(r)}`);
    }
    catch (err) {
        log(`Could not remove the worktree ${dir}: ${err.message}`);
    }
}
/**
 * The CLI's default base: the remote's default branch as this clone knows it
 * (`origin/HEAD`), else origin/main or origin/master. Guessing further would
 * compare with something the user did not mean, so we ask for --base-ref.
 */
async function defaultBaseRef(runner, root) {
    const head = await worktree_git(runner, root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (head.code === 0 && head.stdout.trim())
        return head.stdout.trim();
    for (const candidate of ['origin/main', 'origin/master']) {
        const r = await worktree_git(runner, root, ['rev-parse', '--verify', '--quiet', `refs/remotes/${candidate}`]);
        if (r.code === 0)
            return candidate;
    }
    throw new AbSetupError('No origin/HEAD, origin/main or origin/master to compare with: pass --base-ref (a branch, tag or commit).');
}

;// CONCATENATED MODULE: ./src/ab/ab.ts
/**
 * A/B mode: measure the merge-base and the head in the same job, their
 * samples interleaved, and compare them exactly as cache mode compares with a
 * stored baseline. Both sides then share the machine, the moment and its
 * noise (a shared runner's neighbour, thermal state, CPU model), which is
 * what careful Go teams do by hand with benchstat; the price is measuring
 * twice.
 *
 * The base side builds from a temporary git worktree at the same relative
 * working directory as the head, and its paths are made relative to the
 * worktree's copy of the repository root, so file:line of both sides (escape
 * sites, allocation sites, benchmark declarations) match.
 */







function ab_short(sha) {
    return sha.slice(0, 12);
}
async function real(p) {
    return (0,promises_namespaceObject.realpath)(p).catch(() => external_node_path_default().resolve(p));
}
/** Inside the worktree, the path that `p` has inside the repository at `gitRoot`. */
function mirror(gitRoot, p, worktree) {
    const rel = external_node_path_default().relative(gitRoot, p);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
        throw new GateError('ab-setup', `${p} is outside the git repository at ${gitRoot}; A/B mode measures a directory of the repository.`);
    }
    return external_node_path_default().join(worktree, rel);
}
/** A base that cannot be measured at all, or null when at least one package built. */
function baseProblem(side, sha) {
    if (side.targets.length > 0)
        return null;
    const f = side.packageFailures[0];
    if (!f)
        return `the merge-base ${ab_short(sha)} has no benchmark to measure`;
    const what = f.kind === 'build' ? f.message.replace(/^does not compile: ?/, '') : f.message;
    return `the merge-base ${ab_short(sha)} does not compile: ${f.package}: ${what}`;
}
async function runAb(config, ctx, opts) {
    const log = ctx.log ?? (() => { });
    const headCwd = await real(external_node_path_default().resolve(config.workingDirectory));
    const gitRoot = await real(await repositoryRoot(ctx.runner, headCwd));
    const mergeBase = await resolveMergeBase(ctx.runner, gitRoot, opts.baseRef);
    log(`A/B: comparing with the merge-base ${ab_short(mergeBase)} of HEAD and ${opts.baseRef}`);
    // Paths are reported relative to ctx.repoRoot; the base needs the same
    // directory inside its worktree. A root outside the git repository (a
    // workspace above the checkout) has no such twin: use the git root for both.
    let repoRoot = await real(ctx.repoRoot);
    const inside = external_node_path_default().relative(gitRoot, repoRoot);
    if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
        repoRoot = gitRoot;
    const headCtx = { ...ctx, repoRoot, workDir: external_node_path_default().join(ctx.workDir, 'head') };
    log('A/B: preparing the head');
    const head = await prepareSide(config, headCtx, headCwd);
    return withWorktree(ctx.runner, gitRoot, mergeBase, async (wt) => {
        const baseCtx = {
            ...ctx,
            workDir: external_node_path_default().join(ctx.workDir, 'base'),
            repoRoot: mirror(gitRoot, repoRoot, wt.dir),
            commit: mergeBase,
            ref: opts.baseLabel || opts.baseRef,
            log: (m) => log(`[base] ${m}`),
        };
        const warnings = [];
        let base = null;
        let problem;
        try {
            base = await prepareSide(config, baseCtx, mirror(gitRoot, headCwd, wt.dir));
            problem = baseProblem(base, mergeBase) ?? undefined;
            for (const f of base.packageFailures) {
                if (!problem)
                    warnings.push(`On the merge-base ${ab_short(mergeBase)}, ${f.package} ${f.message}; its benchmarks have no baseline.`);
            }
        }
        catch (err) {
            // The base's own problems (no benchmarks yet, the directory did not
            // exist, go.mod broken) mean no baseline, never a failed job: the
            // pull request may be the very change that fixes them.
            if (!(err instanceof GateError))
                throw err;
            problem =
                err instanceof NoBenchmarksError
                    ? `the merge-base ${ab_short(mergeBase)} has no benchmarks to compare with (${err.message})`
                    : `the merge-base ${ab_short(mergeBase)} could not be measured: ${err.message}`;
        }
        if (problem) {
            log(`A/B: ${problem}; measuring the head alone`);
            base = null;
        }
        const sides = base ? [base, head] : [head];
        const outcomes = await measureSides(ctx.runner, sides.map((s, i) => ({ targets: s.targets, artifactsDir: s.artifactsDir, repoRoot: i === sides.length - 1 ? repoRoot : baseCtx.repoRoot })), measureOptionsOf(config, log, head.artifactsDir, repoRoot));
        const headOutcome = outcomes[outcomes.length - 1];
        if (headOutcome.benchmarks.length === 0 && head.packageFailures.length === 0) {
            throw new NoBenchmarksError(config.bench, config.packages, head.searched);
        }
        // The base's samples are analysed while its worktree still exists.
        const baseResult = base ? await finishSide(config, baseCtx, base, outcomes[0]) : null;
        const headResult = await finishSide(config, headCtx, head, headOutcome);
        return { head: headResult, base: baseResult, baseRef: opts.baseRef, mergeBase, warnings, ...(problem ? { problem } : {}) };
    }, { tmpRoot: opts.tmpRoot, log });
}
/**
 * Compares an A/B outcome exactly as cache mode compares with a restored
 * baseline. Without a base the report still says it came from A/B mode
 * (baselineSource 'ab') and why there is no baseline, so nobody waits for a
 * push to the default branch that will not help.
 */
function compareAb(outcome, options) {
    const report = compareRuns(outcome.base, outcome.head, { ...options, baselineSource: 'ab' });
    report.baselineSource = 'ab';
    for (const w of outcome.warnings)
        if (!report.warnings.includes(w))
            report.warnings.push(w);
    if (outcome.problem) {
        const sentence = outcome.problem.charAt(0).toUpperCase() + outcome.problem.slice(1);
        report.warnings.unshift(sentence);
        if (report.verdict === 'no-baseline') {
            report.headline = `No baseline: ${outcome.problem.replace(/\s+/g, ' ').slice(0, 300)}. Nothing was compared or gated; the head's values are shown.`;
        }
    }
    return report;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The local CLI: the same engine as the Action.
 *
 *   go-runtime-gate run      measure; write a RunResult; optionally save/compare with a baseline dir
 *   go-runtime-gate ab       measure the merge-base and HEAD interleaved (A/B) and compare
 *   go-runtime-gate compare  compare two RunResult files
 *   go-runtime-gate report   render a saved report JSON
 *   go-runtime-gate demo     the bundled example, end to end
 *
 * Exit status: 0 pass, 1 gated regression or benchmark failure, 2 bad usage or input.
 */




















const USAGE = `go-runtime-gate ${TOOL_VERSION}: gate Go changes on allocations, heap escapes, GC and goroutines.

Usage:
  go-runtime-gate run [flags]                 measure the benchmarks of a Go module
  go-runtime-gate ab [--base-ref REF] [flags] measure the merge-base of HEAD and REF and HEAD in one
                                              interleaved run (A/B, in a git repository) and compare
  go-runtime-gate compare BASE.json HEAD.json compare two runs and print the report
  go-runtime-gate report REPORT.json          print a saved report
  go-runtime-gate demo                        run the bundled example end to end
  go-runtime-gate inspect FILE                metrics of one trace, or top allocation sites of one heap profile

Measurement flags (run, ab, demo):
  -C, --working-directory DIR   module directory (default .)
  --packages PATTERNS           go list patterns (default ./...)
  --bench REGEXP                -bench pattern (default .)
  --count N                     samples (processes) per benchmark (default 6)
  --benchtime T                 -benchtime per sample (default 1s; the demo uses 100ms)
  --cpu LIST                    GOMAXPROCS values, e.g. 1,4
  --tags TAGS                   build tags
  --go-test-flags FLAGS         extra flags for go test -c
  --timeout D                   per-process timeout (default 10m)
  --profiles LIST               memprofile,trace or none (default both)
  --memprofile-rate BYTES       -test.memprofilerate (default 4096; 0 = Go's 512 KiB)

run flags:
  -o, --out FILE                write the RunResult here (default .gate/run.json)
  --baseline-dir DIR            directory store of baselines
  --branch NAME                 branch for --save / --compare (default: current git branch or main)
  --save                        save this run as the branch's baseline in --baseline-dir
  --compare                     compare with the branch's baseline in --baseline-dir

ab flags:
  --base-ref REF                compare with the merge-base of HEAD and REF (default: origin/HEAD,
                                else origin/main or origin/master); writes .gate/ab-base.json and
                                .gate/ab-head.json

inspect flags:
  --json                        machine-readable output
  --top N                       allocation sites to list (default 20; 0 = all)
  --by-function                 group allocation sites by function
  --module-dir DIR              module root deciding goroutine-leak creation sites (default .)
  --module-path PATH            module path, for traces of -trimpath builds

Report flags (run --compare, ab, compare, report, demo):
  --format text|markdown|json   output format (default text)
  --report FILE                 also write the report JSON here
  --metrics, --thresholds, --floors, --alpha, --fdr, --max-new-escapes   decision settings (see README)
`;
const measureOptions = {
    'working-directory': { type: 'string', short: 'C' },
    packages: { type: 'string' },
    bench: { type: 'string' },
    count: { type: 'string' },
    benchtime: { type: 'string' },
    cpu: { type: 'string' },
    tags: { type: 'string' },
    'go-test-flags': { type: 'string' },
    timeout: { type: 'string' },
    profiles: { type: 'string' },
    'memprofile-rate': { type: 'string' },
    'max-new-escapes': { type: 'string' },
    metrics: { type: 'string' },
    thresholds: { type: 'string' },
    floors: { type: 'string' },
    alpha: { type: 'string' },
    fdr: { type: 'string' },
    format: { type: 'string' },
    report: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'baseline-dir': { type: 'string' },
    branch: { type: 'string' },
    save: { type: 'boolean' },
    compare: { type: 'boolean' },
    json: { type: 'boolean' },
    top: { type: 'string' },
    'by-function': { type: 'boolean' },
    'module-dir': { type: 'string' },
    'module-path': { type: 'string' },
    'base-ref': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
class UsageError extends GateError {
    constructor(message) {
        super('usage', message);
    }
}
function rawConfig(v) {
    return {
        workingDirectory: v['working-directory'],
        packages: v.packages,
        bench: v.bench,
        count: v.count,
        benchtime: v.benchtime,
        cpu: v.cpu,
        tags: v.tags,
        goTestFlags: v['go-test-flags'],
        timeout: v.timeout,
        profiles: v.profiles,
        memprofileRate: v['memprofile-rate'],
        maxNewEscapes: v['max-new-escapes'],
        metrics: v.metrics,
        thresholds: v.thresholds,
        floors: v.floors,
        alpha: v.alpha,
        fdr: v.fdr,
    };
}
function render(report, format, io) {
    switch (format ?? 'text') {
        case 'text':
            return renderTerminal(report, { color: io.isTTY });
        case 'markdown':
        case 'md':
            return renderMarkdown(report);
        case 'json':
            return renderJson(report);
        default:
            throw new UsageError(`--format: "${format}" is not text, markdown or json`);
    }
}
function compareOptions(c, baselineSource) {
    return {
        name: c.name,
        alpha: c.alpha,
        fdr: c.fdr,
        metrics: c.metrics,
        failOnBenchmarkFailure: c.failOnBenchmarkFailure,
        baselineSource,
        maxNewEscapes: c.maxNewEscapes,
    };
}
async function emit(report, v, io) {
    if (v.report) {
        await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(v.report)), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(v.report, renderJson(report));
    }
    io.out(render(report, v.format, io));
    return report.verdict === 'fail' ? 1 : 0;
}
async function measureHere(config, io, workDir) {
    const cwd = external_node_path_default().resolve(config.workingDirectory);
    const git = await gitInfo(processRunner, (0,external_node_fs_namespaceObject.existsSync)(cwd) ? cwd : process.cwd());
    return runMeasurement(config, {
        runner: processRunner,
        workDir,
        repoRoot: git.root ?? cwd,
        commit: git.commit,
        ref: git.ref,
        log: (m) => io.err(m),
    });
}
async function cmdRun(v, io) {
    const config = parseConfig(rawConfig(v));
    if ((v.save || v.compare) && !v['baseline-dir'])
        throw new UsageError('--save and --compare need --baseline-dir');
    // Artifacts go in .gate inside the module, but never create the module directory itself.
    if (!(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(config.workingDirectory))) {
        throw new errors_ConfigError(`working-directory: "${config.workingDirectory}" does not exist (resolved to ${external_node_path_default().resolve(config.workingDirectory)})`);
    }
    const workDir = external_node_path_default().resolve(external_node_path_default().join(config.workingDirectory, '.gate'));
    await (0,promises_namespaceObject.mkdir)(workDir, { recursive: true });
    const head = await measureHere(config, io, workDir);
    const out = v.out ?? external_node_path_default().join(workDir, 'run.json');
    await writeRunResultFile(out, head);
    io.err(`RunResult written to ${out}`);
    const branch = v.branch || head.environment.ref.replace(/^refs\/heads\//, '') || 'main';
    let code = 0;
    if (v.compare) {
        const store = new DirectoryStore(v['baseline-dir']);
        const restored = await store.restore({
            branch,
            environment: head.environment,
        });
        const report = compareRuns(restored?.result ?? null, head, compareOptions(config, restored ? 'dir' : 'none'));
        if (restored)
            report.warnings.push(...restored.warnings);
        code = await emit(report, v, io);
    }
    if (v.save) {
        const where = await new DirectoryStore(v['baseline-dir']).save(head, branch);
        io.err(`Baseline saved: ${where}`);
    }
    return code;
}
/**
 * `ab`: the merge-base measured in a temporary worktree, interleaved with
 * HEAD's working tree (uncommitted changes included, as `run` measures them).
 */
async function cmdAb(v, io) {
    const config = parseConfig(rawConfig(v));
    const cwd = external_node_path_default().resolve(config.workingDirectory);
    if (!(0,external_node_fs_namespaceObject.existsSync)(cwd)) {
        throw new errors_ConfigError(`working-directory: "${config.workingDirectory}" does not exist (resolved to ${cwd})`);
    }
    const root = await repositoryRoot(processRunner, cwd);
    const baseRef = v['base-ref'] || (await defaultBaseRef(processRunner, root));
    const git = await gitInfo(processRunner, cwd);
    const workDir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'go-runtime-gate-ab-'));
    try {
        const outcome = await runAb(config, { runner: processRunner, workDir, repoRoot: git.root ?? root, commit: git.commit, ref: git.ref, log: (m) => io.err(m) }, { baseRef });
        const outDir = external_node_path_default().join(cwd, '.gate');
        await (0,promises_namespaceObject.mkdir)(outDir, { recursive: true });
        await writeRunResultFile(external_node_path_default().join(outDir, 'ab-head.json'), outcome.head);
        if (outcome.base)
            await writeRunResultFile(external_node_path_default().join(outDir, 'ab-base.json'), outcome.base);
        if (outcome.problem)
            io.err(`go-runtime-gate: ${outcome.problem}; there is no baseline, the head's values are shown.`);
        const { baselineSource: _unused, ...options } = compareOptions(config, 'ab');
        return await emit(compareAb(outcome, options), v, io);
    }
    finally {
        await (0,promises_namespaceObject.rm)(workDir, { recursive: true, force: true });
    }
}
async function cmdCompare(args, v, io) {
    if (args.length !== 2)
        throw new UsageError('compare needs two files: BASE.json HEAD.json');
    const config = parseConfig(rawConfig(v));
    const base = await readRunResultFile(args[0]);
    const head = await readRunResultFile(args[1]);
    return emit(compareRuns(base, head, compareOptions(config, 'file')), v, io);
}
async function cmdReport(args, v, io) {
    if (args.length !== 1)
        throw new UsageError('report needs one file: REPORT.json');
    const report = parseReportJson(await (0,promises_namespaceObject.readFile)(args[0], 'utf8'), args[0]);
    return emit(report, v, io);
}
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
}
/** Finds the bundled example whether we run from dist/cli, build/ or src/. */
function exampleDir() {
    const starts = [external_node_path_default().dirname(process.argv[1] ?? '.'), process.cwd()];
    for (const start of starts) {
        let dir = external_node_path_default().resolve(start);
        for (let i = 0; i < 5; i++) {
            const candidate = external_node_path_default().join(dir, 'fixtures', 'example');
            if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(candidate, 'base', 'go.mod')))
                return candidate;
            dir = external_node_path_default().dirname(dir);
        }
    }
    throw new UsageError('demo: cannot find fixtures/example (run it from a checkout of go-runtime-gate)');
}
async function cmdDemo(v, io) {
    const example = exampleDir();
    const tmp = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'go-runtime-gate-demo-'));
    try {
        const store = new DirectoryStore(external_node_path_default().join(tmp, 'baselines'));
        const raw = { benchtime: '100ms', ...stripUndefined(rawConfig(v)) };
        io.err(`Demo: measuring the base revision (${external_node_path_default().join(example, 'base')}) as the main branch's baseline…`);
        const baseConfig = parseConfig({ ...raw, workingDirectory: external_node_path_default().join(example, 'base') });
        const base = await runMeasurement(baseConfig, {
            runner: processRunner,
            workDir: external_node_path_default().join(tmp, 'base'),
            repoRoot: external_node_path_default().join(example, 'base'),
            commit: 'base',
            ref: 'refs/heads/main',
            log: (m) => io.err(`  ${m}`),
        });
        await store.save(base, 'main');
        io.err(`Demo: measuring the head revision (${external_node_path_default().join(example, 'head')}) as a pull request…`);
        const headConfig = parseConfig({ ...raw, workingDirectory: external_node_path_default().join(example, 'head') });
        const head = await runMeasurement(headConfig, {
            runner: processRunner,
            workDir: external_node_path_default().join(tmp, 'head'),
            repoRoot: external_node_path_default().join(example, 'head'),
            commit: 'head',
            ref: 'refs/pull/1/merge',
            log: (m) => io.err(`  ${m}`),
        });
        const restored = await store.restore({ branch: 'main', environment: head.environment });
        const report = compareRuns(restored?.result ?? null, head, compareOptions(headConfig, 'dir'));
        const code = await emit(report, v, io);
        io.err('Demo done: the head revision regresses on purpose (an extra allocation in codec.BenchmarkEncode, a 50% larger frame in codec.BenchmarkNewFrame, ' +
            'a leaked goroutine per call in leaky.BenchmarkProcess, more garbage in gcpressure.BenchmarkBuild, two new heap escapes in package escapes), ' +
            `so the gate ${code === 1 ? 'fails, as it should' : 'did NOT fail — that is a bug'}.`);
        return code === 1 ? 0 : 1;
    }
    finally {
        await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
    }
}
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        io.out(USAGE);
        return command ? 0 : 2;
    }
    if (command === '--version' || command === 'version') {
        io.out(TOOL_VERSION);
        return 0;
    }
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ args: rest, options: measureOptions, allowPositionals: true, strict: true });
        const v = values;
        if (v.help) {
            io.out(USAGE);
            return 0;
        }
        switch (command) {
            case 'run':
                return await cmdRun(v, io);
            case 'ab':
                return await cmdAb(v, io);
            case 'compare':
                return await cmdCompare(positionals, v, io);
            case 'report':
                return await cmdReport(positionals, v, io);
            case 'demo':
                return await cmdDemo(v, io);
            case 'inspect': {
                if (positionals.length !== 1)
                    throw new UsageError('inspect needs one file: a trace or a heap profile');
                const top = v.top === undefined ? undefined : Number(v.top);
                if (top !== undefined && !(Number.isInteger(top) && top >= 0))
                    throw new UsageError(`--top: "${v.top}" is not a whole number`);
                io.out(await inspectFile(positionals[0], {
                    json: v.json ?? false,
                    top,
                    byFunction: v['by-function'] ?? false,
                    moduleDir: v['module-dir'] ?? '.',
                    modulePath: v['module-path'] ?? '',
                }));
                return 0;
            }
            default:
                throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
        }
    }
    catch (err) {
        if (err instanceof GateError) {
            io.err(`go-runtime-gate: ${err.message}`);
            return 2;
        }
        const code = err.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
            io.err(`go-runtime-gate: ${err.message}`);
            return 2;
        }
        if (code?.startsWith('ERR_PARSE_ARGS')) {
            io.err(`go-runtime-gate: ${err.message}`);
            return 2;
        }
        io.err(`go-runtime-gate: unexpected error: ${err.stack ?? err}`);
        return 3;
    }
}


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 390:
/***/ (function(module, exports) {

// GENERATED FILE. DO NOT EDIT.
(function (global, factory) {
  function preferDefault(exports) {
    return exports.default || exports;
  }
  if (typeof define === "function" && define.amd) {
    define([], function () {
      var exports = {};
      factory(exports);
      return preferDefault(exports);
    });
  } else if (true) {
    factory(exports);
    if (true) module.exports = preferDefault(exports);
  } else {}
})(
  typeof globalThis !== "undefined"
    ? globalThis
    : typeof self !== "undefined"
      ? self
      : this,
  function (_exports) {
    "use strict";

    Object.defineProperty(_exports, "__esModule", {
      value: true,
    });
    _exports.default = void 0;
    /**
     * @license
     * Copyright 2009 The Closure Library Authors
     * Copyright 2020 Daniel Wirtz / The long.js Authors.
     *
     * Licensed under the Apache License, Version 2.0 (the "License");
     * you may not use this file except in compliance with the License.
     * You may obtain a copy of the License at
     *
     *     http://www.apache.org/licenses/LICENSE-2.0
     *
     * Unless required by applicable law or agreed to in writing, software
     * distributed under the License is distributed on an "AS IS" BASIS,
     * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
     * See the License for the specific language governing permissions and
     * limitations under the License.
     *
     * SPDX-License-Identifier: Apache-2.0
     */

    // WebAssembly optimizations to do native i64 multiplication and divide
    var wasm = null;
    try {
      wasm = new WebAssembly.Instance(
        new WebAssembly.Module(
          new Uint8Array([
            // \0asm
            0, 97, 115, 109,
            // version 1
            1, 0, 0, 0,
            // section "type"
            1, 13, 2,
            // 0, () => i32
            96, 0, 1, 127,
            // 1, (i32, i32, i32, i32) => i32
            96, 4, 127, 127, 127, 127, 1, 127,
            // section "function"
            3, 7, 6,
            // 0, type 0
            0,
            // 1, type 1
            1,
            // 2, type 1
            1,
            // 3, type 1
            1,
            // 4, type 1
            1,
            // 5, type 1
            1,
            // section "global"
            6, 6, 1,
            // 0, "high", mutable i32
            127, 1, 65, 0, 11,
            // section "export"
            7, 50, 6,
            // 0, "mul"
            3, 109, 117, 108, 0, 1,
            // 1, "div_s"
            5, 100, 105, 118, 95, 115, 0, 2,
            // 2, "div_u"
            5, 100, 105, 118, 95, 117, 0, 3,
            // 3, "rem_s"
            5, 114, 101, 109, 95, 115, 0, 4,
            // 4, "rem_u"
            5, 114, 101, 109, 95, 117, 0, 5,
            // 5, "get_high"
            8, 103, 101, 116, 95, 104, 105, 103, 104, 0, 0,
            // section "code"
            10, 191, 1, 6,
            // 0, "get_high"
            4, 0, 35, 0, 11,
            // 1, "mul"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 2, "div_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 3, "div_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 128, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 4, "rem_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 129, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 5, "rem_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 130, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
          ]),
        ),
        {},
      ).exports;
    } catch {
      // no wasm support :(
    }

    /**
     * Constructs a 64 bit two's-complement integer, given its low and high 32 bit values as *signed* integers.
     *  See the from* functions below for more convenient ways of constructing Longs.
     * @exports Long
     * @class A Long class for representing a 64 bit two's-complement integer value.
     * @param {number} low The low (signed) 32 bits of the long
     * @param {number} high The high (signed) 32 bits of the long
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @constructor
     */
    function Long(low, high, unsigned) {
      /**
       * The low 32 bits as a signed value.
       * @type {number}
       */
      this.low = low | 0;

      /**
       * The high 32 bits as a signed value.
       * @type {number}
       */
      this.high = high | 0;

      /**
       * Whether unsigned or not.
       * @type {boolean}
       */
      this.unsigned = !!unsigned;
    }

    // The internal representation of a long is the two given signed, 32-bit values.
    // We use 32-bit pieces because these are the size of integers on which
    // Javascript performs bit-operations.  For operations like addition and
    // multiplication, we split each number into 16 bit pieces, which can easily be
    // multiplied within Javascript's floating-point representation without overflow
    // or change in sign.
    //
    // In the algorithms below, we frequently reduce the negative case to the
    // positive case by negating the input(s) and then post-processing the result.
    // Note that we must ALWAYS check specially whether those values are MIN_VALUE
    // (-2^63) because -MIN_VALUE == MIN_VALUE (since 2^63 cannot be represented as
    // a positive number, it overflows back into a negative).  Not handling this
    // case would often result in infinite recursion.
    //
    // Common constant values ZERO, ONE, NEG_ONE, etc. are defined below the from*
    // methods on which they depend.

    /**
     * An indicator used to reliably determine if an object is a Long or not.
     * @type {boolean}
     * @const
     * @private
     */
    Long.prototype.__isLong__;
    Object.defineProperty(Long.prototype, "__isLong__", {
      value: true,
    });

    /**
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     * @inner
     */
    function isLong(obj) {
      return (obj && obj["__isLong__"]) === true;
    }

    /**
     * @function
     * @param {*} value number
     * @returns {number}
     * @inner
     */
    function ctz32(value) {
      var c = Math.clz32(value & -value);
      return value ? 31 - c : c;
    }

    /**
     * Tests if the specified object is a Long.
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     */
    Long.isLong = isLong;

    /**
     * A cache of the Long representations of small integer values.
     * @type {!Object}
     * @inner
     */
    var INT_CACHE = {};

    /**
     * A cache of the Long representations of small unsigned integer values.
     * @type {!Object}
     * @inner
     */
    var UINT_CACHE = {};

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromInt(value, unsigned) {
      var obj, cachedObj, cache;
      if (unsigned) {
        value >>>= 0;
        if ((cache = 0 <= value && value < 256)) {
          cachedObj = UINT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, 0, true);
        if (cache) UINT_CACHE[value] = obj;
        return obj;
      } else {
        value |= 0;
        if ((cache = -128 <= value && value < 128)) {
          cachedObj = INT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, value < 0 ? -1 : 0, false);
        if (cache) INT_CACHE[value] = obj;
        return obj;
      }
    }

    /**
     * Returns a Long representing the given 32 bit integer value.
     * @function
     * @param {number} value The 32 bit integer in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromInt = fromInt;

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromNumber(value, unsigned) {
      if (isNaN(value)) return unsigned ? UZERO : ZERO;
      if (unsigned) {
        if (value < 0) return UZERO;
        if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
      } else {
        if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
        if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
      }
      if (value < 0) return fromNumber(-value, unsigned).neg();
      return fromBits(
        value % TWO_PWR_32_DBL | 0,
        (value / TWO_PWR_32_DBL) | 0,
        unsigned,
      );
    }

    /**
     * Returns a Long representing the given value, provided that it is a finite number. Otherwise, zero is returned.
     * @function
     * @param {number} value The number in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromNumber = fromNumber;

    /**
     * @param {number} lowBits
     * @param {number} highBits
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromBits(lowBits, highBits, unsigned) {
      return new Long(lowBits, highBits, unsigned);
    }

    /**
     * Returns a Long representing the 64 bit integer that comes by concatenating the given low and high bits. Each is
     *  assumed to use 32 bits.
     * @function
     * @param {number} lowBits The low 32 bits
     * @param {number} highBits The high 32 bits
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromBits = fromBits;

    /**
     * @function
     * @param {number} base
     * @param {number} exponent
     * @returns {number}
     * @inner
     */
    var pow_dbl = Math.pow; // Used 4 times (4*8 to 15+4)

    /**
     * @param {string} str
     * @param {(boolean|number)=} unsigned
     * @param {number=} radix
     * @returns {!Long}
     * @inner
     */
    function fromString(str, unsigned, radix) {
      if (str.length === 0) throw Error("empty string");
      if (typeof unsigned === "number") {
        // For goog.math.long compatibility
        radix = unsigned;
        unsigned = false;
      } else {
        unsigned = !!unsigned;
      }
      if (
        str === "NaN" ||
        str === "Infinity" ||
        str === "+Infinity" ||
        str === "-Infinity"
      )
        return unsigned ? UZERO : ZERO;
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      var p;
      if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
      else if (p === 0) {
        return fromString(str.substring(1), unsigned, radix).neg();
      }

      // Do several (8) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 8));
      var result = ZERO;
      for (var i = 0; i < str.length; i += 8) {
        var size = Math.min(8, str.length - i),
          value = parseInt(str.substring(i, i + size), radix);
        if (size < 8) {
          var power = fromNumber(pow_dbl(radix, size));
          result = result.mul(power).add(fromNumber(value));
        } else {
          result = result.mul(radixToPower);
          result = result.add(fromNumber(value));
        }
      }
      result.unsigned = unsigned;
      return result;
    }

    /**
     * Returns a Long representation of the given string, written using the specified radix.
     * @function
     * @param {string} str The textual representation of the Long
     * @param {(boolean|number)=} unsigned Whether unsigned or not, defaults to signed
     * @param {number=} radix The radix in which the text is written (2-36), defaults to 10
     * @returns {!Long} The corresponding Long value
     */
    Long.fromString = fromString;

    /**
     * @function
     * @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromValue(val, unsigned) {
      if (typeof val === "number") return fromNumber(val, unsigned);
      if (typeof val === "string") return fromString(val, unsigned);
      // Throws for non-objects, converts non-instanceof Long:
      return fromBits(
        val.low,
        val.high,
        typeof unsigned === "boolean" ? unsigned : val.unsigned,
      );
    }

    /**
     * Converts the specified value to a Long using the appropriate from* function for its type.
     * @function
     * @param {!Long|number|bigint|string|!{low: number, high: number, unsigned: boolean}} val Value
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long}
     */
    Long.fromValue = fromValue;

    // NOTE: the compiler should inline these constant values below and then remove these variables, so there should be
    // no runtime penalty for these.

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_16_DBL = 1 << 16;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_24_DBL = 1 << 24;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;

    /**
     * @type {!Long}
     * @const
     * @inner
     */
    var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);

    /**
     * @type {!Long}
     * @inner
     */
    var ZERO = fromInt(0);

    /**
     * Signed zero.
     * @type {!Long}
     */
    Long.ZERO = ZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var UZERO = fromInt(0, true);

    /**
     * Unsigned zero.
     * @type {!Long}
     */
    Long.UZERO = UZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var ONE = fromInt(1);

    /**
     * Signed one.
     * @type {!Long}
     */
    Long.ONE = ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var UONE = fromInt(1, true);

    /**
     * Unsigned one.
     * @type {!Long}
     */
    Long.UONE = UONE;

    /**
     * @type {!Long}
     * @inner
     */
    var NEG_ONE = fromInt(-1);

    /**
     * Signed negative one.
     * @type {!Long}
     */
    Long.NEG_ONE = NEG_ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_VALUE = fromBits(0xffffffff | 0, 0x7fffffff | 0, false);

    /**
     * Maximum signed value.
     * @type {!Long}
     */
    Long.MAX_VALUE = MAX_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_UNSIGNED_VALUE = fromBits(0xffffffff | 0, 0xffffffff | 0, true);

    /**
     * Maximum unsigned value.
     * @type {!Long}
     */
    Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MIN_VALUE = fromBits(0, 0x80000000 | 0, false);

    /**
     * Minimum signed value.
     * @type {!Long}
     */
    Long.MIN_VALUE = MIN_VALUE;

    /**
     * @alias Long.prototype
     * @inner
     */
    var LongPrototype = Long.prototype;

    /**
     * Converts the Long to a 32 bit integer, assuming it is a 32 bit integer.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toInt = function toInt() {
      return this.unsigned ? this.low >>> 0 : this.low;
    };

    /**
     * Converts the Long to a the nearest floating-point representation of this value (double, 53 bit mantissa).
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toNumber = function toNumber() {
      if (this.unsigned)
        return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
      return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
    };

    /**
     * Converts the Long to a string written in the specified radix.
     * @this {!Long}
     * @param {number=} radix Radix (2-36), defaults to 10
     * @returns {string}
     * @override
     * @throws {RangeError} If `radix` is out of range
     */
    LongPrototype.toString = function toString(radix) {
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      if (this.isZero()) return "0";
      if (this.isNegative()) {
        // Unsigned Longs are never negative
        if (this.eq(MIN_VALUE)) {
          // We need to change the Long value before it can be negated, so we remove
          // the bottom-most digit in this base and then recurse to do the rest.
          var radixLong = fromNumber(radix),
            div = this.div(radixLong),
            rem1 = div.mul(radixLong).sub(this);
          return div.toString(radix) + rem1.toInt().toString(radix);
        } else return "-" + this.neg().toString(radix);
      }

      // Do several (6) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned),
        rem = this;
      var result = "";
      while (true) {
        var remDiv = rem.div(radixToPower),
          intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0,
          digits = intval.toString(radix);
        rem = remDiv;
        if (rem.isZero()) return digits + result;
        else {
          while (digits.length < 6) digits = "0" + digits;
          result = "" + digits + result;
        }
      }
    };

    /**
     * Gets the high 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed high bits
     */
    LongPrototype.getHighBits = function getHighBits() {
      return this.high;
    };

    /**
     * Gets the high 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned high bits
     */
    LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
      return this.high >>> 0;
    };

    /**
     * Gets the low 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed low bits
     */
    LongPrototype.getLowBits = function getLowBits() {
      return this.low;
    };

    /**
     * Gets the low 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned low bits
     */
    LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
      return this.low >>> 0;
    };

    /**
     * Gets the number of bits needed to represent the absolute value of this Long.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
      if (this.isNegative())
        // Unsigned Longs are never negative
        return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
      var val = this.high != 0 ? this.high : this.low;
      for (var bit = 31; bit > 0; bit--) if ((val & (1 << bit)) != 0) break;
      return this.high != 0 ? bit + 33 : bit + 1;
    };

    /**
     * Tests if this Long can be safely represented as a JavaScript number.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isSafeInteger = function isSafeInteger() {
      // 2^53-1 is the maximum safe value
      var top11Bits = this.high >> 21;
      // [0, 2^53-1]
      if (!top11Bits) return true;
      // > 2^53-1
      if (this.unsigned) return false;
      // [-2^53, -1] except -2^53
      return top11Bits === -1 && !(this.low === 0 && this.high === -0x200000);
    };

    /**
     * Tests if this Long's value equals zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isZero = function isZero() {
      return this.high === 0 && this.low === 0;
    };

    /**
     * Tests if this Long's value equals zero. This is an alias of {@link Long#isZero}.
     * @returns {boolean}
     */
    LongPrototype.eqz = LongPrototype.isZero;

    /**
     * Tests if this Long's value is negative.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isNegative = function isNegative() {
      return !this.unsigned && this.high < 0;
    };

    /**
     * Tests if this Long's value is positive or zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isPositive = function isPositive() {
      return this.unsigned || this.high >= 0;
    };

    /**
     * Tests if this Long's value is odd.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isOdd = function isOdd() {
      return (this.low & 1) === 1;
    };

    /**
     * Tests if this Long's value is even.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isEven = function isEven() {
      return (this.low & 1) === 0;
    };

    /**
     * Tests if this Long's value equals the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.equals = function equals(other) {
      if (!isLong(other)) other = fromValue(other);
      if (
        this.unsigned !== other.unsigned &&
        this.high >>> 31 === 1 &&
        other.high >>> 31 === 1
      )
        return false;
      return this.high === other.high && this.low === other.low;
    };

    /**
     * Tests if this Long's value equals the specified's. This is an alias of {@link Long#equals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.eq = LongPrototype.equals;

    /**
     * Tests if this Long's value differs from the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.notEquals = function notEquals(other) {
      return !this.eq(/* validates */ other);
    };

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.neq = LongPrototype.notEquals;

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ne = LongPrototype.notEquals;

    /**
     * Tests if this Long's value is less than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThan = function lessThan(other) {
      return this.comp(/* validates */ other) < 0;
    };

    /**
     * Tests if this Long's value is less than the specified's. This is an alias of {@link Long#lessThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lt = LongPrototype.lessThan;

    /**
     * Tests if this Long's value is less than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
      return this.comp(/* validates */ other) <= 0;
    };

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lte = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.le = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is greater than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThan = function greaterThan(other) {
      return this.comp(/* validates */ other) > 0;
    };

    /**
     * Tests if this Long's value is greater than the specified's. This is an alias of {@link Long#greaterThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gt = LongPrototype.greaterThan;

    /**
     * Tests if this Long's value is greater than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
      return this.comp(/* validates */ other) >= 0;
    };

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gte = LongPrototype.greaterThanOrEqual;

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ge = LongPrototype.greaterThanOrEqual;

    /**
     * Compares this Long's value with the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.compare = function compare(other) {
      if (!isLong(other)) other = fromValue(other);
      if (this.eq(other)) return 0;
      var thisNeg = this.isNegative(),
        otherNeg = other.isNegative();
      if (thisNeg && !otherNeg) return -1;
      if (!thisNeg && otherNeg) return 1;
      // At this point the sign bits are the same
      if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
      // Both are positive if at least one is unsigned
      return other.high >>> 0 > this.high >>> 0 ||
        (other.high === this.high && other.low >>> 0 > this.low >>> 0)
        ? -1
        : 1;
    };

    /**
     * Compares this Long's value with the specified's. This is an alias of {@link Long#compare}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.comp = LongPrototype.compare;

    /**
     * Negates this Long's value.
     * @this {!Long}
     * @returns {!Long} Negated Long
     */
    LongPrototype.negate = function negate() {
      if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
      return this.not().add(ONE);
    };

    /**
     * Negates this Long's value. This is an alias of {@link Long#negate}.
     * @function
     * @returns {!Long} Negated Long
     */
    LongPrototype.neg = LongPrototype.negate;

    /**
     * Returns the sum of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} addend Addend
     * @returns {!Long} Sum
     */
    LongPrototype.add = function add(addend) {
      if (!isLong(addend)) addend = fromValue(addend);

      // Divide each number into 4 chunks of 16 bits, and then sum the chunks.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = addend.high >>> 16;
      var b32 = addend.high & 0xffff;
      var b16 = addend.low >>> 16;
      var b00 = addend.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 + b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 + b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 + b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 + b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the difference of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.subtract = function subtract(subtrahend) {
      if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
      return this.add(subtrahend.neg());
    };

    /**
     * Returns the difference of this and the specified Long. This is an alias of {@link Long#subtract}.
     * @function
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.sub = LongPrototype.subtract;

    /**
     * Returns the product of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.multiply = function multiply(multiplier) {
      if (this.isZero()) return this;
      if (!isLong(multiplier)) multiplier = fromValue(multiplier);

      // use wasm support if present
      if (wasm) {
        var low = wasm["mul"](
          this.low,
          this.high,
          multiplier.low,
          multiplier.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
      if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
      if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
      if (this.isNegative()) {
        if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
        else return this.neg().mul(multiplier).neg();
      } else if (multiplier.isNegative())
        return this.mul(multiplier.neg()).neg();

      // If both longs are small, use float multiplication
      if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
        return fromNumber(
          this.toNumber() * multiplier.toNumber(),
          this.unsigned,
        );

      // Divide each long into 4 chunks of 16 bits, and then add up 4x4 products.
      // We can skip products that would overflow.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = multiplier.high >>> 16;
      var b32 = multiplier.high & 0xffff;
      var b16 = multiplier.low >>> 16;
      var b00 = multiplier.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 * b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 * b00;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c16 += a00 * b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 * b00;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a16 * b16;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a00 * b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the product of this and the specified Long. This is an alias of {@link Long#multiply}.
     * @function
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.mul = LongPrototype.multiply;

    /**
     * Returns this Long divided by the specified. The result is signed if this Long is signed or
     *  unsigned if this Long is unsigned.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.divide = function divide(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);
      if (divisor.isZero()) throw Error("division by zero");

      // use wasm support if present
      if (wasm) {
        // guard against signed division overflow: the largest
        // negative number / -1 would be 1 larger than the largest
        // positive number, due to two's complement.
        if (
          !this.unsigned &&
          this.high === -0x80000000 &&
          divisor.low === -1 &&
          divisor.high === -1
        ) {
          // be consistent with non-wasm code path
          return this;
        }
        var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (this.isZero()) return this.unsigned ? UZERO : ZERO;
      var approx, rem, res;
      if (!this.unsigned) {
        // This section is only relevant for signed longs and is derived from the
        // closure library as a whole.
        if (this.eq(MIN_VALUE)) {
          if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
            return MIN_VALUE; // recall that -MIN_VALUE == MIN_VALUE
          else if (divisor.eq(MIN_VALUE)) return ONE;
          else {
            // At this point, we have |other| >= 2, so |this/other| < |MIN_VALUE|.
            var halfThis = this.shr(1);
            approx = halfThis.div(divisor).shl(1);
            if (approx.eq(ZERO)) {
              return divisor.isNegative() ? ONE : NEG_ONE;
            } else {
              rem = this.sub(divisor.mul(approx));
              res = approx.add(rem.div(divisor));
              return res;
            }
          }
        } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
        if (this.isNegative()) {
          if (divisor.isNegative()) return this.neg().div(divisor.neg());
          return this.neg().div(divisor).neg();
        } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
        res = ZERO;
      } else {
        // The algorithm below has not been made for unsigned longs. It's therefore
        // required to take special care of the MSB prior to running it.
        if (!divisor.unsigned) divisor = divisor.toUnsigned();
        if (divisor.gt(this)) return UZERO;
        if (divisor.gt(this.shru(1)))
          // 15 >>> 1 = 7 ; with divisor = 8 ; true
          return UONE;
        res = UZERO;
      }

      // Repeat the following until the remainder is less than other:  find a
      // floating-point that approximates remainder / other *from below*, add this
      // into the result, and subtract it from the remainder.  It is critical that
      // the approximate value is less than or equal to the real value so that the
      // remainder never becomes negative.
      rem = this;
      while (rem.gte(divisor)) {
        // Approximate the result of division. This may be a little greater or
        // smaller than the actual value.
        approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));

        // We will tweak the approximate result by changing it in the 48-th digit or
        // the smallest non-fractional digit, whichever is larger.
        var log2 = Math.ceil(Math.log(approx) / Math.LN2),
          delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48),
          // Decrease the approximation until it is smaller than the remainder.  Note
          // that if it is too large, the product overflows and is negative.
          approxRes = fromNumber(approx),
          approxRem = approxRes.mul(divisor);
        while (approxRem.isNegative() || approxRem.gt(rem)) {
          approx -= delta;
          approxRes = fromNumber(approx, this.unsigned);
          approxRem = approxRes.mul(divisor);
        }

        // We know the answer can't be zero... and actually, zero would cause
        // infinite recursion since we would make no progress.
        if (approxRes.isZero()) approxRes = ONE;
        res = res.add(approxRes);
        rem = rem.sub(approxRem);
      }
      return res;
    };

    /**
     * Returns this Long divided by the specified. This is an alias of {@link Long#divide}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.div = LongPrototype.divide;

    /**
     * Returns this Long modulo the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.modulo = function modulo(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);

      // use wasm support if present
      if (wasm) {
        var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      return this.sub(this.div(divisor).mul(divisor));
    };

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.mod = LongPrototype.modulo;

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.rem = LongPrototype.modulo;

    /**
     * Returns the bitwise NOT of this Long.
     * @this {!Long}
     * @returns {!Long}
     */
    LongPrototype.not = function not() {
      return fromBits(~this.low, ~this.high, this.unsigned);
    };

    /**
     * Returns count leading zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countLeadingZeros = function countLeadingZeros() {
      return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
    };

    /**
     * Returns count leading zeros. This is an alias of {@link Long#countLeadingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.clz = LongPrototype.countLeadingZeros;

    /**
     * Returns count trailing zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countTrailingZeros = function countTrailingZeros() {
      return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
    };

    /**
     * Returns count trailing zeros. This is an alias of {@link Long#countTrailingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.ctz = LongPrototype.countTrailingZeros;

    /**
     * Returns the bitwise AND of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.and = function and(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low & other.low,
        this.high & other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise OR of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.or = function or(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low | other.low,
        this.high | other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise XOR of this Long and the given one.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.xor = function xor(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low ^ other.low,
        this.high ^ other.high,
        this.unsigned,
      );
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftLeft = function shiftLeft(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          this.low << numBits,
          (this.high << numBits) | (this.low >>> (32 - numBits)),
          this.unsigned,
        );
      else return fromBits(0, this.low << (numBits - 32), this.unsigned);
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount. This is an alias of {@link Long#shiftLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shl = LongPrototype.shiftLeft;

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRight = function shiftRight(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >> numBits,
          this.unsigned,
        );
      else
        return fromBits(
          this.high >> (numBits - 32),
          this.high >= 0 ? 0 : -1,
          this.unsigned,
        );
    };

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount. This is an alias of {@link Long#shiftRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr = LongPrototype.shiftRight;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >>> numBits,
          this.unsigned,
        );
      if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
      return fromBits(this.high >>> (numBits - 32), 0, this.unsigned);
    };

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shru = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits rotated to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateLeft = function rotateLeft(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.low << numBits) | (this.high >>> b),
          (this.high << numBits) | (this.low >>> b),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.high << numBits) | (this.low >>> b),
        (this.low << numBits) | (this.high >>> b),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the left by the given amount. This is an alias of {@link Long#rotateLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotl = LongPrototype.rotateLeft;

    /**
     * Returns this Long with bits rotated to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateRight = function rotateRight(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.high << b) | (this.low >>> numBits),
          (this.low << b) | (this.high >>> numBits),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.low << b) | (this.high >>> numBits),
        (this.high << b) | (this.low >>> numBits),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the right by the given amount. This is an alias of {@link Long#rotateRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotr = LongPrototype.rotateRight;

    /**
     * Converts this Long to signed.
     * @this {!Long}
     * @returns {!Long} Signed long
     */
    LongPrototype.toSigned = function toSigned() {
      if (!this.unsigned) return this;
      return fromBits(this.low, this.high, false);
    };

    /**
     * Converts this Long to unsigned.
     * @this {!Long}
     * @returns {!Long} Unsigned long
     */
    LongPrototype.toUnsigned = function toUnsigned() {
      if (this.unsigned) return this;
      return fromBits(this.low, this.high, true);
    };

    /**
     * Converts this Long to its byte representation.
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @this {!Long}
     * @returns {!Array.<number>} Byte representation
     */
    LongPrototype.toBytes = function toBytes(le) {
      return le ? this.toBytesLE() : this.toBytesBE();
    };

    /**
     * Converts this Long to its little endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Little endian byte representation
     */
    LongPrototype.toBytesLE = function toBytesLE() {
      var hi = this.high,
        lo = this.low;
      return [
        lo & 0xff,
        (lo >>> 8) & 0xff,
        (lo >>> 16) & 0xff,
        lo >>> 24,
        hi & 0xff,
        (hi >>> 8) & 0xff,
        (hi >>> 16) & 0xff,
        hi >>> 24,
      ];
    };

    /**
     * Converts this Long to its big endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Big endian byte representation
     */
    LongPrototype.toBytesBE = function toBytesBE() {
      var hi = this.high,
        lo = this.low;
      return [
        hi >>> 24,
        (hi >>> 16) & 0xff,
        (hi >>> 8) & 0xff,
        hi & 0xff,
        lo >>> 24,
        (lo >>> 16) & 0xff,
        (lo >>> 8) & 0xff,
        lo & 0xff,
      ];
    };

    /**
     * Creates a Long from its byte representation.
     * @param {!Array.<number>} bytes Byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytes = function fromBytes(bytes, unsigned, le) {
      return le
        ? Long.fromBytesLE(bytes, unsigned)
        : Long.fromBytesBE(bytes, unsigned);
    };

    /**
     * Creates a Long from its little endian byte representation.
     * @param {!Array.<number>} bytes Little endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
      return new Long(
        bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24),
        bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24),
        unsigned,
      );
    };

    /**
     * Creates a Long from its big endian byte representation.
     * @param {!Array.<number>} bytes Big endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
      return new Long(
        (bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7],
        (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3],
        unsigned,
      );
    };

    // Support conversion to/from BigInt where available
    if (typeof BigInt === "function") {
      /**
       * Returns a Long representing the given big integer.
       * @function
       * @param {number} value The big integer value
       * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
       * @returns {!Long} The corresponding Long value
       */
      Long.fromBigInt = function fromBigInt(value, unsigned) {
        var lowBits = Number(BigInt.asIntN(32, value));
        var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
        return fromBits(lowBits, highBits, unsigned);
      };

      // Override
      Long.fromValue = function fromValueWithBigInt(value, unsigned) {
        if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
        return fromValue(value, unsigned);
      };

      /**
       * Converts the Long to its big integer representation.
       * @this {!Long}
       * @returns {bigint}
       */
      LongPrototype.toBigInt = function toBigInt() {
        var lowBigInt = BigInt(this.low >>> 0);
        var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
        return (highBigInt << BigInt(32)) | lowBigInt;
      };
    }
    var _default = (_exports.default = Long);
  },
);


/***/ }),

/***/ 853:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// full library entry point.


module.exports = __nccwpck_require__(236);


/***/ }),

/***/ 143:
/***/ ((module) => {


module.exports = common;

var commonRe = /\/|\./;

/**
 * Provides common type definitions.
 * Can also be used to provide additional google types or your own custom types.
 * @param {string} name Short name as in `google/protobuf/[name].proto` or full file name
 * @param {Object.<string,*>} json JSON definition within `google.protobuf` if a short name, otherwise the file's root definition
 * @returns {undefined}
 * @property {INamespace} google/protobuf/any.proto Any
 * @property {INamespace} google/protobuf/duration.proto Duration
 * @property {INamespace} google/protobuf/empty.proto Empty
 * @property {INamespace} google/protobuf/field_mask.proto FieldMask
 * @property {INamespace} google/protobuf/struct.proto Struct, Value, NullValue and ListValue
 * @property {INamespace} google/protobuf/timestamp.proto Timestamp
 * @property {INamespace} google/protobuf/wrappers.proto Wrappers
 * @example
 * // manually provides descriptor.proto (assumes google/protobuf/ namespace and .proto extension)
 * protobuf.common("descriptor", descriptorJson);
 *
 * // manually provides a custom definition (uses my.foo namespace)
 * protobuf.common("my/foo/bar.proto", myFooBarJson);
 */
function common(name, json) {
    if (!commonRe.test(name)) {
        name = "google/protobuf/" + name + ".proto";
        json = { nested: { google: { nested: { protobuf: { nested: json } } } } };
    }
    common[name] = json;
}

// Not provided because of limited use (feel free to discuss or to provide yourself):
//
// google/protobuf/descriptor.proto
// google/protobuf/source_context.proto
// google/protobuf/type.proto
//
// Stripped and pre-parsed versions of these non-bundled files are instead available as part of
// the repository or package within the google/protobuf directory.

common("any", {

    /**
     * Properties of a google.protobuf.Any message.
     * @interface IAny
     * @type {Object}
     * @property {string} [typeUrl]
     * @property {Uint8Array} [bytes]
     * @memberof common
     */
    Any: {
        fields: {
            type_url: {
                type: "string",
                id: 1
            },
            value: {
                type: "bytes",
                id: 2
            }
        }
    }
});

var timeType;

common("duration", {

    /**
     * Properties of a google.protobuf.Duration message.
     * @interface IDuration
     * @type {Object}
     * @property {number|Long} [seconds]
     * @property {number} [nanos]
     * @memberof common
     */
    Duration: timeType = {
        fields: {
            seconds: {
                type: "int64",
                id: 1
            },
            nanos: {
                type: "int32",
                id: 2
            }
        }
    }
});

common("timestamp", {

    /**
     * Properties of a google.protobuf.Timestamp message.
     * @interface ITimestamp
     * @type {Object}
     * @property {number|Long} [seconds]
     * @property {number} [nanos]
     * @memberof common
     */
    Timestamp: timeType
});

common("empty", {

    /**
     * Properties of a google.protobuf.Empty message.
     * @interface IEmpty
     * @memberof common
     */
    Empty: {
        fields: {}
    }
});

common("struct", {

    /**
     * Properties of a google.protobuf.Struct message.
     * @interface IStruct
     * @type {Object}
     * @property {Object.<string,IValue>} [fields]
     * @memberof common
     */
    Struct: {
        fields: {
            fields: {
                keyType: "string",
                type: "Value",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.Value message.
     * @interface IValue
     * @type {Object}
     * @property {string} [kind]
     * @property {0} [nullValue]
     * @property {number} [numberValue]
     * @property {string} [stringValue]
     * @property {boolean} [boolValue]
     * @property {IStruct} [structValue]
     * @property {IListValue} [listValue]
     * @memberof common
     */
    Value: {
        oneofs: {
            kind: {
                oneof: [
                    "nullValue",
                    "numberValue",
                    "stringValue",
                    "boolValue",
                    "structValue",
                    "listValue"
                ]
            }
        },
        fields: {
            nullValue: {
                type: "NullValue",
                id: 1,
                protoName: "null_value"
            },
            numberValue: {
                type: "double",
                id: 2,
                protoName: "number_value"
            },
            stringValue: {
                type: "string",
                id: 3,
                protoName: "string_value"
            },
            boolValue: {
                type: "bool",
                id: 4,
                protoName: "bool_value"
            },
            structValue: {
                type: "Struct",
                id: 5,
                protoName: "struct_value"
            },
            listValue: {
                type: "ListValue",
                id: 6,
                protoName: "list_value"
            }
        }
    },

    NullValue: {
        values: {
            NULL_VALUE: 0
        }
    },

    /**
     * Properties of a google.protobuf.ListValue message.
     * @interface IListValue
     * @type {Object}
     * @property {Array.<IValue>} [values]
     * @memberof common
     */
    ListValue: {
        fields: {
            values: {
                rule: "repeated",
                type: "Value",
                id: 1
            }
        }
    }
});

common("wrappers", {

    /**
     * Properties of a google.protobuf.DoubleValue message.
     * @interface IDoubleValue
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    DoubleValue: {
        fields: {
            value: {
                type: "double",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.FloatValue message.
     * @interface IFloatValue
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    FloatValue: {
        fields: {
            value: {
                type: "float",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.Int64Value message.
     * @interface IInt64Value
     * @type {Object}
     * @property {number|Long} [value]
     * @memberof common
     */
    Int64Value: {
        fields: {
            value: {
                type: "int64",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.UInt64Value message.
     * @interface IUInt64Value
     * @type {Object}
     * @property {number|Long} [value]
     * @memberof common
     */
    UInt64Value: {
        fields: {
            value: {
                type: "uint64",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.Int32Value message.
     * @interface IInt32Value
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    Int32Value: {
        fields: {
            value: {
                type: "int32",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.UInt32Value message.
     * @interface IUInt32Value
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    UInt32Value: {
        fields: {
            value: {
                type: "uint32",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.BoolValue message.
     * @interface IBoolValue
     * @type {Object}
     * @property {boolean} [value]
     * @memberof common
     */
    BoolValue: {
        fields: {
            value: {
                type: "bool",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.StringValue message.
     * @interface IStringValue
     * @type {Object}
     * @property {string} [value]
     * @memberof common
     */
    StringValue: {
        fields: {
            value: {
                type: "string",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.BytesValue message.
     * @interface IBytesValue
     * @type {Object}
     * @property {Uint8Array} [value]
     * @memberof common
     */
    BytesValue: {
        fields: {
            value: {
                type: "bytes",
                id: 1
            }
        }
    }
});

common("field_mask", {

    /**
     * Properties of a google.protobuf.FieldMask message.
     * @interface IFieldMask
     * @type {Object}
     * @property {string[]} [paths]
     * @memberof common
     */
    FieldMask: {
        fields: {
            paths: {
                rule: "repeated",
                type: "string",
                id: 1
            }
        }
    }
});

/**
 * Gets the root definition of the specified common proto file.
 *
 * Bundled definitions are:
 * - google/protobuf/any.proto
 * - google/protobuf/duration.proto
 * - google/protobuf/empty.proto
 * - google/protobuf/field_mask.proto
 * - google/protobuf/struct.proto
 * - google/protobuf/timestamp.proto
 * - google/protobuf/wrappers.proto
 *
 * @param {string} file Proto file name
 * @returns {INamespace|null} Root definition or `null` if not defined
 */
common.get = function get(file) {
    return common[file] || null;
};


/***/ }),

/***/ 0:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/**
 * Runtime message from/to plain object converters.
 * @namespace
 */
var converter = exports;

var Enum  = __nccwpck_require__(363),
    types = __nccwpck_require__(761),
    util  = __nccwpck_require__(926);

/**
 * Generates a partial value fromObject conveter.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} prop Property reference
 * @param {string} [dstProp] Repeated destination property reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genValuePartial_fromObject(gen, field, fieldIndex, prop, dstProp) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) {
            var dst = dstProp
                ? "m" + dstProp + "[m" + dstProp + ".length]"
                : "m" + prop;
            gen
            ("switch(d%s){", prop);
            for (var values = field.resolvedType.values, keys = Object.keys(values), i = 0; i < keys.length; ++i) { gen
                ("case%j:", keys[i])
                ("case %i:", values[keys[i]])
                    ("%s=%j", dst, values[keys[i]])
                    ("break");
            }
            gen
                ("default:");
            if (field.resolvedType._features.enum_type !== "CLOSED") {
                gen
                    ("if(typeof d%s===\"number\"&&(d%s|0)===d%s)", prop, prop, prop)
                        ("%s=d%s", dst, prop);
            }
            gen
            ("}");
        } else gen
            ("if(!util.isObject(d%s))", prop)
                ("throw TypeError(%j)", field.fullName + ": object expected")
            ("m%s=types[%i].fromObject(d%s,q+1)", prop, fieldIndex, prop);
    } else {
        var isUnsigned = false;
        switch (field.type) {
            case "double":
            case "float": gen
                ("m%s=Number(d%s)", prop, prop); // also catches "NaN", "Infinity"
                break;
            case "uint32":
            case "fixed32": gen
                ("m%s=d%s>>>0", prop, prop);
                break;
            case "int32":
            case "sint32":
            case "sfixed32": gen
                ("m%s=d%s|0", prop, prop);
                break;
            case "uint64":
            case "fixed64":
                isUnsigned = true;
                // eslint-disable-next-line no-fallthrough
            case "int64":
            case "sint64":
            case "sfixed64": gen
                ("if(util.Long)")
                    ("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)
                ("else if(typeof d%s===\"string\")", prop)
                    ("m%s=parseInt(d%s,10)", prop, prop)
                ("else if(typeof d%s===\"number\")", prop)
                    ("m%s=d%s", prop, prop)
                ("else if(typeof d%s===\"object\")", prop)
                    ("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
                break;
            case "bytes": gen
                ("if(typeof d%s===\"string\")", prop)
                    ("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)
                ("else if(d%s.length>=0)", prop)
                    ("m%s=d%s", prop, prop);
                break;
            case "string": gen
                ("m%s=String(d%s)", prop, prop);
                break;
            case "bool": gen
                ("m%s=Boolean(d%s)", prop, prop);
                break;
            /* default: gen
                ("m%s=d%s", prop, prop);
                break; */
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}

/**
 * Generates a plain object to runtime message converter specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
converter.fromObject = function fromObject(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var fields = mtype.fieldsArray;
    var gen = util.codegen(["d", "q"])
    ("if(d instanceof C)")
        ("return d")
    ("if(!util.isObject(d))")
        ("throw TypeError(%j)", mtype.fullName + ": object expected")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")");
    if (!fields.length) return gen
    ("return new C");
    gen
    ("var m=new C");
    for (var i = 0; i < fields.length; ++i) {
        var field  = fields[i].resolve(),
            prop   = util.safeProp(field.name),
            implicitPresence = !field.hasPresence && !field.repeated && !field.map
                && (field.resolvedType instanceof Enum || types.basic[field.type] !== undefined);

        // Map fields
        if (field.map) { gen
    ("if(d%s){", prop)
        ("if(!util.isObject(d%s))", prop)
            ("throw TypeError(%j)", field.fullName + ": object expected")
        ("m%s={}", prop)
        ("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop);
            gen
        ("if(ks[i]===\"__proto__\")")
            ("util.makeProp(m%s,ks[i])", prop);
            genValuePartial_fromObject(gen, field, /* not sorted */ i, prop + "[ks[i]]")
        ("}")
    ("}");

        // Repeated fields
        } else if (field.repeated) { gen
    ("if(d%s){", prop)
        ("if(!Array.isArray(d%s))", prop)
            ("throw TypeError(%j)", field.fullName + ": array expected");
            if (field.resolvedType instanceof Enum) gen
        ("m%s=[]", prop);
            else gen
        ("m%s=Array(d%s.length)", prop, prop);
            gen
        ("for(var i=0;i<d%s.length;++i){", prop);
            genValuePartial_fromObject(gen, field, /* not sorted */ i, prop + "[i]", field.resolvedType instanceof Enum ? prop : undefined)
        ("}")
    ("}");

        // Non-repeated fields
        } else {
            if (!(field.resolvedType instanceof Enum)) gen // no need to test for null/undefined if an enum (uses switch)
    ("if(d%s!=null){", prop); // !== undefined && !== null
            if (implicitPresence) {
                if (field.resolvedType instanceof Enum) gen
    ("if(d%s!==%j&&(typeof d%s!==\"string\"||types[%i].values[d%s]!==%j)){", prop, field.typeDefault, prop, i, prop, field.typeDefault);
                else if (field.type === "string") gen
    ("if(typeof d%s!==\"string\"||d%s.length){", prop, prop);
                else if (field.type === "bytes") gen
    ("if(d%s.length){", prop);
                else if (field.type === "bool") gen
    ("if(d%s){", prop);
                else if (field.type === "double" || field.type === "float") gen
    ("if(!Object.is(Number(d%s),0)){", prop);
                else if (types.long[field.type] !== undefined) gen
    ("if(typeof d%s===\"object\"?d%s.low||d%s.high:Number(d%s)!==0){", prop, prop, prop, prop);
                else gen
    ("if(Number(d%s)!==0){", prop);
            }
        genValuePartial_fromObject(gen, field, /* not sorted */ i, prop);
            if (implicitPresence) gen
    ("}");
            if (!(field.resolvedType instanceof Enum)) gen
    ("}");
        }
    } return gen
    ("return m");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
};

/**
 * Generates a partial value toObject converter.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} dstProp Destination property reference
 * @param {string} [srcProp] Source property reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genValuePartial_toObject(gen, field, fieldIndex, dstProp, srcProp) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    if (!srcProp)
        srcProp = dstProp;
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) gen
            ("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", dstProp, fieldIndex, srcProp, srcProp, fieldIndex, srcProp, srcProp);
        else gen
            ("d%s=types[%i].toObject(m%s,o,q+1)", dstProp, fieldIndex, srcProp);
    } else {
        var isUnsigned = false;
        switch (field.type) {
            case "double":
            case "float": gen
            ("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", dstProp, srcProp, srcProp, srcProp);
                break;
            case "uint64":
            case "fixed64":
                isUnsigned = true;
                // eslint-disable-next-line no-fallthrough
            case "int64":
            case "sint64":
            case "sfixed64": gen
            ("if(typeof BigInt!==\"undefined\"&&o.longs===BigInt)")
                ("d%s=typeof m%s===\"number\"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()", dstProp, srcProp, srcProp, srcProp, srcProp, isUnsigned)
            ("else if(typeof m%s===\"number\")", srcProp)
                ("d%s=o.longs===String?String(m%s):m%s", dstProp, srcProp, srcProp)
            ("else") // Long-like
                ("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", dstProp, srcProp, srcProp, srcProp, isUnsigned ? "true": "", srcProp);
                break;
            case "bytes": gen
            ("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", dstProp, srcProp, srcProp, srcProp, srcProp);
                break;
            default: gen
            ("d%s=m%s", dstProp, srcProp);
                break;
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}

/**
 * Generates a runtime message to plain object converter specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
converter.toObject = function toObject(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var fields = mtype.fieldsArray.slice().sort(util.compareFieldsById);
    if (!fields.length)
        return util.codegen()("return {}");
    var gen = util.codegen(["m", "o", "q"])
    ("if(!o)")
        ("o={}")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")")
    ("var d={}");

    var repeatedFields = [],
        mapFields = [],
        normalFields = [],
        i = 0;
    for (; i < fields.length; ++i)
        if (!fields[i].partOf)
            ( fields[i].resolve().repeated ? repeatedFields
            : fields[i].map ? mapFields
            : normalFields).push(fields[i]);

    if (repeatedFields.length) { gen
    ("if(o.arrays||o.defaults){");
        for (i = 0; i < repeatedFields.length; ++i) gen
        ("d%s=[]", util.safeProp(repeatedFields[i].name));
        gen
    ("}");
    }

    if (mapFields.length) { gen
    ("if(o.objects||o.defaults){");
        for (i = 0; i < mapFields.length; ++i) gen
        ("d%s={}", util.safeProp(mapFields[i].name));
        gen
    ("}");
    }

    if (normalFields.length) { gen
    ("if(o.defaults){");
        for (i = 0; i < normalFields.length; ++i) {
            var field = normalFields[i],
                prop  = util.safeProp(field.name);
            if (field.resolvedType instanceof Enum) gen
        ("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
            else if (field.long) gen
        ("if(util.Long){")
            ("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)
            ("d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!==\"undefined\"&&o.longs===BigInt?n.toBigInt():n", prop)
        ("}else")
            ("d%s=o.longs===String?%j:typeof BigInt!==\"undefined\"&&o.longs===BigInt?BigInt(%j):%i", prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
            else if (field.bytes) {
                var arrayDefault = Array.prototype.slice.call(field.typeDefault);
                gen
        ("if(o.bytes===String)d%s=%j", prop, util.base64.encode(field.typeDefault, 0, field.typeDefault.length))
        ("else{")
            ("d%s=%j", prop, arrayDefault)
            ("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)
        ("}");
            } else if ((field.type === "double" || field.type === "float") && typeof field.typeDefault === "number"
                    && (!isFinite(field.typeDefault) || Object.is(field.typeDefault, -0))) gen
        ("d%s=%f", prop, field.typeDefault)
        ("if(o.json&&!isFinite(d%s))d%s=String(d%s)", prop, prop, prop);
            else gen
        ("d%s=%j", prop, field.typeDefault); // also messages (=null)
        } gen
    ("}");
    }
    var hasKs2 = false;
    for (i = 0; i < fields.length; ++i) {
        var field = fields[i],
            index = mtype._fieldsArray.indexOf(field),
            prop  = util.safeProp(field.name);
        if (field.map) {
            if (!hasKs2) { hasKs2 = true; gen
    ("var ks2");
            } gen
    ("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)
        ("d%s={}", prop);
            var longKey = types.long[field.keyType] !== undefined,
                srcProp = prop + "[ks2[j]]";
            gen
        ("for(var j=0;j<ks2.length;++j){");
            if (longKey) gen
            ("var k2=util.longFromKey(ks2[j],%j).toString()", field.keyType === "uint64" || field.keyType === "fixed64");
            gen
        ("if(ks2[j]===\"__proto__\")")
            ("util.makeProp(d%s,ks2[j])", prop);
            genValuePartial_toObject(gen, field, /* sorted */ index, longKey ? prop + "[k2]" : srcProp, srcProp)
        ("}");
        } else if (field.repeated) { gen
    ("if(m%s&&m%s.length){", prop, prop)
        ("d%s=Array(m%s.length)", prop, prop)
        ("for(var j=0;j<m%s.length;++j){", prop);
            genValuePartial_toObject(gen, field, /* sorted */ index, prop + "[j]")
        ("}");
        } else { gen
    ("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name); // !== undefined && !== null
        genValuePartial_toObject(gen, field, /* sorted */ index, prop);
        if (field.partOf && !field.partOf.isProto3Optional) gen
        ("if(o.oneofs)")
            ("d%s=%j", util.safeProp(field.partOf.name), field.name);
        }
        gen
    ("}");
    }
    return gen
    ("return d");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
};


/***/ }),

/***/ 224:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = decoder;

var Enum    = __nccwpck_require__(363),
    types   = __nccwpck_require__(761),
    util    = __nccwpck_require__(926);

function missing(field) {
    return "missing required '" + field.name + "'";
}

function stringMethod(field) {
    return field._features.utf8_validation === "VERIFY" ? "stringVerify" : "string";
}

function genPreserveUnknown(gen, ref) {
    /* eslint-disable no-unexpected-multiline */
    return gen
        ("if(!r.discardUnknown){")
            ("util.makeProp(m,\"$unknowns\",false);")
            ("(m.$unknowns||(m.$unknowns=[])).push(%s)", ref)
        ("}");
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a decoder specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function decoder(mtype) {
    /* eslint-disable no-unexpected-multiline */
    var hasMapField = false,
        needsValueVar = false,
        i = 0;
    for (; i < mtype.fieldsArray.length; ++i) {
        var pfield = mtype._fieldsArray[i];
        if (pfield.map)
            hasMapField = true;
        if (pfield.resolvedType instanceof Enum || !pfield.repeated && !pfield.map && !pfield.hasPresence)
            needsValueVar = true;
    }
    var gen = util.codegen(["r", "l", "z", "q", "g"])
    ("if(!(r instanceof Reader))")
        ("r=Reader.create(r)")
    ("if(q===undefined)q=0")
    ("if(q>Reader.recursionLimit)")
        ("throw Error(\"max depth exceeded\")")
    ("var c,m" + (hasMapField ? ",k,v" : needsValueVar ? ",v" : ""))
    ("if(l===undefined)")
        ("c=r.len")
    ("else{")
        ("c=r.pos+l")
        ("if(c>r.len)")
            ("throw RangeError(\"index out of range\")")
        ("l=r.len")
        ("r.len=c")
    ("}")
    ("m=g||new C")
    ("while(r.pos<c){")
        ("var s=r.pos")
        ("var t=r.tag()")
        ("if(t===z){")
            ("z=undefined")
            ("break")
        ("}");
    if (mtype.fieldsArray.length) gen
        ("var u=t&7")
        ("switch(t>>>=3){");
    for (i = 0; i < /* initializes */ mtype.fieldsArray.length; ++i) {
        var field  = mtype._fieldsArray[i].resolve(),
            type   = field.resolvedType instanceof Enum ? "int32" : field.type,
            ref    = "m" + util.safeProp(field.name),
            closed = field.resolvedType instanceof Enum && field.resolvedType._features.enum_type === "CLOSED";

        // Map fields
        if (field.map) {
            gen
            ("case %i:{", field.id)
                ("if(u!==2)")
                    ("break");
            if (!closed) gen
                ("if(%s===util.emptyObject)", ref)
                    ("%s={}", ref);
            gen
                ("var c2=r.size()+r.pos")
                ("if(c2>r.len)")
                    ("throw RangeError(\"index out of range\")")
                ("r.len=c2");

            if (types.defaults[field.keyType] !== undefined) gen
                ("k=%j", types.defaults[field.keyType]);
            else gen
                ("k=null");

            if (types.long[type] !== undefined) gen
                ("v=util.Long?util.Long.fromNumber(0,%j):0", type === "uint64" || type === "fixed64");
            else if (types.defaults[type] !== undefined) gen
                ("v=%j", types.defaults[type]);
            else gen
                ("v=null");

            gen
                ("while(r.pos<c2){")
                    ("var t2=r.tag()")
                    ("u=t2&7")
                    ("switch(t2>>>=3){")
                        ("case 1:")
                            ("if(u!==%i)", types.mapKey[field.keyType])
                                ("break")
                            ("k=r.%s()", field.keyType === "string" ? stringMethod(field) : field.keyType)
                            ("continue")
                        ("case 2:")
                            ("if(u!==%i)", types.basic[type] === undefined ? 2 : types.basic[type])
                                ("break");

            if (types.basic[type] === undefined) gen
                            ("v=types[%i].decode(r,r.size(),undefined,q+1,v)", i); // can't be groups
            else gen
                            ("v=r.%s()", type === "string" ? stringMethod(field) : type);

            gen
                            ("continue")
                    ("}")
                    ("r.skipType(u,q,t2)")
                ("}");
            gen
                ("if(r.pos!==c2)")
                    ("throw RangeError(\"index out of range\")")
                ("r.len=c");

            if (closed) { gen
                ("if(types[%i].valuesById[v]===undefined){", i);
                    genPreserveUnknown(gen, "r.raw(s,r.pos)")
                    ("continue")
                ("}")
                ("if(%s===util.emptyObject)", ref)
                    ("%s={}", ref);
            }

            var val = types.basic[type] === undefined ? "v||new types[" + i + "].ctor" : "v";
            if (types.long[field.keyType] !== undefined) gen
                ("%s[typeof k===\"object\"?util.longToHash(k):k]=%s", ref, val);
            else {
                if (field.keyType === "string") gen
                ("if(k===\"__proto__\")")
                    ("util.makeProp(%s,k)", ref);
                gen
                ("%s[k]=%s", ref, val);
            }

        // Repeated fields
        } else if (field.repeated) { gen
            ("case %i:", field.id)
            ("{");

            // Packable (always check for forward and backward compatiblity)
            if (types.packed[type] !== undefined) {
                gen
                ("if(u===2){");
                if (closed) {
                    gen
                    ("var c2=r.size()+r.pos")
                    ("if(c2>r.len)")
                        ("throw RangeError(\"index out of range\")")
                    ("r.len=c2")
                    ("while(r.pos<c2){")
                        ("s=r.pos")
                        ("v=r.%s()", type)
                        ("if(types[%i].valuesById[v]!==undefined){", i)
                            ("if(!(%s&&%s.length))", ref, ref)
                                ("%s=[]", ref)
                            ("%s.push(v)", ref)
                        ("}else");
                            genPreserveUnknown(gen, "util.rawField(" + field.id + ",0,r.raw(s,r.pos))")
                    ("}");
                    gen
                    ("if(r.pos!==c2)")
                        ("throw RangeError(\"index out of range\")")
                    ("r.len=c");
                } else gen
                    ("if(!(%s&&%s.length))", ref, ref)
                        ("%s=[]", ref)
                    ("r.%ss(%s)", type, ref);
                gen
                    ("continue")
                ("}");
            }

            // Non-packed
            gen
                ("if(u!==%i)", types.basic[type] === undefined ? field.delimited ? 3 : 2 : types.basic[type])
                    ("break");
            if (!closed) gen
                ("if(!(%s&&%s.length))", ref, ref)
                    ("%s=[]", ref);
            if (types.basic[type] === undefined) {
                if (field.delimited) gen
                    ("%s.push(types[%i].decode(r,undefined,%i,q+1))", ref, i, field.id * 8 + 4);
                else gen
                    ("%s.push(types[%i].decode(r,r.size(),undefined,q+1))", ref, i);
            } else if (closed) { gen
                    ("v=r.%s()", type)
                    ("if(types[%i].valuesById[v]!==undefined){", i)
                        ("if(!(%s&&%s.length))", ref, ref)
                            ("%s=[]", ref)
                        ("%s.push(v)", ref)
                    ("}else");
                        genPreserveUnknown(gen, "r.raw(s,r.pos)");
            } else gen
                    ("%s.push(r.%s())", ref, type === "string" ? stringMethod(field) : type);

        // Non-repeated
        } else if (types.basic[type] === undefined) {
            gen
            ("case %i:{", field.id)
                ("if(u!==%i)", field.delimited ? 3 : 2)
                    ("break");
            if (field.delimited) gen
                ("%s=types[%i].decode(r,undefined,%i,q+1,%s)", ref, i, field.id * 8 + 4, ref);
            else gen
                ("%s=types[%i].decode(r,r.size(),undefined,q+1,%s)", ref, i, ref);
        }
        else if (field.hasPresence) {
            gen
            ("case %i:{", field.id)
                ("if(u!==%i)", types.basic[type])
                    ("break");
            if (closed) { gen
                ("v=r.%s()", type)
                ("if(types[%i].valuesById[v]!==undefined){", i)
                    ("%s=v", ref);
                if (field.partOf) gen
                    ("m%s=%j", util.safeProp(field.partOf.name), field.name);
                gen
                ("}else");
                    genPreserveUnknown(gen, "r.raw(s,r.pos)");
            } else gen
                ("%s=r.%s()", ref, type === "string" ? stringMethod(field) : type);
        } else {
            gen
            ("case %i:{", field.id)
                ("if(u!==%i)", types.basic[type])
                    ("break");
            if (closed) { gen
                ("v=r.%s()", type)
                ("if(types[%i].valuesById[v]!==undefined){", i)
                    ("if(v!==%j)", field.typeDefault)
                        ("%s=v", ref)
                    ("else")
                        ("delete %s", ref)
                ("}else{");
                    genPreserveUnknown(gen, "r.raw(s,r.pos)")
                ("}");
            } else {
                if (field.resolvedType instanceof Enum && field.typeDefault !== 0) gen
                    // TODO: Protoc rejects open enums whose first value is not zero.
                    // We should do the same, but for v8 this would be a regression.
                    ("if((v=r.%s())!==%j)", type, field.typeDefault);
                else if (type === "string") gen
                    ("if((v=r.%s()).length)", stringMethod(field));
                else if (type === "bytes") gen
                    ("if((v=r.%s()).length)", type);
                else if (types.long[type] !== undefined) gen
                    ("if(typeof(v=r.%s())===\"object\"?v.low||v.high:v!==0)", type);
                else if (type === "double" || type === "float") gen
                    ("if(!Object.is(v=r.%s(),0))", type);
                else gen
                    ("if(v=r.%s())", type);
                gen
                        ("%s=v", ref)
                    ("else")
                        ("delete %s", ref); // rare/odd case: later default clears earlier non-default
            }
        }
        if (field.partOf && !closed) gen
                ("m%s=%j", util.safeProp(field.partOf.name), field.name);
        gen
                ("continue")
            ("}");
    }
    if (i) gen
        ("}");
    // Unknown fields
    gen
        ("r.skipType(%s,q,t)", i ? "u" : "t&7");
    genPreserveUnknown(gen, "r.raw(s,r.pos)")
    ("}")
    ("if(l!==undefined){")
        ("if(r.pos!==c)")
            ("throw RangeError(\"index out of range\")")
        ("r.len=l")
    ("}")
    ("if(z!==undefined)")
        ("throw Error(\"missing end group\")");

    // Field presence
    for (i = 0; i < mtype._fieldsArray.length; ++i) {
        var rfield = mtype._fieldsArray[i];
        if (rfield.required) gen
    ("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)
        ("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
    }

    return gen
    ("return m");
    /* eslint-enable no-unexpected-multiline */
}


/***/ }),

/***/ 880:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = encoder;

var Enum     = __nccwpck_require__(363),
    types    = __nccwpck_require__(761),
    util     = __nccwpck_require__(926);

/**
 * Generates a partial message type encoder.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genTypePartial(gen, field, fieldIndex, ref) {
    return field.delimited
        ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0)
        : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
}

/**
 * Generates an encoder specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function encoder(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var gen = util.codegen(["m", "w", "q"])
    ("if(!w)")
        ("w=Writer.create()")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")");

    var i, ref;

    // "when a message is serialized its known fields should be written sequentially by field number"
    var fields = /* initializes */ mtype.fieldsArray.slice().sort(util.compareFieldsById);

    for (var i = 0; i < fields.length; ++i) {
        var field    = fields[i].resolve(),
            index    = mtype._fieldsArray.indexOf(field),
            type     = field.resolvedType instanceof Enum ? "int32" : field.type,
            wireType = types.basic[type];
            ref      = "m" + util.safeProp(field.name);

        // Map fields
        if (field.map) {
            gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name) // !== undefined && !== null
        ("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref);
            if (field.keyType === "bool") gen
            ("w.uint32(%i).fork().uint32(%i).bool(util.boolFromKey(ks[i]))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType]);
            else if (types.long[field.keyType] !== undefined) gen
            ("w.uint32(%i).fork().uint32(%i).%s(util.longFromKey(ks[i],%j))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType, field.keyType === "uint64" || field.keyType === "fixed64");
            else gen
            ("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType);
            if (wireType === undefined) gen
            ("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref); // can't be groups
            else gen
            (".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref);
            gen
        ("}")
    ("}");

            // Repeated fields
        } else if (field.repeated) { gen
    ("if(%s!=null&&%s.length){", ref, ref); // !== undefined && !== null

            // Packed repeated
            if (field.packed && types.packed[type] !== undefined) { gen

        ("w.uint32(%i).%ss(%s)", (field.id << 3 | 2) >>> 0, type, ref);

            // Non-packed
            } else { gen

        ("for(var i=0;i<%s.length;++i)", ref);
                if (wireType === undefined)
            genTypePartial(gen, field, index, ref + "[i]");
                else gen
            ("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref);

            } gen
    ("}");

        // Non-repeated
        } else {
            if (!field.required)
                if (field.hasPresence || !(field.resolvedType instanceof Enum || types.basic[type] !== undefined)) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name); // !== undefined && !== null
                else if (field.resolvedType instanceof Enum) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==%j)", ref, field.name, ref, field.typeDefault);
                else if (type === "bool") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==false)", ref, field.name, ref);
                else if (type === "string") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==\"\")", ref, field.name, ref);
                else if (type === "bytes") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s.length)", ref, field.name, ref);
                else if (type === "double" || type === "float") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&!Object.is(%s,0))", ref, field.name, ref);
                else if (types.long[type] !== undefined) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&(typeof %s===\"object\"?%s.low||%s.high:%s!==0))", ref, field.name, ref, ref, ref, ref);
                else gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==0)", ref, field.name, ref);

            if (wireType === undefined)
        genTypePartial(gen, field, index, ref);
            else gen
        ("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref);

        }
    }

    return gen
    ("if(m.$unknowns!=null&&Object.hasOwnProperty.call(m,\"$unknowns\"))")
        ("for(var i=0;i<m.$unknowns.length;++i)")
            ("w.raw(m.$unknowns[i])")
    ("return w");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}


/***/ }),

/***/ 363:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Enum;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Enum.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Enum,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Enum.className = "Enum";

var Namespace = __nccwpck_require__(731),
    util = __nccwpck_require__(926);

/**
 * Constructs a new enum instance.
 * @classdesc Reflected enum.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {Object.<string,number>} [values] Enum values as an object, by name
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] The comment for this enum
 * @param {Object.<string,string|null>} [comments] The value comments for this enum
 * @param {Object.<string,Object<string,*>>|undefined} [valuesOptions] The value options for this enum
 */
function Enum(name, values, options, comment, comments, valuesOptions) {
    ReflectionObject.call(this, name, options);

    if (values && typeof values !== "object")
        throw TypeError("values must be an object");

    /**
     * Enum values by id.
     * @type {Object.<number,string>}
     */
    this.valuesById = Object.create(null);

    /**
     * Enum values by name.
     * @type {Object.<string,number>}
     */
    this.values = Object.create(this.valuesById); // toJSON, marker

    /**
     * Enum comment text.
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Value comment texts, if any.
     * @type {Object.<string,string|null>}
     */
    this.comments = comments || {};

    /**
     * Values options, if any
     * @type {Object<string, Object<string, *>>|undefined}
     */
    this.valuesOptions = valuesOptions;

    /**
     * Resolved values features, if any
     * @type {Object<string, Object<string, *>>|undefined}
     */
    this._valuesFeatures = {};

    /**
     * Reserved ranges, if any.
     * @type {Array.<number[]|string>}
     */
    this.reserved = undefined; // toJSON

    /**
     * Declared symbol visibility, if any.
     * @type {"local"|"export"|undefined}
     */
    this.visibility = undefined; // toJSON

    // Note that values inherit valuesById on their prototype which makes them a TypeScript-
    // compatible enum. This is used by pbts to write actual enum definitions that work for
    // static and reflection code alike instead of emitting generic object definitions.

    if (values)
        for (var keys = Object.keys(values), i = 0; i < keys.length; ++i)
            if (keys[i] !== "__proto__" && typeof values[keys[i]] === "number") { // use forward entries only
                this.values[keys[i]] = values[keys[i]];
                if (this.valuesById[values[keys[i]]] === undefined)
                    this.valuesById[values[keys[i]]] = keys[i];
            }
}

/**
 * @override
 */
Enum.prototype._resolveFeatures = function _resolveFeatures(edition) {
    edition = this._edition || edition;
    ReflectionObject.prototype._resolveFeatures.call(this, edition);

    Object.keys(this.values).forEach(key => {
        var parentFeaturesCopy = util.merge({}, this._features);
        this._valuesFeatures[key] = util.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
    });

    return this;
};

/**
 * Enum descriptor.
 * @interface IEnum
 * @property {string} [edition] Edition
 * @property {Object.<string,number>} values Enum values
 * @property {Object.<string,*>} [options] Enum options
 * @property {Object.<string,Object.<string,*>>} [valuesOptions] Enum value options
 * @property {Array.<number[]|string>} [reserved] Reserved ranges
 * @property {"local"|"export"} [visibility] Declared symbol visibility
 * @property {string|null} [comment] Enum comment
 * @property {Object.<string,string|null>} [comments] Value comments
 */

/**
 * Constructs an enum from an enum descriptor.
 * @param {string} name Enum name
 * @param {IEnum} json Enum descriptor
 * @returns {Enum} Created enum
 * @throws {TypeError} If arguments are invalid
 */
Enum.fromJSON = function fromJSON(name, json) {
    var enm = new Enum(name, json.values, json.options, json.comment, json.comments, json.valuesOptions);
    enm.reserved = json.reserved;
    if (json.visibility)
        enm.visibility = json.visibility;
    if (json.edition)
        enm._edition = json.edition;
    enm._defaultEdition = "proto3";  // For backwards-compatibility.
    return enm;
};

/**
 * Converts this enum to an enum descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IEnum} Enum descriptor
 */
Enum.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"       , this._editionToJSON(),
        "options"       , this.options,
        "valuesOptions" , this.valuesOptions,
        "values"        , this.values,
        "reserved"      , this.reserved && this.reserved.length ? this.reserved : undefined,
        "visibility"    , this.visibility,
        "comment"       , keepComments ? this.comment : undefined,
        "comments"      , keepComments ? this.comments : undefined
    ]);
};

/**
 * Adds a value to this enum.
 * @param {string} name Value name
 * @param {number} id Value id
 * @param {string} [comment] Comment, if any
 * @param {Object.<string, *>|undefined} [options] Options, if any
 * @returns {Enum} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a value with this name or id
 */
Enum.prototype.add = function add(name, id, comment, options) {
    // utilized by the parser but not by .fromJSON

    if (!util.isString(name))
        throw TypeError("name must be a string");

    if (!util.isInteger(id))
        throw TypeError("id must be an integer");

    if (name === "__proto__")
        return this;

    if (this.values[name] !== undefined)
        throw Error("duplicate name '" + name + "' in " + this);

    if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);

    if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);

    if (this.valuesById[id] !== undefined) {
        if (!(this.options && this.options.allow_alias))
            throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
    } else
        this.valuesById[this.values[name] = id] = name;

    if (options) {
        if (this.valuesOptions === undefined)
            this.valuesOptions = {};
        this.valuesOptions[name] = options || null;
    }

    this.comments[name] = comment || null;
    return this;
};

/**
 * Removes a value from this enum
 * @param {string} name Value name
 * @returns {Enum} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `name` is not a name of this enum
 */
Enum.prototype.remove = function remove(name) {

    if (!util.isString(name))
        throw TypeError("name must be a string");

    var val = this.values[name];
    if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);

    delete this.valuesById[val];
    delete this.values[name];
    delete this.comments[name];
    if (this.valuesOptions)
        delete this.valuesOptions[name];

    return this;
};

/**
 * Tests if the specified id is reserved.
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Enum.prototype.isReservedId = function isReservedId(id) {
    return Namespace.isReservedId(this.reserved, id);
};

/**
 * Tests if the specified name is reserved.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Enum.prototype.isReservedName = function isReservedName(name) {
    return Namespace.isReservedName(this.reserved, name);
};


/***/ }),

/***/ 792:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Field;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Field.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Field,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Field.className = "Field";

var Enum  = __nccwpck_require__(363),
    types = __nccwpck_require__(761),
    util  = __nccwpck_require__(926);

var Type; // cyclic

var ruleRe = /^(?:required|optional|repeated)$/;

/**
 * Constructs a new message field instance. Note that {@link MapField|map fields} have their own class.
 * @name Field
 * @classdesc Reflected message field.
 * @extends FieldBase
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} type Value type
 * @param {string|Object.<string,*>} [rule="optional"] Field rule
 * @param {string|Object.<string,*>} [extend] Extended type if different from parent
 * @param {Object.<string,*>} [options] Declared options
 */

/**
 * Constructs a field from a field descriptor.
 * @param {string} name Field name
 * @param {IField} json Field descriptor
 * @returns {Field} Created field
 * @throws {TypeError} If arguments are invalid
 */
Field.fromJSON = function fromJSON(name, json) {
    var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
    if (json.edition)
        field._edition = json.edition;
    if (json.protoName)
        field.protoName = json.protoName;
    if (json.jsonName !== undefined)
        field.jsonName = json.jsonName;
    else if (json.options && json.options.json_name !== undefined)
        field.jsonName = json.options.json_name;
    field._defaultEdition = "proto3";  // For backwards-compatibility.
    return field;
};

/**
 * Not an actual constructor. Use {@link Field} instead.
 * @classdesc Base class of all reflected message fields. This is not an actual class but here for the sake of having consistent type definitions.
 * @exports FieldBase
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} type Value type
 * @param {string|Object.<string,*>} [rule="optional"] Field rule
 * @param {string|Object.<string,*>} [extend] Extended type if different from parent
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function Field(name, id, type, rule, extend, options, comment) {

    if (util.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = undefined;
    } else if (util.isObject(extend)) {
        comment = options;
        options = extend;
        extend = undefined;
    }

    ReflectionObject.call(this, name, options);

    if (!util.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");

    if (!util.isString(type))
        throw TypeError("type must be a string");

    if (rule !== undefined && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");

    if (extend !== undefined && !util.isString(extend))
        throw TypeError("extend must be a string");

    /**
     * Field rule, if any.
     * @type {string|undefined}
     */
    this.rule = rule && rule !== "optional" ? rule : undefined; // toJSON

    /**
     * Field type.
     * @type {string}
     */
    this.type = type; // toJSON

    /**
     * Unique field id.
     * @type {number}
     */
    this.id = id; // toJSON, marker

    /**
     * Extended type if different from parent.
     * @type {string|undefined}
     */
    this.extend = extend || undefined; // toJSON

    /**
     * Whether this field is repeated.
     * @type {boolean}
     */
    this.repeated = rule === "repeated";

    /**
     * Whether this field is a map or not.
     * @type {boolean}
     */
    this.map = false;

    /**
     * Message this field belongs to.
     * @type {Type|null}
     */
    this.message = null;

    /**
     * OneOf this field belongs to, if any,
     * @type {OneOf|null}
     */
    this.partOf = null;

    /**
     * The field type's default value.
     * @type {*}
     */
    this.typeDefault = null;

    /**
     * The field's default value on prototypes.
     * @type {*}
     */
    this.defaultValue = null;

    /**
     * Whether this field's value should be treated as a long.
     * @type {boolean}
     */
    this.long = util.Long ? types.long[type] !== undefined : /* istanbul ignore next */ false;

    /**
     * Whether this field's value is a buffer.
     * @type {boolean}
     */
    this.bytes = type === "bytes";

    /**
     * Resolved type if not a basic type.
     * @type {Type|Enum|null}
     */
    this.resolvedType = null;

    /**
     * Sister-field within the extended type if a declaring extension field.
     * @type {Field|null}
     */
    this.extensionField = null;

    /**
     * Sister-field within the declaring namespace if an extended field.
     * @type {Field|null}
     */
    this.declaringField = null;

    /**
     * Comment for this field.
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Field name as declared in the .proto source, if different from `name`.
     * @type {string|undefined}
     */
    this.protoName = undefined;

    /**
     * JSON name, if different from the derived default.
     * @type {string|undefined}
     */
    this.jsonName = undefined;
}

/**
 * Determines whether this field is required.
 * @name Field#required
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "required", {
    get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
    }
});

/**
 * Determines whether this field is not required.
 * @name Field#optional
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "optional", {
    get: function() {
        return !this.required;
    }
});

/**
 * Determines whether this field uses tag-delimited encoding.  In proto2 this
 * corresponded to group syntax.
 * @name Field#delimited
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "delimited", {
    get: function() {
        return this.resolvedType instanceof Type &&
            this._features.message_encoding === "DELIMITED";
    }
});

/**
 * Determines whether this field is packed. Only relevant when repeated.
 * @name Field#packed
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "packed", {
    get: function() {
        return this._features.repeated_field_encoding === "PACKED";
    }
});

/**
 * Determines whether this field tracks presence.
 * @name Field#hasPresence
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "hasPresence", {
    get: function() {
        if (this.repeated || this.map) {
            return false;
        }
        return this.partOf || // oneofs
            this.declaringField || this.extensionField || // extensions
            this._features.field_presence !== "IMPLICIT";
    }
});

/**
 * The field name as declared in the .proto source (snake_case). Populated on resolve,
 * falling back to `name`. Mirrors `FieldDescriptorProto.name`.
 * @name Field#protoName
 * @type {string}
 * @readonly
 */

/**
 * The JSON name of this field (lowerCamelCase per protoc's `ToJsonName`, or an
 * explicit `[json_name]`). Populated on resolve. This is the key used on ProtoJSON output.
 * @name Field#jsonName
 * @type {string}
 * @readonly
 */

/**
 * @override
 */
Field.prototype.setOption = function setOption(name, value, ifNotSet) {
    return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
};

/**
 * Field descriptor.
 * @interface IField
 * @property {string} [edition] Edition
 * @property {string} [rule="optional"] Field rule
 * @property {string} type Field type
 * @property {number} id Field id
 * @property {Object.<string,*>} [options] Field options
 * @property {string|null} [comment] Field comment
 */

/**
 * Extension field descriptor.
 * @interface IExtensionField
 * @extends IField
 * @property {string} extend Extended type
 */

/**
 * Converts this field to a field descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IField} Field descriptor
 */
Field.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"      , this._editionToJSON(),
        "rule"         , this.rule !== "optional" && this.rule || undefined,
        "type"         , this.type,
        "id"           , this.id,
        "extend"       , this.extend,
        "protoName"    , this.protoName !== this.name ? this.protoName : undefined,
        "jsonName"     , this.jsonName !== util.jsonName(this.protoName || this.name) ? this.jsonName : undefined,
        "options"      , this.options,
        "comment"      , keepComments ? this.comment : undefined
    ]);
};

/**
 * Resolves this field's type references.
 * @returns {Field} `this`
 * @throws {Error} If any reference cannot be resolved
 */
Field.prototype.resolve = function resolve() {

    if (this.resolved)
        return this;

    if ((this.typeDefault = types.defaults[this.type]) === undefined) { // if not a basic type, resolve it
        this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type);
        if (this.resolvedType instanceof Type)
            this.typeDefault = null;
        else // instanceof Enum
            this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]]; // first defined
    } else if (this.options && this.options.proto3_optional) {
        // proto3 scalar value marked optional; should default to null
        this.typeDefault = null;
    }

    // use explicitly set default value if present
    if (this.options && this.options["default"] != null) {
        this.typeDefault = this.options["default"];
        if (this.resolvedType instanceof Enum && typeof this.typeDefault === "string")
            this.typeDefault = this.resolvedType.values[this.typeDefault];
    }

    // remove unnecessary options
    if (this.options) {
        if (this.options.packed !== undefined && this.resolvedType && !(this.resolvedType instanceof Enum))
            delete this.options.packed;
        if (!Object.keys(this.options).length)
            this.options = undefined;
    }

    // convert to internal data type if necesssary
    if (this.long) {
        var unsigned = this.type === "uint64" || this.type === "fixed64";
        this.typeDefault = typeof this.typeDefault === "string"
            ? util.Long.fromString(this.typeDefault, unsigned)
            : util.Long.fromNumber(this.typeDefault, unsigned);

        /* istanbul ignore else */
        if (Object.freeze)
            Object.freeze(this.typeDefault); // long instances are meant to be immutable anyway (i.e. use small int cache that even requires it)

    } else if (types.long[this.type] !== undefined && typeof this.typeDefault === "string") {
        this.typeDefault = parseInt(this.typeDefault, 10);
    } else if (this.bytes && typeof this.typeDefault === "string") {
        var buf;
        if (util.base64.test(this.typeDefault))
            util.base64.decode(this.typeDefault, buf = util.newBuffer(util.base64.length(this.typeDefault)), 0);
        else
            util.utf8.write(this.typeDefault, buf = util.newBuffer(util.utf8.length(this.typeDefault)), 0);
        this.typeDefault = buf;
    }

    // take special care of maps and repeated fields
    if (this.map)
        this.defaultValue = util.emptyObject;
    else if (this.repeated)
        this.defaultValue = util.emptyArray;
    else
        this.defaultValue = this.typeDefault;

    // ensure proper value on prototype
    if (this.parent instanceof Type && this.parent._ctor)
        this.parent._ctor.prototype[this.name] = this.defaultValue;

    // derive the proto/JSON names
    if (this.protoName === undefined)
        this.protoName = this.name;
    if (this.jsonName === undefined)
        this.jsonName = util.jsonName(this.protoName);

    return ReflectionObject.prototype.resolve.call(this);
};

/**
 * Infers field features from legacy syntax that may have been specified differently.
 * in older editions.
 * @param {string|undefined} edition The edition this proto is on, or undefined if pre-editions
 * @returns {object} The feature values to override
 */
Field.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(edition) {
    if (edition !== "proto2" && edition !== "proto3") {
        return {};
    }

    var features = {};

    if (this.rule === "required") {
        features.field_presence = "LEGACY_REQUIRED";
    }
    if (this.parent && types.defaults[this.type] === undefined) {
        // We can't use resolvedType because types may not have been resolved yet.  However,
        // legacy groups are always in the same scope as the field so we don't have to do a
        // full scan of the tree.
        var type = this.parent.get(this.type.split(".").pop());
        if (type && type instanceof Type && type.group) {
            features.message_encoding = "DELIMITED";
        }
    }
    if (this.getOption("packed") === true) {
        features.repeated_field_encoding = "PACKED";
    } else if (this.getOption("packed") === false) {
        features.repeated_field_encoding = "EXPANDED";
    }
    return features;
};

/**
 * @override
 */
Field.prototype._resolveFeatures = function _resolveFeatures(edition) {
    return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
};

/**
 * Decorator function as returned by {@link Field.d} and {@link MapField.d} (TypeScript).
 * @typedef FieldDecorator
 * @type {function}
 * @param {Object} prototype Target prototype
 * @param {string} fieldName Field name
 * @returns {undefined}
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */

/**
 * Field decorator (TypeScript).
 * @name Field.d
 * @function
 * @param {number} fieldId Field id
 * @param {"double"|"float"|"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"string"|"bool"|"bytes"|Object} fieldType Field type
 * @param {"optional"|"required"|"repeated"} [fieldRule="optional"] Field rule
 * @param {T} [defaultValue] Default value
 * @returns {FieldDecorator} Decorator function
 * @template T extends number | number[] | Long | Long[] | string | string[] | boolean | boolean[] | Uint8Array | Uint8Array[] | Buffer | Buffer[]
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
Field.d = function decorateField(fieldId, fieldType, fieldRule, defaultValue) {

    // submessage: decorate the submessage and use its name as the type
    if (typeof fieldType === "function")
        fieldType = util.decorateType(fieldType).name;

    // enum reference: create a reflected copy of the enum and keep reuseing it
    else if (fieldType && typeof fieldType === "object")
        fieldType = util.decorateEnum(fieldType).name;

    return function fieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor)
            .add(new Field(fieldName, fieldId, fieldType, fieldRule, { "default": defaultValue }));
    };
};

// Sets up cyclic dependencies (called in index-light)
Field._configure = function configure(Type_) {
    Type = Type_;
};

/**
 * Field decorator (TypeScript).
 * @name Field.d
 * @function
 * @param {number} fieldId Field id
 * @param {Constructor<T>|string} fieldType Field type
 * @param {"optional"|"required"|"repeated"} [fieldRule="optional"] Field rule
 * @returns {FieldDecorator} Decorator function
 * @template T extends Message<T>
 * @variation 2
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
// like Field.d but without a default value


/***/ }),

/***/ 253:
/***/ ((module, exports, __nccwpck_require__) => {


exports = module.exports = __nccwpck_require__(18);

exports.build = "light";

/**
 * A node-style callback as used by {@link load} and {@link Root#load}.
 * @typedef LoadCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Root} [root] Root, if there hasn't been an error
 * @returns {undefined}
 */

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and calls the callback.
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} root Root namespace, defaults to create a new one if omitted.
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @see {@link Root#load}
 */
function load(filename, root, callback) {
    if (typeof root === "function") {
        callback = root;
        root = new exports.Root();
    } else if (!root)
        root = new exports.Root();
    return root.load(filename, callback);
}

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and calls the callback.
 * @name load
 * @function
 * @param {string|string[]} filename One or multiple files to load
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @see {@link Root#load}
 * @variation 2
 */
// function load(filename:string, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and returns a promise.
 * @name load
 * @function
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted.
 * @returns {Promise<Root>} Promise
 * @see {@link Root#load}
 * @variation 3
 */
// function load(filename:string, [root:Root]):Promise<Root>

exports.load = load;

/**
 * Synchronously loads one or multiple .proto or preprocessed .json files into a common root namespace (node only).
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted.
 * @returns {Root} Root namespace
 * @throws {Error} If synchronous fetching is not supported (i.e. in browsers) or if a file's syntax is invalid
 * @see {@link Root#loadSync}
 */
function loadSync(filename, root) {
    if (!root)
        root = new exports.Root();
    return root.loadSync(filename);
}

exports.loadSync = loadSync;

// Serialization
exports.encoder = __nccwpck_require__(880);
exports.decoder = __nccwpck_require__(224);
exports.verifier = __nccwpck_require__(524);
exports.converter = __nccwpck_require__(0);

// Reflection
exports.ReflectionObject = __nccwpck_require__(385);
exports.Namespace = __nccwpck_require__(731);
exports.Root = __nccwpck_require__(666);
exports.Enum = __nccwpck_require__(363);
exports.Type = __nccwpck_require__(426);
exports.Field = __nccwpck_require__(792);
exports.OneOf = __nccwpck_require__(441);
exports.MapField = __nccwpck_require__(124);
exports.Service = __nccwpck_require__(303);
exports.Method = __nccwpck_require__(627);

// Runtime
exports.Message = __nccwpck_require__(463);
exports.wrappers = __nccwpck_require__(162);

// Utility
exports.types = __nccwpck_require__(761);
exports.util = __nccwpck_require__(926);

// Set up possibly cyclic reflection dependencies
exports.ReflectionObject._configure(exports.Root);
exports.Namespace._configure(exports.Type, exports.Service, exports.Enum);
exports.Root._configure(exports.Type, undefined, {});
exports.Field._configure(exports.Type);


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Build type, one of `"full"`, `"light"` or `"minimal"`.
 * @name build
 * @type {string}
 * @const
 */
exports.build = "minimal";

// Serialization
exports.Writer = __nccwpck_require__(745);
exports.BufferWriter = __nccwpck_require__(74);
exports.Reader = __nccwpck_require__(789);
exports.BufferReader = __nccwpck_require__(102);

// Utility
exports.util = __nccwpck_require__(186);
exports.rpc = __nccwpck_require__(575);
exports.roots = __nccwpck_require__(937);
exports.configure    = configure;

/* istanbul ignore next */
/**
 * Reconfigures the library according to the environment.
 * @returns {undefined}
 */
function configure() {
    exports.util.LongBits._configure(exports.util.Long);
    exports.Writer._configure(exports.BufferWriter);
    exports.Reader._configure(exports.BufferReader);
}

// Set up buffer utility according to the environment
configure();


/***/ }),

/***/ 236:
/***/ ((module, exports, __nccwpck_require__) => {


exports = module.exports = __nccwpck_require__(253);

exports.build = "full";

// Parser
exports.tokenize = __nccwpck_require__(311);
exports.parse = __nccwpck_require__(607);
exports.common = __nccwpck_require__(143);

// Configure parser
exports.Root._configure(exports.Type, exports.parse, exports.common);


/***/ }),

/***/ 124:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = MapField;

// extends Field
var Field = __nccwpck_require__(792);
MapField.prototype = Object.create(Field.prototype, {
    constructor: {
        value: MapField,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
MapField.className = "MapField";

var types   = __nccwpck_require__(761),
    util    = __nccwpck_require__(926);

/**
 * Constructs a new map field instance.
 * @classdesc Reflected map field.
 * @extends FieldBase
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} keyType Key type
 * @param {string} type Value type
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function MapField(name, id, keyType, type, options, comment) {
    Field.call(this, name, id, type, undefined, undefined, options, comment);

    /* istanbul ignore if */
    if (!util.isString(keyType))
        throw TypeError("keyType must be a string");

    /**
     * Key type.
     * @type {string}
     */
    this.keyType = keyType; // toJSON, marker

    /**
     * Resolved key type if not a basic type.
     * @type {ReflectionObject|null}
     */
    this.resolvedKeyType = null;

    // Overrides Field#map
    this.map = true;
}

/**
 * Map field descriptor.
 * @interface IMapField
 * @extends {IField}
 * @property {string} keyType Key type
 */

/**
 * Extension map field descriptor.
 * @interface IExtensionMapField
 * @extends IMapField
 * @property {string} extend Extended type
 */

/**
 * Constructs a map field from a map field descriptor.
 * @param {string} name Field name
 * @param {IMapField} json Map field descriptor
 * @returns {MapField} Created map field
 * @throws {TypeError} If arguments are invalid
 */
MapField.fromJSON = function fromJSON(name, json) {
    var field = new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
    if (json.protoName)
        field.protoName = json.protoName;
    if (json.jsonName !== undefined)
        field.jsonName = json.jsonName;
    else if (json.options && json.options.json_name !== undefined)
        field.jsonName = json.options.json_name;
    return field;
};

/**
 * Converts this map field to a map field descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IMapField} Map field descriptor
 */
MapField.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "keyType"      , this.keyType,
        "type"         , this.type,
        "id"           , this.id,
        "extend"       , this.extend,
        "protoName"    , this.protoName !== this.name ? this.protoName : undefined,
        "jsonName"     , this.jsonName !== util.jsonName(this.protoName || this.name) ? this.jsonName : undefined,
        "options"      , this.options,
        "comment"      , keepComments ? this.comment : undefined
    ]);
};

/**
 * @override
 */
MapField.prototype.resolve = function resolve() {
    if (this.resolved)
        return this;

    // Besides a value type, map fields have a key type that may be "any scalar type except for floating point types and bytes"
    if (types.mapKey[this.keyType] === undefined)
        throw Error("invalid key type: " + this.keyType);

    return Field.prototype.resolve.call(this);
};

/**
 * Map field decorator (TypeScript).
 * @name MapField.d
 * @function
 * @param {number} fieldId Field id
 * @param {"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"bool"|"string"} fieldKeyType Field key type
 * @param {"double"|"float"|"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"bool"|"string"|"bytes"|Object|Constructor<{}>} fieldValueType Field value type
 * @returns {FieldDecorator} Decorator function
 * @template T extends { [key: string]: number | Long | string | boolean | Uint8Array | Buffer | number[] | Message<{}> }
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
MapField.d = function decorateMapField(fieldId, fieldKeyType, fieldValueType) {

    // submessage value: decorate the submessage and use its name as the type
    if (typeof fieldValueType === "function")
        fieldValueType = util.decorateType(fieldValueType).name;

    // enum reference value: create a reflected copy of the enum and keep reuseing it
    else if (fieldValueType && typeof fieldValueType === "object")
        fieldValueType = util.decorateEnum(fieldValueType).name;

    return function mapFieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor)
            .add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
    };
};


/***/ }),

/***/ 463:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Message;

var util = __nccwpck_require__(186);

/**
 * Constructs a new message instance.
 * @classdesc Abstract runtime message.
 * @constructor
 * @param {Properties<T>} [properties] Properties to set
 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
 * @template T extends object = object
 */
function Message(properties) {
    // not used internally
    if (properties)
        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                this[keys[i]] = properties[keys[i]];
}

/**
 * Reference to the reflected type.
 * @name Message.$type
 * @type {Type}
 * @readonly
 */

/**
 * Reference to the reflected type.
 * @name Message#$type
 * @type {Type}
 * @readonly
 */

/**
 * Creates a new message of this type using the specified properties.
 * @param {Object.<string,*>} [properties] Properties to set
 * @returns {T} Message instance
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.create = function create(properties) {
    return this.$type.create(properties);
};

/**
 * Encodes a message of this type.
 * @param {T|Object.<string,*>} message Message to encode
 * @param {Writer} [writer] Writer to use
 * @returns {Writer} Writer
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.encode = function encode(message, writer) {
    return this.$type.encode(message, writer);
};

/**
 * Encodes a message of this type preceeded by its length as a varint.
 * @param {T|Object.<string,*>} message Message to encode
 * @param {Writer} [writer] Writer to use
 * @returns {Writer} Writer
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.encodeDelimited = function encodeDelimited(message, writer) {
    return this.$type.encodeDelimited(message, writer);
};

/**
 * Decodes a message of this type.
 * @name Message.decode
 * @function
 * @param {Reader|Uint8Array} reader Reader or buffer to decode
 * @returns {T} Decoded message
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.decode = function decode(reader) {
    return this.$type.decode(reader);
};

/**
 * Decodes a message of this type preceeded by its length as a varint.
 * @name Message.decodeDelimited
 * @function
 * @param {Reader|Uint8Array} reader Reader or buffer to decode
 * @returns {T} Decoded message
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.decodeDelimited = function decodeDelimited(reader) {
    return this.$type.decodeDelimited(reader);
};

/**
 * Verifies a message of this type.
 * @name Message.verify
 * @function
 * @param {Object.<string,*>} message Plain object to verify
 * @returns {string|null} `null` if valid, otherwise the reason why it is not
 */
Message.verify = function verify(message) {
    return this.$type.verify(message);
};

/**
 * Creates a new message of this type from a plain object. Also converts values to their respective internal types.
 * @param {Object.<string,*>} object Plain object
 * @returns {T} Message instance
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.fromObject = function fromObject(object) {
    return this.$type.fromObject(object);
};

/**
 * Creates a plain object from a message of this type. Also converts values to other types if specified.
 * @param {T} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.toObject = function toObject(message, options) {
    return this.$type.toObject(message, options);
};

/**
 * Converts this message to JSON.
 * @returns {Object.<string,*>} JSON object
 */
Message.prototype.toJSON = function toJSON() {
    return this.$type.toObject(this, util.toJSONOptions);
};


/***/ }),

/***/ 627:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Method;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Method.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Method,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Method.className = "Method";

var util = __nccwpck_require__(926);

/**
 * Constructs a new service method instance.
 * @classdesc Reflected service method.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Method name
 * @param {string|undefined} type Method type, usually `"rpc"`
 * @param {string} requestType Request message type
 * @param {string} responseType Response message type
 * @param {boolean|Object.<string,*>} [requestStream] Whether the request is streamed
 * @param {boolean|Object.<string,*>} [responseStream] Whether the response is streamed
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] The comment for this method
 * @param {Array.<Object.<string,*>>} [parsedOptions] Declared options, properly parsed into objects
 */
function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {

    /* istanbul ignore next */
    if (util.isObject(requestStream)) {
        options = requestStream;
        requestStream = responseStream = undefined;
    } else if (util.isObject(responseStream)) {
        options = responseStream;
        responseStream = undefined;
    }

    /* istanbul ignore if */
    if (!(type === undefined || util.isString(type)))
        throw TypeError("type must be a string");

    /* istanbul ignore if */
    if (!util.isString(requestType))
        throw TypeError("requestType must be a string");

    /* istanbul ignore if */
    if (!util.isString(responseType))
        throw TypeError("responseType must be a string");

    ReflectionObject.call(this, name, options);

    /**
     * Method type.
     * @type {string}
     */
    this.type = type || "rpc"; // toJSON

    /**
     * Request type.
     * @type {string}
     */
    this.requestType = requestType; // toJSON, marker

    /**
     * Whether requests are streamed or not.
     * @type {true|undefined}
     */
    this.requestStream = requestStream ? true : undefined; // toJSON

    /**
     * Response type.
     * @type {string}
     */
    this.responseType = responseType; // toJSON

    /**
     * Whether responses are streamed or not.
     * @type {true|undefined}
     */
    this.responseStream = responseStream ? true : undefined; // toJSON

    /**
     * gRPC-style method path.
     * @type {string}
     */
    this.path = "/" + this.name;

    /**
     * Resolved request type.
     * @type {Type|null}
     */
    this.resolvedRequestType = null;

    /**
     * Resolved response type.
     * @type {Type|null}
     */
    this.resolvedResponseType = null;

    /**
     * Comment for this method
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Options properly parsed into objects
     * @type {Array.<Object.<string,*>>|undefined}
     */
    this.parsedOptions = parsedOptions;
}

/**
 * Method descriptor.
 * @interface IMethod
 * @property {string} [type="rpc"] Method type
 * @property {string} requestType Request type
 * @property {string} responseType Response type
 * @property {boolean} [requestStream=false] Whether requests are streamed
 * @property {boolean} [responseStream=false] Whether responses are streamed
 * @property {Object.<string,*>} [options] Method options
 * @property {string|null} [comment] Method comment
 * @property {Array.<Object.<string,*>>} [parsedOptions] Method options properly parsed into objects
 */

/**
 * Constructs a method from a method descriptor.
 * @param {string} name Method name
 * @param {IMethod} json Method descriptor
 * @returns {Method} Created method
 * @throws {TypeError} If arguments are invalid
 */
Method.fromJSON = function fromJSON(name, json) {
    return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
};

/**
 * Converts this method to a method descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IMethod} Method descriptor
 */
Method.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "type"           , this.type !== "rpc" && /* istanbul ignore next */ this.type || undefined,
        "requestType"    , this.requestType,
        "requestStream"  , this.requestStream,
        "responseType"   , this.responseType,
        "responseStream" , this.responseStream,
        "options"        , this.options,
        "comment"        , keepComments ? this.comment : undefined,
        "parsedOptions"  , this.parsedOptions,
    ]);
};

/**
 * @override
 */
Method.prototype.resolve = function resolve() {

    /* istanbul ignore if */
    if (this.resolved)
        return this;

    if (this.parent) {
        var serviceName = this.parent.fullName;
        if (serviceName.charAt(0) === ".")
            serviceName = serviceName.substring(1);
        this.path = "/" + serviceName + "/" + this.name;
    } else
        this.path = "/" + this.name;

    this.resolvedRequestType = this.parent.lookupType(this.requestType);
    this.resolvedResponseType = this.parent.lookupType(this.responseType);

    return ReflectionObject.prototype.resolve.call(this);
};


/***/ }),

/***/ 731:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Namespace;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Namespace.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Namespace,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Namespace.className = "Namespace";

var Field    = __nccwpck_require__(792),
    util     = __nccwpck_require__(926),
    OneOf    = __nccwpck_require__(441);

var Type,    // cyclic
    Service,
    Enum;

/**
 * Constructs a new namespace instance.
 * @name Namespace
 * @classdesc Reflected namespace.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Namespace name
 * @param {Object.<string,*>} [options] Declared options
 */

/**
 * Constructs a namespace from JSON.
 * @memberof Namespace
 * @function
 * @param {string} name Namespace name
 * @param {Object.<string,*>} json JSON object
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Namespace} Created namespace
 * @throws {TypeError} If arguments are invalid
 */
Namespace.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    return new Namespace(name, json.options).addJSON(json.nested, depth);
};

/**
 * Converts an array of reflection objects to JSON.
 * @memberof Namespace
 * @param {ReflectionObject[]} array Object array
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {Object.<string,*>|undefined} JSON object or `undefined` when array is empty
 */
function arrayToJSON(array, toJSONOptions) {
    if (!(array && array.length))
        return undefined;
    var obj = {};
    for (var i = 0; i < array.length; ++i)
        obj[array[i].name] = array[i].toJSON(toJSONOptions);
    return obj;
}

Namespace.arrayToJSON = arrayToJSON;

/**
 * Tests if the specified id is reserved.
 * @param {Array.<number[]|string>|undefined} reserved Array of reserved ranges and names
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Namespace.isReservedId = function isReservedId(reserved, id) {
    if (reserved)
        for (var i = 0; i < reserved.length; ++i)
            if (typeof reserved[i] !== "string" && reserved[i][0] <= id && reserved[i][1] >= id)
                return true;
    return false;
};

/**
 * Tests if the specified name is reserved.
 * @param {Array.<number[]|string>|undefined} reserved Array of reserved ranges and names
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Namespace.isReservedName = function isReservedName(reserved, name) {
    if (reserved)
        for (var i = 0; i < reserved.length; ++i)
            if (reserved[i] === name)
                return true;
    return false;
};

/**
 * Not an actual constructor. Use {@link Namespace} instead.
 * @classdesc Base class of all reflection objects containing nested objects. This is not an actual class but here for the sake of having consistent type definitions.
 * @exports NamespaceBase
 * @extends ReflectionObject
 * @abstract
 * @constructor
 * @param {string} name Namespace name
 * @param {Object.<string,*>} [options] Declared options
 * @see {@link Namespace}
 */
function Namespace(name, options) {
    ReflectionObject.call(this, name, options);

    /**
     * Nested objects by name.
     * @type {Object.<string,ReflectionObject>|undefined}
     */
    this.nested = undefined; // toJSON

    /**
     * Cached nested objects as an array.
     * @type {ReflectionObject[]|null}
     * @private
     */
    this._nestedArray = null;

    /**
     * Cache lookup calls for any objects contains anywhere under this namespace.
     * This drastically speeds up resolve for large cross-linked protos where the same
     * types are looked up repeatedly.
     * @type {Object.<string,ReflectionObject|null>}
     * @private
     */
    this._lookupCache = Object.create(null);

    /**
     * Whether or not objects contained in this namespace need feature resolution.
     * @type {boolean}
     * @protected
     */
    this._needsRecursiveFeatureResolution = true;

    /**
     * Whether or not objects contained in this namespace need a resolve.
     * @type {boolean}
     * @protected
     */
    this._needsRecursiveResolve = true;
}

function clearCache(namespace) {
    namespace._nestedArray = null;
    namespace._lookupCache = Object.create(null);

    // Also clear parent caches, since they include nested lookups.
    var parent = namespace;
    while(parent = parent.parent) {
        parent._lookupCache = Object.create(null);
    }
    return namespace;
}

/**
 * Nested objects of this namespace as an array for iteration.
 * @name NamespaceBase#nestedArray
 * @type {ReflectionObject[]}
 * @readonly
 */
Object.defineProperty(Namespace.prototype, "nestedArray", {
    get: function() {
        return this._nestedArray || (this._nestedArray = util.toArray(this.nested));
    }
});

/**
 * Namespace descriptor.
 * @interface INamespace
 * @property {Object.<string,*>} [options] Namespace options
 * @property {Object.<string,AnyNestedObject>} [nested] Nested object descriptors
 */

/**
 * Any extension field descriptor.
 * @typedef AnyExtensionField
 * @type {IExtensionField|IExtensionMapField}
 */

/**
 * Any nested object descriptor.
 * @typedef AnyNestedObject
 * @type {IEnum|IType|IService|AnyExtensionField|INamespace|IOneOf}
 */

/**
 * Converts this namespace to a namespace descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {INamespace} Namespace descriptor
 */
Namespace.prototype.toJSON = function toJSON(toJSONOptions) {
    return util.toObject([
        "options" , this.options,
        "nested"  , arrayToJSON(this.nestedArray, toJSONOptions)
    ]);
};

/**
 * Adds nested objects to this namespace from nested object descriptors.
 * @param {Object.<string,AnyNestedObject>} nestedJson Any nested object descriptors
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Namespace} `this`
 */
Namespace.prototype.addJSON = function addJSON(nestedJson, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    var ns = this;
    /* istanbul ignore else */
    if (nestedJson) {
        for (var names = Object.keys(nestedJson), i = 0, nested; i < names.length; ++i) {
            nested = nestedJson[names[i]];
            ns.add( // most to least likely
                ( nested.fields !== undefined
                ? Type.fromJSON
                : nested.values !== undefined
                ? Enum.fromJSON
                : nested.methods !== undefined
                ? Service.fromJSON
                : nested.id !== undefined
                ? Field.fromJSON
                : Namespace.fromJSON )(names[i], nested, depth + 1)
            );
        }
    }
    return this;
};

/**
 * Gets the nested object of the specified name.
 * @param {string} name Nested object name
 * @returns {ReflectionObject|null} The reflection object or `null` if it doesn't exist
 */
Namespace.prototype.get = function get(name) {
    return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name)
        ? this.nested[name]
        : null;
};

/**
 * Gets the values of the nested {@link Enum|enum} of the specified name.
 * This methods differs from {@link Namespace#get|get} in that it returns an enum's values directly and throws instead of returning `null`.
 * @param {string} name Nested enum name
 * @returns {Object.<string,number>} Enum values
 * @throws {Error} If there is no such enum
 */
Namespace.prototype.getEnum = function getEnum(name) {
    if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
    throw Error("no such enum: " + name);
};

/**
 * Adds a nested object to this namespace.
 * @param {ReflectionObject} object Nested object to add
 * @returns {Namespace} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a nested object with this name
 */
Namespace.prototype.add = function add(object) {

    if (!(object instanceof Field && object.extend !== undefined || object instanceof Type  || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");

    if (object.name === "__proto__")
        return this;

    if (!this.nested)
        this.nested = {};
    else {
        var prev = this.get(object.name);
        if (prev) {
            if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
                // replace plain namespace but keep existing nested elements and options
                var nested = prev.nestedArray;
                for (var i = 0; i < nested.length; ++i)
                    object.add(nested[i]);
                this.remove(prev);
                if (!this.nested)
                    this.nested = {};
                object.setOptions(prev.options, true);

            } else
                throw Error("duplicate name '" + object.name + "' in " + this);
        }
    }
    this.nested[object.name] = object;

    if (!(this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field)) {
        // This is a package or a root namespace.
        if (!object._edition) {
            // Make sure that some edition is set if it hasn't already been specified.
            object._edition = object._defaultEdition;
        }
    }

    this._needsRecursiveFeatureResolution = true;
    this._needsRecursiveResolve = true;

    // Also clear parent caches, since they need to recurse down.
    var parent = this;
    while(parent = parent.parent) {
        parent._needsRecursiveFeatureResolution = true;
        parent._needsRecursiveResolve = true;
    }

    object.onAdd(this);
    return clearCache(this);
};

/**
 * Removes a nested object from this namespace.
 * @param {ReflectionObject} object Nested object to remove
 * @returns {Namespace} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `object` is not a member of this namespace
 */
Namespace.prototype.remove = function remove(object) {

    if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
    if (object.parent !== this)
        throw Error(object + " is not a member of " + this);

    if (!util.remove(this.nested, object, object.name))
        throw Error(object + " is not a member of " + this);
    if (!Object.keys(this.nested).length)
        this.nested = undefined;

    object.onRemove(this);
    return clearCache(this);
};

/**
 * Defines additial namespaces within this one if not yet existing.
 * @param {string|string[]} path Path to create
 * @param {*} [json] Nested types to create from JSON
 * @returns {Namespace} Pointer to the last namespace created or `this` if path is empty
 */
Namespace.prototype.define = function define(path, json) {

    if (util.isString(path))
        path = path.split(".");
    else if (!Array.isArray(path))
        throw TypeError("illegal path");
    if (path && path.length && path[0] === "")
        throw Error("path must be relative");
    if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");

    var ptr = this;
    while (path.length > 0) {
        var part = path.shift();
        if (ptr.nested && ptr.nested[part]) {
            ptr = ptr.nested[part];
            if (!(ptr instanceof Namespace))
                throw Error("path conflicts with non-namespace objects");
        } else
            ptr.add(ptr = new Namespace(part));
    }
    if (json)
        ptr.addJSON(json);
    return ptr;
};

/**
 * Resolves this namespace's and all its nested objects' type references. Useful to validate a reflection tree, but comes at a cost.
 * @returns {Namespace} `this`
 */
Namespace.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    if (this._needsRecursiveFeatureResolution)
        this._resolveFeaturesRecursive(this._edition);

    var nested = this.nestedArray, i = 0;
    this.resolve();
    while (i < nested.length)
        if (nested[i] instanceof Namespace)
            nested[i++].resolveAll();
        else
            nested[i++].resolve();
    this._needsRecursiveResolve = false;
    return this;
};

/**
 * @override
 */
Namespace.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;
    this._needsRecursiveFeatureResolution = false;

    edition = this._edition || edition;

    ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition);
    this.nestedArray.forEach(nested => {
        nested._resolveFeaturesRecursive(edition);
    });
    return this;
};

/**
 * Recursively looks up the reflection object matching the specified path in the scope of this namespace.
 * @param {string|string[]} path Path to look up
 * @param {*|Array.<*>} filterTypes Filter types, any combination of the constructors of `protobuf.Type`, `protobuf.Enum`, `protobuf.Service` etc.
 * @param {boolean} [parentAlreadyChecked=false] If known, whether the parent has already been checked
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 */
Namespace.prototype.lookup = function lookup(path, filterTypes, parentAlreadyChecked) {
    /* istanbul ignore next */
    if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = undefined;
    } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [ filterTypes ];

    if (util.isString(path) && path.length) {
        if (path === ".")
            return this.root;
        path = path.split(".");
    } else if (!path.length)
        return this;

    var flatPath = path.join(".");

    // Start at root if path is absolute
    if (path[0] === "")
        return this.root.lookup(path.slice(1), filterTypes);

    // Lookup at this namespace and below
    var found = this._lookupImpl(path, flatPath);
    if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
    }

    // Fall back to respective absolute path once relative scope has been checked (non-standard)
    found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
    if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
    }

    if (parentAlreadyChecked)
        return null;

    // If there hasn't been a match, walk up the tree and look more broadly
    var current = this;
    while (current.parent) {
        found = current.parent._lookupImpl(path, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
            return found;
        }
        current = current.parent;
    }
    return null;
};

/**
 * Internal helper for lookup that handles searching just at this namespace and below along with caching.
 * @param {string[]} path Path to look up
 * @param {string} flatPath Flattened version of the path to use as a cache key
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 * @private
 */
Namespace.prototype._lookupImpl = function lookup(path, flatPath) {
    if(Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
    }

    // Test if the first part matches any nested object, and if so, traverse if path contains more
    var found = this.get(path[0]);
    var exact = null;
    if (found) {
        if (path.length === 1) {
            exact = found;
        } else if (found instanceof Namespace) {
            path = path.slice(1);
            exact = found._lookupImpl(path, path.join("."));
        }

    // Otherwise try each nested namespace
    } else {
        for (var i = 0; i < this.nestedArray.length; ++i)
            if (this._nestedArray[i] instanceof Namespace && (found = this._nestedArray[i]._lookupImpl(path, flatPath))) {
                exact = found;
                break;
            }
    }

    // Set this even when null, so that when we walk up the tree we can quickly bail on repeated checks back down.
    this._lookupCache[flatPath] = exact;
    return exact;
};

/**
 * Looks up the reflection object at the specified path, relative to this namespace.
 * @name NamespaceBase#lookup
 * @function
 * @param {string|string[]} path Path to look up
 * @param {boolean} [parentAlreadyChecked=false] Whether the parent has already been checked
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 * @variation 2
 */
// lookup(path: string, [parentAlreadyChecked: boolean])

/**
 * Looks up the {@link Type|type} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Type} Looked up type
 * @throws {Error} If `path` does not point to a type
 */
Namespace.prototype.lookupType = function lookupType(path) {
    var found = this.lookup(path, [ Type ]);
    if (!found)
        throw Error("no such type: " + path);
    return found;
};

/**
 * Looks up the values of the {@link Enum|enum} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Enum} Looked up enum
 * @throws {Error} If `path` does not point to an enum
 */
Namespace.prototype.lookupEnum = function lookupEnum(path) {
    var found = this.lookup(path, [ Enum ]);
    if (!found)
        throw Error("no such Enum '" + path + "' in " + this);
    return found;
};

/**
 * Looks up the {@link Type|type} or {@link Enum|enum} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Type} Looked up type or enum
 * @throws {Error} If `path` does not point to a type or enum
 */
Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path) {
    var found = this.lookup(path, [ Type, Enum ]);
    if (!found)
        throw Error("no such Type or Enum '" + path + "' in " + this);
    return found;
};

/**
 * Looks up the {@link Service|service} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Service} Looked up service
 * @throws {Error} If `path` does not point to a service
 */
Namespace.prototype.lookupService = function lookupService(path) {
    var found = this.lookup(path, [ Service ]);
    if (!found)
        throw Error("no such Service '" + path + "' in " + this);
    return found;
};

// Sets up cyclic dependencies (called in index-light)
Namespace._configure = function(Type_, Service_, Enum_) {
    Type    = Type_;
    Service = Service_;
    Enum    = Enum_;
};


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = ReflectionObject;

ReflectionObject.className = "ReflectionObject";

const OneOf = __nccwpck_require__(441);
var util = __nccwpck_require__(926);

var Root; // cyclic

/* eslint-disable no-warning-comments */
// TODO: Replace with embedded proto.
var proto2Defaults = {enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
var proto3Defaults = {enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
var editions2023Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
var editions2024Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2024", default_symbol_visibility: "EXPORT_TOP_LEVEL" };
var editions2026Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2026", default_symbol_visibility: "STRICT", enforce_proto_limits: "PROTO_LIMITS2026" };

/**
 * Constructs a new reflection object instance.
 * @classdesc Base class of all reflection objects.
 * @constructor
 * @param {string} name Object name
 * @param {Object.<string,*>} [options] Declared options
 * @abstract
 */
function ReflectionObject(name, options) {

    if (!util.isString(name))
        throw TypeError("name must be a string");

    if (options && !util.isObject(options))
        throw TypeError("options must be an object");

    /**
     * Options.
     * @type {Object.<string,*>|undefined}
     */
    this.options = options; // toJSON

    /**
     * Parsed Options.
     * @type {Array.<Object.<string,*>>|undefined}
     */
    this.parsedOptions = null;

    /**
     * Unique name within its namespace.
     * @type {string}
     */
    this.name = name;

    /**
     * The edition specified for this object.  Only relevant for top-level objects.
     * @type {string}
     * @private
     */
    this._edition = null;

    /**
     * The default edition to use for this object if none is specified.  For legacy reasons,
     * this is proto2 except in the JSON parsing case where it was proto3.
     * @type {string}
     * @private
     */
    this._defaultEdition = "proto2";

    /**
     * Resolved Features.
     * @type {object}
     * @private
     */
    this._features = {};

    /**
     * Whether or not features have been resolved.
     * @type {boolean}
     * @private
     */
    this._featuresResolved = false;

    /**
     * Parent namespace.
     * @type {Namespace|null}
     */
    this.parent = null;

    /**
     * Whether already resolved or not.
     * @type {boolean}
     */
    this.resolved = false;

    /**
     * Comment text, if any.
     * @type {string|null}
     */
    this.comment = null;

    /**
     * Defining file name.
     * @type {string|null}
     */
    this.filename = null;
}

Object.defineProperties(ReflectionObject.prototype, {

    /**
     * Reference to the root namespace.
     * @name ReflectionObject#root
     * @type {Root}
     * @readonly
     */
    root: {
        get: function() {
            var ptr = this;
            while (ptr.parent !== null)
                ptr = ptr.parent;
            return ptr;
        }
    },

    /**
     * Full name including leading dot.
     * @name ReflectionObject#fullName
     * @type {string}
     * @readonly
     */
    fullName: {
        get: function() {
            var path = [ this.name ],
                ptr = this.parent;
            while (ptr) {
                path.unshift(ptr.name);
                ptr = ptr.parent;
            }
            return path.join(".");
        }
    }
});

/**
 * Converts this reflection object to its descriptor representation.
 * @returns {Object.<string,*>} Descriptor
 */
ReflectionObject.prototype.toJSON = /* istanbul ignore next */ function toJSON() {
    throw Error(); // not implemented, shouldn't happen
};

/**
 * Called when this object is added to a parent.
 * @param {ReflectionObject} parent Parent added to
 * @returns {undefined}
 */
ReflectionObject.prototype.onAdd = function onAdd(parent) {
    if (this.parent && this.parent !== parent)
        this.parent.remove(this);
    this.parent = parent;
    this.resolved = false;
    var root = parent.root;
    if (root instanceof Root)
        root._handleAdd(this);
};

/**
 * Called when this object is removed from a parent.
 * @param {ReflectionObject} parent Parent removed from
 * @returns {undefined}
 */
ReflectionObject.prototype.onRemove = function onRemove(parent) {
    var root = parent.root;
    if (root instanceof Root)
        root._handleRemove(this);
    this.parent = null;
    this.resolved = false;
};

/**
 * Resolves this objects type references.
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.resolve = function resolve() {
    if (this.resolved)
        return this;
    if (this.root instanceof Root)
        this.resolved = true; // only if part of a root
    return this;
};

/**
 * Resolves this objects editions features.
 * @param {string} edition The edition we're currently resolving for.
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    return this._resolveFeatures(this._edition || edition);
};

/**
 * Resolves child features from parent features
 * @param {string} edition The edition we're currently resolving for.
 * @returns {undefined}
 */
ReflectionObject.prototype._resolveFeatures = function _resolveFeatures(edition) {
    if (this._featuresResolved) {
        return;
    }

    var defaults = {};

    /* istanbul ignore if */
    if (!edition) {
        throw new Error("Unknown edition for " + this.fullName);
    }

    var protoFeatures = util.merge({}, this.options && this.options.features,
        this._inferLegacyProtoFeatures(edition));

    if (this._edition) {
        // For a namespace marked with a specific edition, reset defaults.
        /* istanbul ignore else */
        if (edition === "proto2") {
            defaults = Object.assign({}, proto2Defaults);
        } else if (edition === "proto3") {
            defaults = Object.assign({}, proto3Defaults);
        } else if (edition === "2023") {
            defaults = Object.assign({}, editions2023Defaults);
        } else if (edition === "2024") {
            defaults = Object.assign({}, editions2024Defaults);
        } else if (edition === "2026") {
            defaults = Object.assign({}, editions2026Defaults);
        } else {
            throw new Error("Unknown edition: " + edition);
        }
        this._features = util.merge(defaults, protoFeatures);
    } else {
        // fields in Oneofs aren't actually children of them, so we have to
        // special-case it
        /* istanbul ignore else */
        if (this.partOf instanceof OneOf) {
            var lexicalParentFeaturesCopy = util.merge({}, this.partOf._features);
            this._features = util.merge(lexicalParentFeaturesCopy, protoFeatures);
        } else if (this.declaringField) {
            // Skip feature resolution of sister fields.
        } else if (this.parent) {
            var parentFeaturesCopy = util.merge({}, this.parent._features);
            this._features = util.merge(parentFeaturesCopy, protoFeatures);
        } else {
            throw new Error("Unable to find a parent for " + this.fullName);
        }
    }
    if (this.extensionField) {
        // Sister fields should have the same features as their extensions.
        this.extensionField._features = this._features;
    }
    this._featuresResolved = true;
};

/**
 * Infers features from legacy syntax that may have been specified differently.
 * in older editions.
 * @param {string|undefined} edition The edition this proto is on, or undefined if pre-editions
 * @returns {object} The feature values to override
 */
ReflectionObject.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(/*edition*/) {
    return {};
};

/**
 * Gets an option value.
 * @param {string} name Option name
 * @returns {*} Option value or `undefined` if not set
 */
ReflectionObject.prototype.getOption = function getOption(name) {
    if (this.options && Object.prototype.hasOwnProperty.call(this.options, name))
        return this.options[name];
    return undefined;
};

/**
 * Sets an option.
 * @param {string} name Option name
 * @param {*} value Option value
 * @param {boolean|undefined} [ifNotSet] Sets the option only if it isn't currently set
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setOption = function setOption(name, value, ifNotSet) {
    if (name === "__proto__")
        return this;
    if (!this.options)
        this.options = {};
    if (/^features\./.test(name)) {
        util.setProperty(this.options, name, value, ifNotSet);
    } else {
        var prev = this.getOption(name);
        if (!ifNotSet || prev === undefined) {
            if (prev !== value) this.resolved = false;
            this.options[name] = value;
        }
    }

    return this;
};

/**
 * Sets a parsed option.
 * @param {string} name parsed Option name
 * @param {*} value Option value
 * @param {string} propName dot '.' delimited full path of property within the option to set. if undefined\empty, will add a new option with that value
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setParsedOption = function setParsedOption(name, value, propName) {
    if (name === "__proto__")
        return this;
    if (!this.parsedOptions) {
        this.parsedOptions = [];
    }
    var parsedOptions = this.parsedOptions;
    if (propName) {
        // If setting a sub property of an option then try to merge it
        // with an existing option
        var opt = parsedOptions.find(function (opt) {
            return Object.prototype.hasOwnProperty.call(opt, name);
        });
        if (opt) {
            // If we found an existing option - just merge the property value
            // (If it's a feature, will just write over)
            var newValue = opt[name];
            util.setProperty(newValue, propName, value);
        } else {
            // otherwise, create a new option, set its property and add it to the list
            opt = {};
            opt[name] = util.setProperty({}, propName, value);
            parsedOptions.push(opt);
        }
    } else {
        // Always create a new option when setting the value of the option itself
        var newOpt = {};
        newOpt[name] = value;
        parsedOptions.push(newOpt);
    }

    return this;
};

/**
 * Sets multiple options.
 * @param {Object.<string,*>} options Options to set
 * @param {boolean} [ifNotSet] Sets an option only if it isn't currently set
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setOptions = function setOptions(options, ifNotSet) {
    if (options)
        for (var keys = Object.keys(options), i = 0; i < keys.length; ++i)
            this.setOption(keys[i], options[keys[i]], ifNotSet);
    return this;
};

/**
 * Converts this instance to its string representation.
 * @name ReflectionObject#toString
 * @function
 * @returns {string} Class name[, space, full name]
 */
Object.defineProperty(ReflectionObject.prototype, "toString", {
    value: function toString() {
        var className = this.constructor.className,
            fullName  = this.fullName;
        if (fullName.length)
            return className + " " + fullName;
        return className;
    },
    writable: true,
    enumerable: false,
    configurable: true
});

/**
 * Converts the edition this object is pinned to for JSON format.
 * @returns {string|undefined} The edition string for JSON representation
 */
ReflectionObject.prototype._editionToJSON = function _editionToJSON() {
    if (!this._edition || this._edition === "proto3") {
        // Avoid emitting proto3 since we need to default to it for backwards
        // compatibility anyway.
        return undefined;
    }
    return this._edition;
};

// Sets up cyclic dependencies (called in index-light)
ReflectionObject._configure = function(Root_) {
    Root = Root_;
};


/***/ }),

/***/ 441:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = OneOf;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
OneOf.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: OneOf,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
OneOf.className = "OneOf";

var Field = __nccwpck_require__(792),
    util  = __nccwpck_require__(926);

/**
 * Constructs a new oneof instance.
 * @classdesc Reflected oneof.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Oneof name
 * @param {string[]|Object.<string,*>} [fieldNames] Field names
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function OneOf(name, fieldNames, options, comment) {
    if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = undefined;
    }
    ReflectionObject.call(this, name, options);

    /* istanbul ignore if */
    if (!(fieldNames === undefined || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");

    /**
     * Field names that belong to this oneof.
     * @type {string[]}
     */
    this.oneof = fieldNames || []; // toJSON, marker

    /**
     * Fields that belong to this oneof as an array for iteration.
     * @type {Field[]}
     * @readonly
     */
    this.fieldsArray = []; // declared readonly for conformance, possibly not yet added to parent

    /**
     * Comment for this field.
     * @type {string|null}
     */
    this.comment = comment;
}

/**
 * Oneof descriptor.
 * @interface IOneOf
 * @property {Array.<string>} oneof Oneof field names
 * @property {Object.<string,*>} [options] Oneof options
 * @property {string|null} [comment] Oneof comment
 */

/**
 * Constructs a oneof from a oneof descriptor.
 * @param {string} name Oneof name
 * @param {IOneOf} json Oneof descriptor
 * @returns {OneOf} Created oneof
 * @throws {TypeError} If arguments are invalid
 */
OneOf.fromJSON = function fromJSON(name, json) {
    return new OneOf(name, json.oneof, json.options, json.comment);
};

/**
 * Converts this oneof to a oneof descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IOneOf} Oneof descriptor
 */
OneOf.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "options" , this.options,
        "oneof"   , this.oneof,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Adds the fields of the specified oneof to the parent if not already done so.
 * @param {OneOf} oneof The oneof
 * @returns {undefined}
 * @inner
 * @ignore
 */
function addFieldsToParent(oneof) {
    if (oneof.parent)
        for (var i = 0; i < oneof.fieldsArray.length; ++i)
            if (!oneof.fieldsArray[i].parent)
                oneof.parent.add(oneof.fieldsArray[i]);
}

/**
 * Adds a field to this oneof and removes it from its current parent, if any.
 * @param {Field} field Field to add
 * @returns {OneOf} `this`
 */
OneOf.prototype.add = function add(field) {

    /* istanbul ignore if */
    if (!(field instanceof Field))
        throw TypeError("field must be a Field");

    if (field.parent && field.parent !== this.parent)
        field.parent.remove(field);
    this.oneof.push(field.name);
    this.fieldsArray.push(field);
    field.partOf = this; // field.parent remains null
    addFieldsToParent(this);
    return this;
};

/**
 * Removes a field from this oneof and puts it back to the oneof's parent.
 * @param {Field} field Field to remove
 * @returns {OneOf} `this`
 */
OneOf.prototype.remove = function remove(field) {

    /* istanbul ignore if */
    if (!(field instanceof Field))
        throw TypeError("field must be a Field");

    var index = this.fieldsArray.indexOf(field);

    /* istanbul ignore if */
    if (index < 0)
        throw Error(field + " is not a member of " + this);

    this.fieldsArray.splice(index, 1);
    index = this.oneof.indexOf(field.name);

    /* istanbul ignore else */
    if (index > -1) // theoretical
        this.oneof.splice(index, 1);

    field.partOf = null;
    return this;
};

/**
 * @override
 */
OneOf.prototype.onAdd = function onAdd(parent) {
    ReflectionObject.prototype.onAdd.call(this, parent);
    var self = this;
    // Collect present fields
    for (var i = 0; i < this.oneof.length; ++i) {
        var field = parent.get(this.oneof[i]);
        if (field && !field.partOf) {
            field.partOf = self;
            self.fieldsArray.push(field);
        }
    }
    // Add not yet present fields
    addFieldsToParent(this);
};

/**
 * @override
 */
OneOf.prototype.onRemove = function onRemove(parent) {
    for (var i = 0, field; i < this.fieldsArray.length; ++i)
        if ((field = this.fieldsArray[i]).parent)
            field.parent.remove(field);
    ReflectionObject.prototype.onRemove.call(this, parent);
};

/**
 * Determines whether this field corresponds to a synthetic oneof created for
 * a proto3 optional field.  No behavioral logic should depend on this, but it
 * can be relevant for reflection.
 * @name OneOf#isProto3Optional
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(OneOf.prototype, "isProto3Optional", {
    get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1) {
            return false;
        }

        var field = this.fieldsArray[0];
        return field.options != null && field.options["proto3_optional"] === true;
    }
});

/**
 * Decorator function as returned by {@link OneOf.d} (TypeScript).
 * @typedef OneOfDecorator
 * @type {function}
 * @param {Object} prototype Target prototype
 * @param {string} oneofName OneOf name
 * @returns {undefined}
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */

/**
 * OneOf decorator (TypeScript).
 * @function
 * @param {...string} fieldNames Field names
 * @returns {OneOfDecorator} Decorator function
 * @template T extends string
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
OneOf.d = function decorateOneOf() {
    var fieldNames = new Array(arguments.length),
        index = 0;
    while (index < arguments.length)
        fieldNames[index] = arguments[index++];
    return function oneOfDecorator(prototype, oneofName) {
        util.decorateType(prototype.constructor)
            .add(new OneOf(oneofName, fieldNames));
        Object.defineProperty(prototype, oneofName, {
            get: util.oneOfGetter(fieldNames),
            set: util.oneOfSetter(fieldNames)
        });
    };
};


/***/ }),

/***/ 607:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = parse;

parse.filename = null;
parse.defaults = { keepCase: false };

var tokenize  = __nccwpck_require__(311),
    Root      = __nccwpck_require__(666),
    Type      = __nccwpck_require__(426),
    Field     = __nccwpck_require__(792),
    MapField  = __nccwpck_require__(124),
    OneOf     = __nccwpck_require__(441),
    Enum      = __nccwpck_require__(363),
    Service   = __nccwpck_require__(303),
    Method    = __nccwpck_require__(627),
    ReflectionObject = __nccwpck_require__(385),
    types     = __nccwpck_require__(761),
    util      = __nccwpck_require__(926);

var base10Re    = /^[1-9][0-9]*$/,
    base10NegRe = /^-?[1-9][0-9]*$/,
    base16Re    = /^0[x][0-9a-fA-F]+$/,
    base16NegRe = /^-?0[x][0-9a-fA-F]+$/,
    base8Re     = /^0[0-7]+$/,
    base8NegRe  = /^-?0[0-7]+$/,
    integerTypeRe = /^(?:u?int|sint|s?fixed)(?:32|64)$/,
    unsignedTypeRe = /^(?:uint|fixed)(?:32|64)$/,
    numberRe    = util.patterns.numberRe,
    nameRe      = /^[a-zA-Z_][a-zA-Z_0-9]*$/,
    typeRefRe   = util.patterns.typeRefRe;

var maxFieldId = 536870911, // 2^29 - 1
    maxEnumId = 2147483647; // 2^31 - 1

/**
 * Result object returned from {@link parse}.
 * @interface IParserResult
 * @property {string|undefined} package Package name, if declared
 * @property {string[]|undefined} imports Imports, if any
 * @property {string[]|undefined} weakImports Weak imports, if any
 * @property {Root} root Populated root instance
 */

/**
 * Options modifying the behavior of {@link parse}.
 * @interface IParseOptions
 * @property {boolean} [keepCase=false] Keeps field casing instead of converting to camel case
 * @property {boolean} [alternateCommentMode=false] Recognize double-slash comments in addition to doc-block comments.
 * @property {boolean} [preferTrailingComment=false] Use trailing comment when both leading comment and trailing comment exist.
 */

/**
 * Options modifying the behavior of JSON serialization.
 * @interface IToJSONOptions
 * @property {boolean} [keepComments=false] Serializes comments.
 */

/**
 * Parses the given .proto source and returns an object with the parsed contents.
 * @param {string} source Source contents
 * @param {Root} root Root to populate
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {IParserResult} Parser result
 * @property {string} filename=null Currently processing file name for error reporting, if known
 * @property {IParseOptions} defaults Default {@link IParseOptions}
 */
function parse(source, root, options) {
    /* eslint-disable callback-return */
    if (!(root instanceof Root)) {
        options = root;
        root = new Root();
    }
    if (!options)
        options = parse.defaults;

    var preferTrailingComment = options.preferTrailingComment || false;
    var tn = tokenize(source, options.alternateCommentMode || false),
        next = tn.next,
        push = tn.push,
        peek = tn.peek,
        skip = tn.skip,
        cmnt = tn.cmnt;

    var head = true,
        pkg,
        imports,
        weakImports,
        edition = "proto2";

    var ptr = root;

    var topLevelObjects = [];
    var topLevelOptions = {};

    var applyCase = options.keepCase ? function(name) { return name; } : util.camelCase;

    function resolveFileFeatures() {
        topLevelObjects.forEach(obj => {
            obj._edition = edition;
            Object.keys(topLevelOptions).forEach(opt => {
                if (obj.getOption(opt) !== undefined) return;
                obj.setOption(opt, topLevelOptions[opt], true);
            });
        });
    }

    /* istanbul ignore next */
    function illegal(token, name, insideTryCatch) {
        var filename = parse.filename;
        if (!insideTryCatch)
            parse.filename = null;
        return Error("illegal " + (name || "token") + " '" + token + "' (" + (filename ? filename + ", " : "") + "line " + tn.line + ")");
    }

    function readString() {
        var values = [],
            token;
        do {
            /* istanbul ignore if */
            if ((token = next()) !== "\"" && token !== "'")
                throw illegal(token);

            values.push(next());
            skip(token);
            token = peek();
        } while (token === "\"" || token === "'");
        return values.join("");
    }

    function readValue(acceptTypeRef) {
        var token = next();
        switch (token) {
            case "'":
            case "\"":
                push(token);
                return readString();
            case "true": case "TRUE":
                return true;
            case "false": case "FALSE":
                return false;
        }
        try {
            return parseNumber(token, /* insideTryCatch */ true);
        } catch (e) {
            /* istanbul ignore else */
            if (acceptTypeRef && typeRefRe.test(token))
                return token;

            /* istanbul ignore next */
            throw illegal(token, "value");
        }
    }

    function readRanges(target, acceptStrings, max, acceptNegative) {
        var token, start;
        do {
            if (acceptStrings && ((token = peek()) === "\"" || token === "'")) {
                var str = readString();
                target.push(str);
                if (edition >= 2023) {
                    throw illegal(str, "id");
                }
            } else {
                try {
                    target.push([ start = parseId(next(), acceptNegative, max), skip("to", true) ? parseId(next(), acceptNegative, max) : start ]);
                } catch (err) {
                    if (acceptStrings && typeRefRe.test(token) && edition >= 2023) {
                        target.push(token);
                    } else {
                        throw err;
                    }
                }
            }
        } while (skip(",", true));
        var dummy = {options: undefined};
        dummy.setOption = function(name, value) {
          if (this.options === undefined) this.options = {};
          this.options[name] = value;
        };
        ifBlock(
            dummy,
            function parseRange_block(token) {
              /* istanbul ignore else */
              if (token === "option") {
                parseOption(dummy, token);  // skip
                skip(";");
              } else
                throw illegal(token);
            },
            function parseRange_line() {
              parseInlineOptions(dummy);  // skip
            });
    }

    function parseNumber(token, insideTryCatch) {
        var sign = 1;
        if (token.charAt(0) === "-") {
            sign = -1;
            token = token.substring(1);
        }
        switch (token) {
            case "inf": case "INF": case "Inf":
                return sign * Infinity;
            case "nan": case "NAN": case "Nan": case "NaN":
                return NaN;
            case "0":
                return sign * 0;
        }
        if (base10Re.test(token))
            return sign * parseInt(token, 10);
        if (base16Re.test(token))
            return sign * parseInt(token, 16);
        if (base8Re.test(token))
            return sign * parseInt(token, 8);

        /* istanbul ignore else */
        if (numberRe.test(token))
            return sign * parseFloat(token);

        /* istanbul ignore next */
        throw illegal(token, "number", insideTryCatch);
    }

    function parseInteger(token, acceptNegative, name) {
        if (token === null)
            throw illegal(token, "end of input");
        if (!acceptNegative && token.charAt(0) === "-")
            throw illegal(token, name || "integer");
        if (token === "0" || token === "-0")
            return 0;
        var value;
        if (base10NegRe.test(token))
            value = parseInt(token, 10);
        else if (base16NegRe.test(token))
            value = parseInt(token, 16);
        else if (base8NegRe.test(token))
            value = parseInt(token, 8);
        else
            throw illegal(token, name || "integer");
        return value || 0;
    }

    function parseId(token, acceptNegative, max) {
        switch (token) {
            case "max": case "MAX": case "Max":
                return max || maxFieldId;
        }
        return parseInteger(token, acceptNegative, "id");
    }

    function parsePackage() {
        /* istanbul ignore if */
        if (pkg !== undefined)
            throw illegal("package");

        pkg = next();

        /* istanbul ignore if */
        if (pkg === null || !typeRefRe.test(pkg))
            throw illegal(pkg, "name");

        ptr = ptr.define(pkg);

        skip(";");
    }

    function parseImport() {
        var token = peek();
        var whichImports;
        switch (token) {
            case "option":
                if (edition < "2024") {
                    throw illegal("option");
                }
                // Import options are only used for resolving options, which we don't
                // do.  We can just throw them out.
                next();
                readString();
                skip(";");
                return;
            case "weak":
                whichImports = weakImports || (weakImports = []);
                next();
                break;
            case "public":
                next();
                // eslint-disable-next-line no-fallthrough
            default:
                whichImports = imports || (imports = []);
                break;
        }
        token = readString();
        skip(";");
        whichImports.push(token);
    }

    function parseSyntax() {
        skip("=");
        edition = readString();

        /* istanbul ignore if */
        if (edition < 2023)
            throw illegal(edition, "syntax");

        skip(";");
    }

    function parseEdition() {
        skip("=");
        edition = readString();
        const supportedEditions = ["2023", "2024", "2026"];

        /* istanbul ignore if */
        if (!supportedEditions.includes(edition))
            throw illegal(edition, "edition");

        skip(";");
    }


    function parseCommon(parent, token, depth) {
        if (depth === undefined)
            depth = 0;
        // depth is checked by dispatched functions
        switch (token) {

            case "option":
                parseOption(parent, token);
                skip(";");
                return true;

            case "message":
                parseType(parent, token, depth + 1);
                return true;

            case "enum":
                parseEnum(parent, token);
                return true;

            case "export":
            case "local":
                if (edition < "2024") {
                    return false;
                }
                var visibility = token;
                token = next();
                if (token === "export" || token === "local") {
                    return false;
                }
                if (token !== "message" && token !== "enum") {
                    return false;
                }
                (token === "message"
                    ? parseType(parent, token, depth + 1)
                    : parseEnum(parent, token)
                ).visibility = visibility;
                return true;

            case "service":
                parseService(parent, token, depth + 1);
                return true;

            case "extend":
                parseExtension(parent, token, depth);
                return true;
        }
        return false;
    }

    function ifBlock(obj, fnIf, fnElse) {
        var trailingLine = tn.line;
        if (obj) {
            if(typeof obj.comment !== "string") {
              obj.comment = cmnt(); // try block-type comment
            }
            obj.filename = parse.filename;
        }
        if (skip("{", true)) {
            var token;
            while ((token = next()) !== "}")
                fnIf(token);
            skip(";", true);
        } else {
            if (fnElse)
                fnElse();
            skip(";");
            if (obj && (typeof obj.comment !== "string" || preferTrailingComment))
                obj.comment = cmnt(trailingLine) || obj.comment; // try line-type comment
        }
    }

    function parseType(parent, token, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.nestingLimit)
            throw Error("max depth exceeded");

        /* istanbul ignore if */
        if ((token = next()) === null || !nameRe.test(token))
            throw illegal(token, "type name");

        var type = new Type(token);
        ifBlock(type, function parseType_block(token) {
            if (parseCommon(type, token, depth))
                return;

            switch (token) {

                case ";":
                    break;

                case "map":
                    parseMapField(type, token);
                    break;

                case "required":
                    if (edition !== "proto2")
                        throw illegal(token);
                /* eslint-disable no-fallthrough */
                case "repeated":
                    parseField(type, token, undefined, depth + 1);
                    break;

                case "optional":
                    /* istanbul ignore if */
                    if (edition === "proto3") {
                        parseField(type, "proto3_optional", undefined, depth + 1);
                    } else if (edition !== "proto2") {
                        throw illegal(token);
                    } else {
                        parseField(type, "optional", undefined, depth + 1);
                    }
                    break;

                case "oneof":
                    parseOneOf(type, token, depth + 1);
                    break;

                case "extensions":
                    readRanges(type.extensions || (type.extensions = []));
                    break;

                case "reserved":
                    readRanges(type.reserved || (type.reserved = []), true);
                    break;

                default:
                    /* istanbul ignore if */
                    if (edition === "proto2" || !typeRefRe.test(token)) {
                        throw illegal(token);
                    }

                    push(token);
                    parseField(type, "optional", undefined, depth + 1);
                    break;
            }
        });
        parent.add(type);
        if (parent === ptr) {
            topLevelObjects.push(type);
        }
        return type;
    }

    function parseField(parent, rule, extend, depth) {
        var type = next();
        if (type === null) {
            throw illegal(type, "end of input");
        }
        if (type === "group") {
            parseGroup(parent, rule, extend, depth);
            return;
        }
        // Type names can consume multiple tokens, in multiple variants:
        //    package.subpackage   field       tokens: "package.subpackage" [TYPE NAME ENDS HERE] "field"
        //    package . subpackage field       tokens: "package" "." "subpackage" [TYPE NAME ENDS HERE] "field"
        //    package.  subpackage field       tokens: "package." "subpackage" [TYPE NAME ENDS HERE] "field"
        //    package  .subpackage field       tokens: "package" ".subpackage" [TYPE NAME ENDS HERE] "field"
        // Keep reading tokens until we get a type name with no period at the end,
        // and the next token does not start with a period.
        while (type.endsWith(".") || (peek() || "").startsWith(".")) {
            var part = next();
            if (part === null) {
                throw illegal(part, "end of input");
            }
            type += part;
        }

        /* istanbul ignore if */
        if (!typeRefRe.test(type))
            throw illegal(type, "type");

        var name = next();
        if (name === null) {
            throw illegal(name, "end of input");
        }

        /* istanbul ignore if */

        if (!nameRe.test(name))
            throw illegal(name, "name");

        var protoName = name;
        name = applyCase(name);
        skip("=");

        var field = new Field(name, parseId(next()), type, rule === "proto3_optional" ? "optional" : rule, extend);
        if (protoName !== name)
            field.protoName = protoName;

        ifBlock(field, function parseField_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(field, token);
                skip(";");
            } else
                throw illegal(token);

        }, function parseField_line() {
            parseInlineOptions(field);
        });

        if (rule === "proto3_optional") {
            // for proto3 optional fields, we create a single-member Oneof to mimic "optional" behavior
            var oneof = new OneOf("_" + name);
            field.setOption("proto3_optional", true);
            oneof.add(field);
            parent.add(oneof);
        } else {
            parent.add(field);
        }
        if (parent === ptr) {
            topLevelObjects.push(field);
        }
    }

    function parseGroup(parent, rule, extend, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.nestingLimit)
            throw Error("max depth exceeded");
        if (edition >= 2023) {
            throw illegal("group");
        }
        var name = next();

        /* istanbul ignore if */
        if (name === null || !nameRe.test(name))
            throw illegal(name, "name");

        var fieldName = util.lcFirst(name);
        if (name === fieldName)
            name = util.ucFirst(name);
        skip("=");
        var id = parseId(next());
        var type = new Type(name);
        type.group = true;
        var field = new Field(fieldName, id, name, rule, extend);
        field.filename = parse.filename;
        ifBlock(type, function parseGroup_block(token) {
            switch (token) {

                case ";":
                    break;

                case "map":
                    parseMapField(type);
                    break;

                case "option":
                    parseOption(type, token);
                    skip(";");
                    break;
                case "required":
                case "repeated":
                    parseField(type, token, undefined, depth + 1);
                    break;

                case "optional":
                    /* istanbul ignore if */
                    if (edition === "proto3") {
                        parseField(type, "proto3_optional", undefined, depth + 1);
                    } else {
                        parseField(type, "optional", undefined, depth + 1);
                    }
                    break;

                case "message":
                    parseType(type, token, depth + 1);
                    break;

                case "enum":
                    parseEnum(type, token);
                    break;

                case "reserved":
                    readRanges(type.reserved || (type.reserved = []), true);
                    break;

                case "export":
                case "local":
                    if (edition < "2024") {
                        throw illegal(token);
                    }
                    token = next();
                    switch (token) {
                        case "message":
                            parseType(type, token, depth + 1);
                            break;
                        case "enum":
                            parseType(type, token, depth + 1);
                            break;
                        default:
                            throw illegal(token);
                    }
                    break;

                /* istanbul ignore next */
                default:
                    throw illegal(token); // there are no groups with proto3 semantics
            }
        });
        parent.add(type)
              .add(field);
        if (parent === ptr) {
            topLevelObjects.push(type);
            topLevelObjects.push(field);
        }
    }

    function parseMapField(parent) {
        skip("<");
        var keyType = next();

        /* istanbul ignore if */
        if (types.mapKey[keyType] === undefined)
            throw illegal(keyType, "type");

        skip(",");
        var valueType = next();

        /* istanbul ignore if */
        if (!typeRefRe.test(valueType))
            throw illegal(valueType, "type");

        skip(">");
        var name = next();

        /* istanbul ignore if */
        if (name === null || !nameRe.test(name))
            throw illegal(name, "name");

        skip("=");
        var protoName = name;
        name = applyCase(name);
        var field = new MapField(name, parseId(next()), keyType, valueType);
        if (protoName !== name)
            field.protoName = protoName;
        ifBlock(field, function parseMapField_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(field, token);
                skip(";");
            } else
                throw illegal(token);

        }, function parseMapField_line() {
            parseInlineOptions(field);
        });
        parent.add(field);
    }

    function parseOneOf(parent, token, depth) {

        /* istanbul ignore if */
        if ((token = next()) === null || !nameRe.test(token))
            throw illegal(token, "name");

        var oneof = new OneOf(applyCase(token));
        ifBlock(oneof, function parseOneOf_block(token) {
            if (token === "option") {
                parseOption(oneof, token);
                skip(";");
            } else {
                push(token);
                parseField(oneof, "optional", undefined, depth);
            }
        });
        parent.add(oneof);
    }

    function parseEnum(parent, token) {

        /* istanbul ignore if */
        if ((token = next()) === null || !nameRe.test(token))
            throw illegal(token, "name");

        var enm = new Enum(token),
            values = [];
        ifBlock(enm, function parseEnum_block(token) {
          switch(token) {
            case ";":
              break;

            case "option":
              parseOption(enm, token);
              skip(";");
              break;

            case "reserved":
              readRanges(enm.reserved || (enm.reserved = []), true, maxEnumId, true);
              if(enm.reserved === undefined) enm.reserved = [];
              break;

            default:
              values.push(parseEnumValue(token));
          }
        });
        for (var i = 0; i < values.length; ++i)
            enm.add(values[i].name, values[i].id, values[i].comment, values[i].options);
        parent.add(enm);
        if (parent === ptr) {
            topLevelObjects.push(enm);
        }
        return enm;
    }

    function parseEnumValue(token) {

        /* istanbul ignore if */
        if (!nameRe.test(token))
            throw illegal(token, "name");

        skip("=");
        var value = parseId(next(), true),
            dummy = {
                options: undefined
            };
        dummy.getOption = function(name) {
            return this.options[name];
        };
        dummy.setOption = function(name, value) {
            ReflectionObject.prototype.setOption.call(dummy, name, value);
        };
        dummy.setParsedOption = function() {
            return undefined;
        };
        ifBlock(dummy, function parseEnumValue_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(dummy, token); // skip
                skip(";");
            } else
                throw illegal(token);

        }, function parseEnumValue_line() {
            parseInlineOptions(dummy); // skip
        });
        return {
            name: token,
            id: value,
            comment: dummy.comment,
            options: dummy.parsedOptions || dummy.options
        };
    }

    function parseOption(parent, token) {
            var option;
            var propName;
            var isOption = true;
            if (token === "option") {
                token = next();
            }

            while (token !== "=") {
                if (token === null) {
                    throw illegal(token, "end of input");
                }
                if (token === "(") {
                    var parensValue = next();
                    skip(")");
                    token = "(" + parensValue + ")";
                }
                if (isOption) {
                    isOption = false;
                    if (token.includes(".") && !token.includes("(")) {
                        var tokens = token.split(".");
                        option = tokens[0] + ".";
                        token = tokens[1];
                        continue;
                    }
                    option = token;
                } else {
                    propName = propName ? propName += token : token;
                }
                token = next();
            }
            var name = propName ? option.concat(propName) : option;
            var optionValue = parseOptionValue(parent, name);
            propName = propName && propName[0] === "." ? propName.slice(1) : propName;
            option = option && option[option.length - 1] === "." ? option.slice(0, -1) : option;
            setParsedOption(parent, option, optionValue, propName);
    }

    function parseOptionValue(parent, name, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");
        // { a: "foo" b { c: "bar" } }
        if (skip("{", true)) {
            var objectResult = {};

            while (!skip("}", true)) {
                token = next();
                var propName;
                if (token === null)
                    throw illegal(token, "end of input");
                if (token === "[") {
                    token = next();
                    // Extension name or, for Any, a type URL: "<prefix>/<fully.qualified.Type>".
                    var slash = token === null ? -1 : token.lastIndexOf("/");
                    if (token === null || !typeRefRe.test(slash < 0 ? token : token.slice(slash + 1)))
                        throw illegal(token, "name");
                    propName = "[" + token + "]";
                    skip("]");
                } else {
                    /* istanbul ignore if */
                    if (!nameRe.test(token)) {
                        throw illegal(token, "name");
                    }
                    propName = token;
                }

                var value;

                skip(":", true);

                if (peek() === "{") {
                    // option (my_option) = {
                    //     repeated_value: [ "foo", "bar" ]
                    // };
                    value = parseOptionValue(parent, name + "." + propName, depth + 1);
                } else if (peek() === "[") {
                    value = [];
                    var lastValue,
                        lastValueIsAggregate;
                    if (skip("[", true)) {
                        if (!skip("]", true)) {
                            do {
                                lastValueIsAggregate = peek() === "{";
                                lastValue = lastValueIsAggregate
                                    ? parseOptionValue(parent, name + "." + propName, depth + 1)
                                    : readValue(true);
                                value.push(lastValue);
                            } while (skip(",", true));
                            skip("]");
                            if (typeof lastValue !== "undefined") {
                                if (!lastValueIsAggregate)
                                    setOption(parent, name + "." + propName, lastValue);
                            }
                        }
                    }
                } else {
                    value = readValue(true);
                    setOption(parent, name + "." + propName, value);
                }

                var prevValue = Object.prototype.hasOwnProperty.call(objectResult, propName)
                    ? objectResult[propName]
                    : undefined;

                if (prevValue)
                    value = [].concat(prevValue).concat(value);

                if (propName !== "__proto__")
                    objectResult[propName] = value;

                // Semicolons and commas can be optional
                skip(",", true);
                skip(";", true);
            }

            return objectResult;
        }

        var simpleValue = name === "default" && parent instanceof Field && integerTypeRe.test(parent.type)
            ? parseInteger(next(), !unsignedTypeRe.test(parent.type))
            : readValue(true);
        setOption(parent, name, simpleValue);
        return simpleValue;
        // Does not enforce a delimiter to be universal
    }

    function setOption(parent, name, value) {
        if (ptr === parent && /^features\./.test(name)) {
            topLevelOptions[name] = value;
            return;
        }
        // lift json_name onto Field
        if (name === "json_name" && parent instanceof Field) {
            parent.jsonName = value;
        }
        if (parent.setOption)
            parent.setOption(name, value);
    }

    function setParsedOption(parent, name, value, propName) {
        if (parent.setParsedOption)
            parent.setParsedOption(name, value, propName);
    }

    function parseInlineOptions(parent) {
        if (skip("[", true)) {
            do {
                parseOption(parent, "option");
            } while (skip(",", true));
            skip("]");
        }
        return parent;
    }

    function parseService(parent, token, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        /* istanbul ignore if */
        if ((token = next()) === null || !nameRe.test(token))
            throw illegal(token, "service name");

        var service = new Service(token);
        ifBlock(service, function parseService_block(token) {
            if (parseCommon(service, token, depth)) {
                return;
            }

            /* istanbul ignore else */
            if (token === ";")
                return;
            if (token === "rpc")
                parseMethod(service, token);
            else
                throw illegal(token);
        });
        parent.add(service);
        if (parent === ptr) {
            topLevelObjects.push(service);
        }
    }

    function parseMethod(parent, token) {
        // Get the comment of the preceding line now (if one exists) in case the
        // method is defined across multiple lines.
        var commentText = cmnt();

        var type = token;

        /* istanbul ignore if */
        if (!nameRe.test(token = next()))
            throw illegal(token, "name");

        var name = token,
            requestType, requestStream,
            responseType, responseStream;

        skip("(");
        if (skip("stream", true))
            requestStream = true;

        /* istanbul ignore if */
        if (!typeRefRe.test(token = next()))
            throw illegal(token);

        requestType = token;
        skip(")"); skip("returns"); skip("(");
        if (skip("stream", true))
            responseStream = true;

        /* istanbul ignore if */
        if (!typeRefRe.test(token = next()))
            throw illegal(token);

        responseType = token;
        skip(")");

        var method = new Method(name, type, requestType, responseType, requestStream, responseStream);
        method.comment = commentText;
        ifBlock(method, function parseMethod_block(token) {

            /* istanbul ignore else */
            if (token === ";")
                return;
            if (token === "option") {
                parseOption(method, token);
                skip(";");
            } else
                throw illegal(token);

        });
        parent.add(method);
    }

    function parseExtension(parent, token, depth) {

        /* istanbul ignore if */
        if ((token = next()) === null || !typeRefRe.test(token))
            throw illegal(token, "reference");

        var reference = token;
        ifBlock(null, function parseExtension_block(token) {
            switch (token) {

                case "required":
                case "repeated":
                    parseField(parent, token, reference, depth + 1);
                    break;

                case "optional":
                    /* istanbul ignore if */
                    if (edition === "proto3") {
                        parseField(parent, "proto3_optional", reference, depth + 1);
                    } else {
                        parseField(parent, "optional", reference, depth + 1);
                    }
                    break;

                default:
                    /* istanbul ignore if */
                    if (edition === "proto2" || !typeRefRe.test(token))
                        throw illegal(token);
                    push(token);
                    parseField(parent, "optional", reference, depth + 1);
                    break;
            }
        });
    }

    var token;
    while ((token = next()) !== null) {
        switch (token) {

            case ";":
                break;

            case "package":

                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);

                parsePackage();
                break;

            case "import":

                parseImport();
                break;

            case "syntax":

                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);

                parseSyntax();
                break;

            case "edition":
                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);
                parseEdition();
                break;

            case "option":
                parseOption(ptr, token);
                skip(";", true);
                break;

            default:

                /* istanbul ignore else */
                if (parseCommon(ptr, token, 0)) {
                    head = false;
                    continue;
                }

                /* istanbul ignore next */
                throw illegal(token);
        }
    }

    resolveFileFeatures();

    parse.filename = null;
    return {
        "package"     : pkg,
        "imports"     : imports,
         weakImports  : weakImports,
         root         : root
    };
}

/**
 * Parses the given .proto source and returns an object with the parsed contents.
 * @name parse
 * @function
 * @param {string} source Source contents
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {IParserResult} Parser result
 * @property {string} filename=null Currently processing file name for error reporting, if known
 * @property {IParseOptions} defaults Default {@link IParseOptions}
 * @variation 2
 */


/***/ }),

/***/ 789:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Reader;

var util      = __nccwpck_require__(186);

var BufferReader; // cyclic

var LongBits  = util.LongBits,
    utf8      = util.utf8;

/* istanbul ignore next */
function indexOutOfRange(reader, writeLength) {
    return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
}

/**
 * Constructs a new reader instance using the specified buffer.
 * @classdesc Wire format reader using `Uint8Array`.
 * @constructor
 * @param {Uint8Array} buffer Buffer to read from
 */
function Reader(buffer) {

    /**
     * Read buffer.
     * @type {Uint8Array}
     */
    this.buf = buffer;

    /**
     * Read buffer position.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Read buffer length.
     * @type {number}
     */
    this.len = buffer.length;

    /**
     * Cached DataView for packed reads.
     * @type {DataView|null}
     */
    this.view = null;

    /**
     * Whether to discard unknown fields while decoding.
     * @type {boolean}
     */
    this.discardUnknown = Reader.discardUnknown;
}

function create_array(buffer) {
    // TODO: Remove plain array reader support in the next major release.
    if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
    if (buffer instanceof Uint8Array)
        return new Reader(buffer);
    throw Error("illegal buffer");
}

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup(buffer) {
            return (Reader.create = function create_buffer(buffer) {
                return util.Buffer.isBuffer(buffer)
                    ? new BufferReader(buffer)
                    /* istanbul ignore next */
                    : create_array(buffer);
            })(buffer);
        }
        /* istanbul ignore next */
        : create_array;
};

/**
 * Creates a new reader using the specified buffer.
 * @function
 * @param {Uint8Array|Buffer} buffer Buffer to read from
 * @returns {Reader|BufferReader} A {@link BufferReader} if `buffer` is a Buffer, otherwise a {@link Reader}
 * @throws {Error} If `buffer` is not a valid buffer
 */
Reader.create = create();

/**
 * Returns raw bytes from the backing buffer without advancing the reader.
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Raw bytes
 */
Reader.prototype.raw = function read_raw(start, end) {
    return this.buf.subarray(start, end);
};

function readVarint32NearEnd(reader) {
    // Safely read up to four bytes of a varint32 near the reader limit
    var value = 0;
    for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
            throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
            return value;
    }
    throw indexOutOfRange(reader);
}

/**
 * Reads a varint as an unsigned 32 bit value.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.uint32 = function read_uint32() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 15) << 28) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }

    for (var i = 0; i < 5; ++i) {
        /* istanbul ignore if */
        if (pos >= this.len) {
            this.pos = pos;
            throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
            this.pos = pos;
            return value;
        }
    }
    /* istanbul ignore next */
    this.pos = pos;
    throw Error("invalid varint encoding");
};

/**
 * Reads a field tag.
 * @function
 * @returns {number} Tag read
 */
Reader.prototype.tag = function read_tag() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 15) << 28) >>> 0;
    if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
    }

    this.pos = pos + 1;
    throw Error("invalid tag encoding");
};

/**
 * Reads a varint length prefix within signed 32 bit range.
 * @returns {number} Length read
 */
Reader.prototype.size = function read_size() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    this.pos = pos + 1;
    if (buf[pos] > 7)
        throw Error("invalid length encoding");
    return (value | buf[pos] << 28) >>> 0;
};

/**
 * Reads a varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.int32 = function read_int32() {
    return this.uint32() | 0;
};

/**
 * Reads a zig-zag encoded varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.sint32 = function read_sint32() {
    var value = this.uint32();
    return value >>> 1 ^ -(value & 1) | 0;
};

/* eslint-disable no-invalid-this */

function readLongVarint() {
    // tends to deopt with local vars for octet etc.
    var bits = new LongBits(0, 0);
    var i = 0;
    if (this.len - this.pos > 4) { // fast route (lo)
        for (; i < 4; ++i) {
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        // 5th
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >>  4) >>> 0;
        if (this.buf[this.pos++] < 128)
            return bits;
        i = 0;
    } else {
        for (; i < 4; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        throw indexOutOfRange(this);
    }
    if (this.len - this.pos > 4) { // fast route (hi)
        for (; i < 5; ++i) {
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    } else {
        for (; i < 5; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
}

/* eslint-enable no-invalid-this */

/**
 * Reads a varint as a signed 64 bit value.
 * @name Reader#int64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as an unsigned 64 bit value.
 * @name Reader#uint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a zig-zag encoded varint as a signed 64 bit value.
 * @name Reader#sint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as a boolean.
 * @returns {boolean} Value read
 */
Reader.prototype.bool = function read_bool() {
    var value = false,
        b;
    for (var i = 0; i < 10; ++i) {
        /* istanbul ignore if */
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
            value = true;
        if (b < 128)
            return value;
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
};

function readFixed32_end(buf, end) { // note that this uses `end`, not `pos`
    return (buf[end - 4]
          | buf[end - 3] << 8
          | buf[end - 2] << 16
          | buf[end - 1] << 24) >>> 0;
}

/**
 * Reads fixed 32 bits as an unsigned 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.fixed32 = function read_fixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4);
};

/**
 * Reads fixed 32 bits as a signed 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.sfixed32 = function read_sfixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4) | 0;
};

/* eslint-disable no-invalid-this */

function readFixed64(/* this: Reader */) {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);

    return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
}

/* eslint-enable no-invalid-this */

/**
 * Reads fixed 64 bits.
 * @name Reader#fixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads zig-zag encoded fixed 64 bits.
 * @name Reader#sfixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a float (32 bit) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.float = function read_float() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readFloatLE(this.buf, this.pos);
    this.pos += 4;
    return value;
};

/**
 * Reads a double (64 bit float) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.double = function read_double() {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readDoubleLE(this.buf, this.pos);
    this.pos += 8;
    return value;
};

/**
 * Reads a packed repeated field of unsigned 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.uint32s = function read_uint32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value);
        else {
            this.pos = pos - 1;
            array.push(this.uint32());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of signed 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.int32s = function read_int32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value);
        else {
            this.pos = pos - 1;
            array.push(this.int32());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of zig-zag encoded signed 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.sint32s = function read_sint32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.sint32());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of booleans.
 * @param {boolean[]} [array] Array to read into; a new one is created if omitted
 * @returns {boolean[]} Array read into
 */
Reader.prototype.bools = function read_bools(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value !== 0);
        else {
            this.pos = pos - 1;
            array.push(this.bool());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

// The view allocation only pays off when amortized over enough reads
var VIEW_THRESHOLD_FLOAT = 8,
    VIEW_THRESHOLD_INT   = 128;

function getLazyView(reader, count, threshold) {
    var view = reader.view;
    if (view || count < threshold)
        return view;
    var buf = reader.buf;
    return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Reads a packed repeated field of unsigned 32 bit fixed values.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.fixed32s = function read_fixed32s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of signed 32 bit fixed values.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.sfixed32s = function read_sfixed32s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of floats (32 bit).
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.floats = function read_floats(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of doubles (64 bit float).
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.doubles = function read_doubles(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a packed repeated field of unsigned 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.uint64s = function read_uint64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.uint64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of signed 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.int64s = function read_int64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.int64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of zig-zag encoded signed 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.sint64s = function read_sint64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.sint64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of unsigned 64 bit fixed values.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.fixed64s = function read_fixed64s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len, i = array.length;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3;
    array.length = i + count; // 8 bytes per value, count is known
    for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
    if (this.pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a packed repeated field of signed 64 bit fixed values.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.sfixed64s = function read_sfixed64s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len, i = array.length;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3;
    array.length = i + count; // 8 bytes per value, count is known
    for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
    if (this.pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @returns {Uint8Array} Value read
 */
Reader.prototype.bytes = function read_bytes() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return this.raw(start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint.
 * @returns {string} Value read
 */
Reader.prototype.string = function read_string() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return utf8.read(this.buf, start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint, rejecting invalid UTF8.
 * @returns {string} Value read
 */
Reader.prototype.stringVerify = function read_string_verify() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return utf8.readStrict(this.buf, start, end);
};

/**
 * Skips the specified number of bytes if specified, otherwise skips a varint.
 * @param {number} [length] Length if known, otherwise a varint is assumed
 * @returns {Reader} `this`
 */
Reader.prototype.skip = function skip(length) {
    if (typeof length === "number") {
        /* istanbul ignore if */
        if (this.pos + length > this.len)
            throw indexOutOfRange(this, length);
        this.pos += length;
    } else {
        do {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
    }
    return this;
};

/**
 * Recursion limit.
 * @type {number}
 */
Reader.recursionLimit = util.recursionLimit;

/**
 * Whether readers discard unknown fields while decoding.
 * @type {boolean}
 */
Reader.discardUnknown = true;

/**
 * Skips the next element of the specified wire type.
 * @param {number} wireType Wire type received
 * @param {number} [depth] Depth of recursion to control nested calls; 0 if omitted
 * @param {number} [fieldNumber] Field number for validating group end tags
 * @returns {Reader} `this`
 */
Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
    if (depth === undefined) depth = 0;
    if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
    if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
    switch (wireType) {
        case 0:
            this.skip();
            break;
        case 1:
            this.skip(8);
            break;
        case 2:
            this.skip(this.size());
            break;
        case 3:
            while (true) {
                var tag = this.tag();
                var nestedField = tag >>> 3;
                wireType = tag & 7;
                if (!nestedField)
                    throw Error("illegal tag: field number 0");
                if (wireType === 4) {
                    if (fieldNumber !== undefined && nestedField !== fieldNumber)
                        throw Error("invalid end group tag");
                    break;
                }
                this.skipType(wireType, depth + 1, nestedField);
            }
            break;
        case 5:
            this.skip(4);
            break;

        /* istanbul ignore next */
        default:
            throw Error("invalid wire type " + wireType + " at offset " + this.pos);
    }
    return this;
};

Reader._configure = function(BufferReader_) {
    BufferReader = BufferReader_;
    Reader.create = create();
    BufferReader._configure();

    var fn = util.Long ? "toLong" : /* istanbul ignore next */ "toNumber";
    util.merge(Reader.prototype, {

        int64: function read_int64() {
            return readLongVarint.call(this)[fn](false);
        },

        uint64: function read_uint64() {
            return readLongVarint.call(this)[fn](true);
        },

        sint64: function read_sint64() {
            return readLongVarint.call(this).zzDecode()[fn](false);
        },

        fixed64: function read_fixed64() {
            return readFixed64.call(this)[fn](true);
        },

        sfixed64: function read_sfixed64() {
            return readFixed64.call(this)[fn](false);
        }

    });
};


/***/ }),

/***/ 102:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferReader;

// extends Reader
var Reader = __nccwpck_require__(789);
BufferReader.prototype = Object.create(Reader.prototype, {
    constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

var util = __nccwpck_require__(186);

/**
 * Constructs a new buffer reader instance.
 * @classdesc Wire format reader using node buffers.
 * @extends Reader
 * @constructor
 * @param {Buffer} buffer Buffer to read from
 */
function BufferReader(buffer) {
    Reader.call(this, buffer);

    /**
     * Read buffer.
     * @name BufferReader#buf
     * @type {Buffer}
    */
}

BufferReader._configure = function () {
    /* istanbul ignore else */
    if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
};

/**
 * Returns raw bytes from the backing buffer without advancing the reader.
 * @name BufferReader#raw
 * @function
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Buffer} Raw bytes
 */
BufferReader.prototype.raw = function read_raw_buffer(start, end) {
    return this._slice.call(this.buf, start, end);
};

/**
 * @override
 */
BufferReader.prototype.string = function read_string_buffer() {
    var len = this.size(), // modifies pos
        start = this.pos,
        end = this.pos + len;

    /* istanbul ignore if */
    if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);

    this.pos = end;
    return this.buf.utf8Slice
        ? this.buf.utf8Slice(start, end)
        : this.buf.toString("utf-8", start, end);
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @name BufferReader#bytes
 * @function
 * @returns {Buffer} Value read
 */

BufferReader._configure();


/***/ }),

/***/ 666:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Root;

// extends Namespace
var Namespace = __nccwpck_require__(731);
Root.prototype = Object.create(Namespace.prototype, {
    constructor: {
        value: Root,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Root.className = "Root";

var Field   = __nccwpck_require__(792),
    Enum    = __nccwpck_require__(363),
    OneOf   = __nccwpck_require__(441),
    util    = __nccwpck_require__(926);

var Type,   // cyclic
    parse,  // might be excluded
    common; // "

/**
 * Constructs a new root namespace instance.
 * @classdesc Root namespace wrapping all types, enums, services, sub-namespaces etc. that belong together.
 * @extends NamespaceBase
 * @constructor
 * @param {Object.<string,*>} [options] Top level options
 */
function Root(options) {
    Namespace.call(this, "", options);

    /**
     * Deferred extension fields.
     * @type {Field[]}
     */
    this.deferred = [];

    /**
     * Resolved file names of loaded files.
     * @type {string[]}
     */
    this.files = [];

    /**
     * Edition, defaults to proto2 if unspecified.
     * @type {string}
     * @private
     */
    this._edition = "proto2";

    /**
     * Global lookup cache of fully qualified names.
     * @type {Object.<string,ReflectionObject>}
     * @private
     */
    this._fullyQualifiedObjects = {};
}

/**
 * Loads a namespace descriptor into a root namespace.
 * @param {INamespace} json Namespace descriptor
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Root} Root namespace
 */
Root.fromJSON = function fromJSON(json, root, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    if (!root)
        root = new Root();
    if (json.options)
        root.setOptions(json.options);
    return root.addJSON(json.nested, depth).resolveAll();
};

/**
 * Resolves the path of an imported file, relative to the importing origin.
 * This method exists so you can override it with your own logic in case your imports are scattered over multiple directories.
 * @function
 * @param {string} origin The file name of the importing file
 * @param {string} target The file name being imported
 * @returns {string|null} Resolved path to `target` or `null` to skip the file
 */
Root.prototype.resolvePath = util.path.resolve;

/**
 * Fetch content from file path or url
 * This method exists so you can override it with your own logic.
 * @function
 * @param {string} path File path or url
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 */
Root.prototype.fetch = util.fetch;

// A symbol-like function to safely signal synchronous loading
/* istanbul ignore next */
function SYNC() {} // eslint-disable-line no-empty-function

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and calls the callback.
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} options Parse options
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 */
Root.prototype.load = function load(filename, options, callback) {
    if (typeof options === "function") {
        callback = options;
        options = undefined;
    }
    var self = this;
    if (!callback) {
        return util.asPromise(load, self, filename, options);
    }

    var sync = callback === SYNC; // undocumented

    // Finishes loading by calling the callback (exactly once)
    function finish(err, root) {
        /* istanbul ignore if */
        if (!callback) {
            return;
        }
        if (sync) {
            throw err;
        }
        if (root) {
            root.resolveAll();
        }
        var cb = callback;
        callback = null;
        cb(err, root);
    }

    // Bundled definition existence checking
    function getBundledFileName(filename) {
        var idx = filename.lastIndexOf("google/protobuf/");
        if (idx > -1) {
            var altname = filename.substring(idx);
            if (Object.prototype.hasOwnProperty.call(common, altname)) return altname;
        }
        if (Object.prototype.hasOwnProperty.call(common, filename)) return filename;
        return null;
    }

    // Processes a single file
    function process(filename, source, depth) {
        if (depth === undefined)
            depth = 0;
        try {
            if (depth > util.recursionLimit)
                throw Error("max depth exceeded");
            if (util.isString(source) && source.charAt(0) === "{")
                source = JSON.parse(source);
            if (!util.isString(source))
                self.setOptions(source.options).addJSON(source.nested);
            else {
                parse.filename = filename;
                var parsed = parse(source, self, options),
                    resolved,
                    i = 0;
                if (parsed.imports)
                    for (; i < parsed.imports.length; ++i)
                        if (resolved = getBundledFileName(parsed.imports[i]) || self.resolvePath(filename, parsed.imports[i]))
                            fetch(resolved, false, depth + 1);
                if (parsed.weakImports)
                    for (i = 0; i < parsed.weakImports.length; ++i)
                        if (resolved = getBundledFileName(parsed.weakImports[i]) || self.resolvePath(filename, parsed.weakImports[i]))
                            fetch(resolved, true, depth + 1);
            }
        } catch (err) {
            finish(err);
        }
        if (!sync && !queued) {
            finish(null, self); // only once anyway
        }
    }

    // Fetches a single file
    function fetch(filename, weak, depth) {
        if (depth === undefined)
            depth = 0;
        filename = getBundledFileName(filename) || filename;

        // Skip if already loaded / attempted
        if (self.files.indexOf(filename) > -1) {
            return;
        }
        self.files.push(filename);

        // Shortcut bundled definitions
        if (Object.prototype.hasOwnProperty.call(common, filename)) {
            if (sync) {
                process(filename, common[filename], depth);
            } else {
                ++queued;
                setTimeout(function() {
                    --queued;
                    process(filename, common[filename], depth);
                });
            }
            return;
        }

        // Otherwise fetch from disk or network
        if (sync) {
            var source;
            try {
                source = util.fs.readFileSync(filename).toString("utf8");
            } catch (err) {
                if (!weak)
                    finish(err);
                return;
            }
            process(filename, source, depth);
        } else {
            ++queued;
            self.fetch(filename, function(err, source) {
                --queued;
                /* istanbul ignore if */
                if (!callback) {
                    return; // terminated meanwhile
                }
                if (err) {
                    /* istanbul ignore else */
                    if (!weak)
                        finish(err);
                    else if (!queued) // can't be covered reliably
                        finish(null, self);
                    return;
                }
                process(filename, source, depth);
            });
        }
    }
    var queued = 0;

    // Assembling the root namespace doesn't require working type
    // references anymore, so we can load everything in parallel
    if (util.isString(filename)) {
        filename = [ filename ];
    }
    for (var i = 0, resolved; i < filename.length; ++i)
        if (resolved = self.resolvePath("", filename[i]))
            fetch(resolved);
    if (sync) {
        self.resolveAll();
        return self;
    }
    if (!queued) {
        finish(null, self);
    }

    return self;
};
// function load(filename:string, options:IParseOptions, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and calls the callback.
 * @function Root#load
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @variation 2
 */
// function load(filename:string, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and returns a promise.
 * @function Root#load
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {Promise<Root>} Promise
 * @variation 3
 */
// function load(filename:string, [options:IParseOptions]):Promise<Root>

/**
 * Synchronously loads one or multiple .proto or preprocessed .json files into this root namespace (node only).
 * @function Root#loadSync
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {Root} Root namespace
 * @throws {Error} If synchronous fetching is not supported (i.e. in browsers) or if a file's syntax is invalid
 */
Root.prototype.loadSync = function loadSync(filename, options) {
    if (!util.isNode)
        throw Error("not supported");
    return this.load(filename, options, SYNC);
};

/**
 * @override
 */
Root.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
            return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
    return Namespace.prototype.resolveAll.call(this);
};

// only uppercased (and thus conflict-free) children are exposed, see below
var exposeRe = /^[A-Z]/;

/**
 * Handles a deferred declaring extension field by creating a sister field to represent it within its extended type.
 * @param {Root} root Root instance
 * @param {Field} field Declaring extension field witin the declaring type
 * @returns {boolean} `true` if successfully added to the extended type, `false` otherwise
 * @inner
 * @ignore
 */
function tryHandleExtension(root, field) {
    var extendedType = field.parent.lookup(field.extend);
    if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, undefined, field.options);
        //do not allow to extend same field twice to prevent the error
        if (extendedType.get(sisterField.name)) {
            return true;
        }
        sisterField.declaringField = field;
        field.extensionField = sisterField;
        extendedType.add(sisterField);
        return true;
    }
    return false;
}

/**
 * Called when any object is added to this root or its sub-namespaces.
 * @param {ReflectionObject} object Object added
 * @returns {undefined}
 * @private
 */
Root.prototype._handleAdd = function _handleAdd(object) {
    if (object instanceof Field) {

        if (/* an extension field (implies not part of a oneof) */ object.extend !== undefined && /* not already handled */ !object.extensionField)
            if (!tryHandleExtension(this, object))
                this.deferred.push(object);

    } else if (object instanceof Enum) {

        if (exposeRe.test(object.name))
            object.parent[object.name] = object.values; // expose enum values as property of its parent

    } else if (!(object instanceof OneOf)) /* everything else is a namespace */ {

        if (object instanceof Type) // Try to handle any deferred extensions
            for (var i = 0; i < this.deferred.length;)
                if (tryHandleExtension(this, this.deferred[i]))
                    this.deferred.splice(i, 1);
                else
                    ++i;
        for (var j = 0; j < /* initializes */ object.nestedArray.length; ++j) // recurse into the namespace
            this._handleAdd(object._nestedArray[j]);
        if (exposeRe.test(object.name))
            object.parent[object.name] = object; // expose namespace as property of its parent
    }

    if (object instanceof Type || object instanceof Enum || object instanceof Field) {
        // Only store types and enums for quick lookup during resolve.
        this._fullyQualifiedObjects[object.fullName] = object;
    }

    // The above also adds uppercased (and thus conflict-free) nested types, services and enums as
    // properties of namespaces just like static code does. This allows using a .d.ts generated for
    // a static module with reflection-based solutions where the condition is met.
};

/**
 * Called when any object is removed from this root or its sub-namespaces.
 * @param {ReflectionObject} object Object removed
 * @returns {undefined}
 * @private
 */
Root.prototype._handleRemove = function _handleRemove(object) {
    if (object instanceof Field) {

        if (/* an extension field */ object.extend !== undefined) {
            if (/* already handled */ object.extensionField) { // remove its sister field
                object.extensionField.parent.remove(object.extensionField);
                object.extensionField = null;
            } else { // cancel the extension
                var index = this.deferred.indexOf(object);
                /* istanbul ignore else */
                if (index > -1)
                    this.deferred.splice(index, 1);
            }
        }

    } else if (object instanceof Enum) {

        if (exposeRe.test(object.name))
            delete object.parent[object.name]; // unexpose enum values

    } else if (object instanceof Namespace) {

        for (var i = 0; i < /* initializes */ object.nestedArray.length; ++i) // recurse into the namespace
            this._handleRemove(object._nestedArray[i]);

        if (exposeRe.test(object.name))
            delete object.parent[object.name]; // unexpose namespaces

    }

    delete this._fullyQualifiedObjects[object.fullName];
};

// Sets up cyclic dependencies (called in index-light)
Root._configure = function(Type_, parse_, common_) {
    Type   = Type_;
    parse  = parse_;
    common = common_;
};


/***/ }),

/***/ 937:
/***/ ((module) => {


module.exports = Object.create(null);

/**
 * Named roots.
 * This is where pbjs stores generated structures (the option `-r, --root` specifies a name).
 * Can also be used manually to make roots available across modules.
 * @name roots
 * @type {Object.<string,Root>}
 * @example
 * // pbjs -r myroot -o compiled.js ...
 *
 * // in another module:
 * require("./compiled.js");
 *
 * // in any subsequent module:
 * var root = protobuf.roots["myroot"];
 */


/***/ }),

/***/ 575:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Streaming RPC helpers.
 * @namespace
 */
var rpc = exports;

/**
 * RPC implementation passed to {@link Service#create} performing a service request on network level, i.e. by utilizing http requests or websockets.
 * @typedef RPCImpl
 * @type {function}
 * @param {Method|rpc.ServiceMethod<Message<{}>,Message<{}>>} method Reflected or static method being called
 * @param {Uint8Array} requestData Request data
 * @param {RPCImplCallback} callback Callback function
 * @returns {undefined}
 * @example
 * function rpcImpl(method, requestData, callback) {
 *     if (protobuf.util.lcFirst(method.name) !== "myMethod") // compatible with static code
 *         throw Error("no such method");
 *     asynchronouslyObtainAResponse(requestData, function(err, responseData) {
 *         callback(err, responseData);
 *     });
 * }
 */

/**
 * Node-style callback as used by {@link RPCImpl}.
 * @typedef RPCImplCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Uint8Array|null} [response] Response data or `null` to signal end of stream, if there hasn't been an error
 * @returns {undefined}
 */

rpc.Service = __nccwpck_require__(603);


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

var util = __nccwpck_require__(186);

// Extends EventEmitter
Service.prototype = Object.create(util.EventEmitter.prototype, {
    constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

/**
 * A service method callback as used by {@link rpc.ServiceMethod|ServiceMethod}.
 *
 * Differs from {@link RPCImplCallback} in that it is an actual callback of a service method which may not return `response = null`.
 * @typedef rpc.ServiceMethodCallback
 * @template TRes extends Message<TRes>
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {TRes} [response] Response message
 * @returns {undefined}
 */

/**
 * A service method part of a {@link rpc.Service} as created by {@link Service.create}.
 * @typedef rpc.ServiceMethod
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 * @type {{
 *   (request: TReq|Properties<TReq>, callback: rpc.ServiceMethodCallback<TRes>): void;
 *   (request: TReq|Properties<TReq>): Promise<TRes>;
 *   readonly name: string;
 *   readonly path: string;
 *   readonly requestType: string;
 *   readonly responseType: string;
 *   readonly requestStream: true|undefined;
 *   readonly responseStream: true|undefined;
 * }}
 */

/**
 * Constructs a new RPC service instance.
 * @classdesc An RPC service as returned by {@link Service#create}.
 * @exports rpc.Service
 * @extends util.EventEmitter
 * @constructor
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 */
function Service(rpcImpl, requestDelimited, responseDelimited) {

    if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");

    util.EventEmitter.call(this);

    /**
     * RPC implementation. Becomes `null` once the service is ended.
     * @type {RPCImpl|null}
     */
    this.rpcImpl = rpcImpl;

    /**
     * Whether requests are length-delimited.
     * @type {boolean}
     */
    this.requestDelimited = Boolean(requestDelimited);

    /**
     * Whether responses are length-delimited.
     * @type {boolean}
     */
    this.responseDelimited = Boolean(responseDelimited);
}

/**
 * Calls a service method through {@link rpc.Service#rpcImpl|rpcImpl}.
 * @param {Method|rpc.ServiceMethod<TReq,TRes>} method Reflected or static method
 * @param {Constructor<TReq>} requestCtor Request constructor
 * @param {Constructor<TRes>} responseCtor Response constructor
 * @param {TReq|Properties<TReq>} request Request message or plain object
 * @param {rpc.ServiceMethodCallback<TRes>} callback Service callback
 * @returns {undefined}
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 */
Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {

    if (!request)
        throw TypeError("request must be specified");

    var self = this;
    if (!callback)
        return util.asPromise(rpcCall, self, method, requestCtor, responseCtor, request);

    if (!self.rpcImpl) {
        setTimeout(function() { callback(Error("already ended")); }, 0);
        return undefined;
    }

    try {
        return self.rpcImpl(
            method,
            requestCtor[self.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
            function rpcCallback(err, response) {

                if (err) {
                    self.emit("error", err, method);
                    return callback(err);
                }

                if (response === null) {
                    self.end(/* endedByRPC */ true);
                    return undefined;
                }

                if (!(response instanceof responseCtor)) {
                    try {
                        response = responseCtor[self.responseDelimited ? "decodeDelimited" : "decode"](response);
                    } catch (err) {
                        self.emit("error", err, method);
                        return callback(err);
                    }
                }

                self.emit("data", response, method);
                return callback(null, response);
            }
        );
    } catch (err) {
        self.emit("error", err, method);
        setTimeout(function() { callback(err); }, 0);
        return undefined;
    }
};

/**
 * Ends this service and emits the `end` event.
 * @param {boolean} [endedByRPC=false] Whether the service has been ended by the RPC implementation.
 * @returns {rpc.Service} `this`
 */
Service.prototype.end = function end(endedByRPC) {
    if (this.rpcImpl) {
        if (!endedByRPC) // signal end to rpcImpl
            this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
    }
    return this;
};


/***/ }),

/***/ 303:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

// extends Namespace
var Namespace = __nccwpck_require__(731);
Service.prototype = Object.create(Namespace.prototype, {
    constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Service.className = "Service";

var Method = __nccwpck_require__(627),
    util   = __nccwpck_require__(926),
    rpc    = __nccwpck_require__(575);

/**
 * Constructs a new service instance.
 * @classdesc Reflected service.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Service name
 * @param {Object.<string,*>} [options] Service options
 * @throws {TypeError} If arguments are invalid
 */
function Service(name, options) {
    Namespace.call(this, name, options);

    /**
     * Service methods.
     * @type {Object.<string,Method>}
     */
    this.methods = {}; // toJSON, marker

    /**
     * Cached methods as an array.
     * @type {Method[]|null}
     * @private
     */
    this._methodsArray = null;
}

/**
 * Service descriptor.
 * @interface IService
 * @extends INamespace
 * @property {string} [edition] Edition
 * @property {Object.<string,IMethod>} methods Method descriptors
 * @property {string|null} [comment] Service comment
 */

/**
 * Constructs a service from a service descriptor.
 * @param {string} name Service name
 * @param {IService} json Service descriptor
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Service} Created service
 * @throws {TypeError} If arguments are invalid
 */
Service.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    var service = new Service(name, json.options);
    /* istanbul ignore else */
    if (json.methods)
        for (var names = Object.keys(json.methods), i = 0; i < names.length; ++i)
            service.add(Method.fromJSON(names[i], json.methods[names[i]]));
    if (json.nested)
        service.addJSON(json.nested, depth);
    if (json.edition)
        service._edition = json.edition;
    service.comment = json.comment;
    service._defaultEdition = "proto3";  // For backwards-compatibility.
    return service;
};

/**
 * Converts this service to a service descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IService} Service descriptor
 */
Service.prototype.toJSON = function toJSON(toJSONOptions) {
    var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition" , this._editionToJSON(),
        "options" , inherited && inherited.options || undefined,
        "methods" , Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */ {},
        "nested"  , inherited && inherited.nested || undefined,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Methods of this service as an array for iteration.
 * @name Service#methodsArray
 * @type {Method[]}
 * @readonly
 */
Object.defineProperty(Service.prototype, "methodsArray", {
    get: function() {
        return this._methodsArray || (this._methodsArray = util.toArray(this.methods));
    }
});

function clearCache(service) {
    service._methodsArray = null;
    return service;
}

/**
 * @override
 */
Service.prototype.get = function get(name) {
    return Object.prototype.hasOwnProperty.call(this.methods, name)
        ? this.methods[name]
        : Namespace.prototype.get.call(this, name);
};

/**
 * @override
 */
Service.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    Namespace.prototype.resolve.call(this);
    var methods = this.methodsArray;
    for (var i = 0; i < methods.length; ++i)
        methods[i].resolve();
    return this;
};

/**
 * @override
 */
Service.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;

    edition = this._edition || edition;

    Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
    this.methodsArray.forEach(method => {
        method._resolveFeaturesRecursive(edition);
    });
    return this;
};

/**
 * @override
 */
Service.prototype.add = function add(object) {
    /* istanbul ignore if */
    if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);

    if (object instanceof Method) {
        if (object.name === "__proto__")
            return this;
        this.methods[object.name] = object;
        object.parent = this;
        return clearCache(this);
    }
    return Namespace.prototype.add.call(this, object);
};

/**
 * @override
 */
Service.prototype.remove = function remove(object) {
    if (object instanceof Method) {

        /* istanbul ignore if */
        if (this.methods[object.name] !== object)
            throw Error(object + " is not a member of " + this);

        delete this.methods[object.name];
        object.parent = null;
        return clearCache(this);
    }
    return Namespace.prototype.remove.call(this, object);
};

/**
 * Creates a runtime service using the specified rpc implementation.
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 * @returns {rpc.Service} RPC service. Useful where requests and/or responses are streamed.
 */
Service.prototype.create = function create(rpcImpl, requestDelimited, responseDelimited) {
    var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited);
    for (var i = 0, method; i < /* initializes */ this.methodsArray.length; ++i) {
        var methodName = util.lcFirst((method = this._methodsArray[i]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = (function(method, requestType, responseType) {
            return function rpcMethod(request, callback) {
                return rpc.Service.prototype.rpcCall.call(this, method, requestType, responseType, request, callback);
            };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
    }
    return rpcService;
};


/***/ }),

/***/ 311:
/***/ ((module) => {


module.exports = tokenize;

var delimRe        = /[\s{}=;:[\],'"()<>]/g,
    stringDoubleRe = /(?:"([^"\\]*(?:\\.[^"\\]*)*)")/g,
    stringSingleRe = /(?:'([^'\\]*(?:\\.[^'\\]*)*)')/g;

var setCommentRe = /^ *[*/]+ */,
    setCommentAltRe = /^\s*\*?\/*/,
    setCommentSplitRe = /\n/g,
    whitespaceRe = /\s/,
    unescapeRe = /\\([0-7]{1,3}|[xX][0-9a-fA-F]{1,2}|.?)/g;

var unescapeMap = {
    "a": "\x07",
    "b": "\b",
    "f": "\f",
    "r": "\r",
    "n": "\n",
    "t": "\t",
    "v": "\v",
    "?": "?",
    "'": "'",
    "\"": "\""
};

/**
 * Unescapes a string.
 * @param {string} str String to unescape
 * @returns {string} Unescaped string
 * @property {Object.<string,string>} map Special characters map
 * @memberof tokenize
 */
function unescape(str) {
    return str.replace(unescapeRe, function($0, $1) {
        var first = $1.charAt(0);
        if (first >= "0" && first <= "7")
            return String.fromCharCode(parseInt($1, 8) & 255);
        if (first === "x" || first === "X")
            return String.fromCharCode(parseInt($1.substring(1), 16));
        switch ($1) {
            case "\\":
            case "":
                return $1;
            default:
                return unescapeMap[$1] || "";
        }
    });
}

tokenize.unescape = unescape;

/**
 * Gets the next token and advances.
 * @typedef TokenizerHandleNext
 * @type {function}
 * @returns {string|null} Next token or `null` on eof
 */

/**
 * Peeks for the next token.
 * @typedef TokenizerHandlePeek
 * @type {function}
 * @returns {string|null} Next token or `null` on eof
 */

/**
 * Pushes a token back to the stack.
 * @typedef TokenizerHandlePush
 * @type {function}
 * @param {string} token Token
 * @returns {undefined}
 */

/**
 * Skips the next token.
 * @typedef TokenizerHandleSkip
 * @type {function}
 * @param {string} expected Expected token
 * @param {boolean} [optional=false] If optional
 * @returns {boolean} Whether the token matched
 * @throws {Error} If the token didn't match and is not optional
 */

/**
 * Gets the comment on the previous line or, alternatively, the line comment on the specified line.
 * @typedef TokenizerHandleCmnt
 * @type {function}
 * @param {number} [line] Line number
 * @returns {string|null} Comment text or `null` if none
 */

/**
 * Handle object returned from {@link tokenize}.
 * @interface ITokenizerHandle
 * @property {TokenizerHandleNext} next Gets the next token and advances (`null` on eof)
 * @property {TokenizerHandlePeek} peek Peeks for the next token (`null` on eof)
 * @property {TokenizerHandlePush} push Pushes a token back to the stack
 * @property {TokenizerHandleSkip} skip Skips a token, returns its presence and advances or, if non-optional and not present, throws
 * @property {TokenizerHandleCmnt} cmnt Gets the comment on the previous line or the line comment on the specified line, if any
 * @property {number} line Current line number
 */

/**
 * Tokenizes the given .proto source and returns an object with useful utility functions.
 * @param {string} source Source contents
 * @param {boolean} alternateCommentMode Whether we should activate alternate comment parsing mode.
 * @returns {ITokenizerHandle} Tokenizer handle
 */
function tokenize(source, alternateCommentMode) {
    /* eslint-disable callback-return */
    source = source.toString();

    var offset = 0,
        length = source.length,
        line = 1,
        lastCommentLine = 0,
        comments = {};

    var stack = [];

    var stringDelim = null;

    /* istanbul ignore next */
    /**
     * Creates an error for illegal syntax.
     * @param {string} subject Subject
     * @returns {Error} Error created
     * @inner
     */
    function illegal(subject) {
        return Error("illegal " + subject + " (line " + line + ")");
    }

    /**
     * Reads a string till its end.
     * @returns {string} String read
     * @inner
     */
    function readString() {
        var re = stringDelim === "'" ? stringSingleRe : stringDoubleRe;
        re.lastIndex = offset - 1;
        var match = re.exec(source);
        if (!match)
            throw illegal("string");
        offset = re.lastIndex;
        push(stringDelim);
        stringDelim = null;
        return unescape(match[1]);
    }

    /**
     * Gets the character at `pos` within the source.
     * @param {number} pos Position
     * @returns {string} Character
     * @inner
     */
    function charAt(pos) {
        return source.charAt(pos);
    }

    /**
     * Sets the current comment text.
     * @param {number} start Start offset
     * @param {number} end End offset
     * @param {boolean} isLeading set if a leading comment
     * @returns {undefined}
     * @inner
     */
    function setComment(start, end, isLeading) {
        var comment = {
            type: source.charAt(start++),
            lineEmpty: false,
            leading: isLeading,
        };
        var lookback;
        if (alternateCommentMode) {
            lookback = 2;  // alternate comment parsing: "//" or "/*"
        } else {
            lookback = 3;  // "///" or "/**"
        }
        var commentOffset = start - lookback,
            c;
        do {
            if (--commentOffset < 0 ||
                    (c = source.charAt(commentOffset)) === "\n") {
                comment.lineEmpty = true;
                break;
            }
        } while (c === " " || c === "\t");
        var lines = source
            .substring(start, end)
            .split(setCommentSplitRe);
        for (var i = 0; i < lines.length; ++i)
            lines[i] = lines[i]
                .replace(alternateCommentMode ? setCommentAltRe : setCommentRe, "")
                .trim();
        comment.text = lines
            .join("\n")
            .trim();

        comments[line] = comment;
        lastCommentLine = line;
    }

    function isDoubleSlashCommentLine(startOffset) {
        var endOffset = findEndOfLine(startOffset);

        // see if remaining line matches comment pattern
        var lineText = source.substring(startOffset, endOffset);
        var isComment = /^\s*\/\//.test(lineText);
        return isComment;
    }

    function findEndOfLine(cursor) {
        // find end of cursor's line
        var endOffset = cursor;
        while (endOffset < length && charAt(endOffset) !== "\n") {
            endOffset++;
        }
        return endOffset;
    }

    /**
     * Obtains the next token.
     * @returns {string|null} Next token or `null` on eof
     * @inner
     */
    function next() {
        if (stack.length > 0)
            return stack.shift();
        if (stringDelim)
            return readString();
        var repeat,
            prev,
            curr,
            start,
            isDoc,
            nextLineIsComment,
            isLeadingComment = offset === 0;
        do {
            if (offset === length)
                return null;
            repeat = false;
            while (whitespaceRe.test(curr = charAt(offset))) {
                if (curr === "\n") {
                    isLeadingComment = true;
                    ++line;
                }
                if (++offset === length)
                    return null;
            }

            if (charAt(offset) === "/") {
                if (++offset === length) {
                    throw illegal("comment");
                }
                if (charAt(offset) === "/") { // Line
                    if (!alternateCommentMode) {
                        // check for triple-slash comment
                        isDoc = charAt(start = offset + 1) === "/";

                        while (charAt(++offset) !== "\n") {
                            if (offset === length) {
                                return null;
                            }
                        }
                        ++offset;
                        if (isDoc) {
                            setComment(start, offset - 1, isLeadingComment);
                            // Trailing comment cannot not be multi-line,
                            // so leading comment state should be reset to handle potential next comments
                            isLeadingComment = true;
                        }
                        ++line;
                        repeat = true;
                    } else {
                        // check for double-slash comments, consolidating consecutive lines
                        start = offset;
                        isDoc = false;
                        if (isDoubleSlashCommentLine(offset - 1)) {
                            isDoc = true;
                            do {
                                offset = findEndOfLine(offset);
                                if (offset === length) {
                                    break;
                                }
                                offset++;
                                if (!isLeadingComment) {
                                    // Trailing comment cannot not be multi-line
                                    break;
                                }
                                nextLineIsComment = isDoubleSlashCommentLine(offset);
                                if (nextLineIsComment) {
                                    line++;
                                }
                            } while (nextLineIsComment);
                        } else {
                            offset = Math.min(length, findEndOfLine(offset) + 1);
                        }
                        if (isDoc) {
                            setComment(start, offset, isLeadingComment);
                            isLeadingComment = true;
                        }
                        line++;
                        repeat = true;
                    }
                } else if ((curr = charAt(offset)) === "*") { /* Block */
                    // check for /** (regular comment mode) or /* (alternate comment mode)
                    start = offset + 1;
                    isDoc = alternateCommentMode || charAt(start) === "*";
                    do {
                        if (curr === "\n") {
                            ++line;
                        }
                        if (++offset === length) {
                            throw illegal("comment");
                        }
                        prev = curr;
                        curr = charAt(offset);
                    } while (prev !== "*" || curr !== "/");
                    ++offset;
                    if (isDoc) {
                        setComment(start, offset - 2, isLeadingComment);
                        isLeadingComment = true;
                    }
                    repeat = true;
                } else {
                    return "/";
                }
            }
        } while (repeat);

        // offset !== length if we got here

        var end = offset;
        delimRe.lastIndex = 0;
        var delim = delimRe.test(charAt(end++));
        if (!delim)
            while (end < length && !delimRe.test(charAt(end)))
                ++end;
        var token = source.substring(offset, offset = end);
        if (token === "\"" || token === "'")
            stringDelim = token;
        return token;
    }

    /**
     * Pushes a token back to the stack.
     * @param {string} token Token
     * @returns {undefined}
     * @inner
     */
    function push(token) {
        stack.push(token);
    }

    /**
     * Peeks for the next token.
     * @returns {string|null} Token or `null` on eof
     * @inner
     */
    function peek() {
        if (!stack.length) {
            var token = next();
            if (token === null)
                return null;
            push(token);
        }
        return stack[0];
    }

    /**
     * Skips a token.
     * @param {string} expected Expected token
     * @param {boolean} [optional=false] Whether the token is optional
     * @returns {boolean} `true` when skipped, `false` if not
     * @throws {Error} When a required token is not present
     * @inner
     */
    function skip(expected, optional) {
        var actual = peek(),
            equals = actual === expected;
        if (equals) {
            next();
            return true;
        }
        if (!optional)
            throw illegal("token '" + actual + "', '" + expected + "' expected");
        return false;
    }

    /**
     * Gets a comment.
     * @param {number} [trailingLine] Line number if looking for a trailing comment
     * @returns {string|null} Comment text
     * @inner
     */
    function cmnt(trailingLine) {
        var ret = null;
        var comment;
        if (trailingLine === undefined) {
            comment = comments[line - 1];
            delete comments[line - 1];
            if (comment && (alternateCommentMode || comment.type === "*" || comment.lineEmpty)) {
                ret = comment.leading ? comment.text : null;
            }
        } else {
            /* istanbul ignore else */
            if (lastCommentLine < trailingLine) {
                peek();
            }
            comment = comments[trailingLine];
            delete comments[trailingLine];
            if (comment && !comment.lineEmpty && (alternateCommentMode || comment.type === "/")) {
                ret = comment.leading ? null : comment.text;
            }
        }
        return ret;
    }

    return Object.defineProperty({
        next: next,
        peek: peek,
        push: push,
        skip: skip,
        cmnt: cmnt
    }, "line", {
        get: function() { return line; }
    });
    /* eslint-enable callback-return */
}


/***/ }),

/***/ 426:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Type;

// extends Namespace
var Namespace = __nccwpck_require__(731);
Type.prototype = Object.create(Namespace.prototype, {
    constructor: {
        value: Type,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Type.className = "Type";

var Enum      = __nccwpck_require__(363),
    OneOf     = __nccwpck_require__(441),
    Field     = __nccwpck_require__(792),
    MapField  = __nccwpck_require__(124),
    Service   = __nccwpck_require__(303),
    Message   = __nccwpck_require__(463),
    Reader    = __nccwpck_require__(789),
    Writer    = __nccwpck_require__(745),
    util      = __nccwpck_require__(926),
    encoder   = __nccwpck_require__(880),
    decoder   = __nccwpck_require__(224),
    verifier  = __nccwpck_require__(524),
    converter = __nccwpck_require__(0),
    wrappers  = __nccwpck_require__(162);

/**
 * Constructs a new reflected message type instance.
 * @classdesc Reflected message type.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Message name
 * @param {Object.<string,*>} [options] Declared options
 */
function Type(name, options) {
    name = name.replace(/\W/g, "");
    Namespace.call(this, name, options);

    /**
     * Message fields.
     * @type {Object.<string,Field>}
     */
    this.fields = {};  // toJSON, marker

    /**
     * Oneofs declared within this namespace, if any.
     * @type {Object.<string,OneOf>}
     */
    this.oneofs = undefined; // toJSON

    /**
     * Extension ranges, if any.
     * @type {number[][]}
     */
    this.extensions = undefined; // toJSON

    /**
     * Reserved ranges, if any.
     * @type {Array.<number[]|string>}
     */
    this.reserved = undefined; // toJSON

    /*?
     * Whether this type is a legacy group.
     * @type {boolean|undefined}
     */
    this.group = undefined; // toJSON

    /**
     * Declared symbol visibility, if any.
     * @type {"local"|"export"|undefined}
     */
    this.visibility = undefined; // toJSON

    /**
     * Cached fields by id.
     * @type {Object.<number,Field>|null}
     * @private
     */
    this._fieldsById = null;

    /**
     * Cached fields as an array.
     * @type {Field[]|null}
     * @private
     */
    this._fieldsArray = null;

    /**
     * Cached oneofs as an array.
     * @type {OneOf[]|null}
     * @private
     */
    this._oneofsArray = null;

    /**
     * Cached constructor.
     * @type {Constructor<{}>}
     * @private
     */
    this._ctor = null;

    /**
     * Cached fields by JSON name.
     * @type {Object.<string,Field>|null}
     * @private
     */
    this._fieldsByJsonName = null; // used by ext/protojson
}

Object.defineProperties(Type.prototype, {

    /**
     * Message fields by id.
     * @name Type#fieldsById
     * @type {Object.<number,Field>}
     * @readonly
     */
    fieldsById: {
        get: function() {

            /* istanbul ignore if */
            if (this._fieldsById)
                return this._fieldsById;

            this._fieldsById = {};
            for (var names = Object.keys(this.fields), i = 0; i < names.length; ++i) {
                var field = this.fields[names[i]],
                    id = field.id;

                /* istanbul ignore if */
                if (this._fieldsById[id])
                    throw Error("duplicate id " + id + " in " + this);

                this._fieldsById[id] = field;
            }
            return this._fieldsById;
        }
    },

    /**
     * Fields of this message as an array for iteration.
     * @name Type#fieldsArray
     * @type {Field[]}
     * @readonly
     */
    fieldsArray: {
        get: function() {
            return this._fieldsArray || (this._fieldsArray = util.toArray(this.fields));
        }
    },

    /**
     * Oneofs of this message as an array for iteration.
     * @name Type#oneofsArray
     * @type {OneOf[]}
     * @readonly
     */
    oneofsArray: {
        get: function() {
            return this._oneofsArray || (this._oneofsArray = util.toArray(this.oneofs));
        }
    },

    /**
     * The registered constructor, if any registered, otherwise a generic constructor.
     * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
     * When assigning manually, add the type to its parent namespace/root first if fields reference other reflected types, because constructor setup resolves field defaults.
     * @name Type#ctor
     * @type {Constructor<{}>}
     */
    ctor: {
        get: function() {
            return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {

            // Ensure proper prototype
            var prototype = ctor.prototype;
            if (!(prototype instanceof Message)) {
                ctor.prototype = new Message();
                Object.defineProperty(ctor.prototype, "constructor", {
                    value: ctor,
                    writable: true,
                    enumerable: false,
                    configurable: true
                });
                util.merge(ctor.prototype, prototype);
            }

            // Classes and messages reference their reflected type
            ctor.$type = ctor.prototype.$type = this;

            // Mix in static methods
            util.merge(ctor, Message, true);

            this._ctor = ctor;
            delete this.decode;
            delete this.fromObject;

            // Messages have non-enumerable default values on their prototype
            var i = 0;
            for (var field; i < /* initializes */ this.fieldsArray.length; ++i) {
                field = this._fieldsArray[i].resolve(); // ensures a proper value
                ctor.prototype[field.name] = field.defaultValue;
            }

            // Messages have non-enumerable getters and setters for each virtual oneof field
            var ctorProperties = {};
            for (i = 0; i < /* initializes */ this.oneofsArray.length; ++i)
                ctorProperties[this._oneofsArray[i].resolve().name] = {
                    get: util.oneOfGetter(this._oneofsArray[i].oneof),
                    set: util.oneOfSetter(this._oneofsArray[i].oneof)
                };
            if (i)
                Object.defineProperties(ctor.prototype, ctorProperties);
        }
    }
});

/**
 * Generates a constructor function for the specified type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
Type.generateConstructor = function generateConstructor(mtype) {
    /* eslint-disable no-unexpected-multiline */
    var gen = util.codegen(["p"]);
    // explicitly initialize mutable object/array fields so that these aren't just inherited from the prototype
    for (var i = 0, field; i < mtype.fieldsArray.length; ++i)
        if ((field = mtype._fieldsArray[i]).map) gen
            ("this%s={}", util.safeProp(field.name));
        else if (field.repeated) gen
            ("this%s=[]", util.safeProp(field.name));
    return gen
    ("if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!==\"__proto__\")") // omit undefined or null
        ("this[ks[i]]=p[ks[i]]");
    /* eslint-enable no-unexpected-multiline */
};

function clearCache(type) {
    type._fieldsById = type._fieldsArray = type._oneofsArray = type._fieldsByJsonName = null;
    delete type.encode;
    delete type.decode;
    delete type.verify;
    return type;
}

/**
 * Message type descriptor.
 * @interface IType
 * @extends INamespace
 * @property {string} [edition] Edition
 * @property {Object.<string,IOneOf>} [oneofs] Oneof descriptors
 * @property {Object.<string,IField>} fields Field descriptors
 * @property {number[][]} [extensions] Extension ranges
 * @property {Array.<number[]|string>} [reserved] Reserved ranges
 * @property {boolean} [group=false] Whether a legacy group or not
 * @property {"local"|"export"} [visibility] Declared symbol visibility
 * @property {string|null} [comment] Message type comment
 */

/**
 * Creates a message type from a message type descriptor.
 * @param {string} name Message name
 * @param {IType} json Message type descriptor
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Type} Created message type
 */
Type.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.nestingLimit)
        throw Error("max depth exceeded");
    var type = new Type(name, json.options);
    type.extensions = json.extensions;
    type.reserved = json.reserved;
    var names = Object.keys(json.fields),
        i = 0;
    for (; i < names.length; ++i)
        type.add(
            ( typeof json.fields[names[i]].keyType !== "undefined"
            ? MapField.fromJSON
            : Field.fromJSON )(names[i], json.fields[names[i]])
        );
    if (json.oneofs)
        for (names = Object.keys(json.oneofs), i = 0; i < names.length; ++i)
            type.add(OneOf.fromJSON(names[i], json.oneofs[names[i]]));
    if (json.nested)
        for (names = Object.keys(json.nested), i = 0; i < names.length; ++i) {
            var nested = json.nested[names[i]];
            type.add( // most to least likely
                ( nested.id !== undefined
                ? Field.fromJSON
                : nested.fields !== undefined
                ? Type.fromJSON
                : nested.values !== undefined
                ? Enum.fromJSON
                : nested.methods !== undefined
                ? Service.fromJSON
                : Namespace.fromJSON )(names[i], nested, depth + 1)
            );
        }
    if (json.extensions && json.extensions.length)
        type.extensions = json.extensions;
    if (json.reserved && json.reserved.length)
        type.reserved = json.reserved;
    if (json.group)
        type.group = true;
    if (json.visibility)
        type.visibility = json.visibility;
    if (json.comment)
        type.comment = json.comment;
    if (json.edition)
        type._edition = json.edition;
    type._defaultEdition = "proto3";  // For backwards-compatibility.
    return type;
};

/**
 * Converts this message type to a message type descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IType} Message type descriptor
 */
Type.prototype.toJSON = function toJSON(toJSONOptions) {
    var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"    , this._editionToJSON(),
        "options"    , inherited && inherited.options || undefined,
        "oneofs"     , Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields"     , Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) { return !obj.declaringField; }), toJSONOptions) || {},
        "extensions" , this.extensions && this.extensions.length ? this.extensions : undefined,
        "reserved"   , this.reserved && this.reserved.length ? this.reserved : undefined,
        "group"      , this.group || undefined,
        "visibility" , this.visibility,
        "nested"     , inherited && inherited.nested || undefined,
        "comment"    , keepComments ? this.comment : undefined
    ]);
};

/**
 * @override
 */
Type.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    Namespace.prototype.resolveAll.call(this);
    var oneofs = this.oneofsArray; i = 0;
    while (i < oneofs.length)
        oneofs[i++].resolve();
    var fields = this.fieldsArray, i = 0;
    while (i < fields.length)
        fields[i++].resolve();
    return this;
};

/**
 * @override
 */
Type.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;

    edition = this._edition || edition;

    Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
    this.oneofsArray.forEach(oneof => {
        oneof._resolveFeatures(edition);
    });
    this.fieldsArray.forEach(field => {
        field._resolveFeatures(edition);
    });
    return this;
};

/**
 * @override
 */
Type.prototype.get = function get(name) {
    if (Object.prototype.hasOwnProperty.call(this.fields, name))
        return this.fields[name];
    if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name))
        return this.oneofs[name];
    if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name))
        return this.nested[name];
    return null;
};

/**
 * Adds a nested object to this type.
 * @param {ReflectionObject} object Nested object to add
 * @returns {Type} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a nested object with this name or, if a field, when there is already a field with this id
 */
Type.prototype.add = function add(object) {
    if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);

    if (object instanceof Field && object.extend === undefined) {
        // NOTE: Extension fields aren't actual fields on the declaring type, but nested objects.
        // The root object takes care of adding distinct sister-fields to the respective extended
        // type instead.

        // avoids calling the getter if not absolutely necessary because it's called quite frequently
        if (this._fieldsById ? /* istanbul ignore next */ this._fieldsById[object.id] : this.fieldsById[object.id])
            throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
            throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
            throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
            return this;

        if (object.parent)
            object.parent.remove(object);
        this.fields[object.name] = object;
        object.message = this;
        object.onAdd(this);
        return clearCache(this);
    }
    if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
            throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
            return this;
        if (!this.oneofs)
            this.oneofs = {};
        this.oneofs[object.name] = object;
        object.onAdd(this);
        return clearCache(this);
    }
    return Namespace.prototype.add.call(this, object);
};

/**
 * Removes a nested object from this type.
 * @param {ReflectionObject} object Nested object to remove
 * @returns {Type} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `object` is not a member of this type
 */
Type.prototype.remove = function remove(object) {
    if (object instanceof Field && object.extend === undefined) {
        // See Type#add for the reason why extension fields are excluded here.

        /* istanbul ignore if */
        if (!util.remove(this.fields, object, object.name))
            throw Error(object + " is not a member of " + this);

        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
    }
    if (object instanceof OneOf) {

        /* istanbul ignore if */
        if (!util.remove(this.oneofs, object, object.name))
            throw Error(object + " is not a member of " + this);

        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
    }
    return Namespace.prototype.remove.call(this, object);
};

/**
 * Tests if the specified id is reserved.
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Type.prototype.isReservedId = function isReservedId(id) {
    return Namespace.isReservedId(this.reserved, id);
};

/**
 * Tests if the specified name is reserved.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Type.prototype.isReservedName = function isReservedName(name) {
    return Namespace.isReservedName(this.reserved, name);
};

/**
 * Creates a new message of this type using the specified properties.
 * @param {Object.<string,*>} [properties] Properties to set
 * @returns {ReflectedMessage} Message instance
 */
Type.prototype.create = function create(properties) {
    return new this.ctor(properties);
};

/**
 * Sets up {@link Type#encode|encode}, {@link Type#decode|decode} and {@link Type#verify|verify}.
 * @returns {Type} `this`
 */
Type.prototype.setup = function setup() {
    // Sets up everything at once so that the prototype chain does not have to be re-evaluated
    // multiple times (V8, soft-deopt prototype-check).

    // Resolve feature defaults incl. field presence before generating codecs
    var root = this.root;
    if (root && root._needsRecursiveFeatureResolution) {
        var edition = root._edition || this._edition;
        if (edition)
            root._resolveFeaturesRecursive(edition);
    }

    var fullName = this.fullName,
        types    = [];
    for (var i = 0; i < /* initializes */ this.fieldsArray.length; ++i)
        types.push(this._fieldsArray[i].resolve().resolvedType);

    // Replace setup methods with type-specific generated functions
    this.encode = encoder(this)({
        Writer : Writer,
        types  : types,
        util   : util
    });
    this.decode = decoder(this)({
        Reader : Reader,
        types  : types,
        util   : util,
        C      : this.ctor
    });
    this.verify = verifier(this)({
        types : types,
        util  : util
    });
    this.fromObject = converter.fromObject(this)({
        types : types,
        util  : util,
        C     : this.ctor
    });
    this.toObject = converter.toObject(this)({
        types : types,
        util  : util
    });

    // Inject custom wrappers for common types
    var wrapper = wrappers[fullName];
    if (wrapper) {
        var wrapperThis = Object.create(this);
        // Reuse this type's runtime constructor in wrapper fromObject/toObject
        wrapperThis._ctor = this.ctor;
        wrapperThis.fromObject = this.fromObject;
        this.fromObject = wrapper.fromObject.bind(wrapperThis);
        wrapperThis.toObject = this.toObject;
        this.toObject = wrapper.toObject.bind(wrapperThis);
    }

    return this;
};

/**
 * Encodes a message of this type. Does not implicitly {@link Type#verify|verify} messages.
 * @param {Message<{}>|Object.<string,*>} message Message instance or plain object
 * @param {Writer} [writer] Writer to encode to
 * @returns {Writer} writer
 */
Type.prototype.encode = function encode_setup(message, writer) { // eslint-disable-line no-unused-vars
    return this.setup().encode.apply(this, arguments); // overrides this method
};

/**
 * Encodes a message of this type preceeded by its byte length as a varint. Does not implicitly {@link Type#verify|verify} messages.
 * @param {Message<{}>|Object.<string,*>} message Message instance or plain object
 * @param {Writer} [writer] Writer to encode to
 * @returns {Writer} writer
 */
Type.prototype.encodeDelimited = function encodeDelimited(message, writer) {
    return this.encode(message, (writer || Writer.create()).fork()).ldelim();
};

/**
 * Decodes a message of this type.
 * @param {Reader|Uint8Array} reader Reader or buffer to decode from
 * @param {number} [length] Length of the message, if known beforehand
 * @returns {ReflectedMessage} Decoded message
 * @throws {Error} If the payload is not a reader or valid buffer
 * @throws {util.ProtocolError<{}>} If required fields are missing
 */
Type.prototype.decode = function decode_setup(reader, length) { // eslint-disable-line no-unused-vars
    return this.setup().decode.apply(this, arguments); // overrides this method
};

/**
 * Decodes a message of this type preceeded by its byte length as a varint.
 * @param {Reader|Uint8Array} reader Reader or buffer to decode from
 * @returns {ReflectedMessage} Decoded message
 * @throws {Error} If the payload is not a reader or valid buffer
 * @throws {util.ProtocolError} If required fields are missing
 */
Type.prototype.decodeDelimited = function decodeDelimited(reader) {
    if (!(reader instanceof Reader))
        reader = Reader.create(reader);
    return this.decode(reader, reader.size());
};

/**
 * Verifies that field values are valid and that required fields are present.
 * @param {Object.<string,*>} message Plain object to verify
 * @returns {null|string} `null` if valid, otherwise the reason why it is not
 */
Type.prototype.verify = function verify_setup(message) { // eslint-disable-line no-unused-vars
    return this.setup().verify.apply(this, arguments); // overrides this method
};

/**
 * Creates a new message of this type from a plain object. Also converts values to their respective internal types.
 * @param {Object.<string,*>} object Plain object to convert
 * @returns {ReflectedMessage} Message instance
 */
Type.prototype.fromObject = function fromObject(object) { // eslint-disable-line no-unused-vars
    return this.setup().fromObject.apply(this, arguments);
};

/**
 * Conversion options as used by {@link Type#toObject} and {@link Message.toObject}.
 * @interface IConversionOptions
 * @property {Function} [longs] Long conversion type.
 * Valid values are `BigInt`, `String` and `Number` (the global types).
 * Defaults to copy the present value, which is a possibly unsafe number without and a {@link Long} with a long library.
 * @property {Function} [enums] Enum value conversion type.
 * Only valid value is `String` (the global type).
 * Defaults to copy the present value, which is the numeric id.
 * @property {Function} [bytes] Bytes value conversion type.
 * Valid values are `Array` and (a base64 encoded) `String` (the global types).
 * Defaults to copy the present value, which usually is a Buffer under node and an Uint8Array in the browser.
 * @property {boolean} [defaults=false] Also sets default values on the resulting object
 * @property {boolean} [arrays=false] Sets empty arrays for missing repeated fields even if `defaults=false`
 * @property {boolean} [objects=false] Sets empty objects for missing map fields even if `defaults=false`
 * @property {boolean} [oneofs=false] Includes virtual oneof properties set to the present field's name, if any
 * @property {boolean} [json=false] Performs additional JSON compatibility conversions, i.e. NaN and Infinity to strings
 */

/**
 * Creates a plain object from a message of this type. Also converts values to other types if specified.
 * @param {Message<{}>} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 */
Type.prototype.toObject = function toObject(message, options) { // eslint-disable-line no-unused-vars
    return this.setup().toObject.apply(this, arguments);
};

/**
 * Gets the type url for this type.
 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
 * @returns {string} The type url
 */
Type.prototype.getTypeUrl = function getTypeUrl(prefix) {
    if (prefix === undefined)
        prefix = "type.googleapis.com";
    var fullName = this.fullName;
    return prefix + "/" + (fullName.charAt(0) === "." ? fullName.substring(1) : fullName);
};

/**
 * Decorator function as returned by {@link Type.d} (TypeScript).
 * @typedef TypeDecorator
 * @type {function}
 * @param {Constructor<T>} target Target constructor
 * @returns {undefined}
 * @template T extends Message<T>
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */

/**
 * Type decorator (TypeScript).
 * @param {string} [typeName] Type name, defaults to the constructor's name
 * @returns {TypeDecorator<T>} Decorator function
 * @template T extends Message<T>
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
Type.d = function decorateType(typeName) {
    return function typeDecorator(target) {
        util.decorateType(target, typeName);
    };
};


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Common type constants.
 * @namespace
 */
var types = exports;

var util = __nccwpck_require__(926);

var s = [
    "double",   // 0
    "float",    // 1
    "int32",    // 2
    "uint32",   // 3
    "sint32",   // 4
    "fixed32",  // 5
    "sfixed32", // 6
    "int64",    // 7
    "uint64",   // 8
    "sint64",   // 9
    "fixed64",  // 10
    "sfixed64", // 11
    "bool",     // 12
    "string",   // 13
    "bytes"     // 14
];

function bake(values, offset) {
    var i = 0, o = Object.create(null);
    offset |= 0;
    while (i < values.length) o[s[i + offset]] = values[i++];
    return o;
}

/**
 * Basic type wire types.
 * @type {Object.<string,number>}
 * @const
 * @property {number} double=1 Fixed64 wire type
 * @property {number} float=5 Fixed32 wire type
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 * @property {number} string=2 Ldelim wire type
 * @property {number} bytes=2 Ldelim wire type
 */
types.basic = bake([
    /* double   */ 1,
    /* float    */ 5,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0,
    /* string   */ 2,
    /* bytes    */ 2
]);

/**
 * Basic type defaults.
 * @type {Object.<string,*>}
 * @const
 * @property {number} double=0 Double default
 * @property {number} float=0 Float default
 * @property {number} int32=0 Int32 default
 * @property {number} uint32=0 Uint32 default
 * @property {number} sint32=0 Sint32 default
 * @property {number} fixed32=0 Fixed32 default
 * @property {number} sfixed32=0 Sfixed32 default
 * @property {number} int64=0 Int64 default
 * @property {number} uint64=0 Uint64 default
 * @property {number} sint64=0 Sint32 default
 * @property {number} fixed64=0 Fixed64 default
 * @property {number} sfixed64=0 Sfixed64 default
 * @property {boolean} bool=false Bool default
 * @property {string} string="" String default
 * @property {Array.<number>} bytes=Array(0) Bytes default
 * @property {null} message=null Message default
 */
types.defaults = bake([
    /* double   */ 0,
    /* float    */ 0,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 0,
    /* sfixed32 */ 0,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 0,
    /* sfixed64 */ 0,
    /* bool     */ false,
    /* string   */ "",
    /* bytes    */ util.emptyArray,
    /* message  */ null
]);

/**
 * Basic long type wire types.
 * @type {Object.<string,number>}
 * @const
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 */
types.long = bake([
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1
], 7);

/**
 * Allowed types for map keys with their associated wire type.
 * @type {Object.<string,number>}
 * @const
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 * @property {number} string=2 Ldelim wire type
 */
types.mapKey = bake([
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0,
    /* string   */ 2
], 2);

/**
 * Allowed types for packed repeated fields with their associated wire type.
 * @type {Object.<string,number>}
 * @const
 * @property {number} double=1 Fixed64 wire type
 * @property {number} float=5 Fixed32 wire type
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 */
types.packed = bake([
    /* double   */ 1,
    /* float    */ 5,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0
]);


/***/ }),

/***/ 926:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/**
 * Various utility functions.
 * @namespace
 */
var util = module.exports = __nccwpck_require__(186);

var roots = __nccwpck_require__(937);

var Type, // cyclic
    Enum;

util.codegen  = __nccwpck_require__(588);
util.fetch    = __nccwpck_require__(117);
util.path     = __nccwpck_require__(902);
util.patterns = __nccwpck_require__(830);

var reservedRe = util.patterns.reservedRe;

/**
 * Node's fs module if available.
 * @type {Object.<string,*>}
 */
util.fs = __nccwpck_require__(402);

/**
 * Converts an object's values to an array.
 * @param {Object.<string,*>} object Object to convert
 * @returns {Array.<*>} Converted array
 */
util.toArray = function toArray(object) {
    if (object) {
        var keys  = Object.keys(object),
            array = new Array(keys.length),
            index = 0;
        while (index < keys.length)
            array[index] = object[keys[index++]];
        return array;
    }
    return [];
};

/**
 * Converts an array of keys immediately followed by their respective value to an object, omitting undefined values.
 * @param {Array.<*>} array Array to convert
 * @returns {Object.<string,*>} Converted object
 */
util.toObject = function toObject(array) {
    var object = {},
        index  = 0;
    while (index < array.length) {
        var key = array[index++],
            val = array[index++];
        if (val !== undefined)
            object[key] = val;
    }
    return object;
};

/**
 * Removes the first matching value from an object.
 * @param {Object.<string,*>|undefined} object Object to remove from
 * @param {*} value Value to remove
 * @param {string} [key] Optional key for fast path removal
 * @returns {boolean} `true` if removed, otherwise `false`
 */
util.remove = function remove(object, value, key) {
    if (!object)
        return false;
    if (key !== undefined && Object.prototype.hasOwnProperty.call(object, key) && object[key] === value) {
        delete object[key];
        return true;
    }
    for (var names = Object.keys(object), i = 0; i < names.length; ++i)
        if (object[names[i]] === value) {
            delete object[names[i]];
            return true;
        }
    return false;
};

/**
 * Tests whether the specified name is a reserved word in JS.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
util.isReserved = function isReserved(name) {
    return reservedRe.test(name);
};

/**
 * Returns a safe property accessor for the specified property name.
 * @param {string} prop Property name
 * @returns {string} Safe accessor
 */
util.safeProp = function safeProp(prop) {
    if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
    return "." + prop;
};

/**
 * Converts the first character of a string to upper case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.ucFirst = function ucFirst(str) {
    return str.charAt(0).toUpperCase() + str.substring(1);
};

var camelCaseRe = /_([a-z])/g;

/**
 * Converts a string to camel case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 * @deprecated Use {@link util.jsonName} for protobuf field JSON names.
 */
util.camelCase = function camelCase(str) {
    return str.substring(0, 1)
         + str.substring(1)
               .replace(camelCaseRe, function($0, $1) { return $1.toUpperCase(); });
};

/**
 * Converts a proto field name to its protoc-compatible JSON name.
 * @param {string} str Proto field name
 * @returns {string} JSON name
 */
util.jsonName = function jsonName(str) {
    var result = "",
        upperNext = false,
        i = 0;
    for (; i < str.length; ++i) {
        var ch = str.charAt(i);
        if (ch === "_")
            upperNext = true;
        else if (upperNext) {
            result += ch.toUpperCase();
            upperNext = false;
        } else
            result += ch;
    }
    return result;
};

/**
 * Compares reflected fields by id.
 * @param {Field} a First field
 * @param {Field} b Second field
 * @returns {number} Comparison value
 */
util.compareFieldsById = function compareFieldsById(a, b) {
    return a.id - b.id;
};

/**
 * Decorator helper for types (TypeScript).
 * @param {Constructor<T>} ctor Constructor function
 * @param {string} [typeName] Type name, defaults to the constructor's name
 * @returns {Type} Reflected type
 * @template T extends Message<T>
 * @property {Root} root Decorators root
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
util.decorateType = function decorateType(ctor, typeName) {

    /* istanbul ignore if */
    if (ctor.$type) {
        if (typeName && ctor.$type.name !== typeName) {
            util.decorateRoot.remove(ctor.$type);
            ctor.$type.name = typeName;
            util.decorateRoot.add(ctor.$type);
        }
        return ctor.$type;
    }

    /* istanbul ignore next */
    if (!Type)
        Type = __nccwpck_require__(426);

    var type = new Type(typeName || ctor.name);
    util.decorateRoot.add(type);
    type.ctor = ctor; // sets up .encode, .decode etc.
    Object.defineProperty(ctor, "$type", { value: type, enumerable: false });
    Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: false });
    return type;
};

var decorateEnumIndex = 0;

/**
 * Decorator helper for enums (TypeScript).
 * @param {Object} object Enum object
 * @returns {Enum} Reflected enum
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
util.decorateEnum = function decorateEnum(object) {

    /* istanbul ignore if */
    if (object.$type)
        return object.$type;

    /* istanbul ignore next */
    if (!Enum)
        Enum = __nccwpck_require__(363);

    var enm = new Enum("Enum" + decorateEnumIndex++, object);
    util.decorateRoot.add(enm);
    Object.defineProperty(object, "$type", { value: enm, enumerable: false });
    return enm;
};


/**
 * Sets the value of a property by property path. If a value already exists, it is turned to an array
 * @param {Object.<string,*>} dst Destination object
 * @param {string} path dot '.' delimited path of the property to set
 * @param {Object} value the value to set
 * @param {boolean|undefined} [ifNotSet] Sets the option only if it isn't currently set
 * @returns {Object.<string,*>} Destination object
 */
util.setProperty = function setProperty(dst, path, value, ifNotSet) {
    function setProp(dst, path, value) {
        var part = path.shift();
        if (util.isUnsafeProperty(part))
            return dst;
        if (path.length > 0) {
            dst[part] = setProp(dst[part] || {}, path, value);
        } else {
            var prevValue = dst[part];
            if (prevValue && ifNotSet)
                return dst;
            if (prevValue)
                value = [].concat(prevValue).concat(value);
            dst[part] = value;
        }
        return dst;
    }

    if (typeof dst !== "object")
        throw TypeError("dst must be an object");
    if (!path)
        throw TypeError("path must be specified");

    path = path.split(".");
    if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
    return setProp(dst, path, value);
};

/**
 * Decorator root (TypeScript).
 * @name util.decorateRoot
 * @type {Root}
 * @readonly
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
Object.defineProperty(util, "decorateRoot", {
    get: function() {
        return roots["decorated"] || (roots["decorated"] = new (__nccwpck_require__(666))());
    }
});


/***/ }),

/***/ 200:
/***/ ((module) => {


module.exports = asPromise;

/**
 * Callback as used by {@link util.asPromise}.
 * @typedef asPromiseCallback
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {...*} params Additional arguments
 * @returns {undefined}
 */

/**
 * Returns a promise from a node-style callback function.
 * @memberof util
 * @param {asPromiseCallback} fn Function to call
 * @param {*} ctx Function context
 * @param {...*} params Function arguments
 * @returns {Promise<*>} Promisified function
 */
function asPromise(fn, ctx/*, varargs */) {
    var params  = new Array(arguments.length - 1),
        offset  = 0,
        index   = 2,
        pending = true;
    while (index < arguments.length)
        params[offset++] = arguments[index++];
    return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err/*, varargs */) {
            if (pending) {
                pending = false;
                if (err)
                    reject(err);
                else {
                    var params = new Array(arguments.length - 1),
                        offset = 0;
                    while (offset < params.length)
                        params[offset++] = arguments[offset];
                    resolve.apply(null, params);
                }
            }
        };
        try {
            fn.apply(ctx || null, params);
        } catch (err) {
            if (pending) {
                pending = false;
                reject(err);
            }
        }
    });
}


/***/ }),

/***/ 866:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal base64 implementation for number arrays.
 * @memberof util
 * @namespace
 */
var base64 = exports;

/**
 * Calculates the byte length of a base64 encoded string.
 * @param {string} string Base64 encoded string
 * @returns {number} Byte length
 */
base64.length = function length(string) {
    var p = string.length;
    if (!p)
        return 0;
    while (p > 0 && string.charAt(p - 1) === "=")
        --p;
    return Math.floor(p * 3 / 4);
};

// Base64 encoding table
var b64 = new Array(64);

// Base64 decoding table
var s64 = new Array(123);

// 65..90, 97..122, 48..57, 43, 47
for (var i = 0; i < 64;)
    s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;

s64[45] = 62; // - -> +
s64[95] = 63; // _ -> /

/**
 * Encodes a buffer to a base64 encoded string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} Base64 encoded string
 */
base64.encode = function encode(buffer, start, end) {
    var parts = null,
        chunk = [];
    var i = 0, // output index
        j = 0, // goto index
        t;     // temporary
    while (start < end) {
        var b = buffer[start++];
        switch (j) {
            case 0:
                chunk[i++] = b64[b >> 2];
                t = (b & 3) << 4;
                j = 1;
                break;
            case 1:
                chunk[i++] = b64[t | b >> 4];
                t = (b & 15) << 2;
                j = 2;
                break;
            case 2:
                chunk[i++] = b64[t | b >> 6];
                chunk[i++] = b64[b & 63];
                j = 0;
                break;
        }
        if (i > 8191) {
            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
            i = 0;
        }
    }
    if (j) {
        chunk[i++] = b64[t];
        chunk[i++] = 61;
        if (j === 1)
            chunk[i++] = 61;
    }
    if (parts) {
        if (i)
            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
    }
    return String.fromCharCode.apply(String, chunk.slice(0, i));
};

var invalidEncoding = "invalid encoding";

/**
 * Decodes a base64 encoded string to a buffer.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Number of bytes written
 * @throws {Error} If encoding is invalid
 */
base64.decode = function decode(string, buffer, offset) {
    var start = offset;
    var j = 0, // goto index
        t;     // temporary
    for (var i = 0; i < string.length;) {
        var c = string.charCodeAt(i++);
        if (c === 61 && j > 1)
            break;
        if ((c = s64[c]) === undefined)
            throw Error(invalidEncoding);
        switch (j) {
            case 0:
                t = c;
                j = 1;
                break;
            case 1:
                buffer[offset++] = t << 2 | (c & 48) >> 4;
                t = c;
                j = 2;
                break;
            case 2:
                buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
                t = c;
                j = 3;
                break;
            case 3:
                buffer[offset++] = (t & 3) << 6 | c;
                j = 0;
                break;
        }
    }
    if (j === 1)
        throw Error(invalidEncoding);
    return offset - start;
};

var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
    base64UrlRe = /[-_]/,
    base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;

/**
 * Tests if the specified string appears to be base64 encoded.
 * @param {string} string String to test
 * @returns {boolean} `true` if probably base64 encoded, otherwise false
 */
base64.test = function test(string) {
    return base64Re.test(string)
        || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
};


/***/ }),

/***/ 588:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = codegen;

var patterns = __nccwpck_require__(830);
var reservedRe = patterns.reservedRe;

/**
 * Begins generating a function.
 * @memberof util
 * @param {string[]} functionParams Function parameter names
 * @param {string} [functionName] Function name if not anonymous
 * @returns {Codegen} Appender that appends code to the function's body
 */
function codegen(functionParams, functionName) {

    /* istanbul ignore if */
    if (typeof functionParams === "string") {
        functionName = functionParams;
        functionParams = undefined;
    }

    var body = [];

    /**
     * Appends code to the function's body or finishes generation.
     * @typedef Codegen
     * @type {function}
     * @param {string|Object.<string,*>} [formatStringOrScope] Format string or, to finish the function, an object of additional scope variables, if any
     * @param {...*} [formatParams] Format parameters
     * @returns {Codegen|Function} Itself or the generated function if finished
     * @throws {Error} If format parameter counts do not match
     */

    function Codegen(formatStringOrScope) {
        // note that explicit array handling below makes this ~50% faster

        // finish the function
        if (typeof formatStringOrScope !== "string") {
            var source = toString();
            if (codegen.verbose)
                console.log("codegen: " + source); // eslint-disable-line no-console
            source = "return " + source;
            if (formatStringOrScope) {
                var scopeKeys   = Object.keys(formatStringOrScope),
                    scopeParams = new Array(scopeKeys.length + 1),
                    scopeValues = new Array(scopeKeys.length),
                    scopeOffset = 0;
                while (scopeOffset < scopeKeys.length) {
                    scopeParams[scopeOffset] = scopeKeys[scopeOffset];
                    scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
                }
                scopeParams[scopeOffset] = source;
                return Function.apply(null, scopeParams).apply(null, scopeValues); // eslint-disable-line no-new-func
            }
            return Function(source)(); // eslint-disable-line no-new-func
        }

        // otherwise append to body
        var formatParams = new Array(arguments.length - 1),
            formatOffset = 0;
        while (formatOffset < formatParams.length)
            formatParams[formatOffset] = arguments[++formatOffset];
        formatOffset = 0;
        formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function replace($0, $1) {
            var value = formatParams[formatOffset++];
            switch ($1) {
                case "d": case "f":
                    value = Number(value);
                    return Object.is(value, -0) ? "-0" : String(value);
                case "i": return String(Math.floor(value));
                case "j": return JSON.stringify(value);
                case "s": return String(value);
            }
            return "%";
        });
        if (formatOffset !== formatParams.length)
            throw Error("parameter count mismatch");
        body.push(formatStringOrScope);
        return Codegen;
    }

    function toString(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + "){\n  " + body.join("\n  ") + "\n}";
    }

    Object.defineProperty(Codegen, "toString", {
        value: toString,
        writable: true,
        enumerable: true,
        configurable: true
    });
    return Codegen;
}

/**
 * Begins generating a function.
 * @memberof util
 * @function codegen
 * @param {string} [functionName] Function name if not anonymous
 * @returns {Codegen} Appender that appends code to the function's body
 * @variation 2
 */

/**
 * When set to `true`, codegen will log generated code to console. Useful for debugging.
 * @name util.codegen.verbose
 * @type {boolean}
 */
codegen.verbose = false;

function safeFunctionName(name) {
    if (!name)
        return "";
    name = String(name).replace(/[^\w$]/g, "");
    if (!name)
        return "";
    if (/^\d/.test(name))
        name = "_" + name;
    return reservedRe.test(name) ? name + "_" : name;
}


/***/ }),

/***/ 79:
/***/ ((module) => {


module.exports = EventEmitter;

/**
 * Constructs a new event emitter instance.
 * @classdesc A minimal event emitter.
 * @memberof util
 * @constructor
 */
function EventEmitter() {

    /**
     * Registered listeners.
     * @type {Object.<string,*>}
     * @private
     */
    this._listeners = Object.create(null);
}

/**
 * Event listener as used by {@link util.EventEmitter}.
 * @typedef EventEmitterListener
 * @type {function}
 * @param {...*} args Arguments
 * @returns {undefined}
 */

/**
 * Registers an event listener.
 * @param {string} evt Event name
 * @param {EventEmitterListener} fn Listener
 * @param {*} [ctx] Listener context
 * @returns {this} `this`
 */
EventEmitter.prototype.on = function on(evt, fn, ctx) {
    (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn  : fn,
        ctx : ctx || this
    });
    return this;
};

/**
 * Removes an event listener or any matching listeners if arguments are omitted.
 * @param {string} [evt] Event name. Removes all listeners if omitted.
 * @param {EventEmitterListener} [fn] Listener to remove. Removes all listeners of `evt` if omitted.
 * @returns {this} `this`
 */
EventEmitter.prototype.off = function off(evt, fn) {
    if (evt === undefined)
        this._listeners = Object.create(null);
    else {
        if (fn === undefined)
            this._listeners[evt] = [];
        else {
            var listeners = this._listeners[evt];
            if (!listeners)
                return this;
            for (var i = 0; i < listeners.length;)
                if (listeners[i].fn === fn)
                    listeners.splice(i, 1);
                else
                    ++i;
        }
    }
    return this;
};

/**
 * Emits an event by calling its listeners with the specified arguments.
 * @param {string} evt Event name
 * @param {...*} args Arguments
 * @returns {this} `this`
 */
EventEmitter.prototype.emit = function emit(evt) {
    var listeners = this._listeners[evt];
    if (listeners) {
        var args = [],
            i = 1;
        for (; i < arguments.length;)
            args.push(arguments[i++]);
        for (i = 0; i < listeners.length;)
            listeners[i].fn.apply(listeners[i++].ctx, args);
    }
    return this;
};


/***/ }),

/***/ 117:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = fetch;

var asPromise = __nccwpck_require__(200),
    fs        = __nccwpck_require__(402);

/**
 * Node-style callback as used by {@link util.fetch}.
 * @typedef FetchCallback
 * @type {function}
 * @param {?Error} error Error, if any, otherwise `null`
 * @param {string} [contents] File contents, if there hasn't been an error
 * @returns {undefined}
 */

/**
 * Options as used by {@link util.fetch}.
 * @interface IFetchOptions
 * @property {boolean} [binary=false] Whether expecting a binary response
 * @property {boolean} [xhr=false] If `true`, forces the use of XMLHttpRequest
 */

/**
 * Fetches the contents of a file.
 * @memberof util
 * @param {string} filename File path or url
 * @param {IFetchOptions} options Fetch options
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 */
function fetch(filename, options, callback) {
    if (typeof options === "function") {
        callback = options;
        options = {};
    } else if (!options)
        options = {};

    if (!callback)
        return asPromise(fetch, this, filename, options); // eslint-disable-line no-invalid-this

    // if a node-like filesystem is present, try it first but fall back to XHR if nothing is found.
    if (!options.xhr && fs && fs.readFile)
        return fs.readFile(filename, function fetchReadFileCallback(err, contents) {
            return err && typeof XMLHttpRequest !== "undefined"
                ? fetch.xhr(filename, options, callback)
                : err
                ? callback(err)
                : callback(null, options.binary ? contents : contents.toString("utf8"));
        });

    // use the XHR version otherwise.
    return fetch.xhr(filename, options, callback);
}

/**
 * Fetches the contents of a file.
 * @name util.fetch
 * @function
 * @param {string} path File path or url
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 * @variation 2
 */

/**
 * Fetches the contents of a file.
 * @name util.fetch
 * @function
 * @param {string} path File path or url
 * @param {IFetchOptions} [options] Fetch options
 * @returns {Promise<string|Uint8Array>} Promise
 * @variation 3
 */

/**/
fetch.xhr = function fetch_xhr(filename, options, callback) {
    var xhr = new XMLHttpRequest();
    xhr.onreadystatechange /* works everywhere */ = function fetchOnReadyStateChange() {

        if (xhr.readyState !== 4)
            return undefined;

        // local cors security errors return status 0 / empty string, too. afaik this cannot be
        // reliably distinguished from an actually empty file for security reasons. feel free
        // to send a pull request if you are aware of a solution.
        if (xhr.status !== 0 && xhr.status !== 200)
            return callback(Error("status " + xhr.status));

        // if binary data is expected, make sure that some sort of array is returned, even if
        // ArrayBuffers are not supported. the binary string fallback, however, is unsafe.
        if (options.binary) {
            var buffer = xhr.response;
            if (!buffer) {
                buffer = [];
                for (var i = 0; i < xhr.responseText.length; ++i)
                    buffer.push(xhr.responseText.charCodeAt(i) & 255);
            }
            return callback(null, typeof Uint8Array !== "undefined" ? new Uint8Array(buffer) : buffer);
        }
        return callback(null, xhr.responseText);
    };

    if (options.binary) {
        // ref: https://developer.mozilla.org/en-US/docs/Web/API/XMLHttpRequest/Sending_and_Receiving_Binary_Data#Receiving_binary_data_in_older_browsers
        if ("overrideMimeType" in xhr)
            xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.responseType = "arraybuffer";
    }

    xhr.open("GET", filename);
    xhr.send();
};


/***/ }),

/***/ 67:
/***/ ((module) => {



module.exports = factory(factory);

/**
 * Reads / writes floats / doubles from / to buffers.
 * @name util.float
 * @namespace
 */

/**
 * Writes a 32 bit float to a buffer using little endian byte order.
 * @name util.float.writeFloatLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 32 bit float to a buffer using big endian byte order.
 * @name util.float.writeFloatBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 32 bit float from a buffer using little endian byte order.
 * @name util.float.readFloatLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 32 bit float from a buffer using big endian byte order.
 * @name util.float.readFloatBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Writes a 64 bit double to a buffer using little endian byte order.
 * @name util.float.writeDoubleLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 64 bit double to a buffer using big endian byte order.
 * @name util.float.writeDoubleBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 64 bit double from a buffer using little endian byte order.
 * @name util.float.readDoubleLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 64 bit double from a buffer using big endian byte order.
 * @name util.float.readDoubleBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

// Factory function for the purpose of node-based testing in modified global environments
function factory(exports) {

    // float: typed array
    if (typeof Float32Array !== "undefined") (function() {

        var f32 = new Float32Array([ -0 ]),
            f8b = new Uint8Array(f32.buffer),
            le  = f8b[3] === 128;

        function writeFloat_f32_cpy(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
        }

        function writeFloat_f32_rev(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[3];
            buf[pos + 1] = f8b[2];
            buf[pos + 2] = f8b[1];
            buf[pos + 3] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        /* istanbul ignore next */
        exports.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;

        function readFloat_f32_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            return f32[0];
        }

        function readFloat_f32_rev(buf, pos) {
            f8b[3] = buf[pos    ];
            f8b[2] = buf[pos + 1];
            f8b[1] = buf[pos + 2];
            f8b[0] = buf[pos + 3];
            return f32[0];
        }

        /* istanbul ignore next */
        exports.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        /* istanbul ignore next */
        exports.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;

    // float: ieee754
    })(); else (function() {

        function writeFloat_ieee754(writeUint, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0)
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos);
            else if (isNaN(val))
                writeUint(2143289344, buf, pos);
            else if (val > 3.4028234663852886e+38) // +-Infinity
                writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
            else if (val < 1.1754943508222875e-38) // denormal
                writeUint((sign << 31 | Math.round(val / 1.401298464324817e-45)) >>> 0, buf, pos);
            else {
                var exponent = Math.floor(Math.log(val) / Math.LN2),
                    mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
                writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
            }
        }

        exports.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);

        function readFloat_ieee754(readUint, buf, pos) {
            var uint = readUint(buf, pos),
                sign = (uint >> 31) * 2 + 1,
                exponent = uint >>> 23 & 255,
                mantissa = uint & 8388607;
            return exponent === 255
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 1.401298464324817e-45 * mantissa
                : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }

        exports.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports.readFloatBE = readFloat_ieee754.bind(null, readUintBE);

    })();

    // double: typed array
    if (typeof Float64Array !== "undefined") (function() {

        var f64 = new Float64Array([-0]),
            f8b = new Uint8Array(f64.buffer),
            le  = f8b[7] === 128;

        function writeDouble_f64_cpy(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
            buf[pos + 4] = f8b[4];
            buf[pos + 5] = f8b[5];
            buf[pos + 6] = f8b[6];
            buf[pos + 7] = f8b[7];
        }

        function writeDouble_f64_rev(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[7];
            buf[pos + 1] = f8b[6];
            buf[pos + 2] = f8b[5];
            buf[pos + 3] = f8b[4];
            buf[pos + 4] = f8b[3];
            buf[pos + 5] = f8b[2];
            buf[pos + 6] = f8b[1];
            buf[pos + 7] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        /* istanbul ignore next */
        exports.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;

        function readDouble_f64_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            f8b[4] = buf[pos + 4];
            f8b[5] = buf[pos + 5];
            f8b[6] = buf[pos + 6];
            f8b[7] = buf[pos + 7];
            return f64[0];
        }

        function readDouble_f64_rev(buf, pos) {
            f8b[7] = buf[pos    ];
            f8b[6] = buf[pos + 1];
            f8b[5] = buf[pos + 2];
            f8b[4] = buf[pos + 3];
            f8b[3] = buf[pos + 4];
            f8b[2] = buf[pos + 5];
            f8b[1] = buf[pos + 6];
            f8b[0] = buf[pos + 7];
            return f64[0];
        }

        /* istanbul ignore next */
        exports.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        /* istanbul ignore next */
        exports.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;

    // double: ieee754
    })(); else (function() {

        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0) {
                writeUint(0, buf, pos + off0);
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos + off1);
            } else if (isNaN(val)) {
                writeUint(0, buf, pos + off0);
                writeUint(2146959360, buf, pos + off1);
            } else if (val > 1.7976931348623157e+308) { // +-Infinity
                writeUint(0, buf, pos + off0);
                writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
            } else {
                var mantissa;
                if (val < 2.2250738585072014e-308) { // denormal
                    mantissa = val / 5e-324;
                    writeUint(mantissa >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
                } else {
                    var exponent = Math.floor(Math.log(val) / Math.LN2);
                    if (exponent === 1024)
                        exponent = 1023;
                    mantissa = val * Math.pow(2, -exponent);
                    writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
                }
            }
        }

        exports.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);

        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
            var lo = readUint(buf, pos + off0),
                hi = readUint(buf, pos + off1);
            var sign = (hi >> 31) * 2 + 1,
                exponent = hi >>> 20 & 2047,
                mantissa = 4294967296 * (hi & 1048575) + lo;
            return exponent === 2047
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 5e-324 * mantissa
                : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }

        exports.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);

    })();

    return exports;
}

// uint helpers

function writeUintLE(val, buf, pos) {
    buf[pos    ] =  val        & 255;
    buf[pos + 1] =  val >>> 8  & 255;
    buf[pos + 2] =  val >>> 16 & 255;
    buf[pos + 3] =  val >>> 24;
}

function writeUintBE(val, buf, pos) {
    buf[pos    ] =  val >>> 24;
    buf[pos + 1] =  val >>> 16 & 255;
    buf[pos + 2] =  val >>> 8  & 255;
    buf[pos + 3] =  val        & 255;
}

function readUintLE(buf, pos) {
    return (buf[pos    ]
          | buf[pos + 1] << 8
          | buf[pos + 2] << 16
          | buf[pos + 3] << 24) >>> 0;
}

function readUintBE(buf, pos) {
    return (buf[pos    ] << 24
          | buf[pos + 1] << 16
          | buf[pos + 2] << 8
          | buf[pos + 3]) >>> 0;
}


/***/ }),

/***/ 402:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var fs = null;
try {
    fs = __nccwpck_require__(/* webpackIgnore: true */ 896);
    if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
} catch (e) {
    // `fs` is unavailable in browsers and browser-like bundles.
}
module.exports = fs;


/***/ }),

/***/ 460:
/***/ ((module) => {


module.exports = LongBits;

var Long;

/**
 * Constructs new long bits.
 * @classdesc Helper class for working with the low and high bits of a 64 bit value.
 * @memberof util
 * @constructor
 * @param {number} lo Low 32 bits, unsigned
 * @param {number} hi High 32 bits, unsigned
 */
function LongBits(lo, hi) {

    // note that the casts below are theoretically unnecessary as of today, but older statically
    // generated converter code might still call the ctor with signed 32bits. kept for compat.

    /**
     * Low bits.
     * @type {number}
     */
    this.lo = lo >>> 0;

    /**
     * High bits.
     * @type {number}
     */
    this.hi = hi >>> 0;
}

/**
 * Zero bits.
 * @memberof util.LongBits
 * @type {util.LongBits}
 */
var zero = LongBits.zero = new LongBits(0, 0);

zero.toNumber = function() { return 0; };
zero.zzEncode = zero.zzDecode = function() { return this; };
zero.length = function() { return 1; };

/**
 * Zero hash.
 * @memberof util.LongBits
 * @type {string}
 */
var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";

/**
 * Constructs new long bits from the specified number.
 * @param {number} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.fromNumber = function fromNumber(value) {
    if (value === 0)
        return zero;
    var sign = value < 0;
    if (sign)
        value = -value;
    var lo = value >>> 0,
        hi = (value - lo) / 4294967296 >>> 0;
    if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
            lo = 0;
            if (++hi > 4294967295)
                hi = 0;
        }
    }
    return new LongBits(lo, hi);
};

/**
 * Constructs new long bits from a number, long or string.
 * @param {Long|number|string} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.from = function from(value) {
    if (typeof value === "number")
        return LongBits.fromNumber(value);
    if (typeof value === "string" || value instanceof String) {
        /* istanbul ignore else */
        if (Long)
            value = Long.fromString(value);
        else
            return LongBits.fromNumber(parseInt(value, 10));
    }
    return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
};

/**
 * Converts this long bits to a possibly unsafe JavaScript number.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {number} Possibly unsafe number
 */
LongBits.prototype.toNumber = function toNumber(unsigned) {
    if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0,
            hi = ~this.hi     >>> 0;
        if (!lo)
            hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
    }
    return this.lo + this.hi * 4294967296;
};

/**
 * Converts this long bits to a long.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long} Long
 */
LongBits.prototype.toLong = function toLong(unsigned) {
    return Long
        ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned))
        /* istanbul ignore next */
        : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
};

var charCodeAt = String.prototype.charCodeAt;

/**
 * Constructs new long bits from the specified 8 characters long hash.
 * @param {string} hash Hash
 * @returns {util.LongBits} Bits
 */
LongBits.fromHash = function fromHash(hash) {
    if (hash === zeroHash)
        return zero;
    return new LongBits(
        ( charCodeAt.call(hash, 0)
        | charCodeAt.call(hash, 1) << 8
        | charCodeAt.call(hash, 2) << 16
        | charCodeAt.call(hash, 3) << 24) >>> 0
    ,
        ( charCodeAt.call(hash, 4)
        | charCodeAt.call(hash, 5) << 8
        | charCodeAt.call(hash, 6) << 16
        | charCodeAt.call(hash, 7) << 24) >>> 0
    );
};

/**
 * Converts this long bits to a 8 characters long hash.
 * @returns {string} Hash
 */
LongBits.prototype.toHash = function toHash() {
    return String.fromCharCode(
        this.lo        & 255,
        this.lo >>> 8  & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24      ,
        this.hi        & 255,
        this.hi >>> 8  & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
    );
};

/**
 * Zig-zag encodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzEncode = function zzEncode() {
    var mask =   this.hi >> 31;
    this.hi  = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
    this.lo  = ( this.lo << 1                   ^ mask) >>> 0;
    return this;
};

/**
 * Zig-zag decodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzDecode = function zzDecode() {
    var mask = -(this.lo & 1);
    this.lo  = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
    this.hi  = ( this.hi >>> 1                  ^ mask) >>> 0;
    return this;
};

/**
 * Calculates the length of this longbits when encoded as a varint.
 * @returns {number} Length
 */
LongBits.prototype.length = function length() {
    var part0 =  this.lo,
        part1 = (this.lo >>> 28 | this.hi << 4) >>> 0,
        part2 =  this.hi >>> 24;
    return part2 === 0
         ? part1 === 0
           ? part0 < 16384
             ? part0 < 128 ? 1 : 2
             : part0 < 2097152 ? 3 : 4
           : part1 < 16384
             ? part1 < 128 ? 5 : 6
             : part1 < 2097152 ? 7 : 8
         : part2 < 128 ? 9 : 10;
};

LongBits._configure = function(Long_) {
    Long = Long_;
};


/***/ }),

/***/ 186:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* global globalThis */
var util = exports;

// used to return a Promise where callback is omitted
util.asPromise = __nccwpck_require__(200);

// converts to / from base64 encoded strings
util.base64 = __nccwpck_require__(866);

// base class of rpc.Service
util.EventEmitter = __nccwpck_require__(79);

// float handling accross browsers
util.float = __nccwpck_require__(67);

// converts to / from utf8 encoded strings
util.utf8 = __nccwpck_require__(738);

// provides a node-like buffer pool in the browser
util.pool = __nccwpck_require__(771);

// utility to work with the low and high bits of a 64 bit value
util.LongBits = __nccwpck_require__(460);

/**
 * Tests if the specified key can affect object prototypes.
 * @memberof util
 * @param {string} key Key to test
 * @returns {boolean} `true` if the key is unsafe
 */
function isUnsafeProperty(key) {
    return key === "__proto__" || key === "prototype" || key === "constructor";
}

util.isUnsafeProperty = isUnsafeProperty;

/**
 * Whether running within node or not.
 * @memberof util
 * @type {boolean}
 */
util.isNode = Boolean(typeof global !== "undefined"
                   && global
                   && global.process
                   && global.process.versions
                   && global.process.versions.node);

/**
 * Global object reference.
 * @memberof util
 * @type {Object}
 */
util.global = util.isNode && global
           || typeof window !== "undefined" && window
           || typeof self   !== "undefined" && self
           || typeof globalThis !== "undefined" && globalThis
           || this; // eslint-disable-line no-invalid-this

/**
 * An immuable empty array.
 * @memberof util
 * @type {Array.<*>}
 * @const
 */
util.emptyArray = Object.freeze ? Object.freeze([]) : /* istanbul ignore next */ []; // used on prototypes

/**
 * An immutable empty object.
 * @type {Object}
 * @const
 */
util.emptyObject = Object.freeze ? Object.freeze({}) : /* istanbul ignore next */ {}; // used on prototypes

/**
 * Tests if the specified value is an integer.
 * @function
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is an integer
 */
util.isInteger = Number.isInteger || /* istanbul ignore next */ function isInteger(value) {
    return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
};

/**
 * Tests if the specified value is a string.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a string
 */
util.isString = function isString(value) {
    return typeof value === "string" || value instanceof String;
};

/**
 * Tests if the specified value is a non-null object.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a non-null object
 */
util.isObject = function isObject(value) {
    return value && typeof value === "object";
};

/**
 * Checks if a property on a message is considered to be present.
 * This is an alias of {@link util.isSet}.
 * @function
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isset =

/**
 * Checks if a property on a message is considered to be present.
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isSet = function isSet(obj, prop) {
    var value = obj[prop];
    if (value != null && Object.hasOwnProperty.call(obj, prop)) // eslint-disable-line eqeqeq
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
    return false;
};

/**
 * Any compatible Buffer instance.
 * This is a minimal stand-alone definition of a Buffer instance. The actual type is that exported by node's typings.
 * @interface Buffer
 * @extends Uint8Array
 */

/**
 * Node's Buffer class if available.
 * @type {Constructor<Buffer>}
 */
util.Buffer = (function() {
    try {
        var Buffer = util.global.Buffer;
        // refuse to use non-node buffers if not explicitly assigned (perf reasons)
        return Buffer.prototype.utf8Write || util.isNode ? Buffer : /* istanbul ignore next */ null;
    } catch (e) {
        /* istanbul ignore next */
        return null;
    }
})();

/**
 * Creates a new buffer of whatever type supported by the environment.
 * @param {number|number[]} [sizeOrArray=0] Buffer size or number array
 * @returns {Uint8Array|Buffer} Buffer
 */
util.newBuffer = function newBuffer(sizeOrArray) {
    var Buffer = util.Buffer;
    /* istanbul ignore next */
    return typeof sizeOrArray === "number"
        ? Buffer
            ? Buffer.allocUnsafe(sizeOrArray)
            : new Uint8Array(sizeOrArray)
        : Buffer
            ? Buffer.from(sizeOrArray)
            : new Uint8Array(sizeOrArray);
};

/**
 * Prepends a raw field tag to raw field data.
 * @param {number} id Field id
 * @param {number} wireType Wire type
 * @param {Uint8Array} data Raw field data
 * @returns {Uint8Array|Buffer} Raw field bytes
 * @ignore
 */
util.rawField = function rawField(id, wireType, data) {
    var out = [],
        tag = id << 3 | wireType;
    tag >>>= 0;
    while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
    }
    out.push(tag);
    for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
    return util.newBuffer(out);
};

/**
 * Array implementation used in the browser.
 * @type {Constructor<Uint8Array>}
 * @deprecated Use `Uint8Array` instead.
 */
util.Array = Uint8Array;

/**
 * Any compatible Long instance.
 * This is a minimal stand-alone definition of a Long instance. The actual type is that exported by long.js.
 * @interface Long
 * @property {number} low Low bits
 * @property {number} high High bits
 * @property {boolean} unsigned Whether unsigned or not
 */

/**
 * Long.js's Long class if available.
 * @type {Constructor<Long>}
 */
util.Long = /* istanbul ignore next */ util.global.dcodeIO && /* istanbul ignore next */ util.global.dcodeIO.Long
         || /* istanbul ignore next */ util.global.Long
         || (function() {
                try {
                    var Long = __nccwpck_require__(390);
                    return Long && Long.isLong ? Long : null;
                } catch (e) {
                    /* istanbul ignore next */
                    return null;
                }
            })();

/**
 * Regular expression used to verify 2 bit (`bool`) map keys.
 * @type {RegExp}
 * @const
 */
util.key2Re = /^(?:true|false|0|1)$/;

/**
 * Regular expression used to verify 32 bit (`int32` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * Regular expression used to verify 64 bit (`int64` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/; // eslint-disable-line no-control-regex

/**
 * Converts a number or long to an 8 characters long hash string.
 * @param {Long|number} value Value to convert
 * @returns {string} Hash
 */
util.longToHash = function longToHash(value) {
    return value
        ? util.LongBits.from(value).toHash()
        : util.LongBits.zeroHash;
};

/**
 * Converts an 8 characters long hash string to a long or number.
 * @param {string} hash Hash
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number} Original value
 */
util.longFromHash = function longFromHash(hash, unsigned) {
    var bits = util.LongBits.fromHash(hash);
    if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
    return bits.toNumber(Boolean(unsigned));
};

/**
 * Converts a 64 bit key to a long or number if it is an 8 characters long hash string.
 * @param {string} key Map key
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number|string} Original value
 */
util.longFromKey = function longFromKey(key, unsigned) {
    return util.key64Re.test(key) && !util.key32Re.test(key)
        ? util.longFromHash(key, unsigned)
        : key;
};

/**
 * Converts a boolean key to a boolean value.
 * @param {string} key Map key
 * @returns {boolean} Boolean value
 */
util.boolFromKey = function boolFromKey(key) {
    return key === "true" || key === "1";
};

/**
 * Merges the properties of the source object into the destination object.
 * @memberof util
 * @param {Object.<string,*>} dst Destination object
 * @param {...(Object.<string,*>|boolean)} src Source objects, optionally followed by an `ifNotSet` flag
 * @returns {Object.<string,*>} Destination object
 */
function merge(dst) { // used by converters
    var ifNotSet = typeof arguments[arguments.length - 1] === "boolean",
        limit = ifNotSet ? arguments.length - 1 : arguments.length;
    ifNotSet = ifNotSet && arguments[arguments.length - 1];
    for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
            continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
            if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === undefined))
                dst[keys[i]] = src[keys[i]];
    }
    return dst;
}

util.merge = merge;

/**
 * Schema declaration nesting limit.
 * @memberof util
 * @type {number}
 */
util.nestingLimit = 32; // protoc: MaxMessageDeclarationNestingDepth

/**
 * Recursion limit.
 * @memberof util
 * @type {number}
 */
util.recursionLimit = 100; // protoc: CodedInputStream::default_recursion_limit_

/**
 * Makes a property safe for assignment as an own property.
 * @memberof util
 * @param {Object.<string,*>} obj Object
 * @param {string} key Property key
 * @param {boolean} [enumerable=true] Whether the property should be enumerable
 * @returns {undefined}
 */
util.makeProp = function makeProp(obj, key, enumerable) {
    if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
    Object.defineProperty(obj, key, {
        enumerable: enumerable === undefined ? true : enumerable,
        configurable: true,
        writable: true
    });
};

/**
 * Converts the first character of a string to lower case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.lcFirst = function lcFirst(str) {
    return str.charAt(0).toLowerCase() + str.substring(1);
};

/**
 * Creates a custom error constructor.
 * @memberof util
 * @param {string} name Error name
 * @returns {Constructor<Error>} Custom error constructor
 */
function newError(name) {

    function CustomError(message, properties) {

        if (!(this instanceof CustomError))
            return new CustomError(message, properties);

        // Error.call(this, message);
        // ^ just returns a new error instance because the ctor can be called as a function

        Object.defineProperty(this, "message", { get: function() { return message; } });

        /* istanbul ignore next */
        if (Error.captureStackTrace) // node
            Error.captureStackTrace(this, CustomError);
        else
            Object.defineProperty(this, "stack", { value: new Error().stack || "" });

        if (properties)
            merge(this, properties);
    }

    CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
            value: CustomError,
            writable: true,
            enumerable: false,
            configurable: true,
        },
        name: {
            get: function get() { return name; },
            set: undefined,
            enumerable: false,
            // configurable: false would accurately preserve the behavior of
            // the original, but I'm guessing that was not intentional.
            // For an actual error subclass, this property would
            // be configurable.
            configurable: true,
        },
        toString: {
            value: function value() { return this.name + ": " + this.message; },
            writable: true,
            enumerable: false,
            configurable: true,
        },
    });

    return CustomError;
}

util.newError = newError;

/**
 * Constructs a new protocol error.
 * @classdesc Error subclass indicating a protocol specifc error.
 * @memberof util
 * @extends Error
 * @template T extends Message<T>
 * @constructor
 * @param {string} message Error message
 * @param {Object.<string,*>} [properties] Additional properties
 * @example
 * try {
 *     MyMessage.decode(someBuffer); // throws if required fields are missing
 * } catch (e) {
 *     if (e instanceof ProtocolError && e.instance)
 *         console.log("decoded so far: " + JSON.stringify(e.instance));
 * }
 */
util.ProtocolError = newError("ProtocolError");

/**
 * So far decoded message instance.
 * @name util.ProtocolError#instance
 * @type {Message<T>}
 */

/**
 * A OneOf getter as returned by {@link util.oneOfGetter}.
 * @typedef OneOfGetter
 * @type {function}
 * @returns {string|undefined} Set field name, if any
 */

/**
 * Builds a getter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfGetter} Unbound getter
 */
util.oneOfGetter = function getOneOf(fieldNames) {
    var fieldMap = {};
    for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;

    /**
     * @returns {string|undefined} Set field name, if any
     * @this Object
     * @ignore
     */
    return function() { // eslint-disable-line consistent-return
        for (var keys = Object.keys(this), i = keys.length - 1; i > -1; --i)
            if (fieldMap[keys[i]] === 1 && this[keys[i]] !== undefined && this[keys[i]] !== null)
                return keys[i];
    };
};

/**
 * A OneOf setter as returned by {@link util.oneOfSetter}.
 * @typedef OneOfSetter
 * @type {function}
 * @param {string|undefined} value Field name
 * @returns {undefined}
 */

/**
 * Builds a setter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfSetter} Unbound setter
 */
util.oneOfSetter = function setOneOf(fieldNames) {

    /**
     * @param {string} name Field name
     * @returns {undefined}
     * @this Object
     * @ignore
     */
    return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
            if (fieldNames[i] !== name)
                delete this[fieldNames[i]];
    };
};

/**
 * Default conversion options used for {@link Message#toJSON} implementations.
 *
 * These options are close to proto3's JSON mapping with the exception that internal types like Any are handled just like messages. More precisely:
 *
 * - Longs become strings
 * - Enums become string keys
 * - Bytes become base64 encoded strings
 * - (Sub-)Messages become plain objects
 * - Maps become plain objects with all string keys
 * - Repeated fields become arrays
 * - NaN and Infinity for float and double fields become strings
 *
 * @type {IConversionOptions}
 * @see https://developers.google.com/protocol-buffers/docs/proto3?hl=en#json
 */
util.toJSONOptions = {
    longs: String,
    enums: String,
    bytes: String,
    json: true
};


/***/ }),

/***/ 902:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal path module to resolve Unix, Windows and URL paths alike.
 * @memberof util
 * @namespace
 */
var path = exports;

var urlRe = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;

function normalizeUrl(path) {
    if (typeof URL === "undefined" || !urlRe.test(path))
        return null;
    try {
        return new URL(path).href;
    } catch (e) {
        return null;
    }
}

function resolveUrl(originPath, includePath) {
    if (typeof URL === "undefined" || !urlRe.test(originPath) || urlRe.test(includePath))
        return null;
    try {
        return new URL(includePath, originPath).href;
    } catch (e) {
        return null;
    }
}

var isAbsolute =
/**
 * Tests if the specified path is absolute.
 * @param {string} path Path to test
 * @returns {boolean} `true` if path is absolute
 */
path.isAbsolute = function isAbsolute(path) {
    return /^(?:\/|\w+:|\\\\\w+)/.test(path);
};

var normalize =
/**
 * Normalizes the specified path.
 * @param {string} path Path to normalize
 * @returns {string} Normalized path
 */
path.normalize = function normalize(path) {
    var normalizedUrl = normalizeUrl(path);
    if (normalizedUrl)
        return normalizedUrl;
    var firstTwoCharacters = path.substring(0,2);
    var uncPrefix = "";
    if (firstTwoCharacters === "\\\\") {
        uncPrefix = firstTwoCharacters;
        path = path.substring(2);
    }

    path = path.replace(/\\/g, "/")
               .replace(/\/{2,}/g, "/");
    var parts    = path.split("/"),
        absolute = isAbsolute(path),
        prefix   = "";
    if (absolute)
        prefix = parts.shift() + "/";
    for (var i = 0; i < parts.length;) {
        if (parts[i] === "..") {
            if (i > 0 && parts[i - 1] !== "..")
                parts.splice(--i, 2);
            else if (absolute)
                parts.splice(i, 1);
            else
                ++i;
        } else if (parts[i] === ".")
            parts.splice(i, 1);
        else
            ++i;
    }
    return uncPrefix + prefix + parts.join("/");
};

/**
 * Resolves the specified include path against the specified origin path.
 * @param {string} originPath Path to the origin file
 * @param {string} includePath Include path relative to origin path
 * @param {boolean} [alreadyNormalized=false] `true` if both paths are already known to be normalized
 * @returns {string} Path to the include file
 */
path.resolve = function resolve(originPath, includePath, alreadyNormalized) {
    var resolvedUrl = resolveUrl(originPath, includePath);
    if (resolvedUrl)
        return resolvedUrl;
    if (!alreadyNormalized)
        includePath = normalize(includePath); // path or absolute url
    if (isAbsolute(includePath))
        return includePath;
    if (!alreadyNormalized)
        originPath = normalize(originPath);
    return (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath;
};


/***/ }),

/***/ 830:
/***/ ((__unused_webpack_module, exports) => {



var patterns = exports;

patterns.numberRe    = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
patterns.typeRefRe   = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
patterns.reservedRe  = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;


/***/ }),

/***/ 771:
/***/ ((module) => {


module.exports = pool;

/**
 * An allocator as used by {@link util.pool}.
 * @typedef PoolAllocator
 * @type {function}
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */

/**
 * A slicer as used by {@link util.pool}.
 * @typedef PoolSlicer
 * @type {function}
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Buffer slice
 * @this Uint8Array
 */

/**
 * A general purpose buffer pool.
 * @memberof util
 * @function
 * @param {PoolAllocator} alloc Allocator
 * @param {PoolSlicer} slice Slicer
 * @param {number} [size=8192] Slab size
 * @returns {PoolAllocator} Pooled allocator
 */
function pool(alloc, slice, size) {
    var SIZE   = size || 8192;
    var MAX    = SIZE >>> 1;
    var slab   = null;
    var offset = SIZE;
    return function pool_alloc(size) {
        if (size < 1 || size > MAX)
            return alloc(size);
        if (offset + size > SIZE) {
            slab = alloc(SIZE);
            offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size);
        if (offset & 7) // align to 32 bit
            offset = (offset | 7) + 1;
        return buf;
    };
}


/***/ }),

/***/ 738:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal UTF8 implementation.
 * @memberof util
 * @namespace
 */
var utf8 = exports,
    looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true }),
    strictDecoder;
var TEXT_DECODER_MIN_LENGTH = 64;

try {
    strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
} catch (err) {
    // "fatal" option is not supported on Node.js compiled without ICU
    strictDecoder = looseDecoder;
}

/**
 * Calculates the UTF8 byte length of a string.
 * @param {string} string String
 * @returns {number} Byte length
 */
utf8.length = function utf8_length(string) {
    var len = 0,
        c = 0;
    for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
            len += 1;
        else if (c < 2048)
            len += 2;
        else if ((c & 0xFC00) === 0xD800 && (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
            ++i;
            len += 4;
        } else
            len += 3;
    }
    return len;
};

function utf8_read_decoder(decoder, buffer, start, end) {
    var source = start === 0 && end === buffer.length
        ? buffer
        : buffer.subarray(start, end);
    return decoder.decode(source);
}

/**
 * Reads UTF8 bytes as a string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.read = function utf8_read_loose(buffer, start, end) {
    if (end - start < 1)
        return "";
    if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);

    var str = "",
        i = start,
        c1, c2, c3, c4, c5, c6, c7, c8;

    for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 0x80)
            return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
    }

    for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 0x80)
            return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
    }

    return str;
};

/**
 * Reads UTF8 bytes as a string, rejecting invalid UTF8.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.readStrict = function utf8_read_strict(buffer, start, end) {
    if (end - start < 1)
        return "";
    if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);

    var str = "",
        i = start,
        c1, c2, c3, c4, c5, c6, c7, c8;

    for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 0x80)
            return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
    }

    for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 0x80)
            return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
    }

    return str;
};

/**
 * Writes a string as UTF8 bytes.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Bytes written
 */
utf8.write = function utf8_write(string, buffer, offset) {
    var start = offset,
        c1, // character 1
        c2; // character 2
    for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
            buffer[offset++] = c1;
        } else if (c1 < 2048) {
            buffer[offset++] = c1 >> 6       | 192;
            buffer[offset++] = c1       & 63 | 128;
        } else if ((c1 & 0xFC00) === 0xD800 && ((c2 = string.charCodeAt(i + 1)) & 0xFC00) === 0xDC00) {
            c1 = 0x10000 + ((c1 & 0x03FF) << 10) + (c2 & 0x03FF);
            ++i;
            buffer[offset++] = c1 >> 18      | 240;
            buffer[offset++] = c1 >> 12 & 63 | 128;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        } else {
            buffer[offset++] = c1 >> 12      | 224;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        }
    }
    return offset - start;
};


/***/ }),

/***/ 524:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = verifier;

var Enum      = __nccwpck_require__(363),
    util      = __nccwpck_require__(926);

function invalid(field, expected) {
    return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:"+field.keyType+"}" : "") + " expected";
}

/**
 * Generates a partial value verifier.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genVerifyValue(gen, field, fieldIndex, ref) {
    /* eslint-disable no-unexpected-multiline */
    var resolvedType = field.resolvedType;
    if (resolvedType) {
        if (resolvedType instanceof Enum) {
            if (resolvedType._features.enum_type === "CLOSED") { gen
                ("switch(%s){", ref)
                    ("default:")
                        ("return%j", invalid(field, "enum value"));
                for (var keys = Object.keys(resolvedType.values), j = 0; j < keys.length; ++j) gen
                    ("case %i:", resolvedType.values[keys[j]]);
                gen
                        ("break")
                ("}");
            } else gen
                ("if(typeof %s!==\"number\"||(%s|0)!==%s)", ref, ref, ref)
                    ("return%j", invalid(field, "enum value"));
        } else {
            gen
            ("{")
                ("var e=types[%i].verify(%s,q+1);", fieldIndex, ref)
                ("if(e)")
                    ("return%j+e", field.name + ".")
            ("}");
        }
    } else {
        switch (field.type) {
            case "int32":
            case "uint32":
            case "sint32":
            case "fixed32":
            case "sfixed32": gen
                ("if(!util.isInteger(%s))", ref)
                    ("return%j", invalid(field, "integer"));
                break;
            case "int64":
            case "uint64":
            case "sint64":
            case "fixed64":
            case "sfixed64": gen
                ("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)
                    ("return%j", invalid(field, "integer|Long"));
                break;
            case "float":
            case "double": gen
                ("if(typeof %s!==\"number\")", ref)
                    ("return%j", invalid(field, "number"));
                break;
            case "bool": gen
                ("if(typeof %s!==\"boolean\")", ref)
                    ("return%j", invalid(field, "boolean"));
                break;
            case "string": gen
                ("if(!util.isString(%s))", ref)
                    ("return%j", invalid(field, "string"));
                break;
            case "bytes": gen
                ("if(!(%s&&typeof %s.length===\"number\"||util.isString(%s)))", ref, ref, ref)
                    ("return%j", invalid(field, "buffer"));
                break;
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a partial key verifier.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genVerifyKey(gen, field, ref) {
    /* eslint-disable no-unexpected-multiline */
    switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32": gen
            ("if(!util.key32Re.test(%s))", ref)
                ("return%j", invalid(field, "integer key"));
            break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64": gen
            ("if(!util.key64Re.test(%s))", ref) // see comment above: x is ok, d is not
                ("return%j", invalid(field, "integer|Long key"));
            break;
        case "bool": gen
            ("if(!util.key2Re.test(%s))", ref)
                ("return%j", invalid(field, "boolean key"));
            break;
    }
    return gen;
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a verifier specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function verifier(mtype) {
    /* eslint-disable no-unexpected-multiline */

    var gen = util.codegen(["m", "q"])
    ("if(typeof m!==\"object\"||m===null)")
        ("return%j", "object expected")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("return%j", "max depth exceeded");
    var oneofs = mtype.oneofsArray,
        seenFirstField = {};
    if (oneofs.length) gen
    ("var p={}");

    for (var i = 0; i < /* initializes */ mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(),
            ref   = "m" + util.safeProp(field.name);

        if (field.optional) gen
        ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name); // !== undefined && !== null

        // map fields
        if (field.map) { gen
            ("if(!util.isObject(%s))", ref)
                ("return%j", invalid(field, "object"))
            ("var k=Object.keys(%s)", ref)
            ("for(var i=0;i<k.length;++i){");
                genVerifyKey(gen, field, "k[i]");
                genVerifyValue(gen, field, i, ref + "[k[i]]")
            ("}");

        // repeated fields
        } else if (field.repeated) { gen
            ("if(!Array.isArray(%s))", ref)
                ("return%j", invalid(field, "array"))
            ("for(var i=0;i<%s.length;++i){", ref);
                genVerifyValue(gen, field, i, ref + "[i]")
            ("}");

        // required or present fields
        } else {
            if (field.partOf) {
                var oneofProp = util.safeProp(field.partOf.name);
                if (seenFirstField[field.partOf.name] === 1) gen
            ("if(p%s===1)", oneofProp)
                ("return%j", field.partOf.name + ": multiple values");
                seenFirstField[field.partOf.name] = 1;
                gen
            ("p%s=1", oneofProp);
            }
            genVerifyValue(gen, field, i, ref);
        }
        if (field.optional) gen
        ("}");
    }
    return gen
    ("return null");
    /* eslint-enable no-unexpected-multiline */
}


/***/ }),

/***/ 162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Wrappers for common types.
 * @type {Object.<string,IWrapper>}
 * @const
 */
var wrappers = exports;

var Message = __nccwpck_require__(463),
    util    = __nccwpck_require__(186);

/**
 * From object converter part of an {@link IWrapper}.
 * @typedef WrapperFromObjectConverter
 * @type {function}
 * @param {Object.<string,*>} object Plain object
 * @returns {Message<{}>} Message instance
 * @this Type
 */

/**
 * To object converter part of an {@link IWrapper}.
 * @typedef WrapperToObjectConverter
 * @type {function}
 * @param {Message<{}>} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 * @this Type
 */

/**
 * Common type wrapper part of {@link wrappers}.
 * @interface IWrapper
 * @property {WrapperFromObjectConverter} [fromObject] From object converter
 * @property {WrapperToObjectConverter} [toObject] To object converter
 */

// Custom wrapper for Any
wrappers[".google.protobuf.Any"] = {

    fromObject: function(object, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        // unwrap value type if mapped
        if (object && object["@type"]) {
             // Only use fully qualified type name after the last '/'
            var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
            var type = this.lookup(name, [ this.constructor ]);
            /* istanbul ignore else */
            if (type) {
                // type_url does not accept leading "."
                var type_url = object["@type"].charAt(0) === "." ?
                    object["@type"].slice(1) : object["@type"];
                // type_url prefix is optional, but path seperator is required
                if (type_url.indexOf("/") === -1) {
                    type_url = "/" + type_url;
                }
                return this.create({
                    type_url: type_url,
                    value: type.encode(type.fromObject(object, depth + 1)).finish()
                });
            }
        }

        return this.fromObject(object, depth);
    },

    toObject: function(message, options, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        // Default prefix
        var googleApi = "type.googleapis.com/";
        var prefix = "";
        var name = "";
        // decode value if requested and unmapped
        if (options && options.json && message.type_url && message.value) {
            // Only use fully qualified type name after the last '/'
            name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
            // Separate the prefix used
            prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
            var type = this.lookup(name, [ this.constructor ]);
            /* istanbul ignore else */
            if (type)
                message = type.decode(message.value, undefined, undefined, depth + 1);
        }

        // wrap value if unmapped
        if (!(message instanceof this.ctor) && message instanceof Message) {
            var object = message.$type.toObject(message, options, depth + 1);
            var messageName = message.$type.fullName[0] === "." ?
                message.$type.fullName.slice(1) : message.$type.fullName;
            // Default to type.googleapis.com prefix if no prefix is used
            if (prefix === "") {
                prefix = googleApi;
            }
            name = prefix + messageName;
            object["@type"] = name;
            return object;
        }

        return this.toObject(message, options, depth);
    }
};


/***/ }),

/***/ 745:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Writer;

var util      = __nccwpck_require__(186);

var BufferWriter; // cyclic

var LongBits  = util.LongBits,
    base64    = util.base64,
    utf8      = util.utf8;

/**
 * Constructs a new writer instance.
 * @classdesc Wire format writer using `Uint8Array`.
 * @constructor
 */
function Writer() {

    /**
     * Write cursor into {@link Writer#buf}.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Backing buffer.
     * @type {Uint8Array}
     */
    this.buf = this.constructor.alloc(Writer.initialBufferSize);

    /**
     * Cached DataView over {@link Writer#buf}.
     * @type {DataView|null}
     */
    this.view = null;

    /**
     * Stack of forked length-prefix positions.
     * @type {Array<number>|null}
     */
    this.states = null;
}

/**
 * Initial backing buffer size in bytes. Defaults to 128.
 * @type {number}
 */
Writer.initialBufferSize = 128;

/**
 * Current write position.
 * @name Writer#len
 * @type {number}
 * @deprecated Use {@link Writer#pos} instead.
 */
Object.defineProperty(Writer.prototype, "len", {
    configurable: true,
    enumerable: true,
    get: function get_len() {
        return this.pos;
    }
});

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup() {
            return (Writer.create = function create_buffer() {
                return new BufferWriter();
            })();
        }
        /* istanbul ignore next */
        : function create_array() {
            return new Writer();
        };
};

/**
 * Creates a new writer.
 * @function
 * @returns {BufferWriter|Writer} A {@link BufferWriter} when Buffers are supported, otherwise a {@link Writer}
 */
Writer.create = create();

/**
 * Allocates a buffer of the specified size.
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */
Writer.alloc = function alloc(size) {
    return new Uint8Array(size);
};

// Use Uint8Array buffer pool in the browser, just like node does with buffers
Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);

/**
 * Calculates the number of bytes a value occupies as a varint.
 * @param {number} value Value to size (unsigned)
 * @returns {number} Byte length (1..5)
 * @ignore
 */
function sizeVarint32(value) {
    return value         < 128       ? 1
         : value         < 16384     ? 2
         : value         < 2097152   ? 3
         : value         < 268435456 ? 4
         :                             5;
}

/**
 * Ensures that at least `n` more bytes fit into the backing buffer, doubling it if not.
 * @param {number} n Number of additional bytes required
 * @returns {undefined}
 * @private
 */
Writer.prototype._reserve = function _reserve(n) {
    var need = this.pos + n;
    if (need > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need)
            size = need;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null; // invalidate
    }
};

function writeStringAscii(val, buf, pos) {
    for (var i = 0; i < val.length;)
        buf[pos++] = val.charCodeAt(i++);
}

function writeVarint32(val, buf, pos) {
    while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
    }
    buf[pos] = val;
    return pos + 1;
}

/**
 * Writes an unsigned 32 bit value as a varint.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32 = function write_uint32(value) {
    value = value >>> 0;
    this._reserve(5);
    var pos = this.pos;
    this.pos = writeVarint32(value, this.buf, pos);
    return this;
};

/**
 * Writes a signed 32 bit value as a varint.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32 = function write_int32(value) {
    if ((value |= 0) < 0) { // 10 bytes per spec
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
    }
    return this.uint32(value);
};

/**
 * Writes a 32 bit value as a varint, zig-zag encoded.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32 = function write_sint32(value) {
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
};

function writeVarint64(val, buf, pos) {
    var lo = val.lo,
        hi = val.hi;
    while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
    }
    while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
    }
    buf[pos] = lo;
    return pos + 1;
}

/**
 * Writes an unsigned 64 bit value as a varint.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.uint64 = function write_uint64(value) {
    var bits = LongBits.from(value);
    this._reserve(10);
    var pos = this.pos;
    this.pos = writeVarint64(bits, this.buf, pos);
    return this;
};

/**
 * Writes a signed 64 bit value as a varint.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.int64 = Writer.prototype.uint64;

/**
 * Writes a signed 64 bit value as a varint, zig-zag encoded.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sint64 = function write_sint64(value) {
    var bits = LongBits.from(value).zzEncode();
    this._reserve(10);
    var pos = this.pos;
    this.pos = writeVarint64(bits, this.buf, pos);
    return this;
};

/**
 * Writes a boolish value as a varint.
 * @param {boolean} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.bool = function write_bool(value) {
    this._reserve(1);
    this.buf[this.pos++] = value ? 1 : 0;
    return this;
};

function writeFixed32(val, buf, pos) {
    buf[pos    ] =  val         & 255;
    buf[pos + 1] =  val >>> 8   & 255;
    buf[pos + 2] =  val >>> 16  & 255;
    buf[pos + 3] =  val >>> 24;
}

/**
 * Writes an unsigned 32 bit value as fixed 32 bits.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32 = function write_fixed32(value) {
    this._reserve(4);
    writeFixed32(value >>> 0, this.buf, this.pos);
    this.pos += 4;
    return this;
};

/**
 * Writes a signed 32 bit value as fixed 32 bits.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32 = Writer.prototype.fixed32;

/**
 * Writes an unsigned 64 bit value as fixed 64 bits.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.fixed64 = function write_fixed64(value) {
    var bits = LongBits.from(value);
    this._reserve(8);
    writeFixed32(bits.lo, this.buf, this.pos);
    writeFixed32(bits.hi, this.buf, this.pos + 4);
    this.pos += 8;
    return this;
};

/**
 * Writes a signed 64 bit value as fixed 64 bits.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sfixed64 = Writer.prototype.fixed64;

/**
 * Writes a float (32 bit).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.float = function write_float(value) {
    this._reserve(4);
    util.float.writeFloatLE(value, this.buf, this.pos);
    this.pos += 4;
    return this;
};

/**
 * Writes a double (64 bit float).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.double = function write_double(value) {
    this._reserve(8);
    util.float.writeDoubleLE(value, this.buf, this.pos);
    this.pos += 8;
    return this;
};

/**
 * Writes a sequence of bytes.
 * @param {Uint8Array|string} value Buffer or base64 encoded string to write
 * @returns {Writer} `this`
 */
Writer.prototype.bytes = function write_bytes(value) {
    var len = value.length >>> 0;
    if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
    }
    this.uint32(len);
    this._reserve(len);
    this.buf.set(value, this.pos);
    this.pos += len;
    return this;
};

/**
 * Writes raw bytes without a tag or length prefix.
 * @param {Uint8Array} value Raw bytes
 * @returns {Writer} `this`
 */
Writer.prototype.raw = function write_raw(value) {
    var len = value.length >>> 0;
    if (!len)
        return this;
    this._reserve(len);
    this.buf.set(value, this.pos);
    this.pos += len;
    return this;
};

/**
 * Backfills the length varint.
 * @param {number} pos Position of reserved length byte
 * @param {number} len Length of content after length varint
 * @returns {Writer} `this`
 * @private
 */
Writer.prototype._delim = function _delim(pos, len) {
    var n = sizeVarint32(len);
    if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
    writeVarint32(len, this.buf, pos);
    this.pos = pos + n + len;
    return this;
};

/**
 * Writes a string.
 * @param {string} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.string = function write_string(value) {
    var n = value.length;
    if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (n < 0x80) {
        this._reserve(n * 3 + 5); // worst case
        var lenPos = this.pos;
        return this._delim(lenPos, utf8.write(value, this.buf, lenPos + 1));
    }
    var len = utf8.length(value);
    this.uint32(len);
    this._reserve(len);
    if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
    else
        utf8.write(value, this.buf, this.pos);
    this.pos += len;
    return this;
};

/**
 * Writes an array of unsigned 32 bit values as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32s = function write_uint32s(value) {
    var n = value.length;
    this._reserve(n * 5 + 5); // worst case: 5 bytes per value + length varint
    var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
    for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
    return this._delim(lenPos, p - lenPos - 1);
};

/**
 * Writes an array of signed 32 bit values as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32s = function write_int32s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5); // worst case: 10 bytes per negative value + length varint
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
    for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) { // negatives are 10 bytes per spec
            pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
            pos = writeVarint32(val, buf, pos);
        }
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of 32 bit values as packed, zig-zag encoded varints.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32s = function write_sint32s(value) {
    var n = value.length;
    this._reserve(n * 5 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of unsigned 64 bit values as a packed repeated field.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint64s = function write_uint64s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of signed 64 bit values as a packed repeated field.
 * @function
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.int64s = Writer.prototype.uint64s;

/**
 * Writes an array of 64 bit values as packed, zig-zag encoded varints.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint64s = function write_sint64s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of boolish values as a packed repeated field.
 * @param {boolean[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.bools = function write_bools(value) {
    var n = value.length;
    this.uint32(n); // one byte per value
    this._reserve(n);
    var buf = this.buf, p = this.pos;
    for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
    this.pos += n;
    return this;
};

// The view allocation only pays off when amortized over enough writes
var VIEW_THRESHOLD_FLOAT = 16,
    VIEW_THRESHOLD_INT   = 128;

function getLazyView(writer, count, threshold) {
    var view = writer.view;
    if (view || count < threshold)
        return view;
    var buf = writer.buf;
    return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Writes an array of unsigned 32 bit values as packed, fixed 32 bits.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32s = function write_fixed32s(value) {
    var n = value.length, bytes = n * 4;
    this.uint32(bytes); // length is known exactly
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setUint32(p, value[i] >>> 0, true); p += 4; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { writeFixed32(value[i] >>> 0, buf, p); p += 4; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of signed 32 bit values as packed, fixed 32 bits.
 * @function
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32s = Writer.prototype.fixed32s;

/**
 * Writes an array of unsigned 64 bit values as packed, fixed 64 bits.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed64s = function write_fixed64s(value) {
    var n = value.length, bytes = n * 8;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
    if (dv)
        for (i = 0; i < n; ++i) { bits = LongBits.from(value[i]); dv.setUint32(p, bits.lo, true); dv.setUint32(p + 4, bits.hi, true); p += 8; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { bits = LongBits.from(value[i]); writeFixed32(bits.lo, buf, p); writeFixed32(bits.hi, buf, p + 4); p += 8; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of signed 64 bit values as packed, fixed 64 bits.
 * @function
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed64s = Writer.prototype.fixed64s;

/**
 * Writes an array of floats (32 bit) as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.floats = function write_floats(value) {
    var n = value.length, bytes = n * 4;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setFloat32(p, value[i], true); p += 4; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { util.float.writeFloatLE(value[i], buf, p); p += 4; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of doubles (64 bit float) as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.doubles = function write_doubles(value) {
    var n = value.length, bytes = n * 8;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setFloat64(p, value[i], true); p += 8; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { util.float.writeDoubleLE(value[i], buf, p); p += 8; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Forks this writer's state by pushing it to a stack.
 * @returns {Writer} `this`
 */
Writer.prototype.fork = function fork() {
    this._reserve(1);
    (this.states || (this.states = [])).push(this.pos);
    this.pos += 1;
    return this;
};

/**
 * Resets this instance to the last state.
 * @returns {Writer} `this`
 */
Writer.prototype.reset = function reset() {
    var states = this.states;
    if (states && states.length) {
        this.pos = states.pop();
    } else {
        this.pos = 0;
    }
    return this;
};

/**
 * Resets to the last state and prepends the fork state's current write length as a varint.
 * @returns {Writer} `this`
 */
Writer.prototype.ldelim = function ldelim() {
    var states = this.states,
        len,
        vlen;
    if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) { // grow the reserved single byte and shift content forward
            this._reserve(vlen - 1);
            this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
            this.pos += vlen - 1;
            writeVarint32(len, this.buf, lenPos);
        } else {
            this.buf[lenPos] = len;
        }
    } else { // not forked: prefix the entire buffer with its length
        // TODO: Compatibility with older generated code.
        // Remove this branch in the next major release.
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
    }
    return this;
};

/**
 * Finishes the write operation.
 * Returns a buffer sized to the written data by default.
 * @param {boolean} [shared=false] Whether to return a shared view instead of a unique copy
 * @returns {Uint8Array} Finished buffer
 */
Writer.prototype.finish = function finish(shared) {
    if (shared)
        return this.buf.subarray(0, this.pos);
    var buf = this.constructor.alloc(this.pos);
    buf.set(this.buf.subarray(0, this.pos), 0);
    return buf;
};

/**
 * Finishes the write operation, writing into the provided buffer.
 * The caller must ensure that `buf` has enough space starting at `offset`
 * to hold {@link Writer#pos} bytes.
 * @param {T} buf Target buffer
 * @param {number} [offset=0] Offset to start writing at
 * @returns {T} The provided buffer
 * @template T extends Uint8Array
 */
Writer.prototype.finishInto = function finishInto(buf, offset) {
    if (offset === undefined)
        offset = 0;
    buf.set(this.buf.subarray(0, this.pos), offset);
    return buf;
};

Writer._configure = function(BufferWriter_) {
    BufferWriter = BufferWriter_;
    Writer.create = create();
    BufferWriter._configure();
};


/***/ }),

/***/ 74:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferWriter;

// extends Writer
var Writer = __nccwpck_require__(745);
BufferWriter.prototype = Object.create(Writer.prototype, {
    constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

var util = __nccwpck_require__(186);

/**
 * Constructs a new buffer writer instance.
 * @classdesc Wire format writer using node buffers.
 * @extends Writer
 * @constructor
 */
function BufferWriter() {
    Writer.call(this);
}

var writeStringBuffer;

BufferWriter._configure = function () {
    /**
     * Allocates a buffer of the specified size.
     * @function
     * @param {number} size Buffer size
     * @returns {Buffer} Buffer
     */
    BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;

    writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write
        ? function writeStringBuffer_utf8Write(val, buf, pos) {
            return buf.utf8Write(val, pos);
        }
        : function writeStringBuffer_write(val, buf, pos) {
            return buf.write(val, pos);
        };
};


/**
 * @override
 */
BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
    if (util.isString(value))
        value = util.Buffer.from(value, "base64");
    var len = value.length >>> 0;
    this.uint32(len);
    if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
    }
    return this;
};

/**
 * @override
 */
BufferWriter.prototype.string = function write_string_buffer(value) {
    var n = value.length;
    if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (n < 0x80) {
        this._reserve(n * 3 + 5); // worst case
        var pos = this.pos,
            buf = this.buf;
        return this._delim(pos,
            n < 40
                ? util.utf8.write(value, buf, pos + 1)
                : writeStringBuffer(value, buf, pos + 1)
        );
    }
    var len = util.Buffer.byteLength(value);
    this.uint32(len);
    this._reserve(len);
    writeStringBuffer(value, this.buf, this.pos);
    this.pos += len;
    return this;
};


/**
 * Finishes the write operation.
 * @name BufferWriter#finish
 * @function
 * @returns {Buffer} Finished buffer
 */

BufferWriter._configure();


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
