import { describe, expect, it } from 'vitest';
import { listCasesOnBlockedDays } from '../../src/giada/cases-on-blocked-days.ts';
import { listManualCases } from '../../src/giada/manual-cases.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

describe('what the Dibattimento office still has to act on', () => {
  it('lists a case fixed on a day its judge is now absent, once the absence is known', async () => {
    const setup = makeSetup();
    const { engine } = await openEngine(setup);
    const a = await assign(engine, makeRequest({ id: '5/2027' }));
    expect(listCasesOnBlockedDays(engine.state)).toEqual([]);
    const next = makeSetup();
    next.absences.push({ magistrateId: a.judgeId!, type: 'malattia', from: a.hearingDate!, to: a.hearingDate! });
    await engine.configure(next, 'malattia', dibattimento);
    expect(listCasesOnBlockedDays(engine.state)).toEqual([
      "Un processo è fissato in un'udienza che non si può più tenere:",
      `  5/2027: udienza del 25 gennaio 2027 davanti al giudice Giudice ${a.judgeId!.toUpperCase()}, ma quel giorno Giudice ${a.judgeId!.toUpperCase()} è in malattia.`,
      'Per ciascuno l\'ufficio del dibattimento valuta la riassegnazione ("turnario giada reassign --cause riassegnazione").',
    ]);
  });

  it('lists the cases waiting for manual intervention with their reason', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3], caps: { capacity: 1, directSummonsCap: 1, urgentExtra: 0 } }], from: '2027-03-03', to: '2027-03-03' }));
    expect(listManualCases(engine.state)).toEqual(['Nessun processo in attesa di intervento manuale.']);
    await assign(engine, makeRequest({ id: '1/2027' }));
    await assign(engine, makeRequest({ id: '2/2027', urgent: true }));
    expect(listManualCases(engine.state)).toEqual([
      'Un processo in attesa di intervento manuale:',
      "  2/2027 (citazione diretta a giudizio, urgente), richiesta del 15 gennaio 2027. Nessuna udienza non satura tra il 16 gennaio 2027 e il 3 agosto 2027 per l'unico giudice competente (Giudice A).",
      'Fissati a mano giudice o collegio e data, si registrano con "turnario giada backfill --request NUMERO".',
    ]);
  });
});
