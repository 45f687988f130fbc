import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The name misses of blind122-125 at first sight, each kind said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('a surname with a capitalised particle opening a message is kept whole ("Dal Pozzo", "Dell\'Acqua")', () => {
  it.each([
    ['Di Pietro che turni ha a gennaio?', 'duties', 'di pietro'],
    ['Dal Maso mi sostituisce sabato', 'swap', 'dal maso'],
    ['Dalla Valle mi prende la repe di domenica', 'swap', 'dalla valle'],
    ['Della Rocca è in ferie dal 3 al 5 dicembre', 'absence_declare', 'della rocca'],
    ['Del Pozzo la settimana prossima che turni ha?', 'duties', 'del pozzo'],
    ["Dall'Olio mi copre la repe di domenica", 'swap', "dall'olio"],
    ["scambio con Dall'Ara la repe di sabato", 'swap', "dall'ara"],
    ["i turni di Dell'Orto a dicembre", 'duties', "dell'orto"],
  ])('%s', (text, intent, magistrate) => {
    expect(read(text)).toMatchObject({ intent, magistrate });
  });

  it.each([
    ['Dalla prossima settimana sono in ferie', '2026-11-30', '2026-12-06'],
    ['Dal 3 dicembre sono in malattia', '2026-12-03', '2026-12-03'],
    ['Dal Lunedì 7 sono in ferie', '2026-12-07', '2026-12-07'],
  ])('a capitalised preposition before a date stays a preposition: %s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from, to, magistrate: null });
  });

  it("an elided preposition in lower case before a feast is no surname (\"il giorno dell'Epifania\")", () => {
    expect(read("mi tocca qualcosa il giorno dell'Epifania?", '2026-12-30')).toMatchObject({ intent: 'duties', magistrate: null });
  });
});

describe('a double surname written with two capitalised words is kept whole ("Rossi Doria", "Canepa Ferrando")', () => {
  it.each([
    ['i turni di Rossi Doria a dicembre', 'duties', 'rossi doria'],
    ['Ferrando Canepa mi sostituisce all\'udienza del 17', 'swap', 'ferrando canepa'],
    ['Gatti Ferri è di turno domani?', 'duties', 'gatti ferri'],
    ['metti ferie a Rossi Doria dal 3 al 5 dicembre', 'absence_declare', 'rossi doria'],
    ['cedo la repe di sabato a Canepa Ferrando', 'swap', 'canepa ferrando'],
    ['che turni ha Maria Canepa Ferrando?', 'duties', 'canepa ferrando'],
  ])('%s', (text, intent, magistrate) => {
    expect(read(text)).toMatchObject({ intent, magistrate });
  });

  it.each([
    ['cambio turno con Canepa Martedì 1', 'canepa'],
    ['scambio con Bianchi Gennaio', 'bianchi'],
    ['scambio con Rossi Procura sabato', 'rossi'],
    ['Caro Lapenta, mi scambieresti la repe di domenica?', 'lapenta'],
  ])('a month, a weekday, an office or a greeting beside a surname is not part of it: %s', (text, magistrate) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate });
  });

  it.each([
    ['Cara Rossi Doria, scambiamo la repe di sabato?', 'rossi doria'],
    ['Ciao Canepa Ferrando, mi copri domenica?', 'canepa ferrando'],
  ])('the one greeted with a double surname is the one asked for a swap: %s', (text, magistrate) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate });
  });

  it('the one greeted with a double surname is no colleague of the writer\'s own absence', () => {
    expect(read('Ciao Rossi Doria, domani sono in ferie')).toMatchObject({ intent: 'absence_declare', magistrate: null });
  });

  it.each([
    'dal 3 al 5 dicembre ferie, vado a Santa Margherita Ligure',
    'ferie dal 3 al 5 dicembre, sono a Finale Ligure',
    'il convegno di Santa Margherita Ligure, segnatemi formazione il 3 dicembre',
    'il 3 dicembre sono al convegno di Borgio Verezzi, segnatemi formazione',
    'segnatemi formazione il 3 dicembre, corso a Borgio Verezzi',
  ])('a place of two capitalised words is no colleague: %s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', magistrate: null });
  });

  it('a colleague after an absence noun and "a" is still one ("togli la formazione a Canepa Ferrando")', () => {
    expect(read('togli la formazione a Canepa Ferrando del 3 dicembre')).toMatchObject({ intent: 'absence_cancel', magistrate: 'canepa ferrando' });
  });
});

describe('a family member called by size or age ("la piccola", "il grande") is no colleague', () => {
  it.each([
    ['la piccola ha la febbre, domani prendo permesso', '2026-11-24'],
    ['il piccolo ha la varicella, domani sto a casa in congedo', '2026-11-24'],
    ['il 3 dicembre permesso, il grande ha la recita', '2026-12-03'],
    ['mia figlia la piccola ha il saggio il 3 dicembre, chiedo permesso', '2026-12-03'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from: day, to: day, magistrate: null });
  });

  it('capitalised after an article it is a colleague ("la Piccolo")', () => {
    expect(read('scambio con la Piccolo sabato')).toMatchObject({ intent: 'swap', magistrate: 'piccolo' });
  });
});

describe('a surname before a first name, as offices write them, names the colleague by the surname ("Rossi Mario è di turno")', () => {
  it.each([
    ['Rossi Mario è di turno domani?', 'duties', 'rossi'],
    ['Canepa Laura mi sostituisce sabato', 'swap', 'canepa'],
    ['Bianchi Giulia in ferie dal 3 al 5 dicembre', 'absence_declare', 'bianchi'],
  ])('%s', (text, intent, magistrate) => {
    expect(read(text)).toMatchObject({ intent, magistrate });
  });
});
