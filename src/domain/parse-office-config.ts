import { formatIssues } from './format-issues.ts';
import { officeConfigSchema, officeConfigShape, type OfficeConfig } from './office-config.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Where a JSON syntax error is, as "riga L, colonna C", from the offset Node reports. */
function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return 'il file non è un JSON valido';
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `il file non è un JSON valido: errore di sintassi alla riga ${line}, colonna ${column}`;
}

/** Parses JSON text; a syntax error becomes one Italian line with its position. */
export function parseJsonText(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, errors: [describeJsonError(text, error as Error)] };
  }
}

/** Validates an office configuration; every error names the JSON path, what was expected and what was found. */
export function parseOfficeConfig(value: unknown): ParseResult<OfficeConfig> {
  const result = officeConfigSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: formatIssues(result.error.issues, officeConfigShape) };
}

export function parseOfficeConfigText(text: string): ParseResult<OfficeConfig> {
  const json = parseJsonText(text);
  return json.ok ? parseOfficeConfig(json.value) : json;
}
