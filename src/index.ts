/** The Action's entry point, as the runner starts it: `node dist/index.js`. runAction reports its own failures. */
import { runAction } from './action/main.js';

await runAction();
