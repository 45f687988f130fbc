import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { latestVersion } from '../../src/calendar/versions/calendar-versions.ts';
import { createConversation } from '../../src/conversation/index.ts';
import { FixedClock, MemoryNotifier } from '../../src/ports.ts';
import { cancelAbsence } from '../../src/use-cases/cancel-absence.ts';
import { declareAbsence } from '../../src/use-cases/declare-absence.ts';
import { proposeReplan } from '../../src/use-cases/replan-calendar.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { JOBS_ACTOR } from '../../jobs/provisional-calendar.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const JAN = { officeId: OFFICE, from: '2027-01-01', to: '2027-01-31' };
const head = { platform: 'console' as const, id: 'conti-nicola' };

async function seeded() {
  const store = await stores.open(await stores.dir());
  await seedDemoOffices(store, new FixedClock(rome('2026-12-01', '09:00')));
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-01', '09:00'));
  return store;
}

describe('provisional calendar and publication announcement', () => {
  it('on the 10th at 07:00 generates next month, tells the head with a working publish button, then announces the publication', async () => {
    const store = await seeded();
    const notifier = new RecordingNotifier();
    expect((await runDue({ store, notifier }, rome('2026-12-10', '06:59'))).runs.filter((r) => r.job === 'calendar.generate')).toEqual([]);
    const tick = await runDue({ store, notifier }, rome('2026-12-10', '07:00'));
    const generated = tick.runs.filter((r) => r.job === 'calendar.generate');
    expect(generated.map((r) => [r.key, r.outcome])).toEqual([[`calendar.generate:${OFFICE}:2027-01`, 'sent']]);
    const version = latestVersion(store.snapshot(), JAN)!;
    expect(version).toMatchObject({ status: 'provisional', number: 1, createdBy: JOBS_ACTOR, createdAt: rome('2026-12-10', '07:00').toISOString() });
    const message = notifier.sent.find((n) => n.key === `calendar.generate:${OFFICE}:2027-01`)!;
    expect(message.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
    expect(message.reply!.title).toBe('Calendario provvisorio dal 1° al 31 gennaio 2027 pronto');
    expect(message.text).toContain(`generato (versione 1): ${version.duties.length} turni assegnati`);
    expect(message.reply!.sections.find((s) => s.heading?.startsWith('Equità'))!.lines.some((l) => l.startsWith('reperibilità – carico totale'))).toBe(true);
    expect(message.reply!.actions.map((a) => a.id)).toEqual(['publish', 'cancel']);

    const conversation = createConversation({ store, clock: new FixedClock(rome('2026-12-10', '09:12')), notifier: new MemoryNotifier() });
    const pressed = await conversation.handleAction(head, 'publish', message.reply!.actions[0]!.pendingId);
    expect(pressed.kind).toBe('done');
    expect(latestVersion(store.snapshot(), JAN)!.status).toBe('published');

    const after = await runDue({ store, notifier }, rome('2026-12-10', '09:13'));
    const announced = after.runs.filter((r) => r.job === 'calendar.announce');
    const magistrates = store.snapshot().offices[OFFICE]!.magistrates;
    expect(announced.length).toBe(1 + magistrates.length);
    const office = notifier.sent.find((n) => n.to.kind === 'office')!;
    expect(office.text).toBe(`Pubblicato il calendario dei turni dal 1° al 31 gennaio 2027\n\nVersione 1: ${version.duties.length} turni assegnati, tutti i turni sono coperti.\nCiascun magistrato riceve i propri turni in un messaggio privato.`);
    const rossi = notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'rossi-mario' && n.key!.startsWith('calendar.announce:'))!;
    const own = version.duties.filter((d) => d.magistrateId === 'rossi-mario');
    expect(rossi.reply!.sections[0]!.lines.length).toBe(Math.max(own.length, 1));
    expect(rossi.text.startsWith('I tuoi turni nel calendario pubblicato dal 1° al 31 gennaio 2027')).toBe(true);
    expect((await runDue({ store, notifier }, rome('2026-12-10', '09:14'))).runs).toEqual([]);
  });

  it('catch-up: the 10th fell while the process was down; the month is generated once at restart', async () => {
    const store = await seeded();
    const notifier = new RecordingNotifier();
    const back = await runDue({ store, notifier }, rome('2026-12-12', '09:00'));
    expect(back.runs.filter((r) => r.job === 'calendar.generate').map((r) => [r.outcome, r.planned])).toEqual([['sent', rome('2026-12-10', '07:00').toISOString()]]);
    await runDue({ store, notifier }, rome('2026-12-12', '09:01'));
    expect(store.snapshot().calendars.filter((c) => c.from === JAN.from)).toHaveLength(1);
  });

  it('does not generate a month someone already generated by hand', async () => {
    const store = await seeded();
    await generateCalendar(store, new FixedClock(rome('2026-12-05', '10:00')), JAN, 'ferraro-giulia');
    const tick = await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-10', '07:00'));
    const run = tick.runs.find((r) => r.job === 'calendar.generate')!;
    expect(run.outcome).toBe('skipped');
    expect(run.detail).toBe('esiste già un calendario dal 1° al 31 gennaio 2027 (versione 1): non ne genero un altro');
    expect(store.snapshot().calendars.filter((c) => c.from === JAN.from)).toHaveLength(1);
  });
});

describe('weekly digest and absence follow-up', () => {
  it('Monday 08:00: each magistrate gets the week\'s duties, the head coverage and absences', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-06', '20:00'));
    await declareAbsence(store, new FixedClock(rome('2026-12-06', '21:00')), { magistrate: 'rossi-mario', type: 'formazione', from: '2026-12-09', to: '2026-12-10', actor: 'rossi-mario' });
    const notifier = new RecordingNotifier();
    const tick = await runDue({ store, notifier }, rome('2026-12-07', '08:00'));
    const digests = notifier.sent.filter((n) => n.key!.startsWith(`digest:${OFFICE}:2026-12-07:`));
    const week = store.snapshot().calendars[0]!.duties.filter((d) => d.from <= '2026-12-13' && d.to >= '2026-12-07');
    const holders = new Set(week.map((d) => d.magistrateId));
    expect(digests.length).toBe(holders.size + 1);
    const headDigest = digests.find((n) => n.key!.endsWith(':head'))!;
    // Rossi's duties on the days of his training are to reassign (the demo gives him one, on the 9th).
    const stranded = week.filter((d) => d.magistrateId === 'rossi-mario' && d.from <= '2026-12-10' && d.to >= '2026-12-09');
    expect(stranded).toHaveLength(1);
    expect(headDigest.text).toBe([
      'Settimana dal 7 al 13 dicembre 2026: copertura e assenze',
      '',
      `Copertura\n${week.length} turni assegnati; nessun turno scoperto; 1 turno da riassegnare.`,
      '',
      'Turni da riassegnare (il titolare non può svolgerli)\n• Turno assegnazione affari mercoledì 9 dicembre: Mario Rossi in formazione dal 9 al 10 dicembre 2026',
      '',
      'Assenze\n• Mario Rossi: formazione dal 9 al 10 dicembre 2026',
    ].join('\n'));
    const someone = [...holders][0]!;
    const mine = digests.find((n) => n.key === `digest:${OFFICE}:2026-12-07:${someone}`)!;
    expect(mine.reply!.sections[0]!.lines).toHaveLength(week.filter((d) => d.magistrateId === someone).length);
    expect(tick.runs.filter((r) => r.job === 'digest').every((r) => r.outcome === 'sent')).toBe(true);
  });

  it('a replan proposal left unapproved: the head is reminded once after 24 hours, with the same buttons', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-01', '09:00'));
    const duty = store.snapshot().calendars[0]!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from > '2026-12-03')!;
    const rossi = { platform: 'console' as const, id: 'rossi-mario' };
    const chat = createConversation({ store, clock: new FixedClock(rome('2026-12-02', '10:00')), notifier: new MemoryNotifier() });
    const asked = await chat.submitForm(rossi, 'absence', { type: 'malattia', from: duty.from, to: duty.to });
    expect(asked.actions[0]!.id).toBe('confirm');
    expect((await chat.handleAction(rossi, 'confirm', asked.actions[0]!.pendingId)).kind).toBe('done');
    const approval = Object.values(store.snapshot().conversations).find((p) => (p as { kind: string }).kind === 'replan_approval') as { id: string };
    expect(approval).toBeDefined();

    const notifier = new RecordingNotifier();
    expect((await runDue({ store, notifier }, rome('2026-12-03', '09:59'))).runs.filter((r) => r.job === 'absence.follow-up')).toEqual([]);
    const tick = await runDue({ store, notifier }, rome('2026-12-03', '10:00'));
    expect(tick.runs.filter((r) => r.job === 'absence.follow-up').map((r) => [r.key, r.outcome])).toEqual([[`absence.follow-up:${approval.id}`, 'sent']]);
    const reminder = notifier.sent.find((n) => n.key === `absence.follow-up:${approval.id}`)!;
    expect(reminder.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
    expect(reminder.text).toContain('fatta dopo l\'assenza di Mario Rossi, attende la tua approvazione da più di 24 ore');
    expect(reminder.reply!.actions.map((a) => [a.id, a.pendingId])).toEqual([['approve', approval.id], ['reject', approval.id]]);
    const approved = await createConversation({ store, clock: new FixedClock(rome('2026-12-03', '10:05')), notifier: new MemoryNotifier() }).handleAction(head, 'approve', approval.id);
    expect(approved.kind).toBe('done');
    expect((await runDue({ store, notifier }, rome('2026-12-04', '10:00'))).runs.filter((r) => r.job === 'absence.follow-up')).toEqual([]);
  });

  it('a replan proposal withdrawn from the command line (its absence cancelled) is not followed up', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-01', '09:00'));
    const duty = store.snapshot().calendars[0]!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from > '2026-12-03')!;
    const rossi = { platform: 'console' as const, id: 'rossi-mario' };
    const clock = new FixedClock(rome('2026-12-02', '10:00'));
    const chat = createConversation({ store, clock, notifier: new MemoryNotifier() });
    const asked = await chat.submitForm(rossi, 'absence', { type: 'malattia', from: duty.from, to: duty.to });
    await chat.handleAction(rossi, 'confirm', asked.actions[0]!.pendingId);
    const absence = store.snapshot().absences.find((a) => a.magistrateId === 'rossi-mario' && a.status === 'active' && a.from === duty.from)!;
    expect((await cancelAbsence(store, clock, absence.id, 'capo')).ok).toBe(true);
    expect(await proposeReplan(store, clock, { officeId: OFFICE, from: '2026-12-01', to: '2026-12-31' }, 'capo')).toMatchObject({ ok: true, withdrawn: 2 });

    const notifier = new RecordingNotifier();
    const tick = await runDue({ store, notifier }, rome('2026-12-03', '10:00'));
    expect(tick.runs.filter((r) => r.job === 'absence.follow-up').map((r) => [r.outcome, r.detail])).toEqual([['skipped', 'la proposta è stata ritirata: nessun turno pubblicato deve cambiare']]);
    expect(notifier.sent.filter((n) => n.key?.startsWith('absence.follow-up:'))).toEqual([]);
  });
});
