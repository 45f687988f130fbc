export * from './absence-overlap.ts';
export * from './describe-availability.ts';
export * from './effective-capacity.ts';
export * from './exemptions.ts';
export * from './legal-calendar.ts';
export * from './national-holidays.ts';
export * from './summer-suspension.ts';
