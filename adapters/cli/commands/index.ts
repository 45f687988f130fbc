import type { Command } from '../io.ts';
import { absenceCommands } from './absence.ts';
import { calendarCommands } from './calendar.ts';
import { giadaCommands } from './giada.ts';
import { icalCommands } from './ical.ts';
import { jobsCommands } from './jobs.ts';
import { officeCommands } from './office.ts';
import { parseCommands } from './parse.ts';
import { rosterCommands } from './roster.ts';
import { startCommands } from './start.ts';

/** Every CLI command, grouped by file; a new command group adds one line here. */
export const commands: Command[] = [
  ...startCommands,
  ...officeCommands,
  ...absenceCommands,
  ...calendarCommands,
  ...parseCommands,
  ...rosterCommands,
  ...giadaCommands,
  ...icalCommands,
  ...jobsCommands,
];
