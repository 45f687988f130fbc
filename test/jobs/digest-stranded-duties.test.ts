import { afterEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../src/calendar/versions/calendar-versions.ts';
import { FixedClock } from '../../src/ports.ts';
import { declareAbsence } from '../../src/use-cases/declare-absence.ts';
import type { LowdbStore } from '../../adapters/store/index.ts';
import { runDue } from '../../jobs/run-due.ts';
import { weeklyDigestJob } from '../../jobs/weekly-digest.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const DEC = { officeId: OFFICE, from: '2026-12-01', to: '2026-12-31' };
const only = { jobs: [weeklyDigestJob] };

async function december(): Promise<LowdbStore> {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-05', '09:00'), only);
  return store;
}

const reperibilita = (store: LowdbStore, from: string) => latestPublished(store.snapshot(), DEC)!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === from)!;

describe('the head\'s weekly digest: duties covered on paper only', () => {
  it('a holder in malattia: the week\'s coverage counts the duty to reassign and names it, with why', async () => {
    const store = await december();
    const duty = reperibilita(store, '2026-12-07');
    await declareAbsence(store, new FixedClock(rome('2026-12-05', '10:00')), { magistrate: duty.magistrateId, type: 'malattia', from: '2026-12-05', to: '2026-12-10', actor: duty.magistrateId });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-07', '08:00'), only);
    const head = notifier.sent.find((n) => n.key === `digest:${OFFICE}:2026-12-07:head`)!;
    const config = store.snapshot().offices[OFFICE]!;
    const holder = config.magistrates.find((m) => m.id === duty.magistrateId)!;
    const own = latestPublished(store.snapshot(), DEC)!.duties.filter((d) => d.magistrateId === holder.id && d.from <= '2026-12-10' && d.to >= '2026-12-07');
    expect(head.reply!.sections[0]!.lines[0]).toMatch(new RegExp(`; nessun turno scoperto; ${own.length === 1 ? '1 turno da riassegnare' : `${own.length} turni da riassegnare`}\\.$`));
    const stranded = head.reply!.sections.find((s) => s.heading === 'Turni da riassegnare (il titolare non può svolgerli)')!;
    expect(stranded.lines).toContain(`Turno esterno di reperibilità da lunedì 7 dicembre a domenica 13 dicembre: ${holder.name} ${holder.surname} in malattia dal 5 al 10 dicembre 2026`);
  });

  it('a holder who left the office: the head is told the duty is to reassign, the holder gets no digest of that week', async () => {
    const store = await december();
    const duty = reperibilita(store, '2026-12-14');
    await store.update((draft) => {
      draft.offices[OFFICE]!.magistrates.find((m) => m.id === duty.magistrateId)!.serviceEnd = '2026-12-10';
    });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-14', '08:00'), only);
    expect(notifier.keys(`digest:${OFFICE}:2026-12-14:${duty.magistrateId}`)).toEqual([]);
    const head = notifier.sent.find((n) => n.key === `digest:${OFFICE}:2026-12-14:head`)!;
    const holder = store.snapshot().offices[OFFICE]!.magistrates.find((m) => m.id === duty.magistrateId)!;
    expect(head.text).toContain(`Turno esterno di reperibilità da lunedì 14 dicembre a domenica 20 dicembre: ${holder.name} ${holder.surname} non più in servizio nell'ufficio (ultimo giorno di servizio il 10 dicembre 2026)`);
    expect(head.text).not.toContain(duty.magistrateId);
  });
});
