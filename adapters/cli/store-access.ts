import { resolve } from 'node:path';
import { openLowdbStore, type LowdbStore } from '../store/index.ts';
import { writeLine, type CliIO } from './io.ts';

/** Where the store lives: `TURNARIO_DATA_DIR`, by default `./data/runtime`. */
export function dataDir(env: CliIO['env']): string {
  return resolve(env.TURNARIO_DATA_DIR ?? 'data/runtime');
}

/** Opens the store for one command, runs `work`, and always closes it; an unreadable store is an Italian message. */
export async function withStore(io: CliIO, work: (store: LowdbStore) => Promise<number>): Promise<number> {
  let store: LowdbStore;
  try {
    store = await openLowdbStore({ dir: dataDir(io.env) });
  } catch (error) {
    writeLine(io.stderr, (error as Error).message);
    return 1;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
