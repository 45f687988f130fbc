import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../../src/calendar/versions/calendar-versions.ts';
import { HEAD, PERIOD, ROSSI, SEGRETERIA, as, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const PRESIDENT = as('caruso-elisabetta');
const JUDGE = as('longo-vincenzo');

/** Files `count` GIADA requests as Rossi (a PM) through the chat form; the decisions the ledger recorded. */
async function fileRequests(count: number): Promise<{ candidateId: string | null; weight: number; status: string }[]> {
  const opened = await demo.conversation.handleText(ROSSI, 'devo chiedere la data della prima udienza');
  const matters = opened.form!.fields.find((f) => f.id === 'subjectMatter')!.options!;
  for (let i = 0; i < count; i++) {
    await demo.conversation.submitForm(ROSSI, 'giada_request', {
      reference: `${100 + i}/2026`, type: 'citazione_diretta', subjectMatter: matters[i % matters.length]!.value, free: String(1 + (i % 3)), detained: String(i % 2), charges: '640, 646', urgent: 'false',
    });
  }
  const ledger = (await demo.store.readLog('giada-ledger')) as { kind: string; decision?: { candidateId: string | null; weight: number; status: string } }[];
  return ledger.flatMap((r) => (r.kind === 'assignment' && r.decision ? [r.decision] : []));
}

describe('conversation core: fairness questions', () => {
  it("answers a magistrate's own load against the target, per kind, from the published calendar", async () => {
    const reply = await demo.conversation.handleText(ROSSI, "com'è la mia equità?");
    expect(reply.title).toBe("Il tuo carico rispetto all'obiettivo");
    expect(reply.sections[0]!.heading).toBe('Nei calendari pubblicati dal 23 novembre al 31 dicembre');
    // The duties counted are Rossi's in the published calendar, kind by kind.
    const config = demo.store.snapshot().offices[PERIOD.officeId]!;
    const kindOf = new Map(config.services.map((s) => [s.id, s.kind]));
    const mine = latestPublished(demo.store.snapshot(), PERIOD)!.duties.filter((d) => d.magistrateId === 'rossi-mario');
    const arrestati = mine.filter((d) => kindOf.get(d.serviceId) === 'arrestati').length;
    expect(reply.sections[0]!.lines).toContainEqual(expect.stringMatching(new RegExp(`^Turno arrestati e direttissime: ${arrestati} turn[oi], carico \\d+,\\d, obiettivo \\d+,\\d\\. Sei (?:in linea con l'obiettivo|\\d+,\\d punt[oi] (?:sopra|sotto) l'obiettivo)\\.$`)));
    expect(textOf(reply)).toContain('chiedi "perché a me?"');
  });

  it('shows the whole office to the head only; anyone else is told who can see it', async () => {
    const office = await demo.conversation.handleText(HEAD, 'equità del calendario');
    expect(office.title).toBe("Equità dei turni dell'ufficio");
    expect(office.sections[0]!.lines.find((l) => l.startsWith('Reperibilità: '))).toMatch(/^Reperibilità: (?:scarto medio \d+,\d punt[oi]\. Il più sopra l'obiettivo è [A-Z]\w+ [A-Z]\w+ \(\d+,\d punt[oi] sopra\), il più sotto è [A-Z]\w+ [A-Z]\w+ \(\d+,\d punt[oi] sotto\)\.|tutti i \d+ magistrati sono in linea)/);
    const refused = await demo.conversation.handleText(ROSSI, 'equità del calendario');
    expect(refused.kind).toBe('refusal');
    expect(textOf(refused).trim()).toBe('Mi dispiace, il quadro dei carichi di tutto l\'ufficio è visibile solo al capo dell\'ufficio. Posso mostrarti il tuo: scrivi "com\'è la mia equità?".');
    const audit = (await demo.store.readLog('audit')) as { action: string; refused: boolean; actor: string }[];
    expect(audit).toContainEqual(expect.objectContaining({ action: 'chat.office_fairness', refused: true, actor: 'rossi-mario' }));
    expect((await demo.conversation.handleText(SEGRETERIA, "com'è la mia equità?")).sections[0]!.lines[0]).toContain('non hai turni tuoi');
  });

  it("at a Tribunale, answers a judge's GIADA load: cases and weights this semester, against capacity and the judges' mean", async () => {
    const decisions = await fileRequests(12);
    const own = decisions.filter((d) => d.status === 'assigned' && d.candidateId === 'longo-vincenzo');
    const reply = await demo.conversation.handleText(JUDGE, 'quanti fascicoli mi sono stati assegnati?');
    expect(reply.title).toBe('Il tuo carico GIADA');
    expect(reply.sections[0]!.heading).toBe('Richieste dal 1° luglio al 23 novembre');
    const line = reply.sections[0]!.lines[0]!;
    const weight = own.reduce((s, d) => s + d.weight, 0);
    expect(line).toMatch(new RegExp(`^Come giudice del rito monocratico hai ricevuto ${own.length} process[oi]${own.length > 0 ? `, di peso complessivo ${weight}` : ''}\\. Con una capacità del 100%, il carico per tempo pieno è ${weight},0, contro una media dei giudici di \\d+,\\d\\. Sei `));
    expect(textOf(reply)).not.toMatch(/non ho capito/i);
    // Twelve cases over 17 judges: one still waiting for the round's first case is told so, not that it is an imbalance.
    const waiting = ['ferrari-giorgio', 'leone-marta', 'longo-vincenzo', 'martinelli-pietro', 'serra-lucia', 'parisi-enrico', 'grasso-antonio', 'messina-alberto'].find((id) => !decisions.some((d) => d.candidateId === id))!;
    const idle = (await demo.conversation.handleText(as(waiting), 'il mio carico GIADA')).sections[0]!.lines[0]!;
    expect(idle).toMatch(/^Come giudice del rito monocratico hai ricevuto 0 processi\. .* Sei il 100% sotto la media, oltre la tolleranza del 10%, ma non più di quanto spieghi il giro di rotazione in corso\.$/);
    expect(textOf(reply)).toContain('"perché mi è stato assegnato il procedimento');
  });

  it('at a Tribunale, shows how the cases are spread to the president only', async () => {
    await fileRequests(6);
    const office = await demo.conversation.handleText(PRESIDENT, 'come sono distribuiti i procedimenti?');
    expect(office.title).toBe('Distribuzione dei processi GIADA');
    expect(office.sections[0]!.heading).toMatch(/^Richieste dal 1° luglio al 23 novembre, \d+ processi assegnati$/);
    const judges = office.sections[0]!.lines[0]!;
    const spread = /^Giudici del rito monocratico: (la più carica|il più carico) è ([A-Z]\w+ [A-Z]\w+), con \d+,\d per tempo pieno, (la meno carica|il meno carico) ([A-Z]\w+ [A-Z]\w+), con \d+,\d\. La differenza è (?:il|l'|lo) \d+% della media, (?:entro|oltre) la tolleranza del 10%/.exec(judges);
    expect(spread, judges).not.toBeNull();
    // Each judge named agrees with the gender the office declared ("la più carica è Marta Leone").
    const genderOf = (name: string) => demo.store.snapshot().offices['tribunale-napoli']!.magistrates.find((m) => `${m.name} ${m.surname}` === name)!.gender;
    expect(spread![1]).toBe(genderOf(spread![2]!) === 'F' ? 'la più carica' : 'il più carico');
    expect(spread![3]).toBe(genderOf(spread![4]!) === 'F' ? 'la meno carica' : 'il meno carico');
    // Six cases over 17 judges and 4 panels: the rotation is in its first round, which is no imbalance.
    expect(textOf(office)).not.toContain('serve quindi un riequilibrio');
    const refused = await demo.conversation.handleText(JUDGE, 'come sono distribuiti i procedimenti?');
    expect(textOf(refused)).toContain('è visibile solo al presidente del Tribunale');
  });
});
