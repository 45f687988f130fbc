import type { StoreState } from '../domain/store-state.ts';

/** The next id of a kind (`ass-000001`, …), from a counter kept in the store's meta. */
export function nextId(draft: StoreState, kind: string, prefix: string): string {
  const key = `next:${kind}`;
  const current = typeof draft.meta[key] === 'number' ? (draft.meta[key] as number) : 1;
  draft.meta[key] = current + 1;
  return `${prefix}-${String(current).padStart(6, '0')}`;
}
