import type { GiadaConfig, HearingRequest } from '../domain/giada.ts';

export type FixingWindow = GiadaConfig['fixingWindows'][number];

/** True when at least one defendant is detained. */
export function hasDetainedDefendant(request: Pick<HearingRequest, 'defendants'>): boolean {
  return request.defendants.some((d) => d.detained);
}

/**
 * The fixing window ("range di fissazione") for a request: same type and urgency, and, among those,
 * the one for its detention status before one that does not distinguish. An urgent request with no urgent
 * window falls back to the ordinary ones. Null when nothing is configured for the type.
 */
export function selectFixingWindow(request: Pick<HearingRequest, 'type' | 'urgent' | 'defendants'>, windows: readonly FixingWindow[]): FixingWindow | null {
  const detained = hasDetainedDefendant(request);
  const pick = (urgent: boolean): FixingWindow | null => {
    const sameKind = windows.filter((w) => w.requestType === request.type && w.urgent === urgent);
    return sameKind.find((w) => w.detained === detained) ?? sameKind.find((w) => w.detained === undefined) ?? null;
  };
  return (request.urgent ? pick(true) : null) ?? pick(false);
}
