import { isSameProceeding, registerNumberOf } from './register-number.ts';

/**
 * The proceedings the ledger names, grouped by number and year, so that one written another way ("77/2026" for
 * "n. 77/26 R.G.N.R.") is found without reading every case. Ids only join: a proceeding stays in the ledger for good.
 */
export class ProceedingIndex {
  readonly #byNumber = new Map<string, string[]>();

  add(id: string): void {
    const key = registerNumberOf(id) ?? id.trim();
    const ids = this.#byNumber.get(key);
    if (!ids) this.#byNumber.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }

  /** The stored ids that are the same proceeding as `written` (itself, when stored), in the order first recorded. */
  sameAs(written: string): string[] {
    const key = registerNumberOf(written) ?? written.trim();
    return (this.#byNumber.get(key) ?? []).filter((id) => isSameProceeding(id, written));
  }
}
