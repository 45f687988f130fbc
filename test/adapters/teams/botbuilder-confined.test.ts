import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every botbuilder import lives in adapters/teams/, so moving to the Microsoft 365 Agents SDK touches nothing else. */

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map(async (e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(e.name) ? [path] : [];
  }));
  return files.flat();
}

const importsBotbuilder = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](botbuilder|botframework-[a-z-]+)(\/[^'"]*)?['"]/;

describe('botbuilder stays inside adapters/teams', () => {
  it('no file outside adapters/teams imports botbuilder or botframework-*', async () => {
    const files = (await Promise.all(['src', 'adapters', 'jobs'].map((d) => sources(join(root, d))))).flat();
    const offenders = [];
    for (const file of files) {
      const rel = relative(root, file).split('\\').join('/');
      if (rel.startsWith('adapters/teams/')) continue;
      if (importsBotbuilder.test(await readFile(file, 'utf8'))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  it('the check would catch one', () => {
    expect(importsBotbuilder.test("import { CloudAdapter } from 'botbuilder';")).toBe(true);
    expect(importsBotbuilder.test("const m = await import('botframework-connector');")).toBe(true);
    expect(importsBotbuilder.test("import { x } from '../teams/index.ts';")).toBe(false);
  });
});
