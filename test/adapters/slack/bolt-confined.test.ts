import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every Slack SDK import lives in adapters/slack/: the rest of turnario reaches Slack only through its factory. */

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

const importsSlackSdk = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]@slack\/[a-z-]+(\/[^'"]*)?['"]/;

describe('the Slack SDK stays inside adapters/slack', () => {
  it('no file outside adapters/slack imports @slack/*', async () => {
    const files = (await Promise.all(['src', 'adapters', 'jobs'].map((d) => sources(join(root, d))))).flat();
    const offenders = [];
    for (const file of files) {
      const rel = relative(root, file).split('\\').join('/');
      if (rel.startsWith('adapters/slack/')) continue;
      if (importsSlackSdk.test(await readFile(file, 'utf8'))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  it('the check would catch one', () => {
    expect(importsSlackSdk.test("import { App } from '@slack/bolt';")).toBe(true);
    expect(importsSlackSdk.test("const m = await import('@slack/web-api');")).toBe(true);
    expect(importsSlackSdk.test("import { createSlackFront } from '../slack/index.ts';")).toBe(false);
  });
});
