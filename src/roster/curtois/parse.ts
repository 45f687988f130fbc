import type { CurtoisCover, CurtoisInstance, CurtoisRequest, CurtoisShift, CurtoisStaff } from './instance.ts';

/** A format error as data; the CLI words it in Italian. */
export interface CurtoisFormatError {
  code: 'missing-section' | 'bad-number' | 'bad-line' | 'unknown-id';
  line: number;
  detail: string;
}

export type ParseResult = { ok: true; instance: CurtoisInstance } | { ok: false; error: CurtoisFormatError };

class FormatFailure extends Error {
  constructor(readonly error: CurtoisFormatError) {
    super(error.detail);
  }
}

interface DataLine {
  line: number;
  fields: string[];
}

/** Splits the text into sections of comma-split data lines (comments and blank lines skipped). */
function splitSections(text: string): Map<string, DataLine[]> {
  const sections = new Map<string, DataLine[]>();
  let current: DataLine[] | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('SECTION_')) {
      current = [];
      sections.set(line, current);
      return;
    }
    if (!current) throw new FormatFailure({ code: 'bad-line', line: i + 1, detail: line });
    current.push({ line: i + 1, fields: line.split(',').map((f) => f.trim()) });
  });
  return sections;
}

function readInt(text: string | undefined, line: number): number {
  if (text === undefined || !/^-?\d+$/.test(text)) {
    throw new FormatFailure({ code: 'bad-number', line, detail: String(text) });
  }
  return Number(text);
}

function requireSection(sections: Map<string, DataLine[]>, tag: string): DataLine[] {
  const lines = sections.get(tag);
  if (!lines) throw new FormatFailure({ code: 'missing-section', line: 0, detail: tag });
  return lines;
}

function parseShift({ line, fields }: DataLine): CurtoisShift {
  const [id, minutes, successors] = fields;
  if (!id) throw new FormatFailure({ code: 'bad-line', line, detail: fields.join(',') });
  const forbiddenNext = (successors ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '');
  return { id, minutes: readInt(minutes, line), forbiddenNext };
}

function parseStaff({ line, fields }: DataLine): CurtoisStaff {
  const [id, maxList, ...numbers] = fields;
  if (!id || maxList === undefined || numbers.length < 6) {
    throw new FormatFailure({ code: 'bad-line', line, detail: fields.join(',') });
  }
  const maxShifts = new Map<string, number>();
  for (const pair of maxList.split('|').filter((s) => s !== '')) {
    const [shift, max] = pair.split('=');
    maxShifts.set((shift ?? '').trim(), readInt(max?.trim(), line));
  }
  const [maxTotal, minTotal, maxCons, minCons, minOff, maxWeekends] = numbers.map((n) => readInt(n, line));
  return {
    id, maxShifts, maxTotalMinutes: maxTotal!, minTotalMinutes: minTotal!, maxConsecutiveShifts: maxCons!,
    minConsecutiveShifts: minCons!, minConsecutiveDaysOff: minOff!, maxWeekends: maxWeekends!,
  };
}

function parseRequest({ line, fields }: DataLine): CurtoisRequest {
  const [employee, day, shift, weight] = fields;
  if (!employee || !shift) throw new FormatFailure({ code: 'bad-line', line, detail: fields.join(',') });
  return { employee, day: readInt(day, line), shift, weight: readInt(weight, line) };
}

function parseCover({ line, fields }: DataLine): CurtoisCover {
  const [day, shift, requirement, under, over] = fields;
  if (!shift) throw new FormatFailure({ code: 'bad-line', line, detail: fields.join(',') });
  return { day: readInt(day, line), shift, requirement: readInt(requirement, line),
    weightUnder: readInt(under, line), weightOver: readInt(over, line) };
}

function parseDaysOff(lines: DataLine[]): Map<string, number[]> {
  const daysOff = new Map<string, number[]>();
  for (const { line, fields } of lines) {
    const [employee, ...days] = fields;
    if (!employee) throw new FormatFailure({ code: 'bad-line', line, detail: fields.join(',') });
    const list = daysOff.get(employee) ?? [];
    list.push(...days.filter((d) => d !== '').map((d) => readInt(d, line)));
    daysOff.set(employee, list);
  }
  return daysOff;
}

/** Parses a Curtois & Qu instance text (CRLF or LF). */
export function parseCurtois(text: string, name: string): ParseResult {
  try {
    const sections = splitSections(text);
    const horizonLine = requireSection(sections, 'SECTION_HORIZON')[0];
    if (!horizonLine) throw new FormatFailure({ code: 'missing-section', line: 0, detail: 'SECTION_HORIZON' });
    const instance: CurtoisInstance = {
      name,
      horizon: readInt(horizonLine.fields[0], horizonLine.line),
      shifts: requireSection(sections, 'SECTION_SHIFTS').map(parseShift),
      staff: requireSection(sections, 'SECTION_STAFF').map(parseStaff),
      daysOff: parseDaysOff(sections.get('SECTION_DAYS_OFF') ?? []),
      onRequests: (sections.get('SECTION_SHIFT_ON_REQUESTS') ?? []).map(parseRequest),
      offRequests: (sections.get('SECTION_SHIFT_OFF_REQUESTS') ?? []).map(parseRequest),
      cover: requireSection(sections, 'SECTION_COVER').map(parseCover),
    };
    return { ok: true, instance };
  } catch (error) {
    if (error instanceof FormatFailure) return { ok: false, error: error.error };
    throw error;
  }
}
