import type { Absence, AbsenceType } from '../domain/absence.ts';
import type { CivilDay } from '../domain/civil-day.ts';
import { exemptionTitleLabels, type Exemption } from '../domain/exemption.ts';
import { formatDayIt, formatRangeIt } from '../domain/format-day-it.ts';

/**
 * The Italian sentences that say why a magistrate's availability is what it is. One place, so that a
 * capacity explanation and an absence conflict describe the same facts with the same words.
 */

/** "40%", "52,5%": Italian decimal comma, at most two decimals. */
export function formatPercentIt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${String(rounded).replace('.', ',')}%`;
}

const absenceStates: Record<AbsenceType, string> = {
  ferie: 'in ferie',
  malattia: 'in malattia',
  congedo: 'in congedo',
  formazione: 'in formazione',
  altro: 'assente',
};

/** "in ferie dal 3 al 7 marzo 2027", "in malattia il 3 marzo 2027". */
export function describeAbsence(absence: Pick<Absence, 'type' | 'from' | 'to'>): string {
  return `${absenceStates[absence.type]} ${formatRangeIt(absence.from, absence.to)}`;
}

/** What one "has" ("Hai già …"): "ferie", "un periodo di malattia", "un congedo". */
const absenceNouns: Record<AbsenceType, string> = {
  ferie: 'ferie',
  malattia: 'un periodo di malattia',
  congedo: 'un congedo',
  formazione: 'un periodo di formazione',
  altro: "un'altra assenza",
};

/** "ferie dal 3 al 7 marzo 2027", "un congedo il 9 marzo 2027". */
export function describeAbsenceHeld(absence: Pick<Absence, 'type' | 'from' | 'to'>): string {
  return `${absenceNouns[absence.type]} ${formatRangeIt(absence.from, absence.to)}`;
}

function exemptionTitleText(exemption: Exemption): string {
  if (exemption.title !== 'altro') return `come ${exemptionTitleLabels[exemption.title]}`;
  return exemption.note ? `(${exemption.note})` : `per ${exemptionTitleLabels.altro}`;
}

function exemptionSpanText(exemption: Exemption): string {
  return exemption.to === undefined ? `dal ${formatDayIt(exemption.from)}` : formatRangeIt(exemption.from, exemption.to);
}

/**
 * "esonero del 40% come componente della Struttura tecnica per l'organizzazione (STO), dal 1° gennaio
 * 2026"; a bounded one ends with "dal 1° gennaio al 30 giugno 2026".
 */
export function describeExemption(exemption: Exemption): string {
  return `esonero del ${formatPercentIt(exemption.percentage)} ${exemptionTitleText(exemption)}, ${exemptionSpanText(exemption)}`;
}

/** Said of an exemption in force that does not apply because a higher one does. */
export function describeExemptionNotCumulated(exemption: Exemption): string {
  return `${describeExemption(exemption)}: non cumulabile, si applica solo l'esonero con la percentuale maggiore`;
}

export function describeNotYetInService(serviceStart: CivilDay): string {
  return `non ancora in servizio nell'ufficio (in servizio dal ${formatDayIt(serviceStart)})`;
}

export function describeLeftService(serviceEnd: CivilDay): string {
  return `non più in servizio nell'ufficio (ultimo giorno di servizio il ${formatDayIt(serviceEnd)})`;
}

export function describeHeadWorkload(roleLabel: string, percent: number): string {
  return `${roleLabel}, capo dell'ufficio: carico pari al ${formatPercentIt(percent)} di quello di un magistrato a pieno carico`;
}

export function describeWorkPercent(percent: number): string {
  return `lavoro a tempo ridotto al ${formatPercentIt(percent)}`;
}
