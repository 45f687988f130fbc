import { afterEach, describe, expect, it } from 'vitest';
import { monthGrid, monthGridCsv, shiftMonth } from '../../src/reports/index.ts';
import { duty, openFixture, type Fixture } from '../feeds/fixtures.ts';

let fx: Fixture;
afterEach(async () => fx?.cleanup());

describe('month grid', () => {
  it('places duties, uncovered slots and holidays on the days of the month', async () => {
    fx = await openFixture();
    await fx.version('2026-12-01', '2026-12-31', [duty('reperibilita', 'rossi-mario', '2026-12-07', '2026-12-13'), duty('udienza', 'bianchi-luca', '2026-12-08')], {
      uncovered: [{ serviceId: 'arrestati', from: '2026-12-25', to: '2026-12-25', missing: 1, reason: 'Nessun magistrato disponibile a Natale.' }],
    });
    const grid = monthGrid(fx.store.snapshot(), 'procura-prova', '2026-12', { includeProvisional: false })!;
    expect(grid.label).toBe('dicembre 2026');
    expect(grid.days).toHaveLength(31);
    expect(grid.days[7]).toEqual({ day: '2026-12-08', weekday: 2, holiday: 'Immacolata Concezione', weekend: false, summerSuspension: false });
    const row = (id: string) => grid.rows.find((r) => r.serviceId === id)!;
    expect(row('reperibilita').cells.map((c) => c.names.map((n) => n.name).join()).slice(5, 14)).toEqual(['', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', '']);
    expect(row('arrestati').cells[24]!.uncovered).toEqual({ missing: 1, reason: 'Nessun magistrato disponibile a Natale.' });
    expect(grid.provisional).toBe(false);
    expect(grid.versions).toEqual([{ from: '2026-12-01', to: '2026-12-31', number: 1, status: 'published' }]);
  });

  it('shows provisional versions only to staff, and flags them', async () => {
    fx = await openFixture();
    await fx.version('2026-12-01', '2026-12-31', [duty('udienza', 'bianchi-luca', '2026-12-09')]);
    await fx.version('2026-12-01', '2026-12-31', [duty('udienza', 'verdi-anna', '2026-12-09')], { publish: false });
    const names = (includeProvisional: boolean) => {
      const grid = monthGrid(fx.store.snapshot(), 'procura-prova', '2026-12', { includeProvisional })!;
      return [grid.provisional, grid.rows.find((r) => r.serviceId === 'udienza')!.cells[8]!.names.map((n) => n.name)];
    };
    expect(names(false)).toEqual([false, ['Bianchi Luca']]);
    expect(names(true)).toEqual([true, ['Verdi Anna']]);
  });

  it('marks the August suspension and answers null for unknown offices or malformed months', async () => {
    fx = await openFixture();
    const august = monthGrid(fx.store.snapshot(), 'procura-prova', '2027-08', { includeProvisional: true })!;
    expect(august.days.every((d) => d.summerSuspension)).toBe(true);
    expect(august.days.find((d) => d.day === '2027-08-15')?.holiday).toBe('Assunzione di Maria');
    expect(monthGrid(fx.store.snapshot(), 'procura-prova', '2027-07', { includeProvisional: true })!.days.some((d) => d.summerSuspension)).toBe(false);
    expect(monthGrid(fx.store.snapshot(), 'nessuno', '2027-08', { includeProvisional: true })).toBeNull();
    expect(monthGrid(fx.store.snapshot(), 'procura-prova', '2027-13', { includeProvisional: true })).toBeNull();
    expect([shiftMonth('2026-12', 1), shiftMonth('2027-01', -1)]).toEqual(['2027-01', '2026-12']);
  });

  it('exports the grid as CSV for Italian spreadsheets', async () => {
    fx = await openFixture();
    await fx.version('2026-12-01', '2026-12-31', [duty('udienza', 'bianchi-luca', '2026-12-09')], {
      uncovered: [{ serviceId: 'arrestati', from: '2026-12-25', to: '2026-12-25', missing: 1, reason: 'Nessuno; davvero "nessuno"' }],
    });
    const csv = monthGridCsv(monthGrid(fx.store.snapshot(), 'procura-prova', '2026-12', { includeProvisional: false })!);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFGiorno;Giorno della settimana;Festività;Servizio;Magistrato;Note');
    expect(lines).toContain('2026-12-09;mercoledì;;Udienza monocratica;Bianchi Luca;');
    expect(lines).toContain('2026-12-25;venerdì;Natale di Gesù;Turno arrestati;;"scoperto (1): Nessuno; davvero ""nessuno"""');
  });
});
