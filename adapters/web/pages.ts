import type { ServerResponse } from 'node:http';
import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { html, page, type Html } from './html.ts';
import { sendHtml } from './respond.ts';

/** An Italian page saying what went wrong and what to do; `status` is the HTTP status. */
export function sendMessage(res: ServerResponse, status: number, title: string, message: string | Html, headers: Record<string, string> = {}): void {
  sendHtml(res, status, page({ title }, html`<p class="messaggio${status >= 400 ? ' errore' : ''}">${message}</p>`), headers);
}

export function sendBadLink(res: ServerResponse): void {
  sendMessage(res, 403, 'Link non valido',
    'Questo link non è valido o è stato revocato. Se lo hai copiato, controlla di averlo copiato per intero; altrimenti chiedi un nuovo link personale in chat ("il mio calendario") o alla segreteria dell\'ufficio.');
}

export function sendNotFound(res: ServerResponse): void {
  sendMessage(res, 404, 'Pagina non trovata', 'Questa pagina non esiste. Torna al calendario dal link che hai ricevuto.');
}

/** The form asking for the staff key; `back` is where to go once it is accepted. */
export function loginPage(back: string, error: string | null): string {
  return page({ title: 'Accesso del personale' }, html`
${error ? html`<p class="messaggio errore" role="alert">${error}</p>` : html`<p>Per vedere i calendari provvisori e i rapporti degli uffici inserisci la chiave del personale, indicata nella configurazione di turnario (<code>TURNARIO_STAFF_KEY</code>).</p>`}
<form class="accesso" method="post" action="/accesso">
<input type="hidden" name="torna" value="${back}">
<label for="chiave">Chiave del personale</label>
<input id="chiave" name="chiave" type="password" autocomplete="current-password" required>
<div><button type="submit">Entra</button></div>
</form>`);
}

/** The staff home: every office, with its views. */
export function officesPage(state: DeepReadonly<StoreState>): string {
  const offices = Object.values(state.offices).sort((a, b) => a.office.name.localeCompare(b.office.name, 'it'));
  return page({ title: 'Uffici' }, html`
${offices.length === 0 ? html`<p class="messaggio">Non ci sono ancora uffici: importali con "turnario office import".</p>` : ''}
<ul>${offices.map((o) => html`<li><strong>${o.office.name}</strong>:
  <a href="/personale/${o.office.id}">calendario del mese</a>${o.services.length > 0 ? html` · <a href="/personale/${o.office.id}/equita">equità dei carichi</a>` : ''}${o.giada ? html` · <a href="/personale/${o.office.id}/giada">GIADA: carichi e flussi</a>` : ''}</li>`)}</ul>
<form method="post" action="/uscita" class="no-print"><button type="submit">Esci</button></form>`);
}

/** The public root: says what the server is and that links are private. */
export function homePage(): string {
  return page({ title: 'turnario' }, html`
<p>Qui si consultano i calendari dei turni e i rapporti sui carichi degli uffici giudiziari che usano turnario.</p>
<p>I magistrati vi accedono dal link personale ricevuto in chat (scrivi "il mio calendario"); il personale dell'ufficio dalla <a href="/personale">pagina riservata</a>.</p>`);
}
