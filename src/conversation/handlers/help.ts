import { exampleColleague } from '../example-colleague.ts';
import { allows } from '../permissions.ts';
import { reply, type Reply, type ReplySection } from '../reply.ts';
import type { Turn } from '../turn.ts';

const THANKS = /^(grazie|ti ringrazio|ok grazie|perfetto|ottimo|gentilissim)/i;
const GREETING = /^(ciao|buongiorno|buonasera|salve|buon pomeriggio|hey|ehi)\b/i;

/** An "on duty" question about a service the office has: on-call first, else arrestati, else any duty; null with no services. */
function onDutyExample(turn: Turn): string | null {
  const kinds = new Set(turn.config.services.map((s) => s.kind));
  if (kinds.has('reperibilita')) return '"chi è reperibile sabato?"';
  if (kinds.has('arrestati')) return '"chi ha gli arrestati domani?"';
  return kinds.size > 0 ? '"chi è di turno domani?"' : null;
}

/**
 * Examples of what one can write, tailored to what the writer may do and to their office: duties, on-duty questions,
 * swaps and the calendar link only where the office has services, colleagues named by a surname of that office.
 */
export function helpExamples(turn: Turn): string[] {
  const colleague = exampleColleague(turn) ?? 'Rossi';
  const duties = turn.config.services.length > 0;
  const onDuty = onDutyExample(turn);
  const lines = turn.who.kind === 'magistrate'
    ? [
        ...(duties ? ['"i miei turni la prossima settimana"', '"perché a me?" (come è stato assegnato il tuo prossimo turno)', '"com\'è la mia equità?" (il tuo carico rispetto all\'obiettivo)'] : []),
        ...(!duties && turn.config.giada ? ['"il mio carico GIADA" (i processi assegnati rispetto alla capacità)', '"perché mi è stato assegnato il procedimento 1234/2026?"'] : []),
        ...(onDuty ? [onDuty] : []),
        '"sarò in ferie dal 3 al 7 marzo"',
        '"togli le ferie di Natale"',
        ...(duties ? [`"scambierei il turno di domenica con ${colleague}"`, '"il mio calendario" (il link per Outlook o il telefono)'] : []),
      ]
    : [...(onDuty ? [onDuty] : []), ...(duties ? [`"turni di ${colleague} a dicembre"`] : []), ...(allows(turn.who, 'act_for_others') ? [`"metti in ferie ${colleague} dal 3 al 7 marzo"`] : [])];
  if (allows(turn.who, 'generate_calendar') && duties) lines.push('"genera il calendario di gennaio"', '"copertura di dicembre"');
  if (allows(turn.who, 'office_status')) lines.push('"chi è assente oggi?"');
  if (allows(turn.who, 'publish_calendar') && duties) lines.push('"pubblica il calendario di gennaio"');
  if (allows(turn.who, 'office_fairness') && (duties || turn.config.giada)) lines.push(duties ? '"equità del calendario" (i carichi di tutto l\'ufficio)' : '"come sono distribuiti i procedimenti?" (i carichi GIADA del Tribunale)');
  if (allows(turn.who, 'giada_request')) lines.push('"richiesta data prima udienza" (apre il modulo GIADA)');
  return lines;
}

/** The examples as a section, or what the writer's role can do in chat when no example fits it. */
function examplesSection(turn: Turn): ReplySection {
  const lines = helpExamples(turn);
  if (lines.length > 0) return { lines, list: true };
  return { lines: ['Con il tuo ruolo, in questo ufficio, non ci sono ancora richieste che tu possa fare in chat: le assenze dei magistrati le registrano il capo dell\'ufficio e la segreteria.'] };
}

/**
 * The greeting returned: the writer's own "buonasera" or "buon pomeriggio", else the one for the hour in Rome ("Buonasera"
 * from five in the afternoon): answering "buonasera" with "Buongiorno" reads as inattentive.
 */
function greetingFor(text: string, now: Date): string {
  const said = /^(buonasera|buon pomeriggio|buongiorno)\b/i.exec(text)?.[1]?.toLowerCase();
  if (said) return `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
  const hour = Number(new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' }).format(now));
  return hour >= 17 ? 'Buonasera' : 'Buongiorno';
}

/** Help, greetings and thanks: always a courteous answer, never an error. */
export function answerHelp(turn: Turn, text: string): Reply {
  const trimmed = text.trim();
  if (THANKS.test(trimmed)) return reply('answer', undefined, { lines: ['Di nulla, buon lavoro! Se ti serve altro, scrivimi pure.'] });
  const opening = GREETING.test(trimmed) ? `${greetingFor(trimmed, turn.deps.clock.now())}, ${turn.who.displayName}!` : `Ecco cosa posso fare per te, ${turn.who.displayName}.`;
  const examples = examplesSection(turn);
  return reply('answer', undefined, { lines: [opening, ...(examples.list ? ['Scrivimi come scriveresti a un collega, per esempio:'] : [])] }, examples);
}

/** What turnario says when it did not understand: what it can do, with examples. */
export function answerUnknown(turn: Turn): Reply {
  const examples = examplesSection(turn);
  return reply('answer', undefined, { lines: [examples.list ? 'Mi dispiace, non ho capito la richiesta. Prova con una di queste frasi:' : 'Mi dispiace, non ho capito la richiesta.'] }, examples);
}
