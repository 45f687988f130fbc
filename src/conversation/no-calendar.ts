import { addDays } from '../domain/civil-day.ts';
import { formatPeriod } from './format-period.ts';
import { periodTense } from './period-tense.ts';

/** "per il 3 novembre", "per il periodo dal 23 al 25 novembre": the days a sentence about them is for. */
function forDays(today: string, from: string, to: string): string {
  const period = formatPeriod(today, from, to);
  return period.startsWith('dal') ? `per il periodo ${period}` : `per ${period}`;
}

/**
 * What a question about duties gets when no calendar, published or provisional, covers the days asked. For days still
 * ahead a calendar may yet come ("Non c'è ancora un calendario il 3 dicembre."); for days wholly gone by "ancora" would be
 * wrong: none was made ("Mi dispiace, per il 3 novembre non c'è un calendario dei turni registrato in turnario."); a range
 * partly gone by says each part in its tense ("…per il periodo dal 23 al 25 novembre non c'è un calendario dei turni
 * registrato in turnario, e per il periodo dal 26 al 29 novembre non ce n'è ancora uno.").
 */
export function noCalendarAnswer(today: string, from: string, to: string): string {
  const tense = periodTense(today, from, to);
  if (tense === 'ahead') return `Non c'è ancora un calendario ${formatPeriod(today, from, to)}.`;
  const gone = `Mi dispiace, ${forDays(today, from, tense === 'past' ? to : addDays(today, -1))} non c'è un calendario dei turni registrato in turnario`;
  return tense === 'past' ? `${gone}.` : `${gone}, e ${forDays(today, today, to)} non ce n'è ancora uno.`;
}
