import { isCivilDay } from '../../../src/domain/civil-day.ts';
import { formatRangeIt, formatWeekdayDayIt } from '../../../src/domain/format-day-it.ts';
import type { Store } from '../../../src/ports.ts';
import { explainDuty, explainUncovered } from '../../../src/calendar/explain-duty.ts';
import { fairnessHistoryFrom } from '../../../src/calendar/fairness-history.ts';
import { explainFairnessReport, fairnessReport, formatFairnessReport } from '../../../src/calendar/fairness-report.ts';
import { nameOf, serviceName } from '../../../src/calendar/rules/holdings.ts';
import { latestVersion, periodsOverlapping } from '../../../src/calendar/versions/calendar-versions.ts';
import { toAssignments } from '../../../src/calendar/versions/duties.ts';
import { formatDutyChange } from '../../../src/calendar/versions/format-duty-change.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { editCalendar, type CalendarEdit, type Place } from '../../../src/calendar/versions/edit-calendar.ts';
import type { CalendarContext } from '../../../src/calendar/calendar-context.ts';
import { calendarContextFor, generateCalendar, withContinuations, type PeriodRequest } from '../../../src/use-cases/generate-calendar.ts';
import { proposeReplan } from '../../../src/use-cases/replan-calendar.ts';
import { resolveMagistrate } from '../../../src/use-cases/resolve-magistrate.ts';
import { parseCommandArgs, stringValue, type OptionSpec } from '../args.ts';
import { actorOf } from '../actor.ts';
import { writeLine, type CliIO, type Command, clockOf } from '../io.ts';
import { withStore } from '../store-access.ts';
import { usageError } from './office.ts';

const periodOptions: OptionSpec = { office: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' } };
const periodUsage = '--from AAAA-MM-GG --to AAAA-MM-GG [--office ID]';

interface PeriodInput {
  store: Store;
  positionals: string[];
  period: PeriodRequest;
  values: Record<string, unknown>;
  io: CliIO;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fail(io: CliIO, message: string): number {
  writeLine(io.stderr, message);
  return 1;
}

/** A calendar command on a period: parses the options, checks the period is given, opens the store. */
function periodCommand(spec: { name: string; summary: string; usage: string; options?: OptionSpec; run: (input: PeriodInput) => Promise<number> }): Command {
  return {
    path: ['calendar', spec.name],
    summary: spec.summary,
    usage: spec.usage,
    async run(args, io) {
      const parsed = parseCommandArgs(args, { ...periodOptions, ...spec.options });
      if (!parsed.ok) return usageError(parsed.error, spec.usage, io);
      const from = stringValue(parsed.values, 'from');
      const to = stringValue(parsed.values, 'to');
      if (!from || !to) return usageError('Indica il periodo con --from e --to.', spec.usage, io);
      const period = { officeId: stringValue(parsed.values, 'office'), from, to };
      return withStore(io, (store) => spec.run({ store, period, values: parsed.values, positionals: parsed.positionals, io }));
    },
  };
}

/** The office's context and the latest version of the period, or an Italian message. */
function currentCalendar(store: Store, period: PeriodRequest) {
  const state = store.snapshot();
  const found = calendarContextFor(state, period);
  if (!found.ok) return found;
  const version = latestVersion(state, { officeId: found.officeId, from: period.from, to: period.to });
  if (!version) {
    const near = periodsOverlapping(state, found.officeId, period.from, period.to);
    if (near.length === 0) return { ok: false as const, message: `Non c'è ancora un calendario ${formatRangeIt(period.from, period.to)}: generalo con "turnario calendar generate".` };
    // The days belong to calendars of other periods: name them, with the options that open each.
    const missing = `Non c'è un calendario per il periodo esatto ${formatRangeIt(period.from, period.to)}.`;
    if (near.length === 1) return { ok: false as const, message: `${missing} Questi giorni sono nel calendario ${formatRangeIt(near[0]!.from, near[0]!.to)}: indicalo con --from ${near[0]!.from} --to ${near[0]!.to}.` };
    const each = near.map((p) => `${formatRangeIt(p.from, p.to)} (--from ${p.from} --to ${p.to})`);
    return { ok: false as const, message: `${missing} Questi giorni sono nei calendari ${each.slice(0, -1).join(', ')} e ${each.at(-1)}: indica uno di questi periodi.` };
  }
  return { ...found, version };
}

const generate = periodCommand({
  name: 'generate',
  summary: 'genera il calendario provvisorio dei turni di un periodo',
  usage: `Uso: turnario calendar generate ${periodUsage} [--by NOME]\n\nDistribuisce i servizi del periodo tra i magistrati rispettando regole, assenze ed esoneri, e salva una nuova versione provvisoria.`,
  async run({ store, period, values, io }) {
    const result = await generateCalendar(store, clockOf(io), period, actorOf(values, io));
    if (!result.ok) return fail(io, result.message);
    // The summary, its uncovered places, then any warning that follows it in the message.
    const [summary, ...warnings] = result.message.split('\n');
    writeLine(io.stdout, summary!);
    for (const u of result.version.uncovered) writeLine(io.stdout, `  scoperto: "${serviceName(result.ctx, u.serviceId)}" ${formatRangeIt(u.from, u.to)} – ${u.reason}`);
    for (const line of warnings) writeLine(io.stdout, line);
    return 0;
  },
});

const show = periodCommand({
  name: 'show',
  summary: 'mostra l\'ultima versione del calendario di un periodo',
  usage: `Uso: turnario calendar show ${periodUsage} [--magistrate COGNOME|ID]`,
  options: { magistrate: { type: 'string' } },
  async run({ store, period, values, io }) {
    const current = currentCalendar(store, period);
    if (!current.ok) return fail(io, current.message);
    const { ctx, version } = current;
    let only: string | undefined;
    const query = stringValue(values, 'magistrate');
    if (query) {
      const who = resolveMagistrate(store.snapshot(), query, current.officeId);
      if (!who.ok) return fail(io, who.message);
      only = who.found.magistrate.id;
    }
    writeLine(io.stdout, `Calendario ${formatRangeIt(version.from, version.to)} – versione ${version.number}, ${version.status === 'published' ? 'pubblicato' : 'PROVVISORIO'}`);
    // Duties and uncovered places in one list, by day, each day written as the duties write it.
    const whenOf = (from: string, to: string) => (from === to ? formatWeekdayDayIt(from) : formatRangeIt(from, to));
    const rows = [
      ...version.duties.filter((d) => !only || d.magistrateId === only)
        .map((d) => ({ from: d.from, text: `  ${whenOf(d.from, d.to)}: ${serviceName(ctx, d.serviceId)} – ${nameOf(ctx, d.magistrateId)}${d.pinned ? ' (fissato)' : ''}` })),
      ...version.uncovered.map((u) => ({
        from: u.from,
        text: `  ${whenOf(u.from, u.to)}: ${serviceName(ctx, u.serviceId)} – SCOPERTO (${u.missing === 1 ? 'manca un magistrato' : `mancano ${u.missing} magistrati`}: ${u.reason})`,
      })),
    ];
    // A stable sort keeps the stored order of a day's duties; an uncovered place follows that day's duties.
    rows.sort((a, b) => a.from.localeCompare(b.from));
    for (const row of rows) writeLine(io.stdout, row.text);
    return 0;
  },
});

const publish = periodCommand({
  name: 'publish',
  summary: 'pubblica la versione provvisoria di un periodo (poi non è più modificabile)',
  usage: `Uso: turnario calendar publish ${periodUsage} [--by NOME]`,
  async run({ store, period, values, io }) {
    const found = calendarContextFor(store.snapshot(), period);
    if (!found.ok) return fail(io, found.message);
    const result = await publishCalendar(store, clockOf(io), { officeId: found.officeId, from: period.from, to: period.to }, actorOf(values, io));
    writeLine(result.ok ? io.stdout : io.stderr, result.message);
    if (result.ok && result.diff) for (const change of result.diff.changes) writeLine(io.stdout, formatDutyChange(found.ctx, change));
    return result.ok ? 0 : 1;
  },
});

const replan = periodCommand({
  name: 'replan',
  summary: 'propone come coprire i turni pubblicati toccati da nuove assenze',
  usage: `Uso: turnario calendar replan ${periodUsage} [--by NOME]\n\nSposta solo i turni che i titolari non possono più svolgere; la proposta è una versione provvisoria, che si accetta pubblicandola.`,
  async run({ store, period, values, io }) {
    const result = await proposeReplan(store, clockOf(io), period, actorOf(values, io));
    if (!result.ok) return fail(io, result.message);
    for (const line of result.lines) writeLine(io.stdout, line);
    return 0;
  },
});

const fairness = periodCommand({
  name: 'fairness',
  summary: 'carico di ciascun magistrato rispetto all\'obiettivo, per tipo di servizio',
  usage: `Uso: turnario calendar fairness ${periodUsage}\n\nL'obiettivo di ciascuno è proporzionale alla sua capacità effettiva nel periodo (esoneri, assenze, tempo parziale).`,
  async run({ store, period, io }) {
    const current = currentCalendar(store, period);
    if (!current.ok) return fail(io, current.message);
    const history = fairnessHistoryFrom(store.snapshot(), current.officeId, period.from);
    const { version } = current;
    writeLine(io.stdout, `Equità dei turni ${formatRangeIt(version.from, version.to)} – versione ${version.number}, ${version.status === 'published' ? 'pubblicato' : 'PROVVISORIO'}`);
    for (const line of explainFairnessReport(current.ctx, history)) writeLine(io.stdout, line);
    for (const line of formatFairnessReport(fairnessReport(current.ctx, toAssignments(current.version.duties), history))) writeLine(io.stdout, line);
    return 0;
  },
});

const explain = periodCommand({
  name: 'explain',
  summary: '"perché a me?": spiega un turno dell\'ultima versione del calendario',
  usage: `Uso: turnario calendar explain ${periodUsage} --day AAAA-MM-GG [--magistrate COGNOME|ID]\n\nSpiega i turni del magistrato che comprendono quel giorno; senza --magistrate, perché i posti scoperti di quel giorno restano scoperti.`,
  options: { magistrate: { type: 'string' }, day: { type: 'string' } },
  async run({ store, period, values, io }) {
    const query = stringValue(values, 'magistrate');
    const day = stringValue(values, 'day');
    if (!day) return fail(io, 'Indica il giorno (--day) e, per spiegare un turno, il magistrato (--magistrate).');
    if (!isCivilDay(day)) return fail(io, `Il giorno "${day}" non è valido: scrivilo come AAAA-MM-GG.`);
    const current = currentCalendar(store, period);
    if (!current.ok) return fail(io, current.message);
    const onDay = formatRangeIt(day, day);
    if (day < period.from || day > period.to) return fail(io, `${capitalize(onDay)} è fuori dal periodo del calendario (${formatRangeIt(period.from, period.to)}).`);
    if (!query) {
      const open = current.version.uncovered.filter((u) => u.from <= day && day <= u.to);
      if (open.length === 0) writeLine(io.stdout, `${capitalize(onDay)} non ci sono posti scoperti in questa versione del calendario: per spiegare un turno indica il magistrato con --magistrate.`);
      for (const u of open) writeLine(io.stdout, explainUncovered(current.ctx, u.serviceId, u.from, u.to, u.reason));
      return 0;
    }
    const who = resolveMagistrate(store.snapshot(), query, current.officeId);
    if (!who.ok) return fail(io, who.message);
    const assignments = toAssignments(current.version.duties);
    const mine = assignments.filter((a) => {
      const slot = current.ctx.slotById.get(a.slotId);
      return a.magistrateId === who.found.magistrate.id && slot !== undefined && slot.from <= day && day <= slot.to;
    });
    if (mine.length === 0) {
      writeLine(io.stdout, `${nameOf(current.ctx, who.found.magistrate.id)} non ha turni ${formatRangeIt(day, day)} in questa versione del calendario.`);
      return 0;
    }
    const history = fairnessHistoryFrom(store.snapshot(), current.officeId, period.from);
    // With the published calendars next door: a duty may continue a block begun there.
    const ctx = withContinuations(store.snapshot(), current.officeId, current.ctx);
    for (const duty of mine) for (const line of explainDuty(ctx, assignments, duty, history)) writeLine(io.stdout, line);
    return 0;
  },
});

const editActions = ['assign', 'unassign', 'reassign', 'swap', 'pin', 'unpin'] as const;

/** The slot of a service that includes a day, or an Italian message. */
function slotAt(ctx: CalendarContext, serviceId: string | undefined, day: string | undefined): { ok: true; slotId: string } | { ok: false; message: string } {
  if (!serviceId || !day) return { ok: false, message: 'Indica il servizio (--service) e il giorno (--day).' };
  if (!ctx.services.has(serviceId)) return { ok: false, message: `Il servizio "${serviceId}" non esiste. Servizi: ${[...ctx.services.keys()].join(', ')}.` };
  if (!isCivilDay(day)) return { ok: false, message: `Il giorno "${day}" non è valido: scrivilo come AAAA-MM-GG.` };
  const slot = ctx.slots.find((s) => s.serviceId === serviceId && s.from <= day && day <= s.to);
  return slot ? { ok: true, slotId: slot.id } : { ok: false, message: `Il servizio "${serviceName(ctx, serviceId)}" non ha turni ${formatRangeIt(day, day)} nel periodo.` };
}

const edit = periodCommand({
  name: 'edit',
  summary: 'modifica la versione provvisoria: assegna, togli, passa, scambia, fissa un turno (con motivo)',
  usage: [
    `Uso: turnario calendar edit AZIONE ${periodUsage} --service ID --day AAAA-MM-GG --magistrate COGNOME|ID --reason TESTO [--by NOME]`,
    '',
    'AZIONE:',
    '  assign    assegna il turno del giorno a --magistrate',
    '  unassign  toglie il turno a --magistrate (il posto resta scoperto)',
    '  reassign  passa il turno di --magistrate a --to-magistrate',
    '  swap      scambia il turno di --magistrate con quello di --magistrate2 (--service2, --day2)',
    '  pin|unpin fissa o libera il turno, che rigenerazioni e ripianificazioni non spostano',
    '',
    'La modifica crea una nuova versione provvisoria; le regole violate sono elencate come avvisi.',
  ].join('\n'),
  options: { service: { type: 'string' }, day: { type: 'string' }, magistrate: { type: 'string' }, 'to-magistrate': { type: 'string' }, service2: { type: 'string' }, day2: { type: 'string' }, magistrate2: { type: 'string' }, reason: { type: 'string' } },
  async run({ store, period, values, io, positionals }) {
    const action = positionals[0];
    if (!action || !(editActions as readonly string[]).includes(action)) return fail(io, `Indica l'azione: ${editActions.join(', ')} (per esempio "turnario calendar edit reassign …").`);
    const current = currentCalendar(store, period);
    if (!current.ok) return fail(io, current.message);
    // With the published calendars next door, so that splitting a week cut by the edge is warned.
    const ctx = withContinuations(store.snapshot(), current.officeId, current.ctx);
    const person = (name: string) => {
      const query = stringValue(values, name);
      if (!query) return { ok: false as const, message: `Indica il magistrato con --${name}.` };
      const who = resolveMagistrate(store.snapshot(), query, current.officeId);
      return who.ok ? { ok: true as const, id: who.found.magistrate.id } : who;
    };
    const slot = slotAt(ctx, stringValue(values, 'service'), stringValue(values, 'day'));
    if (!slot.ok) return fail(io, slot.message);
    const first = person('magistrate');
    if (!first.ok) return fail(io, first.message);
    const place: Place = { slotId: slot.slotId, magistrateId: first.id };
    let change: CalendarEdit;
    if (action === 'assign') change = { kind: 'assign', slotId: slot.slotId, magistrateId: first.id };
    else if (action === 'unassign') change = { kind: 'unassign', place };
    else if (action === 'pin' || action === 'unpin') change = { kind: 'pin', place, pinned: action === 'pin' };
    else if (action === 'reassign') {
      const to = person('to-magistrate');
      if (!to.ok) return fail(io, to.message);
      change = { kind: 'reassign', place, magistrateId: to.id };
    } else {
      const second = person('magistrate2');
      if (!second.ok) return fail(io, second.message);
      const slot2 = slotAt(ctx, stringValue(values, 'service2') ?? stringValue(values, 'service'), stringValue(values, 'day2'));
      if (!slot2.ok) return fail(io, slot2.message.replace('--service', '--service2').replace('--day)', '--day2)'));
      change = { kind: 'swap', first: place, second: { slotId: slot2.slotId, magistrateId: second.id } };
    }
    const result = await editCalendar(store, clockOf(io), ctx, { officeId: current.officeId, from: period.from, to: period.to }, change, stringValue(values, 'reason') ?? '', actorOf(values, io));
    if (!result.ok) return fail(io, result.message);
    writeLine(io.stdout, result.message);
    return 0;
  },
});

export const calendarCommands: Command[] = [generate, show, edit, publish, replan, fairness, explain];
