import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished, latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { readPending } from '../../../src/conversation/pending.ts';
import { HEAD, PERIOD, ROSSI, as, button, openDemo, textOf, type Demo } from './fixture.ts';

/**
 * The demo Procura's head, Nicola Conti, leaves on Thursday 10 December 2026. Approvals of replan proposals follow the
 * day the button is pressed: the head in service then (a successor, or the vicario), never the one who has left.
 */
const LAST_DAY = '2026-12-10';
const SUCCESSOR = as('bianchi-sara');
const VICARIO = as('de-luca-anna');

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

/** Rome 09:00 of a December day (UTC+1). */
const at = (day: string) => new Date(`${day}T08:00:00Z`);

async function configure(options: { successor?: boolean; vicario?: boolean }): Promise<void> {
  await demo.store.update((draft) => {
    const office = draft.offices[PERIOD.officeId]!;
    office.magistrates.find((m) => m.id === 'conti-nicola')!.serviceEnd = LAST_DAY;
    if (options.successor) office.magistrates.push({ id: 'bianchi-sara', surname: 'Bianchi', name: 'Sara', role: 'procuratore', gender: 'F', groups: [], chat: {}, serviceStart: '2026-12-11', workPercent: 100, exemptions: [] });
    // The demo names De Luca vicario; the cases without one take her off.
    if (options.vicario) office.office.deputyHeadId = 'de-luca-anna';
    else delete office.office.deputyHeadId;
  });
}

/** Rossi declares ferie on his first published duty after the 12th; returns the approval request the chat sent, if any. */
async function rossiAbsent(): Promise<{ reply: string; pendingId: string | null; sentTo: string | null }> {
  const duty = latestPublished(demo.store.snapshot(), PERIOD)!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-12')!;
  const [, m, d] = duty.from.split('-').map(Number);
  const asked = await demo.conversation.handleText(ROSSI, `sarò in ferie il ${d}/${m}`);
  const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
  const request = demo.notifier.sent.find((n) => n.reply?.actions.some((a) => a.id === 'approve'));
  const open = Object.keys(demo.store.snapshot().conversations).map((id) => readPending(demo.store.snapshot().conversations, id)).find((p) => p?.kind === 'replan_approval' && p.status === 'open');
  return { reply: textOf(done), pendingId: open?.id ?? null, sentTo: request && request.to.kind === 'magistrate' ? request.to.magistrateId : null };
}

describe('head of office on both sides of the last day of service', () => {
  it('on the last day the leaving head is asked and approves; the day after the same button is refused and the successor decides', async () => {
    await configure({ successor: true });
    demo.clock.set(at(LAST_DAY));
    const first = await rossiAbsent();
    expect(first.sentTo).toBe('conti-nicola');

    demo.clock.set(at('2026-12-11'));
    const refused = await demo.conversation.handleAction(HEAD, 'approve', first.pendingId!);
    expect(refused.kind).toBe('refusal');
    expect(refused.sections[0]!.lines[0]).toBe('Mi dispiace, non risulti più in servizio come capo dell\'ufficio (ultimo giorno di servizio il 10 dicembre 2026): questa approvazione spetta al capo dell\'ufficio in servizio.');
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.status).toBe('provisional');

    // The successor's home lists the proposal that waited since the handover, with its buttons; the old head's no longer.
    expect((await demo.conversation.home(SUCCESSOR)).actions.some((a) => a.pendingId === first.pendingId && a.id === 'approve')).toBe(true);
    expect((await demo.conversation.home(HEAD)).actions.some((a) => a.pendingId === first.pendingId)).toBe(false);
    // The head of another office is not head here.
    expect((await demo.conversation.handleAction(as('caruso-elisabetta'), 'approve', first.pendingId!)).sections[0]!.lines[0]).toBe('Mi dispiace, questa scelta spetta a un\'altra persona.');

    const approved = await demo.conversation.handleAction(SUCCESSOR, 'approve', first.pendingId!);
    expect(approved.kind).toBe('done');
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.status).toBe('published');
  });

  it('the leaving head may still approve on the last day, and the successor may not yet', async () => {
    await configure({ successor: true });
    demo.clock.set(at(LAST_DAY));
    const { pendingId } = await rossiAbsent();
    const early = await demo.conversation.handleAction(SUCCESSOR, 'approve', pendingId!);
    expect(early.sections[0]!.lines[0]).toBe('Mi dispiace, prenderai servizio come capo dell\'ufficio l\'11 dicembre 2026: questa approvazione spetta al capo dell\'ufficio in servizio.');
    const approved = await demo.conversation.handleAction(HEAD, 'approve', pendingId!);
    expect(approved.kind).toBe('done');
  });

  it('the day after, a new proposal goes to the successor', async () => {
    await configure({ successor: true });
    demo.clock.set(at('2026-12-11'));
    expect((await rossiAbsent()).sentTo).toBe('bianchi-sara');
  });

  it('with no head in service, the vicario named in the office file is asked and may approve', async () => {
    await configure({ vicario: true });
    demo.clock.set(at('2026-12-11'));
    const { sentTo, pendingId } = await rossiAbsent();
    expect(sentTo).toBe('de-luca-anna');
    expect((await demo.conversation.handleAction(VICARIO, 'approve', pendingId!)).kind).toBe('done');
  });

  it('with nobody to act as head, the proposal waits and the office channel is told why, in Italian', async () => {
    await configure({});
    demo.clock.set(at('2026-12-11'));
    const { reply, sentTo, pendingId } = await rossiAbsent();
    expect(sentTo).toBeNull();
    expect(reply).toContain('ma oggi nessun capo dell\'ufficio risulta in servizio per approvarla: resta in attesa finché la configurazione dell\'ufficio non indicherà il nuovo capo dell\'ufficio o il vicario.');
    const notice = demo.notifier.sent.find((n) => n.to.kind === 'office');
    expect(notice?.text).toContain('attende l\'approvazione del capo dell\'ufficio. Nessun capo dell\'ufficio risulta in servizio l\'11 dicembre 2026 (Nicola Conti ha lasciato l\'ufficio il 10 dicembre 2026) e non è indicato un vicario in servizio: per favore aggiornate la configurazione dell\'ufficio');
    expect(demo.notifier.sent.some((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola')).toBe(false);
    // Once the office file names the vicario, they decide the proposal that waited.
    await configure({ vicario: true });
    expect((await demo.conversation.handleAction(VICARIO, 'approve', pendingId!)).kind).toBe('done');
  });

  it('with nobody to act as head, withdrawing the absence still withdraws the waiting proposal', async () => {
    await configure({});
    demo.clock.set(at('2026-12-11'));
    const { pendingId } = await rossiAbsent();
    const duty = latestPublished(demo.store.snapshot(), PERIOD)!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-12')!;
    const [, m, d] = duty.from.split('-').map(Number);
    const asked = await demo.conversation.handleText(ROSSI, `togli le ferie del ${d}/${m}`);
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(done.sections[0]!.lines[1]).toMatch(/^La proposta di ripianificazione del calendario .* non serve più, perché l'assenza è stata ritirata: l'ho ritirata e il calendario pubblicato resta com'è\.$/);
    expect(readPending(demo.store.snapshot().conversations, pendingId!)!.status).toBe('cancelled');
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.status).toBe('published');
  });
});
