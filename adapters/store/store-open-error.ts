/** Why a store folder could not be opened; `message` is Italian and complete on its own. */
export type StoreOpenErrorCode =
  | 'locked'
  | 'lock-unreadable'
  | 'unreadable'
  | 'corrupt'
  | 'too-new'
  | 'migration-missing'
  | 'migration-failed';

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
