import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../../adapters/store/index.ts';
import { latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { fullName } from '../../../src/domain/magistrate.ts';
import { runCli } from './run-cli.ts';

/**
 * The demo Procura's reperibilità week 29 March – 4 April 2027 is cut by the edge between January–March (published) and
 * April–June: the head editing April–June is warned when the piece 1–4 April leaves the magistrate who began the week.
 */
let dir: string;
let env: Record<string, string>;
const q1 = ['--from', '2027-01-01', '--to', '2027-03-31'];
const q2 = ['--from', '2027-04-01', '--to', '2027-06-30'];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-edgeedit-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'capo' };
  await runCli(['start', '--dry-run'], env);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Who holds a reperibilità week in the latest version of a period, with their full name. */
async function weekHolder(from: string, to: string, day: string): Promise<{ id: string; name: string }> {
  const store = await openLowdbStore({ dir: env.TURNARIO_DATA_DIR! });
  const state = store.snapshot();
  await store.close();
  const duty = latestVersion(state, { officeId: 'procura-napoli', from, to })!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === day)!;
  const magistrate = state.offices['procura-napoli']!.magistrates.find((m) => m.id === duty.magistrateId)!;
  return { id: magistrate.id, name: fullName(magistrate) };
}

describe('turnario calendar edit on a week cut by the edge', () => {
  it('warns, by rule, when the head gives the piece to someone else or leaves it empty, naming the service, the week and both holders', async () => {
    expect((await runCli(['calendar', 'generate', ...q1], env)).code).toBe(0);
    expect((await runCli(['calendar', 'publish', ...q1], env)).code).toBe(0);
    expect((await runCli(['calendar', 'generate', ...q2], env)).code).toBe(0);
    const holder = await weekHolder('2027-01-01', '2027-03-31', '2027-03-29');
    expect((await weekHolder('2027-04-01', '2027-06-30', '2027-04-01')).id).toBe(holder.id);
    const other = await weekHolder('2027-04-01', '2027-06-30', '2027-05-03');
    const begun = `La settimana di "Turno esterno di reperibilità" dal 29 marzo al 4 aprile 2027 è iniziata con ${holder.name} nel calendario pubblicato dal 1° gennaio al 31 marzo 2027 (versione 1), ma la parte dal 1° al 4 aprile 2027`;

    const moved = await runCli(['calendar', 'edit', 'reassign', ...q2, '--service', 'reperibilita', '--day', '2027-04-02', '--magistrate', holder.id, '--to-magistrate', other.id, '--reason', 'richiesta del capo'], env);
    expect(moved.code).toBe(0);
    expect(moved.stdout.split('\n')).toContain(`- Regola raccomandata: ${begun} è assegnata a ${other.name}: la settimana resta così divisa tra ${holder.name} e ${other.name}. Se non è voluto, puoi riassegnare quella parte a ${holder.name}: un turno a cavallo tra due periodi resta di norma a una sola persona.`);

    // Given back to the one who began it: the week is whole again and nothing is said about it.
    const back = await runCli(['calendar', 'edit', 'reassign', ...q2, '--service', 'reperibilita', '--day', '2027-04-02', '--magistrate', other.id, '--to-magistrate', holder.id, '--reason', 'ci ho ripensato'], env);
    expect(back.code).toBe(0);
    expect(back.stdout).not.toContain('a cavallo tra due periodi');

    const emptied = await runCli(['calendar', 'edit', 'unassign', ...q2, '--service', 'reperibilita', '--day', '2027-04-02', '--magistrate', holder.id, '--reason', 'da decidere'], env);
    expect(emptied.code).toBe(0);
    expect(emptied.stdout).toContain(`- Regola raccomandata: ${begun} non è assegnata a nessuno e resta scoperta. Se non è voluto, puoi assegnare quella parte a ${holder.name}:`);

    // A week wholly inside the period is no business of this rule.
    const inside = await runCli(['calendar', 'edit', 'unassign', ...q2, '--service', 'reperibilita', '--day', '2027-05-03', '--magistrate', other.id, '--reason', 'prova'], env);
    expect(inside.code).toBe(0);
    expect(inside.stdout).not.toContain('a cavallo tra due periodi');
  });
});
