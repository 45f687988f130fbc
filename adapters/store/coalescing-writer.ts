/**
 * Serialises writes of a whole document and coalesces them: callers that ask for a write while one
 * is in flight share the next single write, which reads the document when it starts and so
 * includes every change made before it. Each caller's promise settles with the first write that
 * started after its request.
 */
export class CoalescingWriter {
  private pending: Deferred | null = null;
  private draining: Promise<void> | null = null;
  private count = 0;

  /** `writeOnce` writes the current document; it is never called twice at the same time. */
  constructor(private readonly writeOnce: () => Promise<void>) {}

  /** Physical writes performed (or attempted) so far. */
  get writes(): number {
    return this.count;
  }

  /** Resolves once a write that started after this call has completed. */
  request(): Promise<void> {
    this.pending ??= deferred();
    const promise = this.pending.promise;
    this.draining ??= this.drain();
    return promise;
  }

  /** Resolves when no write is pending or in flight. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Let callers in the same synchronous run join the first write.
    await Promise.resolve();
    try {
      while (this.pending) {
        const batch = this.pending;
        this.pending = null;
        this.count += 1;
        try {
          await this.writeOnce();
          batch.resolve();
        } catch (error) {
          batch.reject(error);
        }
      }
    } finally {
      this.draining = null;
    }
  }
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
