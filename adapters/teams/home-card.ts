import { replyText, type FormSpec, type Reply } from '../../src/conversation/index.ts';
import { executeAction, renderCard, type AdaptiveCard, type CardData } from './render.ts';

/**
 * The personal chat's home card, Teams' counterpart of Slack's App Home: the core's overview
 * (`conversation.home`) with its buttons, one button per form the person may use (labelled with the
 * form's own title), and a Universal Actions `refresh` so that Teams asks for the current overview
 * whenever the viewer sees the card again. Pure: no botbuilder import.
 */

export const HOME_VERB = 'turnario.home';

const homeData: CardData = { kind: 'home' };

export function renderHomeCard(home: Reply, forms: readonly FormSpec[], viewerId: string | undefined): AdaptiveCard {
  const card = renderCard(home, replyText(home), { home: true });
  const openers = forms.map((form) => executeAction(form.title, `turnario.open.${form.id}`, { kind: 'open_form', formId: form.id }, 'default'));
  const actions = [...(card.actions ?? []), ...openers];
  return {
    ...card,
    ...(actions.length > 0 ? { actions } : {}),
    // Automatic refresh needs the viewers' ids (Teams allows up to 60); without one, no refresh.
    ...(viewerId ? { refresh: { action: { type: 'Action.Execute', verb: HOME_VERB, data: { turnario: homeData } }, userIds: [viewerId] } } : {}),
  };
}
