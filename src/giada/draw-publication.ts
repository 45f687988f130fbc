import { addDays, civilDayAt } from '../domain/civil-day.ts';
import { formatDayIt } from '../domain/format-day-it.ts';
import { dayWithArticle } from './day-with-article.ts';
import type { Clock, Notifier } from '../ports.ts';
import type { GiadaEngine } from './engine.ts';

export interface DrawPublication {
  /** False in rotation mode: nothing to publish, nothing sent. */
  drawMode: boolean;
  /** The days whose commitment is now in the ledger (today and tomorrow), with the commitment. */
  committed: { day: string; commitment: string }[];
  /** The days whose seed was revealed by this run. */
  revealed: string[];
  /** Committed days before today whose seed is lost: not revealed, their draws cannot be recomputed. */
  missing: string[];
}

/**
 * The daily job of the draw mode (schedule: every day at 00:05 Europe/Rome). It reveals, in the ledger,
 * the seed of every committed day before today (those days are over: anyone can now recompute their
 * draws); it writes the commitment of today, if not yet written, and of tomorrow, so that a day's
 * commitment is public before the day starts; and it announces both on the office's channel. Idempotent:
 * a second run the same day appends nothing and the announcement keeps the same key.
 */
export async function publishDrawDay(engine: GiadaEngine, clock: Clock, notifier: Notifier): Promise<DrawPublication> {
  const { model } = engine.state;
  if (model.config.mode !== 'draw') return { drawMode: false, committed: [], revealed: [], missing: [] };
  const today = civilDayAt(clock.now());
  const tomorrow = addDays(today, 1);
  const { revealed, missing } = await engine.revealThrough(addDays(today, -1));
  const committed = [];
  for (const day of [today, tomorrow]) committed.push({ day, commitment: await engine.publishCommitment(day) });
  const lines = [
    `GIADA, ${model.setup.officeName}: assegnazioni con estrazione a sorte verificabile.`,
    ...committed.map((c) => `Impegno ${dayWithArticle('del', c.day)} (impronta SHA-256 del seme): ${c.commitment}`),
    revealed.length > 0
      ? `Semi rivelati nel registro: ${revealed.map(formatDayIt).join(', ')}. Chiunque può ora ripetere le estrazioni di quei giorni (turnario giada verify).`
      : 'Nessun seme da rivelare oggi.',
    ...(missing.length > 0
      ? [missing.length === 1
        ? `Attenzione: il seme ${dayWithArticle('del', missing[0]!)} non è più nella cartella dei dati: non può essere rivelato e le estrazioni di quel giorno non si possono ripetere. Vi prego di avvisare l'assistenza tecnica.`
        : `Attenzione: i semi dei giorni ${missing.map(formatDayIt).join(', ')} non sono più nella cartella dei dati: non possono essere rivelati e le estrazioni di quei giorni non si possono ripetere. Vi prego di avvisare l'assistenza tecnica.`]
      : []),
  ];
  await notifier.send({ to: { kind: 'office', officeId: model.setup.officeId }, text: lines.join('\n'), key: `giada-draw:${model.setup.officeId}:${today}` });
  return { drawMode: true, committed, revealed, missing };
}
