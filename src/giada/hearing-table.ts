import type { GiadaConfig } from '../domain/giada.ts';
import type { Candidate } from './candidates.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { changeFill, type HearingCaps, type HearingFill, type SlotKind } from './hearing-slots.ts';
import type { LegalDays } from './legal-days.ts';
import type { Span, Unavailability } from './unavailability.ts';

interface RawHearing {
  day: number;
  caps: HearingCaps;
}

/**
 * Every hearing of every judge and panel, in typed arrays: the hearings of candidate `c` are the indices
 * `start[c]` … `end[c] − 1`, sorted by day, so a fixing window is a binary search and a short scan.
 * Fill counts live here too (one slot per kind, see hearing-slots.ts). A hearing on a day when the judge
 * or a panel member cannot sit is kept, marked with the reason, and never offered.
 */
export class HearingTable {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly day: Int32Array;
  readonly capacity: Int32Array;
  readonly directCap: Int32Array;
  readonly urgentExtra: Int32Array;
  readonly urgent: Int32Array;
  readonly outside: Int32Array;
  readonly direct: Int32Array;
  readonly otherInContainer: Int32Array;
  /** 1 when the hearing falls in August (the summer suspension). */
  readonly august: Uint8Array;
  /** Per hearing: why it cannot be used ("Marta Leone in ferie"), or undefined. */
  readonly blocked: (string | undefined)[];
  /** Per blocked hearing: whose absence or exemption blocks it, and why (for sentences about it), or undefined. */
  readonly blockedBy: ({ magistrateId: string; span: Span } | undefined)[];
  readonly #byKey = new Map<string, number>();

  constructor(config: GiadaConfig, candidates: readonly Candidate[], legal: LegalDays, unavailable: Unavailability, names: (id: string) => string) {
    const perOwner = candidates.map(() => new Map<number, RawHearing>());
    const ownerOf = new Map(candidates.map((c) => [`${c.kind}:${c.id}`, c.index]));
    const owner = (h: { judgeId?: string; panelId?: string }) =>
      ownerOf.get(h.judgeId !== undefined ? `judge:${h.judgeId}` : `panel:${h.panelId ?? ''}`);
    for (const p of config.hearingPatterns) {
      const o = owner(p);
      if (o === undefined) continue;
      const excluded = new Set(p.excludedDates.map(toDayNumber));
      const weekdays = new Set(p.weekdays);
      for (let d = toDayNumber(p.from), last = toDayNumber(p.to); d <= last; d++) {
        if (weekdays.has(legal.weekday(d)) && !excluded.has(d) && legal.isWorkingDay(d)) perOwner[o]?.set(d, { day: d, caps: p.caps });
      }
    }
    // A single hearing on a day the pattern already has replaces that day's caps.
    for (const s of config.singleHearings) {
      const o = owner(s);
      const d = toDayNumber(s.date);
      if (o !== undefined && legal.isWorkingDay(d)) perOwner[o]?.set(d, { day: d, caps: s.caps });
    }
    const total = perOwner.reduce((n, m) => n + m.size, 0);
    this.start = new Int32Array(candidates.length);
    this.end = new Int32Array(candidates.length);
    this.day = new Int32Array(total);
    this.capacity = new Int32Array(total);
    this.directCap = new Int32Array(total);
    this.urgentExtra = new Int32Array(total);
    this.urgent = new Int32Array(total);
    this.outside = new Int32Array(total);
    this.direct = new Int32Array(total);
    this.otherInContainer = new Int32Array(total);
    this.august = new Uint8Array(total);
    this.blocked = new Array<string | undefined>(total);
    this.blockedBy = new Array<{ magistrateId: string; span: Span } | undefined>(total);
    let h = 0;
    candidates.forEach((c, o) => {
      this.start[o] = h;
      const hearings = [...(perOwner[o]?.values() ?? [])].sort((a, b) => a.day - b.day);
      for (const raw of hearings) {
        this.day[h] = raw.day;
        this.capacity[h] = raw.caps.capacity;
        this.directCap[h] = raw.caps.directSummonsCap;
        this.urgentExtra[h] = raw.caps.urgentExtra;
        this.august[h] = fromDayNumber(raw.day).slice(5, 7) === '08' ? 1 : 0;
        for (const member of c.memberIds) {
          const reason = unavailable.reasonOn(member, raw.day);
          if (reason) {
            this.blocked[h] = `${names(member)} ${reason.text}`;
            this.blockedBy[h] = { magistrateId: member, span: reason };
            break;
          }
        }
        this.#byKey.set(`${o}|${raw.day}`, h);
        h += 1;
      }
      this.end[o] = h;
    });
  }

  get size(): number {
    return this.day.length;
  }

  /** The hearing of candidate `owner` on `dayNumber`, or −1. */
  find(owner: number, dayNumber: number): number {
    return this.#byKey.get(`${owner}|${dayNumber}`) ?? -1;
  }

  /** The first hearing index of `owner` on or after `dayNumber` (may equal `end[owner]`). */
  firstFrom(owner: number, dayNumber: number): number {
    let lo = this.start[owner] ?? 0;
    let hi = this.end[owner] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.day[mid] ?? 0) < dayNumber) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  capsOf(h: number): HearingCaps {
    return { capacity: this.capacity[h] ?? 0, directSummonsCap: this.directCap[h] ?? 0, urgentExtra: this.urgentExtra[h] ?? 0 };
  }

  fillOf(h: number): HearingFill {
    return { urgent: this.urgent[h] ?? 0, outside: this.outside[h] ?? 0, direct: this.direct[h] ?? 0, otherInContainer: this.otherInContainer[h] ?? 0 };
  }

  dateOf(h: number): string {
    return fromDayNumber(this.day[h] ?? 0);
  }

  /** Takes (+1) or releases (−1) one slot. */
  changeSlot(h: number, kind: SlotKind, direct: boolean, delta: 1 | -1): void {
    const next = changeFill(this.fillOf(h), kind, direct, delta);
    this.urgent[h] = next.urgent;
    this.outside[h] = next.outside;
    this.direct[h] = next.direct;
    this.otherInContainer[h] = next.otherInContainer;
  }
}
