/**
 * Where a range of days stands against today: wholly gone by, partly gone by (it began before today and reaches today or
 * later), or wholly ahead (today included). An answer tells the days gone by in the past ("non c'è un calendario
 * registrato") and keeps "ancora" ("non c'è ancora", "può ancora cambiare") for the days ahead.
 */
export type PeriodTense = 'past' | 'partly-past' | 'ahead';

export function periodTense(today: string, from: string, to: string): PeriodTense {
  if (to < today) return 'past';
  return from < today ? 'partly-past' : 'ahead';
}
