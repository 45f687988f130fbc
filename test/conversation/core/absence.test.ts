import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished, latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { editCalendar } from '../../../src/calendar/versions/edit-calendar.ts';
import { calendarContextFor } from '../../../src/use-cases/generate-calendar.ts';
import { replyText } from '../../../src/conversation/index.ts';
import { HEAD, PERIOD, ROSSI, SEGRETERIA, button, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const activeOf = (id: string) => demo.store.snapshot().absences.filter((a) => a.magistrateId === id && a.status === 'active');

describe('conversation core: absences', () => {
  it('declares an absence only after confirmation, lists the duties it collides with, and sends the head a replan to approve', async () => {
    const duty = latestPublished(demo.store.snapshot(), PERIOD)!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-01')!;
    const [, m, d] = duty.from.split('-').map(Number);
    const before = activeOf('rossi-mario').length;
    const asked = await demo.conversation.handleText(ROSSI, `sarò in ferie il ${d}/${m}`);
    expect(asked.kind).toBe('confirm');
    expect(textOf(asked)).toContain('Hai un turno pubblicato quel giorno; proporrò al capo dell\'ufficio chi lo copre:');
    expect(activeOf('rossi-mario')).toHaveLength(before);

    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(done.kind).toBe('done');
    expect(activeOf('rossi-mario')).toHaveLength(before + 1);
    expect(textOf(done)).toContain('Ho proposto al capo dell\'ufficio chi copre i tuoi turni');

    const toHead = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.actions.some((a) => a.id === 'approve'));
    expect(toHead).toBeDefined();
    expect(replyText(toHead!.reply!)).toMatch(/Mario Rossi ha comunicato: ferie (il|dal) /);
    // The change is a list item of the reply (each platform's bullet), not a command-line line with a dash.
    const changes = toHead!.reply!.sections.find((x) => x.list)!;
    expect(changes.lines[0]).toMatch(/^"[^"]+" il \d+ dicembre 2026: da Mario Rossi ad? \S/);
    expect(toHead!.reply!.sections.flatMap((x) => x.lines).some((l) => l.startsWith('- '))).toBe(false);
    expect(replyText(toHead!.reply!)).not.toContain('ferie di Mario Rossi');
    const proposal = latestVersion(demo.store.snapshot(), PERIOD)!;
    expect(proposal.status).toBe('provisional');
    expect(proposal.duties.some((x) => x.id === duty.id)).toBe(false);
    // The head's home lists the proposal among the calendars to review, though an older version is published.
    const headHome = textOf(await demo.conversation.home(HEAD));
    expect(headHome).toContain(`versione ${proposal.number} (sostituirebbe la versione ${proposal.number - 1}, pubblicata)`);
    expect(headHome).not.toContain('Nessun calendario provvisorio in revisione');

    const approved = await demo.conversation.handleAction(HEAD, 'approve', toHead!.reply!.actions[0]!.pendingId);
    expect(approved.kind).toBe('done');
    const now = latestPublished(demo.store.snapshot(), PERIOD)!;
    expect(now.number).toBe(proposal.number);
    expect(now.status).toBe('published');
    expect(now.duties.some((x) => x.id === duty.id)).toBe(false);
  });

  it.each([
    ['ferie 14-16 dicembre', 'Fatto: ho registrato le ferie di Mario Rossi dal 14 al 16 dicembre.'],
    ['malattia il 14 dicembre', 'Fatto: ho registrato la malattia di Mario Rossi il 14 dicembre.'],
    ['congedo parentale il 14 dicembre', 'Fatto: ho registrato il congedo di Mario Rossi il 14 dicembre.'],
    ['formazione il 14 dicembre', 'Fatto: ho registrato la formazione di Mario Rossi il 14 dicembre.'],
  ])('says what it recorded with its article (%s)', async (text, said) => {
    const asked = await demo.conversation.handleText(ROSSI, text);
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(done.sections[0]!.lines[0]).toBe(said);
  });

  it('tells the head who declared an absence for a colleague', async () => {
    const duty = latestPublished(demo.store.snapshot(), PERIOD)!.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-01')!;
    const [, m, d] = duty.from.split('-').map(Number);
    const asked = await demo.conversation.handleText(SEGRETERIA, `metti in ferie Rossi il ${d}/${m}`);
    expect(asked.kind).toBe('confirm');
    await demo.conversation.handleAction(SEGRETERIA, 'confirm', button(asked, 'confirm'));
    const toHead = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.actions.some((a) => a.id === 'approve'));
    expect(replyText(toHead!.reply!)).toMatch(/Giulia Ferraro ha comunicato: ferie di Mario Rossi (il|dal) /);
  });

  it('replaces a first proposal still awaiting approval with one covering the second absence too, and tells the head so', async () => {
    const duties = latestPublished(demo.store.snapshot(), PERIOD)!.duties.filter((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-01' && d.from === d.to);
    const [first, second] = [duties[0]!, duties.find((d) => d.from > duties[0]!.from)!];
    for (const duty of [first, second]) {
      const [, m, d] = duty.from.split('-').map(Number);
      const asked = await demo.conversation.handleText(ROSSI, `sarò in ferie il ${d}/${m}`);
      const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
      expect(textOf(done)).toContain('Ho proposto al capo dell\'ufficio chi copre i tuoi turni');
    }
    const approvals = demo.notifier.sent.filter((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.actions.some((a) => a.id === 'approve'));
    expect(approvals).toHaveLength(2);
    const [older, newer] = approvals as [typeof approvals[0], typeof approvals[0]];
    const proposal = latestVersion(demo.store.snapshot(), PERIOD)!;
    expect(proposal.number).toBe(3);
    expect(newer.text).toMatch(/^Mario Rossi: ferie di Mario Rossi (il|dal) .+\. Proposta di ripianificazione da approvare, che sostituisce la proposta provvisoria 2, non ancora approvata\.$/);
    expect(newer.reply!.title).toBe('Nuova assenza: proposta di ripianificazione aggiornata');
    expect(replyText(newer.reply!)).toContain('Sostituisce la proposta provvisoria 2, non ancora approvata: copre tutte le assenze note e i cambiamenti sono rispetto alla versione pubblicata 1.');
    expect(older.text).not.toContain('sostituisce');
    expect(demo.notifier.sent.some((n) => n.text.includes('non ho potuto proporre chi li copre'))).toBe(false);

    // The first proposal's button no longer publishes anything; the new one publishes version 3, without either duty.
    const stale = await demo.conversation.handleAction(HEAD, 'approve', older.reply!.actions[0]!.pendingId);
    expect(textOf(stale)).toContain('Questa richiesta è già stata chiusa: sostituita dalla proposta provvisoria 3.');
    expect(latestPublished(demo.store.snapshot(), PERIOD)!.number).toBe(1);
    const approved = await demo.conversation.handleAction(HEAD, 'approve', newer.reply!.actions[0]!.pendingId);
    expect(approved.kind).toBe('done');
    const now = latestPublished(demo.store.snapshot(), PERIOD)!;
    expect(now.number).toBe(3);
    expect(now.duties.some((x) => x.id === first.id || x.id === second.id)).toBe(false);
  });

  it('tells the head of a second absence that cannot be replanned because they edited the pending proposal', async () => {
    const duties = latestPublished(demo.store.snapshot(), PERIOD)!.duties.filter((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-01' && d.from === d.to);
    const [first, second] = [duties[0]!, duties.find((d) => d.from > duties[0]!.from)!];
    const declare = async (duty: typeof first) => {
      const [, m, d] = duty.from.split('-').map(Number);
      const asked = await demo.conversation.handleText(ROSSI, `sarò in ferie il ${d}/${m}`);
      return demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    };
    await declare(first);
    const found = calendarContextFor(demo.store.snapshot(), PERIOD);
    if (!found.ok) throw new Error(found.message);
    const held = latestVersion(demo.store.snapshot(), PERIOD)!.duties.find((d) => !d.pinned)!;
    const edited = await editCalendar(demo.store, demo.clock, found.ctx, PERIOD, { kind: 'pin', place: { slotId: `${held.serviceId}@${held.from}`, magistrateId: held.magistrateId }, pinned: true }, 'resta così', 'conti-nicola');
    expect(edited.ok).toBe(true);
    const done = await declare(second);
    expect(textOf(done)).toContain('va rivisto: C\'è già una versione provvisoria più recente di quella pubblicata (versione 3) che contiene modifiche fatte a mano');
    const unplanned = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.text.includes('non ho potuto proporre chi li copre'));
    expect(unplanned?.text).toContain('ripianificare la sovrascriverebbe. Pubblicala e poi ripianifica, oppure copri a mano, in quella versione, i turni toccati dalle assenze.');
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.number).toBe(3);
  });

  it('records nothing when the user cancels, and a second press finds the question closed', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    const id = button(asked, 'cancel');
    expect(textOf(await demo.conversation.handleAction(ROSSI, 'cancel', id))).toContain('annullato: non ho registrato nulla');
    const again = await demo.conversation.handleAction(ROSSI, 'confirm', id);
    expect(again.kind).toBe('problem');
    expect(textOf(again)).toContain('già stata chiusa');
    expect(activeOf('rossi-mario').some((a) => a.from === '2026-12-14')).toBe(false);
  });

  it('keeps a pending confirmation across a restart', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    await demo.reopen();
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(done.kind).toBe('done');
    expect(activeOf('rossi-mario').some((a) => a.from === '2026-12-14' && a.to === '2026-12-16' && a.type === 'ferie')).toBe(true);
  });

  it('lets only the asker answer their confirmation', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    const stolen = await demo.conversation.handleAction(HEAD, 'confirm', button(asked, 'confirm'));
    expect(stolen.kind).toBe('problem');
    expect(textOf(stolen)).toContain('spetta a un\'altra persona');
  });

  it('answers clearly about past dates and overlaps, writing nothing', async () => {
    const past = await demo.conversation.handleText(ROSSI, 'ferie dal 16/11/2026 al 20/11/2026');
    expect(past.kind).toBe('problem');
    expect(textOf(past).trim()).toBe('Il periodo dal 16 al 20 novembre è già passato: per registrare un\'assenza trascorsa rivolgiti alla segreteria.');
    expect(textOf(await demo.conversation.handleText(ROSSI, 'ferie ieri')).trim()).toBe('Il 22 novembre è già passato: per registrare un\'assenza trascorsa rivolgiti alla segreteria.');
    const first = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    await demo.conversation.handleAction(ROSSI, 'confirm', button(first, 'confirm'));
    const overlap = await demo.conversation.handleText(ROSSI, 'formazione il 15 dicembre');
    expect(overlap.kind).toBe('problem');
    expect(textOf(overlap)).toMatch(/15 dicembre/);
    expect(activeOf('rossi-mario').filter((a) => a.type === 'formazione')).toHaveLength(0);
  });

  it('says days already inside an absence of the same type are recorded, speaking to the writer, and asks nothing', async () => {
    const first = await demo.conversation.handleText(ROSSI, 'ferie 14-18 dicembre');
    await demo.conversation.handleAction(ROSSI, 'confirm', button(first, 'confirm'));
    const inside = await demo.conversation.handleText(ROSSI, 'ferie dal 15 al 16 dicembre');
    expect(inside.kind).toBe('answer');
    expect(textOf(inside).trim()).toBe('Quei giorni sono già registrati: ferie dal 14 al 18 dicembre. Non c\'è nulla da aggiungere.');
    const forHim = await demo.conversation.handleText(SEGRETERIA, 'ferie per Rossi il 15 dicembre');
    expect(textOf(forHim).trim()).toBe('Per Mario Rossi quei giorni sono già registrati: ferie dal 14 al 18 dicembre. Non c\'è nulla da aggiungere.');
    // Overlapping only in part, the writer is "tu", not their own name.
    const partly = await demo.conversation.handleText(ROSSI, 'ferie dal 17 al 21 dicembre');
    expect(textOf(partly)).toContain('Hai già ferie dal 14 al 18 dicembre 2026');
    expect(textOf(partly)).not.toContain('Mario Rossi ha già');
  });

  it('offers to merge an overlapping absence of the same type, and merges on confirmation', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'ferie dal 20 al 24 dicembre');
    expect(asked.kind).toBe('confirm');
    expect(textOf(asked)).toContain('Se confermi, unisco i periodi in uno solo.');
    expect(asked.actions[0]!.label).toBe('Unisci i periodi');
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(textOf(done)).toContain('ferie di Mario Rossi dal 20 dicembre 2026 al 3 gennaio 2027');
    const ferie = activeOf('rossi-mario').filter((a) => a.type === 'ferie');
    expect(ferie.map((a) => [a.from, a.to])).toEqual([['2026-12-20', '2027-01-03']]);
  });

  it('offers the form when the type or the dates are missing', async () => {
    const reply = await demo.conversation.handleText(ROSSI, 'sarò in ferie');
    expect(reply.kind).toBe('problem');
    expect(reply.form?.id).toBe('absence');
    const submitted = await demo.conversation.submitForm(ROSSI, 'absence', { type: 'ferie', from: '2026-12-16', to: '2026-12-14' });
    expect(submitted.kind).toBe('problem');
    expect(textOf(submitted)).toContain('rovesciato');
    const ok = await demo.conversation.submitForm(ROSSI, 'absence', { type: 'ferie', from: '2026-12-14', to: '2026-12-16' });
    expect(ok.kind).toBe('confirm');
  });

  it('cancels an absence after confirmation', async () => {
    const first = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    await demo.conversation.handleAction(ROSSI, 'confirm', button(first, 'confirm'));
    const asked = await demo.conversation.handleText(ROSSI, 'togli le ferie del 14 dicembre');
    expect(asked.kind).toBe('confirm');
    expect(textOf(asked)).toContain('ferie dal 14 al 16 dicembre');
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(done.kind).toBe('done');
    // Said in the chat's words: no store id ("Annullata l'assenza ass-000002: …", the command line's message).
    expect(done.title).toBe('Assenza annullata');
    expect(done.sections.flatMap((x) => x.lines)).toEqual(['Fatto: ho annullato le ferie di Mario Rossi dal 14 al 16 dicembre.']);
    expect(activeOf('rossi-mario').some((a) => a.from === '2026-12-14')).toBe(false);
    const nothing = await demo.conversation.handleText(ROSSI, 'togli le ferie del 14 dicembre');
    expect(textOf(nothing)).toContain('non c\'è nulla da annullare');
  });

  it('asks about several absences in the plural, and says one withdrawn meanwhile was already cancelled, without ids', async () => {
    for (const text of ['ferie 14-16 dicembre', 'formazione il 18 dicembre']) {
      const asked = await demo.conversation.handleText(SEGRETERIA, `${text} per Rossi`);
      await demo.conversation.handleAction(SEGRETERIA, 'confirm', button(asked, 'confirm'));
    }
    const asked = await demo.conversation.handleText(SEGRETERIA, 'togli le assenze di Rossi dal 14 al 18 dicembre');
    expect(asked.title).toBe('Annullare le assenze?');
    expect(asked.actions[0]!.label).toBe('Annulla le assenze');
    const first = await demo.conversation.handleText(SEGRETERIA, 'togli la formazione di Rossi del 18 dicembre');
    await demo.conversation.handleAction(SEGRETERIA, 'confirm', button(first, 'confirm'));
    const done = await demo.conversation.handleAction(SEGRETERIA, 'confirm', button(asked, 'confirm'));
    expect(done.title).toBe('Assenze annullate');
    expect(done.sections.flatMap((x) => x.lines)).toEqual([
      'Fatto: ho annullato le ferie di Mario Rossi dal 14 al 16 dicembre.',
      'Questa assenza era già stata annullata: formazione il 18 dicembre.',
    ]);
  });
});
