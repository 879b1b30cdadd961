/** The CLI's entry point: `node dist/cli/index.js <command>` or the `go-runtime-gate` bin. */
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
