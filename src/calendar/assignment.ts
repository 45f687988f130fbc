/** One place of a slot given to a magistrate: the Calendar's working form of a duty. */
export interface Assignment {
  slotId: string;
  magistrateId: string;
  pinned?: boolean;
}

/** A rule's finding: who, when, how much it costs, and the Italian sentence that says it. */
export interface Violation {
  ruleId: string;
  level: 'hard' | 'soft';
  penalty: number;
  magistrateIds: string[];
  days: string[];
  message: string;
}
