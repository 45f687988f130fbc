import { absenceTypeLabels } from '../../domain/absence.ts';
import { formatRangeIt, formatRangesIt } from '../../domain/format-day-it.ts';
import { serviceKindLabels } from '../../domain/service.ts';
import type { DayRange, Intent, Understanding } from './understanding.ts';

/**
 * What was understood, said back in Italian for the reply's "Ho capito: …":
 * "ferie dal 3 al 7 marzo 2027", "turni di reperibilità di Russo dal 1° al 31 dicembre 2026".
 */
const intentPhrases: Readonly<Record<Intent, string>> = {
  duties: 'turni',
  on_duty: 'chi è di turno',
  absence_declare: 'assenza',
  absence_cancel: 'annullare',
  swap: 'scambio di turno',
  help: 'aiuto',
  unknown: 'richiesta non riconosciuta',
  calendar_generate: 'generare il calendario',
  calendar_publish: 'pubblicare il calendario',
  coverage_status: 'copertura dei turni',
  absent_today: 'chi è assente',
  giada_request: 'richiesta di data di prima udienza (GIADA)',
  calendar_feed: 'link del calendario dei turni',
  jobs_status: 'stato dei job pianificati',
  duty_explain: 'perché un turno è stato assegnato',
  fairness: 'il tuo carico rispetto all\'obiettivo',
  fairness_office: 'l\'equità dei carichi dell\'ufficio',
};

/** "de luca" -> "De Luca"; "d'amico" -> "D'Amico". */
export function capitalizeSurname(surname: string): string {
  return surname.replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

function absencePhrase(u: Understanding): string {
  const type = u.absenceType ? absenceTypeLabels[u.absenceType] : 'assenza';
  return u.intent === 'absence_cancel' ? `annullare ${type}` : type;
}

function headPhrase(u: Understanding): string {
  const service = u.service ? serviceKindLabels[u.service] : null;
  switch (u.intent) {
    case 'duties': return service ? `turni di ${service}` : 'turni';
    case 'on_duty': return service ? `chi è di turno (${service})` : 'chi è di turno';
    case 'absence_declare':
    case 'absence_cancel': return absencePhrase(u);
    case 'swap': return service ? `scambio del turno di ${service}` : 'scambio di turno';
    case 'absent_today': return u.absenceType ? `chi è in ${absenceTypeLabels[u.absenceType]}` : 'chi è assente';
    default: return service ? `${intentPhrases[u.intent]} (${service})` : intentPhrases[u.intent];
  }
}

function personPhrase(u: Understanding): string {
  if (!u.magistrate) return '';
  const name = capitalizeSurname(u.magistrate);
  return u.intent === 'swap' ? ` con ${name}` : ` di ${name}`;
}

/** "il 3 marzo e il 10 marzo 2027"; offered as alternatives, "il 3 marzo o il 10 marzo 2027". */
function periodsPhrase(periods: readonly DayRange[], alternatives: boolean): string {
  const text = formatRangesIt(periods);
  const last = periods[periods.length - 1]!;
  const and = ` e ${formatRangeIt(last.from, last.to)}`;
  return alternatives && text.endsWith(and) ? `${text.slice(0, -and.length)} o ${formatRangeIt(last.from, last.to)}` : text;
}

/** One Italian phrase for what was understood, without the leading "Ho capito:". */
export function describeUnderstanding(u: Understanding): string {
  const dates = u.periods ? ` ${periodsPhrase(u.periods, u.alternativePeriods === true)}` : u.from && u.to && u.from <= u.to ? ` ${formatRangeIt(u.from, u.to)}` : '';
  return `${headPhrase(u)}${personPhrase(u)}${dates}`;
}
