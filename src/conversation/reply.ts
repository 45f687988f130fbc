/**
 * What the conversation core answers, as platform-neutral data. Adapters render it: Block Kit in
 * Slack, an Adaptive Card in Teams, plain numbered text in the console. Every string is Italian and
 * ready to show; adapters add no words of their own.
 */

/** A button. Pressing it comes back to the core as `{ actionId: id, pendingId }`. */
export interface ReplyAction {
  id: ActionId;
  label: string;
  style: 'primary' | 'danger' | 'default';
  /** The pending interaction (stored in the conversation state) the button answers. */
  pendingId: string;
}

export type ActionId = 'confirm' | 'cancel' | 'accept' | 'decline' | 'approve' | 'reject' | 'publish';

/** A block of the reply: an optional heading and its lines (list items when `list` is true). */
export interface ReplySection {
  heading?: string;
  lines: string[];
  list?: boolean;
}

export type ReplyKind =
  /** An answer to a question. */
  | 'answer'
  /** Asks the user to choose (carries actions). */
  | 'confirm'
  /** The thing asked was done. */
  | 'done'
  /** Not allowed (permissions): courteous, and audited by the core. */
  | 'refusal'
  /** Could not be done as asked (bad dates, unknown colleague, …): says what to write instead. */
  | 'problem';

export interface Reply {
  kind: ReplyKind;
  /** A short heading, e.g. "I tuoi turni dal 30 novembre al 6 dicembre". */
  title?: string;
  sections: ReplySection[];
  actions: ReplyAction[];
  /** When the reply stands for a form to open (Slack modal, Adaptive Card inputs), its spec. */
  form?: FormSpec;
}

/** A field of a form. Dates are `YYYY-MM-DD`. */
export interface FormField {
  id: string;
  label: string;
  type: 'date' | 'select' | 'text' | 'number' | 'toggle';
  required: boolean;
  options?: { value: string; label: string }[];
  initial?: string;
  placeholder?: string;
}

export type FormId = 'absence' | 'giada_request';

/** A form the adapters render natively; submitted values come back through `submitForm`. */
export interface FormSpec {
  id: FormId;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

/** The whole reply as plain text (console, notifications, fallbacks): title, sections, choices. */
export function replyText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  for (const section of reply.sections) {
    const lines = section.list ? section.lines.map((l) => `• ${l}`) : section.lines;
    parts.push([section.heading, ...lines].filter((l) => l !== undefined).join('\n'));
  }
  return parts.join('\n\n');
}

export function reply(kind: ReplyKind, title: string | undefined, ...sections: ReplySection[]): Reply {
  return { kind, ...(title === undefined ? {} : { title }), sections, actions: [] };
}

/** A one-paragraph reply. */
export function say(kind: ReplyKind, ...lines: string[]): Reply {
  return { kind, sections: [{ lines }], actions: [] };
}
