import { describe, expect, it } from 'vitest';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { countBy, demoText, parsedDemo } from './demo-files.ts';

/** The two demo offices shipped in data/demo, together: valid, with unique chat identities and names. */

const procura = parsedDemo('procura-napoli');
const tribunale = parsedDemo('tribunale-napoli');

describe('both demo files', () => {
  it.each(['procura-napoli', 'tribunale-napoli'])('%s.json passes the validator', (name) => {
    expect(parseOfficeConfigText(demoText(name))).toMatchObject({ ok: true });
  });

  it('gives every magistrate a Slack id, a Teams GUID and an institutional email, all unique across both offices', () => {
    const all = [...procura.magistrates, ...tribunale.magistrates];
    for (const m of all) {
      expect(m.chat.slackUserId, m.id).toMatch(/^U[A-Z0-9]{8,10}$/);
      expect(m.chat.teamsAadObjectId, m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(m.chat.email, m.id).toMatch(/^[a-z]+\.[a-z]+@giustizia\.it$/);
      expect(m.id, m.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
    for (const field of ['slackUserId', 'teamsAadObjectId', 'email'] as const) {
      expect(new Set(all.map((m) => m.chat[field])).size, field).toBe(all.length);
    }
  });

  it('uses distinct surnames, except one deliberate pair with different first names', () => {
    for (const office of [procura, tribunale]) {
      const duplicates = Object.entries(countBy(office.magistrates, (m) => m.surname)).filter(([, n]) => n > 1);
      expect(duplicates.length).toBeLessThanOrEqual(1);
      for (const [surname] of duplicates) {
        const names = office.magistrates.filter((m) => m.surname === surname).map((m) => m.name);
        expect(new Set(names).size).toBe(names.length);
      }
    }
    expect(procura.magistrates.filter((m) => m.surname === 'Esposito').map((m) => m.name)).toEqual(['Giulia', 'Marco']);
  });
});
