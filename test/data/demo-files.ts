import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import { parseOfficeConfig, parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';

/** Reading the two demo offices shipped in data/demo, shared by the demo-*.test.ts files. */

export function demoText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../data/demo/${name}.json`, import.meta.url)), 'utf8');
}

export function parsedDemo(name: string): OfficeConfig {
  const result = parseOfficeConfigText(demoText(name));
  if (!result.ok) throw new Error(`${name}.json non è valido:\n${result.errors.join('\n')}`);
  return result.value;
}

/** A fresh, mutable copy of the raw file, to break one thing at a time. */
export function rawDemo(name: string): Record<string, any> {
  return JSON.parse(demoText(name)) as Record<string, any>;
}

export function errorsOf(config: unknown): string[] {
  const result = parseOfficeConfig(config);
  return result.ok ? [] : result.errors;
}

export const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});
