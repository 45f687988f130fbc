import type { GiadaConfig } from '../domain/giada.ts';

type Judge = GiadaConfig['judges'][number];
type Panel = GiadaConfig['panels'][number];

/** How many panels each judge sits on. */
export function countPanelsPerJudge(panels: readonly Panel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const panel of panels) for (const member of panel.memberIds) counts.set(member, (counts.get(member) ?? 0) + 1);
  return counts;
}

/** One member's share in a panel's capacity: collegial capacity / number of panels the member sits on. */
export interface PanelShare {
  judgeId: string;
  collegialCapacity: number;
  panels: number;
  share: number;
}

/**
 * The capacity of a panel, in percent, as the seed defines it: the sum over its members of the
 * member's collegial capacity divided by the number of panels the member belongs to.
 */
export function computePanelCapacity(panel: Panel, judges: readonly Judge[], panels: readonly Panel[]): { capacity: number; shares: PanelShare[] } {
  const perJudge = countPanelsPerJudge(panels);
  const byId = new Map(judges.map((j) => [j.magistrateId, j]));
  const shares = panel.memberIds.map((judgeId): PanelShare => {
    const collegialCapacity = byId.get(judgeId)?.collegialCapacity ?? 0;
    const count = perJudge.get(judgeId) ?? 1;
    return { judgeId, collegialCapacity, panels: count, share: collegialCapacity / count };
  });
  const capacity = Math.round(shares.reduce((sum, s) => sum + s.share, 0) * 1e6) / 1e6;
  return { capacity, shares };
}
