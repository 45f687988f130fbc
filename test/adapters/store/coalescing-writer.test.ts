import { describe, expect, it } from 'vitest';
import { CoalescingWriter } from '../../../adapters/store/coalescing-writer.ts';

/** A write function whose calls the test finishes by hand. */
function controlledWrites() {
  const calls: { seen: number; finish: () => void; fail: (e: Error) => void }[] = [];
  let value = 0;
  const writer = new CoalescingWriter(
    () =>
      new Promise<void>((resolve, reject) => {
        calls.push({ seen: value, finish: resolve, fail: reject });
      }),
  );
  return { writer, calls, set: (v: number) => (value = v) };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('coalescing writer', () => {
  it('covers the requests made during a write with one next write that sees their changes', async () => {
    const { writer, calls, set } = controlledWrites();
    set(1);
    const first = writer.request();
    await tick();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.seen).toBe(1);

    const later: Promise<void>[] = [];
    for (let v = 2; v <= 100; v += 1) {
      set(v);
      later.push(writer.request());
    }
    await tick();
    expect(calls).toHaveLength(1); // never two writes at once

    let laterSettled = false;
    void Promise.all(later).then(() => (laterSettled = true));
    calls[0]?.finish();
    await first;
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.seen).toBe(100);
    expect(laterSettled).toBe(false); // not resolved by the write that started before them

    calls[1]?.finish();
    await Promise.all(later);
    expect(writer.writes).toBe(2);
  });

  it('rejects exactly the requests of a failed write and goes on with the next', async () => {
    const { writer, calls } = controlledWrites();
    const failing = writer.request();
    await tick();
    const next = writer.request();
    calls[0]?.fail(new Error('disco pieno'));
    await expect(failing).rejects.toThrow('disco pieno');
    await tick();
    calls[1]?.finish();
    await expect(next).resolves.toBeUndefined();
  });

  it('reports idle only after every requested write', async () => {
    const { writer, calls } = controlledWrites();
    void writer.request();
    let idle = false;
    const waiting = writer.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(false);
    calls[0]?.finish();
    await waiting;
    expect(idle).toBe(true);
  });
});
