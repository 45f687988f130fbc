import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind126-129 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('who among the office has put in or sent an absence ("chi dei colleghi ha già messo le ferie?") asks who is absent', () => {
  it.each([
    ['chi dei colleghi ha messo le ferie a dicembre?', 'ferie', '2026-12-01', '2026-12-31'],
    ['chi ha già chiesto il congedo per dicembre?', 'congedo', '2026-12-01', '2026-12-31'],
    ['chi tra i pm ha inviato il certificato medico ieri?', 'malattia', '2026-11-22', '2026-11-22'],
    ['chi ha segnato i giorni di ferie a gennaio?', 'ferie', '2027-01-01', '2027-01-31'],
  ])('%s', (text, absenceType, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', absenceType, from, to, magistrate: null });
  });
  it('the writer\'s own certificate sent is still a declaration', () => {
    expect(read('ho mandato il certificato di malattia, domani non vengo')).toMatchObject({ intent: 'absence_declare', from: '2026-11-24' });
  });
});
