import type { z } from 'zod';

/**
 * Walks a zod schema down a validation path, so that a message can say exactly what was expected
 * ("un numero intero ≥ 0") rather than only the type.
 */

type AnySchema = { def: Record<string, unknown> & { type: string } } & Record<string, unknown>;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const { type } = current.def;
    if (type === 'default' || type === 'optional' || type === 'nullable' || type === 'prefault' || type === 'readonly') {
      current = current.def.innerType as AnySchema;
    } else if (type === 'pipe') {
      current = current.def.in as AnySchema;
    } else {
      return current;
    }
  }
  return current;
}

function child(schema: AnySchema, key: PropertyKey): AnySchema | undefined {
  const s = unwrap(schema);
  switch (s.def.type) {
    case 'object':
      return (s.def.shape as Record<string, AnySchema>)[String(key)];
    case 'array':
      return s.def.element as AnySchema;
    case 'tuple':
      return (s.def.items as AnySchema[])[Number(key)];
    case 'record':
      return s.def.valueType as AnySchema;
    default:
      return undefined;
  }
}

export function schemaAtPath(root: z.ZodType, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root as unknown as AnySchema;
  for (const key of path) {
    if (!current) return undefined;
    current = child(current, key);
  }
  return current ? unwrap(current) : undefined;
}

/** "un numero intero ≥ 0" for a number schema with those checks, otherwise undefined. */
export function describeExpectedAt(root: z.ZodType | undefined, path: readonly PropertyKey[]): string | undefined {
  if (!root) return undefined;
  const schema = schemaAtPath(root, path);
  if (!schema || schema.def.type !== 'number') return undefined;
  const min = schema.minValue as number | null;
  const max = schema.maxValue as number | null;
  const isInt = schema.isInt === true;
  const parts = [isInt ? 'un numero intero' : 'un numero'];
  const hasMin = min !== null && Number.isFinite(min) && min > Number.MIN_SAFE_INTEGER;
  const hasMax = max !== null && Number.isFinite(max) && max < Number.MAX_SAFE_INTEGER;
  if (hasMin && hasMax) parts.push(`tra ${min} e ${max}`);
  else if (hasMin) parts.push(`≥ ${min}`);
  else if (hasMax) parts.push(`≤ ${max}`);
  return parts.join(' ');
}
