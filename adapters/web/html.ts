import { pageStyles } from './styles.ts';
import { numberIt } from '../../src/domain/format-number-it.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(part as string | number);
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

export const raw = (text: string) => new Html(text);

/** Numbers the Italian way: one decimal, decimal comma. */
export function formatNumber(value: number, digits = 1): string {
  return numberIt(value, digits);
}

export interface PageOptions {
  title: string;
  /** The office's name, shown above the title. */
  office?: string;
  nav?: Html;
  /** Marks the page (screen and print) as provisional. */
  watermark?: boolean;
}

/** A whole page: Italian, no scripts, one stylesheet with its print rules. */
export function page(options: PageOptions, body: Html): string {
  return `<!doctype html>\n${html`<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${options.title}${options.office ? ` – ${options.office}` : ''}</title>
<style>${raw(pageStyles)}</style>
</head>
<body${options.watermark ? raw(' class="provvisorio"') : ''}>
${options.watermark ? html`<div class="filigrana" aria-hidden="true">PROVVISORIO</div>` : ''}
<header>
${options.office ? html`<p class="ufficio">${options.office}</p>` : ''}
<h1>${options.title}</h1>
${options.watermark ? html`<p class="avviso-provvisorio" role="note">Versione provvisoria: può ancora cambiare prima della pubblicazione.</p>` : ''}
${options.nav ? html`<nav class="no-print">${options.nav}</nav>` : ''}
</header>
<main>
${body}
</main>
<footer><p>turnario – turni equi e assegnazione automatica per gli uffici giudiziari.</p></footer>
</body>
</html>`.text}\n`;
}
