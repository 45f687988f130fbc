import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { html, type Html } from './html.ts';
import type { Viewer } from './access.ts';

export type Section = 'calendario' | 'equita' | 'giada';

/** The links between a viewer's pages; a magistrate's own link has only the calendar. */
export function viewerNav(state: DeepReadonly<StoreState>, viewer: Viewer, current: Section, extra?: Html): Html {
  const office = state.offices[viewer.officeId];
  const links: [Section, string, string][] = [['calendario', viewer.base, 'Calendario del mese']];
  if (!viewer.magistrateId) {
    if (office && office.services.length > 0) links.push(['equita', `${viewer.base}/equita`, 'Equità dei carichi']);
    if (office?.giada) links.push(['giada', `${viewer.base}/giada`, 'GIADA: carichi e flussi']);
  }
  return html`${links.map(([id, href, label]) => html`<a href="${href}"${id === current ? html` aria-current="page"` : ''}>${label}</a>`)}${viewer.staff ? html`<a href="/personale">Tutti gli uffici</a>` : ''}${extra ?? ''}`;
}
