import { describe, expect, it } from 'vitest';
import { formatFairnessReport } from '../../src/calendar/fairness-report.ts';
import { numberIt, signedIt } from '../../src/domain/format-number-it.ts';

describe('numbers in Italian reports', () => {
  it('writes a decimal comma and never a negative zero', () => {
    expect(numberIt(13.25)).toBe('13,3');
    expect(numberIt(12345.5)).toBe('12.345,5');
    expect(numberIt(-0.02)).toBe('0,0');
    expect(numberIt(-0.04, 0)).toBe('0');
    expect(numberIt(-0.06)).toBe('-0,1');
  });

  it('signs a deviation only when it shows a figure other than zero', () => {
    expect(signedIt(0.9)).toBe('+0,9');
    expect(signedIt(-1.8)).toBe('-1,8');
    expect(signedIt(0.02)).toBe('0,0');
    expect(signedIt(-0.02)).toBe('0,0');
    expect(signedIt(0)).toBe('0,0');
  });

  it('gives the fairness report of a magistrate just under target as "scarto 0,0"', () => {
    const lines = formatFairnessReport({
      rows: [
        { magistrateId: 'm1', name: 'Laura Bianchi', kind: 'arrestati', load: 5.5, target: 5.52, deviation: -0.02, duties: 4 },
        { magistrateId: 'm2', name: 'Marco Esposito', kind: 'arrestati', load: 6.5, target: 5.52, deviation: 0.98, duties: 5 },
      ],
      summary: [{ kind: 'arrestati', totalLoad: 12, maxDeviation: 0.98, meanDeviation: 0.5 }],
    });
    expect(lines[1]).toMatch(/Laura Bianchi .* scarto 0,0$/);
    expect(lines[2]).toMatch(/Marco Esposito .* scarto \+1,0$/);
  });
});
