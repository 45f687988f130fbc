import { describe, expect, it } from 'vitest';
import { isSurnameLike } from '../../src/conversation/understanding/known-words.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Understanding } from '../../src/conversation/understanding/understanding.ts';
import { areForms, irregularForms } from './italian-verb-forms.ts';
import { typingSlips } from './typing-slips.ts';

/**
 * Whole kinds of wording generated from stems, not single phrasings: every form of each intent's verbs
 * (persons, tenses, clitics: "genererei", "toglietemela"), the typing slips of the domain words, deadlines
 * beside a period, and names that are no colleague. Each test lists the misses, so a failure says which.
 */
const today = '2026-11-23';
const read = (text: string): Understanding => understand(text, { today });
const misses = (texts: readonly string[], ok: (u: Understanding) => boolean): string[] =>
  texts.flatMap((t) => {
    const u = read(t);
    return ok(u) ? [] : [`${t} -> ${u.intent} ${u.from}…${u.to} ${u.magistrate ?? ''}`];
  });

const CLITIC_END = /(?:lo|la|li|le|melo|mela|meli|mele|celo|cela)$/;
/** A form in its sentence: an object named after it, or (with a clitic) before it. */
const inFrames = (forms: readonly string[], plain: string, withObject: string): string[] =>
  forms.map((f) => (CLITIC_END.test(f) && !/at[oaie]$/.test(f) ? withObject : plain).replace('{f}', f));

describe('every form of the verbs of a request', () => {
  it('publishing', () => {
    expect(misses(inFrames(areForms('pubblicare'), '{f} il calendario di marzo', 'il calendario di marzo, {f}'), (u) => u.intent === 'calendar_publish')).toEqual([]);
  });

  it('generating, preparing, elaborating (not the adjective "generale")', () => {
    const forms = ['generare', 'rigenerare', 'preparare', 'elaborare'].flatMap(areForms).filter((f) => !/^general[ei]$/.test(f));
    expect(misses(inFrames(forms, '{f} il calendario di marzo', 'il calendario di marzo, {f}'), (u) => u.intent === 'calendar_generate')).toEqual([]);
  });

  it('withdrawing an absence', () => {
    const forms = [
      // Not "levi", which is a surname too.
      ...['cancellare', 'annullare', 'eliminare', 'levare', 'revocare', 'ritirare'].flatMap(areForms).filter((f) => f !== 'levi'),
      ...irregularForms({ forms: ['togliere', 'tolgo', 'togli', 'toglie', 'togliamo', 'togliete', 'tolgono', 'toglierei', 'toglieresti', 'toglierai', 'tolga', 'tolto', 'tolte', 'togliendo'], infinitiveStem: 'toglier', imperatives: ['togli', 'togliete', 'togliamo'] }),
      ...irregularForms({ forms: ['rimuovere', 'rimuovo', 'rimuovi', 'rimuovete', 'rimuoveresti', 'rimosso', 'rimossa', 'rimosse', 'rimossi'], infinitiveStem: 'rimuover', imperatives: ['rimuovi', 'rimuovete'] }),
      ...irregularForms({ forms: ['disdire', 'disdico', 'disdici', 'disdite', 'disdiresti', 'disdetto', 'disdetta'], infinitiveStem: 'disdir', imperatives: ['disdici', 'disdite'] }),
    ];
    expect(misses(inFrames(forms, '{f} le ferie del 3 dicembre', 'le ferie del 3 dicembre, {f}'), (u) => u.intent === 'absence_cancel' && u.from === '2026-12-03')).toEqual([]);
  });

  it('exchanging a duty', () => {
    expect(misses(inFrames(areForms('scambiare'), '{f} la repe di sabato con Rossi', 'la repe di sabato, {f} con Rossi'), (u) => u.intent === 'swap')).toEqual([]);
  });

  it('asking a colleague to stand in, the duty before or after the verb', () => {
    const asks = ['mi sostituisci', 'mi sostituiresti', 'sostituiscimi', 'potresti sostituirmi', 'mi copri', 'mi copriresti', 'coprimi', 'potresti coprirmi',
      'mi fai', 'mi faresti', 'me la fai', 'me la faresti', 'me la prendi', 'te la senti di prendere', 'ti andrebbe di fare', 'ti va di coprire', 'mi cambi', 'me la cambieresti', 'cambiamela'];
    expect(misses(asks.flatMap((v) => [`Rossi, ${v} la repe di sabato?`, `la repe di sabato ${v}, Rossi?`]), (u) => u.intent === 'swap')).toEqual([]);
  });

  it.each(['La informo che non sarò in sede il 3 dicembre', 'giovedì non sono in ufficio', 'il 3 dicembre sarò impossibilitato a venire in ufficio', 'il 3 dicembre mi prendo la giornata'])(
    'not being there, said formally or plainly: %s', (text) => {
      expect(read(text).intent).toBe('absence_declare');
    });

  it('asking to be recorded as absent', () => {
    const asks = ['segnami', 'segnatemi', 'mi segni', 'mi segneresti', 'puoi segnarmi', 'registrami', 'mi registreresti', 'mettimi', 'mettetemi', 'mi metti', 'mi metteresti', 'inseriscimi', 'mi inseriresti'];
    expect(misses(asks.flatMap((v) => [`${v} in ferie il 3 dicembre`, `il 3 dicembre ${v} in permesso`]), (u) => u.intent === 'absence_declare' && u.from === '2026-12-03')).toEqual([]);
  });
});

describe('typing slips of the domain words', () => {
  const cases: [string, string, (u: Understanding) => boolean][] = [
    ['ferie', '{w} dal 3 al 5 dicembre', (u) => u.intent === 'absence_declare' && u.absenceType === 'ferie'],
    ['malattia', 'sono in {w} oggi', (u) => u.intent === 'absence_declare' && u.absenceType === 'malattia'],
    ['reperibilita', 'chi ha la {w} domani?', (u) => u.intent === 'on_duty' && u.service === 'reperibilita'],
    ['turno', 'chi è di {w} domani?', (u) => u.intent === 'on_duty'],
    ['udienza', 'ho {w} domani?', (u) => u.intent === 'duties' && u.service === 'udienza'],
    ['direttissime', 'chi fa le {w} domani?', (u) => u.intent === 'on_duty' && u.service === 'arrestati'],
    ['cambio', '{w} repe di sabato con Rossi', (u) => u.intent === 'swap'],
    ['scambio', '{w} la repe di sabato con Rossi', (u) => u.intent === 'swap'],
    ['pubblica', '{w} il calendario di marzo', (u) => u.intent === 'calendar_publish'],
    ['genera', '{w} il calendario di marzo', (u) => u.intent === 'calendar_generate'],
    ['febbre', 'ho la {w}, resto a casa', (u) => u.intent === 'absence_declare' && u.absenceType === 'malattia'],
    // The verbs of the requests, in the forms chat uses most.
    ['cancella', '{w} le ferie del 3 dicembre', (u) => u.intent === 'absence_cancel'],
    ['annulla', '{w} le ferie del 3 dicembre', (u) => u.intent === 'absence_cancel'],
    ['elimina', '{w} le ferie del 3 dicembre', (u) => u.intent === 'absence_cancel'],
    ['scambiamo', '{w} la repe di sabato?', (u) => u.intent === 'swap'],
    ['sostituisci', 'mi {w} sabato alla repe?', (u) => u.intent === 'swap'],
  ];
  it.each(cases)('%s: a neighbouring key, a doubled letter, two letters swapped', (word, frame, ok) => {
    const { neighbour, doubled, swapped } = typingSlips(word);
    expect(misses([...neighbour, ...doubled, ...swapped].map((w) => frame.replace('{w}', w)), ok)).toEqual([]);
  });

  it.each(cases.filter(([w]) => w.length >= 6))('%s: an inner letter missing', (word, frame, ok) => {
    // Not "malatta", which is "malata" with a doubled letter as much as "malattia" without its i.
    const inner = typingSlips(word).missing.filter((m) => m[0] === word[0] && m.at(-1) === word.at(-1) && m !== 'malatta');
    expect(misses(inner.map((w) => frame.replace('{w}', w)), ok)).toEqual([]);
  });
});

describe('a deadline beside the period asked about', () => {
  it.each([
    ['entro venerdì genera gennaio', 'calendar_generate', '2027-01-01', '2027-01-31'],
    ['entro il 30 novembre pubblica dicembre per favore', 'calendar_publish', '2026-12-01', '2026-12-31'],
    ['genera i turni dal 1 al 15 gennaio entro venerdì', 'calendar_generate', '2027-01-01', '2027-01-15'],
    ['congedo dal 1 al 15 febbraio, la domanda va presentata entro il 10 gennaio', 'absence_declare', '2027-02-01', '2027-02-15'],
    ['ferie dal 3 al 7 dicembre, lo comunico entro domani', 'absence_declare', '2026-12-03', '2026-12-07'],
    // Alone, "entro" still ends the period from today.
    ['che turni ho entro natale?', 'duties', '2026-11-23', '2026-12-25'],
    ['sono in malattia fino a venerdì', 'absence_declare', '2026-11-23', '2026-11-27'],
  ])('%s', (text, intent, from, to) => {
    expect(read(text)).toMatchObject({ intent, from, to });
  });
});

describe('names that are no colleague', () => {
  it.each([
    'congedo per la nascita di Matteo', 'ferie il 3 dicembre, ho il funerale di zio Pino', 'ferie il 3 per il compleanno di Giulia',
    'malattia: colpo di frusta dopo un incidente', 'ferie dal 3 al 7 dicembre: Parigi!', 'udienza del 3 dicembre, chi la fa al posto mio? sono fuori Sede',
    'ho la repe con il Tribunale del Riesame domani?', 'chiedo ferie il 3 dicembre. Con Osservanza', 'cambio con chiunque la repe di sabato',
    'scambio la repe di sabato con qualsiasi collega', 'chiedo congedo per Assistenza al Padre',
    // Short infinitives the endings rule leaves (it spares "Cesare"): "di andare", "di stare".
    'prima di andare in ferie vorrei sapere i miei turni', 'chiedo ferie per andare al matrimonio', 'ho bisogno di stare a casa domani, malattia',
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });

  it('a noun after "di" that follows another noun is a thing, not a colleague ("la gara di nuoto")', () => {
    const nouns = ['classe', 'condominio', 'danza', 'calcio', 'musica', 'inglese', 'teatro', 'palestra', 'pediatria', 'fisioterapia', 'banca', 'notaio', 'caldaia', 'pediatra', 'oculista', 'commercialista', 'meccanico'];
    const frames = ['ferie il 3 dicembre per la riunione di {n}', 'permesso il 3 dicembre per la visita di {n}', 'che turni ho la settimana della festa di {n}?',
      // "per" gives a reason unless a verb of recording comes with it; "con" after a meeting names whom one meets.
      'permesso il 3 dicembre per {n}', 'ferie il 3 dicembre per il {n}', 'scambio la repe di sabato, ho appuntamento con {n}',
      // Where one goes, in a swap: after a verb of going, a relative, or closing the message after a preposition.
      'scambio la repe di sabato, devo andare a {n}', 'mi fai la repe di sabato? devo portare mio figlio a {n}', 'cambio la repe di sabato per {n}', 'scambio la repe di sabato, sono dal {n}'];
    const named = nouns.flatMap((n) => frames.map((f) => f.replace('{n}', n))).filter((t) => read(t).magistrate !== null);
    expect(named).toEqual([]);
  });

  it.each([['scambio la repe di sabato con Esposito', 'esposito'], ['i turni di rossi a dicembre', 'rossi'], ['togli le ferie di gallo del 3', 'gallo'],
    ['scambio la mia repe con quella di bassi', 'bassi'], ['metti la malattia di oggi di neri', 'neri'], ['inserisci ferie per de luca dal 27 al 31 dicembre', 'de luca'],
    ['permesso il 3 dicembre per Rossi', 'rossi'], ['la repe di sabato la do a rossi', 'rossi'], ['lo fai tu il mio turno, Ferrari?', 'ferrari'], ['cambio con la collega Fontana il 3', 'fontana'], ['mi scambi il turno, Testa?', 'testa'], ['turni di Neri', 'neri']])(
    '%s still names %s', (text, surname) => {
      expect(read(text).magistrate).toBe(surname);
    });
});

describe('after blind40/41: kinds of their misses', () => {
  it.each([
    ['mettimi in ferie 27 dicembre - 2 gennaio', '2026-12-27', '2027-01-02'],
    ['ferie 27 dicemre – 2 gennaio', '2026-12-27', '2027-01-02'],
    ['ferie 3 - 7 dicembre', '2026-12-03', '2026-12-07'],
    ['ferie 27/12 - 2/1', '2026-12-27', '2027-01-02'],
    ['ferie lunedì-mercoledì', '2026-11-23', '2026-11-25'],
    ['ferie lunedì 7 - mercoledì 9 dicembre', '2026-12-07', '2026-12-09'],
    // Days listed before their month, a link before a weekday and its day.
    ['ferie 3, 4, 5 dicembre', '2026-12-03', '2026-12-05'],
    ['ferie 3 e 4 e 5 dicembre', '2026-12-03', '2026-12-05'],
    ['ferie 3 4 5 dicembre', '2026-12-03', '2026-12-05'],
    ['ferie 7/9 dicembre', '2026-12-07', '2026-12-09'],
    ['ferie lunedì 7 fino a mercoledì 9 dicembre', '2026-12-07', '2026-12-09'],
  ])('a dash between two dates is a range: %s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from, to });
  });

  it.each([
    ['ciao, hai letto la circolare sul nuovo processo penale telematico?', 'unknown'],
    ['buongiorno, sai se la mensa è aperta oggi?', 'unknown'],
    ['ciao, come va?', 'help'],
    ['ciao!', 'help'],
    ['buongiorno a tutti', 'help'],
    ['ciao, mi fai vedere qualche esempio?', 'help'],
    ['Buongiorno, sono nuova: mi spiega cosa posso chiederle?', 'help'],
    ['ciao, chi è di turno oggi?', 'on_duty'],
    // Speaking to turnario itself stays a courtesy.
    ["buongiorno, volevo ringraziarti per l'aiuto", 'help'],
    ['ciao, volevo solo salutarvi tutti', 'help'],
    ['buonasera, ci sei ancora?', 'help'],
    ['ciao, mi aiuti per favore?', 'help'],
    ['buongiorno, come posso usare questo sistema?', 'help'],
  ])('a salutation opening a message about something else does not make it a courtesy: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['le notifiche di stanotte sono andate?', 'jobs_status'], ['hai mandato le mail dei turni?', 'jobs_status'], ['è uscito il riepilogo settimanale?', 'jobs_status'],
    ['pubblicheresti dicembre?', 'calendar_publish'], ['rendi ufficiale il calendario di dicembre', 'calendar_publish'],
    ['hai mandato la mail a Rossi per lo scambio di sabato?', 'swap'], ['le udienze pubbliche di dicembre chi le fa?', 'on_duty'],
  ])('staff commands in other forms: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each(['a chi tocca domenica?', 'domenica a chi spetta?', 'a chi toccherà la repe a natale?'])('whose turn it is: %s', (text) => {
    expect(read(text).intent).toBe('on_duty');
  });

  it.each(['mi dici quali colleghi non ci sono oggi?', "chi non c'è domani?", 'quanti non vengono lunedì?', 'chi è via oggi?', 'chi non è in ufficio oggi?',
    'quanti colleghi sono via domani?', 'sono tutti presenti oggi?', 'siamo al completo oggi?', 'mancano colleghi oggi?', 'chi non lavora domani?', 'oggi chi non viene?',
  ])('others not there: %s', (text) => {
    expect(read(text).intent).toBe('absent_today');
  });

  it.each([
    ['Caruso mi fa le convalide il 31, gli ho già chiesto', 'caruso'], ['Neri mi fa la repe sabato', 'neri'], ['Rossi fa la mia repe sabato', 'rossi'],
    ['sabato la mia repe la fa Rossi', 'rossi'], ["Rossi mi tiene l'udienza del 3", 'rossi'], ['la mia udienza del 3 la tiene Rossi', 'rossi'],
    ['Rossi mi farà la repe sabato', 'rossi'], ['ho chiesto a Rossi di farmi la repe sabato', 'rossi'], ['ho trovato chi mi sostituisce sabato: Rossi', 'rossi'],
    ['Rossi copre me sabato alla repe', 'rossi'],
  ])('a colleague who does my duty: %s', (text, surname) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate: surname });
  });

  it.each([
    ['ciao Longo! ti andrebbe di scambiare la reperibilità di sabato 12 dicembre? ti prendo io una delle tue', 'longo'],
    ['Ciao Marco, scambiamo sabato?', null],
  ])('the one greeted in a swap, by surname not by first name: %s', (text, surname) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate: surname });
  });
});

describe('kinds of the blind42/43 misses', () => {
  it('third-person plurals of the verbs about duties are no surname', () => {
    const forms = ['toccano', 'spettano', 'restano', 'mancano', 'coprono', 'servono', 'gestiscono', 'rimangono', 'vengono'];
    const misses = forms.filter((verb) => read(`quali turni ${verb} la settimana prossima`).magistrate !== null);
    expect(misses).toEqual([]);
    for (const surname of ['romano', 'giordano', 'buono', 'pagano']) expect(isSurnameLike(surname)).toBe(true);
  });

  it.each([
    ['quali turni toccano a Bianchi la settimana prossima', 'bianchi'],
    ['che turni spettano al collega Neri a dicembre?', 'neri'],
    ['quali turni toccano a me a dicembre?', null],
  ])('a duty falling to someone ("tocca a X"): %s', (text, surname) => {
    expect(read(text)).toMatchObject({ intent: 'duties', magistrate: surname });
  });

  it.each([
    'salve a tutti, sono il nuovo sostituto arrivato oggi 👋',
    'buongiorno a tutti, sono la nuova collega',
    'ciao a tutti, mi presento: sono appena arrivata in procura',
    'Buongiorno, mi permetto di chiedere quali funzioni offra questo servizio e in che modo debba formulare le richieste.',
    'in che modo devo formulare le richieste?',
    'quali funzionalità mette a disposizione il sistema?',
  ])('a greeting with a self-introduction, a formal help request: %s', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it.each([
    ['Buongiorno, comunico che non fruirò più del congedo programmato per il 18 e il 19 febbraio.', 'congedo'],
    ['non usufruirò più delle ferie di dicembre', 'ferie'],
    ['il permesso di venerdì: non ne usufruirò più', 'congedo'],
    ['le ferie di agosto non le utilizzerò più', 'ferie'],
  ])('"non fruirò / usufruirò più" cancels: %s', (text, type) => {
    expect(read(text)).toMatchObject({ intent: 'absence_cancel', absenceType: type });
  });

  it.each([
    ['chi è di turno il lunedì di Pasquetta?', '2027-03-29'],
    ["chi è di turno il lunedì dell'Angelo?", '2027-03-29'],
    ['desidererei conoscere il nominativo del magistrato di turno il lunedì di Pasquetta', '2027-03-29'],
  ])('Easter Monday by its names: %s', (text, day) => {
    expect(understand(text, { today: '2027-03-15' })).toMatchObject({ intent: 'on_duty', from: day, to: day });
  });

  it.each(["rep stanotte chi ce l'ha?", 'chi ha la rep stanotte?', 'chi fa la rep sabato?'])('"rep" is reperibilità: %s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'on_duty', service: 'reperibilita' });
  });
});
