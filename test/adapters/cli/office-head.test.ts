import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../src/ports.ts';
import { runCli } from './run-cli.ts';

/** A Procura whose head leaves on 10 December 2026 and whose successor starts on the 14th; Neri is the vicario. */
const office = {
  office: { id: 'prova', name: 'Procura di Prova', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 600, deputyHeadId: 'neri-luca' },
  magistrates: [
    { id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'procuratore', serviceEnd: '2026-12-10' },
    { id: 'bianchi-sara', surname: 'Bianchi', name: 'Sara', role: 'procuratore', serviceStart: '2026-12-14' },
    { id: 'neri-luca', surname: 'Neri', name: 'Luca', role: 'procuratore_aggiunto' },
    { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto' },
  ],
};

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-cli-head-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'segreteria' };
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** 09:00 in Rome (UTC+1 in December). */
const on = (day: string) => new FixedClock(new Date(`${day}T08:00:00Z`));

describe('turnario office: who is head of office today, as the chat and the jobs see it', () => {
  it.each([
    ['2026-12-10', 'Capo dell\'ufficio il 10 dicembre 2026: Anna Verdi.'],
    ['2026-12-11', 'Capo dell\'ufficio l\'11 dicembre 2026: Luca Neri, in funzione di vicario, perché nessun capo dell\'ufficio è in servizio.'],
    ['2026-12-14', 'Capo dell\'ufficio il 14 dicembre 2026: Sara Bianchi.'],
  ])('validate and show on %s', async (day, line) => {
    await writeFile(join(dir, 'office.json'), JSON.stringify(office));
    const validated = await runCli(['office', 'validate', join(dir, 'office.json')], env, '', on(day));
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(`  ${line}\n`);
    await runCli(['office', 'import', join(dir, 'office.json')], env, '', on(day));
    expect((await runCli(['office', 'show', 'prova'], env, '', on(day))).stdout).toContain(`  ${line}\n`);
  });

  it('says what to update when nobody can act as head', async () => {
    const { deputyHeadId: _none, ...withoutVicario } = office.office;
    await writeFile(join(dir, 'office.json'), JSON.stringify({ ...office, office: withoutVicario }));
    const run = await runCli(['office', 'validate', join(dir, 'office.json')], env, '', on('2026-12-11'));
    expect(run.stdout).toContain('Capo dell\'ufficio l\'11 dicembre 2026: nessuno. Nessun capo dell\'ufficio risulta in servizio l\'11 dicembre 2026 (Anna Verdi ha lasciato l\'ufficio il 10 dicembre 2026; Sara Bianchi prenderà servizio il 14 dicembre 2026)');
  });
});
