export { openLowdbStore, type LowdbStore, type LowdbStoreOptions, type LowdbStoreStats } from './lowdb-store.ts';
export type { StoreMigrations } from './migrate-document.ts';
export type { ParsedLog } from './parse-log.ts';
export { LogReadError, StoreClosedError, StoreOpenError, StoreWriteError, type StoreOpenErrorCode } from './store-errors.ts';
