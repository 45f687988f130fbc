import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, civilDayAt, isoWeekday } from '../../src/domain/civil-day.ts';
import { formatWeekdayDayIt } from '../../src/domain/format-day-it.ts';
import { assignmentRecordSchema } from '../../src/domain/giada.ts';
import { parseRequestLines } from '../../src/giada/interchange.ts';
import { FixedClock } from '../../src/ports.ts';
import { runCli } from '../adapters/cli/run-cli.ts';

const demoFile = new URL('../../data/demo/tribunale-napoli.json', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'giada-cli-'));
  dirs.push(d);
  return d;
}

// The CLI runs at a fixed "now" (a January morning, far from the August suspension), and a request is filed on the
// day it is made (the engine refuses past dates).
const clock = new FixedClock(new Date('2027-01-18T09:30:00Z'));
const today = civilDayAt(clock.now());
/** The first Thursday at least `days` after today: the VII section's panel and judge Leone sit on Thursdays. */
const thursdayAfter = (days: number) => { let day = addDays(today, days); while (isoWeekday(day) !== 4) day = addDays(day, 1); return day; };
const cli = (argv: string[], env: Record<string, string | undefined>, stdinText = '') => runCli(argv, env, stdinText, clock);
const good = (id: string, extra = '') =>
  `{"id":"${id}","type":"citazione_diretta","requestedOn":"${today}","defendants":[{"detained":false}],"charges":[{"code":"624 c.p."}],"subjectMatter":"patrimonio","urgent":false,"requestedBy":{"profile":"pm","userId":"u1"}${extra}}`;
const collegial = `{"id":"R9","type":"rinvio_a_giudizio","requestedOn":"${today}","defendants":[{"detained":true}],"charges":[{"code":"416-bis c.p."}],"subjectMatter":"reati-comuni","urgent":false,"requestedBy":{"profile":"gip","userId":"g1"}}`;

describe('interchange', () => {
  it('reports bad lines by number, in Italian, and keeps the good ones', () => {
    const text = [good('R1'), '{non json', '', good('R2').replace('"citazione_diretta"', '"altro"'), good('R3')].join('\n');
    const { requests, bad } = parseRequestLines(text);
    expect(requests.map((r) => [r.line, r.request.id])).toEqual([[1, 'R1'], [5, 'R3']]);
    expect(bad.map((b) => b.line)).toEqual([2, 4]);
    expect(bad[0]!.message).toBe('riga 2: non è un JSON valido');
    expect(bad[1]!.message).toContain('riga 4: type');
  });
});

describe('giada CLI', () => {
  it('simulate: writes one assignment per good line, reports bad lines by number, and a verifiable ledger', async () => {
    const dir = await tempDir();
    const requests = join(dir, 'richieste.jsonl');
    await writeFile(requests, [good('R1'), 'rotta', good('R2'), collegial, good('R4').replace('"pm"', '"gip"')].join('\n'));
    const out = join(dir, 'assegnazioni.jsonl');
    const ledger = join(dir, 'registro.jsonl');
    const run = await cli(['giada', 'simulate', '--office', demoFile, '--requests', requests, '--out', out, '--ledger', ledger], {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Richieste lette: 5; assegnate: 3; intervento manuale: 0; righe scartate: 2.');
    expect(run.stdout).toContain('riga 2: non è un JSON valido');
    expect(run.stdout).toContain('riga 5: Il profilo GIP/GUP non può presentare');
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => assignmentRecordSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.requestId)).toEqual(['R1', 'R2', 'R9']);
    expect(lines[2]).toMatchObject({ judgeId: null, panelId: 'collegio-1a', status: 'assigned' });
    const verify = await cli(['giada', 'verify', '--ledger', ledger], {});
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Registro GIADA integro');
  });

  it('request, reassign, report and verify against the store in TURNARIO_DATA_DIR', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir(), TURNARIO_USER: 'cancelliere' };
    expect((await cli(['office', 'import', demoFile], env)).code).toBe(0);
    const first = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('1/2026')], env);
    expect(first.code).toBe(0);
    const assignment = assignmentRecordSchema.parse(JSON.parse(first.stdout.split('\n')[0]!));
    expect(assignment.status).toBe('assigned');
    const viaStdin = await cli(['giada', 'request', '--office', 'tribunale-napoli'], env, good('2/2026'));
    expect(viaStdin.code).toBe(0);
    const refused = await cli(['giada', 'reassign', '--office', 'tribunale-napoli', '--request', '1/2026', '--cause', 'astensione', '--reason', 'prova', '--profile', 'pm'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("riservata all'ufficio del dibattimento");
    const moved = await cli(['giada', 'reassign', '--office', 'tribunale-napoli', '--request', '1/2026', '--cause', 'astensione', '--reason', 'astensione', '--on', addDays(today, 5)], env);
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.stdout.split('\n')[0]!).judgeId).not.toBe(assignment.judgeId);
    const balance = await cli(['giada', 'report', '--office', 'tribunale-napoli', '--from', today, '--to', addDays(today, 180)], env);
    expect(balance.stdout).toContain('Carichi ponderati per tempo pieno');
    const verify = await cli(['giada', 'verify'], env);
    expect(verify.stdout).toContain('Registro GIADA integro');
  });

  it('refuses bad input before touching the ledger: a slip for the R.G. number, an unknown profile, a day that does not exist, a period upside down', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir(), TURNARIO_USER: 'cancelliere' };
    expect((await cli(['office', 'import', demoFile], env)).code).toBe(0);
    const slip = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('abc')], env);
    expect(slip.code).toBe(2);
    expect(slip.stderr).toContain('Richiesta non valida: "abc" non sembra un numero di R.G. Scrivilo come numero/anno, per esempio 1234/2026.');
    expect((await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('n. 77/26 R.G.N.R.')], env)).code).toBe(0);
    // The clerk writes the number alone: it finds the proceeding stored as 'n. 77/26 R.G.N.R.'.
    const reassign = (extra: string[]) => cli(['giada', 'reassign', '--office', 'tribunale-napoli', '--request', '77/2026', '--cause', 'astensione', '--reason', 'prova', ...extra], env);
    const profile = await reassign(['--profile', 'giudice']);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('Profilo sconosciuto: «giudice». I profili di GIADA sono pm, gip e dibattimento.');
    expect(profile.stderr).not.toContain('undefined');
    const day = await reassign(['--on', '2026-02-30']);
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('L\'opzione --on vuole una data che esista, scritta come AAAA-MM-GG (trovato "2026-02-30").');
    const past = await reassign(['--on', '2020-01-01']);
    expect(past.code).toBe(1);
    expect(past.stderr).toContain('La nuova data di richiesta (1° gennaio 2020) è già passata');
    const upsideDown = await cli(['giada', 'report', '--office', 'tribunale-napoli', '--from', '2027-01-01', '--to', '2026-01-01'], env);
    expect(upsideDown.code).toBe(2);
    expect(upsideDown.stderr).toContain('Il periodo è al contrario: --from (1° gennaio 2027) viene dopo --to (1° gennaio 2026).');
    const word = await cli(['giada', 'report', '--office', 'tribunale-napoli', '--from', 'pippo'], env);
    expect(word.code).toBe(2);
    expect(word.stderr).toContain('L\'opzione --from vuole una data che esista');
    const backfill = await cli(['giada', 'backfill', '--office', 'tribunale-napoli', '--json', good('5/2026'), '--judge', 'leone-marta', '--date', '2027-13-01', '--reason', 'sistema fermo'], env);
    expect(backfill.code).toBe(2);
    expect(backfill.stderr).toContain('L\'opzione --date vuole una data che esista');
    const ledger = await cli(['giada', 'verify'], env);
    // One decision (the request); the refused reassignment is a refusal, recorded but not a decision.
    expect(ledger.stdout).toContain('Registro GIADA integro: 3 record, catena delle impronte completa, 1 decisione ricalcolata e identica.');
    const found = await reassign(['--on', addDays(today, 1)]);
    expect(found.stderr).toBe('');
    expect(found.stdout).toContain('Il procedimento n. 77/26 R.G.N.R. (citazione diretta a giudizio)');
  });

  it('request: the same proceeding written another way is refused, naming the earlier assignment; another register is another proceeding', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir(), TURNARIO_USER: 'cancelliere' };
    expect((await cli(['office', 'import', demoFile], env)).code).toBe(0);
    const first = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('n. 77/26 R.G.N.R.')], env);
    const assignment = assignmentRecordSchema.parse(JSON.parse(first.stdout.split('\n')[0]!));
    const office = JSON.parse(await readFile(demoFile, 'utf8')) as { magistrates: { id: string; name: string; surname: string; gender?: 'F' | 'M' }[] };
    const judge = office.magistrates.find((m) => m.id === assignment.judgeId)!;
    const who = `${judge.gender === 'F' ? 'alla' : 'al'} giudice ${judge.name} ${judge.surname}`;
    const again = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('77/2026')], env);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr.trim()).toBe(
      `Il procedimento 77/2026 (registrato come «n. 77/26 R.G.N.R.») è già stato assegnato ${who}, con prima udienza ${formatWeekdayDayIt(assignment.hearingDate!)}: questa seconda richiesta non è stata registrata. Per cambiare giudice o data serve una riassegnazione, che dispone l'ufficio del dibattimento. Se invece si tratta di un procedimento di un altro registro, indica il registro accanto al numero (per esempio «77/2026 R.G. Trib.»).`,
    );
    expect((await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('77/2026 R.G. Trib.')], env)).code).toBe(0);
    expect((await cli(['giada', 'verify'], env)).stdout).toContain('2 decisioni ricalcolate e identiche');
  });

  it('report: the period in Italian words', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir() };
    expect((await cli(['office', 'import', demoFile], env)).code).toBe(0);
    const balance = await cli(['giada', 'report', '--office', 'tribunale-napoli', '--from', '2027-01-01', '--to', '2027-06-30'], env);
    expect(balance.stdout).toContain('Carichi ponderati per tempo pieno, richieste dal 1° gennaio al 30 giugno 2027 (tolleranza 10%):');
  });

  it('backfill: the cancelleria names the judge by surname, and fixes by hand a case GIADA left to manual intervention by its number', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir(), TURNARIO_USER: 'cancelliere' };
    expect((await cli(['office', 'import', demoFile], env)).code).toBe(0);
    // A matter only the VII section's panel takes, urgent, 40 times: the panel's hearings in the urgent window fill up.
    const pa = (n: number) => `{"id":"${n}/2026","type":"rinvio_a_giudizio","requestedOn":"${today}","defendants":[{"detained":false}],"charges":[{"code":"314 c.p."}],"subjectMatter":"pubblica-amministrazione","urgent":true,"requestedBy":{"profile":"gip","userId":"g1"}}`;
    let manual = '';
    for (let n = 1; n <= 40 && manual === ''; n++) {
      const run = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', pa(n)], env);
      if (run.stdout.includes('"status":"manual"')) manual = `${n}/2026`;
    }
    expect(manual).not.toBe('');
    const pending = await cli(['giada', 'report', '--office', 'tribunale-napoli'], env);
    expect(pending.stdout).toContain('Un processo in attesa di intervento manuale:');
    expect(pending.stdout).toContain(`  ${manual} (rinvio a giudizio, urgente), richiesta del `);
    expect(pending.stdout).toContain("Nessuna udienza non satura tra il ");
    expect(pending.stdout).toContain("per l'unico collegio competente (VII sezione penale – collegio A).");
    const byHand = await cli(['giada', 'backfill', '--office', 'tribunale-napoli', '--request', manual, '--panel', 'collegio-7a', '--date', thursdayAfter(100), '--reason', 'udienza straordinaria'], env);
    expect(byHand.stderr).toBe('');
    expect(byHand.code).toBe(0);
    expect(byHand.stdout).toContain(`Intervento manuale registrato per ${manual}: posto occupato nell'udienza`);
    expect((await cli(['giada', 'report', '--office', 'tribunale-napoli'], env)).stdout).toContain('Nessun processo in attesa di intervento manuale.');
    const surname = await cli(['giada', 'backfill', '--office', 'tribunale-napoli', '--json', good('90/2026'), '--judge', 'Leone', '--date', thursdayAfter(100), '--reason', 'sistema fermo'], env);
    expect(surname.code).toBe(0);
    const president = await cli(['giada', 'backfill', '--office', 'tribunale-napoli', '--json', good('91/2026'), '--judge', 'Caruso', '--date', thursdayAfter(100), '--reason', 'sistema fermo'], env);
    expect(president.code).toBe(1);
    expect(president.stderr).toContain('Elisabetta Caruso non è tra i giudici di GIADA del Tribunale');
    expect((await cli(['giada', 'verify'], env)).stdout).toContain('Registro GIADA integro');
  });

  it('a request dated in the future is refused: it would push its fixing window', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir() };
    expect((await cli(['office', 'import', demoFile], env)).code).toBe(0);
    const run = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('4/2026').replace(`"requestedOn":"${today}"`, '"requestedOn":"2029-06-01"')], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Richiesta non valida: è datata 1° giugno 2029, un giorno che deve ancora venire. La data della richiesta è quella in cui la si presenta (oggi è ');
    expect((await cli(['giada', 'verify'], env)).stdout).toContain('Il registro GIADA è vuoto');
  });

  it('simulate on an office without GIADA says so, not "errore imprevisto"', async () => {
    const dir = await tempDir();
    const requests = join(dir, 'richieste.jsonl');
    await writeFile(requests, good('1/2026'));
    const procura = new URL('../../data/demo/procura-napoli.json', import.meta.url).pathname;
    const run = await cli(['giada', 'simulate', '--office', procura, '--requests', requests, '--out', join(dir, 'out.jsonl')], {});
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('L\'ufficio del file, Procura della Repubblica presso il Tribunale di Napoli, non ha una configurazione GIADA: la simulazione richiede un Tribunale con la sezione "giada".');
  });

  it('a request with no defendant is refused in Italian, in the singular', async () => {
    const env = { TURNARIO_DATA_DIR: await tempDir() };
    const run = await cli(['giada', 'request', '--office', 'tribunale-napoli', '--json', good('3/2026').replace('[{"detained":false}]', '[]')], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Richiesta non valida: defendants: atteso almeno 1 elemento, trovato []');
  });

  it('verify on a store with no GIADA ledger says it is empty, not that it is intact', async () => {
    const run = await cli(['giada', 'verify'], { TURNARIO_DATA_DIR: await tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("Il registro GIADA è vuoto: non c'è ancora nessuna configurazione né richiesta da verificare.");
  });
});
