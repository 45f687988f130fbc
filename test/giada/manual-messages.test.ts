import { describe, expect, it } from 'vitest';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

describe('what the Dibattimento office reads after a manual action', () => {
  it('a joinder names the proceedings in the right number and the new weight and class', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: '60/2027' }));
    await assign(engine, makeRequest({ id: '61/2027', defendants: [{ detained: false }, { detained: false }] }));
    await assign(engine, makeRequest({ id: '62/2027' }));
    const one = await engine.join('60/2027', ['61/2027'], 'stessi fatti', dibattimento);
    expect(one.message).toBe('Riunione registrata: il processo 61/2027 è riunito al 60/2027, che ora pesa 5 (prima 2) e passa dalla I classe alla II classe.');
    await assign(engine, makeRequest({ id: '63/2027' }));
    const two = await engine.join('62/2027', ['63/2027'], 'stessi fatti', dibattimento);
    expect(two.message).toBe('Riunione registrata: il processo 63/2027 è riunito al 62/2027, che ora pesa 4 (prima 2) e passa dalla I classe alla II classe.');
  });

  it('a paper-shift backfill says whether the case took a place in the hearing', async () => {
    const { engine } = await openEngine(makeSetup());
    const on = await engine.backfill({ request: makeRequest({ id: 'P1', type: 'rinvio_a_giudizio' }), judgeId: 'g1', hearingDate: '2027-02-11', reason: 'sistema fermo', actor: dibattimento });
    expect(on.message).toBe("Assegnazione del turno cartaceo registrata per P1: posto occupato nell'udienza dell'11 febbraio 2027.");
    const off = await engine.backfill({ request: makeRequest({ id: 'P2', type: 'rinvio_a_giudizio' }), judgeId: 'g1', hearingDate: '2027-02-13', reason: 'sistema fermo', actor: dibattimento });
    expect(off.message).toBe("Assegnazione del turno cartaceo registrata per P2: il 13 febbraio 2027 non è un'udienza del calendario: il processo conta nella coda ma non occupa posti.");
  });
});

describe('saturation with a single competent candidate', () => {
  it('names the only panel instead of "nessuno dei 1 collegi competenti"', async () => {
    const setup = makeSetup({ panels: [{ id: 'c1', members: ['g1', 'g2', 'g3'], caps: { capacity: 1, directSummonsCap: 0, urgentExtra: 0 } }], from: '2027-01-01', to: '2027-02-28' });
    const { engine } = await openEngine(setup);
    const collegial = () => makeRequest({ type: 'rinvio_a_giudizio', charges: [{ code: '416-bis c.p.' }] });
    for (let i = 0; i < 7; i++) await assign(engine, collegial());
    const last = await assign(engine, collegial());
    expect(last.status).toBe('manual');
    expect(last.explanation).toContain("per l'unico collegio competente (Collegio c1).");
    expect(last.explanation).not.toContain('nessuno dei 1');
  });
});

describe('manual intervention on a saturated case', () => {
  it('the Dibattimento office fixes judge and date by hand on the case GIADA left to it; an assigned case still needs a reassignment', async () => {
    const { engine, store } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3], caps: { capacity: 1, directSummonsCap: 1, urgentExtra: 0 } }], from: '2027-03-03', to: '2027-03-03' }));
    const first = await assign(engine, makeRequest({ id: 'M0' }));
    const saturated = await assign(engine, makeRequest({ id: 'M1' }));
    expect(saturated.status).toBe('manual');
    const fixed = await engine.backfill({ request: engine.state.cases.get('M1')!.request, judgeId: 'a', hearingDate: '2027-03-10', reason: 'fissata a mano dal presidente di sezione', actor: dibattimento });
    // The only configured hearing (3 March) is full: the date fixed by hand is outside the calendar, and said so.
    expect(fixed.message).toBe("Intervento manuale registrato per M1: il 10 marzo 2027 non è un'udienza del calendario: il processo conta nella coda ma non occupa posti.");
    expect(engine.state.cases.get('M1')).toMatchObject({ status: 'assigned', hearingDate: '2027-03-10' });
    expect(engine.state.queues.received(0, 0)).toBe(2);
    const twice = await engine.backfill({ request: engine.state.cases.get('M0')!.request, judgeId: 'a', hearingDate: '2027-03-10', reason: 'r', actor: dibattimento });
    expect(twice.message).toBe('La richiesta M0 è già nel registro GIADA ed è assegnata: per cambiarne giudice o data serve una riassegnazione.');
    expect(first.status).toBe('assigned');
    const { verifyLedger } = await import('../../src/giada/verify.ts');
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });
});

describe('a hand-made assignment keeps the rules no paper shift may break', () => {
  const setup = () => {
    const s = makeSetup({ judges: [{ id: 'g1' }, { id: 'g2', sections: ['s2'] }, { id: 'g3' }], panels: [{ id: 'c1', members: ['g1', 'g2', 'g3'] }] });
    s.absences.push({ magistrateId: 'g1', type: 'ferie', from: '2027-02-08', to: '2027-02-12' });
    return s;
  };
  const by = { reason: 'turno cartaceo', actor: dibattimento };

  it.each([
    ['a hearing before the request', { request: makeRequest({ id: 'B1' }), judgeId: 'g1', hearingDate: '2027-01-10' }, "La data dell'udienza (10 gennaio 2027) non viene dopo quella della richiesta (15 gennaio 2027): controlla la data."],
    ['a collegial case to a single judge', { request: makeRequest({ id: 'B2', type: 'rinvio_a_giudizio', charges: [{ code: '416-bis c.p.' }] }), judgeId: 'g1', hearingDate: '2027-02-01' }, 'Il processo B2 è di competenza collegiale: va assegnato a un collegio, non a un giudice monocratico.'],
    ['a single-judge case to a panel', { request: makeRequest({ id: 'B3' }), panelId: 'c1', hearingDate: '2027-02-03' }, 'Il processo B3 è di competenza monocratica: va assegnato a un giudice, non a un collegio.'],
    ['a restricted matter outside its section', { request: makeRequest({ id: 'B4', subjectMatter: 'pa' }), judgeId: 'g1', hearingDate: '2027-02-01' }, 'Il giudice Giudice G1 non è competente per la materia «Pubblica amministrazione», che spetta a: II sezione.'],
  ] as const)('refuses %s', async (_what, input, message) => {
    const { engine } = await openEngine(setup());
    const out = await engine.backfill({ ...input, ...by });
    expect(out.ok).toBe(false);
    expect(out.message).toBe(message);
    expect(engine.state.cases.has(input.request.id)).toBe(false);
  });

  it('records one on a day the judge is away, and says so', async () => {
    const { engine } = await openEngine(setup());
    const out = await engine.backfill({ request: makeRequest({ id: 'B5', subjectMatter: 'pa' }), judgeId: 'g2', hearingDate: '2027-02-09', ...by });
    expect(out.ok).toBe(true);
    const away = await engine.backfill({ request: makeRequest({ id: 'B6' }), judgeId: 'g1', hearingDate: '2027-02-09', ...by });
    expect(away.message).toBe("Assegnazione del turno cartaceo registrata per B6: posto occupato nell'udienza del 9 febbraio 2027; attenzione, quel giorno Giudice G1 in ferie.");
  });
});

describe('abstention of the only competent judge', () => {
  it('leaves the case to manual intervention naming who abstained', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'g1' }, { id: 'g2', sections: ['s2'] }] }));
    await assign(engine, makeRequest({ id: 'X1', subjectMatter: 'pa' }));
    const out = await engine.reassign({ requestId: 'X1', cause: 'astensione', reason: 'astensione', actor: dibattimento, on: '2027-01-15' });
    expect(out.ok && out.assignment?.status).toBe('manual');
    expect(out.message).toContain('nessun giudice competente per la materia «Pubblica amministrazione» oltre a quello escluso per astensione o riassegnazione (Giudice G2).');
  });
});

describe('joinder with a proceeding listed twice', () => {
  it('is refused instead of counting its defendants and charges twice', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: '70/2027' }));
    await assign(engine, makeRequest({ id: '71/2027' }));
    const out = await engine.join('70/2027', ['71/2027', '71/2027'], 'riunione', dibattimento);
    expect(out.ok).toBe(false);
    expect(out.message).toBe('Il processo 71/2027 è indicato due volte tra quelli da riunire.');
    expect(engine.state.cases.get('70/2027')?.weight).toBe(2);
  });
});

describe('the notice to the Dibattimento office for a manual case', () => {
  it('says what GIADA could not do, why, and how to record the date fixed by hand', async () => {
    const { engine, notifier } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3], caps: { capacity: 1, directSummonsCap: 1, urgentExtra: 0 } }], from: '2027-03-03', to: '2027-03-03' }));
    await assign(engine, makeRequest({ id: '1/2027' }));
    await assign(engine, makeRequest({ id: '2/2027' }));
    expect(notifier.sent[0]!.text).toBe('GIADA non ha potuto fissare la prima udienza del procedimento 2/2027 (citazione diretta a giudizio): nessuna udienza non satura tra il 25 gennaio 2027 e il 3 agosto 2027 per l\'unico giudice competente (Giudice A). Serve un intervento manuale: fissati a mano giudice o collegio e data, si registrano con "turnario giada backfill --request 2/2027".');
  });
});

describe('why no hearing was found', () => {
  it('says the window fell in the August suspension instead of calling the hearings saturated', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3] }], window: { minDays: 10, maxDays: 20 } }), undefined, '2027-07-25T08:00:00Z');
    const out = await assign(engine, makeRequest({ id: '3/2027', type: 'rinvio_a_giudizio', requestedOn: '2027-07-25' }));
    expect(out.status).toBe('manual');
    expect(out.explanation).toContain("nessuna udienza utile tra il 4 agosto 2027 e il 14 agosto 2027 per l'unico giudice competente (Giudice A). Delle 2 udienze esaminate, 2 cadevano nella sospensione feriale di agosto.");
    expect(out.explanation).not.toContain('non satura');
  });

  it('says so when no competent judge sits at all in the window', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }], from: '2027-01-01', to: '2027-01-20' }));
    const out = await assign(engine, makeRequest({ id: '4/2027' }));
    expect(out.explanation).toContain("nessuna udienza in calendario tra il 25 gennaio 2027 e il 3 agosto 2027 per l'unico giudice competente (Giudice A).");
  });
});

describe('a candidate passed over for want of a hearing', () => {
  it('is named with why, and the chosen one is not said to have the lowest index of all', async () => {
    const setup = makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    setup.absences.push({ magistrateId: 'a', type: 'congedo', from: '2027-01-01', to: '2027-12-31' });
    const { engine } = await openEngine(setup);
    await assign(engine, makeRequest());
    await assign(engine, makeRequest());
    const third = await assign(engine, makeRequest());
    expect(third.explanation).toContain("aveva l'indice di assegnazione più basso nella classe tra chi aveva udienze libere nel range, pari a 1.");
    expect(third.explanation).toContain('Il giudice Giudice A, con indice 0, è stato saltato perché non aveva nessuna udienza con posto nel range: delle 135 esaminate, 135 in giorni di indisponibilità (Giudice A in congedo).');
    expect(third.explanation).not.toContain('Un candidato con indice pari o inferiore');
  });
});

describe('the explanation of a reassignment', () => {
  it('names the judge the case left', async () => {
    const { engine } = await openEngine(makeSetup());
    const first = await assign(engine, makeRequest({ id: 'A1' }));
    const out = await engine.reassign({ requestId: 'A1', cause: 'astensione', reason: 'astensione', actor: dibattimento, on: '2027-01-20' });
    expect(out.ok && out.assignment?.explanation).toContain(`Tra i 2 giudici competenti per la materia «Reati comuni»`);
    expect(out.ok && out.assignment?.explanation).toContain(`Non era tra i candidati il giudice Giudice ${first.judgeId!.toUpperCase()}, che si è astenuto o da cui il processo è stato riassegnato.`);
  });
});

describe('the notice for a reassignment left to manual intervention', () => {
  it('reads "non ha potuto riassegnare il procedimento"', async () => {
    const { engine, notifier } = await openEngine(makeSetup({ judges: [{ id: 'g1' }, { id: 'g2', sections: ['s2'] }] }));
    await assign(engine, makeRequest({ id: '8/2027', subjectMatter: 'pa' }));
    await engine.reassign({ requestId: '8/2027', cause: 'astensione', reason: 'astensione', actor: dibattimento, on: '2027-01-15' });
    expect(notifier.sent.at(-1)!.text).toMatch(/^GIADA non ha potuto riassegnare il procedimento 8\/2027 \(citazione diretta a giudizio\): nessun giudice competente/);
  });
});
