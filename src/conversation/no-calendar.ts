import { formatPeriod } from './format-period.ts';

/**
 * What a question about duties gets when no calendar, published or provisional, covers the days asked. For days still
 * ahead, or in course, a calendar may yet come ("Non c'è ancora un calendario il 3 dicembre."); for days wholly gone by
 * "ancora" would be wrong: none was made ("Mi dispiace, per il 3 novembre non c'è un calendario dei turni registrato in
 * turnario.").
 */
export function noCalendarAnswer(today: string, from: string, to: string): string {
  const period = formatPeriod(today, from, to);
  if (to >= today) return `Non c'è ancora un calendario ${period}.`;
  const forPeriod = period.startsWith('dal') ? `per il periodo ${period}` : `per ${period}`;
  return `Mi dispiace, ${forPeriod} non c'è un calendario dei turni registrato in turnario.`;
}
