import { describe, expect, it } from 'vitest';
import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';
import { constructCalendar } from '../../src/calendar/construct-calendar.ts';
import { explainDuty, explainUncovered } from '../../src/calendar/explain-duty.ts';
import { fairnessReport } from '../../src/calendar/fairness-report.ts';
import { replanCalendar } from '../../src/calendar/replan.ts';
import { replanBase } from '../../src/calendar/replan-base.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import { diffVersions } from '../../src/calendar/versions/diff-versions.ts';
import type { CalendarVersion } from '../../src/domain/calendar.ts';
import { absence, decemberContext, smallOffice } from './fixtures.ts';

function publishedDecember() {
  const ctx = decemberContext(smallOffice({ rules: [{ id: 'no-arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienza'], mode: 'same_day', note: 'Chi è di turno arrestati non può essere in udienza.' }] }));
  const { assignments } = constructCalendar(ctx);
  const version: CalendarVersion = {
    id: 'v1', officeId: 'prova', from: '2026-12-01', to: '2026-12-31', status: 'published', number: 1,
    createdAt: '2026-11-20T08:00:00Z', createdBy: 't', duties: toDuties(ctx, assignments), uncovered: [],
  };
  return { ctx, version, assignments };
}

describe('replanning after an absence', () => {
  it('moves only the duties the absent magistrate can no longer do, and breaks no hard rule', async () => {
    const { ctx, version } = publishedDecember();
    const sick = absence('bianchi-luca', '2026-12-14', '2026-12-18');
    const after = buildCalendarContext(ctx.config, ctx.from, ctx.to, [sick]);
    const touched = version.duties.filter((d) => d.magistrateId === 'bianchi-luca' && d.from <= '2026-12-18' && d.to >= '2026-12-14');
    expect(touched.length).toBeGreaterThan(0);
    const proposal = await replanCalendar(after, version);
    expect(proposal.displaced.map((a) => a.slotId).sort()).toEqual(touched.map((d) => `${d.serviceId}@${d.from}`).sort());
    const diff = diffVersions(version.duties, toDuties(after, proposal.assignments));
    expect(diff.changes).toHaveLength(touched.length);
    expect(diff.changes.every((c) => c.before === 'bianchi-luca' && c.after !== 'bianchi-luca')).toBe(true);
    expect(checkRules(after, proposal.assignments).filter((v) => v.level === 'hard')).toEqual([]);
  });

  it('leaves a place the head emptied as it is: only the places the absence frees are filled', async () => {
    const { ctx, version } = publishedDecember();
    // The head took Rossi off one duty (calendar edit unassign): short of its holder, not listed as uncovered.
    const emptied = version.duties.find((d) => d.magistrateId === 'rossi-mario' && d.from >= '2026-12-21')!;
    const edited: CalendarVersion = { ...version, duties: version.duties.filter((d) => d !== emptied) };
    const sick = absence('bianchi-luca', '2026-12-14', '2026-12-18');
    const after = buildCalendarContext(ctx.config, ctx.from, ctx.to, [sick]);
    const proposal = await replanCalendar(after, edited);
    const diff = diffVersions(edited.duties, toDuties(after, proposal.assignments));
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(diff.changes.every((c) => c.before === 'bianchi-luca')).toBe(true);
    expect(proposal.assignments.some((a) => a.slotId === `${emptied.serviceId}@${emptied.from}`)).toBe(false);
    expect(proposal.uncovered.some((u) => u.serviceId === emptied.serviceId && u.from === emptied.from)).toBe(false);
  });

  it('leaves the calendar alone when the absence touches no duty', async () => {
    const { ctx, version } = publishedDecember();
    const after = buildCalendarContext(ctx.config, ctx.from, ctx.to, [absence('verdi-anna', '2026-12-14', '2026-12-18')]);
    const proposal = await replanCalendar(after, version);
    expect(proposal.displaced).toEqual([]);
    expect(diffVersions(version.duties, toDuties(after, proposal.assignments)).changes).toEqual([]);
  });
});

describe('replanning a duty tied to another by a hard dependency', () => {
  /** December where the weekend turn goes to the week's reperibile (hard), in a weekly rotation. */
  function tiedDecember() {
    const office = smallOffice({ rules: [{ id: 'festivo-al-reperibile', type: 'dependency', service: 'festivo', then: 'reperibilita', offsetDays: 0 }] });
    office.services.find((s) => s.id === 'festivo')!.eligibility = { roles: ['sostituto'], groups: [], magistrates: [], exclude: [] };
    const ctx = decemberContext(office);
    const people = ['rossi-mario', 'bianchi-luca', 'russo-sara', 'greco-paolo'];
    const weekOf = (day: string) => ctx.slots.findIndex((s) => s.serviceId === 'reperibilita' && s.from <= day && day <= s.to);
    const assignments = ctx.slots.map((slot, i) => ({
      slotId: slot.id,
      magistrateId: slot.serviceId === 'reperibilita' || slot.serviceId === 'festivo' ? people[weekOf(slot.from) % 4]! : slot.serviceId === 'udienza' ? 'russo-sara' : people[i % 4]!,
    }));
    const version: CalendarVersion = {
      id: 'v1', officeId: 'prova', from: '2026-12-01', to: '2026-12-31', status: 'published', number: 1,
      createdAt: '2026-11-20T08:00:00Z', createdBy: 't', duties: toDuties(ctx, assignments), uncovered: [],
    };
    expect(checkRules(ctx, assignments).filter((v) => v.ruleId === 'festivo-al-reperibile')).toEqual([]);
    return { ctx, version };
  }

  it('moves the weekend turn with the reperibilità week when the reperibile is absent on a weekday only', async () => {
    const { ctx, version } = tiedDecember();
    const week = version.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-07')!;
    const after = buildCalendarContext(ctx.config, ctx.from, ctx.to, [absence(week.magistrateId, '2026-12-09', '2026-12-09')]);
    const proposal = await replanCalendar(after, version);
    const holder = (slotId: string) => proposal.assignments.find((a) => a.slotId === slotId)!.magistrateId;
    expect(holder('reperibilita@2026-12-07')).not.toBe(week.magistrateId);
    expect(holder('festivo@2026-12-12')).toBe(holder('reperibilita@2026-12-07'));
    expect(checkRules(after, proposal.assignments).filter((v) => v.level === 'hard')).toEqual([]);

    // A second absence while the proposal awaits approval: the replan starts from the proposal, whose moved weekend
    // turn has its reason (it followed the week), so the places it filled are kept.
    const proposed: CalendarVersion = { ...version, id: 'v2', number: 2, status: 'provisional', duties: toDuties(after, proposal.assignments) };
    const other = version.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-21')!;
    const later = buildCalendarContext(ctx.config, ctx.from, ctx.to, [absence(week.magistrateId, '2026-12-09', '2026-12-09'), absence(other.magistrateId, '2026-12-22', '2026-12-22')]);
    expect(replanBase(later, version, proposed)).toBe(proposed);
  });
});

describe('explanations', () => {
  it('says why a duty went to its magistrate: eligibility, availability, load against target, rules', () => {
    const { ctx, assignments } = publishedDecember();
    const duty = assignments.find((a) => a.slotId.startsWith('udienza@') && a.magistrateId === 'russo-sara') ?? assignments.find((a) => a.slotId.startsWith('udienza@'))!;
    const lines = explainDuty(ctx, assignments, duty);
    expect(lines[0]).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+: "Udienza monocratica" (il|l')/);
    expect(lines[1]).toBe('- Perché può svolgerlo: il servizio "Udienza monocratica" spetta a chi è sostituto procuratore.');
    expect(lines[2]).toMatch(/^- Disponibilità: capacità/);
    expect(lines[3]).toMatch(/^- Equità: nel periodo ha un carico di .* contro un obiettivo di .* in proporzione alla sua capacità/);
    expect(lines).toContain('- Regola inderogabile: Chi è di turno arrestati non può essere in udienza.');
    expect(lines.join('\n')).not.toContain('no-arrestati-udienza');
  });

  it('gives the same target as the fairness report when earlier periods are published', () => {
    const { ctx, assignments } = publishedDecember();
    // Rossi did many arrest duties before: his target this period is lower than his plain share.
    const history = { received: { 'rossi-mario': { arrestati: 20 } }, due: { 'rossi-mario': { arrestati: 8 }, 'bianchi-luca': { arrestati: 8 } } };
    const duty = assignments.find((a) => a.slotId.startsWith('arrestati@') && a.magistrateId === 'bianchi-luca')!;
    const row = fairnessReport(ctx, assignments, history).rows.find((r) => r.magistrateId === 'bianchi-luca' && r.kind === 'arrestati')!;
    const target = row.target.toLocaleString('it-IT', { maximumFractionDigits: 1 });
    const plain = fairnessReport(ctx, assignments).rows.find((r) => r.magistrateId === 'bianchi-luca' && r.kind === 'arrestati')!.target;
    expect(Math.abs(row.target - plain)).toBeGreaterThan(0.1);
    const equity = explainDuty(ctx, assignments, duty, history).find((l) => l.startsWith('- Equità'))!;
    expect(equity).toContain(`contro un obiettivo di ${target} (`);
    expect(equity).toContain('in proporzione alla sua capacità e a quanto ha svolto nei periodi già pubblicati');
  });

  it('tells a reduced capacity and the exemption behind it', () => {
    const { ctx, assignments } = publishedDecember();
    const duty = assignments.find((a) => a.magistrateId === 'russo-sara')!;
    expect(explainDuty(ctx, assignments, duty)[2]).toContain('capacità 60%');
  });

  it('speaks of the holder\'s own breaches only: no one else\'s missing minimum', () => {
    const rules = [{ id: 'udienze-al-mese', type: 'limit', service: 'udienza', per: 'month', softMin: 1, note: 'Almeno un\'udienza al mese.' }];
    const ctx = decemberContext(smallOffice({ rules }));
    const { assignments } = constructCalendar(ctx);
    // The month's minimum is checked on its first day: a duty on 1 December, whose holder then loses every hearing.
    const duty = assignments.find((a) => a.slotId === 'arrestati@2026-12-01')!;
    const holder = ctx.magistrates.get(duty.magistrateId)!;
    const without = assignments.filter((a) => !(a.magistrateId === holder.id && a.slotId.startsWith('udienza@')));
    const others = checkRules(ctx, without).filter((v) => v.ruleId === 'udienze-al-mese');
    expect(others.map((v) => v.magistrateIds)).toEqual([[holder.id]]);
    const warnings = explainDuty(ctx, without, duty).filter((l) => l.startsWith('- Attenzione'));
    expect(warnings).toEqual([`- Attenzione (regola raccomandata): ${holder.name} ${holder.surname} ha 0 turni di "Udienza monocratica" dal 1° al 31 dicembre 2026: il minimo raccomandato è 1.`]);
    // With their hearings back, nothing is missing: the others' are no business of this explanation.
    expect(explainDuty(ctx, assignments, duty).filter((l) => l.startsWith('- Attenzione'))).toEqual([]);
  });

  it('says why a slot is uncovered', () => {
    const { ctx } = publishedDecember();
    expect(explainUncovered(ctx, 'arrestati', '2026-12-24', '2026-12-24', 'tutti i magistrati che possono svolgerlo sono assenti o fuori servizio'))
      .toBe('"Turno arrestati" il 24 dicembre 2026 è scoperto: tutti i magistrati che possono svolgerlo sono assenti o fuori servizio.');
  });
});
