/** The CLI's entry point: `node dist/cli/index.js <command>` or the `go-runtime-gate` bin. */
import { isMainThread } from 'node:worker_threads';
import { runCli } from './main.js';

/** COLUMNS when set (also through a pipe), else the terminal's width; none for a pipe: lines are printed whole. */
const fromEnv = Number(process.env.COLUMNS);
const columns = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : process.stdout.isTTY ? process.stdout.columns : undefined;

// In the bundle this file is also what the sample-analysis worker threads
// run (src/analyze/pool.ts): there it does nothing but load the modules.
if (isMainThread) {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    ...(columns ? { columns } : {}),
  });
}
