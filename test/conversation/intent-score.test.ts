import { describe, expect, it } from 'vitest';
import { howToWords, reasonWords, retractedWords, timeReferenceWords, wishedWords, wordContexts } from '../../src/conversation/understanding/intent-context.ts';
import { detectIntent, dropCleft } from '../../src/conversation/understanding/intent-rules.ts';
import { chooseFinding, scoreCue, wordIndexOf, type CueFinding } from '../../src/conversation/understanding/intent-score.ts';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { conditionWords, pastFactWords, withoutPastFacts } from '../../src/conversation/understanding/intent-context-facts.ts';
import { softClauseStarts } from '../../src/conversation/understanding/soft-clauses.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

const words = (text: string) => normalizeText(text).words;
/** The words of `text` marked by `mark`, joined. */
function marked(text: string, mark: (w: readonly string[], starts: readonly boolean[]) => boolean[]): string {
  const n = normalizeText(text);
  const flags = mark(n.words, n.clauseStart);
  return n.words.filter((_w, i) => flags[i]).join(' ');
}
const finding = (intent: CueFinding['intent'], score: number, rank: number): CueFinding => ({ intent, words: intent, strength: 'strong', contexts: [], score, rank, at: 0 });

describe('clause starts', () => {
  it('marks the first word and each word after a punctuation mark or a full stop', () => {
    const n = normalizeText("Ferie il 3, anzi il 4. Grazie! ciao - a presto");
    expect(n.words.filter((_w, i) => n.clauseStart[i])).toEqual(['ferie', 'anzi', 'grazie', 'ciao', 'a']);
  });

  it('does not end a sentence at an abbreviation ("dott.") and keeps the words unchanged', () => {
    const n = normalizeText('chiedo al dott. Gentile se fa la repe');
    expect(n.clauseStart.filter(Boolean)).toHaveLength(1);
    expect(n.text).toBe('chiedo al dott gentile se fa la repe');
  });
});

describe('word contexts', () => {
  it('a reason runs from its opener to the end of its clause', () => {
    expect(marked('che turni ho a gennaio? lo chiedo perché devo prenotare le vacanze', reasonWords)).toBe('devo prenotare le vacanze');
    expect(marked('visto che sono in ferie, chi fa la repe?', reasonWords)).toBe('sono in ferie');
    expect(marked('che turni ho? devo prenotare le vacanze', reasonWords)).toBe('prenotare le vacanze');
  });

  it('"per" or "devo" before a verb of the message itself opens no reason', () => {
    expect(marked('le scrivo per sapere se sono di turno', reasonWords)).toBe('');
    expect(marked('devo comunicarvi che sarò in ferie', reasonWords)).toBe('');
    expect(marked('passo in ufficio per firmare le ferie', reasonWords)).toBe('firmare le ferie');
  });

  it('a correction takes back every word before it', () => {
    expect(marked('volevo le ferie il 3, anzi no, chi è di turno?', retractedWords)).toBe('volevo le ferie il 3');
    expect(marked('ferie il 3', retractedWords)).toBe('');
  });

  it('a wish covers up to three words after it, within its clause', () => {
    expect(marked('grazie, buone vacanze a tutti', wishedWords)).toBe('vacanze a tutti');
    expect(marked('buon rientro dalle ferie', wishedWords)).toBe('rientro dalle ferie');
    expect(marked('buon lavoro, ferie dal 3', wishedWords)).toBe('lavoro');
  });

  it('a period after a time point is a time reference', () => {
    expect(marked('al rientro dalla malattia cosa mi tocca', (w) => timeReferenceWords(w))).toBe('malattia');
    expect(marked('ci vediamo dopo le ferie', (w) => timeReferenceWords(w))).toBe('ferie');
    expect(marked('ferie dopo natale', (w) => timeReferenceWords(w))).toBe('natale');
  });

  it('the action after a how-to opener is its topic', () => {
    expect(marked('nn ho capito come si fa lo scambio di turno', howToWords)).toBe('si fa lo scambio di turno');
    expect(marked('scambio il turno con Rossi', howToWords)).toBe('');
  });

  it('a time reference stays within its clause', () => {
    const n = normalizeText('sono stata in malattia, oggi rientro: chi è di turno?');
    expect(n.words.filter((_w, i) => timeReferenceWords(n.words, n.clauseStart)[i])).toEqual([]);
  });

  it('a condition runs from its opener to the end of its clause, with or without a comma', () => {
    const soft = (w: readonly string[], s: readonly boolean[]) => conditionWords(w, softClauseStarts(w, s));
    expect(marked('se domani non sto bene, chi fa la repe?', soft)).toBe('domani non sto bene');
    expect(marked('se domani non sto bene chi fa la repe?', soft)).toBe('domani non sto bene');
    expect(marked('chi fa la repe se domani non sto bene?', soft)).toBe('domani non sto bene');
    expect(marked('se vado in ferie la settimana prossima ho turni?', soft)).toBe('vado in ferie la settimana prossima');
    expect(marked('nel caso fossi in ferie il 3 chi è reperibile?', soft)).toBe('fossi in ferie il 3');
  });

  it('"se" after a verb of asking, or as a clitic, opens no condition', () => {
    expect(marked('vorrei sapere se sono reperibile a natale', conditionWords)).toBe('');
    expect(marked('mi dici se sono di turno sabato?', conditionWords)).toBe('');
    expect(marked('chi se la sente di fare la mia repe?', conditionWords)).toBe('');
  });

  it('a past fact is the whole clause of its verb; a passive ("mi sono stati assegnati") is none', () => {
    const soft = (w: readonly string[], s: readonly boolean[]) => pastFactWords(w, softClauseStarts(w, s));
    expect(marked('la settimana scorsa ero malato, ho udienze domani?', soft)).toBe('la settimana scorsa ero malato');
    expect(marked('sono stato malato fino a ieri cosa mi tocca domani?', soft)).toBe('sono stato malato fino a ieri');
    expect(marked('sono appena rientrata dalle ferie, che turni ho?', soft)).toBe('sono appena rientrata dalle ferie');
    expect(marked('i turni che mi sono stati assegnati a dicembre', soft)).toBe('');
  });

  it('blanks past facts for reading the dates of a request beside them (offsets kept)', () => {
    const n = normalizeText('ero in ferie ieri, che turni ho domani?');
    expect(withoutPastFacts(n.words, n.clauseStart)).toBe(`${' '.repeat('ero in ferie ieri'.length)} che turni ho domani`);
    expect(withoutPastFacts(['che', 'turni', 'ho'], [true, false, false])).toBeNull();
  });

  it('a clause begins without a comma at a question word, a connective or a verb of a request deep enough in its clause', () => {
    const starts = (text: string) => {
      const n = normalizeText(text);
      return n.words.filter((_w, i) => softClauseStarts(n.words, n.clauseStart)[i]);
    };
    expect(starts('se domani non sto bene chi fa la repe')).toEqual(['se', 'chi']);
    expect(starts('siccome devo andare dal medico posso cambiare il turno')).toEqual(['siccome', 'posso']);
    expect(starts('anche se sono in ferie devo fare la repe del 5')).toEqual(['anche', 'devo']);
    expect(starts('ero in ferie quindi non ho visto')).toEqual(['ero', 'quindi']);
    // Bound to the word before, or the condition's own verb: no new clause.
    expect(starts('se domani non posso venire')).toEqual(['se']);
    expect(starts('se posso vorrei le ferie')).toEqual(['se']);
    expect(starts('non so di chi sia il turno')).toEqual(['non']);
    expect(starts('ferie, anzi no perché devo traslocare')).toEqual(['ferie', 'anzi']);
  });

  it('gives each word all its contexts', () => {
    const n = normalizeText('ferie, anzi no perché devo traslocare');
    expect(wordContexts(n.words, n.clauseStart)).toEqual([['retracted'], [], [], [], ['reason'], ['reason']]);
  });
});

describe('scoring', () => {
  it('a strong cue outweighs a weak one; each context lowers it', () => {
    expect(scoreCue('strong', [])).toBeGreaterThan(scoreCue('weak', []));
    expect(scoreCue('strong', ['reason'])).toBeLessThan(scoreCue('strong', []));
    expect(scoreCue('weak', ['greeting'])).toBeLessThan(scoreCue('weak', []));
    expect(scoreCue('strong', ['reason', 'retracted'])).toBeLessThan(scoreCue('strong', ['reason']));
    expect(scoreCue('weak', ['greeting'], 'help')).toBe(scoreCue('weak', []));
  });

  it('the highest score wins and equal scores go to the cue listed first', () => {
    expect(chooseFinding([finding('duties', 1, 15), finding('swap', 3, 9)])?.intent).toBe('swap');
    expect(chooseFinding([finding('duties', 3, 15), finding('absence_declare', 3, 10)])?.intent).toBe('absence_declare');
    expect(chooseFinding([])).toBeNull();
  });

  it('finds the word index of a character offset', () => {
    expect(wordIndexOf('che turni ho', 0)).toBe(0);
    expect(wordIndexOf('che turni ho', 4)).toBe(1);
    expect(wordIndexOf('che turni ho', 10)).toBe(2);
  });

  it('drops the "è che" of a cleft question with its clause marks', () => {
    expect(dropCleft(['chi', 'e', 'che', 'manca'], [true, false, false, false])).toEqual({ words: ['chi', 'manca'], clauseStart: [true, false], kept: [0, 3] });
  });

  it('between equal scores, a finding in a clause asked with "?" beats a told absence, before the rank', () => {
    const told = { intent: 'absence_declare', words: 'sono fuori', strength: 'strong', contexts: [], score: 3, rank: 10, at: 0 } as const;
    const asked = { intent: 'duties', words: 'ho turni', strength: 'strong', contexts: [], score: 3, rank: 18, at: 6 } as const;
    expect(chooseFinding([told, asked])?.intent).toBe('absence_declare');
    expect(chooseFinding([told, asked], [false, false, false, false, false, false, true, true])?.intent).toBe('duties');
    expect(chooseFinding([{ ...told, score: 4 }, asked], [false, false, false, false, false, false, true, true])?.intent).toBe('absence_declare');
    const request = { intent: 'swap', words: 'un cambio', strength: 'strong', contexts: [], score: 3, rank: 9, at: 3 } as const;
    const follow = { intent: 'on_duty', words: 'chi', strength: 'strong', contexts: [], score: 3, rank: 16, at: 11 } as const;
    expect(chooseFinding([follow, request], [...Array(11).fill(false), true, true])?.intent).toBe('swap');
  });
});

describe('the scored choice on whole sentences', () => {
  const intentOf = (text: string) => detectIntent(normalizeText(text));

  it('a situation told before a question does not take its intent ("sono fuori sede …: ho turni …?")', () => {
    expect(intentOf('sono fuori sede tutto il giorno: ho turni tra domani e dopodomani?').intent).toBe('duties');
    expect(intentOf('sono fuori sede tutto il giorno, ho turni tra domani e dopodomani').intent).toBe('absence_declare');
    expect(normalizeText('ciao, sono fuori: ho turni?! grazie').asked).toEqual([false, false, false, true, true, false]);
  });

  it('an absence word in a reason does not outweigh the question it explains', () => {
    const r = intentOf('che turni ho a gennaio? lo chiedo adesso perché devo prenotare le vacanze');
    expect(r.intent).toBe('duties');
    expect(r.evidence).toBe('che turni ho');
    expect(r.findings.find((f) => f.intent === 'absence_declare')?.contexts).toEqual(['reason']);
  });

  it('a bare absence word is weak: a how-to question outweighs it, alone it still declares', () => {
    expect(intentOf('non ho capito come si segnano le ferie, mi spieghi?').intent).toBe('help');
    expect(intentOf('ferie 28-31 dicembre').intent).toBe('absence_declare');
    expect(intentOf('prendo ferie il 3').findings[0]).toMatchObject({ intent: 'absence_declare', strength: 'strong', words: 'prendo ferie' });
  });

  it('a how-to question outweighs the action it asks about', () => {
    expect(intentOf('nn ho capito come si fa lo scambio di turno').intent).toBe('help');
  });

  it('a wish is a courtesy, not a request', () => {
    expect(intentOf('buon rientro dalle ferie!').intent).toBe('help');
    expect(intentOf('grazie mille, buone vacanze a tutti').intent).toBe('help');
  });

  it('words taken back give way to what follows the correction', () => {
    const r = intentOf('volevo le ferie il 3, anzi no, chi è di turno il 3?');
    expect(r.intent).toBe('on_duty');
    expect(r.findings.filter((f) => f.intent === 'absence_declare').every((f) => f.contexts.includes('retracted'))).toBe(true);
  });

  it('a condition frames the question: the question decides, with the condition\'s date', () => {
    expect(intentOf('se domani non sto bene, chi fa la repe?').intent).toBe('on_duty');
    expect(intentOf('se domani non sto bene chi fa la repe?').intent).toBe('on_duty');
    expect(intentOf('se prendo ferie a dicembre chi fa le direttissime?').intent).toBe('on_duty');
    expect(intentOf('se vado in ferie la settimana prossima ho turni?').intent).toBe('duties');
    expect(intentOf('anche se sono in ferie devo fare la repe del 5?').intent).toBe('duties');
    expect(understand('se domani non sto bene chi fa la repe?', { today: '2026-11-23' })).toMatchObject({ from: '2026-11-24', to: '2026-11-24', service: 'reperibilita' });
  });

  it('alone, a condition or a past fact still decides', () => {
    expect(intentOf('se riesco prendo ferie dal 3 al 7 gennaio').intent).toBe('absence_declare');
    expect(understand('sono stato malato ieri', { today: '2026-11-23' })).toMatchObject({ intent: 'absence_declare', from: '2026-11-22', to: '2026-11-22', absenceType: 'malattia' });
  });

  it('a past fact is no declaration, and its dates are not those of the question beside it', () => {
    const today = { today: '2026-11-23' };
    expect(understand('ero in ferie la settimana scorsa, che turni ho questa settimana?', today)).toMatchObject({ intent: 'duties', from: '2026-11-23', to: '2026-11-29' });
    expect(understand('sono stato malato fino a ieri, cosa mi tocca domani?', today)).toMatchObject({ intent: 'duties', from: '2026-11-24', to: '2026-11-24' });
    expect(understand('la settimana scorsa ero malato, ho udienze domani?', today)).toMatchObject({ intent: 'duties', from: '2026-11-24', service: 'udienza' });
    expect(understand('sono appena tornato dalle ferie, che turni ho?', today).intent).toBe('duties');
    expect(understand('sono stata in malattia, oggi rientro: chi è di turno?', today)).toMatchObject({ intent: 'on_duty', from: '2026-11-23' });
    // A request about the absence itself keeps the past fact's date.
    expect(understand('ieri ero malato ma oggi sto bene, togli la malattia di ieri', today)).toMatchObject({ intent: 'absence_cancel', from: '2026-11-22' });
  });

  it('lists every cue weighed, best first', () => {
    const scores = intentOf('sono in ferie dal 3 al 7, chi è reperibile il 5?').findings.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(intentOf('boh').findings).toEqual([]);
    expect(intentOf('boh').intent).toBe('unknown');
  });
});
