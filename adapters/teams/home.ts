import type { ChatUser, Conversation, FormSpec } from '../../src/conversation/index.ts';
import { allows } from '../../src/conversation/permissions.ts';
import { renderHomeCard } from './home-card.ts';
import type { AdaptiveCard } from './render.ts';

/**
 * The home card's content, asked of the core: the overview and the forms the person may open (the
 * absence form for everybody known, the GIADA form for whom `allows` it), as the Slack App Home does.
 */

async function formsFor(conversation: Conversation, user: ChatUser): Promise<FormSpec[]> {
  const who = conversation.identify(user);
  if (!who) return [];
  // Asked only when allowed: a refused openForm is audited, and looking at the home is not a request.
  const ids = allows(who, 'giada_request') ? (['absence', 'giada_request'] as const) : (['absence'] as const);
  const forms: FormSpec[] = [];
  for (const id of ids) {
    const form = (await conversation.openForm(user, id)).form;
    if (form) forms.push(form);
  }
  return forms;
}

/** The current home card of `user`; `viewerId` (the Teams user id, `29:…`) turns on its automatic refresh. */
export async function homeCard(conversation: Conversation, user: ChatUser, viewerId: string | undefined): Promise<AdaptiveCard> {
  return renderHomeCard(await conversation.home(user), await formsFor(conversation, user), viewerId);
}
