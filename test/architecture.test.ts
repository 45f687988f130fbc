import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const platformPackages = ['@slack/bolt', '@slack/web-api', 'botbuilder', 'botframework-connector', 'node-cron', 'lowdb'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports (static, dynamic, re-exports). */
export function importedSpecifiers(source: string): string[] {
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\s+['"]([^'"]+)['"]/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]!));
}

function isPlatformImport(specifier: string): boolean {
  return platformPackages.some((p) => specifier === p || specifier.startsWith(`${p}/`));
}

describe('architecture', () => {
  it('finds platform imports in a sample (the check can fail)', () => {
    const sample = `import { App } from '@slack/bolt';\nconst cron = await import('node-cron');\nexport { JSONFile } from 'lowdb/node';`;
    expect(importedSpecifiers(sample).filter(isPlatformImport).sort()).toEqual(['@slack/bolt', 'lowdb/node', 'node-cron']);
    expect(importedSpecifiers(`import { z } from 'zod';`).filter(isPlatformImport)).toEqual([]);
  });

  it('keeps the core in src/ free of Slack, Teams, cron and lowdb', () => {
    const offenders = sourceFiles(join(root, 'src')).flatMap((file) =>
      importedSpecifiers(readFileSync(file, 'utf8')).filter(isPlatformImport).map((spec) => `${relative(root, file)} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('keeps the core from importing adapters or jobs', () => {
    const offenders = sourceFiles(join(root, 'src')).flatMap((file) =>
      importedSpecifiers(readFileSync(file, 'utf8'))
        .filter((spec) => /(^|\/)(adapters|jobs)\//.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('keeps the roster engine independent of the rest of the core', () => {
    const rosterDir = join(root, 'src', 'roster');
    const files = (() => { try { return sourceFiles(rosterDir); } catch { return []; } })();
    const offenders = files.flatMap((file) =>
      importedSpecifiers(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.') && !join(file, '..', spec).startsWith(rosterDir))
        .map((spec) => `${relative(root, file)} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  /** Each outside SDK is imported in one place only, so replacing it (e.g. botbuilder by the Microsoft 365 Agents SDK) touches nothing else. */
  const homes: { sdk: RegExp; home: string }[] = [
    { sdk: /^@slack\//, home: 'adapters/slack/' },
    { sdk: /^(botbuilder|botframework-)/, home: 'adapters/teams/' },
    { sdk: /^lowdb(\/|$)/, home: 'adapters/store/' },
    { sdk: /^node-cron(\/|$)/, home: 'jobs/schedule.ts' },
  ];

  it('keeps every outside SDK in its one home folder', () => {
    const files = ['src', 'adapters', 'jobs'].flatMap((d) => sourceFiles(join(root, d)));
    const offenders = files.flatMap((file) => {
      const rel = relative(root, file).split('\\').join('/');
      return importedSpecifiers(readFileSync(file, 'utf8'))
        .filter((spec) => homes.some((h) => h.sdk.test(spec) && !rel.startsWith(h.home)))
        .map((spec) => `${rel} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('would catch an SDK imported out of its home', () => {
    const found = (spec: string) => homes.find((h) => h.sdk.test(spec))?.home;
    expect(importedSpecifiers("const m = await import('botframework-connector');").map(found)).toEqual(['adapters/teams/']);
    expect(importedSpecifiers("import { App } from '@slack/bolt';").map(found)).toEqual(['adapters/slack/']);
    expect(importedSpecifiers("import { x } from '../teams/index.ts';").map(found)).toEqual([undefined]);
  });
});
