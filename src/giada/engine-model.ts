import { byGender, type Gender } from '../domain/gender.ts';
import type { GiadaConfig, GiadaSetup, HearingRequest } from '../domain/giada.ts';
import { toName } from '../domain/italian-preposition.ts';
import { listCandidates, type Candidate } from './candidates.ts';
import { HearingTable } from './hearing-table.ts';
import type { SlotKind } from './hearing-slots.ts';
import { LegalDays } from './legal-days.ts';
import { Queues } from './queues.ts';
import { genderOf, nameOf } from './setup.ts';
import { Unavailability } from './unavailability.ts';

/** What never changes while a setup is in force: candidates, hearings, the legal calendar. */
export interface EngineModel {
  setup: GiadaSetup;
  config: GiadaConfig;
  candidates: Candidate[];
  /** By `judge:<id>` and `panel:<id>`. */
  byKey: Map<string, Candidate>;
  table: HearingTable;
  legal: LegalDays;
  names: (id: string) => string;
}

/** One proceeding as the engine knows it. */
export interface CaseEntry {
  request: HearingRequest;
  weight: number;
  classIndex: number;
  direct: boolean;
  status: 'assigned' | 'manual' | 'cancelled' | 'joined';
  /** Candidate index, or −1. */
  candidate: number;
  /** Hearing index, or −1 (a backfill on a day without a configured hearing). */
  hearing: number;
  hearingDate: string | null;
  slot: SlotKind | null;
  /** Judges and panels that abstained or were reassigned away from: never chosen again for this case. */
  excluded: string[];
  /** Hash of the last ledger record about this case. */
  hash: string;
  /** Why the last automatic decision left the case to manual intervention (status `manual`). */
  manualReason?: string | null;
}

/** The engine's mutable state, derived entirely from the ledger. */
export interface EngineState {
  model: EngineModel;
  queues: Queues;
  cases: Map<string, CaseEntry>;
  /** Draws made per civil day (draw mode). */
  drawCounts: Map<string, number>;
  /** Published commitments per civil day, and the days already revealed. */
  commitments: Map<string, string>;
  revealed: Set<string>;
}

export function candidateKey(kind: 'judge' | 'panel', id: string): string {
  return `${kind}:${id}`;
}

export function buildEngineModel(setup: GiadaSetup): EngineModel {
  const config = setup.giada;
  const candidates = listCandidates(config);
  const legal = new LegalDays({ city: setup.city, patronSaintDay: setup.patronSaintDay });
  const names = (id: string) => nameOf(setup, id);
  const table = new HearingTable(config, candidates, legal, new Unavailability(setup), names);
  const byKey = new Map(candidates.map((c) => [candidateKey(c.kind, c.id), c]));
  return { setup, config, candidates, byKey, table, legal, names };
}

export function createEngineState(model: EngineModel): EngineState {
  const queues = new Queues(
    model.candidates.length, model.config.weightClasses.length, model.candidates.map((c) => c.capacity), model.candidates.map((c) => (c.kind === 'panel' ? 1 : 0)),
    model.config.subjectMatters.length,
  );
  return { model, queues, cases: new Map(), drawCounts: new Map(), commitments: new Map(), revealed: new Set() };
}

/**
 * "la giudice Marta Leone", "il giudice Giorgio Ferrari" by the gender the office declared, the name alone when it declared
 * none ("Marta Leone"); "il collegio I sezione penale – collegio A". With `preposition` "a", joined to it: "alla giudice …",
 * "al giudice …", "a Marta Leone" ("ad Antonio Grasso"), "al collegio …".
 */
export function describeCandidate(model: EngineModel, c: Pick<Candidate, 'kind' | 'id'>, preposition?: 'a'): string {
  if (c.kind === 'judge') {
    const name = model.names(c.id);
    return byGender(genderOf(model.setup, c.id), {
      F: `${preposition ? 'alla' : 'la'} giudice ${name}`,
      M: `${preposition ? 'al' : 'il'} giudice ${name}`,
      unknown: preposition ? toName(name) : name,
    });
  }
  const panel = model.config.panels.find((p) => p.id === c.id);
  return `${preposition ? 'al' : 'il'} collegio ${panel ? panel.name : c.id}`;
}

/** The gender words about a candidate agree with: a judge's as declared (undefined when not), a panel's masculine ("il collegio"). */
export function candidateGender(model: EngineModel, c: Pick<Candidate, 'kind' | 'id'>): Gender | undefined {
  return c.kind === 'panel' ? 'M' : genderOf(model.setup, c.id);
}
