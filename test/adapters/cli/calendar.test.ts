import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;
let env: Record<string, string>;
const period = ['--from', '2026-12-01', '--to', '2026-12-31'];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-calcli-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'capo' };
  await runCli(['start', '--dry-run'], env);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('turnario calendar', () => {
  it('generates, shows, reports fairness and publishes the demo Procura\'s December', async () => {
    const generated = await runCli(['calendar', 'generate', ...period], env);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/Calendario provvisorio dal 1° al 31 dicembre 2026 generato \(versione 1\): (\d+) turni assegnati su \1, tutti i turni sono coperti\./);
    const shown = await runCli(['calendar', 'show', ...period, '--magistrate', 'rossi'], env);
    expect(shown.stdout).toContain('versione 1, PROVVISORIO');
    expect(shown.stdout).toContain('– Mario Rossi');
    expect(shown.stdout).not.toContain('– Laura Bianchi');
    const fairness = await runCli(['calendar', 'fairness', ...period], env);
    expect(fairness.stdout).toContain('turno arrestati e direttissime – carico totale');
    // A heading says which calendar the figures are of and what they mean; a kind that gathers services names them.
    expect(fairness.stdout.split('\n').slice(0, 2)).toEqual([
      'Equità dei turni dal 1° al 31 dicembre 2026 – versione 1, PROVVISORIO',
      'Per ogni tipo di servizio: turni e carico di ciascuno (in punti: sabati, domeniche e festivi pesano di più), obiettivo in proporzione alla sua capacità, scarto tra carico e obiettivo.',
    ]);
    expect(fairness.stdout).toContain('"Udienza" comprende "Udienze dibattimentali monocratiche" e "Udienze dibattimentali collegiali".');
    expect((await runCli(['calendar', 'publish', ...period], env)).stdout).toBe('Calendario dal 1° al 31 dicembre 2026 pubblicato (versione 1).\n');
    expect((await runCli(['calendar', 'show', ...period], env)).stdout).toContain('versione 1, pubblicato');
    const twice = await runCli(['calendar', 'publish', ...period], env);
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringContaining('è già pubblicato') });
  });

  it('explains why the places of a day are uncovered when no magistrate is named, and refuses a day outside the period', async () => {
    // The whole "Fasce deboli" group, the only one that may do codice rosso, is away on Wednesday 9 December.
    for (const m of ['gallo', 'costa', 'giordano', 'rizzo', 'lombardi', 'moretti']) {
      await runCli(['absence', 'add', '--magistrate', m, '--type', 'formazione', '--from', '2026-12-09'], env);
    }
    await runCli(['calendar', 'generate', ...period], env);
    // 'show' lists the uncovered place on its day, after that day's duties, not apart at the end.
    const shown = (await runCli(['calendar', 'show', ...period], env)).stdout.split('\n');
    const gap = shown.indexOf('  mercoledì 9 dicembre 2026: Turno codice rosso (audizione delle persone offese entro tre giorni) – SCOPERTO (manca un magistrato: tutti i magistrati che possono svolgerlo sono assenti o fuori servizio)');
    expect(gap).toBeGreaterThan(0);
    expect(shown[gap - 1]).toMatch(/^  mercoledì 9 dicembre 2026: /);
    expect(shown[gap + 1]).toMatch(/^  giovedì 10 dicembre 2026: /);
    const explained = await runCli(['calendar', 'explain', ...period, '--day', '2026-12-09'], env);
    expect(explained.stdout).toBe('"Turno codice rosso (audizione delle persone offese entro tre giorni)" il 9 dicembre 2026 è scoperto: tutti i magistrati che possono svolgerlo sono assenti o fuori servizio.\n');
    expect((await runCli(['calendar', 'explain', ...period, '--day', '2026-12-11'], env)).stdout).toBe('L\'11 dicembre 2026 non ci sono posti scoperti in questa versione del calendario: per spiegare un turno indica il magistrato con --magistrate.\n');
    const outside = await runCli(['calendar', 'explain', ...period, '--day', '2027-01-11', '--magistrate', 'rossi'], env);
    expect(outside).toMatchObject({ code: 1, stderr: 'L\'11 gennaio 2027 è fuori dal periodo del calendario (dal 1° al 31 dicembre 2026).\n' });
  });

  it('names the calendar that holds the days when asked for part of its period, instead of suggesting a new one', async () => {
    await runCli(['calendar', 'generate', ...period], env);
    const part = await runCli(['calendar', 'show', '--from', '2026-12-07', '--to', '2026-12-13'], env);
    expect(part.code).toBe(1);
    expect(part.stderr).toBe('Non c\'è un calendario per il periodo esatto dal 7 al 13 dicembre 2026. Questi giorni sono nel calendario dal 1° al 31 dicembre 2026: indicalo con --from 2026-12-01 --to 2026-12-31.\n');
    await runCli(['calendar', 'generate', '--from', '2027-01-01', '--to', '2027-01-31'], env);
    const across = await runCli(['calendar', 'fairness', '--from', '2026-12-20', '--to', '2027-01-10'], env);
    expect(across.stderr).toContain('Questi giorni sono nei calendari dal 1° al 31 dicembre 2026 (--from 2026-12-01 --to 2026-12-31) e dal 1° al 31 gennaio 2027 (--from 2027-01-01 --to 2027-01-31): indica uno di questi periodi.');
    expect((await runCli(['calendar', 'show', '--from', '2027-02-01', '--to', '2027-02-28'], env)).stderr).toContain('generalo con "turnario calendar generate"');
  });

  it('replans after an absence and explains a duty', async () => {
    await runCli(['calendar', 'generate', ...period], env);
    await runCli(['calendar', 'publish', ...period], env);
    const shown = (await runCli(['calendar', 'show', ...period, '--magistrate', 'rossi'], env)).stdout;
    const first = /^  (?:\S+ )?(\d+) dicembre 2026: (.+) – Mario Rossi$/m.exec(shown.replace(/1°/g, '1'));
    expect(first).not.toBeNull();
    const day = `2026-12-${first![1]!.padStart(2, '0')}`;
    const explained = await runCli(['calendar', 'explain', ...period, '--magistrate', 'rossi', '--day', day], env);
    expect(explained.stdout).toContain('Mario Rossi: "');
    expect(explained.stdout).toContain('- Perché può svolgerlo:');
    expect(explained.stdout).toContain('- Equità: nel periodo ha un carico di');
    expect((await runCli(['calendar', 'replan', ...period], env)).stdout).toBe('Nessun turno pubblicato è toccato dalle assenze: non serve ripianificare.\n');
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'malattia', '--from', day], env);
    const replanned = await runCli(['calendar', 'replan', ...period], env);
    expect(replanned.stdout).toContain('Proposta di ripianificazione (versione provvisoria 2)');
    expect(replanned.stdout).toContain('da Mario Rossi a ');
    const republished = (await runCli(['calendar', 'publish', ...period], env)).stdout;
    expect(republished).toMatch(/pubblicato \(versione 2\)\. Rispetto alla versione pubblicata prima (cambia 1 turno|cambiano \d+ turni) per (1 magistrato|\d+ magistrati)\./);
    // The publication lists the changes, one per line, as the replan proposal did.
    const proposed = replanned.stdout.split('\n').filter((l) => l.startsWith('- "'));
    expect(proposed.length).toBeGreaterThan(0);
    expect(republished.split('\n').filter((l) => l.startsWith('- "'))).toEqual(proposed);
  });

  it('replaces a replan proposal not yet published with one covering a second absence too', async () => {
    await runCli(['calendar', 'generate', ...period], env);
    await runCli(['calendar', 'publish', ...period], env);
    const dayOf = async (magistrate: string, surname: string, not?: string) => {
      const shown = (await runCli(['calendar', 'show', ...period, '--magistrate', magistrate], env)).stdout.replace(/1°/g, '1');
      const days = [...shown.matchAll(new RegExp(`^  (?:\\S+ )?(\\d+) dicembre 2026: .+ – ${surname}$`, 'gm'))].map((m) => `2026-12-${m[1]!.padStart(2, '0')}`);
      return days.find((d) => d !== not)!;
    };
    const rossiDay = await dayOf('rossi', 'Mario Rossi');
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'malattia', '--from', rossiDay], env);
    expect((await runCli(['calendar', 'replan', ...period], env)).stdout).toContain('Proposta di ripianificazione (versione provvisoria 2)');
    const bianchiDay = await dayOf('bianchi', 'Laura Bianchi', rossiDay);
    await runCli(['absence', 'add', '--magistrate', 'bianchi', '--type', 'malattia', '--from', bianchiDay], env);
    const replanned = await runCli(['calendar', 'replan', ...period], env);
    expect(replanned.code).toBe(0);
    const lines = replanned.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Proposta di ripianificazione \(versione provvisoria 3\): \d+ turni cambiano\.$/);
    expect(lines[1]).toBe('Sostituisce la proposta provvisoria 2, non ancora approvata: copre tutte le assenze note e i cambiamenti sono rispetto alla versione pubblicata 1.');
    expect(replanned.stdout).toContain('da Mario Rossi a ');
    expect(replanned.stdout).toContain('da Laura Bianchi a ');
  });

  it('withdraws a replan proposal whose absence was cancelled, making no version equal to the published one', async () => {
    await runCli(['calendar', 'generate', ...period], env);
    await runCli(['calendar', 'publish', ...period], env);
    const shown = (await runCli(['calendar', 'show', ...period, '--magistrate', 'rossi'], env)).stdout.replace(/1°/g, '1');
    const day = `2026-12-${/^  (?:\S+ )?(\d+) dicembre 2026: .+ – Mario Rossi$/m.exec(shown)![1]!.padStart(2, '0')}`;
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'malattia', '--from', day], env);
    expect((await runCli(['calendar', 'replan', ...period], env)).stdout).toContain('Proposta di ripianificazione (versione provvisoria 2)');
    const id = /^(\S+)  Mario Rossi: malattia/m.exec((await runCli(['absence', 'list', '--magistrate', 'rossi'], env)).stdout)![1]!;
    expect((await runCli(['absence', 'cancel', id], env)).code).toBe(0);

    const replanned = await runCli(['calendar', 'replan', ...period], env);
    expect(replanned.code).toBe(0);
    expect(replanned.stdout).toBe('La proposta provvisoria 2, non ancora approvata, non serve più: con le assenze note nessun turno pubblicato cambia. '
      + 'L\'ho ritirata e resta in vigore il calendario pubblicato (versione 1), senza nulla da pubblicare.\n');
    expect((await runCli(['calendar', 'show', ...period], env)).stdout).toContain('versione 1, pubblicato');
    expect((await runCli(['calendar', 'publish', ...period], env)).stderr).toBe('Il calendario dal 1° al 31 dicembre 2026 è già pubblicato (versione 1) e non ci sono modifiche da pubblicare.\n');
    expect((await runCli(['calendar', 'replan', ...period], env)).stdout).toBe('Nessun turno pubblicato è toccato dalle assenze: non serve ripianificare.\n');
  });

  it('replans the demo Procura\'s quarter weighing the recommended rules, and lists the rules the proposal breaks', async () => {
    const quarter = ['--from', '2027-01-01', '--to', '2027-03-31'];
    await runCli(['calendar', 'generate', ...quarter], env);
    await runCli(['calendar', 'publish', ...quarter], env);
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'malattia', '--from', '2027-01-28', '--to', '2027-02-05'], env);
    const replanned = (await runCli(['calendar', 'replan', ...quarter], env)).stdout;
    expect(replanned).toContain('Proposta di ripianificazione (versione provvisoria 2): 4 turni cambiano.');
    // Saturday 30 January: Rossi's turno arrestati. Its week's reperibile also holds the weekend turn; the fill
    // alone (fairness first, rules as tie-breakers, the day's other duties frozen with his kept week) gave it to
    // him against "arrestati-fuori-reperibilita" and four days from his next one.
    expect(replanned).not.toContain('"Turno esterno di reperibilità" e "Turno arrestati e direttissime" lo stesso giorno');
    const lines = replanned.trimEnd().split('\n');
    const warning = lines.findIndex((l) => l.startsWith('Attenzione: la proposta viola'));
    if (warning >= 0) expect(lines.slice(warning + 1, -1).every((l) => /^- Regola (inderogabile|raccomandata): [A-Z]/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('Per accettarla, pubblica la nuova versione.');
  });

  it.each([
    [['calendar', 'explain', ...period, '--magistrate', 'rossi', '--day', 'domani'], 'Il giorno "domani" non è valido'],
    [['calendar', 'generate', '--from', '2026-12-31', '--to', '2026-12-01'], 'L\'intervallo è rovesciato: la data finale (1° dicembre 2026) precede quella iniziale (31 dicembre 2026).'],
    [['calendar', 'generate', '--from', '2026-12-01', '--to', '2026-12-32'], 'La data finale "2026-12-32" non è valida'],
    [['calendar', 'generate', ...period, '--office', 'tribunale-napoli'], 'L\'ufficio "tribunale-napoli" non ha servizi da mettere in calendario.'],
    [['calendar', 'generate', ...period, '--office', 'milano'], 'Nessun ufficio con id "milano".'],
    [['calendar', 'show', ...period], 'Non c\'è ancora un calendario dal 1° al 31 dicembre 2026'],
    [['calendar', 'publish', ...period], 'Non c\'è ancora un calendario dal 1° al 31 dicembre 2026: generane prima uno provvisorio.'],
  ])('refuses %j with an Italian message', async (argv, message) => {
    const run = await runCli(argv, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });
});

describe('turnario calendar edit', () => {
  it('reassigns, swaps and pins on the provisional version, with warnings listed by rule, and explains bad input in Italian', async () => {
    const { openLowdbStore } = await import('../../../adapters/store/index.ts');
    const { latestVersion } = await import('../../../src/calendar/versions/calendar-versions.ts');
    await runCli(['calendar', 'generate', ...period], env);
    const read = async () => {
      const store = await openLowdbStore({ dir: env.TURNARIO_DATA_DIR! });
      const version = latestVersion(store.snapshot(), { officeId: 'procura-napoli', from: '2026-12-01', to: '2026-12-31' })!;
      await store.close();
      return version;
    };
    const v1 = await read();
    const week = v1.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-07')!;
    const other = v1.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-14')!;
    const moved = await runCli(['calendar', 'edit', 'reassign', ...period, '--service', 'reperibilita', '--day', '2026-12-09', '--magistrate', week.magistrateId, '--to-magistrate', other.magistrateId, '--reason', 'richiesta del capo'], env);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain('versione provvisoria 2');
    const v2 = await read();
    expect(v2.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-07')!.magistrateId).toBe(other.magistrateId);
    // Two on-call weeks in a row for the same person break the 21-day spacing: the warning says the rule's level and
    // sentence, not its configuration id.
    expect(moved.stdout).toMatch(/\n- Regola inderogabile: .* due turni di "Turno esterno di reperibilità"/);
    expect(moved.stdout).not.toContain('[reperibilita-distanziate]');

    const swapped = await runCli(['calendar', 'edit', 'swap', ...period, '--service', 'reperibilita', '--day', '2026-12-07', '--magistrate', other.magistrateId, '--day2', '2026-12-14', '--magistrate2', other.magistrateId, '--reason', 'prova'], env);
    // Both weeks are now the same person's: swapping them would change nothing, and no version is saved.
    expect(swapped.code).toBe(1);
    expect(swapped.stderr).toContain('scambiarli non cambia nulla');
    expect((await read()).number).toBe(2);
    const pinned = await runCli(['calendar', 'edit', 'pin', ...period, '--service', 'reperibilita', '--day', '2026-12-21', '--magistrate', (await read()).duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-21')!.magistrateId, '--reason', 'accordo'], env);
    expect(pinned.code).toBe(0);
    const holder = (await read()).duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-21')!;
    expect(holder.pinned).toBe(true);
    // A new generation keeps what the head pinned (the edits too) …
    const again = await runCli(['calendar', 'generate', ...period], env);
    expect(again.stdout).toMatch(/Ho mantenuto i \d+ turni fissati dal capo dell'ufficio\./);
    expect((await read()).duties).toContainEqual(expect.objectContaining({ serviceId: 'reperibilita', from: '2026-12-21', magistrateId: holder.magistrateId, pinned: true }));
    // … but not a pinned duty its holder can no longer do, and says so.
    await runCli(['absence', 'add', '--magistrate', holder.magistrateId, '--type', 'malattia', '--from', '2026-12-22', '--to', '2026-12-22'], env);
    const without = await runCli(['calendar', 'generate', ...period], env);
    expect(without.stdout).toContain('Un turno fissato non è più possibile (assenza o idoneità) ed è stato riassegnato: "Turno esterno di reperibilità" dal 21 al 27 dicembre 2026 di ');
    expect((await read()).duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-21')!.magistrateId).not.toBe(holder.magistrateId);

    expect((await runCli(['calendar', 'edit', ...period], env)).stderr).toContain('Indica l\'azione: assign, unassign, reassign, swap, pin, unpin');
    expect((await runCli(['calendar', 'edit', 'assign', ...period, '--service', 'nulla', '--day', '2026-12-09', '--magistrate', 'rossi', '--reason', 'x'], env)).stderr).toContain('Il servizio "nulla" non esiste');
    expect((await runCli(['calendar', 'edit', 'unassign', ...period, '--service', 'reperibilita', '--day', '2026-12-09', '--magistrate', 'pippo', '--reason', 'x'], env)).stderr).toContain('Non trovo nessun magistrato "pippo"');
    expect((await runCli(['calendar', 'edit', 'unassign', ...period, '--service', 'reperibilita', '--day', '2026-12-09', '--magistrate', other.magistrateId], env)).stderr).toContain('Indica il motivo');
  });
});
