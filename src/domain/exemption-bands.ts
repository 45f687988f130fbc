import type { ExemptionTitle } from './exemption.ts';
import { directiveRoles, type Role } from './role.ts';

/**
 * The allowed percentage of each exemption title (organisational project template, section VII):
 * a rule as data (the band) plus a function (`exemptionBand`).
 */
export interface ExemptionBand {
  min: number;
  max: number;
  /** Why the band is what it is, in Italian, for error messages and explanations. */
  source: string;
}

const councilBands: { maxDistrictSize: number; band: ExemptionBand }[] = [
  { maxDistrictSize: 150, band: { min: 20, max: 20, source: 'distretto fino a 150 magistrati' } },
  { maxDistrictSize: 250, band: { min: 20, max: 30, source: 'distretto tra 151 e 250 magistrati' } },
  { maxDistrictSize: 500, band: { min: 30, max: 40, source: 'distretto tra 251 e 500 magistrati' } },
  { maxDistrictSize: Number.POSITIVE_INFINITY, band: { min: 40, max: 50, source: 'distretto con più di 500 magistrati' } },
];

const fixedBands: Partial<Record<ExemptionTitle, ExemptionBand>> = {
  sto: { min: 40, max: 40, source: 'misura fissa e non rinunciabile per i componenti della STO' },
  referente_formazione: { min: 10, max: 25, source: 'tra il 10% e il 25% per il referente per la formazione' },
  consiglio_direttivo_cassazione: { min: 20, max: 40, source: 'tra il 20% e il 40% per il Consiglio direttivo della Cassazione' },
};

const noExemption: ExemptionBand = {
  min: 0,
  max: 0,
  source: 'chi ricopre incarichi direttivi o semidirettivi non può usufruire dell\'esonero come componente eletto',
};

/** The allowed band for a title, given the district size and the magistrate's role. */
export function exemptionBand(title: ExemptionTitle, districtSize: number, role: Role): ExemptionBand {
  const elected = title === 'consiglio_giudiziario' || title === 'consiglio_direttivo_cassazione';
  if (elected && directiveRoles.has(role)) return noExemption;
  if (title === 'consiglio_giudiziario') {
    return councilBands.find((entry) => districtSize <= entry.maxDistrictSize)!.band;
  }
  return fixedBands[title] ?? { min: 0, max: 100, source: 'misura stabilita dal progetto organizzativo' };
}

export function isWithinBand(percentage: number, band: ExemptionBand): boolean {
  return percentage >= band.min && percentage <= band.max;
}
