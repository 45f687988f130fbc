import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../../src/calendar/versions/calendar-versions.ts';
import { replyText } from '../../../src/conversation/index.ts';
import { HEAD, PERIOD, ROSSI, as, button, openDemo, textOf, type Demo } from './fixture.ts';

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

/** The line a message meant for the head carries when the vicario receives it for Conti, on ferie 7–11 December. */
const AS_VICARIO = 'Ricevi questo messaggio come vicario: Nicola Conti, capo dell\'ufficio, è in ferie dal 7 all\'11 dicembre 2026.';

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
    // She reads why it is hers, under the title of the card and after the plain text.
    expect(approval.reply!.sections[0]!.lines).toEqual([AS_VICARIO]);
    expect(approval.text).toMatch(/^Scambio di turno da approvare: .+\n\nRicevi questo messaggio come vicario: Nicola Conti, capo dell'ufficio, è in ferie dal 7 all'11 dicembre 2026\.$/);
    // The head on leave is not the one acting: his yes is refused, and nothing changes.
    expect(textOf(await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve'))).trim()).toBe(
      'Mi dispiace, risulti in ferie dal 7 all\'11 dicembre 2026: fino al tuo rientro questa approvazione spetta al vicario, Anna De Luca.');
    const approved = await demo.conversation.handleAction(as(VICARIO), 'approve', button(approval.reply!, 'approve'));
    expect(textOf(approved)).toContain('Scambio approvato e pubblicato');
    expect(latestPublished(demo.store.snapshot(), PERIOD)!.duties.some((x) => x.serviceId === 'arrestati' && x.from === pair.mine.from && x.magistrateId === pair.other.magistrateId)).toBe(true);
  });

  it('an approval sent to the head before his leave waits in the vicario\'s home during it, and she can give it', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-04T08:00:00Z'));
    const { pair, approval } = await swapNeedingApproval('2026-12-12');
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'conti-nicola' });
    demo.clock.set(new Date('2026-12-09T08:00:00Z'));
    expect(textOf(await demo.conversation.home(as(VICARIO)))).toContain('In attesa di una tua risposta\nScambio da approvare: il turno di');
    const approved = await demo.conversation.handleAction(as(VICARIO), 'approve', button(approval.reply!, 'approve'));
    expect(textOf(approved)).toContain('Scambio approvato e pubblicato');
    expect(latestPublished(demo.store.snapshot(), PERIOD)!.duties.some((x) => x.serviceId === 'arrestati' && x.from === pair.mine.from && x.magistrateId === pair.other.magistrateId)).toBe(true);
  });

  it('once the head is back, the approval goes to him again', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-12T08:00:00Z'));
    const { approval } = await swapNeedingApproval('2026-12-12');
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'conti-nicola' });
    expect(`${approval.text}\n${replyText(approval.reply!)}`).not.toContain('come vicario');
  });

  it('with the vicario on ferie too, the approval stays with the head', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    await declareFerie(VICARIO, '2026-12-09', '2026-12-10');
    demo.clock.set(new Date('2026-12-09T08:00:00Z'));
    const { approval } = await swapNeedingApproval('2026-12-09');
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'conti-nicola' });
    expect(`${approval.text}\n${replyText(approval.reply!)}`).not.toContain('come vicario');
    expect(textOf(await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve')))).toContain('Scambio approvato e pubblicato');
  });

  it('the head on leave asking to publish reads that it is the vicario\'s until he is back', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-09T08:00:00Z'));
    const refused = await demo.conversation.handleText(HEAD, 'pubblica il calendario di gennaio');
    expect(refused.kind).toBe('refusal');
    expect(textOf(refused).trim()).toBe('Mi dispiace, risulti in ferie dal 7 all\'11 dicembre 2026: fino al tuo rientro pubblicare il calendario spetta al vicario, Anna De Luca.');
  });

  /** Rossi declares ferie on one of his published duties after `after`, and confirms: what the one acting as head received. */
  async function absenceToHead(after: string) {
    const duty = latestPublished(demo.store.snapshot(), PERIOD)!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from > after)!;
    const [, m, d] = duty.from.split('-').map(Number);
    const asked = await demo.conversation.handleText(ROSSI, `sarò in ferie il ${d}/${m}`);
    const sent = demo.notifier.sent.length;
    expect((await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'))).kind).toBe('done');
    return demo.notifier.sent.slice(sent).find((n) => n.reply?.title === 'Nuova assenza: proposta di ripianificazione')!;
  }

  it('the replan proposal after a new absence tells the vicario she receives it for the head on ferie', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-09T08:00:00Z'));
    const proposal = await absenceToHead('2026-12-09');
    expect(proposal.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: VICARIO });
    expect(proposal.reply!.sections[0]!.lines).toEqual([AS_VICARIO]);
    expect(proposal.text.endsWith(`\n\n${AS_VICARIO}`)).toBe(true);
    expect(textOf(await demo.conversation.handleAction(as(VICARIO), 'approve', button(proposal.reply!, 'approve')))).toContain('pubblicat');
  });

  it('the head himself receives the replan proposal without the line', async () => {
    await declareFerie('conti-nicola', '2026-12-07', '2026-12-11');
    demo.clock.set(new Date('2026-12-12T08:00:00Z'));
    const proposal = await absenceToHead('2026-12-12');
    expect(proposal.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'conti-nicola' });
    expect(`${proposal.text}\n${replyText(proposal.reply!)}`).not.toContain('come vicario');
  });
});
