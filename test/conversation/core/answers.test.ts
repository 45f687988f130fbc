import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../../src/calendar/versions/calendar-versions.ts';
import { addDays, eachDay, isoWeekday } from '../../../src/domain/civil-day.ts';
import { formatDayMonthIt } from '../../../src/domain/format-day-it.ts';
import { HEAD, PERIOD, ROSSI, SEGRETERIA, as, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const published = () => latestPublished(demo.store.snapshot(), PERIOD)!;

describe('conversation core: questions', () => {
  it('tells an unknown chat user how to be enabled, and nothing else', async () => {
    const reply = await demo.conversation.handleText({ platform: 'slack', id: 'U0NOBODY1' }, 'i miei turni a dicembre');
    expect(reply.kind).toBe('refusal');
    expect(textOf(reply)).toContain('Non riconosco il tuo account Slack (U0NOBODY1)');
    expect(textOf(reply)).toContain('chiedi alla segreteria');
    expect(textOf(reply)).not.toMatch(/turno|reperibil/i);
  });

  it('recognises a Slack user by the member id in the office file', async () => {
    const reply = await demo.conversation.handleText({ platform: 'slack', id: 'U0EWZKENJ' }, 'ciao');
    expect(textOf(reply)).toContain('Buongiorno, Nicola Conti!');
  });

  it('returns the greeting the writer used, else the one for the hour in Rome', async () => {
    expect(textOf(await demo.conversation.handleText(ROSSI, 'buonasera, come stai?'))).toContain('Buonasera, Mario Rossi!');
    expect(textOf(await demo.conversation.handleText(ROSSI, 'buon pomeriggio'))).toContain('Buon pomeriggio, Mario Rossi!');
    expect(textOf(await demo.conversation.handleText(ROSSI, 'ciao'))).toContain('Buongiorno, Mario Rossi!'); // 09:00 in Rome
    demo.clock.set(new Date('2026-11-23T18:30:00Z'));
    expect(textOf(await demo.conversation.handleText(ROSSI, 'salve'))).toContain('Buonasera, Mario Rossi!'); // 19:30 in Rome
  });

  it('lists my duties of a range by day, from the published calendar', async () => {
    const mine = published().duties.filter((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-01' && d.from <= '2026-12-31');
    expect(mine.length).toBeGreaterThan(0);
    const reply = await demo.conversation.handleText(ROSSI, 'sono di turno a dicembre?');
    expect(reply.title).toBe('I tuoi turni dal 1° al 31 dicembre');
    const lines = reply.sections[0]!.lines;
    expect(lines).toHaveLength(mine.length);
    const services = demo.store.snapshot().offices['procura-napoli']!.services;
    mine.forEach((d, i) => expect(lines[i]).toContain(services.find((s) => s.id === d.serviceId)!.name));
  });

  it('says plainly when a range has no duties', async () => {
    const days = new Set(published().duties.filter((d) => d.magistrateId === 'rossi-mario').flatMap((d) => eachDay(d.from, d.to)));
    const free = eachDay('2026-11-30', '2026-12-28').find((d) => isoWeekday(d) === 1 && eachDay(d, addDays(d, 6)).every((x) => !days.has(x)));
    expect(free, 'a week without duties for Rossi').toBeDefined();
    const [, month, day] = free!.split('-').map(Number);
    const reply = await demo.conversation.handleText(ROSSI, `i miei turni dal ${day}/${month} al ${Number(addDays(free!, 6).slice(8))}/${Number(addDays(free!, 6).slice(5, 7))}`);
    expect(reply.title).toBeUndefined();
    expect(reply.sections[0]!.lines[0]).toMatch(/^Nessun turno dal \d+( (novembre|dicembre))? al \d+ dicembre\.$/);
  });

  it('names the colleague asked about when they have no duty, so the answer does not read as nobody\'s', async () => {
    const day = '2026-12-07';
    const holder = published().duties.find((d) => d.serviceId === 'arrestati' && d.from === day)!;
    const all = demo.store.snapshot().offices['procura-napoli']!.magistrates;
    const other = all.find((m) => m.role === 'sostituto' && m.id !== holder.magistrateId && all.filter((x) => x.surname === m.surname).length === 1)!;
    const reply = await demo.conversation.handleText(HEAD, `turni di arrestati di ${other.surname} il 7 dicembre`);
    expect(reply.sections[0]!.lines[0]).toBe(`${other.name} ${other.surname} non ha turni di arrestati e direttissime lunedì 7 dicembre.`);
  });

  it('explains "perché a me?" from the published calendar: the next duty, or the one of the day asked, for oneself or a colleague', async () => {
    const mine = published().duties.filter((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-11-23').sort((a, b) => a.from.localeCompare(b.from));
    const next = await demo.conversation.handleText(ROSSI, 'perché a me?');
    expect(next.title).toBe('Perché questo turno è tuo');
    const config = demo.store.snapshot().offices['procura-napoli']!;
    const service = (id: string) => config.services.find((s) => s.id === id)!;
    expect(next.sections[0]!.heading).toContain(service(mine[0]!.serviceId).name);
    expect(next.sections[0]!.lines[0]).toMatch(/^Perché può svolgerlo: il servizio ".+" spetta a /);
    expect(next.sections[0]!.lines.some((l) => l.startsWith('Equità: nel periodo ha un carico di '))).toBe(true);
    expect(next.sections[0]!.lines.some((l) => l.startsWith('- '))).toBe(false);
    const [, m, d] = mine[1]!.from.split('-').map(Number);
    expect(textOf(next)).toContain(`Ti ho spiegato il prossimo turno; per un altro indica il giorno, per esempio "perché ho il turno del ${formatDayMonthIt(mine[1]!.from)}?".`);

    const asked = await demo.conversation.handleText(ROSSI, `come mai ho il turno del ${d}/${m}?`);
    expect(asked.sections[0]!.heading).toContain(service(mine[1]!.serviceId).name);
    const byHead = await demo.conversation.handleText(HEAD, `perché Rossi ha il turno del ${d}/${m}?`);
    expect(byHead.title).toBe('Perché questo turno è di Mario Rossi');
    const free = await demo.conversation.handleText(ROSSI, 'perché ho il turno del 1° gennaio 2027?');
    expect(textOf(free).trim()).toBe('Non c\'è ancora un calendario il 1° gennaio 2027. Non ci sono quindi turni da spiegare.');
  });

  it('answers "perché…" about days no calendar covers in their tense, without speaking of provisional duties', async () => {
    const ahead = await demo.conversation.handleText(ROSSI, 'perché ho il turno del 3 febbraio?');
    expect(textOf(ahead).trim()).toBe('Non c\'è ancora un calendario il 3 febbraio 2027. Non ci sono quindi turni da spiegare.');
    const gone = await demo.conversation.handleText(ROSSI, 'perché avevo il turno del 3 novembre?');
    expect(textOf(gone).trim()).toBe('Mi dispiace, per il 3 novembre non c\'è un calendario dei turni registrato in turnario. Non ci sono quindi turni da spiegare.');
  });

  it('says which days of a range no calendar covers yet, for one\'s duties and for who is on duty', async () => {
    const mine = await demo.conversation.handleText(ROSSI, 'i miei turni dal 28 dicembre al 10 gennaio');
    expect(textOf(mine)).toContain('Non c\'è ancora un calendario dal 1° al 10 gennaio 2027.');
    const onDuty = await demo.conversation.handleText(ROSSI, 'chi è reperibile dal 30 dicembre al 2 gennaio?');
    expect(textOf(onDuty)).toContain('Non c\'è ancora un calendario dal 1° al 2 gennaio 2027.');
    expect(textOf(onDuty)).toMatch(/30 dicembre|28 dicembre/);
    const within = await demo.conversation.handleText(ROSSI, 'i miei turni dal 14 al 20 dicembre');
    expect(textOf(within)).not.toContain('calendario');
  });

  it('answers who is on call on Saturday, with the published holder', async () => {
    const saturday = '2026-11-28';
    const holder = published().duties.find((d) => d.serviceId === 'reperibilita' && d.from <= saturday && d.to >= saturday)!;
    const config = demo.store.snapshot().offices['procura-napoli']!;
    const m = config.magistrates.find((x) => x.id === holder.magistrateId)!;
    const reply = await demo.conversation.handleText(ROSSI, 'chi è reperibile sabato?');
    expect(reply.title).toBe('In servizio sabato 28 novembre');
    expect(textOf(reply)).toContain(`${m.name} ${m.surname}`);
    expect(textOf(reply)).not.toContain('provvisorio');
  });

  it('says when only a provisional calendar exists', async () => {
    const fresh = await openDemo({ publish: false });
    const { generateCalendar } = await import('../../../src/use-cases/generate-calendar.ts');
    await generateCalendar(fresh.store, fresh.clock, PERIOD, 'test');
    const reply = await fresh.conversation.handleText(ROSSI, 'chi ha gli arrestati domani');
    expect(textOf(reply)).toContain('ancora provvisorio');
    await fresh.close();
  });

  it('answers thanks courteously and help with examples fitting the role', async () => {
    expect(textOf(await demo.conversation.handleText(ROSSI, 'grazie mille'))).toContain('Di nulla');
    const help = textOf(await demo.conversation.handleText(ROSSI, 'aiuto, cosa sai fare?'));
    expect(help).toContain('sarò in ferie');
    expect(help).not.toContain('pubblica il calendario');
    expect(textOf(await demo.conversation.handleText(HEAD, 'aiuto'))).toContain('pubblica il calendario');
  });

  it('gives help examples that fit the office: a colleague of that office, and no duties where the office has no services', async () => {
    const procura = textOf(await demo.conversation.handleText(ROSSI, 'aiuto'));
    expect(procura).toContain('"scambierei il turno di domenica con Bianchi"');
    expect(procura).toContain('"chi è reperibile sabato?"');
    expect(textOf(await demo.conversation.handleText(HEAD, 'aiuto'))).toContain('"scambierei il turno di domenica con Rossi"');
    expect(textOf(await demo.conversation.handleText(SEGRETERIA, 'aiuto'))).toContain('"metti in ferie Rossi dal 3 al 7 marzo"');
    // The demo Tribunale has GIADA and no duty services: no on-call, duties, swaps or calendar link, and no Procura names.
    const judge = textOf(await demo.conversation.handleText(as('leone-marta'), 'aiuto'));
    expect(judge).toContain('"sarò in ferie dal 3 al 7 marzo"');
    expect(judge).not.toMatch(/reperibile|i miei turni|scambierei|il mio calendario|Russo|Rossi/);
    // Its cancelleria may not record absences either: no example it would be refused, and a sentence saying so.
    const cancelleria = textOf(await demo.conversation.handleText(as('greco-antonio'), 'aiuto'));
    expect(cancelleria).not.toMatch(/reperibile|turni di|metti in ferie/);
    expect(cancelleria).toContain('Con il tuo ruolo, in questo ufficio, non ci sono ancora richieste che tu possa fare in chat: le assenze dei magistrati le registrano il capo dell\'ufficio e la segreteria.');
    // The segreteria's example is one it may do.
    expect(textOf(await demo.conversation.handleText(SEGRETERIA, 'aiuto'))).toContain('"metti in ferie Rossi dal 3 al 7 marzo"');
  });

  it('says plainly that an office with no duty services has no duty calendar, and what can be done there', async () => {
    const judge = as('leone-marta');
    const expected = 'Nel tuo ufficio non ci sono turni di servizio organizzati con turnario, quindi non c\'è un calendario dei turni da preparare o da consultare. Puoi comunque comunicarmi le assenze, per esempio "sarò in ferie dal 3 al 7 marzo".';
    for (const text of ['chi è di turno domani?', 'i miei turni la prossima settimana', 'scambierei il turno di lunedì con Longo']) {
      expect(textOf(await demo.conversation.handleText(judge, text)).trim(), text).toBe(expected);
    }
    expect(textOf(await demo.conversation.handleText(as('greco-antonio'), 'chi è di turno domani?')).trim())
      .toBe('Nel tuo ufficio non ci sono turni di servizio organizzati con turnario, quindi non c\'è un calendario dei turni da preparare o da consultare.');
    // Its head cannot generate, publish or see the coverage of a calendar that cannot exist (the generation failed in the
    // background with 'L'ufficio "tribunale-napoli" non ha servizi da mettere in calendario.').
    const head = as('caruso-elisabetta');
    for (const text of ['genera il calendario di gennaio', 'pubblica il calendario di gennaio', 'copertura di dicembre']) {
      expect(textOf(await demo.conversation.handleText(head, text)).trim(), text).toBe(expected);
    }
    await demo.conversation.idle();
    expect(demo.notifier.sent.some((n) => n.text.includes('tribunale-napoli'))).toBe(false);
    const home = textOf(await demo.conversation.home(judge));
    expect(home).toContain('Le tue assenze');
    expect(home).not.toContain('I tuoi turni');
  });

  it('refuses in words that fit the one refused: a clerk has no duties of their own, a Tribunale no procuratori aggiunti', async () => {
    const clerk = as('greco-antonio');
    const absence = await demo.conversation.handleText(clerk, 'metti in ferie Leone dal 3 al 5 dicembre');
    expect(absence.kind).toBe('refusal');
    expect(textOf(absence).trim()).toBe('Mi dispiace, registrare o togliere le assenze dei magistrati spetta al capo dell\'ufficio e alla segreteria.');
    expect(textOf(await demo.conversation.handleText(clerk, 'chi è assente oggi?')).trim())
      .toBe('Mi dispiace, lo stato dell\'ufficio è visibile al capo dell\'ufficio, ai presidenti di sezione e alla segreteria.');
    expect(textOf(await demo.conversation.handleText(as('leone-marta'), 'chi è assente oggi?')).trim()).toContain('ai presidenti di sezione');
    expect(textOf(await demo.conversation.handleText(ROSSI, 'chi è assente oggi?')).trim()).toContain('ai procuratori aggiunti');
    expect(textOf(await demo.conversation.handleText(ROSSI, 'metti in ferie Bianchi domani')).trim()).toContain('puoi gestire solo i tuoi turni e le tue assenze');
  });

  it('shows the office\'s absences of today to the head and the segreteria, and refuses a sostituto (audited)', async () => {
    const head = textOf(await demo.conversation.handleText(HEAD, 'chi è assente oggi?'));
    const expected = demo.store.snapshot().absences.filter((a) => a.status === 'active' && a.from <= '2026-11-23' && a.to >= '2026-11-23');
    expect(head).toContain(expected.length === 0 ? 'Nessun magistrato risulta assente oggi' : 'Assenti oggi');
    expect(textOf(await demo.conversation.handleText(SEGRETERIA, 'chi manca oggi'))).toBe(head);
    const refused = await demo.conversation.handleText(ROSSI, 'chi è assente oggi?');
    expect(refused.kind).toBe('refusal');
    const audit = (await demo.store.readLog('audit')) as { action: string; refused: boolean; actor: string }[];
    expect(audit.some((e) => e.action === 'chat.office_status' && e.refused && e.actor === 'rossi-mario')).toBe(true);
  });

  it('gives the home view: my next four weeks, my absences, and for the head the provisional calendars', async () => {
    const home = await demo.conversation.home(ROSSI);
    expect(home.title).toBe('turnario — Mario Rossi');
    expect(home.sections[0]!.heading).toBe('I tuoi turni dal 23 novembre al 20 dicembre');
    const headHome = await demo.conversation.home(HEAD);
    expect(headHome.sections.map((s) => s.heading)).toContain('Calendari provvisori');
    expect(home.sections.map((s) => s.heading)).not.toContain('Calendari provvisori');
  });

  it('refuses a colleague\'s absence from a sostituto but records it from the segreteria', async () => {
    const refused = await demo.conversation.handleText(ROSSI, 'metti in ferie Bianchi dal 14 al 18 dicembre');
    expect(refused.kind).toBe('refusal');
    expect(textOf(refused)).toContain('puoi gestire solo i tuoi turni');
    const asked = await demo.conversation.handleText(SEGRETERIA, 'metti in ferie Bianchi dal 14 al 18 dicembre');
    expect(asked.kind).toBe('confirm');
    expect(textOf(asked)).toContain('ferie per Laura Bianchi dal 14 al 18 dicembre');
  });

  it('treats an unknown colleague as a problem to fix, not an error', async () => {
    const reply = await demo.conversation.handleText(ROSSI, 'turni di Pippobaudo a dicembre');
    expect(reply.kind).toBe('problem');
    expect(textOf(reply)).toContain('Non trovo nessun magistrato "Pippobaudo" nel tuo ufficio');
  });

  it('does not let a console user pretend to be nobody', async () => {
    const reply = await demo.conversation.handleText(as('nessuno'), 'ciao');
    expect(reply.kind).toBe('refusal');
  });
});

describe('conversation core: naming colleagues', () => {
  it('accepts a surname, a full name, or a first name unique in the office, and asks when a name is shared', async () => {
    const config = demo.store.snapshot().offices['procura-napoli']!;
    const names = config.magistrates.map((m) => m.name);
    const unique = config.magistrates.find((m) => names.filter((n) => n === m.name).length === 1 && m.id !== 'rossi-mario')!;
    for (const written of [unique.name, unique.surname, `${unique.name} ${unique.surname}`]) {
      const reply = await demo.conversation.handleText(SEGRETERIA, `metti in ferie ${written} dal 14 al 16 dicembre`);
      expect(textOf(reply)).toContain(`ferie per ${unique.name} ${unique.surname} dal 14 al 16 dicembre`);
    }
    const ambiguous = await demo.conversation.handleText(SEGRETERIA, 'turni di esposito a dicembre');
    expect(textOf(ambiguous)).toContain('Nel tuo ufficio ci sono più colleghi con il cognome "Esposito": Giulia Esposito, Marco Esposito. Scrivi anche il nome');
  });
});

describe('conversation core: dates that cannot be used', () => {
  it('answers a reversed range or an impossible date with what to write instead, and records nothing', async () => {
    const before = demo.store.snapshot().absences.length;
    const reversed = await demo.conversation.handleText(ROSSI, 'sarò in ferie dal 10 al 5 gennaio');
    expect(reversed.kind).toBe('problem');
    expect(reversed.actions).toEqual([]);
    const impossible = await demo.conversation.handleText(ROSSI, 'ferie il 31 febbraio');
    expect(impossible.kind).toBe('problem');
    expect(textOf(impossible)).toMatch(/31 febbraio/);
    expect(demo.store.snapshot().absences.length).toBe(before);
    expect(demo.store.snapshot().conversations).toEqual({});
  });

  it('answers "il mio calendario" plainly when feeds are not set up', async () => {
    const reply = await demo.conversation.handleText(ROSSI, 'mandami il link del mio calendario');
    expect(textOf(reply)).toContain('non sono ancora attivi');
  });
});

describe('conversation core: scheduled jobs status', () => {
  it('shows the jobs\' status to the head and refuses a sostituto', async () => {
    const { createConversation } = await import('../../../src/conversation/index.ts');
    const withJobs = createConversation({ store: demo.store, clock: demo.clock, notifier: demo.notifier, jobStatus: async () => ['Promemoria reperibilità: ultima esecuzione alle 18:00, riuscita.'] });
    const reply = await withJobs.handleText(HEAD, 'stato dei job');
    expect(reply.title).toBe('Job pianificati');
    expect(textOf(reply)).toContain('Promemoria reperibilità: ultima esecuzione alle 18:00');
    expect((await withJobs.handleText(ROSSI, 'i promemoria sono partiti?')).kind).toBe('refusal');
    expect(textOf(await demo.conversation.handleText(HEAD, 'stato dei job'))).toContain('non sono attivi');
  });

  it('answers an empty message with help, not with "non ho capito"', async () => {
    expect(textOf(await demo.conversation.handleText(ROSSI, '   '))).toContain('Ecco cosa posso fare per te');
  });
});
