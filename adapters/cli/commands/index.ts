import type { Command } from '../io.ts';

/** Every CLI command, grouped by file; a new command group adds one line here. */
export const commands: Command[] = [];
