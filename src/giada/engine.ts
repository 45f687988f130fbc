import { civilDayAt } from '../domain/civil-day.ts';
import { requestTypeLabels, type AssignmentRecord, type GiadaSetup, type HearingRequest } from '../domain/giada.ts';
import type { Clock, Notifier, Store } from '../ports.ts';
import { applyRecord } from './apply-record.ts';
import { canonicalJson } from './canonical-json.ts';
import { decideAssignment } from './decide-assignment.ts';
import { describeJoinder } from './describe-joinder.ts';
import type { AssignmentDecision, DrawSource } from './decision.ts';
import { commitSeed, drawPosition, generateSeed, MemorySeedVault, type SeedVault } from './draw.ts';
import type { EngineState } from './engine-model.ts';
import { toAssignmentRecord } from './interchange.ts';
import { GENESIS_HASH, sealRecord, type Actor, type LedgerBody, type LedgerRecord } from './ledger-record.ts';
import { parseLedger } from './ledger-read.ts';
import { planBackfill, planCancellation, planJoinder, planReassignment, type BackfillInput, type Plan, type ReassignInput } from './manual-actions.ts';
import { checkPermission, type GiadaAction } from './permissions.ts';
import { ProceedingIndex } from './proceeding-index.ts';
import { refuseRepeatedRequest } from './repeated-request.ts';
import { refuseStaleReassignDay, refuseStaleRequestDay } from './request-day.ts';
import { refuseUnknownMatter } from './request-matter.ts';
import { NewerRulesError, refuseNewerRules, withRulesVersion } from './rules-version.ts';

export interface GiadaEngineOptions {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  /** The setup in force: recorded in the ledger when it differs from the last one recorded. */
  setup: GiadaSetup;
  /** Who brought the setup in (null at first start); and why. */
  setupActor?: Actor | null;
  setupReason?: string;
  seeds?: SeedVault;
  newSeed?: () => string;
}

/** The result of an action: done (with its ledger record), or refused with an Italian message (also recorded). */
export type GiadaOutcome =
  | { ok: true; record: LedgerRecord; assignment: AssignmentRecord | null; message: string; notified: boolean }
  | { ok: false; message: string; record: LedgerRecord | null };

/**
 * The GIADA engine: decides, appends every decision to the hash-chained ledger (`Store.append`), then
 * applies it to the in-memory state, which is always what the ledger says. Actions run one at a time.
 */
export class GiadaEngine {
  #state: EngineState | null = null;
  #lastHash = GENESIS_HASH;
  #seq = 0;
  #tail: Promise<unknown> = Promise.resolve();
  #lastDurable: Promise<void> = Promise.resolve();
  #broken: Error | null = null;
  readonly #proceedings = new ProceedingIndex();
  readonly #seeds: SeedVault;
  readonly #newSeed: () => string;

  private constructor(private readonly options: GiadaEngineOptions) {
    this.#seeds = options.seeds ?? new MemorySeedVault();
    this.#newSeed = options.newSeed ?? generateSeed;
  }

  /** Opens the engine on the store's ledger: replays it, then records the setup if it changed. */
  static async open(options: GiadaEngineOptions): Promise<GiadaEngine> {
    const engine = new GiadaEngine(options);
    const records = parseLedger(await options.store.readLog('giada-ledger'));
    const newer = refuseNewerRules(records);
    if (newer) throw new NewerRulesError(newer);
    let lastSetup: GiadaSetup | null = null;
    for (const record of records) {
      engine.#absorb(record);
      if (record.kind === 'setup') lastSetup = record.setup;
    }
    if (!lastSetup || canonicalJson(lastSetup) !== canonicalJson(options.setup)) {
      await engine.#append({ kind: 'setup', actor: options.setupActor ?? null, reason: options.setupReason ?? (lastSetup ? 'configurazione aggiornata' : 'configurazione iniziale'), setup: options.setup });
      await engine.#lastDurable;
    }
    return engine;
  }

  get state(): EngineState {
    if (!this.#state) throw new Error('Motore GIADA senza configurazione.');
    return this.#state;
  }

  get lastHash(): string {
    return this.#lastHash;
  }

  /** A request from the PM or the GIP/GUP (the actor is `request.requestedBy`), dated by whoever files it. */
  request(request: HearingRequest): Promise<GiadaOutcome> {
    return this.#request(() => request);
  }

  /**
   * A request filed today (the chat form has no date field): dated on the civil day in Rome when the engine
   * takes it, the same reading of the clock its past-date check uses. A day taken earlier (when the chat turn
   * began) would be the day before for a request sent as midnight strikes, or queued behind others across
   * it, and the request would be refused as dated in the past.
   */
  requestToday(request: Omit<HearingRequest, 'requestedOn'>): Promise<GiadaOutcome> {
    return this.#request((today) => ({ ...request, requestedOn: today }));
  }

  #request(dated: (today: string) => HearingRequest): Promise<GiadaOutcome> {
    return this.#serial(async () => {
      const today = civilDayAt(this.options.clock.now());
      const request = dated(today);
      const actor = request.requestedBy;
      const refused = await this.#refuseUnless(actor, 'request', request.id, request.type);
      if (refused) return refused;
      // The same proceeding, however written ("77/2026", "n. 77/26 R.G.N.R."), is requested once unless cancelled.
      const repeated = refuseRepeatedRequest(this.state, request.id, this.#proceedings.sameAs(request.id));
      if (repeated) return this.#refuse(actor, 'request', request.id, repeated);
      const stale = refuseStaleRequestDay(request, today);
      if (stale) return this.#refuse(actor, 'request', request.id, stale);
      const unknownMatter = refuseUnknownMatter(request, this.state.model.config);
      if (unknownMatter) return this.#refuse(actor, 'request', request.id, unknownMatter);
      const draw = await this.#drawSource(request.requestedOn, request.id);
      const decision = decideAssignment(this.state, { request, on: request.requestedOn, excluded: [], draw });
      return this.#commitDecision({ kind: 'assignment', actor, request, decision }, decision);
    });
  }

  reassign(input: ReassignInput): Promise<GiadaOutcome> {
    return this.#serial(async () => {
      const refused = await this.#refuseUnless(input.actor, 'reassign', input.requestId);
      if (refused) return refused;
      const stale = refuseStaleReassignDay(input.on, civilDayAt(this.options.clock.now()));
      if (stale) return this.#refuse(input.actor, 'reassign', input.requestId, stale);
      const plan = planReassignment(this.state, input, await this.#drawSource(input.on, input.requestId));
      if (!plan.ok) return this.#refuse(input.actor, 'reassign', input.requestId, plan.message);
      return this.#commitDecision(plan.body, plan.body.kind === 'reassignment' ? plan.body.decision : null);
    });
  }

  cancel(requestId: string, reason: string, actor: Actor): Promise<GiadaOutcome> {
    return this.#manual(actor, 'cancel', requestId, () => planCancellation(this.state, requestId, reason, actor), `Assegnazione del processo ${requestId} annullata.`);
  }

  join(intoId: string, joinedIds: string[], reason: string, actor: Actor): Promise<GiadaOutcome> {
    return this.#manual(actor, 'join', intoId, () => planJoinder(this.state, intoId, joinedIds, reason, actor), (body) => describeJoinder(this.state.model.config, body));
  }

  backfill(input: BackfillInput): Promise<GiadaOutcome> {
    let what = 'Assegnazione del turno cartaceo registrata';
    const plan = () => {
      // Read when the action runs (after those queued before it): a case GIADA left to manual intervention is fixed by hand.
      if (this.state.cases.get(input.request.id)?.status === 'manual') what = 'Intervento manuale registrato';
      // The same number written another way is the proceeding already held, not a new one (the exact id is planBackfill's).
      const variants = this.#proceedings.sameAs(input.request.id).filter((id) => id !== input.request.id);
      const repeated = refuseRepeatedRequest(this.state, input.request.id, variants);
      if (repeated) return { ok: false as const, message: repeated };
      return planBackfill(this.state, input);
    };
    return this.#manual(input.actor, 'backfill', input.request.id, plan, (body) => `${what} per ${input.request.id}${body.kind === 'backfill' ? `: ${body.note}` : ''}.`);
  }

  /** A new configuration from the Dibattimento office, recorded with its reason. */
  configure(setup: GiadaSetup, reason: string, actor: Actor): Promise<GiadaOutcome> {
    return this.#manual(actor, 'configure', setup.officeId, () => ({ ok: true, body: { kind: 'setup', actor, reason, setup } }), 'Configurazione GIADA aggiornata.');
  }

  /** Publishes the commitment of `day`'s seed (draw mode), before the day starts. Idempotent. */
  publishCommitment(day: string): Promise<string> {
    return this.#serial(async () => this.#ensureCommitment(day));
  }

  /**
   * Reveals the seed of every committed day up to `day` included. Returns the days revealed, and the committed days
   * whose seed is no longer in the seed store (lost with the data folder): those stay unrevealed, and their draws
   * cannot be recomputed.
   */
  revealThrough(day: string): Promise<{ revealed: string[]; missing: string[] }> {
    return this.#serial(async () => this.#reveal((d) => d <= day));
  }

  async #ensureCommitment(day: string): Promise<string> {
    const known = this.state.commitments.get(day);
    if (known) return known;
    const seed = (await this.#seeds.get(day)) ?? this.#newSeed();
    await this.#seeds.put(day, seed);
    const commitment = commitSeed(seed);
    await this.#append({ kind: 'draw-commitment', day, commitment });
    return commitment;
  }

  async #reveal(due: (day: string) => boolean): Promise<{ revealed: string[]; missing: string[] }> {
    const days = [...this.state.commitments.keys()].filter((d) => due(d) && !this.state.revealed.has(d)).sort();
    const revealed: string[] = [];
    const missing: string[] = [];
    for (const day of days) {
      const seed = await this.#seeds.get(day);
      if (seed === undefined) { missing.push(day); continue; }
      await this.#append({ kind: 'draw-reveal', day, seed });
      revealed.push(day);
    }
    return { revealed, missing };
  }

  /** Draw mode: the draw of `day` (the previous days revealed first; a day already revealed draws on today's seed). */
  async #drawSource(requestDay: string, requestId: string): Promise<DrawSource | null> {
    if (this.state.model.config.mode !== 'draw') return null;
    const today = civilDayAt(this.options.clock.now());
    const day = this.state.revealed.has(requestDay) ? today : requestDay;
    await this.#reveal((d) => d < day && d < today);
    const commitment = await this.#ensureCommitment(day);
    const seed = (await this.#seeds.get(day)) ?? '';
    const drawNumber = this.state.drawCounts.get(day) ?? 0;
    return { day, commitment, drawNumber, choose: (pool) => drawPosition(seed, requestId, drawNumber, pool.length) };
  }

  async #manual(actor: Actor, action: GiadaAction, subject: string, plan: () => Plan, message: string | ((body: LedgerBody) => string)): Promise<GiadaOutcome> {
    return this.#serial(async () => {
      const refused = await this.#refuseUnless(actor, action, subject);
      if (refused) return refused;
      const planned = plan();
      if (!planned.ok) return this.#refuse(actor, action, subject, planned.message);
      const record = await this.#append(planned.body);
      return { ok: true, record, assignment: null, message: typeof message === 'string' ? message : message(planned.body), notified: false };
    });
  }

  async #commitDecision(body: LedgerBody, decision: AssignmentDecision | null): Promise<GiadaOutcome> {
    const record = await this.#append(body);
    if (!decision) return { ok: true, record, assignment: null, message: '', notified: false };
    const assignment = toAssignmentRecord(decision, record.hash);
    let notified = false;
    if (decision.status === 'manual') {
      const label = 'request' in body ? ` (${requestTypeLabels[body.request.type]})` : '';
      const what = body.kind === 'reassignment' ? 'riassegnare il' : 'fissare la prima udienza del';
      const text = `GIADA non ha potuto ${what} procedimento ${decision.requestId}${label}: ${decision.manualReason ?? ''} Serve un intervento manuale: fissati a mano giudice o collegio e data, si registrano con "turnario giada backfill --request ${decision.requestId}".`;
      await this.options.notifier.send({ to: { kind: 'office', officeId: this.state.model.setup.officeId }, text, key: `giada-manual:${record.hash}` });
      notified = true;
    }
    return { ok: true, record, assignment, message: decision.explanation, notified };
  }

  async #refuseUnless(actor: Actor, action: GiadaAction, subject: string, type?: HearingRequest['type']): Promise<GiadaOutcome | null> {
    const message = checkPermission(actor.profile, action, type);
    return message === null ? null : this.#refuse(actor, action, subject, message);
  }

  async #refuse(actor: Actor, action: string, subject: string, message: string): Promise<GiadaOutcome> {
    const record = await this.#append({ kind: 'refusal', actor, action, subject, message });
    return { ok: false, message, record };
  }

  /**
   * Seals the record, hands it to the store (which serialises it at once, in order) and applies it. The
   * next action may be decided while the line is being flushed, so concurrent callers share one flush
   * (group commit); each caller's promise resolves only once its own lines are durable (`#serial`). If a
   * write fails, the engine refuses every further action: a restart rebuilds the state from the ledger.
   */
  async #append(body: LedgerBody): Promise<LedgerRecord> {
    if (this.#broken) throw this.#broken;
    const record = sealRecord(withRulesVersion(body), this.#seq + 1, this.options.clock.now().toISOString(), this.#lastHash);
    const durable = this.options.store.append('giada-ledger', record);
    durable.catch((error: unknown) => {
      this.#broken ??= new Error(`Registro GIADA non scrivibile (${(error as Error).message}): riavviare, lo stato sarà ricostruito dal registro.`);
    });
    this.#lastDurable = durable;
    this.#absorb(record);
    return record;
  }

  #absorb(record: LedgerRecord): void {
    this.#state = applyRecord(this.#state, record);
    if ('request' in record) this.#proceedings.add(record.request.id);
    this.#lastHash = record.hash;
    this.#seq = record.seq;
  }

  /** Runs actions one at a time; resolves once the action's ledger lines are durable. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(async () => {
      const value = await work();
      return { value, durable: this.#lastDurable };
    });
    this.#tail = run.catch(() => undefined);
    return run.then(async ({ value, durable }) => {
      await durable;
      return value;
    });
  }
}
