import type { z } from 'zod';

type Path = (string | number)[];

/** Reports every id that appears twice in a list. */
export function checkUniqueIds(items: { id: string }[], path: Path, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], params: { expected: 'unique_id' }, input: item.id });
    seen.add(item.id);
  });
}

/** Reports a reference to an id that is not in `known`. */
export function checkReference(id: string, known: Set<string>, kind: string, path: Path, ctx: z.RefinementCtx): void {
  if (!known.has(id)) {
    ctx.addIssue({ code: 'custom', path, params: { expected: 'known_ref', kind, known: [...known].slice(0, 8) }, input: id });
  }
}
