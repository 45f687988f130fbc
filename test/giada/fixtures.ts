import { giadaSetupSchema, type GiadaSetup, type HearingRequest } from '../../src/domain/giada.ts';
import { GiadaEngine } from '../../src/giada/engine.ts';
import { hashRecord, type LedgerRecord } from '../../src/giada/ledger-record.ts';
import { FixedClock, MemoryNotifier, MemoryStore, type Store } from '../../src/ports.ts';

type Caps = { capacity: number; directSummonsCap: number; urgentExtra: number };

export interface JudgeSpec {
  id: string;
  capacity?: number;
  collegial?: number;
  sections?: string[];
  /** ISO weekdays of the judge's hearings (default every working day). */
  weekdays?: number[];
  caps?: Caps;
  /** Declared gender (default "M", as the explanations' tests read "il giudice Giudice G1"); null: not declared. */
  gender?: 'F' | 'M' | null;
}

export interface SetupSpec {
  judges?: JudgeSpec[];
  panels?: { id: string; members: string[]; section?: string; weekdays?: number[]; caps?: Caps }[];
  window?: { minDays: number; maxDays: number };
  statutoryTerms?: { requestType: HearingRequest['type']; minDays: number; source: string }[];
  mode?: 'rotation' | 'draw';
  from?: string;
  to?: string;
  absences?: { magistrateId: string; type: string; from: string; to: string }[];
  tolerance?: number;
}

const types = ['citazione_diretta', 'rinvio_a_giudizio', 'giudizio_immediato', 'opposizione_decreto_penale'] as const;

/** A small tribunal: sections s1 and s2, matters "comune" (spread) and "pa" (s2 only), classes I 0–2, II 3–6, III 7+. */
export function makeSetup(spec: SetupSpec = {}): GiadaSetup {
  const judges = spec.judges ?? [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }];
  const panels = spec.panels ?? [];
  const window = spec.window ?? { minDays: 10, maxDays: 200 };
  const from = spec.from ?? '2027-01-01';
  const to = spec.to ?? '2028-12-31';
  const defaultCaps = { capacity: 10, directSummonsCap: 6, urgentExtra: 2 };
  return giadaSetupSchema.parse({
    officeId: 'tribunale-prova', officeName: 'Tribunale di prova', city: 'Napoli', patronSaintDay: '09-19',
    magistrates: judges.map((j) => ({ id: j.id, name: 'Giudice', surname: j.id.toUpperCase(), ...(j.gender === null ? {} : { gender: j.gender ?? 'M' }) })),
    absences: spec.absences ?? [],
    giada: {
      sections: [{ id: 's1', name: 'I sezione' }, { id: 's2', name: 'II sezione' }],
      subjectMatters: [
        { id: 'comune', name: 'Reati comuni', specialised: false, sectionIds: [] },
        { id: 'pa', name: 'Pubblica amministrazione', specialised: true, sectionIds: ['s2'] },
      ],
      judges: judges.map((j) => ({
        magistrateId: j.id,
        sections: (j.sections ?? ['s1']).map((s, _i, all) => ({ sectionId: s, percent: 100 / all.length })),
        monocraticCapacity: j.capacity ?? 100,
        collegialCapacity: j.collegial ?? 100,
      })),
      panels: panels.map((p) => ({ id: p.id, name: `Collegio ${p.id}`, sectionId: p.section ?? 's1', memberIds: p.members })),
      collegialOffences: ['416 c.p.', '416-bis'],
      weightScoring: { perFreeDefendant: 1, perDetainedDefendant: 2, perCharge: 1, listedOffences: [{ codePrefix: '416-bis', label: 'associazione di tipo mafioso', points: 6 }] },
      weightClasses: [{ id: 'I', name: 'I classe', min: 0, max: 2 }, { id: 'II', name: 'II classe', min: 3, max: 6 }, { id: 'III', name: 'III classe', min: 7 }],
      fixingWindows: types.flatMap((t) => [{ requestType: t, urgent: false, ...window }, { requestType: t, urgent: true, minDays: 1, maxDays: window.maxDays }]),
      statutoryTerms: spec.statutoryTerms ?? [],
      hearingPatterns: [
        ...judges.map((j) => ({ judgeId: j.id, weekdays: j.weekdays ?? [1, 2, 3, 4, 5], from, to, caps: j.caps ?? defaultCaps })),
        ...panels.map((p) => ({ panelId: p.id, weekdays: p.weekdays ?? [3], from, to, caps: p.caps ?? { capacity: 6, directSummonsCap: 0, urgentExtra: 1 } })),
      ],
      mode: spec.mode ?? 'rotation',
      balanceTolerancePercent: spec.tolerance ?? 10,
    },
  });
}

let counter = 0;

/** A request; by default a citazione diretta from the PM, one free defendant, one ordinary charge (weight 2, class I). */
export function makeRequest(overrides: Partial<HearingRequest> = {}): HearingRequest {
  counter += 1;
  const type = overrides.type ?? 'citazione_diretta';
  return {
    id: `R${counter}`,
    type,
    requestedOn: '2027-01-15',
    defendants: [{ detained: false }],
    charges: [{ code: '624 c.p.' }],
    subjectMatter: 'comune',
    urgent: false,
    requestedBy: { profile: type === 'citazione_diretta' ? 'pm' : 'gip', userId: 'u1' },
    ...overrides,
  };
}

export const dibattimento = { profile: 'dibattimento' as const, userId: 'cancelliere' };

export async function openEngine(setup: GiadaSetup, store: Store = new MemoryStore(), now = '2027-01-15T08:00:00Z') {
  const notifier = new MemoryNotifier();
  const clock = new FixedClock(new Date(now));
  let n = 0;
  const engine = await GiadaEngine.open({ store, clock, notifier, setup, newSeed: () => `seme-${++n}` });
  return { engine, store, notifier, clock };
}

/** Assigns and returns the interchange line; fails the test when the engine refuses. */
export async function assign(engine: GiadaEngine, request: HearingRequest) {
  const outcome = await engine.request(request);
  if (!outcome.ok || !outcome.assignment) throw new Error(`rifiutata: ${outcome.message}`);
  return outcome.assignment;
}

/** Re-chains the ledger from record `from` on (after a test edits a record), as a forger would. */
export function resealFrom(lines: readonly unknown[], from: number): void {
  const records = lines as LedgerRecord[];
  let prevHash = records[from - 1]!.hash;
  for (const line of records.slice(from)) {
    line.prevHash = prevHash;
    line.hash = hashRecord(line);
    prevHash = line.hash;
  }
}
