import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../../adapters/store/index.ts';
import { MemoryStore, type Store } from '../../../src/ports.ts';
import { absenceFor, tempDirs } from './helpers.ts';

/** The behaviour every `Store` must have, run against each implementation. */
const dirs = tempDirs();
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await dirs.cleanup();
});

const implementations: { name: string; make: () => Promise<Store> }[] = [
  { name: 'MemoryStore', make: async () => new MemoryStore() },
  {
    name: 'lowdb store',
    make: async () => {
      const store = await openLowdbStore({ dir: await dirs.make() });
      opened.push(store);
      return store;
    },
  },
];

describe.each(implementations)('Store contract: $name', ({ make }) => {
  it('returns what the mutation returns and shows the change in the next snapshot', async () => {
    const store = await make();
    const result = await store.update((draft) => {
      draft.absences.push(absenceFor(1));
      return { added: 'a1' };
    });
    expect(result).toEqual({ added: 'a1' });
    expect(store.snapshot().absences).toEqual([absenceFor(1)]);
  });

  it('replaces the snapshot instead of changing it in place', async () => {
    const store = await make();
    await store.update((draft) => void draft.absences.push(absenceFor(1)));
    const before = store.snapshot();
    const copy = structuredClone(before);
    await store.update((draft) => {
      draft.absences.push(absenceFor(2));
      draft.meta.changed = true;
    });
    expect(before).toEqual(copy);
    expect(store.snapshot()).not.toBe(before);
    expect(store.snapshot().absences).toHaveLength(2);
  });

  it('leaves the state as it was when the mutation throws, and passes the error on', async () => {
    const store = await make();
    await store.update((draft) => void (draft.meta.n = 1));
    const before = store.snapshot();
    const failure = new Error('vietato');
    await expect(
      store.update((draft) => {
        draft.meta.n = 2;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(store.snapshot()).toBe(before);
    expect(store.snapshot().meta).toEqual({ n: 1 });
  });

  it('hands back a copy of the result, never a handle into the state', async () => {
    const store = await make();
    const pushed = await store.update((draft) => {
      const absence = absenceFor(1);
      draft.absences.push(absence);
      return absence;
    });
    pushed.note = 'cambiata fuori dallo store';
    expect(store.snapshot().absences[0]!.note).not.toBe('cambiata fuori dallo store');
  });

  it('refuses any change to a published calendar version and writes nothing', async () => {
    const store = await make();
    const version = {
      id: 'cal-1', officeId: 'p', from: '2026-12-01', to: '2026-12-31', status: 'published' as const, number: 1,
      createdAt: '2026-11-20T08:00:00.000Z', createdBy: 'cli:capo', publishedAt: '2026-11-21T08:00:00.000Z',
      duties: [{ id: 'd1', serviceId: 'reperibilita', magistrateId: 'rossi-mario', from: '2026-12-07', to: '2026-12-13', pinned: false }],
      uncovered: [],
    };
    await store.update((draft) => void draft.calendars.push(version));
    const before = store.snapshot();
    await expect(store.update((draft) => void (draft.calendars[0]!.duties[0]!.magistrateId = 'bianchi-anna'))).rejects.toThrow(/immutable.*cal-1/);
    await expect(store.update((draft) => void draft.calendars.pop())).rejects.toThrow(/cal-1/);
    expect(store.snapshot()).toBe(before);
    await store.update((draft) => void draft.calendars.push({ ...version, id: 'cal-2', number: 2, status: 'provisional' }));
    await store.update((draft) => void (draft.calendars[1]!.duties[0]!.magistrateId = 'bianchi-anna'));
    expect(store.snapshot().calendars[1]!.duties[0]!.magistrateId).toBe('bianchi-anna');
  });

  it('applies concurrent updates one at a time, in call order, each seeing the ones before', async () => {
    const store = await make();
    const seen = await Promise.all(
      Array.from({ length: 50 }, () =>
        store.update((draft) => {
          const next = Number(draft.meta.counter ?? 0) + 1;
          draft.meta.counter = next;
          return next;
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(store.snapshot().meta.counter).toBe(50);
  });

  it('reads a log oldest first; an unused log is empty', async () => {
    const store = await make();
    expect(await store.readLog('audit')).toEqual([]);
    await store.append('audit', { n: 1 });
    await store.append('audit', { n: 2 });
    expect(await store.readLog('audit')).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await store.readLog('giada-ledger')).toEqual([]);
  });

  it('logs a record as it was when appended and hands out copies', async () => {
    const store = await make();
    const record = { n: 1, tags: ['a'] };
    const appended = store.append('audit', record);
    record.n = 99;
    record.tags.push('b');
    await appended;
    const read = await store.readLog('audit');
    expect(read).toEqual([{ n: 1, tags: ['a'] }]);
    (read[0] as { n: number }).n = 5;
    expect(await store.readLog('audit')).toEqual([{ n: 1, tags: ['a'] }]);
  });

  it('includes appends already requested but not awaited when reading', async () => {
    const store = await make();
    const pending = [store.append('giada-ledger', { g: 1 }), store.append('giada-ledger', { g: 2 })];
    expect(await store.readLog('giada-ledger')).toEqual([{ g: 1 }, { g: 2 }]);
    await Promise.all(pending);
  });
});
