/** The Action's entry point, as the runner starts it: `node dist/index.js`. runAction reports its own failures. */
import { isMainThread } from 'node:worker_threads';
import { runAction } from './action/main.js';

// In the bundle this file is also what the sample-analysis worker threads
// run (src/analyze/pool.ts): there it does nothing but load the modules.
if (isMainThread) {
  await runAction();
  // A cache call given up after network-timeout may still hold its connection
  // open (the cache library's requests cannot be cancelled). The step's work is
  // done and reported by now: do not let that connection keep the job waiting.
  // Unreferenced, the timer never delays an exit that nothing else holds up.
  setTimeout(() => process.exit(), 5_000).unref();
}
