import { say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

/** "Il mio calendario": the person's private subscription link for Outlook, Google Calendar or the phone. */
export async function answerFeed(turn: Turn): Promise<Reply> {
  const url = turn.deps.feedUrl ? await turn.deps.feedUrl(turn.who.officeId, turn.who.personId) : null;
  if (!url) return say('answer', 'I calendari da abbonare non sono ancora attivi per il tuo ufficio: chiedi alla segreteria di attivarli.');
  return say('answer',
    `Ecco il tuo calendario personale: ${url}`,
    'Aggiungilo in Outlook ("Aggiungi calendario" → "Da Internet"), in Google Calendar ("Da URL") o sul telefono: i turni pubblicati si aggiornano da soli.',
    'Il link è personale: non condividerlo. Se pensi che altri lo conoscano, chiedi alla segreteria di rinnovarlo.');
}
