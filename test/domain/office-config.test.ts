import { describe, expect, it } from 'vitest';
import { parseOfficeConfig, parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';

/** A small valid Procura; each test breaks one thing. */
function validConfig(): Record<string, any> {
  return {
    office: { id: 'procura-test', name: 'Procura di Test', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 600, headWorkloadPercent: 40 },
    groups: [{ id: 'pa', name: 'Pubblica amministrazione' }],
    magistrates: [
      { id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'procuratore' },
      { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto', groups: ['pa'], chat: { slackUserId: 'U01ROSSI', teamsAadObjectId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
        exemptions: [{ title: 'sto', percentage: 40, from: '2026-01-01' }] },
    ],
    services: [{ id: 'reperibilita', name: 'Reperibilità', kind: 'reperibilita', block: { type: 'week' },
      coverage: { monday: 1, tuesday: 1, wednesday: 1, thursday: 1, friday: 1, saturday: 1, sunday: 1 }, eligibility: { roles: ['sostituto'] } }],
    rules: [{ id: 'no-doppia', type: 'exclusion', services: ['reperibilita', 'reperibilita'], mode: 'within_days', days: 14 }],
  };
}

function errorsOf(config: unknown): string[] {
  const result = parseOfficeConfig(config);
  return result.ok ? [] : result.errors;
}

describe('office configuration validation', () => {
  it('accepts a valid office and fills defaults', () => {
    const result = parseOfficeConfig(validConfig());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.schemaVersion).toBe(1);
      expect(result.value.magistrates[0]!.workPercent).toBe(100);
      expect(result.value.services[0]!.loadWeight).toEqual({ weekday: 1, weekend: 1.5, holiday: 2 });
    }
  });

  it('names the path, the expected value and what was found', () => {
    const config = validConfig();
    config.services[0].coverage.saturday = 'due';
    expect(errorsOf(config)).toEqual(['services[0].coverage.saturday: atteso un numero intero ≥ 0, trovato "due"']);
  });

  it.each([
    ['a missing field', (c: any) => delete c.office.city, 'office.city: manca il campo obbligatorio (atteso un testo)'],
    ['an unknown key', (c: any) => (c.magistrates[1].gruppi = []), 'magistrates[1]: campo non previsto "gruppi" (controlla l\'ortografia)'],
    ['a bad enum', (c: any) => (c.magistrates[1].role = 'pm'), 'magistrates[1].role: atteso uno tra "procuratore", "procuratore_aggiunto", "sostituto", "vpo", "presidente_tribunale", "presidente_sezione", "giudice", "gip_gup", trovato "pm"'],
    ['a bad date', (c: any) => (c.magistrates[1].exemptions[0].from = '2026-02-30'), 'magistrates[1].exemptions[0].from: atteso una data valida nel formato AAAA-MM-GG (es. 2026-12-01), trovato "2026-02-30"'],
    ['a bad Teams id', (c: any) => (c.magistrates[1].chat.teamsAadObjectId = 'abc'), 'magistrates[1].chat.teamsAadObjectId: atteso un identificativo GUID (es. 3f2504e0-4f89-41d3-9a0c-0305e82c3301), trovato "abc"'],
    ['an unknown group', (c: any) => (c.magistrates[1].groups = ['ddA']), 'magistrates[1].groups[0]: atteso l\'identificativo di un gruppo di lavoro esistente (per esempio "pa"), trovato "ddA"'],
    ['an unknown service in a rule', (c: any) => (c.rules[0].services[1] = 'arrestati'), 'rules[0].services[1]: atteso l\'identificativo di un servizio esistente (per esempio "reperibilita"), trovato "arrestati"'],
    ['a duplicate id', (c: any) => c.magistrates.push({ ...c.magistrates[1], exemptions: [] }), 'magistrates[2].id: atteso un identificativo non già usato da un altro elemento dello stesso elenco, trovato "rossi-mario"'],
    ['a reversed exemption', (c: any) => (c.magistrates[1].exemptions[0].to = '2025-12-31'), 'magistrates[1].exemptions[0].to: atteso una data non precedente all\'inizio (2026-01-01), trovato "2025-12-31"'],
    ['a within_days exclusion without days', (c: any) => delete c.rules[0].days, 'rules[0].days: atteso il numero di giorni, obbligatorio con la modalità "within_days", trovato nessun valore'],
    ['a head share under 30%', (c: any) => (c.office.headWorkloadPercent = 20), 'office.headWorkloadPercent: atteso almeno 30: il carico del procuratore è almeno il 30% di quello di un sostituto (circolare CSM sulle Procure, art. 5 c. 5), trovato 20'],
    ['an unknown group coordinator', (c: any) => (c.groups[0].coordinatorId = 'bianchi-luca'), 'groups[0].coordinatorId: atteso l\'identificativo di un magistrato esistente (per esempio "verdi-anna", "rossi-mario"), trovato "bianchi-luca"'],
    ['a tribunale without GIADA', (c: any) => (c.office.kind = 'tribunale'), 'giada: atteso la sezione "giada" con la configurazione delle assegnazioni, obbligatoria per un tribunale, trovato nessun valore'],
  ])('rejects %s', (_name, breakIt, expected) => {
    const config = validConfig();
    breakIt(config);
    expect(errorsOf(config)).toEqual([expected]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = parseOfficeConfigText('{\n  "office": {\n    "id": "x",,\n  }\n}');
    expect(result).toEqual({ ok: false, errors: ['il file non è un JSON valido: errore di sintassi alla riga 3, colonna 15'] });
  });
});

describe('exemption bands (organisational project, section VII)', () => {
  const withExemption = (title: string, percentage: number, districtSize = 600, role = 'sostituto') => {
    const config = validConfig();
    config.office.districtSize = districtSize;
    config.magistrates[1].role = role;
    config.magistrates[1].exemptions = [{ title, percentage, from: '2026-01-01' }];
    return errorsOf(config);
  };

  it.each([
    ['sto', 40, 600, 'sostituto'],
    ['referente_formazione', 10, 600, 'sostituto'],
    ['referente_formazione', 25, 600, 'sostituto'],
    ['consiglio_giudiziario', 20, 120, 'sostituto'],
    ['consiglio_giudiziario', 30, 200, 'sostituto'],
    ['consiglio_giudiziario', 35, 400, 'sostituto'],
    ['consiglio_giudiziario', 50, 600, 'sostituto'],
    ['consiglio_direttivo_cassazione', 40, 600, 'sostituto'],
    ['magrif', 10, 600, 'sostituto'],
  ])('accepts %s at %i%% (district %i, %s)', (title, pct, size, role) => {
    expect(withExemption(title, pct, size, role)).toEqual([]);
  });

  it.each([
    ['sto', 30, 600, 'sostituto', 'esattamente 40% (misura fissa e non rinunciabile per i componenti della STO)'],
    ['referente_formazione', 30, 600, 'sostituto', 'una percentuale tra 10% e 25% (tra il 10% e il 25% per il referente per la formazione)'],
    ['consiglio_giudiziario', 25, 120, 'sostituto', 'esattamente 20% (distretto fino a 150 magistrati)'],
    ['consiglio_giudiziario', 35, 200, 'sostituto', 'una percentuale tra 20% e 30% (distretto tra 151 e 250 magistrati)'],
    ['consiglio_giudiziario', 45, 400, 'sostituto', 'una percentuale tra 30% e 40% (distretto tra 251 e 500 magistrati)'],
    ['consiglio_giudiziario', 30, 600, 'sostituto', 'una percentuale tra 40% e 50% (distretto con più di 500 magistrati)'],
    ['consiglio_direttivo_cassazione', 45, 600, 'sostituto', 'una percentuale tra 20% e 40% (tra il 20% e il 40% per il Consiglio direttivo della Cassazione)'],
    ['consiglio_giudiziario', 40, 600, 'procuratore_aggiunto', '0 (chi ricopre incarichi direttivi o semidirettivi non può usufruire dell\'esonero come componente eletto)'],
  ])('rejects %s at %i%% (district %i, %s)', (title, pct, size, role, expected) => {
    expect(withExemption(title, pct, size, role)).toEqual([`magistrates[1].exemptions[0].percentage: atteso ${expected}, trovato ${pct}`]);
  });
});
