/**
 * Forms of regular Italian verbs generated from their infinitive, for tests that check the rules cover
 * a verb's whole family (every person of the present, imperative, conditional, future, the
 * participles, the gerund, the infinitive and imperatives with clitic pronouns: "pubblicarlo",
 * "toglietemela"), not the few forms someone happened to write. Irregular verbs give their stems.
 */

/** The pronouns that follow an infinitive or an imperative ("pubblicarlo", "cancellamele"). */
export const CLITICS: readonly string[] = ['lo', 'la', 'li', 'le', 'melo', 'mela', 'meli', 'mele', 'celo', 'cela'];
/** The direct-object clitics alone. */
export const OBJECT_CLITICS: readonly string[] = ['lo', 'la', 'li', 'le'];

/** A stem ending in c / g keeps its hard sound before e, i ("pubblic" -> "pubblich"). */
const hard = (stem: string): string => stem.replace(/([cg])$/, '$1h');
/** A stem ending in i loses it before another i ("cambi" + "iamo" -> "cambiamo"). */
const beforeI = (stem: string, ending: string): string => (stem.endsWith('i') && ending.startsWith('i') ? stem.slice(0, -1) + ending : hard(stem) + ending);

/** The forms of a regular -are verb ("cancellare", "pubblicare", "scambiare"), accents dropped. */
export function areForms(infinitive: string): string[] {
  const stem = infinitive.replace(/are$/, '');
  const futureStem = stem.endsWith('i') && !/[cg]i$/.test(stem) ? stem : beforeI(stem, 'e').slice(0, -1);
  const future = (stem.endsWith('ci') || stem.endsWith('gi') ? stem.slice(0, -1) : futureStem) + 'er';
  const present = ['o', 'i', 'a', 'iamo', 'ate', 'ano'].map((e) => (e.startsWith('i') ? beforeI(stem, e) : stem + e));
  const conditional = ['ei', 'esti', 'ebbe', 'emmo', 'este', 'ebbero'].map((e) => future + e);
  const futureForms = ['o', 'ai', 'a', 'emo', 'ete', 'anno'].map((e) => future + e);
  const subjunctive = ['i', 'iamo', 'iate', 'ino'].map((e) => beforeI(stem, e));
  const participles = ['ato', 'ata', 'ati', 'ate', 'ando'].map((e) => stem + e);
  const withClitics = CLITICS.flatMap((c) => [`${stem}ar${c}`, `${stem}a${c}`, `${stem}ate${c}`, ...(c.length === 2 ? [beforeI(stem, 'iamo') + c] : [])]);
  return [...new Set([infinitive, ...present, ...conditional, ...futureForms, ...subjunctive, ...participles, ...withClitics])];
}

/** Forms built on given stems of an irregular verb ("togliere": present "tolg", "togli", infinitive "toglier"). */
export function irregularForms(parts: { forms: readonly string[]; infinitiveStem: string; imperatives: readonly string[] }): string[] {
  const withClitics = CLITICS.flatMap((c) => [`${parts.infinitiveStem}${c}`, ...parts.imperatives.map((imp) => imp + c)]);
  return [...new Set([...parts.forms, ...withClitics])];
}
