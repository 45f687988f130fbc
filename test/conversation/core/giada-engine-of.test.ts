import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedGiadaEngines } from '../../../adapters/compose/giada-engines.ts';
import { createConversation, type Conversation } from '../../../src/conversation/index.ts';
import { publishDrawDay } from '../../../src/giada/draw-publication.ts';
import type { LedgerRecord } from '../../../src/giada/ledger-record.ts';
import { openOfficeEngine } from '../../../src/giada/open-office-engine.ts';
import { GIADA_RULES_VERSION } from '../../../src/giada/rules-version.ts';
import { verifyLedger } from '../../../src/giada/verify.ts';
import { FixedClock, MemoryNotifier } from '../../../src/ports.ts';
import { resealFrom } from '../../giada/fixtures.ts';
import { ROSSI, as, openDemo, textOf, type Demo } from './fixture.ts';

/**
 * The chat without an engine kept open by the composition (console tests, one-off commands) opens the
 * Tribunale's engine as every front does (`openOfficeEngine`): draw seeds kept in the store, an Italian
 * answer when the office's ledger cannot be used.
 */

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo({ publish: false });
});
afterEach(() => demo.close());

const submit = (reference: string, conversation: Conversation = demo.conversation) => {
  const matter = demo.store.snapshot().offices['tribunale-napoli']!.giada!.subjectMatters[0]!.id;
  return conversation.submitForm(ROSSI, 'giada_request', { reference, type: 'citazione_diretta', subjectMatter: matter, free: '1', detained: '0', charges: '640', urgent: 'false' });
};

describe('conversation core: the GIADA engine the chat opens', () => {
  it('in draw mode keeps the day\'s seed in the store, so the next night reveals it and every draw of the day can be recomputed', async () => {
    await demo.store.update((draft) => {
      draft.offices['tribunale-napoli']!.giada!.mode = 'draw';
    });
    // Two requests on Monday 23 November 2026, each turn opening the engine anew.
    for (const reference of ['601/2026', '602/2026']) {
      const reply = await submit(reference);
      expect(reply.title, textOf(reply)).toBe('Prima udienza fissata');
    }
    const seeds = demo.store.snapshot().meta['giada-draw-seeds:tribunale-napoli'] as Record<string, string> | undefined;
    expect(Object.keys(seeds ?? {})).toContain('2026-11-23');

    // The daily job, at 00:05 in Rome on the 24th, reveals the 23rd's seed.
    const clock = new FixedClock(new Date('2026-11-23T23:05:00Z'));
    const opened = await openOfficeEngine({ store: demo.store, clock, notifier: new MemoryNotifier(), officeId: 'tribunale-napoli' });
    if (!opened.ok) throw new Error(opened.message);
    const published = await publishDrawDay(opened.engine, clock, new MemoryNotifier());
    expect(published.revealed).toEqual(['2026-11-23']);
    const ledger = (await demo.store.readLog('giada-ledger')) as { kind: string; day?: string }[];
    expect(ledger.filter((r) => r.kind === 'draw-reveal').map((r) => r.day)).toEqual(['2026-11-23']);
    const report = verifyLedger(ledger);
    expect(report.ok, report.message).toBe(true);
  });

  it.each([
    ['opened for the turn', false],
    ['kept open by the composition', true],
  ])('answers in Italian, writing nothing, when the Tribunale\'s ledger holds decisions of newer rules (engine %s)', async (_label, shared) => {
    const text = readFileSync(new URL('../../giada/fixtures/ledger-rules-v3.jsonl', import.meta.url), 'utf8');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as LedgerRecord & { rulesVersion?: number });
    lines[1]!.rulesVersion = GIADA_RULES_VERSION + 1;
    resealFrom(lines, 1);
    for (const line of lines) await demo.store.append('giada-ledger', line);
    const conversation = shared
      ? createConversation({ store: demo.store, clock: demo.clock, notifier: demo.notifier, giadaEngine: sharedGiadaEngines(demo.store, demo.clock, demo.notifier) })
      : demo.conversation;
    const reply = await submit('603/2026', conversation);
    expect(reply.kind).toBe('problem');
    expect(textOf(reply).trim()).toBe(`Registro GIADA scritto con regole di decisione più recenti (versione ${GIADA_RULES_VERSION + 1}) di quelle di questa versione di turnario (${GIADA_RULES_VERSION}): aggiorna turnario prima di usare il registro.`);
    const load = await conversation.handleText(as('ferrari-giorgio'), 'il mio carico GIADA');
    expect(textOf(load).trim()).toBe(textOf(reply).trim());
    expect(await demo.store.readLog('giada-ledger')).toHaveLength(lines.length);
  });
});
