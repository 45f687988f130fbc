import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../adapters/cli/run-cli.ts';
import { duty, openFixture } from './fixtures.ts';
import { parseIcs } from './parse-ics.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A store folder with the test Procura and one published week, closed so the CLI can open it. */
async function storeDir(): Promise<string> {
  const fx = await openFixture();
  await fx.version('2027-03-22', '2027-03-28', [duty('reperibilita', 'rossi-mario', '2027-03-22', '2027-03-28'), duty('udienza', 'bianchi-luca', '2027-03-23')]);
  await fx.store.close();
  dirs.push(fx.dir);
  return fx.dir;
}

describe('turnario ical', () => {
  it('prints a stable private link, revokes it, and issues a new one', async () => {
    const env = { TURNARIO_DATA_DIR: await storeDir(), TURNARIO_PUBLIC_URL: 'https://turni.example', TURNARIO_USER: 'segreteria' };
    const first = await runCli(['ical', 'url', '--magistrate', 'Rossi'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Calendario di Mario Rossi:\n {2}iCal \(Outlook, telefono\): https:\/\/turni\.example\/ical\/[A-Za-z0-9_-]{43}\.ics\n {2}pagina web: +https:\/\/turni\.example\/calendario\/[A-Za-z0-9_-]{43}\n$/);
    expect((await runCli(['ical', 'url', '--magistrate', 'rossi-mario'], env)).stdout).toBe(first.stdout);
    const revoked = await runCli(['ical', 'revoke', '--magistrate', 'Rossi'], env);
    expect(revoked).toMatchObject({ code: 0, stdout: 'Link di Mario Rossi revocato: chi lo usa riceve ora un rifiuto.\n' });
    expect(await runCli(['ical', 'revoke', '--magistrate', 'Rossi'], env)).toMatchObject({ code: 1, stderr: 'Mario Rossi non ha un link attivo da revocare.\n' });
    const renewed = await runCli(['ical', 'url', '--magistrate', 'Rossi'], env);
    expect(renewed.stdout).not.toBe(first.stdout);
  });

  it('exports the published duties as an .ics file', async () => {
    const dir = await storeDir();
    const out = join(dir, 'rossi.ics');
    const run = await runCli(['ical', 'export', '--magistrate', 'Rossi', '--out', out], { TURNARIO_DATA_DIR: dir });
    expect(run).toMatchObject({ code: 0, stdout: `Calendario di Mario Rossi scritto in "${out}": 1 evento.\n` });
    const { events } = parseIcs(await readFile(out, 'utf8'));
    expect(events.map((e) => [e.SUMMARY?.value, e.DTSTART?.value, e.DTEND?.value])).toEqual([['Turno esterno di reperibilità', '20270322', '20270329']]);
    const office = await runCli(['ical', 'export', '--office', 'procura-prova'], { TURNARIO_DATA_DIR: dir });
    expect(parseIcs(office.stdout).events).toHaveLength(2);
  });

  it('says in Italian what is missing or wrong', async () => {
    const dir = await storeDir();
    const none = await runCli(['ical', 'url'], { TURNARIO_DATA_DIR: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Indica di chi è il calendario');
    const unknown = await runCli(['ical', 'url', '--magistrate', 'Nessuno'], { TURNARIO_DATA_DIR: dir });
    expect(unknown.stderr).toContain('Non trovo nessun magistrato "Nessuno"');
    const office = await runCli(['ical', 'export', '--office', 'altrove'], { TURNARIO_DATA_DIR: dir });
    expect(office.stderr).toContain('Nessun ufficio con id "altrove". Uffici: procura-prova.');
  });
});
