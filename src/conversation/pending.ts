import { z } from 'zod';
import type { Clock, Store } from '../ports.ts';
import { nextId } from '../use-cases/next-id.ts';

/**
 * A pending interaction: a question turnario asked and is waiting for (confirm an absence, accept a
 * swap, approve a replan, publish). It lives in the store (`conversations`), so a restart loses
 * nothing, and it is answered at most once.
 */
export const pendingKinds = ['absence_declare', 'absence_cancel', 'swap', 'swap_approval', 'replan_approval', 'publish'] as const;
export type PendingKind = (typeof pendingKinds)[number];

export const pendingSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(pendingKinds),
  officeId: z.string().min(1),
  /** Who started it. */
  createdBy: z.string().min(1),
  /** Who may answer it (person ids). */
  answerers: z.array(z.string().min(1)),
  createdAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(['open', 'done', 'cancelled', 'declined', 'expired']),
  /** What the interaction is about, shaped by its kind. */
  payload: z.record(z.string(), z.unknown()),
  /** How it ended, in Italian, for the message that shows it. */
  outcome: z.string().optional(),
});
export type Pending = z.infer<typeof pendingSchema>;

const lifetimes: Record<PendingKind, number> = {
  absence_declare: 24, absence_cancel: 24, swap: 7 * 24, swap_approval: 7 * 24, replan_approval: 7 * 24, publish: 7 * 24,
};

export async function openPending(
  store: Store, clock: Clock, input: Pick<Pending, 'kind' | 'officeId' | 'createdBy' | 'answerers' | 'payload'>,
): Promise<Pending> {
  const now = clock.now();
  return store.update((draft) => {
    const id = nextId(draft, 'pending', 'p');
    const pending: Pending = {
      ...input, id, createdAt: now.toISOString(), status: 'open',
      expiresAt: new Date(now.getTime() + lifetimes[input.kind] * 3_600_000).toISOString(),
    };
    draft.conversations[id] = pending;
    return pending;
  });
}

/** The pending interaction with that id, or null when unknown or malformed. */
export function readPending(conversations: Readonly<Record<string, unknown>>, id: string): Pending | null {
  const parsed = pendingSchema.safeParse(conversations[id]);
  return parsed.success ? parsed.data : null;
}

export type Claim = { ok: true; pending: Pending } | { ok: false; message: string };

/**
 * Claims an open interaction for an answer, atomically: of two clicks on the same button (or a
 * platform's retry) only one wins. The winner then acts and records how it went with `settlePending`.
 * `asHead`: the one answering acts as head of office today and the interaction is the head's to decide, so the head
 * it was first sent to (who may have left the office since) is not required.
 */
export async function claimPending(store: Store, clock: Clock, id: string, personId: string, status: Pending['status'], outcome: string, asHead = false): Promise<Claim> {
  const now = clock.now().toISOString();
  return store.update((draft): Claim => {
    const pending = readPending(draft.conversations, id);
    if (!pending) return { ok: false, message: 'Non trovo più questa richiesta: forse è stata annullata. Ripeti la domanda, se serve.' };
    if (!asHead && !pending.answerers.includes(personId)) return { ok: false, message: 'Mi dispiace, questa scelta spetta a un\'altra persona.' };
    if (pending.status !== 'open') return { ok: false, message: `Questa richiesta è già stata chiusa: ${pending.outcome ?? 'nessuna azione'}.` };
    if (pending.expiresAt < now) {
      draft.conversations[id] = { ...pending, status: 'expired', outcome: 'scaduta senza risposta' };
      return { ok: false, message: 'Questa richiesta è scaduta: ripetila, se serve ancora.' };
    }
    const claimed: Pending = { ...pending, status, outcome };
    draft.conversations[id] = claimed;
    return { ok: true, pending: claimed };
  });
}

/** Records how a claimed interaction ended; `open` gives it back (the action could not be done). */
export async function settlePending(store: Store, id: string, status: Pending['status'], outcome: string, payload?: Record<string, unknown>): Promise<void> {
  await store.update((draft) => {
    const pending = readPending(draft.conversations, id);
    if (pending) draft.conversations[id] = { ...pending, status, outcome, payload: payload ?? pending.payload };
  });
}
