import type { App, webApi } from '@slack/bolt';
import type { ChatUser, FormSpec } from '../../src/conversation/index.ts';
import { allows } from '../../src/conversation/permissions.ts';
import { withSlackFailure } from './failures.ts';
import type { SlackHandlerDeps } from './handler-deps.ts';
import { renderHome } from './render.ts';

/**
 * The App Home tab: published on `app_home_opened` (and again after a button pressed in it) from
 * `conversation.home`, with buttons opening the forms the person may use (their titles are the core's).
 */
export function registerHome(app: App, deps: SlackHandlerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const { personId } = await deps.users.resolve(client, event.user);
    await withSlackFailure({ client, store: deps.store, log: deps.log }, 'la pubblicazione della Home', { userId: event.user, personId }, () => publishHome(deps, client, event.user));
  });
}

export async function publishHome(deps: SlackHandlerDeps, client: webApi.WebClient, userId: string): Promise<void> {
  const { user } = await deps.users.resolve(client, userId);
  const reply = await deps.conversation.home(user);
  await client.views.publish({ user_id: userId, view: renderHome(reply, await formsFor(deps, user)) });
}

/** The forms offered in the Home: the absence form to everybody known, the GIADA form to whom may use it. */
async function formsFor(deps: SlackHandlerDeps, user: ChatUser): Promise<FormSpec[]> {
  const who = deps.conversation.identify(user);
  if (!who) return [];
  // Asked only when allowed: a refused openForm is audited, and opening the Home is not a request.
  const ids = allows(who, 'giada_request') ? (['absence', 'giada_request'] as const) : (['absence'] as const);
  const forms: FormSpec[] = [];
  for (const id of ids) {
    const form = (await deps.conversation.openForm(user, id)).form;
    if (form) forms.push(form);
  }
  return forms;
}
