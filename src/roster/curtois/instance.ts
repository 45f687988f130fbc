/** A Curtois & Qu benchmark instance, exactly as the text file states it (ids, not indexes). */
export interface CurtoisShift {
  id: string;
  minutes: number;
  forbiddenNext: string[];
}

export interface CurtoisStaff {
  id: string;
  maxShifts: Map<string, number>;
  maxTotalMinutes: number;
  minTotalMinutes: number;
  maxConsecutiveShifts: number;
  minConsecutiveShifts: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
}

export interface CurtoisRequest {
  employee: string;
  day: number;
  shift: string;
  weight: number;
}

export interface CurtoisCover {
  day: number;
  shift: string;
  requirement: number;
  weightUnder: number;
  weightOver: number;
}

export interface CurtoisInstance {
  name: string;
  horizon: number;
  shifts: CurtoisShift[];
  staff: CurtoisStaff[];
  daysOff: Map<string, number[]>;
  onRequests: CurtoisRequest[];
  offRequests: CurtoisRequest[];
  cover: CurtoisCover[];
}

/** One worked (employee, day) of a solution file; days off are absent. */
export interface CurtoisAssignment {
  employee: string;
  day: number;
  shift: string;
}
