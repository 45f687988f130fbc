import { jobRunSchema, type JobName, type JobRecord, type JobRun } from '../src/domain/job-state.ts';
import type { Store } from '../src/ports.ts';
import { allJobs } from './all-jobs.ts';
import { formatInstantIt } from './wall-clock.ts';

export const jobLabels: Record<JobName, string> = {
  'calendar.generate': 'calendario provvisorio',
  'calendar.announce': 'annuncio di pubblicazione',
  'calendar.unpublished': 'avviso di calendario non pubblicato',
  'calendar.missing': 'avviso di calendario da generare',
  reminder: 'promemoria di turno',
  digest: 'riepilogo settimanale',
  'absence.follow-up': 'sollecito di ripianificazione',
  'giada.draw': 'impegno del sorteggio GIADA',
  'giada.balance': 'verifica dei carichi GIADA',
};

export const outcomeLabels: Record<JobRun['outcome'] | JobRecord['status'], string> = {
  sent: 'fatto',
  skipped: 'saltato',
  dropped: 'scartato',
  failed: 'non riuscito',
  retry: 'da ritentare',
  claimed: 'invio incerto',
};

/** One run as a line: "giovedì 3 dicembre 2026 alle 18:00 · promemoria di turno · fatto: …". */
export function formatRun(run: JobRun): string {
  return `${formatInstantIt(new Date(run.planned))} · ${jobLabels[run.job]} · ${outcomeLabels[run.outcome]}: ${run.detail}`;
}

/** Claims older than this without an outcome mean the process stopped between claim and record. */
const UNCERTAIN_AFTER_MS = 10 * 60_000;

/**
 * The state of the scheduled jobs as Italian lines, for `turnario jobs status` and the staff's chat
 * command: since when they run, the last tick, uncertain sends, the last runs and what comes next.
 */
export async function jobStatusLines(store: Store, now: Date, options: { lastRuns?: number; nextDays?: number } = {}): Promise<string[]> {
  const state = store.snapshot();
  const lines: string[] = [];
  if (!state.jobs.since) {
    lines.push('I job pianificati non sono ancora mai partiti su questo archivio.');
  } else {
    const last = state.jobs.lastTickAt ? `; l'ultimo controllo con qualcosa da fare è stato ${formatInstantIt(new Date(state.jobs.lastTickAt))}` : '';
    lines.push(`I job pianificati sono attivi da ${formatInstantIt(new Date(state.jobs.since))}${last}.`);
  }
  const uncertain = Object.entries(state.jobs.records)
    .filter(([, r]) => r.status === 'claimed' && now.getTime() - new Date(r.at).getTime() > UNCERTAIN_AFTER_MS);
  if (uncertain.length > 0) {
    lines.push('', `Invii incerti (${uncertain.length}): il processo si è fermato tra la registrazione e la conferma; non li ripeto, verifica se sono arrivati:`);
    for (const [key, r] of uncertain) lines.push(`  - ${formatInstantIt(new Date(r.planned))} · ${jobLabels[r.job]} · ${r.detail} [${key}]`);
  }
  const runs = (await store.readLog('job-runs')).flatMap((record) => {
    const parsed = jobRunSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
  const last = runs.slice(-(options.lastRuns ?? 15));
  lines.push('', runs.length === 0 ? 'Nessuna esecuzione registrata.' : `Ultime esecuzioni (${last.length} di ${runs.length}):`);
  for (const run of last) lines.push(`  - ${formatRun(run)}`);
  const horizon = new Date(now.getTime() + (options.nextDays ?? 7) * 86_400_000);
  const next = allJobs.flatMap((job) => job.due({ state, from: now, to: horizon, at: now }))
    .filter((item) => item.planned.getTime() > now.getTime())
    .sort((a, b) => a.planned.getTime() - b.planned.getTime());
  lines.push('', next.length === 0 ? `Nessun invio previsto nei prossimi ${options.nextDays ?? 7} giorni.` : `Prossimi invii (${Math.min(next.length, 10)} di ${next.length} nei prossimi ${options.nextDays ?? 7} giorni):`);
  for (const item of next.slice(0, 10)) lines.push(`  - ${formatInstantIt(item.planned)} · ${jobLabels[item.job]} · ${item.summary}`);
  return lines;
}
