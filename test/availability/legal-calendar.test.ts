import { describe, expect, it } from 'vitest';
import { holidayOn, holidaysBetween, isHoliday, isWorkingDay, workingDaysBetween, type OfficePlace } from '../../src/availability/legal-calendar.ts';
import { NationalHolidays } from '../../src/availability/national-holidays.ts';

const napoli: OfficePlace = { city: 'Napoli', patronSaintDay: '09-19' };
const milano: OfficePlace = { city: 'Milano', patronSaintDay: '12-07' };
const roma: OfficePlace = { city: 'Roma', patronSaintDay: '06-29' };

const holidays = new NationalHolidays();

const national2026 = [
  ['2026-01-01', 'Capodanno'],
  ['2026-01-06', 'Epifania'],
  ['2026-04-05', 'Domenica di Pasqua'],
  ['2026-04-06', 'Lunedì dell’Angelo'],
  ['2026-04-25', 'Liberazione dal nazifascismo (1945)'],
  ['2026-05-01', 'Festa del lavoro'],
  ['2026-06-02', 'Festa della Repubblica'],
  ['2026-08-15', 'Assunzione di Maria'],
  ['2026-10-04', "Festa nazionale di San Francesco d'Assisi"],
  ['2026-11-01', 'Ognissanti'],
  ['2026-12-08', 'Immacolata Concezione'],
  ['2026-12-25', 'Natale di Gesù'],
  ['2026-12-26', 'Santo Stefano'],
];

const national2027 = [
  ['2027-01-01', 'Capodanno'],
  ['2027-01-06', 'Epifania'],
  ['2027-03-28', 'Domenica di Pasqua'],
  ['2027-03-29', 'Lunedì dell’Angelo'],
  ['2027-04-25', 'Liberazione dal nazifascismo (1945)'],
  ['2027-05-01', 'Festa del lavoro'],
  ['2027-06-02', 'Festa della Repubblica'],
  ['2027-08-15', 'Assunzione di Maria'],
  ['2027-10-04', "Festa nazionale di San Francesco d'Assisi"],
  ['2027-11-01', 'Ognissanti'],
  ['2027-12-08', 'Immacolata Concezione'],
  ['2027-12-25', 'Natale di Gesù'],
  ['2027-12-26', 'Santo Stefano'],
];

describe('holidaysBetween: national public holidays', () => {
  it.each([
    [2026, national2026],
    [2027, national2027],
  ])('lists exactly the public holidays of %i, no observances', (year, expected) => {
    const list = holidaysBetween(`${year}-01-01`, `${year}-12-31`, undefined, holidays);
    expect(list.map((h) => [h.day, h.name])).toEqual(expected);
    expect(list.every((h) => h.kind === 'national')).toBe(true);
    expect(list.some((h) => h.name === 'Festa della mamma')).toBe(false);
  });

  it('knows San Francesco (4 October) only from 2026', () => {
    expect(isHoliday('2025-10-04', undefined, holidays)).toBe(false);
    expect(isHoliday('2026-10-04', undefined, holidays)).toBe(true);
    expect(isHoliday('2027-10-04', undefined, holidays)).toBe(true);
  });

  it('spans years and keeps only the days inside the range', () => {
    const list = holidaysBetween('2026-12-20', '2027-01-10', undefined, holidays);
    expect(list.map((h) => h.day)).toEqual(['2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06']);
  });

  it('is empty for a range with no holiday, and for a reversed range', () => {
    expect(holidaysBetween('2026-07-01', '2026-07-31', undefined, holidays)).toEqual([]);
    expect(holidaysBetween('2026-12-31', '2026-01-01', undefined, holidays)).toEqual([]);
  });

  it('memoises each year inside the table instance', () => {
    const table = new NationalHolidays();
    expect(table.forYear(2026)).toBe(table.forYear(2026));
    expect(Object.isFrozen(table.forYear(2026))).toBe(true);
  });

  it('builds its own table when none is passed', () => {
    expect(holidaysBetween('2027-03-29', '2027-03-29').map((h) => h.name)).toEqual(['Lunedì dell’Angelo']);
  });
});

describe('holidaysBetween: patron saint of the office', () => {
  it.each([
    [napoli, '2026-09-19', 'Santo patrono (Napoli)'],
    [napoli, '2027-09-19', 'Santo patrono (Napoli)'],
    [milano, '2026-12-07', 'Santo patrono (Milano)'],
    [milano, '2027-12-07', 'Santo patrono (Milano)'],
    [roma, '2026-06-29', 'Santo patrono (Roma)'],
    [roma, '2027-06-29', 'Santo patrono (Roma)'],
  ])('%o: %s is "%s"', (office, day, name) => {
    expect(holidayOn(day, office, holidays)).toEqual({ day, name, kind: 'patron' });
    expect(isHoliday(day, office, holidays)).toBe(true);
    expect(isHoliday(day, undefined, holidays)).toBe(false);
  });

  it("is not another city's holiday", () => {
    expect(isHoliday('2026-09-19', milano, holidays)).toBe(false);
    expect(holidaysBetween('2026-01-01', '2026-12-31', roma, holidays).filter((h) => h.kind === 'patron').map((h) => h.day))
      .toEqual(['2026-06-29']);
  });

  it('has no patron saint day on 29 February in a common year', () => {
    const leap: OfficePlace = { city: 'Bisestile', patronSaintDay: '02-29' };
    expect(holidaysBetween('2027-02-01', '2027-03-27', leap, holidays)).toEqual([]);
    expect(isHoliday('2027-03-01', leap, holidays)).toBe(false);
    expect(holidayOn('2028-02-29', leap, holidays)).toEqual({ day: '2028-02-29', name: 'Santo patrono (Bisestile)', kind: 'patron' });
  });

  it('lists a patron saint that falls on a national holiday once, with both names', () => {
    const ognivolta: OfficePlace = { city: 'Ognivolta', patronSaintDay: '11-01' };
    expect(holidaysBetween('2026-11-01', '2026-11-01', ognivolta, holidays)).toEqual([
      { day: '2026-11-01', name: 'Ognissanti e Santo patrono (Ognivolta)', kind: 'national' },
    ]);
  });
});

type WorkingDayCase = [day: string, office: OfficePlace | undefined, expected: boolean, why: string];

describe('isWorkingDay', () => {
  it.each<WorkingDayCase>([
    // Easter 2026 and 2027
    ['2026-04-03', napoli, true, 'Good Friday is a working day'],
    ['2026-04-06', napoli, false, 'Easter Monday 2026'],
    ['2026-04-07', napoli, true, 'the Tuesday after Easter'],
    ['2027-03-29', undefined, false, 'Easter Monday 2027'],
    ['2027-03-30', undefined, true, 'the Tuesday after Easter 2027'],
    // fixed national holidays on weekdays
    ['2026-01-01', undefined, false, 'Capodanno, Thursday'],
    ['2026-01-02', undefined, true, 'the Friday after'],
    ['2026-01-06', undefined, false, 'Epifania, Tuesday'],
    ['2026-06-02', undefined, false, 'Festa della Repubblica, Tuesday'],
    ['2026-06-01', undefined, true, 'the Monday before'],
    ['2026-12-08', undefined, false, 'Immacolata, Tuesday'],
    ['2026-12-25', undefined, false, 'Natale, Friday'],
    ['2026-12-24', undefined, true, 'Christmas Eve, Thursday'],
    ['2027-10-04', undefined, false, 'San Francesco 2027, Monday'],
    ['2027-11-01', undefined, false, 'Ognissanti 2027, Monday'],
    ['2027-12-08', undefined, false, 'Immacolata 2027, Wednesday'],
    ['2027-04-26', undefined, true, 'the Monday after Liberazione on Sunday: no substitute day in Italy'],
    // weekends
    ['2026-10-03', undefined, false, 'Saturday'],
    ['2026-10-04', undefined, false, 'Sunday and San Francesco'],
    ['2026-10-05', undefined, true, 'Monday'],
    // patron saints
    ['2027-12-07', milano, false, 'Sant’Ambrogio 2027, Tuesday, in Milano'],
    ['2027-12-07', roma, true, 'the same Tuesday in Roma'],
    ['2026-06-29', roma, false, 'Santi Pietro e Paolo 2026, Monday, in Roma'],
    ['2026-06-29', napoli, true, 'the same Monday in Napoli'],
    ['2027-09-20', napoli, true, 'the Monday after San Gennaro 2027 (a Sunday)'],
    // August
    ['2026-08-14', undefined, true, 'Friday before Ferragosto'],
    ['2027-08-16', undefined, true, 'Monday after Ferragosto 2027 (a Sunday)'],
  ])('%s (%o) -> %s: %s', (day, office, expected) => {
    expect(isWorkingDay(day, office, holidays)).toBe(expected);
  });

  it('counts the working days of a month', () => {
    // December 2027: 23 weekdays, minus the 8th (Wednesday); Christmas and Santo Stefano fall on the
    // weekend; in Milano also minus the 7th (Tuesday)
    expect(workingDaysBetween('2027-12-01', '2027-12-31', undefined, holidays)).toHaveLength(22);
    expect(workingDaysBetween('2027-12-01', '2027-12-31', milano, holidays)).toHaveLength(21);
  });
});
