import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../../src/calendar/versions/calendar-versions.ts';
import { readPending } from '../../../src/conversation/pending.ts';
import { PERIOD, as, button, openDemo, textOf, type Demo } from './fixture.ts';

/** The demo Procura's head, Nicola Conti, left on 10 December 2026; on the 11th a swap that breaks a rule needs a head. */
let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
  await demo.store.update((draft) => {
    draft.offices[PERIOD.officeId]!.magistrates.find((m) => m.id === 'conti-nicola')!.serviceEnd = '2026-12-10';
    // Without the vicario the demo names, until the test names her again.
    delete draft.offices[PERIOD.officeId]!.office.deputyHeadId;
  });
  demo.clock.set(new Date('2026-12-11T08:00:00Z'));
});
afterEach(() => demo.close());

describe('a swap that needs the head\'s approval when nobody acts as head', () => {
  it('waits, open, with the office channel told why; once the vicario is named, the colleague\'s yes reaches them', async () => {
    const version = latestPublished(demo.store.snapshot(), PERIOD)!;
    // A hard same-day exclusion of the demo: arrestati and udienze monocratiche.
    const pair = version.duties.filter((x) => x.serviceId === 'arrestati' && x.from >= '2026-12-12').flatMap((mine) =>
      version.duties.filter((o) => o.serviceId === 'udienze-monocratiche' && o.from === mine.from && o.magistrateId !== mine.magistrateId).map((other) => ({ mine, other })))[0]!;
    expect(pair, 'an arrestati duty with someone else in a monocratic hearing the same day').toBeDefined();
    const colleague = demo.store.snapshot().offices[PERIOD.officeId]!.magistrates.find((x) => x.id === pair.other.magistrateId)!;
    const [, m, d] = pair.mine.from.split('-').map(Number);
    await demo.conversation.handleText(as(pair.mine.magistrateId), `scambierei il turno arrestati del ${d}/${m} con ${colleague.surname}`);
    const request = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === colleague.id && n.reply)!;
    const swapId = button(request.reply!, 'accept');

    const waiting = await demo.conversation.handleAction(as(colleague.id), 'accept', swapId);
    expect(waiting.kind).toBe('problem');
    expect(textOf(waiting).trim()).toBe('Lo scambio viola qualche regola e serve l\'approvazione del capo dell\'ufficio, ma oggi nessun capo dell\'ufficio risulta in servizio: '
      + 'l\'ho scritto sul canale dell\'ufficio perché si aggiorni la configurazione dell\'ufficio. La richiesta resta aperta: potrai accettarla di nuovo quando ci sarà un capo dell\'ufficio in servizio.');
    expect(readPending(demo.store.snapshot().conversations, swapId)!.status).toBe('open');
    const notice = demo.notifier.sent.find((n) => n.to.kind === 'office')!;
    expect(notice.text).toContain('ma lo scambio viola qualche regola e serve l\'approvazione del capo dell\'ufficio. Nessun capo dell\'ufficio risulta in servizio l\'11 dicembre 2026 (Nicola Conti ha lasciato l\'ufficio il 10 dicembre 2026)');
    expect(demo.notifier.sent.some((n) => n.reply?.title === 'Scambio di turno da approvare')).toBe(false);

    await demo.store.update((draft) => {
      draft.offices[PERIOD.officeId]!.office.deputyHeadId = 'de-luca-anna';
    });
    await demo.conversation.handleAction(as(colleague.id), 'accept', swapId);
    const approval = demo.notifier.sent.find((n) => n.reply?.title === 'Scambio di turno da approvare')!;
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: PERIOD.officeId, magistrateId: 'de-luca-anna' });
  });
});
