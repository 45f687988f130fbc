import { describe, expect, it } from 'vitest';
import { readDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { officeJobSettings } from '../../src/domain/office-jobs.ts';
import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';

async function procura(jobs: unknown): Promise<string[]> {
  const config = (await readDemoOffices()).find((c) => c.office.id === 'procura-napoli')!;
  const result = parseOfficeConfig({ ...config, jobs });
  return result.ok ? [] : result.errors;
}

describe('office job settings', () => {
  it('without "jobs": generation on the 10th at 07:00, reminders at 18:00 the evening before and 08:00 the morning of, digest Monday 08:00', () => {
    const settings = officeJobSettings(undefined);
    expect(settings.generation).toEqual({ enabled: true, dayOfMonth: 10, time: '07:00', monthsAhead: 1 });
    expect(settings.reminders.offsets).toEqual([{ id: 'sera-prima', daysBefore: 1, time: '18:00' }, { id: 'mattina', daysBefore: 0, time: '08:00' }]);
    expect(settings.digest).toEqual({ enabled: true, weekday: 1, time: '08:00' });
    expect(settings.absenceFollowUp.afterHours).toBe(24);
  });

  it('accepts per-person reminders and refuses, in Italian with the path, a time in the 02:00 hour or an unknown person', async () => {
    expect(await procura({ reminders: { people: { 'rossi-mario': [{ id: 'pomeriggio', daysBefore: 1, time: '15:00' }] } } })).toEqual([]);
    expect(await procura({ digest: { time: '02:30' } })).toEqual([
      'jobs.digest.time: atteso un orario fuori dalla fascia 02:00–02:59, che nei giorni del cambio dell\'ora non esiste o si ripete (es. 03:00), trovato "02:30"',
    ]);
    const unknown = await procura({ reminders: { people: { 'bianchi-mari': [] } } });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^jobs\.reminders\.people\.bianchi-mari: atteso l'identificativo di un magistrato esistente/);
    expect(await procura({ generation: { dayOfMonth: 31 } })).toEqual(['jobs.generation.dayOfMonth: atteso un numero ≤ 28, trovato 31']);
  });
});
