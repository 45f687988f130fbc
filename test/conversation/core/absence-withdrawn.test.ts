import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished, latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { diffVersions } from '../../../src/calendar/versions/diff-versions.ts';
import { replyText } from '../../../src/conversation/index.ts';
import type { Duty } from '../../../src/domain/calendar.ts';
import { cancelAbsence } from '../../../src/use-cases/cancel-absence.ts';
import { proposeReplan } from '../../../src/use-cases/replan-calendar.ts';
import { HEAD, PERIOD, ROSSI, button, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

/** Rossi's one-day duties of the published calendar in December. */
const rossiDays = () => latestPublished(demo.store.snapshot(), PERIOD)!.duties.filter((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-01' && d.from === d.to);
const dayMonth = (duty: Duty) => duty.from.split('-').slice(1).map(Number).reverse().join('/');
const approvals = () => demo.notifier.sent.filter((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.actions.some((a) => a.id === 'approve'));

async function declare(duty: Duty): Promise<void> {
  const asked = await demo.conversation.handleText(ROSSI, `sarò in ferie il ${dayMonth(duty)}`);
  await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
}

async function withdraw(duty: Duty) {
  const asked = await demo.conversation.handleText(ROSSI, `togli le ferie del ${dayMonth(duty)}`);
  return demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
}

describe('conversation core: an absence withdrawn while its replan proposal awaits the head', () => {
  it('withdrawing the absence behind a proposal still awaiting the head withdraws the proposal: no new version, the head told, the approval closed', async () => {
    const duty = rossiDays()[0]!;
    const d = Number(duty.from.slice(8));
    await declare(duty);
    const first = approvals()[0]!;
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.number).toBe(2);
    const stored = demo.store.snapshot().calendars.length;
    const sent = demo.notifier.sent.length;

    const done = await withdraw(duty);
    expect(done.kind).toBe('done');
    expect(done.sections[0]!.lines).toEqual([
      `Fatto: ho annullato le ferie di Mario Rossi il ${d} dicembre.`,
      'Ho avvisato il capo dell\'ufficio che la proposta di ripianificazione del calendario dal 23 novembre al 31 dicembre non serve più: il calendario pubblicato resta com\'è.',
    ]);
    // No version equal to the published one: proposal 2 is withdrawn, version 1 is back in force, nothing is in review.
    const state = demo.store.snapshot();
    expect(state.calendars).toHaveLength(stored);
    expect(state.calendars.find((c) => c.number === 2)!.status).toBe('withdrawn');
    expect(latestVersion(state, PERIOD)).toMatchObject({ number: 1, status: 'published' });
    expect(textOf(await demo.conversation.home(HEAD))).toContain('Nessun calendario provvisorio in revisione');

    // The head hears it once, with nothing to approve.
    const toHead = demo.notifier.sent.slice(sent);
    expect(toHead).toHaveLength(1);
    expect(toHead[0]!.to).toEqual({ kind: 'magistrate', officeId: 'procura-napoli', magistrateId: 'conti-nicola' });
    expect(toHead[0]!.text).toBe(`Mario Rossi ha ritirato le ferie il ${d} dicembre. La proposta provvisoria 2 del calendario dal 23 novembre al 31 dicembre non serve più, perché l'assenza è stata ritirata: il calendario pubblicato resta com'è e non c'è nulla da approvare.`);
    expect(toHead[0]!.reply).toMatchObject({ kind: 'answer', title: 'Proposta di ripianificazione non più necessaria', actions: [] });

    // The old approval is closed: its button publishes nothing and says why; the head's home no longer lists it.
    const stale = await demo.conversation.handleAction(HEAD, 'approve', first.reply!.actions[0]!.pendingId);
    expect(textOf(stale).trim()).toBe('Questa richiesta è già stata chiusa: la proposta provvisoria 2 è stata ritirata, perché l\'assenza è stata ritirata, e il calendario pubblicato resta com\'è.');
    expect(textOf(await demo.conversation.home(HEAD))).not.toContain('Ripianificazione da approvare');
    expect(latestPublished(demo.store.snapshot(), PERIOD)).toMatchObject({ number: 1 });
    expect(demo.store.snapshot().calendars).toHaveLength(stored);
  });

  it('replaces the proposal with one covering only the absences still there when one of two is withdrawn', async () => {
    const [first, second] = [rossiDays()[0]!, rossiDays().find((d) => d.from > rossiDays()[0]!.from)!];
    await declare(first);
    await declare(second);
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.number).toBe(3);
    const older = approvals().at(-1)!;

    const done = await withdraw(first);
    expect(textOf(done)).toContain('Ho inviato al capo dell\'ufficio la proposta di ripianificazione aggiornata del calendario dal 23 novembre al 31 dicembre, che sostituisce quella ancora da approvare.');
    const update = approvals().at(-1)!;
    expect(update).not.toBe(older);
    expect(update.reply!.title).toBe('Assenza ritirata: proposta di ripianificazione aggiornata');
    expect(update.text).toBe(`Mario Rossi ha ritirato le ferie il ${Number(first.from.slice(8))} dicembre. Proposta di ripianificazione aggiornata da approvare, che sostituisce la proposta provvisoria 3.`);
    expect(replyText(update.reply!)).toContain('Sostituisce la proposta provvisoria 3, non ancora approvata');
    // Version 4 moves only the duty of the absence still there.
    const v4 = latestVersion(demo.store.snapshot(), PERIOD)!;
    expect(v4).toMatchObject({ number: 4, status: 'provisional' });
    const changes = diffVersions(latestPublished(demo.store.snapshot(), PERIOD)!.duties, v4.duties).changes;
    expect(changes.some((c) => c.before === 'rossi-mario' && c.slotId === `${second.serviceId}@${second.from}`)).toBe(true);
    expect(changes.some((c) => c.before === 'rossi-mario' && c.slotId === `${first.serviceId}@${first.from}`)).toBe(false);

    expect(textOf(await demo.conversation.handleAction(HEAD, 'approve', older.reply!.actions[0]!.pendingId))).toContain('Questa richiesta è già stata chiusa: sostituita dalla proposta provvisoria 4.');
    expect((await demo.conversation.handleAction(HEAD, 'approve', button(update.reply!, 'approve'))).kind).toBe('done');
    expect(latestPublished(demo.store.snapshot(), PERIOD)!.number).toBe(4);
  });

  it('answers the head\'s button of a proposal withdrawn from the command line with nothing to publish', async () => {
    const duty = rossiDays()[0]!;
    await declare(duty);
    const asked = approvals()[0]!;
    // What "turnario absence cancel" and "turnario calendar replan" do: no chat turn closes the approval.
    const absence = demo.store.snapshot().absences.find((a) => a.magistrateId === 'rossi-mario' && a.status === 'active' && a.from === duty.from)!;
    expect((await cancelAbsence(demo.store, demo.clock, absence.id, 'capo')).ok).toBe(true);
    expect(await proposeReplan(demo.store, demo.clock, PERIOD, 'capo')).toMatchObject({ ok: true, version: null, withdrawn: 2 });

    const pressed = await demo.conversation.handleAction(HEAD, 'approve', asked.reply!.actions[0]!.pendingId);
    expect(pressed.kind).toBe('answer');
    expect(textOf(pressed).trim()).toBe('La proposta provvisoria 2 del calendario dal 23 novembre al 31 dicembre è stata ritirata: con le assenze note nessun turno del calendario pubblicato cambia, quindi non c\'è nulla da pubblicare.');
    expect(latestVersion(demo.store.snapshot(), PERIOD)).toMatchObject({ number: 1, status: 'published' });
    expect(textOf(await demo.conversation.handleAction(HEAD, 'approve', asked.reply!.actions[0]!.pendingId))).toContain('Questa richiesta è già stata chiusa: proposta ritirata.');
  });
});
