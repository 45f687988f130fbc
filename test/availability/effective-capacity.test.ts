import { describe, expect, it } from 'vitest';
import { averageCapacity, effectiveCapacity, explainCapacity, type CapacityContext } from '../../src/availability/effective-capacity.ts';
import type { Exemption } from '../../src/domain/exemption.ts';
import { absence, magistrate } from './fixtures.ts';

const sto: Exemption = { title: 'sto', percentage: 40, from: '2026-01-01' };
const magrif: Exemption = { title: 'magrif', percentage: 20, from: '2026-01-01', to: '2027-12-31' };

const ferie = absence('ferie', '2027-03-03', '2027-03-07');
const ctx: CapacityContext = { office: { headWorkloadPercent: 30 }, absences: [ferie] };
const noAbsences: CapacityContext = { office: { headWorkloadPercent: 30 }, absences: [] };

describe('effectiveCapacity: service span', () => {
  const m = magistrate({ serviceStart: '2027-02-01', serviceEnd: '2027-06-30' });

  it.each([
    ['2027-01-31', 0, 'before serviceStart'],
    ['2027-02-01', 100, 'first day of service'],
    ['2027-06-30', 100, 'last day of service'],
    ['2027-07-01', 0, 'after serviceEnd'],
  ])('%s -> %i (%s)', (day, expected) => {
    expect(effectiveCapacity(m, day, noAbsences)).toBe(expected);
  });

  it('explains why', () => {
    expect(explainCapacity(m, '2027-01-31', noAbsences).text).toBe(
      "capacità 0%: non ancora in servizio nell'ufficio (in servizio dal 1° febbraio 2027)",
    );
    expect(explainCapacity(m, '2027-07-01', noAbsences).text).toBe(
      "capacità 0%: non più in servizio nell'ufficio (ultimo giorno di servizio il 30 giugno 2027)",
    );
  });
});

describe('effectiveCapacity: absences', () => {
  const m = magistrate();

  it('is 0 on a day covered by an active absence, with the reason', () => {
    expect(effectiveCapacity(m, '2027-03-05', ctx)).toBe(0);
    const explanation = explainCapacity(m, '2027-03-03', ctx);
    expect(explanation.factors).toEqual([{ kind: 'absence', absence: ferie, text: 'in ferie dal 3 al 7 marzo 2027' }]);
    expect(explanation.text).toBe('capacità 0%: in ferie dal 3 al 7 marzo 2027');
  });

  it('is full the day before and after', () => {
    expect(effectiveCapacity(m, '2027-03-02', ctx)).toBe(100);
    expect(effectiveCapacity(m, '2027-03-08', ctx)).toBe(100);
  });

  it("ignores cancelled absences and other magistrates' absences", () => {
    const others: CapacityContext = {
      office: { headWorkloadPercent: 30 },
      absences: [
        absence('malattia', '2027-03-03', '2027-03-07', { status: 'cancelled' }),
        absence('ferie', '2027-03-03', '2027-03-07', { magistrateId: 'bianchi' }),
      ],
    };
    expect(effectiveCapacity(m, '2027-03-05', others)).toBe(100);
  });

  it('an absence wins over exemptions', () => {
    expect(effectiveCapacity(magistrate({ exemptions: [sto] }), '2027-03-05', ctx)).toBe(0);
  });
});

describe('effectiveCapacity: exemptions, part time and head of office', () => {
  it.each([
    ['full time, no exemption', magistrate(), 100],
    ['STO 40%', magistrate({ exemptions: [sto] }), 60],
    ['STO 40% and MAGRIF 20%: not cumulative, 60 not 40', magistrate({ exemptions: [magrif, sto] }), 60],
    ['part time 50%', magistrate({ workPercent: 50 }), 50],
    ['part time 50% and MAGRIF 20%', magistrate({ workPercent: 50, exemptions: [magrif] }), 40],
    ['procuratore: the head share', magistrate({ role: 'procuratore' }), 30],
    ['procuratore with a 20% exemption on top of the head share', magistrate({ role: 'procuratore', exemptions: [magrif] }), 24],
    ['presidente del Tribunale: the head share', magistrate({ role: 'presidente_tribunale' }), 30],
    ['procuratore aggiunto is not a head', magistrate({ role: 'procuratore_aggiunto' }), 100],
  ])('%s -> %i', (_, m, expected) => {
    expect(effectiveCapacity(m, '2027-04-15', noAbsences)).toBe(expected);
  });

  it("uses the office's headWorkloadPercent", () => {
    const m = magistrate({ role: 'procuratore' });
    expect(effectiveCapacity(m, '2027-04-15', { office: { headWorkloadPercent: 50 }, absences: [] })).toBe(50);
  });

  it('explains every factor in Italian, including the exemption that was not cumulated', () => {
    const m = magistrate({ role: 'procuratore', exemptions: [magrif, sto] });
    const explanation = explainCapacity(m, '2027-04-15', noAbsences);
    expect(explanation.capacity).toBe(18);
    expect(explanation.factors.map((f) => f.kind)).toEqual(['head_of_office', 'exemption', 'exemption_not_cumulated']);
    expect(explanation.factors.map((f) => f.text)).toEqual([
      "procuratore della Repubblica, capo dell'ufficio: carico pari al 30% di quello di un magistrato a pieno carico",
      "esonero del 40% come componente della Struttura tecnica per l'organizzazione (STO), dal 1° gennaio 2026",
      "esonero del 20% come magistrato di riferimento per l'informatica (MAGRIF), dal 1° gennaio 2026 al 31 dicembre 2027: " +
        "non cumulabile, si applica solo l'esonero con la percentuale maggiore",
    ]);
    expect(explanation.text.startsWith('capacità 18%: procuratore della Repubblica')).toBe(true);
  });

  it('says "pieno carico" when nothing reduces the capacity', () => {
    expect(explainCapacity(magistrate(), '2027-04-15', noAbsences)).toMatchObject({
      magistrateId: 'rossi',
      day: '2027-04-15',
      capacity: 100,
      factors: [],
      text: 'capacità 100%: pieno carico',
    });
  });

  it('writes decimals with a comma', () => {
    const m = magistrate({ workPercent: 70, exemptions: [{ title: 'altro', percentage: 25, from: '2027-01-01', note: 'incarico ministeriale' }] });
    const explanation = explainCapacity(m, '2027-04-15', noAbsences);
    expect(explanation.capacity).toBe(52.5);
    expect(explanation.text).toBe(
      'capacità 52,5%: lavoro a tempo ridotto al 70%; esonero del 25% (incarico ministeriale), dal 1° gennaio 2027',
    );
  });
});

describe('averageCapacity', () => {
  it('averages every day of the range', () => {
    // 1–10 March 2027: five days of ferie (3–7) and five full days
    expect(averageCapacity(magistrate(), '2027-03-01', '2027-03-10', ctx)).toBe(50);
  });

  it('follows an exemption that starts inside the range', () => {
    const m = magistrate({ exemptions: [{ title: 'sto', percentage: 40, from: '2027-04-03' }] });
    // 1–4 April: 100, 100, 60, 60
    expect(averageCapacity(m, '2027-04-01', '2027-04-04', noAbsences)).toBe(80);
  });

  it('refuses a reversed range', () => {
    expect(() => averageCapacity(magistrate(), '2027-03-10', '2027-03-01', ctx)).toThrow(RangeError);
  });
});
