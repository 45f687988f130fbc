import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDutyAfterTurno, formatOwnDuty, serviceWithHours } from '../../src/conversation/format-duty.ts';
import type { Duty } from '../../src/domain/calendar.ts';
import { officeConfigSchema } from '../../src/domain/office-config.ts';

const procura = officeConfigSchema.parse(JSON.parse(readFileSync(new URL('../../data/demo/procura-napoli.json', import.meta.url), 'utf8')));
const duty = (serviceId: string): Duty => ({ id: 'd', serviceId, magistrateId: 'rossi-mario', from: '2026-11-24', to: '2026-11-24', pinned: false });

describe('a duty as the chat writes it', () => {
  it('puts the hours of a service whose name has its own parentheses after a comma, never in a second pair', () => {
    expect(serviceWithHours(procura, 'codice-rosso')).toBe('Turno codice rosso (audizione delle persone offese entro tre giorni), 9:00–14:00');
    expect(formatOwnDuty(procura, duty('codice-rosso'))).toBe('martedì 24 novembre: Turno codice rosso (audizione delle persone offese entro tre giorni), 9:00–14:00');
    expect(formatDutyAfterTurno(procura, duty('codice-rosso'))).toBe('di martedì 24 novembre (Turno codice rosso, audizione delle persone offese entro tre giorni, 9:00–14:00)');
  });

  it('keeps the parentheses for the hours of a plain name', () => {
    expect(formatOwnDuty(procura, duty('arrestati'))).toBe('martedì 24 novembre: Turno arrestati e direttissime (8:00–20:00)');
    expect(formatDutyAfterTurno(procura, duty('arrestati'))).toBe('di martedì 24 novembre (Turno arrestati e direttissime, 8:00–20:00)');
  });
});
