/**
 * Regional and office names of a duty, read as the chat word the rules know: "picchetto" is the
 * on-call duty in several offices ("sono di picchetto sabato?", "il turno di picchetto", "chi è di
 * picchetto domenica?"), read as "repe" so "di picchetto" and "turno di picchetto" work like "di repe".
 * Only unambiguous words: not "guardia" ("guardia medica", "Guardia di Finanza").
 */
export const OFFICE_DUTY_WORDS: Readonly<Record<string, string>> = {
  picchetto: 'repe', picchetti: 'repe',
};
