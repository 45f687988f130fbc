import { describe, expect, it } from 'vitest';
import { howToWords, reasonWords, retractedWords, timeReferenceWords, wishedWords, wordContexts } from '../../src/conversation/understanding/intent-context.ts';
import { detectIntent, dropCleft } from '../../src/conversation/understanding/intent-rules.ts';
import { chooseFinding, scoreCue, wordIndexOf, type CueFinding } from '../../src/conversation/understanding/intent-score.ts';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';

const words = (text: string) => normalizeText(text).words;
/** The words of `text` marked by `mark`, joined. */
function marked(text: string, mark: (w: readonly string[], starts: readonly boolean[]) => boolean[]): string {
  const n = normalizeText(text);
  const flags = mark(n.words, n.clauseStart);
  return n.words.filter((_w, i) => flags[i]).join(' ');
}
const finding = (intent: CueFinding['intent'], score: number, rank: number): CueFinding => ({ intent, words: intent, strength: 'strong', contexts: [], score, rank });

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
    expect(dropCleft(['chi', 'e', 'che', 'manca'], [true, false, false, false])).toEqual({ words: ['chi', 'manca'], clauseStart: [true, false] });
  });
});

describe('the scored choice on whole sentences', () => {
  const intentOf = (text: string) => detectIntent(normalizeText(text));

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

  it('lists every cue weighed, best first', () => {
    const scores = intentOf('sono in ferie dal 3 al 7, chi è reperibile il 5?').findings.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(intentOf('boh').findings).toEqual([]);
    expect(intentOf('boh').intent).toBe('unknown');
  });
});
