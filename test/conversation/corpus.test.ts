import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';
import { intents, type Understanding, type UnderstandingProblemCode } from '../../src/conversation/understanding/understanding.ts';

/** What a labelled line expects: the slots, and the problem's code when the dates cannot be used. */
type Expected = Omit<Understanding, 'problem'> & { problem?: UnderstandingProblemCode };

interface LabelledUtterance {
  text: string;
  today: string;
  expected: Expected;
}

const TARGET = 0.97;

function readCorpus(name: string): LabelledUtterance[] {
  return readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as LabelledUtterance);
}

/** The understanding as a labelled line writes it: the problem reduced to its code. */
function asLabelled(u: Understanding): Expected {
  const { problem, ...slots } = u;
  return problem ? { ...slots, problem: problem.code } : slots;
}

/** Right only when the intent, every slot and the problem (if any) are right. */
function score(corpus: readonly LabelledUtterance[]): { accuracy: number; failures: string[] } {
  const failures = corpus.flatMap((c) => {
    const got = asLabelled(understand(c.text, { today: c.today }));
    return JSON.stringify(got) === JSON.stringify(c.expected)
      ? []
      : [`${c.today} "${c.text}"\n    got  ${JSON.stringify(got)}\n    want ${JSON.stringify(c.expected)}`];
  });
  return { accuracy: (corpus.length - failures.length) / corpus.length, failures };
}

function report(name: string, corpus: readonly LabelledUtterance[]): number {
  const { accuracy, failures } = score(corpus);
  console.log(`${name}: ${corpus.length - failures.length}/${corpus.length} = ${(accuracy * 100).toFixed(1)}%`);
  if (failures.length > 0) console.log(`${name} failures:\n  ${failures.join('\n  ')}`);
  return accuracy;
}

const corpus = readCorpus('./corpus.jsonl');
/**
 * Sets never tuned against when written, each committed before it was first measured; after each
 * measure the parser was fixed for general causes only. Accuracy at the first measure:
 *   held-out  48  100%  (older set)
 *   blind    151  77.5% (written before the parser was read)
 *   blind2    80  83.8%     blind3  67  88.1%     blind4  69  84.1%     blind5  63  87.3%
 *   blind6    56  85.7%     blind7  53  67.9% (deliberately odd phrasings)
 *   blind8    60  98.3% (everyday requests)     blind9  58  98.3% (mixed)
 *   blind10   50  92.0% (mostly office staff: calendar, coverage, absences, GIADA, feed)
 *   blind11   45  86.7% (formal letters and terse abbreviations)
 *   blind12   60  100%  (everyday mix, written after all the fixes above; not tuned)
 *   blind13   40  100%  (written by another engineer who had not read the parser; not tuned)
 *   blind14   50  78.0% (all registers: formal letters, terse/mobile, odd phrasings; author had not read the parser)
 *   blind15   50  80.0% (same mix, another style, todays 2026-12-28, 2027-02-10, 2027-07-30)
 *     blind14+15 together 79/100 at first measure, no label corrected. The misses were formal and indirect
 *     wording: verbs the rules lacked ("rinuncio alle ferie", "predisporre la bozza", "me lo prende
 *     qualcuno", "il calendario … può essere pubblicato", "notifiche … inviate"), "nessuno è reperibile",
 *     "il nominativo del collega reperibile", "non potrò essere in ufficio", "chi sta male"; verb forms taken
 *     as surnames ("di poter", "sarei", "di prendere", "per sopravvenuti impegni"); "cn", "febb", "sett prox";
 *     a month named apart from its days ("agosto …, dal 2 al 31").
 *   blind16   50  94.0% (all registers, written after the fixes above and before measuring; its author had
 *     read the parser while fixing blind14/15). Misses: "l'esito dell'invio automatico dei promemoria",
 *     "ho vomitato, oggi resto a casa", "a natale lavoro o no?"; fixed for their general causes.
 *   blind17   41/50 82.0% (one more set by the same author after the blind16 fixes, before measuring). Misses:
 *     "a sostituirmi" taken as a surname, "è da considerarsi annullata" / "le ferie …, quelle dall'8 al 12,
 *     cancellale" (cancel words further apart), "auguri di buon anno", "oggi+domani", "schiena bloccata",
 *     "la bozza di dicembre, preparala", "quanti siamo in ferie", "dal 2 gennaio riprendo" (away until the
 *     day before); fixed for their general causes.
 *   blind18   45/50 90.0% (same author, after the blind17 fixes). Misses: "Santo Stefano" and "per fortuna"
 *     taken as colleagues, "mi sono rotta un polso", "che mi racconti?", "la settimana prossima … di
 *     mercoledì" (that day of that week); fixed for their general causes.
 *   blind19   40/50 80.0% (same author, after the blind18 fixes). Misses: cancel words split by "1°", "renderlo
 *     pubblico", "prospetto degli invii", "malati oggi?", "rifai dicembre", "me la cambi con qualcuno?",
 *     "quest'anno all'Immacolata", "sono via", "lo fai tu il mio turno, Ferrari?", 29 February in a range
 *     of 2027 read as 2028; fixed for their general causes.
 *   blind20   43/50 86.0% (same author, after the blind19 fixes). Misses: "il sottoscritto" as a colleague,
 *     "l'elenco dei colleghi in ferie", "c'è qualcuno in ferie?", "giornate non coperte", "la notifica
 *     settimanale … partita", "le ferie …, le avevo chieste per sbaglio, toglietele", "mi operano al
 *     ginocchio"; fixed for their general causes.
 *   blind21   39/50 78.0% (same author, after the blind20 fixes). Misses: "può considerarsi definitivo e va
 *     pubblicato", "cambio arresti 24/7 con Gatti", "ferie oggi chi?", "invii ok?", "mal di gola" (gola as a
 *     colleague), "mi trovate un sostituto?", "pasqua …, ferie dal 26 al 29", "ci ho ripensato", "quanta gente
 *     manca", "nessuno fa le direttissime", "che i turni mi arrivino in automatico sul calendario"; fixed for
 *     their general causes.
 *   blind22   42/50 84.0% (same author, after the blind21 fixes). Misses: "servizi privi di magistrato",
 *     "quali colleghi fruiranno di ferie", "buon lavoro a tutti" (read as duties by the blind16 'lavoro' cue),
 *     "la procedura notturna di invio dei promemoria", "sono a letto con 39 e mezzo", "chi mi tiene
 *     l'udienza?", "quanti turni restano da coprire", "la repe la giro a Neri"; fixed for their general causes.
 *   blind23   39/50 78.0% (same author, after the blind22 fixes). Misses: "un collega la sostituisca" ("la
 *     sostituisca" as a colleague), "il quadro delle assenze", "notifiche del 1° maggio … trasmesse",
 *     "febbre, oggi niente ufficio" (read as a cancel), "annulla permesso 27", "promemoria ok?", "mi sento
 *     uno straccio", "chi mi salva?", "era un errore", "chi va in ferie", "buondì"; fixed for their general causes.
 *   blind24   45/50 90.0% (same author, after a broadening of the vocabulary by kinds of misses, 47f4884).
 *     Misses: "pronta per essere comunicata a tutti", "l'indicazione dei colleghi che saranno in congedo",
 *     "l'invio serale dei promemoria", "malati sett prox?", "sto da cani, non ce la faccio"; fixed for their
 *     general causes.
 *   blind25   43/50 86.0% (same author, after the blind24 fixes). Misses: "la diffusione della turnazione",
 *     "farsi carico della mia reperibilità", "comunicazioni automatiche inviate", "in ferie lun chi c'è?",
 *     "chi me la fa?", "giorni in cui manca il reperibile", "auguroni"; fixed for their general causes.
 *   blind26   47/50 94.0% (same author, after the blind25 fixes). Misses: "la redazione del calendario",
 *     "potesse coprire la mia udienza", "lasciamo perdere"; fixed for their general causes.
 *   blind27   43/50 86.0% (same author, after the blind26 fixes). Misses: "subentrare nel mio turno", "il
 *     magistrato assegnatario delle direttissime", "potrebbe prendere Lei la mia reperibilità", "istanza di
 *     fissazione dell'udienza … giudizio direttissimo", "Cordialità.", "mi si è bloccata la schiena", "lo copre
 *     Messina" (a surname that is also a city); fixed for their general causes.
 *   blind28   50/50 100%  (author A, who had not read the parser: Procura magistrates in chat, 40% everyday, 30%
 *     terse mobile, 30% polite or formal; measured after a generality pass made from the history of misses,
 *     40589bd: a lower-case word after di/per/a among capitals is no surname, office roles are no surnames;
 *     the parser before that pass scores the same on blind28 and blind29).
 *     A scratch scorer of ours read every .jsonl once while this file was being written, before its commit:
 *     it showed only that all lines passed, no utterance was read and nothing was changed for it.
 *   blind29   42/50 84.0% (author B, who had not read the parser: office staff and senior magistrates, indirect
 *     and chatty, corrections). No label corrected. Misses: "un impegno familiare" (altro), a date taken
 *     back ("non è martedì, è mercoledì", "di febbraio, no scusa, di marzo"), "scusa l'ora" (read as now),
 *     "la settimana bianca, dal 15 al 17" (read as this week), "la macchina di servizio è libera" (read as
 *     duties), "a che serve? cosa gli posso chiedere?", "il bambino con la febbre, prendo congedo". Fixed
 *     for their general causes: corrections and negated dates give way to the date said after them; "ora"
 *     is today only when nothing else is dated; an absence type named outranks signs of another, and a
 *     relative's illness is a congedo; "libero" / "servizio" ask for duties only said of oneself.
 *   blind30   42/50 84.0% (author A, same style as blind28; measured after a second generality pass, 8a58f9d,
 *     made from probes of our own). No label corrected. Misses: "le tolgo, nn parto piu" (a form of togliere
 *     the rules lacked), "me la fa bassi" (a subject after its verb), "gallo ti posso passare …" (a colleague
 *     addressed with "ti"), "chi si è dato malato oggi?", "cron di stanotte ok?", "lancia la generazione di
 *     febbraio", "lun e mar prossimi" ("mar" read as March), "buone vacanze a tutti" (a wish read as ferie).
 *   blind31   36/50 72.0% (author B, same style as blind29). No label corrected. Misses: "la reperibilità …
 *     venga pubblicata", "i turni … andrebbero pubblicati" (publishing a schedule other than "il calendario"),
 *     "il Procuratore chiede" ("chiede" as a surname), "non c'è nessuno in calendario" (coverage), "una
 *     questione di famiglia" + "la settimana prossima … lunedì e martedì", "qualcuno che mi prenda
 *     l'udienza", "chi è che quest'oggi è a casa in malattia", "mi rimandi il collegamento?", "le ferie … vanno
 *     tolte" (ten words apart), "da qui a venerdì", "rifare la reperibilità di dicembre", "la repe … l'ho
 *     girata a Cirillo", "non risponde nessuno al telefono" (read as the phone feed), "martedì primo
 *     dicembre, non mercoledì", "se prende lei le convalide". Fixed for their general causes: the whole
 *     family of togliere; a subject after "me la fa"; a swap addressed with "ti"; "chi … malato / a casa";
 *     a capitalised title followed by a lower-case word names nobody; schedules (reperibilità, turni) as
 *     objects of publish and regenerate; "non c'è nessuno" with a duty word is coverage; "collegamento";
 *     "mar" by a weekday is martedì; a week and two weekdays joined by "e"; "da qui a"; "primo" before a
 *     month is the 1st; "l'ho girata / passata a"; an emphatic other subject ("prende lei le convalide").
 *   blind32   47/50 94.0% (author A, same style; measured after further generality passes made from our own
 *     probes, 23a77f0, a66e47a, b78b664: passive and modal staff requests, word families of cancelling and
 *     swapping, about 300 frequent words that are no surnames, lists of days). No label corrected. Misses:
 *     "relatore in un incontro di studio" (formazione), "annullare la malattia di domani: sto meglio e rientro
 *     regolarmente" (read as back tomorrow), "per il congedo matrimoniale" ("segnalo" taken as a recording
 *     verb, so "congedo" introduced a colleague).
 *   blind33   43/50 86.0% (author B, same style, with regional turns). No label corrected. Misses: "il dott.
 *     Gentile" (a surname that is a word), "ferie e malattie comprese" (every type, not ferie), "che turni ho a
 *     gennaio? … devo prenotare le vacanze", "non ho capito come si segnano le ferie, mi spieghi?", "la passo a
 *     Ferraro", "a letto con la bronchite da lunedì … fino a venerdì" (since the last Monday), "marzo va
 *     pubblicato". Fixed for their general causes: training talks are formazione; a return verb sets the end
 *     only next to its date; "segnalo" is no recording verb and more adjectives are no surnames; after an
 *     abbreviated title (dott., avv.) a capitalised word is a surname; several absence types asked about
 *     are every type; a question about one's own duties and "how do I …" outrank absence words; "la passo
 *     a X"; an ongoing illness "da lunedì … fino a venerdì" starts last Monday; a month as the subject of
 *     "va pubblicato" / "va preparato".
 *   blind34   45/50 90.0% (author C, who had not read the parser: everyday Procura chat, short lower-case
 *     messages with typos, and the office staff's everyday commands; the first set measured with the scored
 *     intent choice, d74f4f6). No label corrected. Misses: "22-23-24 dic" (a chain of days), "ferri mi faresti tu
 *     la repe di domenica? poi te la ricambio" (a swap asked with "mi faresti tu"), "lun 2 e mar 3 agosto" ("mar"
 *     read as March), "settembre ok, puoi pubblicarlo" (a clitic form of publish), "dal 16 agosto fino a fine
 *     mese" (the end of today's month, not of August's).
 *   blind35   44/50 88.0% (author D, who had not read the parser: one office's chat over a month, a third
 *     requests wrapped in context - reasons, courtesies, corrections). No label corrected. Misses: "il medico mi
 *     ha dato riposo" (rest ordered by a doctor), "quanti in malattia da qui a domenica?" (a verbless question
 *     about others), "lo scheduler ha girato?", "mio figlio ha la varicella" (an illness by name, a relative's:
 *     congedo), "prima di pubblicare vorrei sapere se … restano turni scoperti" (the request after a
 *     condition), "lo chiedo per organizzare le ferie: che turni ho …". The last is the only utterance of the
 *     100 on which the scored choice and the old first-match order differed, and the scored choice was the
 *     wrong one: the declaring phrase "chiedo per organizzare le ferie" began outside the reason and only its
 *     last word was inside (the old order had an exception for exactly this case; it would have scored 45/50).
 *     Fixed for their general causes: a cue counts as in a context when any word of it is; "prima di" /
 *     "dopo di" + infinitive open a condition (the infinitive and two words when no comma closes it); "mi fai /
 *     faresti tu il turno", favours returned ("te la ricambio") are swaps; clitic forms of publish
 *     ("pubblicarlo"); "quanti / quante in ferie" without a verb; the scheduler; illnesses by name (children's
 *     too) and rest ordered by a doctor; chains of days "22-23-24 dic"; "X fino a fine mese" ends with X's
 *     month; "mar" after a listed weekday with its day is martedì.
 *   blind36   47/50 94.0% (author C, same style; measured after the blind34/35 fixes and a generality pass of
 *     our own, dea16d8 and d745f72: time references "al rientro dalla malattia", overlapping cues, "i miei
 *     turni", "giovedì e venerdì della prossima settimana", "i primi di dicembre"). No label corrected.
 *     Misses: "febbre da stanotte, nn vengo oggi e domani" (only today), "nn ho capito come si fa lo scambio
 *     di turno" (read as a swap), "domai" (a typo of domani).
 *   blind37   45/50 90.0% (author D, same style). No label corrected. Misses: "il riepilogo settimanale …
 *     è stato spedito a tutti?", "mi sposo il 12 giugno! congedo matrimoniale dal 12 al 26 giugno" (only the
 *     12th), "siccome Rinaldi mi ha chiesto una mano, prendo io la sua repe" (someone else's duty taken over),
 *     "per capire se …" ("capire" taken as a surname), "la richiesta giada di stamattina" (the day the
 *     message was written read as the date asked).
 *     On blind34-37 (200 utterances, each pair at its first measure) the scored choice and a first-match
 *     choice over the same cues gave the same intent on every utterance (93/100 and 97/100 intents right):
 *     the misses were missing vocabulary and dates, not the choice among cues found. Fixed for their general
 *     causes: the action after a how-to opener ("non ho capito come …") is its topic (-2 for every intent
 *     but help); "prendo io la sua / il suo …"; periodic summaries sent ("riepilogo / resoconto
 *     settimanale … spedito"); -ire infinitives from a three-letter stem ("capire") are no surnames;
 *     "domai"; a start "da stanotte" followed by days joined by "e" gives those days; a single day named as
 *     the occasion and an explicit "dal … al …" near it gives the explicit days (as for holidays); the day
 *     a message was written ("la richiesta / mail di stamattina") is no date.
 *   blind38   43/50 86.0% (author E, who had not read the parser: a GIP/GUP office and Procura in a small
 *     southern town, long messages mixing request and context, dialect turns, a quarter formal; measured
 *     after a generality pass of our own, 05dccf9: conditions "se …" and past facts "ero in ferie" as
 *     contexts, clauses that begin without a comma). No label corrected. Misses: "domani so' libero o tengo
 *     qualcosa?" (southern "so'" and "tengo" for "sono" and "ho"), "alla mia precedente comunicazione"
 *     ("precedente" taken as a colleague after a possessive), "Ricci senti ma mi cambi la repe …" and
 *     "Caruso, sabato 13 me lo fai tu il turno?" (a colleague called at the start of a swap), "che cose gli
 *     posso chiedere a questo turnario?", "genera le reperibilità di marzo, che il presidente le vuole
 *     vedere entro venerdì" (a deadline read as the end of March's range), "i turni di settembre siano resi
 *     pubblici" (the participle of "rendere pubblico").
 *   blind39   47/50 94.0% (author F, who had not read the parser: a large metropolitan Procura, very short
 *     phone messages with abbreviations and typos, a few dictated run-ons, staff one-liners; measured with
 *     blind38). No label corrected. Misses: "camnio udienza 10/12 con marino" (a typo of "cambio" one key
 *     off), "scusa nn so usarti da dove parto", "oggi assenze?" (the day before a verbless question about
 *     absences).
 *     On these 100 the parser before the 05dccf9 pass made the same 10 misses (measured at the same time,
 *     on its code at 59623cb): no miss was a condition or a past fact, and none was the scored choice
 *     weighing cues wrongly: 6 were missing words and forms, 3 the colleague's surname, 1 a date. Fixed
 *     for their general causes: "so'" / "mo'" read as "sono" / "adesso", "tengo" as "ho" before duties
 *     ("tengo qualcosa", "tengo udienza"); after a possessive only a title brings a colleague; in a swap a
 *     surname first, followed by a comma or a calling word ("senti", "scusa"), is the colleague called;
 *     "che cose"; "usarti", "da dove parto / comincio"; "resi / rese pubblici", "pubbliche"; a day before
 *     a verbless "assenze / assenti"; a letter replaced by its keyboard neighbour inside a word of five
 *     letters or more ("camnio"; no surname of the sets is changed by it); an end before a period starts
 *     is a deadline, not the period's end; "a dicembre fino al 10" runs from the month's start.
 *   So blind14-27, each written after the fixes of the one before, scored 593/700 = 84.7% at first sight
 *   (the last four, written after the vocabulary broadening, 178/200 = 89.0%): formal letters
 *   196/238 = 82.4%, terse/mobile 237/252 = 94.0%, odd or indirect phrasings 160/210 = 76.2%. The 97%
 *   target holds for everyday wording (blind12, blind13) but not yet for formal and indirect registers:
 *   each new set of 50 still finds 3-11 new wordings.
 *   blind28-33 came from two new authors who had not read the parser, each file committed before its first
 *   measure, measured in pairs with general fixes (and generality passes from our own probes) between the
 *   pairs: 260/300 = 86.7% at first sight, no label corrected. Author A (Procura magistrates: everyday,
 *   terse mobile, polite) 139/150 = 92.7% (100%, 84%, 94%); author B (office staff and senior magistrates:
 *   indirect, chatty, corrections, regional turns) 121/150 = 80.7% (84%, 72%, 86%). The last pair, after
 *   every fix, 90/100 = 90.0%: still below the 97% target on unseen text, and most misses are indirect
 *   wording (reasons, corrections, passive requests) in which an absence or a duty word appears without
 *   being the request.
 *   blind34-37 came from two more authors who had not read the parser (C: everyday chat and staff commands;
 *   D: an office's chat over a month, a third wrapped in context), measured in pairs after the intent became
 *   a scored choice (d74f4f6: strong and weak cues, less inside a reason, a condition, words taken back, a
 *   wish, a time reference or a how-to question): 181/200 = 90.5% at first sight, no label corrected; author
 *   C 92/100 (90%, 94%), author D 89/100 (88%, 90%). The last pair, after every fix, 92/100 = 92.0% - still
 *   below the 97% target on unseen text. Of the 19 misses 9 were dates and slots (chains of days, "fino a
 *   fine mese", an occasion before a range, a typo, a surname), 10 the intent: 7 missing words and forms
 *   ("pubblicarlo", "scheduler", "la sua repe", "riepilogo settimanale" …) and 3 cues weighed wrongly (a
 *   request after a condition "prima di pubblicare …", a phrase reaching into a reason, a how-to question),
 *   each fixed by a context rule; on these 200 the scored choice never decided differently from a
 *   first-match over the same cues. What it
 *   changed is structural: three exceptions on absence_declare replaced by context rules, and indirect
 *   wording with an absence word that is not the request ("devo andare dal dentista giovedì, chi è di
 *   turno?", "al rientro dalla malattia cosa mi tocca?") now read as the question.
 *   blind38-39 came from two more authors who had not read the parser (E: a small southern office, long
 *   messages with context and dialect; F: a large office, terse phone messages and dictation): 90/100 =
 *   90.0% at first sight (E 86%, F 94%), no label corrected, the same as blind34-37 (90.5%) and the last
 *   pair of them (92%). Over blind14-39 (26 sets by seven authors, each measured once at first sight)
 *   1124/1300 = 86.5%; blind28-39, the twelve sets by the six authors who had not read the parser,
 *   531/600 = 88.5%. Unseen text is still below the 97% target; the misses have moved from the choice among
 *   cues found to single missing words and forms (dialect, typos, participles) and surnames, each new set
 *   of 50 finding 3-7 of them. All 2,527 labelled utterances now pass.
 */
const unseen: [string, LabelledUtterance[]][] = [
  ['held-out', readCorpus('./heldout.jsonl')],
  ['blind', readCorpus('./blind.jsonl')],
  ['blind2', readCorpus('./blind2.jsonl')],
  ['blind3', readCorpus('./blind3.jsonl')],
  ['blind4', readCorpus('./blind4.jsonl')],
  ['blind5', readCorpus('./blind5.jsonl')],
  ['blind6', readCorpus('./blind6.jsonl')],
  ['blind7', readCorpus('./blind7.jsonl')],
  ['blind8', readCorpus('./blind8.jsonl')],
  ['blind9', readCorpus('./blind9.jsonl')],
  ['blind10', readCorpus('./blind10.jsonl')],
  ['blind11', readCorpus('./blind11.jsonl')],
  ['blind12', readCorpus('./blind12.jsonl')],
  ['blind13', readCorpus('./blind13.jsonl')],
  ['blind14', readCorpus('./blind14.jsonl')],
  ['blind15', readCorpus('./blind15.jsonl')],
  ['blind16', readCorpus('./blind16.jsonl')],
  ['blind17', readCorpus('./blind17.jsonl')],
  ['blind18', readCorpus('./blind18.jsonl')],
  ['blind19', readCorpus('./blind19.jsonl')],
  ['blind20', readCorpus('./blind20.jsonl')],
  ['blind21', readCorpus('./blind21.jsonl')],
  ['blind22', readCorpus('./blind22.jsonl')],
  ['blind23', readCorpus('./blind23.jsonl')],
  ['blind24', readCorpus('./blind24.jsonl')],
  ['blind25', readCorpus('./blind25.jsonl')],
  ['blind26', readCorpus('./blind26.jsonl')],
  ['blind27', readCorpus('./blind27.jsonl')],
  ['blind28', readCorpus('./blind28.jsonl')],
  ['blind29', readCorpus('./blind29.jsonl')],
  ['blind30', readCorpus('./blind30.jsonl')],
  ['blind31', readCorpus('./blind31.jsonl')],
  ['blind32', readCorpus('./blind32.jsonl')],
  ['blind33', readCorpus('./blind33.jsonl')],
  ['blind34', readCorpus('./blind34.jsonl')],
  ['blind35', readCorpus('./blind35.jsonl')],
  ['blind36', readCorpus('./blind36.jsonl')],
  ['blind37', readCorpus('./blind37.jsonl')],
  ['blind38', readCorpus('./blind38.jsonl')],
  ['blind39', readCorpus('./blind39.jsonl')],
];

/** The issue's examples, written on Monday 23 November 2026, with the issue's exact answers. */
const issueExamples: [string, Understanding][] = [
  ['cosa ho da fare la settimana prossima?', { intent: 'duties', from: '2026-11-30', to: '2026-12-06', service: null, absenceType: null, magistrate: null }],
  ['sono reperibile a dicembre?', { intent: 'duties', from: '2026-12-01', to: '2026-12-31', service: 'reperibilita', absenceType: null, magistrate: null }],
  ['chi ha le direttissime domani', { intent: 'on_duty', from: '2026-11-24', to: '2026-11-24', service: 'arrestati', absenceType: null, magistrate: null }],
  ['ferie 28-31 dicembre', { intent: 'absence_declare', from: '2026-12-28', to: '2026-12-31', service: null, absenceType: 'ferie', magistrate: null }],
  ['lunedì prossimo sono malato', { intent: 'absence_declare', from: '2026-11-30', to: '2026-11-30', service: null, absenceType: 'malattia', magistrate: null }],
  ['togli le ferie di natale', { intent: 'absence_cancel', from: '2026-12-25', to: '2026-12-25', service: null, absenceType: 'ferie', magistrate: null }],
  ['scambierei il turno di domenica con Russo', { intent: 'swap', from: '2026-11-29', to: '2026-11-29', service: null, absenceType: null, magistrate: 'russo' }],
  ['grazie mille', { intent: 'help', from: null, to: null, service: null, absenceType: null, magistrate: null }],
  ['ferie dal 3 al 7 marzo', { intent: 'absence_declare', from: '2027-03-03', to: '2027-03-07', service: null, absenceType: 'ferie', magistrate: null }],
];

describe('understanding corpus', () => {
  it('holds at least 180 utterances covering every intent, service, absence type and several days', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(180);
    expect(new Set(corpus.map((c) => c.expected.intent))).toEqual(new Set(intents));
    expect(new Set(corpus.map((c) => c.expected.service).filter(Boolean))).toEqual(new Set(['reperibilita', 'arrestati', 'udienza', 'assegnazione']));
    expect(new Set(corpus.map((c) => c.expected.absenceType).filter(Boolean))).toEqual(new Set(['ferie', 'malattia', 'congedo', 'formazione', 'altro']));
    expect(new Set(corpus.map((c) => c.today)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(corpus.map((c) => c.expected.problem).filter(Boolean))).toEqual(new Set(['invalid_date', 'reversed_range']));
    for (const day of ['2026-11-23', '2026-11-27', '2026-11-29', '2026-12-28', '2027-08-10']) {
      expect(corpus.some((c) => c.today === day)).toBe(true);
    }
  });

  it.each(issueExamples)('contains the issue example "%s" with its exact answer', (text, expected) => {
    expect(corpus).toContainEqual({ text, today: '2026-11-23', expected });
  });

  it(`understands at least ${TARGET * 100}% of the corpus (intent and every slot right)`, () => {
    expect(report('corpus', corpus)).toBeGreaterThanOrEqual(TARGET);
  });

  for (const [name, set] of unseen) {
    it(`understands at least ${TARGET * 100}% of the ${name} set (utterances not written against the parser)`, () => {
      expect(set.length).toBeGreaterThanOrEqual(40);
      expect(report(name, set)).toBeGreaterThanOrEqual(TARGET);
    });
  }

  it('scores a wrong slot or a missing problem as a failure', () => {
    const line = corpus.find((c) => c.expected.problem === 'invalid_date')!;
    expect(score([line]).accuracy).toBe(1);
    expect(score([{ ...line, expected: { ...line.expected, problem: undefined } }]).accuracy).toBe(0);
    expect(score([{ ...corpus[0]!, expected: { ...corpus[0]!.expected, to: '2099-01-01' } }]).failures).toHaveLength(1);
  });

  it('never throws on odd input and answers unknown or help', () => {
    for (const text of ['', '   ', '???', '😀', 'a'.repeat(5000), '31/02', 'dal 40 al 50 marzo']) {
      expect(() => understand(text, { today: '2026-11-23' })).not.toThrow();
    }
    expect(understand('', { today: '2026-11-23' }).intent).toBe('unknown');
  });

  it('refuses a today that is not a civil day (a broken contract)', () => {
    expect(() => understand('domani', { today: '2026-02-30' })).toThrow(RangeError);
  });
});
