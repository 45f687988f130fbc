import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FanOutNotifier } from '../../adapters/compose/fan-out-notifier.ts';
import { dutyRemindersJob } from '../../jobs/duty-reminders.ts';
import { runDue } from '../../jobs/run-due.ts';
import { people, startHarness, type Harness } from '../adapters/slack/harness.ts';
import { demoWithPublished, rome } from './helpers.ts';

/**
 * The reminders job delivering through the production chain (fan-out, real Slack notifier, Slack's Web
 * API stand-in on 127.0.0.1): when Slack answers that it did not post the message, the key is handed
 * back and the reminder goes out on a later tick; when it posted, nothing is sent twice.
 */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const only = { jobs: [dutyRemindersJob] };
const KEY = 'reminder:reperibilita@2026-12-01#bianchi-laura:sera-prima';

function fanOut(): { notifier: FanOutNotifier; errors: string[] } {
  const errors: string[] = [];
  const notifier = new FanOutNotifier({ error: (message) => errors.push(message) });
  notifier.add({ name: 'slack', notifier: h.front.notifier, reaches: (to) => h.front.notifier.reaches(to) });
  return { notifier, errors };
}

describe('a reminder Slack refused', () => {
  it('is retried on the next tick and delivered once', async () => {
    await demoWithPublished(h.store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    const { notifier, errors } = fanOut();
    await runDue({ store: h.store, notifier }, rome('2026-11-25', '10:00'), only);
    h.api.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'ratelimited' } });
    const first = await runDue({ store: h.store, notifier }, rome('2026-11-30', '18:00'), only);
    expect(first.runs.map((r) => [r.key, r.outcome])).toEqual([[KEY, 'retry']]);
    expect(errors).toEqual(['Notifica non consegnata su slack']);
    const second = await runDue({ store: h.store, notifier }, rome('2026-11-30', '18:01'), only);
    expect(second.runs.map((r) => [r.key, r.outcome])).toEqual([[KEY, 'sent']]);
    const posted = h.api.callsTo('chat.postMessage').filter((c) => c.response.ok === true);
    expect(posted.map((c) => c.args.channel)).toEqual([`D${people.bianchi}`]);
    expect(String(posted[0]!.args.text)).toMatch(/^Promemoria: domani inizia il tuo turno/);
    expect((await runDue({ store: h.store, notifier }, rome('2026-11-30', '18:02'), only)).runs).toEqual([]);
  });

  it('a send Slack may have posted (server error) is recorded as failed, not sent twice', async () => {
    await demoWithPublished(h.store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    const { notifier } = fanOut();
    await runDue({ store: h.store, notifier }, rome('2026-11-25', '10:00'), only);
    const broken = { status: 500, body: { ok: false } };
    h.api.failNext('chat.postMessage', broken, broken, broken);
    const first = await runDue({ store: h.store, notifier }, rome('2026-11-30', '18:00'), only);
    expect(first.runs.map((r) => [r.key, r.outcome])).toEqual([[KEY, 'failed']]);
    expect(first.runs[0]!.detail).toMatch(/^invio non confermato \(.*\): non lo ripeto per non mandarlo due volte$/);
    expect((await runDue({ store: h.store, notifier }, rome('2026-11-30', '18:01'), only)).runs).toEqual([]);
  });
});
