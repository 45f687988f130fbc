import type { z } from 'zod';
import { describeExpectedAt } from './schema-at-path.ts';

/**
 * The one place where validation issues (data: code, path, details) become Italian text:
 * `services[2].coverage.saturday: atteso un numero intero ≥ 0, trovato "due"`.
 */

type Issue = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

const refKinds: Record<string, string> = {
  group: 'un gruppo di lavoro',
  magistrate: 'un magistrato',
  service: 'un servizio',
  section: 'una sezione',
  judge: 'un giudice',
  panel: 'un collegio',
  courtroom: "un'aula",
};

const typeNames: Record<string, string> = {
  string: 'un testo',
  number: 'un numero',
  int: 'un numero intero',
  boolean: 'true o false',
  array: 'un elenco tra parentesi quadre',
  object: 'un oggetto tra parentesi graffe',
};

const formatNames: Record<string, string> = {
  email: 'un indirizzo email valido',
  uuid: 'un identificativo GUID (es. 3f2504e0-4f89-41d3-9a0c-0305e82c3301)',
  guid: 'un identificativo GUID (es. 3f2504e0-4f89-41d3-9a0c-0305e82c3301)',
  datetime: 'un istante ISO con fuso (es. 2026-11-23T09:30:00Z)',
};

/** `services[2].coverage.saturday`; the root is "(radice del file)". */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(radice del file)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The value that was found, short and readable. */
export function formatFound(value: unknown): string {
  if (value === undefined) return 'nessun valore';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const customExpected: Record<string, (p: Record<string, unknown>) => string> = {
  id: () => 'un identificativo di lettere, cifre, "-" o "_" (es. "rossi-mario")',
  civil_day: () => 'una data valida nel formato AAAA-MM-GG (es. 2026-12-01)',
  month_day: () => 'un giorno dell\'anno nel formato MM-GG (es. 09-19)',
  time_of_day: () => 'un orario nel formato HH:MM (es. 08:30)',
  outside_quiet_hour: () => 'un orario fuori dalla fascia 02:00–02:59, che nei giorni del cambio dell\'ora non esiste o si ripete (es. 03:00)',
  slack_user_id: () => 'un identificativo utente Slack (es. U04ABCDEF)',
  range_order: (p) => `una data non precedente all'inizio (${String(p.from)})`,
  unique_id: () => 'un identificativo non già usato da un altro elemento dello stesso elenco',
  known_ref: (p) => `l'identificativo di ${refKinds[String(p.kind)] ?? String(p.kind)} esistente${knownList(p.known)}`,
  exemption_band: (p) => describeBand(Number(p.min), Number(p.max), String(p.source)),
  single_head: () => 'un solo capo dell\'ufficio alla volta: per indicare il successore, date di servizio che non si sovrappongono (serviceEnd del capo uscente prima di serviceStart del nuovo)',
  head_share: () => 'almeno 30: il carico del procuratore è almeno il 30% di quello di un sostituto (circolare CSM sulle Procure, art. 5 c. 5)',
  required_for_within: () => 'il numero di giorni, obbligatorio con la modalità "within_days"',
  limit_order: () => 'limiti in ordine: hardMin ≤ softMin ≤ softMax ≤ hardMax',
  giada_required: () => 'la sezione "giada" con la configurazione delle assegnazioni, obbligatoria per un tribunale',
  sections_total: () => 'percentuali di appartenenza alle sezioni che sommate facciano 100',
  one_owner: () => 'esattamente uno tra "judgeId" e "panelId"',
  within_capacity: (p) => `un numero non superiore alla disponibilità dell'udienza (${String(p.capacity)})`,
  window_order: (p) => `un numero di giorni non inferiore al minimo (${String(p.min)})`,
  class_order: () => 'un massimo non inferiore al minimo della classe',
  class_overlap: (p) => `un minimo superiore al massimo della classe "${String(p.other)}" (le classi non si sovrappongono)`,
};

function describeBand(min: number, max: number, source: string): string {
  if (max === 0) return `0 (${source})`;
  if (min === max) return `esattamente ${min}% (${source})`;
  return `una percentuale tra ${min}% e ${max}% (${source})`;
}

function knownList(known: unknown): string {
  if (!Array.isArray(known) || known.length === 0) return ' (non ne è definito nessuno)';
  return ` (per esempio ${known.map((k) => `"${String(k)}"`).join(', ')})`;
}

function expectedOf(issue: Issue, root: z.ZodType | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeExpectedAt(root, issue.path) ?? typeNames[issue.expected] ?? issue.expected;
    case 'too_small':
      if (issue.origin === 'array') return `almeno ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'elemento' : 'elementi'}`;
      if (issue.origin === 'string') return 'un testo non vuoto';
      return `un numero ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `al massimo ${String(issue.maximum)} ${Number(issue.maximum) === 1 ? 'elemento' : 'elementi'}`;
      return `un numero ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `il valore ${formatFound(issue.values[0])}` : `uno tra ${issue.values.map((v) => formatFound(v)).join(', ')}`;
    case 'invalid_format':
      return formatNames[issue.format] ?? `un testo nel formato ${issue.format}`;
    case 'invalid_union':
      return 'discriminator' in issue && Array.isArray((issue as { options?: unknown[] }).options)
        ? `uno tra ${((issue as { options: unknown[] }).options).map((v) => formatFound(v)).join(', ')}`
        : 'un valore di una delle forme ammesse';
    case 'custom': {
      const params = issue.params ?? {};
      const describe = customExpected[String(params.expected)];
      return describe ? describe(params) : 'un valore valido';
    }
    default:
      return 'un valore valido';
  }
}

function foundOf(issue: Issue): unknown {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.input && typeof issue.input === 'object') {
    return (issue.input as Record<string, unknown>)[String((issue as { discriminator: unknown }).discriminator)];
  }
  return issue.input;
}

/** One Italian line per issue. `root` lets numbers be described exactly ("un numero intero ≥ 0"). */
export function formatIssue(issue: Issue, root?: z.ZodType): string {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `${path}: ${issue.keys.length === 1 ? 'campo non previsto' : 'campi non previsti'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (controlla l'ortografia)`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `${path}: manca il campo obbligatorio (atteso ${expectedOf(issue, root)})`;
  }
  return `${path}: atteso ${expectedOf(issue, root)}, trovato ${formatFound(foundOf(issue))}`;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], root?: z.ZodType): string[] {
  return issues.map((issue) => formatIssue(issue as Issue, root));
}
