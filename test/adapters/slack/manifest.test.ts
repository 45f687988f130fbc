import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SLACK_PATH, SLASH_COMMAND } from '../../../adapters/slack/index.ts';

interface Manifest {
  features: { app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean }; slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const manifest = JSON.parse(await readFile(new URL('../../../adapters/slack/manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('Slack app manifest', () => {
  it('sends events, the command and interactivity to the one URL the adapter listens on', () => {
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_PATH);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to the events the adapter handles, with the scopes they and the Web API calls need', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    // message.im needs im:history, app_mention app_mentions:read, /turni commands,
    // chat.postMessage/chat.update chat:write, conversations.open im:write, users.info with the e-mail users:read(.email).
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write', 'users:read', 'users:read.email']);
  });
});
