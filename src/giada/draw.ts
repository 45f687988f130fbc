import { createHash, randomBytes } from 'node:crypto';

/**
 * The unpredictable but verifiable mode. Each civil day has a secret seed; its SHA-256 (the
 * commitment) is written to the ledger before the day's first draw, the seed itself after the day.
 * A draw among a pool of candidates (sorted by id) takes the first 48 bits of
 * SHA-256("seed|requestId|drawNumber") modulo the pool size: anyone holding the revealed seed can
 * recompute every draw, nobody could know it before.
 */
export function commitSeed(seed: string): string {
  return createHash('sha256').update(seed, 'utf8').digest('hex');
}

export function drawPosition(seed: string, requestId: string, drawNumber: number, poolSize: number): number {
  if (poolSize <= 0) throw new RangeError('Estrazione da un insieme vuoto.');
  const digest = createHash('sha256').update(`${seed}|${requestId}|${drawNumber}`, 'utf8').digest();
  return digest.readUIntBE(0, 6) % poolSize;
}

/** A new secret seed: 32 random bytes in hex. */
export function generateSeed(): string {
  return randomBytes(32).toString('hex');
}

/** Keeps the secret seeds until they are revealed (the store's meta in daily use, memory in simulations). */
export interface SeedVault {
  get(day: string): Promise<string | undefined>;
  put(day: string, seed: string): Promise<void>;
}

export class MemorySeedVault implements SeedVault {
  readonly #seeds = new Map<string, string>();
  async get(day: string): Promise<string | undefined> {
    return this.#seeds.get(day);
  }
  async put(day: string, seed: string): Promise<void> {
    this.#seeds.set(day, seed);
  }
}
