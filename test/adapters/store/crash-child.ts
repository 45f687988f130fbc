/**
 * Child process for the crash test of the append-only logs: opens the store in the folder given as
 * first argument and appends to the audit log forever, in bursts of concurrent appends, printing the
 * number of each record once its append has resolved (durable). The test kills it with SIGKILL.
 */
import { openLowdbStore } from '../../../adapters/store/index.ts';

const store = await openLowdbStore({ dir: process.argv[2]!, warn: () => undefined });
for (let n = 0; ; ) {
  const burst = Array.from({ length: 1 + (n % 7) }, () => n++);
  await Promise.all(burst.map(async (k) => {
    await store.append('audit', { n: k, pad: 'x'.repeat(900) });
    process.stdout.write(`${k}\n`);
  }));
}
