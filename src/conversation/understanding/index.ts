/** Italian understanding: one utterance and the day it was written -> intent and slots. */
export { understand, explainUnderstanding, slotPolicies, type UnderstandingEvidence, type UnderstandingReport } from './understand.ts';
export { describeUnderstanding, capitalizeSurname } from './describe-understanding.ts';
export { parseDates, type DateReading } from './dates/parse-dates.ts';
export {
  intents, type Intent, type Understanding, type UnderstandingProblem, type UnderstandingProblemCode, type UnderstandOptions, type DayRange, type SpokenServiceKind,
} from './understanding.ts';
