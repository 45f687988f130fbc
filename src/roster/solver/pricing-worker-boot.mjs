// Starts a helper thread (pricing, group re-plans): registers the TypeScript loader in this thread (loader hooks are
// per thread) and runs the helper's module, whose URL comes in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
