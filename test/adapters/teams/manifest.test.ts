import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { parseActivity } from '../../../adapters/teams/parse.ts';
import { createConversation, type Conversation } from '../../../src/conversation/index.ts';
import { FixedClock } from '../../../src/ports.ts';

/** The Teams app package's manifest: the bot it names, and the commands it suggests are ones turnario answers. */

interface Manifest {
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  localizationInfo: { defaultLanguageTag: string };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[];
}

const packageDir = new URL('../../../adapters/teams/app-package/', import.meta.url);
const manifest = JSON.parse(await readFile(new URL('manifest.json', packageDir), 'utf8')) as Manifest;
const bot = manifest.bots[0]!;

let dir: string;
let store: LowdbStore;
let conversation: Conversation;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-teams-manifest-'));
  store = await openLowdbStore({ dir });
  const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));
  await seedDemoOffices(store, clock);
  conversation = createConversation({ store, clock, notifier: { send: async () => {} }, log: () => {} });
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Teams app manifest', () => {
  it('names one bot, the app itself, in personal chats, teams and group chats, in Italian', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(bot.botId).toBe(manifest.id);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('it-it');
  });

  it('ships the two icons it names, as PNG images of the sizes Teams asks for (192 and 32 pixels)', async () => {
    for (const [name, size] of [[manifest.icons.color, 192], [manifest.icons.outline, 32]] as const) {
      const png = await readFile(new URL(name, packageDir));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('suggests in the personal chat "home", which brings the home card, and sentences the core understands', async () => {
    const personal = bot.commandLists.find((list) => list.scopes.includes('personal'))!;
    expect(personal.commands.map((c) => c.title)).toContain('home');
    for (const { title } of bot.commandLists.flatMap((list) => list.commands)) {
      expect(title.length).toBeLessThanOrEqual(32);
      const request = parseActivity({ type: 'message', text: title, conversation: { conversationType: 'personal' } });
      if (title === 'home') {
        expect(request).toEqual({ kind: 'home', via: 'message' });
        continue;
      }
      expect(request).toEqual({ kind: 'text', text: title });
      const reply = await conversation.handleText({ platform: 'teams', id: '88a5f028-aa89-46bf-835a-eef4c9c91204' }, title);
      // Understood: an answer, or (for "sarò in ferie", which has no dates) the form that asks for them.
      const understood = reply.form !== undefined || (reply.kind !== 'problem' && reply.kind !== 'refusal');
      expect({ title, understood }).toEqual({ title, understood: true });
    }
  });
});
