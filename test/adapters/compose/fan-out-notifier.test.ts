import { describe, expect, it } from 'vitest';
import { FanOutNotifier } from '../../../adapters/compose/fan-out-notifier.ts';
import { MemoryNotifier, type Notification, type Recipient } from '../../../src/ports.ts';

const rossi: Recipient = { kind: 'magistrate', officeId: 'procura-napoli', magistrateId: 'rossi-mario' };
const office: Recipient = { kind: 'office', officeId: 'procura-napoli' };
const note = (to: Recipient): Notification => ({ to, text: 'Promemoria di prova.' });
const failing = { send: async () => { throw new Error('connettore non raggiungibile'); } };

describe('fan-out notifier', () => {
  it('delivers to every platform that reaches the recipient and to no other', async () => {
    const errors: string[] = [];
    const fan = new FanOutNotifier({ error: (m) => errors.push(m) });
    const teams = new MemoryNotifier();
    const slack = new MemoryNotifier();
    fan.add({ name: 'teams', notifier: teams, reaches: (to) => to.kind === 'magistrate' });
    fan.add({ name: 'slack', notifier: slack, reaches: (to) => to.kind === 'office' });
    await fan.send(note(rossi));
    await fan.send(note(office));
    expect(teams.sent.map((n) => n.to)).toEqual([rossi]);
    expect(slack.sent.map((n) => n.to)).toEqual([office]);
    expect(errors).toEqual([]);
  });

  it('keeps delivering when one platform fails, logging it; throws only when all that should deliver failed', async () => {
    const errors: string[] = [];
    const fan = new FanOutNotifier({ error: (m) => errors.push(m) });
    const teams = new MemoryNotifier();
    fan.add({ name: 'slack', notifier: failing, reaches: () => true });
    fan.add({ name: 'teams', notifier: teams, reaches: (to) => to.kind === 'magistrate' });
    await fan.send(note(rossi));
    expect(teams.sent).toHaveLength(1);
    expect(errors).toEqual(['Notifica non consegnata su slack']);
    await expect(fan.send(note(office))).rejects.toThrow('Notifica non consegnata: nessuna piattaforma l\'ha accettata (slack).');
  });

  it('logs, without retrying, a recipient no platform reaches', async () => {
    const errors: string[] = [];
    const fan = new FanOutNotifier({ error: (m) => errors.push(m) });
    fan.add({ name: 'slack', notifier: failing, reaches: () => false });
    await expect(fan.send(note(rossi))).resolves.toBeUndefined();
    await expect(fan.send(note(office))).resolves.toBeUndefined();
    expect(fan.routesFor(rossi)).toEqual([]);
    expect(errors).toEqual([
      'Notifica non recapitabile: nessuna piattaforma raggiunge rossi-mario (ufficio procura-napoli).',
      "Notifica non recapitabile: nessuna piattaforma raggiunge l'ufficio procura-napoli.",
    ]);
  });
});
