/** A minimal RFC 5545 reader for the tests: unfolds lines and returns each VEVENT's properties. */
export interface IcsProperty {
  params: Record<string, string>;
  value: string;
}
export type IcsEvent = Record<string, IcsProperty>;

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseIcs(text: string): { calendar: Record<string, IcsProperty>; events: IcsEvent[] } {
  if (!text.startsWith('BEGIN:VCALENDAR\r\n') || !text.trimEnd().endsWith('END:VCALENDAR')) throw new Error('not an iCalendar document');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const calendar: Record<string, IcsProperty> = {};
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') {
      current = {};
      continue;
    }
    if (line === 'END:VEVENT') {
      if (!current) throw new Error('END:VEVENT without BEGIN');
      events.push(current);
      current = null;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`malformed line: ${line}`);
    const [name, ...rawParams] = line.slice(0, colon).split(';');
    const params = Object.fromEntries(rawParams.map((p) => p.split('=') as [string, string]));
    (current ?? calendar)[name!] = { params, value: unescape(line.slice(colon + 1)) };
  }
  return { calendar, events };
}

/** `20270328T060000Z` as a Date. */
export function icsInstant(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}
