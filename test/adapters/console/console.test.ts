import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { createConsoleFront, listPeople, type ConsoleFront } from '../../../adapters/console/index.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { createConversation } from '../../../src/conversation/index.ts';
import { FixedClock } from '../../../src/ports.ts';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';

/**
 * The console adapter driven through its input and output streams, on a real lowdb store with the
 * demo offices and a published calendar. Lines are written one at a time and the driver waits for the
 * text it expects on the output (no timers).
 */

let dir: string;
let store: LowdbStore;
const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-console-'));
  store = await openLowdbStore({ dir });
  await seedDemoOffices(store, clock);
  expect((await generateCalendar(store, clock, { from: '2026-11-23', to: '2026-12-31' }, 'test')).ok).toBe(true);
  await publishCalendar(store, clock, { officeId: 'procura-napoli', from: '2026-11-23', to: '2026-12-31' }, 'conti-nicola');
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

class Driver {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  transcript = '';
  private readonly waiters: { text: string; from: number; resolve: () => void }[] = [];
  private mark = 0;
  readonly front: ConsoleFront;
  readonly done: Promise<void>;

  constructor(as?: string) {
    this.output.setEncoding('utf8');
    this.output.on('data', (chunk: string) => {
      this.transcript += chunk;
      for (const w of [...this.waiters]) {
        if (this.transcript.indexOf(w.text, w.from) >= 0) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    });
    this.front = createConsoleFront({ store, input: this.input, output: this.output });
    const conversation = createConversation({ store, clock, notifier: this.front.notifier });
    this.done = this.front.run(conversation, as);
  }

  /** Resolves once `text` appears on the output after the last line sent; returns what was printed since. */
  async waitFor(text: string): Promise<string> {
    const from = this.mark;
    if (this.transcript.indexOf(text, from) < 0) await new Promise<void>((resolve) => this.waiters.push({ text, from, resolve }));
    return this.transcript.slice(from);
  }

  send(line: string): void {
    this.mark = this.transcript.length;
    this.input.write(`${line}\n`);
  }

  async say(line: string, expected: string): Promise<string> {
    this.send(line);
    return this.waitFor(expected);
  }
}

describe('console adapter', () => {
  it('answers a question and declares an absence with numbered choices (--as surname)', async () => {
    const d = new Driver('rossi');
    await d.waitFor('Scrivi come Mario Rossi, sostituto procuratore');
    // The opening names no request of its own: what fits depends on the office (a Tribunale has no duties).
    expect(await d.waitFor('turnario — Mario Rossi')).toContain('Scrivimi in italiano come scriveresti a un collega; "aiuto" per vedere cosa puoi chiedere, "esci" per uscire.');
    const expected = await createConversation({ store, clock, notifier: d.front.notifier }).handleText({ platform: 'console', id: 'rossi-mario' }, 'chi è reperibile sabato?');
    const answer = await d.say('chi è reperibile sabato?', 'In servizio sabato 28 novembre');
    for (const line of expected.sections.flatMap((s) => s.lines)) expect(answer).toContain(line);
    // Piped input is echoed after the prompt, so the transcript reads as a dialogue.
    expect(d.transcript).toContain('\n> chi è reperibile sabato?\n  In servizio sabato 28 novembre');

    const proposal = await d.say('sarò in ferie dal 30 novembre al 4 dicembre', '1) Conferma  2) Annulla');
    expect(proposal).toContain('ferie dal 30 novembre al 4 dicembre');
    const out = await d.say('7', 'Scrivi un numero da 1 a 2, oppure una frase.');
    expect(out).not.toContain('Fatto');
    const done = await d.say('1', 'Fatto: ho registrato le ferie di Mario Rossi dal 30 novembre al 4 dicembre');
    // The choices answered, a second number answers nothing: said so, instead of "non ho capito la richiesta".
    const stray = await d.say('1', 'Non c\'è nessuna scelta aperta a cui rispondere con un numero: scrivimi una frase ("aiuto" per qualche esempio).');
    expect(stray).not.toContain('non ho capito');
    // The head's request to approve the replan is printed as a notification, marked as such.
    expect(d.transcript).toContain('[Notifica per Nicola Conti]');
    expect(done).not.toContain('Scrivi il numero per rispondere');
    expect(d.transcript).toContain('(Pulsanti nel messaggio: Approva e pubblica · Non ora)');
    expect(store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-11-30' && a.to === '2026-12-04' && a.status !== 'cancelled')).toBe(true);
    d.send('esci');
    await d.done;
    expect(d.transcript.trimEnd().endsWith('Arrivederci.')).toBe(true);
  });

  it('asks who you are with a numbered list, and offers the choices of a notification addressed to you', async () => {
    const d = new Driver();
    await d.waitFor('Chi sei?');
    const people = listPeople(store.snapshot());
    const conti = people.findIndex((p) => p.id === 'conti-nicola') + 1;
    expect(d.transcript).toContain(`  ${conti}) Nicola Conti, procuratore`);
    await d.say('zero', `Scrivi un numero da 1 a ${people.length}.`);
    await d.say(String(conti), 'turnario — Nicola Conti');
    // Generating runs in the background; the result comes as a notification with Pubblica / Non ora.
    const announced = await d.say('genera il calendario di gennaio', '(Scrivi il numero per rispondere: 1) Pubblica  2) Non ora)');
    expect(announced).toContain('[Notifica per Nicola Conti]');
    expect(announced).toContain('Calendario provvisorio dal 1° al 31 gennaio 2027 generato');
    await d.say('1', 'pubblicato');
    expect(store.snapshot().calendars.some((c) => c.from === '2027-01-01' && c.status === 'published')).toBe(true);
    d.input.end();
    await d.done;
  });

  it('narrows an ambiguous --as to the people it matches', async () => {
    const d = new Driver('Esposito');
    const list = await d.waitFor('Più persone corrispondono a "Esposito"');
    await d.waitFor('> ');
    expect(d.transcript).toContain('1) Giulia Esposito');
    expect(d.transcript).toContain('2) Marco Esposito');
    expect(d.transcript).not.toContain('3)');
    expect(list).toBeTruthy();
    await d.say('2', 'Scrivi come Marco Esposito');
    d.input.end();
    await d.done;
  });

  it('asks a form field by field, refusing malformed answers with a message, then confirms', async () => {
    const d = new Driver('bianchi');
    await d.waitFor('turnario — Laura Bianchi');
    const form = await d.say('devo comunicare un\'assenza', 'Tipo di assenza');
    expect(form).toContain('1) ferie');
    await d.say('9', 'Scegli un numero da 1 a 5.');
    await d.say('3', 'Dal (AAAA-MM-GG)');
    await d.say('2026-02-30', '"2026-02-30" non è una data valida: scrivila come AAAA-MM-GG');
    await d.say('2026-12-21', 'Al (compreso)');
    await d.say('2026-12-22', 'Nota (facoltativa)');
    const proposal = await d.say('', '1) Conferma  2) Annulla');
    expect(proposal).toContain('dal 21 al 22 dicembre');
    await d.say('1', 'Fatto');
    expect(store.snapshot().absences.some((a) => a.magistrateId === 'bianchi-laura' && a.from === '2026-12-21' && a.type === 'congedo')).toBe(true);
    await d.say('devo comunicare un\'assenza', 'Tipo di assenza');
    await d.say('annulla', 'Modulo annullato: non ho registrato nulla.');
    // A sentence without dates opens the same form, saying what is missing.
    await d.say('sarò in ferie', 'Mi mancano le date: compila il modulo');
    await d.say('annulla', 'Modulo annullato');
    d.input.end();
    await d.done;
  });
});
