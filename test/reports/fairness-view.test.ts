import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';
import { fairnessReport } from '../../src/calendar/fairness-report.ts';
import { toAssignments } from '../../src/calendar/versions/duties.ts';
import { fairnessCsv, fairnessView } from '../../src/reports/index.ts';
import { duty, feedOffice, openFixture, type Fixture } from '../feeds/fixtures.ts';

let fx: Fixture;
afterEach(async () => fx?.cleanup());

const first = [duty('reperibilita', 'rossi-mario', '2026-11-30', '2026-12-06'), duty('udienza', 'bianchi-luca', '2026-12-01'), duty('arrestati', 'verdi-anna', '2026-12-05')];
const second = [duty('reperibilita', 'bianchi-luca', '2026-12-07', '2026-12-13'), duty('udienza', 'bianchi-luca', '2026-12-09'), duty('arrestati', 'rossi-mario', '2026-12-08')];

const loadOf = (from: string, to: string, duties: typeof first) =>
  fairnessReport(buildCalendarContext(feedOffice(), from, to, []), toAssignments(duties)).rows;

describe('fairness view', () => {
  it('counts turns by kind and weekend or holiday turns, and cumulates load and target over published periods', async () => {
    fx = await openFixture();
    await fx.version('2026-11-30', '2026-12-06', first);
    await fx.version('2026-12-07', '2026-12-13', second);
    const view = fairnessView(fx.store.snapshot(), 'procura-prova', { from: '2026-12-07', to: '2026-12-13' }, false)!;
    expect(view.period).toEqual({ from: '2026-12-07', to: '2026-12-13', number: 1, status: 'published' });
    // The reperibilità week holds a weekend and 8 December; the arrest turn on the 8th is a holiday.
    expect(view.turns.map((t) => [t.name, t.byKind, t.festiveByKind, t.festive, t.total])).toEqual([
      ['Luca Bianchi', { reperibilita: 1, udienza: 1 }, { reperibilita: 1 }, 1, 2],
      ['Mario Rossi', { arrestati: 1 }, { arrestati: 1 }, 1, 1],
    ]);
    const a = loadOf('2026-11-30', '2026-12-06', first);
    const b = loadOf('2026-12-07', '2026-12-13', second);
    expect(view.rows).toEqual(b.map((r) => ({ magistrateId: r.magistrateId, name: r.name, kind: r.kind, load: r.load, target: r.target, duties: r.duties })));
    expect(view.cumulative.periods.map((p) => p.from)).toEqual(['2026-11-30', '2026-12-07']);
    const rossi = view.cumulative.rows.find((r) => r.magistrateId === 'rossi-mario' && r.kind === 'reperibilita')!;
    const sum = (rows: typeof a, field: 'load' | 'target') => rows.filter((r) => r.magistrateId === 'rossi-mario' && r.kind === 'reperibilita').reduce((s, r) => s + r[field], 0);
    expect(rossi.load).toBeCloseTo(sum(a, 'load') + sum(b, 'load'));
    expect(rossi.target).toBeCloseTo(sum(a, 'target') + sum(b, 'target'));
    expect(rossi.load).toBeGreaterThan(0);
  });

  it('does not cumulate later periods, nor provisional ones unless the staff looks at them', async () => {
    fx = await openFixture();
    await fx.version('2026-11-30', '2026-12-06', first);
    await fx.version('2026-12-07', '2026-12-13', second, { publish: false });
    expect(fairnessView(fx.store.snapshot(), 'procura-prova', { from: '2026-12-07', to: '2026-12-13' }, false)).toBeNull();
    const staff = fairnessView(fx.store.snapshot(), 'procura-prova', null, true)!;
    expect(staff.period.status).toBe('provisional');
    expect(staff.cumulative.periods.map((p) => `${p.from} ${p.status}`)).toEqual(['2026-11-30 published', '2026-12-07 provisional']);
    const earlier = fairnessView(fx.store.snapshot(), 'procura-prova', { from: '2026-11-30', to: '2026-12-06' }, true)!;
    expect(earlier.cumulative.periods).toHaveLength(1);
    expect(fairnessView(fx.store.snapshot(), 'nessuno', null, true)).toBeNull();
  });

  it('exports the report as CSV', async () => {
    fx = await openFixture();
    await fx.version('2026-11-30', '2026-12-06', first);
    const csv = fairnessCsv(fairnessView(fx.store.snapshot(), 'procura-prova', null, false)!).split('\r\n');
    expect(csv[0]).toContain('Magistrato;Tipo di servizio;Turni;Carico;Obiettivo;Scarto');
    expect(csv.find((l) => l.startsWith('Anna Verdi;Turno arrestati e direttissime;'))).toMatch(/^Anna Verdi;Turno arrestati e direttissime;1;[\d,]+;[\d,]+;-?[\d,]+;1;/);
    expect(csv.find((l) => l.startsWith('Anna Verdi;Reperibilità;'))).toMatch(/^Anna Verdi;Reperibilità;0;0;[\d,]+;-[\d,]+;0;/);
  });
});
