import { replyText, type Reply, type ReplyAction } from '../../src/conversation/index.ts';

/**
 * A reply as console text: the core's own plain text, then its buttons as numbered choices
 * ("1) Conferma  2) Annulla"); typing the number presses the button.
 */

export function choicesLine(actions: readonly ReplyAction[]): string {
  return actions.map((a, i) => `${i + 1}) ${a.label}`).join('  ');
}

export function renderReply(reply: Reply): string {
  const text = replyText(reply);
  return reply.actions.length > 0 ? `${text}\n\n${choicesLine(reply.actions)}` : text;
}

/** Indents every line, so turnario's answers stand apart from what the user typed. */
export function indent(text: string, prefix = '  '): string {
  return text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
}
