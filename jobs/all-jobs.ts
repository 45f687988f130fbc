import { absenceFollowUpJob } from './absence-follow-up.ts';
import type { Job } from './due-item.ts';
import { dutyRemindersJob } from './duty-reminders.ts';
import { giadaBalanceJob, giadaDrawJob } from './giada-jobs.ts';
import { provisionalCalendarJob } from './provisional-calendar.ts';
import { publicationAnnouncementJob } from './publication-announcement.ts';
import { missingCalendarJob } from './missing-calendar.ts';
import { unpublishedCalendarJob } from './unpublished-calendar.ts';
import { weeklyDigestJob } from './weekly-digest.ts';

/** Every scheduled job, in the order their due items run when planned at the same instant. */
export const allJobs: readonly Job[] = [
  provisionalCalendarJob,
  missingCalendarJob,
  publicationAnnouncementJob,
  unpublishedCalendarJob,
  dutyRemindersJob,
  weeklyDigestJob,
  absenceFollowUpJob,
  giadaDrawJob,
  giadaBalanceJob,
];
