import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../../src/calendar/versions/calendar-versions.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { replyText } from '../../../src/conversation/index.ts';
import { editCalendar } from '../../../src/calendar/versions/edit-calendar.ts';
import { calendarContextFor, generateCalendar, withContinuations } from '../../../src/use-cases/generate-calendar.ts';
import { HEAD, OFFICE, PERIOD, as, button, openDemo, textOf, type Demo } from './fixture.ts';

/**
 * A chat swap checks the rules `calendar edit` checks. The demo Procura's December calendar (23 November – 31 December
 * 2026) is published; a reperibilità week is one duty, Monday to Sunday, so handing it over moves the whole week. The
 * week Monday 28 December – Sunday 3 January is cut by the edge with January: once January is published, its piece 1–3
 * January goes to the holder of 28–31 December, and handing over one piece alone splits the week ('blocco-a-cavallo').
 */
let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const JANUARY = { officeId: OFFICE, from: '2027-01-01', to: '2027-01-31' };
const dm = (day: string) => day.split('-').slice(1).reverse().map(Number).join('/');

function config() {
  return demo.store.snapshot().offices[OFFICE]!;
}

/** A sostituto other than `holder` with no published duty and no absence between `from` and `to`. */
function freeColleague(holder: string, from: string, to: string) {
  const state = demo.store.snapshot();
  const duties = state.calendars.filter((c) => c.officeId === OFFICE && c.status === 'published').flatMap((c) => c.duties);
  const busy = new Set(duties.filter((d) => d.from <= to && d.to >= from).map((d) => d.magistrateId));
  const absent = new Set(state.absences.filter((a) => a.status === 'active' && a.from <= to && a.to >= from).map((a) => a.magistrateId));
  return config().magistrates.find((m) => m.role === 'sostituto' && m.id !== holder && !busy.has(m.id) && !absent.has(m.id) && m.serviceEnd === undefined)!;
}

/** Asks the swap as the holder, has the colleague accept, and returns the colleague's request and answer. */
async function askAndAccept(holder: string, colleagueId: string, text: string) {
  const asked = await demo.conversation.handleText(as(holder), text);
  expect(asked.kind, textOf(asked)).toBe('done');
  const request = demo.notifier.sent.filter((n) => n.to.kind === 'magistrate' && n.to.magistrateId === colleagueId && n.reply?.title === 'Richiesta di scambio turno').at(-1)!;
  const answer = await demo.conversation.handleAction(as(colleagueId), 'accept', button(request.reply!, 'accept'));
  return { asked, request: replyText(request.reply!), answer };
}

describe('a swap of a reperibilità week', () => {
  it('asked by one of its days, hands over the whole week as one duty', async () => {
    const week = latestPublished(demo.store.snapshot(), PERIOD)!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-14')!;
    expect(week.to).toBe('2026-12-20');
    const colleague = freeColleague(week.magistrateId, week.from, week.to);
    const { request, answer } = await askAndAccept(week.magistrateId, colleague.id, `scambierei il turno di reperibilità del ${dm('2026-12-16')} con ${colleague.surname}`);
    expect(request).toContain('da lunedì 14 dicembre a domenica 20 dicembre');
    expect(request).not.toContain('blocco');
    if (answer.kind !== 'done' || !textOf(answer).startsWith('Fatto')) {
      const approval = demo.notifier.sent.find((n) => n.reply?.title === 'Scambio di turno da approvare')!;
      await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve'));
    }
    const after = latestPublished(demo.store.snapshot(), PERIOD)!.duties.filter((d) => d.serviceId === 'reperibilita' && d.to >= '2026-12-14' && d.from <= '2026-12-20');
    expect(after.map((d) => [d.from, d.to, d.magistrateId])).toEqual([['2026-12-14', '2026-12-20', colleague.id]]);
  });

  describe('cut by the edge with the published January', () => {
    beforeEach(async () => {
      const generated = await generateCalendar(demo.store, demo.clock, JANUARY, 'test');
      if (!generated.ok) throw new Error(generated.message);
      const published = await publishCalendar(demo.store, demo.clock, JANUARY, 'conti-nicola');
      if (!published.ok) throw new Error(published.message);
    });

    const piece = (period: typeof PERIOD, from: string) => latestPublished(demo.store.snapshot(), period)!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === from)!;

    it('handing over one piece names the split week as calendar edit does, and needs the head\'s approval', async () => {
      const december = piece(PERIOD, '2026-12-28');
      const holder = config().magistrates.find((m) => m.id === december.magistrateId)!;
      // The January piece went to the holder of the December one: one magistrate holds the week.
      expect(piece(JANUARY, '2027-01-01').magistrateId).toBe(holder.id);
      const colleague = freeColleague(holder.id, '2026-12-28', '2027-01-03');
      const names = (m: { name: string; surname: string }) => `${m.name} ${m.surname}`;
      const rule = 'Regola raccomandata: La settimana di "Turno esterno di reperibilità" dal 28 dicembre 2026 al 3 gennaio 2027 prosegue con '
        + `${names(holder)} nel calendario pubblicato dal 1° al 31 gennaio 2027 (versione 1), ma la parte dal 28 al 31 dicembre 2026 è assegnata a `
        + `${names(colleague)}: la settimana resta così divisa tra ${names(holder)} e ${names(colleague)}.`;

      const { asked, request, answer } = await askAndAccept(holder.id, colleague.id, `scambierei il turno di reperibilità del ${dm('2026-12-29')} con ${colleague.surname}`);
      expect(textOf(asked)).toContain('dopo il sì del collega servirà l\'approvazione del capo dell\'ufficio');
      // The requester is told the rest of the week stays theirs, and how to hand it over too.
      const restAsked = `scambierei il turno di reperibilità del 1° gennaio con ${colleague.surname}`;
      expect(textOf(asked)).toContain(`Il resto del turno, da venerdì 1° gennaio a domenica 3 gennaio, è nel calendario pubblicato del periodo successivo e resta tuo: `
        + `per passarlo tutto a ${names(colleague)}, chiedi anche quello, per esempio "${restAsked}".`);
      expect(request).toMatch(/Attenzione: lo scambio viola (una regola|\d+ regole), quindi dopo il tuo sì servirà l'approvazione del capo dell'ufficio/);
      expect(request).toContain(rule);
      expect(textOf(answer)).toContain('l\'ho inviato al capo dell\'ufficio');
      // Nothing changed before the head's word.
      expect(piece(PERIOD, '2026-12-28').magistrateId).toBe(holder.id);

      const approval = demo.notifier.sent.find((n) => n.reply?.title === 'Scambio di turno da approvare')!;
      expect(approval.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
      expect(replyText(approval.reply!)).toContain(rule);
      expect((await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve'))).kind).toBe('done');
      expect(piece(PERIOD, '2026-12-28').magistrateId).toBe(colleague.id);

      // The rest of the week handed over too makes it whole again: that swap breaks no edge rule.
      const rest = await askAndAccept(holder.id, colleague.id, restAsked);
      expect(rest.request).not.toContain('divisa');
      expect(textOf(rest.asked)).not.toContain('Il resto del turno');
    });

    it('taking the turno arrestati of 1 January after one\'s own of 31 December in December\'s calendar needs the head\'s approval', async () => {
      const arrest = (period: typeof PERIOD, day: string) => latestPublished(demo.store.snapshot(), period)!.duties.find((d) => d.serviceId === 'arrestati' && d.from === day)!.magistrateId;
      const holder = config().magistrates.find((m) => m.id === arrest(JANUARY, '2027-01-01'))!;
      const colleague = config().magistrates.find((m) => m.id === arrest(PERIOD, '2026-12-31'))!;
      expect(colleague.id).not.toBe(holder.id);
      const { request } = await askAndAccept(holder.id, colleague.id, `scambierei il turno arrestati del ${dm('2027-01-01')} con ${colleague.surname}`);
      expect(request).toMatch(/Attenzione: lo scambio viola (una regola|\d+ regole), quindi dopo il tuo sì servirà l'approvazione del capo dell'ufficio/);
      expect(request).toMatch(/Regola inderogabile: .*31 dicembre 2026.*1° gennaio 2027/);
      // Nothing changed before the head's word.
      expect(arrest(JANUARY, '2027-01-01')).toBe(holder.id);
      expect(demo.notifier.sent.some((n) => n.reply?.title === 'Scambio di turno da approvare')).toBe(true);
    });

    it('the same hand-over by calendar edit is warned with the same sentence', async () => {
      const december = piece(PERIOD, '2026-12-28');
      const colleague = freeColleague(december.magistrateId, '2026-12-28', '2027-01-03');
      await demo.conversation.handleText(as(december.magistrateId), `scambierei il turno di reperibilità del ${dm('2026-12-30')} con ${colleague.surname}`);
      const request = demo.notifier.sent.find((n) => n.reply?.title === 'Richiesta di scambio turno')!;
      const state = demo.store.snapshot();
      const found = calendarContextFor(state, PERIOD);
      if (!found.ok) throw new Error(found.message);
      const edited = await editCalendar(demo.store, demo.clock, withContinuations(state, OFFICE, found.ctx), PERIOD,
        { kind: 'reassign', place: { slotId: 'reperibilita@2026-12-28', magistrateId: december.magistrateId }, magistrateId: colleague.id }, 'prova', 'conti-nicola');
      if (!edited.ok) throw new Error(edited.message);
      const split = edited.warnings.find((w) => w.ruleId === 'blocco-a-cavallo')!;
      expect(split).toBeDefined();
      expect(edited.message).toContain(`- Regola raccomandata: ${split.message}`);
      expect(replyText(request.reply!)).toContain(`• Regola raccomandata: ${split.message}`);
    });
  });
});
