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
 * Sets never tuned against when written, each committed before it was first measured; their accuracy
 * at the first measure and the kinds of misses are recorded in ACCURACY.md (next to this file).
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
  ['blind40', readCorpus('./blind40.jsonl')],
  ['blind41', readCorpus('./blind41.jsonl')],
  ['blind42', readCorpus('./blind42.jsonl')],
  ['blind43', readCorpus('./blind43.jsonl')],
  ['blind44', readCorpus('./blind44.jsonl')],
  ['blind45', readCorpus('./blind45.jsonl')],
  ['blind46', readCorpus('./blind46.jsonl')],
  ['blind47', readCorpus('./blind47.jsonl')],
  ['blind48', readCorpus('./blind48.jsonl')],
  ['blind49', readCorpus('./blind49.jsonl')],
  ['blind50', readCorpus('./blind50.jsonl')],
  ['blind51', readCorpus('./blind51.jsonl')],
  ['blind52', readCorpus('./blind52.jsonl')],
  ['blind53', readCorpus('./blind53.jsonl')],
  ['blind54', readCorpus('./blind54.jsonl')],
  ['blind55', readCorpus('./blind55.jsonl')],
  ['blind56', readCorpus('./blind56.jsonl')],
  ['blind57', readCorpus('./blind57.jsonl')],
  ['blind58', readCorpus('./blind58.jsonl')],
  ['blind59', readCorpus('./blind59.jsonl')],
  ['blind60', readCorpus('./blind60.jsonl')],
  ['blind61', readCorpus('./blind61.jsonl')],
  ['blind62', readCorpus('./blind62.jsonl')],
  ['blind63', readCorpus('./blind63.jsonl')],
  ['blind64', readCorpus('./blind64.jsonl')],
  ['blind65', readCorpus('./blind65.jsonl')],
  ['blind66', readCorpus('./blind66.jsonl')],
  ['blind67', readCorpus('./blind67.jsonl')],
  ['blind68', readCorpus('./blind68.jsonl')],
  ['blind69', readCorpus('./blind69.jsonl')],
  ['blind70', readCorpus('./blind70.jsonl')],
  ['blind71', readCorpus('./blind71.jsonl')],
  ['blind72', readCorpus('./blind72.jsonl')],
  ['blind73', readCorpus('./blind73.jsonl')],
  ['blind74', readCorpus('./blind74.jsonl')],
  ['blind75', readCorpus('./blind75.jsonl')],
  ['blind76', readCorpus('./blind76.jsonl')],
  ['blind77', readCorpus('./blind77.jsonl')],
  ['blind78', readCorpus('./blind78.jsonl')],
  ['blind79', readCorpus('./blind79.jsonl')],
  ['blind80', readCorpus('./blind80.jsonl')],
  ['blind81', readCorpus('./blind81.jsonl')],
  ['blind82', readCorpus('./blind82.jsonl')],
  ['blind83', readCorpus('./blind83.jsonl')],
  ['blind84', readCorpus('./blind84.jsonl')],
  ['blind85', readCorpus('./blind85.jsonl')],
  ['blind86', readCorpus('./blind86.jsonl')],
  ['blind87', readCorpus('./blind87.jsonl')],
  ['blind88', readCorpus('./blind88.jsonl')],
  ['blind89', readCorpus('./blind89.jsonl')],
  ['blind90', readCorpus('./blind90.jsonl')],
  ['blind91', readCorpus('./blind91.jsonl')],
  ['blind92', readCorpus('./blind92.jsonl')],
  ['blind93', readCorpus('./blind93.jsonl')],
  ['blind94', readCorpus('./blind94.jsonl')],
  ['blind95', readCorpus('./blind95.jsonl')],
  ['blind96', readCorpus('./blind96.jsonl')],
  ['blind97', readCorpus('./blind97.jsonl')],
  ['blind98', readCorpus('./blind98.jsonl')],
  ['blind99', readCorpus('./blind99.jsonl')],
  ['blind100', readCorpus('./blind100.jsonl')],
  ['blind101', readCorpus('./blind101.jsonl')],
  ['blind102', readCorpus('./blind102.jsonl')],
  ['blind103', readCorpus('./blind103.jsonl')],
  ['blind104', readCorpus('./blind104.jsonl')],
  ['blind105', readCorpus('./blind105.jsonl')],
  ['blind106', readCorpus('./blind106.jsonl')],
  ['blind107', readCorpus('./blind107.jsonl')],
  ['blind108', readCorpus('./blind108.jsonl')],
  ['blind109', readCorpus('./blind109.jsonl')],
  ['blind110', readCorpus('./blind110.jsonl')],
  ['blind111', readCorpus('./blind111.jsonl')],
  ['blind112', readCorpus('./blind112.jsonl')],
  ['blind113', readCorpus('./blind113.jsonl')],
  ['blind114', readCorpus('./blind114.jsonl')],
  ['blind115', readCorpus('./blind115.jsonl')],
  ['blind116', readCorpus('./blind116.jsonl')],
  ['blind117', readCorpus('./blind117.jsonl')],
  ['blind118', readCorpus('./blind118.jsonl')],
  ['blind119', readCorpus('./blind119.jsonl')],
  ['blind120', readCorpus('./blind120.jsonl')],
  ['blind121', readCorpus('./blind121.jsonl')],
  ['blind122', readCorpus('./blind122.jsonl')],
  ['blind123', readCorpus('./blind123.jsonl')],
  ['blind124', readCorpus('./blind124.jsonl')],
  ['blind125', readCorpus('./blind125.jsonl')],
  ['blind126', readCorpus('./blind126.jsonl')],
  ['blind127', readCorpus('./blind127.jsonl')],
  ['blind128', readCorpus('./blind128.jsonl')],
  ['blind129', readCorpus('./blind129.jsonl')],
  ['blind130', readCorpus('./blind130.jsonl')],
  ['blind131', readCorpus('./blind131.jsonl')],
  ['blind132', readCorpus('./blind132.jsonl')],
  ['blind133', readCorpus('./blind133.jsonl')],
  ['blind134', readCorpus('./blind134.jsonl')],
  ['blind135', readCorpus('./blind135.jsonl')],
  ['blind136', readCorpus('./blind136.jsonl')],
  ['blind137', readCorpus('./blind137.jsonl')],
  ['blind138', readCorpus('./blind138.jsonl')],
  ['blind139', readCorpus('./blind139.jsonl')],
  ['blind140', readCorpus('./blind140.jsonl')],
  ['blind141', readCorpus('./blind141.jsonl')],
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

  // Each set only has to reach the target, so a change that loses a line another fix had won would pass the sets'
  // tests unseen (the blind110-113 pass lost six). Lines known to fail are listed here, by text, with why.
  it('keeps every labelled line right that was right (no line fails beyond the listed ones)', () => {
    const knownFailing = new Set<string>([
      // blind116: labelled altro for "per cose mie"; the corpus reads a "permesso" as congedo, and so does the parser.
      'giovedì 10 dicembre prendo un giorno di permesso per cose mie',
    ]);
    const failing = [corpus, ...unseen.map(([, set]) => set)].flatMap((set) => score(set).failures)
      .filter((failure) => !knownFailing.has(/"(.*)"\n/.exec(failure)?.[1] ?? ''));
    expect(failing).toEqual([]);
  });

  // A label is data too: a slot value outside the issue's lists (a surname written as the absence type, in two
  // blind sets before their first measure) would count the parser wrong for answering right.
  it('labels only the intents and slot values the issue names, with civil days as YYYY-MM-DD', () => {
    const services = new Set([null, 'reperibilita', 'arrestati', 'udienza', 'assegnazione']);
    const types = new Set([null, 'ferie', 'malattia', 'congedo', 'formazione', 'altro']);
    const day = (x: unknown) => x === null || (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x));
    const malformed = [corpus, ...unseen.map(([, set]) => set)].flat().filter(({ today, expected: e }) =>
      !day(today) || today === null || !(intents as readonly string[]).includes(e.intent) || !day(e.from) || !day(e.to)
      || !services.has(e.service) || !types.has(e.absenceType)
      || !(e.magistrate === null || (typeof e.magistrate === 'string' && e.magistrate === e.magistrate.toLowerCase()))
      || !(e.problem === undefined || e.problem === 'invalid_date' || e.problem === 'reversed_range')
      || !(e.periods === undefined || (Array.isArray(e.periods) && e.periods.length > 1 && e.periods.every((p) => day(p.from) && day(p.to))))
      || !(e.alternativePeriods === undefined || (e.alternativePeriods === true && e.periods !== undefined)));
    expect(malformed.map((c) => c.text)).toEqual([]);
  });

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
