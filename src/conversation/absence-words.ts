import { absenceTypeLabels, type AbsenceType } from '../domain/absence.ts';

/**
 * An absence type with its article, as it stands in a sentence: "ho registrato le ferie di Mario Rossi",
 * "ho annullato la malattia", "il congedo", "l'assenza" (for "altro", whose label "altra assenza" reads oddly
 * after an article).
 */
export function absenceWithArticle(type: AbsenceType): string {
  switch (type) {
    case 'ferie': return 'le ferie';
    case 'congedo': return 'il congedo';
    case 'altro': return 'l\'assenza';
    default: return `la ${absenceTypeLabels[type]}`;
  }
}
