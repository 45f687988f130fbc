import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { FixedClock } from '../../src/ports.ts';
import { runDue } from '../../jobs/run-due.ts';
import { giadaBalanceJob, giadaDrawJob } from '../../jobs/giada-jobs.ts';
import { RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());
const TRIBUNALE = 'tribunale-napoli';
const only = { jobs: [giadaDrawJob, giadaBalanceJob] };

async function tribunal(mode: 'draw' | 'rotation') {
  const store = await stores.open(await stores.dir());
  await seedDemoOffices(store, new FixedClock(rome('2026-12-01', '09:00')));
  await store.update((draft) => {
    draft.offices[TRIBUNALE]!.giada!.mode = mode;
    // The office channel the commitments are published on (without one they go to the president).
    draft.offices[TRIBUNALE]!.announcements = { slackChannelId: 'C0TRIBNA01' };
  });
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-01', '09:00'), only);
  return store;
}

describe('GIADA jobs', () => {
  it('draw mode: at 00:05 the commitments of today and tomorrow go to the office channel, once; missed days collapse into one run', async () => {
    const store = await tribunal('draw');
    const notifier = new RecordingNotifier();
    expect((await runDue({ store, notifier }, rome('2026-12-02', '00:04'), only)).runs).toEqual([]);
    const tick = await runDue({ store, notifier }, rome('2026-12-02', '00:05'), only);
    expect(tick.runs.map((r) => [r.key, r.outcome])).toEqual([[`giada.draw:${TRIBUNALE}:2026-12-02`, 'sent']]);
    expect(notifier.sent[0]!.to).toEqual({ kind: 'office', officeId: TRIBUNALE });
    expect(notifier.sent[0]!.text).toMatch(/Impegno del 2 dicembre 2026 \(impronta SHA-256 del seme\): [0-9a-f]{64}\nImpegno del 3 dicembre 2026/);
    expect((await runDue({ store, notifier }, rome('2026-12-02', '00:06'), only)).runs).toEqual([]);
    const back = await runDue({ store, notifier }, rome('2026-12-05', '10:00'), only);
    expect(back.runs.filter((r) => r.job === 'giada.draw').map((r) => r.outcome)).toEqual(['dropped', 'dropped', 'sent']);
    expect(notifier.sent.at(-1)!.text).toContain('Semi rivelati nel registro: 2 dicembre 2026');
  });

  it('rotation mode: no draw job; the Monday balance watch runs and stays silent within tolerance', async () => {
    const store = await tribunal('rotation');
    const notifier = new RecordingNotifier();
    const tick = await runDue({ store, notifier }, rome('2026-12-07', '07:30'), only);
    expect(tick.runs.map((r) => [r.key, r.outcome, r.detail])).toEqual([[`giada.balance:${TRIBUNALE}:2026-12-07`, 'skipped', 'carichi entro la tolleranza: nessun avviso']]);
    expect(notifier.sent).toEqual([]);
  });
});
