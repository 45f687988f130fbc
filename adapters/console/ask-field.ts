import type { FormField } from '../../src/conversation/index.ts';

/**
 * One form field asked in the console: the question to print, and how an answer is read. Answers are
 * checked here only for shape (a real date, a number, one of the options); the core judges the rest.
 */

export function fieldQuestion(field: FormField): string {
  const initial = field.initial !== undefined && field.initial !== '' ? field.initial : null;
  const initialLabel = field.type === 'select' ? field.options?.find((o) => o.value === initial)?.label ?? initial : initial;
  const hints: string[] = [];
  if (field.type === 'date') hints.push('AAAA-MM-GG');
  if (field.type === 'toggle') hints.push('sì/no');
  if (field.placeholder) hints.push(field.placeholder);
  if (initialLabel) hints.push(field.type === 'toggle' ? `invio per ${initial === 'true' ? 'sì' : 'no'}` : `invio per ${initialLabel}`);
  else if (!field.required) hints.push('invio per lasciarlo vuoto');
  const head = `${field.label}${hints.length > 0 ? ` (${hints.join('; ')})` : ''}`;
  if (field.type !== 'select') return `${head}:`;
  const options = (field.options ?? []).map((o, i) => `  ${i + 1}) ${o.label}`);
  return [`${head}:`, ...options, 'Scrivi il numero:'].join('\n');
}

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The value for an answer, or an Italian message saying what to write instead. */
export function readFieldAnswer(field: FormField, answer: string): { ok: true; value: string } | { ok: false; message: string } {
  const text = answer.trim();
  if (text === '') {
    if (field.initial !== undefined && field.initial !== '') return { ok: true, value: field.initial };
    if (field.type === 'toggle') return { ok: true, value: 'false' };
    return field.required ? { ok: false, message: `"${field.label}" è obbligatorio: scrivi un valore.` } : { ok: true, value: '' };
  }
  switch (field.type) {
    case 'date':
      return isRealDay(text) ? { ok: true, value: text } : { ok: false, message: `"${text}" non è una data valida: scrivila come AAAA-MM-GG, per esempio 2026-12-03.` };
    case 'number':
      return /^\d+$/.test(text) ? { ok: true, value: String(Number(text)) } : { ok: false, message: `"${text}" non è un numero intero: scrivi per esempio 0, 1 o 2.` };
    case 'toggle': {
      const yes = ['sì', 'si', 's', 'yes'].includes(text.toLowerCase());
      const no = ['no', 'n'].includes(text.toLowerCase());
      return yes || no ? { ok: true, value: yes ? 'true' : 'false' } : { ok: false, message: 'Rispondi "sì" oppure "no".' };
    }
    case 'select': {
      const options = field.options ?? [];
      const index = /^\d+$/.test(text) ? Number(text) - 1 : -1;
      const byNumber = options[index];
      const byName = options.find((o) => o.label.toLowerCase() === text.toLowerCase() || o.value.toLowerCase() === text.toLowerCase());
      const chosen = byNumber ?? byName;
      return chosen ? { ok: true, value: chosen.value } : { ok: false, message: `Scegli un numero da 1 a ${options.length}.` };
    }
    case 'text':
      return { ok: true, value: text };
  }
}
