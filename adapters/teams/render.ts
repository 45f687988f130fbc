import type { FormField, FormSpec, Reply, ReplyAction } from '../../src/conversation/index.ts';

/**
 * Reply → Adaptive Card 1.5. Buttons are `Action.Execute` (Universal Actions: Teams answers with an
 * `adaptiveCard/action` invoke and the card is replaced in place by the invoke response), each with an
 * `Action.Submit` fallback for clients without Universal Actions (the press then arrives as a message
 * whose `value` carries the same data, and the card is replaced with `updateActivity`).
 * A form becomes a card of `Input.*` elements whose submit button carries the form id.
 * No botbuilder import here: a card is plain JSON.
 */

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** What a button or a form submission carries back, under `data.turnario`. */
export type CardData =
  /** A reply's button; `home` when it sits on the home card (the home then stays and is refreshed). */
  | { kind: 'action'; actionId: ReplyAction['id']; pendingId: string; home?: true }
  | { kind: 'form'; formId: FormSpec['id'] }
  /** A home card button that opens a form in a new card. */
  | { kind: 'open_form'; formId: FormSpec['id'] }
  /** The home card's Universal Actions refresh. */
  | { kind: 'home' };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  fallbackText: string;
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  /** Universal Actions: what Teams invokes to get the card's current state when one of `userIds` views it. */
  refresh?: { action: Record<string, unknown>; userIds: string[] };
}

const styles: Record<ReplyAction['style'], string> = { primary: 'positive', danger: 'destructive', default: 'default' };

function textBlock(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

/** The action that sends `data` back: Execute, falling back to Submit. */
export function executeAction(title: string, verb: string, data: CardData, style: string): Record<string, unknown> {
  const payload = { turnario: data };
  return {
    type: 'Action.Execute', title, verb, data: payload, style,
    fallback: { type: 'Action.Submit', title, data: payload, style },
  };
}

function sectionBlocks(reply: Reply): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = [];
  for (const section of reply.sections) {
    if (section.heading) blocks.push(textBlock(section.heading, { weight: 'Bolder', spacing: 'Medium' }));
    const lines = section.lines;
    if (section.list) blocks.push(textBlock(lines.map((l) => `- ${l}`).join('\n'), { spacing: 'Small' }));
    else if (lines.length > 0) blocks.push(textBlock(lines.join('\n\n'), { spacing: 'Small' }));
  }
  return blocks;
}

function fieldInput(field: FormField): Record<string, unknown> {
  const common = { id: field.id, label: field.label, isRequired: field.required, ...(field.required ? { errorMessage: `Il campo "${field.label}" è obbligatorio.` } : {}) };
  switch (field.type) {
    case 'date': return { type: 'Input.Date', ...common, ...(field.initial ? { value: field.initial } : {}) };
    case 'number': return { type: 'Input.Number', ...common, ...(field.initial ? { value: Number(field.initial) } : {}), ...(field.placeholder ? { placeholder: field.placeholder } : {}) };
    case 'toggle': return { type: 'Input.Toggle', ...common, title: field.label, valueOn: 'true', valueOff: 'false', value: field.initial === 'true' ? 'true' : 'false' };
    case 'select': return {
      type: 'Input.ChoiceSet', ...common, style: 'compact',
      choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })),
      ...(field.initial ? { value: field.initial } : {}),
    };
    case 'text': return { type: 'Input.Text', ...common, ...(field.initial ? { value: field.initial } : {}), ...(field.placeholder ? { placeholder: field.placeholder } : {}) };
  }
}

/**
 * The card for a reply: title, sections, buttons; the form's inputs when it carries one. On the home
 * card (`home`), the reply's buttons say so in their data.
 */
export function renderCard(reply: Reply, fallbackText: string, options: { home?: boolean } = {}): AdaptiveCard {
  const body: Record<string, unknown>[] = [];
  if (reply.title) body.push(textBlock(reply.title, { size: 'Medium', weight: 'Bolder' }));
  body.push(...sectionBlocks(reply));
  const actions = reply.actions.map((a) => executeAction(a.label, `turnario.${a.id}`, { kind: 'action', actionId: a.id, pendingId: a.pendingId, ...(options.home ? { home: true as const } : {}) }, styles[a.style]));
  if (reply.form) {
    body.push(textBlock(reply.form.title, { weight: 'Bolder', spacing: 'Medium' }));
    body.push(...reply.form.fields.map(fieldInput));
    actions.push(executeAction(reply.form.submitLabel, `turnario.form.${reply.form.id}`, { kind: 'form', formId: reply.form.id }, 'positive'));
  }
  return {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', fallbackText, body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** The message attachment carrying a card. */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
