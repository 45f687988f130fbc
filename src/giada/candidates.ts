import type { GiadaConfig } from '../domain/giada.ts';
import { computePanelCapacity } from './capacity.ts';

/** A judge (single-judge trials) or a panel (collegial trials) that can receive cases. */
export interface Candidate {
  /** Position in the engine's arrays: judges first, then panels. */
  index: number;
  kind: 'judge' | 'panel';
  id: string;
  /** Monocratic capacity of a judge, computed capacity of a panel; percent, 100 = full time. */
  capacity: number;
  sectionIds: string[];
  /** The magistrates whose absence blocks a hearing: the judge, or every member of the panel. */
  memberIds: string[];
}

/** Every judge and panel of the configuration, with its capacity, in a fixed order (the engine's indices). */
export function listCandidates(config: GiadaConfig): Candidate[] {
  const judges = config.judges.map((j, index): Candidate => ({
    index,
    kind: 'judge',
    id: j.magistrateId,
    capacity: j.monocraticCapacity,
    sectionIds: j.sections.filter((s) => s.percent > 0).map((s) => s.sectionId),
    memberIds: [j.magistrateId],
  }));
  const panels = config.panels.map((p, k): Candidate => ({
    index: judges.length + k,
    kind: 'panel',
    id: p.id,
    capacity: computePanelCapacity(p, config.judges, config.panels).capacity,
    sectionIds: [p.sectionId],
    memberIds: [...p.memberIds],
  }));
  return [...judges, ...panels];
}
