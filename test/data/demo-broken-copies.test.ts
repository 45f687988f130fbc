import { describe, expect, it } from 'vitest';
import { errorsOf, rawDemo } from './demo-files.ts';

/** Broken copies of the demo files: the validator names each path, what it expected and what it found. */

describe('broken copies of the demo files', () => {
  it('reports a shape error with the path, the expected value and what was found', () => {
    const config = rawDemo('procura-napoli');
    const arrestati = config.services.findIndex((s: { id: string }) => s.id === 'arrestati');
    config.services[arrestati].coverage.saturday = 'due';
    const rossi = config.magistrates.findIndex((m: { id: string }) => m.id === 'rossi-mario');
    config.magistrates[rossi].chat.slackUserId = 'rossi';
    expect(errorsOf(config)).toEqual([
      `magistrates[${rossi}].chat.slackUserId: atteso un identificativo utente Slack (es. U04ABCDEF), trovato "rossi"`,
      `services[${arrestati}].coverage.saturday: atteso un numero intero ≥ 0, trovato "due"`,
    ]);
  });

  it('reports an unknown group and exemptions outside their bands, naming each path', () => {
    const config = rawDemo('procura-napoli');
    const index = (id: string) => config.magistrates.findIndex((m: { id: string }) => m.id === id);
    config.magistrates[index('santoro-giuseppe')].groups = ['dda'];
    config.magistrates[index('marino-alessandro')].exemptions[0].percentage = 30;
    config.magistrates[index('de-luca-anna')].exemptions = [{ title: 'consiglio_giudiziario', percentage: 40, from: '2026-01-01' }];
    expect(errorsOf(config)).toEqual([
      `magistrates[${index('de-luca-anna')}].exemptions[0].percentage: atteso 0 (chi ricopre incarichi direttivi o semidirettivi non può usufruire dell'esonero come componente eletto), trovato 40`,
      `magistrates[${index('marino-alessandro')}].exemptions[0].percentage: atteso esattamente 40% (misura fissa e non rinunciabile per i componenti della STO), trovato 30`,
      `magistrates[${index('santoro-giuseppe')}].groups[0]: atteso l'identificativo di un gruppo di lavoro esistente (per esempio "pa", "economia", "fasce-deboli", "criminalita-comune"), trovato "dda"`,
    ]);
  });

  it('reports a panel member who is not a judge and a hearing whose direct summons exceed its capacity', () => {
    const config = rawDemo('tribunale-napoli');
    config.giada.panels[0].memberIds[2] = 'caruso-elisabetta';
    const leone = config.giada.hearingPatterns.findIndex((h: { judgeId?: string }) => h.judgeId === 'leone-marta');
    config.giada.hearingPatterns[leone].caps.directSummonsCap = 12;
    expect(errorsOf(config)).toEqual([
      'giada.panels[0].memberIds[2]: atteso l\'identificativo di un giudice esistente (per esempio "ferrari-giorgio", "leone-marta", "longo-vincenzo", "gentile-francesca", "martinelli-pietro", "vitale-rosaria", "coppola-raffaele", "serra-lucia"), trovato "caruso-elisabetta"',
      `giada.hearingPatterns[${leone}].caps.directSummonsCap: atteso un numero non superiore alla disponibilità dell'udienza (10), trovato 12`,
    ]);
  });
});
