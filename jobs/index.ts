/** The scheduled jobs' public face, for the composition, the CLI and the chat. */
export { startScheduler, TICK_EXPRESSION, TICK_TIMEZONE, type CronLike, type Scheduler, type SchedulerDeps } from './schedule.ts';
export { runDue, dueAt, isNotDelivered, type TickResult, type RunOptions } from './run-due.ts';
export { jobStatusLines, formatRun, jobLabels } from './job-status.ts';
export { allJobs } from './all-jobs.ts';
export type { Job, JobDeps, DueItem } from './due-item.ts';
