import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished, latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { formatDayMonthIt, formatWeekdayIt } from '../../../src/domain/format-day-it.ts';
import { replyText } from '../../../src/conversation/index.ts';
import { addDays } from '../../../src/domain/civil-day.ts';
import { HEAD, PERIOD, ROSSI, SEGRETERIA, as, button, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const published = () => latestPublished(demo.store.snapshot(), PERIOD)!;

/** How a one-day duty reads after "il turno": "di lunedì 7 dicembre (Turno arrestati e direttissime, 8:00–20:00)". */
function dutyAfterTurno(duty: { serviceId: string; from: string }): string {
  const service = demo.store.snapshot().offices['procura-napoli']!.services.find((s) => s.id === duty.serviceId)!;
  const hours = service.hours ? `, ${service.hours.start.replace(/^0/, '')}–${service.hours.end.replace(/^0/, '')}` : '';
  return `di ${formatWeekdayIt(duty.from)} ${formatDayMonthIt(duty.from)} (${service.name}${hours})`;
}

/** A single-day duty of Rossi's in December that nobody else of his holds that day, and a colleague free that day. */
function swappable() {
  const version = published();
  const duty = version.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from === d.to && d.from >= '2026-12-01'
    && version.duties.filter((x) => x.magistrateId === 'rossi-mario' && x.from <= d.from && x.to >= d.from).length === 1)!;
  return duty;
}

describe('conversation core: swaps', () => {
  it('asks the colleague, who accepts from a button; the published calendar gets a new version', async () => {
    const duty = swappable();
    const config = demo.store.snapshot().offices['procura-napoli']!;
    const [, m, d] = duty.from.split('-').map(Number);
    // A colleague eligible for the service and without duties or absences that day.
    const busy = new Set(published().duties.filter((x) => x.from <= duty.from && x.to >= duty.from).map((x) => x.magistrateId));
    const absent = new Set(demo.store.snapshot().absences.filter((a) => a.status === 'active' && a.from <= duty.from && a.to >= duty.from).map((a) => a.magistrateId));
    const holders = new Set(published().duties.filter((x) => x.serviceId === duty.serviceId).map((x) => x.magistrateId));
    const colleague = config.magistrates.find((x) => x.id !== 'rossi-mario' && holders.has(x.id) && !busy.has(x.id) && !absent.has(x.id))!;
    const before = published().number;

    const asked = await demo.conversation.handleText(ROSSI, `scambierei il turno del ${d}/${m} con ${colleague.surname}`);
    expect(asked.kind).toBe('done');
    // The duty follows "il turno" in the sentence, never as a second colon ("il tuo turno: lunedì 7 dicembre: Turno …").
    expect(textOf(asked)).toContain(`Ho chiesto a ${colleague.name} ${colleague.surname} di prendere il tuo turno ${dutyAfterTurno(duty)}. Ti avviso appena risponde.`);
    const request = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === colleague.id && n.reply?.actions.some((a) => a.id === 'accept'))!;
    expect(request.text).toBe(`Mario Rossi ti chiede di prendere il suo turno ${dutyAfterTurno(duty)}.`);
    expect(replyText(request.reply!)).toContain(`Mario Rossi ti chiede di prendere il suo turno ${dutyAfterTurno(duty)}.`);
    expect(`${textOf(asked)}\n${replyText(request.reply!)}`).not.toMatch(/turno:/);
    // The colleague's home lists the request waiting for an answer.
    expect(textOf(await demo.conversation.home(as(colleague.id)))).toContain(`Richiesta di scambio turno: il turno ${dutyAfterTurno(duty)}`);

    const reply = await demo.conversation.handleAction(as(colleague.id), 'accept', button(request.reply!, 'accept'));
    const after = latestVersion(demo.store.snapshot(), PERIOD)!;
    if (request.reply!.sections[0]!.lines.some((l) => l.startsWith('Attenzione'))) {
      // The hand-over breaks a rule: the head must approve.
      expect(textOf(reply)).toContain('l\'ho inviato al capo dell\'ufficio');
      const approval = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.title === 'Scambio di turno da approvare')!;
      expect((await demo.conversation.handleAction(HEAD, 'approve', button(approval.reply!, 'approve'))).kind).toBe('done');
    } else {
      expect(textOf(reply).trim()).toBe(`Fatto: prendi tu il turno ${dutyAfterTurno(duty)} al posto di Mario Rossi. Il calendario pubblicato è aggiornato.`);
      expect(demo.notifier.sent.at(-1)!.text).toBe(`${colleague.name} ${colleague.surname} ha accettato: il tuo turno ${dutyAfterTurno(duty)} ora è suo. Il calendario pubblicato è aggiornato.`);
    }
    const now = latestPublished(demo.store.snapshot(), PERIOD)!;
    expect(now.number).toBeGreaterThan(before);
    expect(after.status === 'published' || now.number > after.number || now.number === after.number).toBe(true);
    expect(now.duties.some((x) => x.serviceId === duty.serviceId && x.from === duty.from && x.magistrateId === colleague.id)).toBe(true);
    expect(now.duties.some((x) => x.id === duty.id)).toBe(false);
    expect(demo.notifier.sent.some((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'rossi-mario' && /accettato|approvato/.test(n.text))).toBe(true);
  });

  it('tells the requester when the colleague declines, and changes nothing', async () => {
    const duty = swappable();
    const [, m, d] = duty.from.split('-').map(Number);
    await demo.conversation.handleText(ROSSI, `scambierei il turno del ${d}/${m} con Bianchi`);
    const request = demo.notifier.sent.find((n) => n.reply?.actions.some((a) => a.id === 'decline'))!;
    const reply = await demo.conversation.handleAction(as('bianchi-laura'), 'decline', button(request.reply!, 'decline'));
    expect(textOf(reply)).toContain('ho avvisato Mario Rossi');
    expect(demo.notifier.sent.at(-1)!.text).toBe(`Laura Bianchi non può prendere il tuo turno ${dutyAfterTurno(duty)}. Puoi chiederlo a un altro collega.`);
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.number).toBe(published().number);
  });

  /** A replan proposal awaiting the head: Bianchi's absence on one of her published duties puts the calendar under review. */
  async function putUnderReview(): Promise<void> {
    const hers = published().duties.find((d) => d.magistrateId === 'bianchi-laura' && d.from >= '2026-12-01' && d.from === d.to)!;
    const [, m, d] = hers.from.split('-').map(Number);
    const asked = await demo.conversation.handleText(SEGRETERIA, `metti in ferie Bianchi il ${d}/${m}`);
    await demo.conversation.handleAction(SEGRETERIA, 'confirm', button(asked, 'confirm'));
    expect(latestVersion(demo.store.snapshot(), PERIOD)!.status).toBe('provisional');
  }

  it('does not ask the colleague while the calendar is under review, and says when to ask', async () => {
    await putUnderReview();
    const duty = swappable();
    const [, m, d] = duty.from.split('-').map(Number);
    const sent = demo.notifier.sent.length;
    const asked = await demo.conversation.handleText(ROSSI, `scambierei il turno del ${d}/${m} con Russo`);
    expect(asked.kind).toBe('problem');
    expect(textOf(asked).trim()).toBe('Per ora non posso inoltrare la richiesta: il calendario è in revisione (c\'è una versione provvisoria non ancora pubblicata). Lo scambio si potrà chiedere dopo la pubblicazione.');
    expect(demo.notifier.sent).toHaveLength(sent);
    expect(Object.values(demo.store.snapshot().conversations).some((c) => (c as { kind?: string }).kind === 'swap')).toBe(false);
    // A period with several of his duties is refused at once too, before asking which one.
    const dm = (day: string) => day.split('-').slice(1).reverse().map(Number).join('/');
    const several = await demo.conversation.handleText(ROSSI, `scambierei i turni dal ${dm('2026-12-01')} al ${dm('2026-12-31')} con Russo`);
    expect(textOf(several)).toContain('Per ora non posso inoltrare la richiesta: il calendario è in revisione');
    expect(textOf(several)).not.toContain('Hai più turni');
  });

  it('tells the requester too when the colleague\'s yes comes after the calendar went under review', async () => {
    const duty = swappable();
    const [, m, d] = duty.from.split('-').map(Number);
    await demo.conversation.handleText(ROSSI, `scambierei il turno del ${d}/${m} con Russo`);
    const request = demo.notifier.sent.find((n) => n.reply?.actions.some((a) => a.id === 'accept'))!;
    await putUnderReview();
    const reply = await demo.conversation.handleAction(as('russo-francesco'), 'accept', button(request.reply!, 'accept'));
    expect(reply.kind).toBe('problem');
    expect(textOf(reply).trim()).toBe(`Lo scambio del turno ${dutyAfterTurno(duty)} non si può più fare: il calendario è in revisione (c'è una versione provvisoria non ancora pubblicata). Ho avvisato Mario Rossi.`);
    const told = demo.notifier.sent.at(-1)!;
    expect(told.to).toEqual({ kind: 'magistrate', officeId: 'procura-napoli', magistrateId: 'rossi-mario' });
    expect(told.text).toBe(`Lo scambio del tuo turno ${dutyAfterTurno(duty)} non si è potuto fare: il calendario è in revisione (c'è una versione provvisoria non ancora pubblicata). Lo scambio si potrà chiedere dopo la pubblicazione.`);
  });

  it('flags a hand-over that breaks a rule and sends it to the head after the colleague\'s yes', async () => {
    const version = published();
    const config = demo.store.snapshot().offices['procura-napoli']!;
    // A hard same-day exclusion of the demo: arrestati and udienze monocratiche.
    const pair = version.duties.filter((x) => x.serviceId === 'arrestati' && x.from >= '2026-12-01').flatMap((mine) =>
      version.duties.filter((o) => o.serviceId === 'udienze-monocratiche' && o.from === mine.from && o.magistrateId !== mine.magistrateId).map((other) => ({ mine, other })))[0];
    expect(pair, 'an arrestati duty with someone else in a monocratic hearing the same day').toBeDefined();
    const requester = config.magistrates.find((x) => x.id === pair!.mine.magistrateId)!;
    const colleague = config.magistrates.find((x) => x.id === pair!.other.magistrateId)!;
    const [, m, d] = pair!.mine.from.split('-').map(Number);
    const asked = await demo.conversation.handleText(as(requester.id), `scambierei il turno arrestati del ${d}/${m} con ${colleague.surname}`);
    expect(textOf(asked)).toContain('servirà l\'approvazione del capo dell\'ufficio');
    const request = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === colleague.id && n.reply)!;
    expect(replyText(request.reply!)).toMatch(/Attenzione: lo scambio viola (una regola|\d+ regole)/);
    await demo.conversation.handleAction(as(colleague.id), 'accept', button(request.reply!, 'accept'));
    const approval = demo.notifier.sent.find((n) => n.reply?.title === 'Scambio di turno da approvare')!;
    expect(approval.to).toEqual({ kind: 'magistrate', officeId: 'procura-napoli', magistrateId: 'conti-nicola' });
    const names = (x: { name: string; surname: string }) => `${x.name} ${x.surname}`;
    expect(approval.text).toBe(`Scambio di turno da approvare: ${names(colleague)} prenderebbe il turno ${dutyAfterTurno(pair!.mine)} al posto di ${names(requester)}.`);
    expect(demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === requester.id)!.text)
      .toBe(`${names(colleague)} ha accettato di prendere il tuo turno ${dutyAfterTurno(pair!.mine)}; ora serve l'approvazione del capo dell'ufficio.`);
    const refused = await demo.conversation.handleAction(as(requester.id), 'approve', button(approval.reply!, 'approve'));
    expect(textOf(refused)).toContain('questa approvazione spetta al capo dell\'ufficio in servizio');
    const rejected = await demo.conversation.handleAction(HEAD, 'reject', button(approval.reply!, 'reject'));
    expect(textOf(rejected)).toContain('Scambio rifiutato');
    expect(demo.notifier.sent.at(-1)!.text).toBe(`Il capo dell'ufficio non ha approvato lo scambio del turno ${dutyAfterTurno(pair!.mine)}: resta com'era.`);
    expect(latestPublished(demo.store.snapshot(), PERIOD)!.number).toBe(version.number);
  });

  it('lists the duties of a period with several, each as service and day, and asks which', async () => {
    const version = published();
    const days = version.duties.filter((d) => d.from === d.to && d.from >= '2026-12-01');
    const [first, second] = days.flatMap((a) => days.filter((b) => b.magistrateId === a.magistrateId && b.from > a.from && b.from <= addDays(a.from, 6)).map((b) => [a, b] as const))[0]!;
    const who = first.magistrateId;
    const colleague = who === 'bianchi-laura' ? 'Rossi' : 'Bianchi';
    const between = version.duties.filter((d) => d.magistrateId === who && d.to >= first.from && d.from <= second.from);
    const dm = (day: string) => day.split('-').slice(1).reverse().map(Number).join('/');
    const asked = await demo.conversation.handleText(as(who), `scambierei i turni dal ${dm(first.from)} al ${dm(second.from)} con ${colleague}`);
    expect(asked.kind).toBe('problem');
    const services = demo.store.snapshot().offices['procura-napoli']!.services;
    const listed = between.map((d) => `${services.find((s) => s.id === d.serviceId)!.name} ${formatWeekdayIt(d.from)} ${formatDayMonthIt(d.from)}`);
    expect(textOf(asked).trim()).toMatch(/^Hai più turni [^:]+: /);
    for (const line of listed) expect(textOf(asked)).toContain(line);
    expect(textOf(asked).match(/:/g)).toHaveLength(1);
    // Both duties of one service: the day tells them apart, not the service.
    const oneService = new Set(between.map((d) => d.serviceId)).size === 1;
    expect(textOf(asked)).toContain(oneService ? 'Indica il giorno del turno da scambiare' : 'Indica anche il servizio');
  });

  it('asks for the service of one of the day\'s duties with an example naming one of them', async () => {
    const version = published();
    const services = demo.store.snapshot().offices['procura-napoli']!.services;
    const kindOf = (id: string) => services.find((s) => s.id === id)!.kind;
    const day = version.duties.find((a) => a.from === a.to && a.from >= '2026-12-01' && version.duties.some((b) => b !== a && b.magistrateId === a.magistrateId
      && b.from === a.from && b.to === a.to && kindOf(b.serviceId) !== kindOf(a.serviceId)) && !version.duties.some((b) => b.magistrateId === a.magistrateId && b.from < a.from && b.to >= a.from))!;
    expect(day, 'a magistrate with two duties of different services on one day').toBeDefined();
    const colleague = day.magistrateId === 'bianchi-laura' ? 'Rossi' : 'Bianchi';
    const [, m, d] = day.from.split('-').map(Number);
    const asked = await demo.conversation.handleText(as(day.magistrateId), `scambierei il turno del ${d}/${m} con ${colleague}`);
    const first = version.duties.find((x) => x.magistrateId === day.magistrateId && x.from === day.from)!;
    const word = { reperibilita: 'reperibilità', arrestati: 'arrestati e direttissime', udienza: 'udienza', assegnazione: 'assegnazione affari' }[kindOf(first.serviceId) as string];
    const example = `scambierei il turno di ${word} del ${formatDayMonthIt(day.from)} con ${colleague}`;
    expect(textOf(asked)).toContain(`Indica anche il servizio, per esempio "${example}".`);
    // Written back as the example says, it is understood as that one duty.
    expect(textOf(await demo.conversation.handleText(as(day.magistrateId), example))).not.toContain('Hai più turni');
  });

  it('explains what is missing or wrong in a swap request', async () => {
    expect(textOf(await demo.conversation.handleText(ROSSI, 'vorrei scambiare il turno con Russo'))).toContain('Quale turno');
    expect(textOf(await demo.conversation.handleText(ROSSI, 'scambierei il turno di domenica con Rossi'))).toContain('con te stesso');
  });
});

describe('conversation core: the office staff', () => {
  it('generates a calendar in the background and sends the head a publish button that works', async () => {
    const reply = await demo.conversation.handleText(SEGRETERIA, 'genera il calendario di gennaio');
    expect(textOf(reply)).toContain('Sto generando il calendario provvisorio dal 1° al 31 gennaio 2027');
    await demo.conversation.idle();
    const key = { officeId: 'procura-napoli', from: '2027-01-01', to: '2027-01-31' };
    const version = latestVersion(demo.store.snapshot(), key)!;
    expect(version.status).toBe('provisional');
    const toHead = demo.notifier.sent.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.actions.some((a) => a.id === 'publish'))!;
    expect(toHead.text).toContain('Calendario provvisorio');
    expect(demo.notifier.sent.some((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'ferraro-giulia')).toBe(true);
    const done = await demo.conversation.handleAction(HEAD, 'publish', button(toHead.reply!, 'publish'));
    expect(done.kind).toBe('done');
    expect(latestVersion(demo.store.snapshot(), key)!.status).toBe('published');
  });

  it('says in full sentences why a generation could not be made, naming the period once', async () => {
    await demo.conversation.handleText(HEAD, 'genera il calendario dal 15 dicembre al 15 gennaio');
    await demo.conversation.idle();
    const failed = demo.notifier.sent.at(-1)!;
    expect(failed.text).toMatch(/^Non ho potuto generare il calendario\. Il periodo dal 15 dicembre 2026 al 15 gennaio 2027 si sovrappone al calendario /);
  });

  it('lets only the head publish; a refusal is audited', async () => {
    await demo.conversation.handleText(SEGRETERIA, 'genera il calendario di gennaio');
    await demo.conversation.idle();
    const refused = await demo.conversation.handleText(SEGRETERIA, 'pubblica il calendario di gennaio');
    expect(refused.kind).toBe('refusal');
    expect(textOf(refused)).toContain('spetta solo al capo dell\'ufficio');
    const audit = (await demo.store.readLog('audit')) as { action: string; refused: boolean; actor: string }[];
    expect(audit.some((e) => e.action === 'chat.publish_calendar' && e.refused && e.actor === 'ferraro-giulia')).toBe(true);
    const asked = await demo.conversation.handleText(HEAD, 'pubblica il calendario di gennaio');
    expect(asked.kind).toBe('confirm');
    expect(textOf(asked)).toContain('Versione provvisoria 1');
    expect((await demo.conversation.handleAction(HEAD, 'publish', button(asked, 'publish'))).kind).toBe('done');
    expect(textOf(await demo.conversation.handleText(HEAD, 'pubblica il calendario di gennaio'))).toContain('già pubblicato');
  });

  it('refuses generation to a sostituto', async () => {
    const reply = await demo.conversation.handleText(ROSSI, 'genera il calendario di gennaio');
    expect(reply.kind).toBe('refusal');
  });

  it('reports coverage of a period to the head', async () => {
    const reply = await demo.conversation.handleText(HEAD, 'copertura di dicembre');
    expect(reply.title).toBe('Copertura dal 1° al 31 dicembre');
    expect(textOf(reply)).toContain(`versione ${published().number}, pubblicata`);
  });
});
