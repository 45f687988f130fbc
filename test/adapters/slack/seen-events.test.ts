import { describe, expect, it } from 'vitest';
import { SeenEvents } from '../../../adapters/slack/seen-events.ts';
import { FixedClock } from '../../../src/ports.ts';

describe('SeenEvents (dedup of Slack retries)', () => {
  it('takes an event id once within the time kept, again after it', () => {
    const clock = new FixedClock(new Date('2026-11-23T09:30:00.000Z'));
    const seen = new SeenEvents(clock, 60_000);
    expect(seen.first('Ev1')).toBe(true);
    expect(seen.first('Ev1')).toBe(false);
    expect(seen.first('Ev2')).toBe(true);
    clock.set(new Date('2026-11-23T09:30:59.000Z'));
    expect(seen.first('Ev1')).toBe(false);
    clock.set(new Date('2026-11-23T09:31:01.000Z'));
    expect(seen.first('Ev1')).toBe(true);
  });

  it('keeps at most `capacity` ids, forgetting the oldest first', () => {
    const seen = new SeenEvents(new FixedClock(new Date('2026-11-23T09:30:00.000Z')), 3_600_000, 2);
    expect(seen.first('a')).toBe(true);
    expect(seen.first('b')).toBe(true);
    expect(seen.first('c')).toBe(true);
    expect(seen.first('c')).toBe(false);
    expect(seen.first('b')).toBe(false);
    expect(seen.first('a')).toBe(true);
  });
});
