import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(584);
/** The CLI's entry point: `node dist/cli/index.js <command>` or the `go-runtime-gate` bin. */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 584:
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
const byId = new Map(rows.map((r) => [r.id, r]));
const byUnit = new Map(rows.map((r) => [r.unit, r]));
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
    byUnit.set(def.unit, def);
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
    metrics: '',
    thresholds: '',
    floors: '',
    alpha: '0.05',
    fdr: 'true',
    failOnRegression: 'true',
    failOnBenchmarkFailure: 'true',
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
    if (!metricById(id))
        throw new errors_ConfigError(`${what}: unknown metric "${name}" (known: time, bytes, allocs, throughput, custom:<unit>)`);
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
        trace: profiles.has('trace'),
        metrics,
        alpha,
        fdr: parseBool(v.fdr, 'fdr'),
        failOnRegression: parseBool(v.failOnRegression, 'fail-on-regression'),
        failOnBenchmarkFailure: parseBool(v.failOnBenchmarkFailure, 'fail-on-benchmark-failure'),
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
    const log = opts.log ?? (() => { });
    const timeoutMs = parseGoDuration(opts.timeout, 'timeout');
    // A test binary's -test.timeout covers tests only, not benchmarks (testing
    // stops its alarm before running them), so the timeout is ours to enforce.
    // Like `go test`, we send SIGQUIT so Go prints every goroutine's stack.
    const killAfterMs = timeoutMs > 0 ? timeoutMs : undefined;
    const warnings = [];
    const failed = [];
    let cpuModel = '';
    let processes = 0;
    const runBinary = async (t, args) => {
        processes++;
        return runner.run(t.binary, args, { cwd: t.dir, timeoutMs: killAfterMs, timeoutSignal: 'SIGQUIT', env: opts.env });
    };
    const noteConfig = (lines) => {
        if (!cpuModel && lines.config.cpu)
            cpuModel = lines.config.cpu;
    };
    // 1. Top-level benchmarks per binary, then their leaves from a one-iteration run.
    const leaves = [];
    const topPattern = splitBenchPattern(opts.bench)[0] || '.';
    for (const t of targets) {
        const listed = await runBinary(t, [`-test.list=${topPattern}`]);
        if (listed.code !== 0) {
            const f = emptyResult(t, '(list)', 1, opts.repoRoot);
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
            const res = await runBinary(t, args);
            const parsed = parseBenchmarkOutput(res.stdout, `${t.importPath} ${top} (discovery)`, { knownProcs: [1] });
            noteConfig(parsed);
            if (res.code !== 0 || res.timedOut) {
                const f = emptyResult(t, top, 1, opts.repoRoot);
                f.failure = classifyFailure(res, opts.timeout);
                failed.push(f);
                log(`✗ ${t.importPath} ${top}: ${f.failure.message}`);
                continue;
            }
            if (parsed.benchmarks.length === 0) {
                if (isSkipped(res.stdout)) {
                    warnings.push(`${t.importPath} ${top} was skipped (b.Skip) and is not measured.`);
                }
                else if (res.stdout.includes(`--- BENCH`) || res.stdout.trim() !== 'PASS') {
                    const f = emptyResult(t, top, 1, opts.repoRoot);
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
                    leaves.push({ target: t, name: line.name, cpu, result: emptyResult(t, line.name, cpu ?? 0, opts.repoRoot) });
                }
            }
        }
    }
    // 2. count rounds, each running every leaf once, in the same order.
    let order = 0;
    const alive = new Set(leaves);
    for (let round = 0; round < opts.count; round++) {
        for (const leaf of leaves) {
            if (!alive.has(leaf))
                continue;
            const sampleDir = external_node_path_default().join(opts.artifactsDir, `${slug(leaf.target.importPath.split('/').pop() ?? 'pkg')}-${slug(leaf.name)}${leaf.cpu ? `-${leaf.cpu}` : ''}-${round}`);
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
                artifacts.memprofile = external_node_path_default().relative(opts.artifactsDir, p);
            }
            if (opts.trace) {
                const p = external_node_path_default().join(sampleDir, 'trace.out');
                args.push(`-test.trace=${p}`);
                artifacts.trace = external_node_path_default().relative(opts.artifactsDir, p);
            }
            const res = await runBinary(leaf.target, args);
            const parsed = parseBenchmarkOutput(res.stdout, `${leaf.target.importPath} ${leaf.name}`, {
                knownProcs: leaf.cpu !== undefined ? [leaf.cpu] : undefined,
            });
            noteConfig(parsed);
            let line = parsed.benchmarks.find((b) => b.name === leaf.name && (leaf.cpu === undefined || b.procs === leaf.cpu));
            // With GOMAXPROCS 1 Go prints no suffix, so a name ending in -N (`size-10`)
            // may have been read as procs N; accept that reading of the same text.
            line ??= parsed.benchmarks.find((b) => `${b.name}-${b.procs}` === leaf.name && leaf.cpu === undefined);
            if (line && line.name !== leaf.name)
                line = { ...line, name: leaf.name, procs: 1 };
            if (res.code !== 0 || res.timedOut || !line) {
                leaf.result.failure = classifyFailure(res, opts.timeout);
                alive.delete(leaf);
                log(`✗ ${leaf.target.importPath} ${leaf.name}: ${leaf.result.failure.message}`);
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
        log(`round ${round + 1}/${opts.count}: ${alive.size} benchmark(s) measured`);
    }
    const benchmarks = [...leaves.map((l) => l.result), ...failed];
    for (const b of benchmarks)
        if (b.procs === 0)
            b.procs = 1;
    return { benchmarks, cpuModel, warnings, processes };
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
async function runMeasurement(config, ctx) {
    const log = ctx.log ?? (() => { });
    const cwd = external_node_path_default().resolve(config.workingDirectory);
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
    const outcome = await measure(ctx.runner, targets, {
        count: config.count,
        benchtime: config.benchtime,
        cpu: config.cpu,
        timeout: config.timeout,
        bench: config.bench,
        memprofile: config.memprofile,
        trace: config.trace,
        artifactsDir,
        repoRoot: ctx.repoRoot,
        log,
    });
    if (outcome.benchmarks.length === 0 && packageFailures.length === 0) {
        throw new NoBenchmarksError(config.bench, config.packages, packages.length);
    }
    const measureConfig = measureConfigOf(config);
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
        workingDirectory: cwd,
        benchmarks: outcome.benchmarks,
        packageFailures,
        warnings: outcome.warnings,
    };
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





;// CONCATENATED MODULE: ./src/compare/compare.ts




const DEFAULT_COMPARE_OPTIONS = {
    name: 'go-runtime-gate',
    alpha: 0.05,
    fdr: true,
    metrics: {},
    failOnBenchmarkFailure: true,
    baselineSource: 'none',
};
function ref(b) {
    const r = { package: b.package, name: b.name, procs: b.procs };
    if (b.file)
        r.file = b.file;
    if (b.line !== undefined)
        r.line = b.line;
    return r;
}
function isConstant(xs) {
    return xs.every((x) => x === xs[0]);
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
    return Math.abs(c.delta) > c.threshold;
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
    const exact = def.kind === 'deterministic' || (def.kind === 'count' && isConstant(x) && isConstant(y) && x.length >= 2 && y.length >= 2);
    if (exact) {
        c.test = 'exact';
        if (c.absoluteDelta === 0) {
            c.verdict = 'unchanged';
            c.reason = 'identical in every sample';
        }
        else if (exceeds(c)) {
            c.verdict = directional(def, c);
            c.reason = `constant in every sample on both sides (${x.length} base, ${y.length} head)`;
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
            added.push(ref(h));
        for (const id of metricIds(b, h)) {
            const def = metricById(id);
            if (!def)
                continue;
            const c = compareOne(def, ref(h), b, h, opts);
            if (c)
                pending.push({ c, def });
        }
    }
    const removed = (base?.benchmarks ?? []).filter((b) => !b.failure && !headKeys.has(benchmarkKey(b))).map(ref);
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
    else if (gated > 0 || failing) {
        verdict = 'fail';
        const parts = [];
        if (gated > 0)
            parts.push(`${gated} gated regression${gated === 1 ? '' : 's'}`);
        if (failing)
            parts.push(failText);
        headline = `${parts.join(' and ')}.`;
    }
    else {
        verdict = 'pass';
        const extra = counts.regressions > 0 ? ` (${counts.regressions} report-only regression${counts.regressions === 1 ? '' : 's'})` : '';
        headline = `No gated regressions${extra}.`;
    }
    const warnings = [...head.warnings];
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
function plural(n, singular, pluralForm = `${singular}s`) {
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
    if (ctx.noBaseline) {
        parts.push('> [!NOTE]\n> No baseline was found for this configuration (the first run, or the cache entry was evicted), ' +
            'so nothing was compared and nothing was gated. The values measured on this head are shown below; ' +
            'the next push to the base branch records a baseline.\n\n');
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
    return fitRows(budget, { open, rows, close, more: (n) => `- … and ${n} more ${n === 1 ? 'failure' : 'failures'} not shown; ${SEE_JSON}.\n`, dropped: plural(report.failures.length, 'failed benchmark') });
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
        more: (n) => `… and the output of ${plural(n, 'more failure')} not shown; ${SEE_JSON}.\n\n`,
        dropped: `the output of ${plural(withOutput.length, 'failed benchmark')}`,
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
    return (cmp(a.benchmark.package, b.benchmark.package) ||
        cmp(a.benchmark.name, b.benchmark.name) ||
        a.benchmark.procs - b.benchmark.procs ||
        cmp(a.metric, b.metric));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function regressionsSection(ctx, budget) {
    const regressions = ctx.report.comparisons
        .filter((c) => c.verdict === 'regression')
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
        dropped: plural(regressions.length, 'regression'),
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
        dropped: plural(measured.length, 'measured value'),
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
        dropped: plural(rows.length, 'warning'),
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
        dropped: plural(items.length, 'insufficient comparison'),
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
        dropped: plural(items.length, 'improvement'),
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
        dropped: plural(items.length, 'unchanged comparison'),
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
        dropped: `${plural(added.length, 'added benchmark')} and ${plural(removed.length, 'removed benchmark')}`,
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
    const n = Math.max(ctx.report.comparisons.length, ctx.report.failures.length, ctx.report.added.length + ctx.report.removed.length, 1) * 10;
    return [
        plural(n, 'failed benchmark'),
        plural(n, 'regression'),
        plural(n, 'warning'),
        `the output of ${plural(n, 'failed benchmark')}`,
        plural(n, 'insufficient comparison'),
        plural(n, 'improvement'),
        plural(n, 'unchanged comparison'),
        `${plural(n, 'added benchmark')} and ${plural(n, 'removed benchmark')}`,
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
        ? `${plural(report.comparisons.length, 'value')} measured, ${c.failures} failed`
        : `${plural(c.regressions, 'regression')}, ${plural(c.improvements, 'improvement')}, ${c.unchanged} unchanged, ${c.insufficient} insufficient, ${c.failures} failed`;
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
    if (report.baseline)
        lines.push(`baseline: ${describe(report.baseline)}${report.baselineSource ? ` from ${clean(report.baselineSource)}` : ''}`);
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
function gunzip(bytes, file) {
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
    const plain = isGzip(bytes) ? gunzip(bytes, file) : bytes;
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

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The local CLI: the same engine as the Action.
 *
 *   go-runtime-gate run      measure; write a RunResult; optionally save/compare with a baseline dir
 *   go-runtime-gate compare  compare two RunResult files
 *   go-runtime-gate report   render a saved report JSON
 *   go-runtime-gate demo     the bundled example, end to end
 *
 * Exit status: 0 pass, 1 gated regression or benchmark failure, 2 bad usage or input.
 */

















const USAGE = `go-runtime-gate ${TOOL_VERSION}: gate Go changes on allocations, heap escapes, GC and goroutines.

Usage:
  go-runtime-gate run [flags]                 measure the benchmarks of a Go module
  go-runtime-gate compare BASE.json HEAD.json compare two runs and print the report
  go-runtime-gate report REPORT.json          print a saved report
  go-runtime-gate demo                        run the bundled example end to end

Measurement flags (run, demo):
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

run flags:
  -o, --out FILE                write the RunResult here (default .gate/run.json)
  --baseline-dir DIR            directory store of baselines
  --branch NAME                 branch for --save / --compare (default: current git branch or main)
  --save                        save this run as the branch's baseline in --baseline-dir
  --compare                     compare with the branch's baseline in --baseline-dir

Report flags (run --compare, compare, report, demo):
  --format text|markdown|json   output format (default text)
  --report FILE                 also write the report JSON here
  --metrics, --thresholds, --floors, --alpha, --fdr   decision settings (see README)
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
    return { name: c.name, alpha: c.alpha, fdr: c.fdr, metrics: c.metrics, failOnBenchmarkFailure: c.failOnBenchmarkFailure, baselineSource };
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
        io.err(`Demo done: the head revision regresses on purpose (one extra allocation in BenchmarkEncode, a 50% larger frame in BenchmarkNewFrame), ` +
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
            case 'compare':
                return await cmdCompare(positionals, v, io);
            case 'report':
                return await cmdReport(positionals, v, io);
            case 'demo':
                return await cmdDemo(v, io);
            default:
                throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
        }
    }
    catch (err) {
        if (err instanceof GateError) {
            io.err(`go-runtime-gate: ${err.message}`);
            return 2;
        }
        if (err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.err(`go-runtime-gate: ${err.message}`);
            return 2;
        }
        io.err(`go-runtime-gate: unexpected error: ${err.stack ?? err}`);
        return 3;
    }
}


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
