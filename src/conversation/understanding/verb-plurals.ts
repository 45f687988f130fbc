/**
 * Third-person plurals of the present ("toccano", "spettano", "coprono", "gestiscono") of the verbs
 * people use about duties, absences and the office: a verb form, never a colleague's surname, even
 * where it stands where a surname would ("quali turni toccano a Bianchi"). Generated from the
 * infinitives, so every verb added brings its form; irregular ones are listed as written. The ending
 * alone cannot decide: many surnames end in -ano / -ono ("Romano", "Giordano", "Buono").
 */

/** Regular verbs of the first (-are), second (-ere) and third (-ire) conjugation. */
const REGULAR = `
toccare spettare restare mancare capitare riguardare risultare lavorare aspettare assegnare cambiare
scambiare iniziare cominciare durare cadere ricadere competere prevedere includere comprendere attendere
coprire servire seguire partire dormire aprire scoprire sentire chiamare passare arrivare tornare rientrare
entrare subentrare contare pesare figurare girare saltare slittare spostare accavallare coincidere scadere decorrere ricorrere occorrere bastare interessare
`.split(/\s+/).filter((w) => w.length > 0);

/** Verbs of the third conjugation in -isc- ("gestiscono"). */
const ISC = ['gestire', 'finire', 'sostituire', 'preferire', 'spedire', 'fornire', 'inserire', 'subire'];

/** Irregular plurals, as written. */
const IRREGULAR = ['sono', 'hanno', 'fanno', 'vanno', 'stanno', 'danno', 'vengono', 'tengono', 'rimangono', 'escono', 'devono', 'possono', 'vogliono', 'sanno', 'dicono', 'pongono', 'valgono', 'compaiono', 'appaiono'];

function plural(infinitive: string): string {
  const stem = infinitive.slice(0, -3);
  return infinitive.endsWith('are') ? `${stem}ano` : `${stem}ono`;
}

export const verbPlurals: ReadonlySet<string> = new Set([
  ...REGULAR.filter((v) => /(?:are|ere|ire)$/.test(v)).map(plural),
  ...ISC.filter((v) => v.endsWith('ire')).map((v) => `${v.slice(0, -3)}iscono`),
  ...IRREGULAR,
]);
