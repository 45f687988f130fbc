import type { Understanding } from './understanding/index.ts';
import { say, type Reply } from './reply.ts';
import type { Turn } from './turn.ts';
import { answerDuties } from './handlers/duties.ts';
import { answerOnDuty } from './handlers/on-duty.ts';
import { answerHelp, answerUnknown } from './handlers/help.ts';
import { startAbsenceDeclare } from './handlers/absence-declare.ts';
import { startAbsenceCancel } from './handlers/absence-cancel.ts';
import { startSwap } from './handlers/swap.ts';
import { startGenerate, startPublish, answerCoverage } from './handlers/calendar-staff.ts';
import { answerAbsentToday } from './handlers/absent-today.ts';
import { openForm } from './forms.ts';
import { answerFeed } from './handlers/feed.ts';
import { answerJobsStatus } from './handlers/jobs-status.ts';
import { answerDutyExplain } from './handlers/duty-explain.ts';
import { answerFairness } from './handlers/fairness.ts';
import { answerGiadaCaseExplain } from './handlers/giada-case-explain.ts';
import { answerEachPeriod, askOnePeriodAtATime, askWhichPeriod, needsChosenPeriod, needsOnePeriod } from './several-periods.ts';

/** From what was understood to the use case that answers it. */
export async function routeText(turn: Turn, text: string, u: Understanding): Promise<Reply> {
  // A date that does not exist or a range that ends before it starts: say so, do nothing.
  if (text.trim() === '') return answerHelp(turn, text);
  if (u.problem && u.intent !== 'help' && u.intent !== 'unknown') return say('problem', u.problem.message);
  // Several periods apart: a question is answered for each, a change is asked again one period at a time (nothing written);
  // one period or another ("ferie il 3 o il 10"), a change asks which one.
  if (needsChosenPeriod(u)) return askWhichPeriod(turn, u);
  if (needsOnePeriod(u)) return askOnePeriodAtATime(turn, u);
  if (u.periods && u.periods.length > 1) {
    switch (u.intent) {
      case 'duties': return answerEachPeriod(turn, u, answerDuties);
      case 'on_duty': return answerEachPeriod(turn, u, answerOnDuty);
      case 'absent_today': return answerEachPeriod(turn, u, answerAbsentToday);
      case 'coverage_status': return answerEachPeriod(turn, u, answerCoverage);
      default: break;
    }
  }
  switch (u.intent) {
    case 'duties': return answerDuties(turn, u);
    case 'on_duty': return answerOnDuty(turn, u);
    case 'absence_declare': return startAbsenceDeclare(turn, u);
    case 'absence_cancel': return startAbsenceCancel(turn, u);
    case 'swap': return startSwap(turn, u);
    case 'help': return answerHelp(turn, text);
    case 'calendar_generate': return startGenerate(turn, u);
    case 'calendar_publish': return startPublish(turn, u);
    case 'coverage_status': return answerCoverage(turn, u);
    case 'absent_today': return answerAbsentToday(turn, u);
    case 'giada_request': return openForm(turn, 'giada_request');
    case 'calendar_feed': return answerFeed(turn);
    case 'jobs_status': return answerJobsStatus(turn);
    // At a Tribunale without duty services, "perché a me?" asks about a case GIADA assigned.
    case 'duty_explain': return turn.config.services.length === 0 && turn.config.giada ? answerGiadaCaseExplain(turn, text, turn.config) : answerDutyExplain(turn, u);
    case 'fairness': return answerFairness(turn, 'own');
    case 'fairness_office': return answerFairness(turn, 'office');
    case 'unknown': return answerUnknown(turn);
  }
}
