/**
 * The caps of one hearing, exactly as the seed's worked example: capacity 10 (every case counts), of
 * which at most 6 direct summons, plus 2 urgent slots beyond the capacity: the ceiling that day is 12.
 *
 * - The direct-summons container (`directSummonsCap`) lies inside the capacity. Direct summons may only
 *   use the container. Other types first use the part of the capacity outside the container
 *   (capacity − directSummonsCap); the container is "riempito per ultimo con quello che arriva": the
 *   hearing search offers it to other types only after no hearing in their window has room outside it
 *   (`SlotPass.container`).
 * - The urgent slots (`urgentExtra`) are reserved beyond the capacity: only urgent requests use them,
 *   first, and they stay empty when no urgent case comes. An urgent case finding them full takes an
 *   ordinary slot like any other case; in the reserve, a direct summons does not use the container.
 */
export type SlotKind = 'urgent' | 'outside' | 'container';

/** First pass: every slot except another type's use of the container. Second pass: the container too. */
export type SlotPass = 'first' | 'container';

export interface HearingCaps {
  capacity: number;
  directSummonsCap: number;
  urgentExtra: number;
}

/** How many slots of each kind are taken. */
export interface HearingFill {
  urgent: number;
  outside: number;
  /** Direct summons in the container. */
  direct: number;
  /** Other types in the container. */
  otherInContainer: number;
}

export interface SlotCase {
  direct: boolean;
  urgent: boolean;
}

/** The slot a case would take in this hearing, or null when the hearing has no room for it. */
export function fitSlot(caps: HearingCaps, fill: HearingFill, item: SlotCase, pass: SlotPass): SlotKind | null {
  if (item.urgent && fill.urgent < caps.urgentExtra) return 'urgent';
  const containerFree = fill.direct + fill.otherInContainer < caps.directSummonsCap;
  if (item.direct) return containerFree ? 'container' : null;
  if (fill.outside < caps.capacity - caps.directSummonsCap) return 'outside';
  return pass === 'container' && containerFree ? 'container' : null;
}

/** The fill after taking (+1) or releasing (−1) one slot of `kind`. */
export function changeFill(fill: HearingFill, kind: SlotKind, direct: boolean, delta: 1 | -1): HearingFill {
  if (kind === 'urgent') return { ...fill, urgent: fill.urgent + delta };
  if (kind === 'outside') return { ...fill, outside: fill.outside + delta };
  return direct ? { ...fill, direct: fill.direct + delta } : { ...fill, otherInContainer: fill.otherInContainer + delta };
}

/** Cases within the capacity (every kind except the urgent reserve). */
export function countRegular(fill: HearingFill): number {
  return fill.outside + fill.direct + fill.otherInContainer;
}

/** The most cases the hearing can hold that day: capacity plus the urgent reserve. */
export function computeCeiling(caps: HearingCaps): number {
  return caps.capacity + caps.urgentExtra;
}
