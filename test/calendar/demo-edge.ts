import { FixedClock } from '../../src/ports.ts';

/**
 * The demo Procura's two first quarters of 2027 and the reperibilità week Monday 29 March – Sunday 4 April that their
 * edge cuts into 29–31 March (first period) and 1–4 April (second), as the edge-continuation tests use them.
 */
export const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
export const q1 = { officeId: 'procura-napoli', from: '2027-01-01', to: '2027-03-31' };
export const q2 = { officeId: 'procura-napoli', from: '2027-04-01', to: '2027-06-30' };
export type Period = typeof q1;
/** The slot ids of the week's two pieces. */
export const march = 'reperibilita@2027-03-29';
export const april = 'reperibilita@2027-04-01';
