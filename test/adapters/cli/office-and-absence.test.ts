import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const office = {
  office: { id: 'prova', name: 'Procura di Prova', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 600 },
  magistrates: [
    { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto' },
    { id: 'de-luca-anna', surname: 'De Luca', name: 'Anna', role: 'sostituto' },
  ],
};

let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-cli-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'segreteria' };
  await writeFile(join(dir, 'office.json'), JSON.stringify(office));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('turnario office', () => {
  it('validates a good file and writes nothing', async () => {
    const run = await runCli(['office', 'validate', join(dir, 'office.json')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Configurazione valida.');
    expect(run.stdout).toContain('Magistrati: 2 (2 sostituti procuratori)');
    await expect(readFile(join(dir, 'store', 'turnario.json'))).rejects.toThrow();
  });

  it('rejects a broken file with path-naming Italian errors, exit 1, and imports nothing', async () => {
    const broken = structuredClone(office) as any;
    broken.magistrates[1].role = 'pm';
    broken.office.districtSize = 'tanti';
    await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
    const run = await runCli(['office', 'import', join(dir, 'broken.json')], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('non è una configurazione valida (2 errori)');
    expect(run.stderr).toContain('office.districtSize: atteso un numero intero ≥ 1, trovato "tanti"');
    expect(run.stderr).toContain('magistrates[1].role: atteso uno tra');
    const show = await runCli(['office', 'show'], env);
    expect(show.stdout).toContain('non contiene ancora uffici');
  });

  it('says so when the file is missing', async () => {
    const run = await runCli(['office', 'validate', join(dir, 'nope.json')], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Impossibile leggere il file');
  });

  it('imports, shows, and refuses an unknown office id', async () => {
    expect((await runCli(['office', 'import', join(dir, 'office.json')], env)).stdout).toContain('Ufficio importato: Procura di Prova.');
    expect((await runCli(['office', 'import', join(dir, 'office.json')], env)).stdout).toContain('Configurazione aggiornata');
    expect((await runCli(['office', 'show'], env)).stdout).toContain('Procura di Prova (Procura della Repubblica, Napoli)');
    const unknown = await runCli(['office', 'show', 'milano'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Nessun ufficio con id "milano". Uffici presenti: prova.');
  });
});

describe('turnario absence', () => {
  beforeEach(async () => {
    await runCli(['office', 'import', join(dir, 'office.json')], env);
  });

  it('adds, lists and cancels, auditing who did it', async () => {
    const add = await runCli(['absence', 'add', '--magistrate', 'de luca', '--type', 'ferie', '--from', '2027-03-03', '--to', '2027-03-07'], env);
    expect(add).toMatchObject({ code: 0, stdout: 'Assenza registrata: ferie di Anna De Luca dal 3 al 7 marzo 2027 (id ass-000001).\n' });
    expect((await runCli(['absence', 'list'], env)).stdout).toBe('ass-000001  Anna De Luca: ferie dal 3 al 7 marzo 2027\n');
    expect((await runCli(['absence', 'cancel', 'ass-000001'], env)).stdout).toContain('Annullata l\'assenza ass-000001');
    expect((await runCli(['absence', 'list'], env)).stdout).toBe('Nessuna assenza trovata.\n');
    expect((await runCli(['absence', 'list', '--all'], env)).stdout).toContain('[annullata]');
    const audit = (await readFile(join(dir, 'store', 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.map((e) => [e.action, e.actor, e.refused])).toEqual([
      ['office.import', 'cli:segreteria', false],
      ['absence.declare', 'cli:segreteria', false],
      ['absence.cancel', 'cli:segreteria', false],
    ]);
  });

  it.each([
    [['--magistrate', 'bianchi', '--type', 'ferie', '--from', '2027-03-03'], 'Non trovo nessun magistrato "bianchi".'],
    [['--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-07', '--to', '2027-03-03'], 'l\'intervallo è rovesciato: la data di fine (3 marzo 2027) precede quella di inizio (7 marzo 2027).'],
    [['--magistrate', 'rossi', '--type', 'vacanza', '--from', '2027-03-03'], 'il tipo "vacanza" non esiste'],
    [['--magistrate', 'rossi', '--type', 'ferie', '--from', '3/3/2027'], 'la data di inizio "3/3/2027" non è valida: scrivila come AAAA-MM-GG'],
  ])('refuses bad input %j with an Italian message and writes no absence', async (args, message) => {
    const run = await runCli(['absence', 'add', ...args], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect((await runCli(['absence', 'list', '--all'], env)).stdout).toBe('Nessuna assenza trovata.\n');
  });

  it('refuses an overlap naming the dates, and merges it when asked', async () => {
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-03', '--to', '2027-03-07'], env);
    const overlap = await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-05', '--to', '2027-03-10'], env);
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toContain('Mario Rossi ha già ferie dal 3 al 7 marzo 2027: la nuova assenza (dal 5 al 10 marzo 2027) si sovrappone dal 5 al 7 marzo 2027.');
    const merged = await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-05', '--to', '2027-03-10', '--merge'], env);
    expect(merged.stdout).toContain('dal 3 al 10 marzo 2027 (id ass-000002), che comprende l\'assenza ass-000001.');
    expect((await runCli(['absence', 'list'], env)).stdout).toBe('ass-000002  Mario Rossi: ferie dal 3 al 10 marzo 2027\n');
  });

  it('keeps the notes of the absences a merge absorbs', async () => {
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-03', '--to', '2027-03-07', '--note', 'Ferie invernali'], env);
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-08', '--to', '2027-03-10', '--merge'], env);
    expect((await runCli(['absence', 'list'], env)).stdout).toBe('ass-000002  Mario Rossi: ferie dal 3 al 10 marzo 2027 – Ferie invernali\n');
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'ferie', '--from', '2027-03-10', '--to', '2027-03-12', '--note', 'Prolungate', '--merge'], env);
    expect((await runCli(['absence', 'list'], env)).stdout).toBe('ass-000003  Mario Rossi: ferie dal 3 al 12 marzo 2027 – Ferie invernali; Prolungate\n');
  });

  it('explains wrong options and unknown commands', async () => {
    const bad = await runCli(['absence', 'add', '--bogus'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Opzione sconosciuta: --bogus.');
    const unknown = await runCli(['absense', 'add'], env);
    expect(unknown.stderr).toContain('Comando sconosciuto: "absense add"');
    const help = await runCli(['--help'], env);
    expect(help.stdout).toContain('turnario absence add');
    // --to may be left out (one day): the usage shows it as optional and says what it means.
    const usage = (await runCli(['absence', 'add', '--help'], env)).stdout;
    expect(usage).toContain('--from AAAA-MM-GG [--to AAAA-MM-GG]');
    expect(usage).toContain('senza --to l\'assenza è del solo giorno --from');
  });
});

describe('file errors', () => {
  it('tells a missing GIADA file in Italian, without raw system text', async () => {
    const run = await runCli(['giada', 'verify', '--ledger', join(dir, 'nessuno.jsonl')], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Impossibile leggere il registro: il file "${join(dir, 'nessuno.jsonl')}" non esiste: controlla il percorso.\n`);
  });
});
