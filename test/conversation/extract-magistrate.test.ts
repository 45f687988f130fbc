import { describe, expect, it } from 'vitest';
import { isSurnameLike } from '../../src/conversation/understanding/known-words.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

const MONDAY = '2026-11-23';

describe('a colleague named in the utterance', () => {
  it.each([
    ['che turni ha de luca la prossima settimana', 'de luca'],
    ['turni di la rocca a dicembre', 'la rocca'],
    ['segna malattia per la dott.ssa la rocca da oggi', 'la rocca'],
    ['che turni ha lo giudice a gennaio', 'lo giudice'],
    ['il collega di stefano oggi è in malattia', 'di stefano'],
    ["scambio l'udienza di giovedì con d'amico", "d'amico"],
    ['Russo mi sostituisce sabato per la reperibilità', 'russo'],
    ['con la collega verdi scambio domenica', 'verdi'],
    ['scambio repe 6/12 cn esposito', 'esposito'],
    ['mancini, ti andrebbe di prendere la mia repe di capodanno?', 'mancini'],
    ['scambio con presti sabato', 'presti'],
    ['il 16 agosto lo fai tu il mio turno, ferrari?', 'ferrari'],
    ['il 16 dicembre lo fai tu il mio turno, de luca?', 'de luca'],
    ['Avrei necessità di cedere la mia reperibilità di domenica a Marchetti.', 'marchetti'],
    ['Scambio con rossi sabato', 'rossi'],
    ['sabato la repe me la fa neri, lo segnate?', 'neri'],
    ['conti ti posso passare la repe del 3?', 'conti'],
    ['volevo sapere se il dott. Gentile a dicembre ha udienze', 'gentile'],
    // A colleague called at the start of a swap: a comma or a calling word after the surname.
    ['Caruso, sabato 13 me lo fai tu il turno?', 'caruso'],
    ['Bianchi scusa, mi faresti tu l\'udienza del 3?', 'bianchi'],
    ['ferri senti, mi prendi la repe di domenica?', 'ferri'],
    ['i turni della mia collega Ferri', 'ferri'],
  ])('"%s" names %s', (text, surname) => {
    expect(understand(text, { today: MONDAY }).magistrate).toBe(surname);
  });

  it.each([
    ['domani sono in trasferta a bari per una rogatoria'],
    ['giovedì e venerdì sono a un corso di aggiornamento'],
    ['giovedì sono assente per impegni istituzionali'],
    ['domani ho il funerale di mio zio, non ci sono'],
    ['Vorrei i turni di reperibilità di dicembre. Distinti saluti'],
    ['sono reperibile a santo stefano?'],
    ['Rinuncio, per sopravvenuti impegni, alle ferie del 28 dicembre'],
    ['Egregio Presidente, Le chiedo di poter fruire di ferie dal 2 al 13 agosto'],
    ['Gentile dottoressa, le sarei grata se potesse comunicarmi i miei turni di gennaio'],
    ['Gentile collega, Le chiedo se sarebbe disponibile a sostituirmi nella reperibilità di sabato'],
    ['Desidero sapere se sono previsti turni a mio nome nel giorno di Santo Stefano.'],
    ['il primo maggio per fortuna non sono di turno vero?'],
    ['sono rimasto a casa col mal di gola'],
    ['La sottoscritta chiede che un collega la sostituisca nel turno di udienza del 10 febbraio.'],
    ['Si comunica l\'assenza per malattia del sottoscritto per i giorni 10, 11 e 12 maggio.'],
    // A lower-case word after "di", "per", "a" when the writer uses capitals is an ordinary word.
    ['Avrei necessità di cedere la reperibilità di domenica, qualcuno è disponibile?'],
    ['Vorrei sapere se a marzo sono previste udienze per tutti noi'],
    ['Comunico al Dirigente che sarò in ferie dal 2 al 5 dicembre.'],
    ['il Procuratore chiede che la reperibilità di dicembre venga scambiata'],
    ['Gentile Procuratore, segnalo che dal 18 al 22 gennaio sarò assente per il congedo matrimoniale.'],
    // After a possessive only a title brings a colleague; a first word that is no surname is no call.
    ['Come da mia precedente comunicazione, annullo il permesso di venerdì'],
    ['annullate il permesso richiesto nella mia ultima mail'],
    ['Sabato, me lo fai tu il turno?'],
    ['Grazie, mi cambi la repe?'],
  ])('"%s" names nobody', (text) => {
    expect(understand(text, { today: MONDAY }).magistrate).toBeNull();
  });

  it('tells surnames from ordinary words by what is known and by common-word endings', () => {
    for (const surname of ['russo', 'esposito', 'vitale', 'cesare', "d'amico", 'ventura']) expect(isSurnameLike(surname)).toBe(true);
    for (const word of ['aggiornamento', 'istituzione', 'sostituire', 'gentilmente', 'ferie', 'domani', 'dott']) expect(isSurnameLike(word)).toBe(false);
    for (const surname of ['cavaliere', 'barbiere', 'presti']) expect(isSurnameLike(surname)).toBe(true);
    for (const word of ['prendere', 'poter', 'voler', 'sarei', 'potrebbe', 'sostituirmi', 'scambiarlo']) expect(isSurnameLike(word)).toBe(false);
    for (const surname of ['gerli', 'ferla', 'sperlinga']) expect(isSurnameLike(surname)).toBe(true);
  });
});
