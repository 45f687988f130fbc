import type { ReplySection } from './reply.ts';

/**
 * Lines written for the command line, where a list item starts with "- " ('- "Turno arrestati" il 7 dicembre 2026: da
 * Barbieri a Rossi'), as reply sections: the sentences between them as they are, each run of items a list without its
 * dash, so that every platform shows them as its own list (Slack and Teams bullets, the console's "•").
 */
export function listSections(lines: readonly string[]): ReplySection[] {
  const sections: ReplySection[] = [];
  for (const line of lines) {
    const item = /^- /.test(line);
    const last = sections[sections.length - 1];
    const text = item ? line.slice(2) : line;
    if (last && (last.list === true) === item) last.lines.push(text);
    else sections.push({ lines: [text], ...(item ? { list: true } : {}) });
  }
  return sections;
}
