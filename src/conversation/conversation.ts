import { civilDayAt } from '../domain/civil-day.ts';
import { identify, unknownUserLines, type ChatUser, type Identity } from './identity.ts';
import { reply, say, type ActionId, type FormId, type Reply } from './reply.ts';
import type { ConversationDeps, Turn } from './turn.ts';
import { understand } from './understanding/index.ts';
import { routeText } from './route-text.ts';
import { routeAction } from './route-action.ts';
import { openForm, submitForm } from './forms.ts';
import { homeView } from './handlers/home.ts';

/**
 * The platform-neutral conversation core: Slack, Teams and the console call these and render the
 * `Reply` they get. Every answer is Italian; unknown users are told how to be enabled and nothing else.
 */
export interface Conversation {
  /** A sentence written in a chat (a DM, a mention, a slash command's text). */
  handleText(user: ChatUser, text: string): Promise<Reply>;
  /** A button pressed on an earlier reply; returns the updated message. */
  handleAction(user: ChatUser, actionId: ActionId, pendingId: string): Promise<Reply>;
  /** The form to show (absence, GIADA request); a refusal when the user may not use it. */
  openForm(user: ChatUser, formId: FormId): Promise<Reply>;
  /** A submitted form's values, by field id. */
  submitForm(user: ChatUser, formId: FormId, values: Record<string, string>): Promise<Reply>;
  /** The person's overview (Slack App Home, Teams personal tab, console "home"). */
  home(user: ChatUser): Promise<Reply>;
  /** Whom a chat user is, or null. */
  identify(user: ChatUser): Identity | null;
  /** Resolves when the background work started so far has finished (tests, shutdown). */
  idle(): Promise<void>;
}

export function createConversation(deps: ConversationDeps): Conversation {
  const running = new Set<Promise<void>>();
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const spawn = (label: string, task: () => Promise<void>) => {
    if (deps.background) return deps.background(label, task);
    const promise = task().catch((error: unknown) => log(`Attività in background "${label}" non riuscita`, error)).finally(() => running.delete(promise));
    running.add(promise);
  };
  const turnFor = (user: ChatUser): Turn | Reply => {
    const state = deps.store.snapshot();
    const today = civilDayAt(deps.clock.now());
    const who = identify(state, user, today);
    if (!who) return reply('refusal', undefined, { lines: unknownUserLines(user) });
    const config = state.offices[who.officeId]!;
    return { deps, who, config, today, spawn };
  };
  const guarded = async (user: ChatUser, run: (turn: Turn) => Reply | Promise<Reply>): Promise<Reply> => {
    const turn = turnFor(user);
    if (!('deps' in turn)) return turn;
    try {
      return await run(turn);
    } catch (error) {
      log(`Errore nel rispondere a ${user.platform}:${user.id}`, error);
      return say('problem', 'Mi dispiace, qualcosa è andato storto dalla mia parte e non ho potuto completare la richiesta. Riprova tra poco; se il problema continua, avvisa la segreteria.');
    }
  };
  return {
    handleText: (user, text) => guarded(user, (turn) => routeText(turn, text, understand(text, { today: turn.today }))),
    handleAction: (user, actionId, pendingId) => guarded(user, (turn) => routeAction(turn, actionId, pendingId)),
    openForm: (user, formId) => guarded(user, (turn) => openForm(turn, formId)),
    submitForm: (user, formId, values) => guarded(user, (turn) => submitForm(turn, formId, values)),
    home: (user) => guarded(user, (turn) => homeView(turn)),
    identify: (user) => identify(deps.store.snapshot(), user, civilDayAt(deps.clock.now())),
    idle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
