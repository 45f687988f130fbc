import type { Clock } from '../../src/ports.ts';

/**
 * Event ids already received, so that Slack's retries (`x-slack-retry-num`) of an event we already
 * took are answered once. Kept in memory for an hour (Slack retries within minutes), at most `capacity`.
 */
export class SeenEvents {
  private readonly seen = new Map<string, number>();

  constructor(private readonly clock: Clock, private readonly ttlMs = 3_600_000, private readonly capacity = 10_000) {}

  /** True the first time an id is seen; false for a repeat within the time kept. */
  first(eventId: string): boolean {
    const now = this.clock.now().getTime();
    const expiry = this.seen.get(eventId);
    if (expiry !== undefined && expiry > now) return false;
    this.seen.delete(eventId);
    this.seen.set(eventId, now + this.ttlMs);
    this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [id, expiry] of this.seen) {
      if (expiry > now && this.seen.size <= this.capacity) break;
      this.seen.delete(id);
    }
  }
}
