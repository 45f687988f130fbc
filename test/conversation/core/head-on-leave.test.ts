import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../../src/calendar/versions/calendar-versions.ts';
import { HEAD, PERIOD, as, button, openDemo, textOf, type Demo } from './fixture.ts';

/**
 * The demo Procura names Anna De Luca vicario. While its head, Nicola Conti, is on ferie (7–11 December 2026), the
 * approval of a swap that breaks a rule goes to her and she can give it; when he is back it goes to him again; with the
 * vicario away too it stays with him, who can still answer from leave (nobody would, were it addressed to no one).
 */
let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const VICARIO = 'de-luca-anna';
let absences = 0;

async function declareFerie(magistrateId: string, from: string, to: string): Promise<void> {
  await demo.store.update((draft) => {
    draft.absences.push({
      id: `test-ferie-${++absences}`, magistrateId, type: 'ferie', from, to, note: '', declaredBy: 'cli:test',
      declaredAt: demo.clock.now().toISOString(), status: 'active',
    });
  });
}

/**
 * A swap that breaks a hard rule of the demo (arrestati and udienze monocratiche the same day), on a day after `after`,
 * agreed by both: returns the approval request the chat sent.
 */
async function swapNeedingApproval(after: string) {
  const version = latestPublished(demo.store.snapshot(), PERIOD)!;
  const pair = version.duties.filter((x) => x.serviceId === 'arrestati' && x.from > after).flatMap((mine) =>
    version.duties.filter((o) => o.serviceId === 'udienze-monocratiche' && o.from === mine.from && o.magistrateId !== mine.magistrateId
      && ![VICARIO, 'conti-nicola'].includes(o.magistrateId)).map((other) => ({ mine, other })))[0]!;
  expect(pair, 'an arrestati duty with someone else in a monocratic hearing the same day').toBeDefined();
  const colleague = demo.store.snapshot().offices[PERIOD.officeId]!.magistrates.find((x) => x.id === pair.other.magistrateId)!;
  const [, m, d] = pair.mine.from.split('-').map(Number);
  await demo.conversation.handleText(as(pair.mine.magistrateId), `scambierei il turno arrestati del ${d}/${m} con ${colleague.surname}`);
  const request = demo.notifier.sent.filter((n) => n.to.kind === 'magistrate' && n.to.magistrateId === colleague.id && n.reply?.title === 'Richiesta di scambio turno').at(-1)!;
  const sent = demo.notifier.sent.length;
  const accepted = await demo.conversation.handleAction(as(colleague.id), 'accept', button(request.reply!, 'accept'));
  expect(textOf(accepted)).toContain('l\'ho inviato al capo dell\'ufficio');
  return { pair, approval: demo.notifier.sent.slice(sent).find((n) => n.reply?.title === 'Scambio di turno da approvare')! };
}

describe('the head of office on leave', () => {
  it('the vicario receives the approval while the head is on ferie, and can give it; the head cannot meanwhile', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-09T08:00:00Z'));
    const { pair, approval } = await swapNeedingApproval('2026-12-09');
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: VICARIO });
    // The head on leave is not the one acting: his yes is refused, and nothing changes.
    expect(textOf(await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve'))).trim()).toBe(
      'Mi dispiace, risulti in ferie dal 7 all\'11 dicembre 2026 e fino al tuo rientro ti sostituisce il vicario, Anna De Luca: questa approvazione spetta al capo dell\'ufficio in servizio.');
    const approved = await demo.conversation.handleAction(as(VICARIO), 'approve', button(approval.reply!, 'approve'));
    expect(textOf(approved)).toContain('Scambio approvato e pubblicato');
    expect(latestPublished(demo.store.snapshot(), PERIOD)!.duties.some((x) => x.serviceId === 'arrestati' && x.from === pair.mine.from && x.magistrateId === pair.other.magistrateId)).toBe(true);
  });

  it('once the head is back, the approval goes to him again', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-12T08:00:00Z'));
    const { approval } = await swapNeedingApproval('2026-12-12');
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'conti-nicola' });
  });

  it('with the vicario on ferie too, the approval stays with the head', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    await declareFerie(VICARIO, '2026-12-09', '2026-12-10');
    demo.clock.set(new Date('2026-12-09T08:00:00Z'));
    const { approval } = await swapNeedingApproval('2026-12-09');
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'conti-nicola' });
    expect(textOf(await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve')))).toContain('Scambio approvato e pubblicato');
  });
});
