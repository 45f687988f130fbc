import { describe, expect, it } from 'vitest';
import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';
import { replanCalendar } from '../../src/calendar/replan.ts';
import { replanBase } from '../../src/calendar/replan-base.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { diffVersions } from '../../src/calendar/versions/diff-versions.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import type { CalendarVersion } from '../../src/domain/calendar.ts';
import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';
import { absence } from './fixtures.ts';

/**
 * Tuesday 1 December 2026: one turno arrestati and one hearing, never held by the same person the same day. Bianchi
 * cannot do arrestati. Rossi holds arrestati, Verdi the hearing; Rossi falls ill.
 */
function office() {
  const every0 = { monday: 0, tuesday: 0, wednesday: 0, thursday: 0, friday: 0, saturday: 0, sunday: 0 };
  const parsed = parseOfficeConfig({
    office: { id: 'catena', name: 'Procura di Prova', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 700 },
    magistrates: [
      { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto' },
      { id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'sostituto' },
      { id: 'bianchi-luca', surname: 'Bianchi', name: 'Luca', role: 'sostituto' },
    ],
    services: [
      { id: 'arrestati', name: 'Turno arrestati', kind: 'arrestati', coverage: { ...every0, tuesday: 1 }, eligibility: { roles: ['sostituto'], exclude: ['bianchi-luca'] } },
      { id: 'udienza', name: 'Udienza monocratica', kind: 'udienza', coverage: { ...every0, tuesday: 1 }, eligibility: { roles: ['sostituto'] } },
    ],
    rules: [{ id: 'arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienza'], mode: 'same_day' }],
    periods: [],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

/** Rossi's arrestati and Verdi's hearing on Tuesday 1 December, published; `pinned`: the head pinned the hearing. */
function published(pinned = false): CalendarVersion {
  const before = buildCalendarContext(office(), '2026-12-01', '2026-12-01', []);
  return {
    id: 'v1', officeId: 'catena', from: '2026-12-01', to: '2026-12-01', status: 'published', number: 1,
    createdAt: '2026-11-20T08:00:00Z', createdBy: 't', uncovered: [],
    duties: toDuties(before, [{ slotId: 'arrestati@2026-12-01', magistrateId: 'rossi-mario' }, { slotId: 'udienza@2026-12-01', magistrateId: 'verdi-anna', pinned }]),
  };
}

describe('replanning with chains', () => {
  it('covers a place nobody free can take by moving a nearby duty to someone who can take that one', async () => {
    const config = office();
    const after = buildCalendarContext(config, '2026-12-01', '2026-12-01', [absence('rossi-mario', '2026-12-01', '2026-12-01')]);
    const proposal = await replanCalendar(after, published());
    expect(proposal.uncovered).toEqual([]);
    const changes = diffVersions(published().duties, toDuties(after, proposal.assignments)).changes;
    expect(changes.map((c) => [c.serviceId, c.before, c.after]).sort()).toEqual([
      ['arrestati', 'rossi-mario', 'verdi-anna'],
      ['udienza', 'verdi-anna', 'bianchi-luca'],
    ]);
    expect(checkRules(after, proposal.assignments).filter((v) => v.level === 'hard')).toEqual([]);
  });

  it('starts a second replan from the pending chain proposal while its absence stands, from the published version once it is gone', async () => {
    const after = buildCalendarContext(office(), '2026-12-01', '2026-12-01', [absence('rossi-mario', '2026-12-01', '2026-12-01')]);
    const pending: CalendarVersion = { ...published(), id: 'v2', number: 2, status: 'provisional', basedOn: 'v1', duties: toDuties(after, (await replanCalendar(after, published())).assignments) };
    // Verdi gave up her hearing to take Rossi's arrestati: a chain link, kept while Rossi is ill.
    expect(replanBase(after, published(), pending)).toBe(pending);
    const recovered = buildCalendarContext(office(), '2026-12-01', '2026-12-01', []);
    expect(replanBase(recovered, published(), pending).id).toBe('v1');
  });

  it('never moves a duty the head pinned: the place stays uncovered, with its reason', async () => {
    const after = buildCalendarContext(office(), '2026-12-01', '2026-12-01', [absence('rossi-mario', '2026-12-01', '2026-12-01')]);
    const proposal = await replanCalendar(after, published(true));
    expect(proposal.assignments).toContainEqual({ slotId: 'udienza@2026-12-01', magistrateId: 'verdi-anna', pinned: true });
    expect(proposal.uncovered.map((g) => [g.serviceId, g.missing, g.reason])).toEqual([['arrestati', 1, 'i magistrati disponibili violerebbero regole inderogabili (arrestati-udienza)']]);
  });
});
