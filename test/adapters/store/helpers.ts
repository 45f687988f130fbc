import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { absenceSchema, type Absence } from '../../../src/domain/absence.ts';
import { FixedClock } from '../../../src/ports.ts';

/** A fresh temp folder per test, removed afterwards. */
export function tempDirs(): { make(): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const dir = await mkdtemp(join(tmpdir(), 'turnario-store-'));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

export const fixedClock = () => new FixedClock(new Date('2026-11-23T09:30:00.000Z'));

/** A valid absence for magistrate number `n`. */
export function absenceFor(n: number): Absence {
  return absenceSchema.parse({
    id: `a${n}`,
    magistrateId: `mag-${n}`,
    type: 'ferie',
    from: '2026-12-01',
    to: '2026-12-05',
    declaredBy: `mag-${n}`,
    declaredAt: '2026-11-20T10:00:00.000Z',
  });
}

/** Collects warnings instead of printing them. */
export function warnings(): { list: string[]; warn: (message: string) => void } {
  const list: string[] = [];
  return { list, warn: (message) => list.push(message) };
}

/** The error `promise` rejects with, checked to be a `type`; fails the test when it resolves. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a rejection with ${type.name}`);
}
