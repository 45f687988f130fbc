import type { Writable } from 'node:stream';
import type { ChatUser, Conversation, FormSpec, Reply, ReplyAction } from '../../src/conversation/index.ts';
import type { Store } from '../../src/ports.ts';
import { fieldQuestion, readFieldAnswer } from './ask-field.ts';
import type { LineReader } from './line-reader.ts';
import type { ConsoleNotifier } from './notifier.ts';
import { findPeople, listPeople, type ConsolePerson } from './people.ts';
import { indent, renderReply } from './render.ts';

/**
 * The console chat: pick who you are, write Italian sentences, read the same replies Slack and Teams
 * get, as text. Buttons are numbered choices; forms are asked field by field.
 */

export interface ConsoleSessionDeps {
  conversation: Conversation;
  store: Store;
  notifier: ConsoleNotifier;
  lines: LineReader;
  output: Writable;
  /** Writes each line read after its prompt: when the input is not a terminal (piped), so the transcript reads as a dialogue. */
  echo?: boolean;
}

const QUIT = new Set(['esci', 'fine', 'quit', 'exit']);
const CANCEL_FORM = 'annulla';

export class ConsoleSession {
  private choices: ReplyAction[] = [];
  private user: ChatUser | null = null;

  constructor(private readonly deps: ConsoleSessionDeps) {
    deps.notifier.onChoices = (actions) => {
      this.choices = actions;
    };
  }

  private write(text: string): void {
    this.deps.output.write(`${text}\n`);
  }

  private prompt(text: string): void {
    this.deps.output.write(text);
  }

  private async readLine(): Promise<string | null> {
    const line = await this.deps.lines.next();
    if (line !== null && this.deps.echo) this.deps.output.write(`${line}\n`);
    return line;
  }

  /** Asks for a number from 1 to `count`; null when the input ends. */
  private async askNumber(count: number): Promise<number | null> {
    for (;;) {
      this.prompt('> ');
      const line = await this.readLine();
      if (line === null) return null;
      const n = Number(line.trim());
      if (Number.isInteger(n) && n >= 1 && n <= count) return n;
      this.write(`Scrivi un numero da 1 a ${count}.`);
    }
  }

  /** Who the user is: `--as` when it names one person, else a numbered list (narrowed to the matches). */
  async choosePerson(as: string | undefined): Promise<ConsolePerson | null> {
    const people = listPeople(this.deps.store.snapshot());
    if (people.length === 0) {
      this.write('Nell\'archivio non c\'è nessun ufficio: importane uno con "turnario office import FILE".');
      return null;
    }
    let candidates = people;
    if (as !== undefined) {
      const found = findPeople(people, as);
      if (found.length === 1) return found[0]!;
      if (found.length > 1) {
        this.write(`Più persone corrispondono a "${as}": scegli chi sei.`);
        candidates = found;
      } else {
        this.write(`Non trovo nessuno che corrisponda a "${as}" negli uffici dell'archivio: scegli dall'elenco.`);
      }
    } else {
      this.write('Chi sei? Scegli una persona degli uffici (puoi anche avviare con --as seguito dal cognome).');
    }
    candidates.forEach((p, i) => this.write(`  ${i + 1}) ${p.label}`));
    const n = await this.askNumber(candidates.length);
    return n === null ? null : candidates[n - 1]!;
  }

  /** Prints a reply; a form in it is filled field by field and submitted. */
  private async show(reply: Reply): Promise<void> {
    this.write(indent(renderReply(reply)));
    this.choices = reply.actions;
    if (reply.form) await this.fillForm(reply.form);
  }

  private async fillForm(form: FormSpec): Promise<void> {
    this.write(`\n${form.title} (scrivi "${CANCEL_FORM}" per lasciar perdere)`);
    const values: Record<string, string> = {};
    for (const field of form.fields) {
      this.write(fieldQuestion(field));
      for (;;) {
        this.prompt('> ');
        const line = await this.readLine();
        if (line === null) return;
        if (line.trim().toLowerCase() === CANCEL_FORM) {
          this.write(indent('Modulo annullato: non ho registrato nulla.'));
          return;
        }
        const answer = readFieldAnswer(field, line);
        if (answer.ok) {
          values[field.id] = answer.value;
          break;
        }
        this.write(answer.message);
      }
    }
    await this.show(await this.deps.conversation.submitForm(this.user!, form.id, values));
  }

  /** The whole session; resolves when the user quits or the input ends. */
  async run(as?: string): Promise<void> {
    const person = await this.choosePerson(as);
    if (!person) return;
    this.user = { platform: 'console', id: person.id };
    this.deps.notifier.currentPersonId = person.id;
    this.write(`\nScrivi come ${person.label}.`);
    // No example of its own: what one may ask depends on the office and the role ("aiuto" lists the ones that fit).
    this.write('Scrivimi in italiano come scriveresti a un collega; "aiuto" per vedere cosa puoi chiedere, "esci" per uscire.\n');
    await this.show(await this.deps.conversation.home(this.user));
    for (;;) {
      this.prompt('\n> ');
      const line = await this.readLine();
      if (line === null) break;
      const text = line.trim();
      if (!text) continue;
      if (QUIT.has(text.toLowerCase())) break;
      // A number answers the choices on screen; with none open it answers nothing, and the core would not understand it.
      if (/^\d+$/.test(text) && this.choices.length === 0) {
        this.write(indent('Non c\'è nessuna scelta aperta a cui rispondere con un numero: scrivimi una frase ("aiuto" per qualche esempio).'));
        continue;
      }
      if (/^\d+$/.test(text)) {
        const action = this.choices[Number(text) - 1];
        if (!action) {
          this.write(`Scrivi un numero da 1 a ${this.choices.length}, oppure una frase.`);
          continue;
        }
        await this.show(await this.deps.conversation.handleAction(this.user, action.id, action.pendingId));
        continue;
      }
      await this.show(await this.deps.conversation.handleText(this.user, text));
    }
    await this.deps.conversation.idle();
    this.write('\nArrivederci.');
  }
}
