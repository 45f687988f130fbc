import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import type { Clock, Store } from '../../src/ports.ts';
import { importOffice } from '../../src/use-cases/import-office.ts';

/** The embedded demo offices, shipped with the package. */
export const demoDir = fileURLToPath(new URL('../../data/demo/', import.meta.url));

export async function readDemoOffices(dir = demoDir): Promise<OfficeConfig[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const configs: OfficeConfig[] = [];
  for (const file of files) {
    const result = parseOfficeConfigText(await readFile(join(dir, file), 'utf8'));
    if (!result.ok) throw new Error(`La configurazione dimostrativa "${file}" non è valida:\n${result.errors.join('\n')}`);
    configs.push(result.value);
  }
  return configs;
}

/** On first start with an empty store, loads the demo offices; returns the ids loaded (none if the store had offices). */
export async function seedDemoOffices(store: Store, clock: Clock, dir = demoDir): Promise<string[]> {
  if (Object.keys(store.snapshot().offices).length > 0) return [];
  const configs = await readDemoOffices(dir);
  for (const config of configs) {
    const outcome = await importOffice(store, clock, config, 'system:demo');
    if (!outcome.ok) throw new Error(outcome.message);
  }
  return configs.map((c) => c.office.id);
}
