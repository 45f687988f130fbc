/** Why a store folder could not be opened; `message` is Italian and complete on its own. */
export type StoreOpenErrorCode =
  | 'locked'
  | 'lock-unreadable'
  | 'unreadable'
  | 'corrupt'
  | 'too-new'
  | 'migration-missing'
  | 'migration-failed'
  | 'io';

export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';

  constructor(
    readonly code: StoreOpenErrorCode,
    message: string,
    /** The file the error is about. */
    readonly file: string,
    /** The backup copy written beside `file`, when one was made. */
    readonly backup?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A corrupt line in the middle of an append-only log: a broken contract, never repaired silently. */
export class LogReadError extends Error {
  override readonly name = 'LogReadError';

  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** An operation on a store that was already closed. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';

  constructor(dir: string) {
    super(`L'archivio di turnario nella cartella ${dir} è già stato chiuso: l'operazione non è stata eseguita.`);
  }
}

/** A write to the store's files failed; `message` is Italian, the system error is the `cause`. */
export class StoreWriteError extends Error {
  override readonly name = 'StoreWriteError';

  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`Non è stato possibile salvare su disco in ${file} (errore ${systemErrorCode(cause)}): la modifica non è stata salvata.`, { cause });
  }
}

/** `ENOSPC`, `EACCES`, …: the code of a Node system error, or "sconosciuto". */
export function systemErrorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'sconosciuto';
}
