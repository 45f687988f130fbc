import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/civil-day.ts';
import { fromDayNumber, toDayNumber } from '../../src/giada/day-number.ts';
import { LegalDays } from '../../src/giada/legal-days.ts';
import { computeLawfulStart, countFreeDays } from '../../src/giada/statutory-term.ts';
import { assign, makeRequest, makeSetup, openEngine } from './fixtures.ts';

const legal = new LegalDays({ city: 'Napoli', patronSaintDay: '09-19' });
const term20 = [{ requestType: 'rinvio_a_giudizio' as const, minDays: 20, source: 'art. 429 c. 3 c.p.p.' }];

function earliest(request: string, detained: boolean): string {
  return fromDayNumber(computeLawfulStart(toDayNumber(request), 'rinvio_a_giudizio', detained, term20, legal).earliest);
}

describe('statutory terms, counted as art. 172 c.p.p. counts them (free days)', () => {
  it.each([
    // Tuesday 2 March: days 3…22 are the 20 free days; the hearing can be on the 23rd, never on the 22nd (19 free days).
    { request: '2027-03-02', detained: true, earliest: '2027-03-23', why: 'ordinary weekday' },
    // 2 June (Festa della Repubblica) ends the term: extended to 3 June, hearing from 4 June.
    { request: '2027-05-13', detained: true, earliest: '2027-06-04', why: 'term ending on a holiday' },
    // Sunday 21 March ends the term: extended to Monday 22, hearing from Tuesday 23.
    { request: '2027-03-01', detained: true, earliest: '2027-03-23', why: 'term ending on a Sunday' },
    // Free defendants: August does not run (L. 742/1969). 11 days in July, 9 in September: ends Thursday 9 September.
    { request: '2027-07-20', detained: false, earliest: '2027-09-10', why: 'summer suspension of terms' },
    // Detained defendants: no suspension; 9 August is a Monday.
    { request: '2027-07-20', detained: true, earliest: '2027-08-10', why: 'detained: no suspension' },
  ])('$why: request $request → earliest $earliest', ({ request, detained, earliest: expected }) => {
    expect(earliest(request, detained)).toBe(expected);
  });

  it('never yields a date with fewer than 20 free days, for any request day of a year', () => {
    for (let day = '2027-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const first = earliest(day, true);
      expect(countFreeDays(toDayNumber(day), toDayNumber(first))).toBeGreaterThanOrEqual(20);
    }
  });

  it('the engine fixes the first hearing after the 20 free days, not on day 20 (the original fixed 19)', async () => {
    const { engine } = await openEngine(makeSetup({ window: { minDays: 0, maxDays: 200 }, statutoryTerms: term20 }));
    const a = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio', requestedOn: '2027-03-02' }));
    expect(a.hearingDate).toBe('2027-03-23');
    expect(countFreeDays(toDayNumber('2027-03-02'), toDayNumber(a.hearingDate!))).toBe(20);
    expect(a.explanation).toContain('20 giorni liberi (art. 429 c. 3 c.p.p.)');
  });
});

describe('summer suspension of first hearings (1–31 August)', () => {
  const setup = makeSetup({ window: { minDays: 10, maxDays: 100 } });

  it('fixes no non-urgent first hearing in August', async () => {
    const { engine } = await openEngine(setup);
    const a = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio', requestedOn: '2027-07-25' }));
    expect(a.hearingDate).toBe('2027-09-01');
    expect(a.explanation).toContain('sospensione feriale di agosto');
  });

  it('lets urgent cases and cases with detained defendants be fixed in August', async () => {
    const { engine } = await openEngine(setup);
    const detained = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio', requestedOn: '2027-07-25', defendants: [{ detained: true }] }));
    expect(detained.hearingDate).toBe('2027-08-04');
    const urgent = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio', requestedOn: '2027-07-25', urgent: true }));
    expect(urgent.hearingDate! < '2027-08-31').toBe(true);
  });
});

describe('absences and exemptions', () => {
  it('skips the hearings of a judge on leave', async () => {
    const setup = makeSetup({ judges: [{ id: 'a' }] });
    setup.absences.push({ magistrateId: 'a', type: 'ferie', from: '2027-01-25', to: '2027-01-29' });
    const { engine } = await openEngine(setup);
    const a = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio' }));
    expect(a.hearingDate).toBe('2027-02-01');
    expect(a.explanation).toContain('Giudice A in ferie');
  });

  it('skips a panel hearing when one member is absent, and a judge with a 100% exemption', async () => {
    const setup = makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], panels: [{ id: 'p1', members: ['b', 'c', 'd'] }] });
    setup.absences.push({ magistrateId: 'c', type: 'malattia', from: '2027-01-27', to: '2027-01-27' });
    setup.magistrates.find((m) => m.id === 'a')!.exemptions.push({ percentage: 100, from: '2027-01-01', to: '2027-02-28' });
    const { engine } = await openEngine(setup);
    const panel = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio', charges: [{ code: '416 c.p.' }] }));
    expect(panel.panelId).toBe('p1');
    expect(panel.hearingDate).toBe('2027-02-03');
    const single = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio' }));
    expect(single.judgeId).toBe('b');
    expect(single.explanation).toContain('prima udienza libera più vicina');
  });
});
