import { join } from 'node:path';
import type { LogName } from '../../src/domain/store-state.ts';

/** The files of one store folder. */
export interface StoreFiles {
  dir: string;
  /** The main JSON document. */
  main: string;
  /** The lock file naming the owning process. */
  lock: string;
  log(name: LogName): string;
}

export const MAIN_FILE_NAME = 'turnario.json';
export const LOCK_FILE_NAME = 'turnario.lock';

export function storeFiles(dir: string): StoreFiles {
  return {
    dir,
    main: join(dir, MAIN_FILE_NAME),
    lock: join(dir, LOCK_FILE_NAME),
    log: (name) => join(dir, `${name}.jsonl`),
  };
}

/** `2026-11-23T09-30-00.000Z`: an ISO instant usable in a file name on every platform. */
export function fileTimestamp(instant: Date): string {
  return instant.toISOString().replaceAll(':', '-');
}
