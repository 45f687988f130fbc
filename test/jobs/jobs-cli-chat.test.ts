import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../adapters/cli/run-cli.ts';
import { SlackStandIn } from '../adapters/slack/slack-stand-in.ts';

let dir: string;
let env: Record<string, string>;
const slack = new SlackStandIn();

beforeAll(async () => {
  await slack.start();
  dir = await mkdtemp(join(tmpdir(), 'turnario-jobschat-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'capo' };
  await runCli(['start', '--dry-run'], env);
  await runCli(['calendar', 'generate', '--from', '2026-12-01', '--to', '2026-12-31'], env);
  await runCli(['calendar', 'publish', '--from', '2026-12-01', '--to', '2026-12-31'], env);
}, 60_000);

afterAll(async () => {
  await slack.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('turnario jobs tick with a chat configured', () => {
  it('delivers through Slack as well as printing, and only once', async () => {
    const withSlack = { ...env, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'segreto-di-prova', SLACK_API_URL: slack.apiUrl };
    const first = await runCli(['jobs', 'tick', '--at', '2026-11-30T18:00'], withSlack);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Invio anche su: Slack.');
    expect(first.stdout).toContain('→ a Laura Bianchi (bianchi-laura):');
    const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(String(posts[0]!.args.text)).toContain('Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità"');
    const again = await runCli(['jobs', 'tick', '--at', '2026-11-30T18:00'], withSlack);
    expect(again.stdout).toContain('Nessun job dovuto');
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });
});
