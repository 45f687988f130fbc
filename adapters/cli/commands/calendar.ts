import { formatRangeIt, formatWeekdayDayIt } from '../../../src/domain/format-day-it.ts';
import { systemClock } from '../../../src/ports.ts';
import { fairnessReport, formatFairnessReport } from '../../../src/calendar/fairness-report.ts';
import { nameOf, serviceName } from '../../../src/calendar/rules/holdings.ts';
import { latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { toAssignments } from '../../../src/calendar/versions/duties.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { calendarContextFor, generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { proposeReplan } from '../../../src/use-cases/replan-calendar.ts';
import { explainDuty } from '../../../src/calendar/explain-duty.ts';
import { resolveMagistrate } from '../../../src/use-cases/resolve-magistrate.ts';
import { parseCommandArgs, stringValue, type OptionSpec } from '../args.ts';
import { actorOf } from '../actor.ts';
import { writeLine, type CliIO, type Command } from '../io.ts';
import { withStore } from '../store-access.ts';
import { usageError } from './office.ts';

const periodOptions: OptionSpec = { office: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' } };

function periodOf(values: Record<string, unknown>): { officeId?: string; from: string; to: string } | null {
  const from = stringValue(values, 'from');
  const to = stringValue(values, 'to');
  if (!from || !to) return null;
  return { officeId: stringValue(values, 'office'), from, to };
}

function fail(io: CliIO, message: string): number {
  writeLine(io.stderr, message);
  return 1;
}

const generate: Command = {
  path: ['calendar', 'generate'],
  summary: 'genera il calendario provvisorio dei turni di un periodo',
  usage: 'Uso: turnario calendar generate --from AAAA-MM-GG --to AAAA-MM-GG [--office ID] [--by NOME]\n\nDistribuisce i servizi del periodo tra i magistrati rispettando regole, assenze ed esoneri, e salva una nuova versione provvisoria.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, periodOptions);
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const period = periodOf(parsed.values);
    if (!period) return usageError('Indica il periodo con --from e --to.', this.usage, io);
    return withStore(io, async (store) => {
      const result = await generateCalendar(store, systemClock, period, actorOf(parsed.values, io));
      if (!result.ok) return fail(io, result.message);
      writeLine(io.stdout, result.message);
      for (const u of result.version.uncovered) writeLine(io.stdout, `  scoperto: "${serviceName(result.ctx, u.serviceId)}" ${formatRangeIt(u.from, u.to)} – ${u.reason}`);
      return 0;
    });
  },
};

const show: Command = {
  path: ['calendar', 'show'],
  summary: 'mostra l\'ultima versione del calendario di un periodo',
  usage: 'Uso: turnario calendar show --from AAAA-MM-GG --to AAAA-MM-GG [--office ID] [--magistrate COGNOME|ID]',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ...periodOptions, magistrate: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const period = periodOf(parsed.values);
    if (!period) return usageError('Indica il periodo con --from e --to.', this.usage, io);
    return withStore(io, async (store) => {
      const state = store.snapshot();
      const found = calendarContextFor(state, period);
      if (!found.ok) return fail(io, found.message);
      const version = latestVersion(state, { officeId: found.officeId, from: period.from, to: period.to });
      if (!version) return fail(io, `Non c'è ancora un calendario ${formatRangeIt(period.from, period.to)}: generalo con "turnario calendar generate".`);
      let only: string | undefined;
      const query = stringValue(parsed.values, 'magistrate');
      if (query) {
        const who = resolveMagistrate(state, query, found.officeId);
        if (!who.ok) return fail(io, who.message);
        only = who.found.magistrate.id;
      }
      const status = version.status === 'published' ? 'pubblicato' : 'PROVVISORIO';
      writeLine(io.stdout, `Calendario ${formatRangeIt(version.from, version.to)} – versione ${version.number}, ${status}`);
      for (const d of version.duties) {
        if (only && d.magistrateId !== only) continue;
        const when = d.from === d.to ? formatWeekdayDayIt(d.from) : formatRangeIt(d.from, d.to);
        writeLine(io.stdout, `  ${when}: ${serviceName(found.ctx, d.serviceId)} – ${nameOf(found.ctx, d.magistrateId)}${d.pinned ? ' (fissato)' : ''}`);
      }
      for (const u of version.uncovered) writeLine(io.stdout, `  SCOPERTO ${formatRangeIt(u.from, u.to)}: ${serviceName(found.ctx, u.serviceId)} – ${u.reason}`);
      return 0;
    });
  },
};

const publish: Command = {
  path: ['calendar', 'publish'],
  summary: 'pubblica la versione provvisoria di un periodo (poi non è più modificabile)',
  usage: 'Uso: turnario calendar publish --from AAAA-MM-GG --to AAAA-MM-GG [--office ID] [--by NOME]',
  async run(args, io) {
    const parsed = parseCommandArgs(args, periodOptions);
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const period = periodOf(parsed.values);
    if (!period) return usageError('Indica il periodo con --from e --to.', this.usage, io);
    return withStore(io, async (store) => {
      const found = calendarContextFor(store.snapshot(), period);
      if (!found.ok) return fail(io, found.message);
      const result = await publishCalendar(store, systemClock, { officeId: found.officeId, from: period.from, to: period.to }, actorOf(parsed.values, io));
      writeLine(result.ok ? io.stdout : io.stderr, result.message);
      return result.ok ? 0 : 1;
    });
  },
};

const fairness: Command = {
  path: ['calendar', 'fairness'],
  summary: 'carico di ciascun magistrato rispetto all\'obiettivo, per tipo di servizio',
  usage: 'Uso: turnario calendar fairness --from AAAA-MM-GG --to AAAA-MM-GG [--office ID]\n\nL\'obiettivo di ciascuno è proporzionale alla sua capacità effettiva nel periodo (esoneri, assenze, tempo parziale).',
  async run(args, io) {
    const parsed = parseCommandArgs(args, periodOptions);
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const period = periodOf(parsed.values);
    if (!period) return usageError('Indica il periodo con --from e --to.', this.usage, io);
    return withStore(io, async (store) => {
      const state = store.snapshot();
      const found = calendarContextFor(state, period);
      if (!found.ok) return fail(io, found.message);
      const version = latestVersion(state, { officeId: found.officeId, from: period.from, to: period.to });
      if (!version) return fail(io, `Non c'è ancora un calendario ${formatRangeIt(period.from, period.to)}.`);
      for (const line of formatFairnessReport(fairnessReport(found.ctx, toAssignments(version.duties)))) writeLine(io.stdout, line);
      return 0;
    });
  },
};

const replan: Command = {
  path: ['calendar', 'replan'],
  summary: 'propone come coprire i turni pubblicati toccati da nuove assenze',
  usage: 'Uso: turnario calendar replan --from AAAA-MM-GG --to AAAA-MM-GG [--office ID] [--by NOME]\n\nSposta solo i turni che i titolari non possono più svolgere; la proposta è una versione provvisoria, che si accetta pubblicandola.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, periodOptions);
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const period = periodOf(parsed.values);
    if (!period) return usageError('Indica il periodo con --from e --to.', this.usage, io);
    return withStore(io, async (store) => {
      const result = await proposeReplan(store, systemClock, period, actorOf(parsed.values, io));
      if (!result.ok) return fail(io, result.message);
      for (const line of result.lines) writeLine(io.stdout, line);
      return 0;
    });
  },
};

const explain: Command = {
  path: ['calendar', 'explain'],
  summary: '"perché a me?": spiega un turno dell\'ultima versione del calendario',
  usage: 'Uso: turnario calendar explain --from AAAA-MM-GG --to AAAA-MM-GG --magistrate COGNOME|ID --day AAAA-MM-GG [--office ID]\n\nSpiega i turni del magistrato che comprendono quel giorno.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ...periodOptions, magistrate: { type: 'string' }, day: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const period = periodOf(parsed.values);
    const query = stringValue(parsed.values, 'magistrate');
    const day = stringValue(parsed.values, 'day');
    if (!period || !query || !day) return usageError('Indica periodo (--from, --to), magistrato (--magistrate) e giorno (--day).', this.usage, io);
    return withStore(io, async (store) => {
      const state = store.snapshot();
      const found = calendarContextFor(state, period);
      if (!found.ok) return fail(io, found.message);
      const version = latestVersion(state, { officeId: found.officeId, from: period.from, to: period.to });
      if (!version) return fail(io, `Non c'è ancora un calendario ${formatRangeIt(period.from, period.to)}.`);
      const who = resolveMagistrate(state, query, found.officeId);
      if (!who.ok) return fail(io, who.message);
      const assignments = toAssignments(version.duties);
      const mine = assignments.filter((a) => a.magistrateId === who.found.magistrate.id && found.ctx.slotById.get(a.slotId)!.from <= day && day <= found.ctx.slotById.get(a.slotId)!.to);
      if (mine.length === 0) {
        writeLine(io.stdout, `${nameOf(found.ctx, who.found.magistrate.id)} non ha turni ${formatRangeIt(day, day)} in questa versione del calendario.`);
        return 0;
      }
      for (const duty of mine) for (const line of explainDuty(found.ctx, assignments, duty)) writeLine(io.stdout, line);
      return 0;
    });
  },
};

export const calendarCommands: Command[] = [generate, show, publish, replan, fairness, explain];
