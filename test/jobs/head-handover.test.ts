import { afterEach, describe, expect, it } from 'vitest';
import type { LowdbStore } from '../../adapters/store/index.ts';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { absenceFollowUpJob } from '../../jobs/absence-follow-up.ts';
import { provisionalCalendarJob } from '../../jobs/provisional-calendar.ts';
import { runDue } from '../../jobs/run-due.ts';
import { weeklyDigestJob } from '../../jobs/weekly-digest.ts';
import { openPending } from '../../src/conversation/pending.ts';
import { replyText } from '../../src/conversation/reply.ts';
import { FixedClock } from '../../src/ports.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

/**
 * The demo Procura's head, Nicola Conti, leaves the office; the jobs send what is the head's to whoever is head on the
 * day they run: the successor by dates, the vicario, or, when nobody is, the office channel with the reason.
 */
const stores = tempStores();
afterEach(() => stores.cleanup());

const HEAD_KEY = `digest:${OFFICE}:2026-12-14:head`;

async function december(setup: { lastDay?: string; successorFrom?: string; vicario?: boolean; ferie?: { magistrateId: string; from: string; to: string }[] }): Promise<LowdbStore> {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-05', '09:00'), { jobs: [weeklyDigestJob, absenceFollowUpJob] });
  await store.update((draft) => {
    const office = draft.offices[OFFICE]!;
    if (setup.lastDay) office.magistrates.find((m) => m.id === 'conti-nicola')!.serviceEnd = setup.lastDay;
    (setup.ferie ?? []).forEach((f, i) => draft.absences.push({ id: `test-ferie-${i}`, type: 'ferie', note: '', declaredBy: 'cli:test', declaredAt: '2026-12-05T08:00:00.000Z', status: 'active', ...f }));
    if (setup.successorFrom) office.magistrates.push({ id: 'bianchi-sara', surname: 'Bianchi', name: 'Sara', role: 'procuratore', gender: 'F', groups: [], chat: {}, serviceStart: setup.successorFrom, workPercent: 100, exemptions: [] });
    // The demo names De Luca vicario; the cases without one take her off.
    if (setup.vicario) office.office.deputyHeadId = 'de-luca-anna';
    else delete office.office.deputyHeadId;
  });
  return store;
}

/** Where the head's digest of the week of Monday 14 December went, sent that Monday at 08:00. */
async function headDigestOn(store: LowdbStore) {
  const notifier = new RecordingNotifier();
  await runDue({ store, notifier }, rome('2026-12-14', '08:00'), { jobs: [weeklyDigestJob] });
  return notifier.sent.find((n) => n.key === HEAD_KEY)!;
}

describe('jobs: the head\'s digest goes to the head in service on the day', () => {
  it('on the head\'s last day of service, the head gets it', async () => {
    const sent = await headDigestOn(await december({ lastDay: '2026-12-14', successorFrom: '2026-12-15' }));
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
  });

  it('the day after the head\'s last day, the successor by dates gets it', async () => {
    const sent = await headDigestOn(await december({ lastDay: '2026-12-13', successorFrom: '2026-12-14' }));
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'bianchi-sara' });
  });

  it('with no head in service, the vicario gets it, told why under the title', async () => {
    const sent = await headDigestOn(await december({ lastDay: '2026-12-13', vicario: true }));
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'de-luca-anna' });
    expect(sent.reply!.sections[0]!.lines).toEqual(['Ricevi questo messaggio come vicario: nessun capo dell\'ufficio risulta in servizio (Nicola Conti ha lasciato l\'ufficio il 13 dicembre 2026).']);
    expect(sent.text).toBe(replyText(sent.reply!));
  });

  it('with nobody to act as head, the office channel gets it, opening with why and what to update', async () => {
    const sent = await headDigestOn(await december({ lastDay: '2026-12-13', successorFrom: '2026-12-16' }));
    expect(sent.to).toEqual({ kind: 'office', officeId: OFFICE });
    expect(sent.reply!.sections[0]!.lines[0]).toBe(
      'Nessun capo dell\'ufficio risulta in servizio il 14 dicembre 2026 (Nicola Conti ha lasciato l\'ufficio il 13 dicembre 2026; Sara Bianchi prenderà servizio il 16 dicembre 2026) '
      + 'e non è indicato un vicario in servizio: per favore aggiornate la configurazione dell\'ufficio con il nuovo capo dell\'ufficio (date di servizio) o con il magistrato vicario (office.deputyHeadId).',
    );
    expect(sent.reply!.sections.some((s) => s.heading === 'Copertura')).toBe(true);
  });
});

describe('jobs: the head\'s digest while the head is on ferie', () => {
  const conti = { magistrateId: 'conti-nicola', from: '2026-12-14', to: '2026-12-18' };

  const asVicario = 'Ricevi questo messaggio come vicario: Nicola Conti, capo dell\'ufficio, è in ferie dal 14 al 18 dicembre 2026.';

  it.each([
    ['the head on ferie that Monday: the vicario, told for whom', [conti], 'de-luca-anna', asVicario],
    ['the head back by that Monday: the head, with no such line', [{ ...conti, from: '2026-12-07', to: '2026-12-13' }], 'conti-nicola', null],
    ['the vicario on ferie too: the head, with no such line', [conti, { magistrateId: 'de-luca-anna', from: '2026-12-14', to: '2026-12-14' }], 'conti-nicola', null],
  ] as const)('%s', async (_case, ferie, expected, line) => {
    const sent = await headDigestOn(await december({ vicario: true, ferie: [...ferie] }));
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: expected });
    if (line) expect(sent.reply!.sections[0]!.lines).toEqual([line]);
    else expect(sent.reply!.sections[0]!.heading).toBe('Copertura');
    expect(sent.text.includes('come vicario')).toBe(line !== null);
  });
});

describe('jobs: the follow-up of a replan proposal asked of a head who has left', () => {
  /** A proposal sent to Conti on his last day, 10 December at 10:00; the follow-up is due 24 hours later. */
  async function proposalOnLastDay(setup: { successorFrom?: string }) {
    const store = await december({ lastDay: '2026-12-10', ...setup });
    const pending = await openPending(store, new FixedClock(rome('2026-12-10', '10:00')), {
      kind: 'replan_approval', officeId: OFFICE, createdBy: 'rossi-mario', answerers: ['conti-nicola'], payload: { from: '2026-12-01', to: '2026-12-31', magistrateId: 'rossi-mario' },
    });
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-10', '10:00'), { jobs: [absenceFollowUpJob] });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-11', '10:05'), { jobs: [absenceFollowUpJob] });
    return notifier.sent.filter((n) => n.key === `absence.follow-up:${pending.id}`);
  }

  it('reminds the successor in service, with the buttons', async () => {
    const [sent] = await proposalOnLastDay({ successorFrom: '2026-12-11' });
    expect(sent!.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'bianchi-sara' });
    expect(sent!.reply!.actions.map((a) => a.id)).toEqual(['approve', 'reject']);
  });

  it('with nobody to act as head, tells the office channel that the proposal waits and why', async () => {
    const [sent] = await proposalOnLastDay({});
    expect(sent!.to).toEqual({ kind: 'office', officeId: OFFICE });
    expect(sent!.text).toContain('attende l\'approvazione del capo dell\'ufficio da più di 24 ore. Nessun capo dell\'ufficio risulta in servizio l\'11 dicembre 2026 (Nicola Conti ha lasciato l\'ufficio il 10 dicembre 2026)');
  });
});

describe('jobs: the monthly provisional calendar when nobody acts as head', () => {
  it('is generated and the office channel is told it stays provisional, and why', async () => {
    const store = await stores.open(await stores.dir());
    await seedDemoOffices(store, new FixedClock(rome('2026-12-01', '09:00')));
    await store.update((draft) => {
      draft.offices[OFFICE]!.magistrates.find((m) => m.id === 'conti-nicola')!.serviceEnd = '2026-12-09';
      delete draft.offices[OFFICE]!.office.deputyHeadId;
    });
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-01', '09:00'), { jobs: [provisionalCalendarJob] });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-10', '07:00'), { jobs: [provisionalCalendarJob] });
    const sent = notifier.sent.find((n) => n.key === `calendar.generate:${OFFICE}:2027-01`)!;
    expect(sent.to).toEqual({ kind: 'office', officeId: OFFICE });
    expect(sent.text).toMatch(/^Calendario provvisorio dal 1° al 31 gennaio 2027 generato \(versione 1\): .* Resta provvisorio finché un capo dell'ufficio in servizio non lo pubblica\.\n\nNessun capo dell'ufficio risulta in servizio il 10 dicembre 2026 \(Nicola Conti ha lasciato l'ufficio il 9 dicembre 2026\)/s);
  });
});

describe('jobs: what is the head\'s reaches the vicario while the head is on ferie, saying so', () => {
  const LINE = 'Ricevi questo messaggio come vicario: Nicola Conti, capo dell\'ufficio, è in ferie dall\'8 al 15 dicembre 2026.';

  /** The follow-up, on 11 December at 10:05, of a proposal sent on 10 December at 10:00; Conti on ferie when `ferie`. */
  async function followUp(ferie: boolean) {
    const store = await december({ vicario: true, ferie: ferie ? [{ magistrateId: 'conti-nicola', from: '2026-12-08', to: '2026-12-15' }] : [] });
    const pending = await openPending(store, new FixedClock(rome('2026-12-10', '10:00')), {
      kind: 'replan_approval', officeId: OFFICE, createdBy: 'rossi-mario', answerers: ['conti-nicola'], payload: { from: '2026-12-01', to: '2026-12-31', magistrateId: 'rossi-mario' },
    });
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-10', '10:00'), { jobs: [absenceFollowUpJob] });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-11', '10:05'), { jobs: [absenceFollowUpJob] });
    return notifier.sent.find((n) => n.key === `absence.follow-up:${pending.id}`)!;
  }

  it('the follow-up of a replan proposal, with its buttons', async () => {
    const sent = await followUp(true);
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'de-luca-anna' });
    expect(sent.reply!.sections[0]!.lines).toEqual([LINE]);
    expect(sent.reply!.sections[1]!.lines[0]).toMatch(/^La proposta di ripianificazione del calendario dal 1° al 31 dicembre 2026, fatta dopo l'assenza di Mario Rossi, attende/);
    expect(sent.reply!.actions.map((a) => a.id)).toEqual(['approve', 'reject']);
  });

  it('the follow-up to the head himself has no such line', async () => {
    const sent = await followUp(false);
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
    expect(sent.text).not.toContain('come vicario');
  });

  /** The January calendar the job generates on 10 December at 07:00, as sent; Conti on ferie when `ferie`. */
  async function january(ferie: boolean) {
    const store = await stores.open(await stores.dir());
    await seedDemoOffices(store, new FixedClock(rome('2026-12-01', '09:00')));
    if (ferie) {
      await store.update((draft) => {
        draft.absences.push({ id: 'test-ferie-conti', magistrateId: 'conti-nicola', type: 'ferie', from: '2026-12-08', to: '2026-12-15', note: '', declaredBy: 'cli:test', declaredAt: '2026-12-01T08:00:00.000Z', status: 'active' });
      });
    }
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-01', '09:00'), { jobs: [provisionalCalendarJob] });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-10', '07:00'), { jobs: [provisionalCalendarJob] });
    return notifier.sent.find((n) => n.key === `calendar.generate:${OFFICE}:2027-01`)!;
  }

  it('the generated calendar to publish, with its Pubblica button', async () => {
    const sent = await january(true);
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'de-luca-anna' });
    expect(sent.reply!.title).toBe('Calendario provvisorio dal 1° al 31 gennaio 2027 pronto');
    expect(sent.reply!.sections[0]!.lines).toEqual([LINE]);
    expect(sent.text).toContain(`pronto\n\n${LINE}\n\nCalendario provvisorio dal 1° al 31 gennaio 2027 generato`);
    expect(sent.reply!.actions.map((a) => a.id)).toEqual(['publish', 'cancel']);
  });

  it('the generated calendar to the head himself has no such line', async () => {
    const sent = await january(false);
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
    expect(sent.text).not.toContain('come vicario');
  });
});
