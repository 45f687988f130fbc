import { assignmentRecordSchema, hearingRequestSchema, type AssignmentRecord, type HearingRequest } from '../domain/giada.ts';
import { formatIssues } from '../domain/format-issues.ts';
import type { AssignmentDecision } from './decision.ts';

/** One bad line of a JSON-lines file: its number (from 1) and the Italian reason. */
export interface BadLine {
  line: number;
  message: string;
}

/** Parses requests one JSON per line; blank lines are ignored, bad ones reported by number and skipped. */
export function parseRequestLines(text: string): { requests: { line: number; request: HearingRequest }[]; bad: BadLine[] } {
  const requests: { line: number; request: HearingRequest }[] = [];
  const bad: BadLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      bad.push({ line, message: `riga ${line}: non è un JSON valido` });
      return;
    }
    const parsed = hearingRequestSchema.safeParse(value, { reportInput: true });
    if (parsed.success) requests.push({ line, request: parsed.data });
    else bad.push({ line, message: `riga ${line}: ${formatIssues(parsed.error.issues, hearingRequestSchema).join('; ')}` });
  });
  return { requests, bad };
}

/** The interchange line of a decision: a panel case has `panelId` and `judgeId` null, and vice versa. */
export function toAssignmentRecord(decision: AssignmentDecision, ledgerHash: string): AssignmentRecord {
  const assigned = decision.status === 'assigned';
  return assignmentRecordSchema.parse({
    requestId: decision.requestId,
    status: decision.status,
    judgeId: assigned && decision.kind === 'judge' ? decision.candidateId : null,
    panelId: assigned && decision.kind === 'panel' ? decision.candidateId : null,
    hearingDate: assigned ? decision.hearingDate : null,
    weight: decision.weight,
    weightClass: decision.weightClass,
    explanation: decision.explanation,
    ledgerHash,
  });
}
