import { describe, expect, it } from 'vitest';
import { parseActivity, textWithoutMention } from '../../../adapters/teams/parse.ts';
import { renderCard } from '../../../adapters/teams/render.ts';
import { renderHomeCard } from '../../../adapters/teams/home-card.ts';
import { formAgain, wantsFormAgain } from '../../../adapters/teams/form-again.ts';
import type { FormField, FormSpec, Reply } from '../../../src/conversation/index.ts';

/** The pure halves of the Teams adapter: Reply → Adaptive Card, activity → request. */

const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({ id: `f-${type}`, label: `Campo ${type}`, type, required: true, ...extra });

describe('Reply → Adaptive Card 1.5', () => {
  it.each([
    [field('date', { initial: '2026-12-03' }), { type: 'Input.Date', value: '2026-12-03' }],
    [field('number', { initial: '2' }), { type: 'Input.Number', value: 2 }],
    [field('toggle', { required: false, initial: 'true' }), { type: 'Input.Toggle', valueOn: 'true', valueOff: 'false', value: 'true' }],
    [field('select', { options: [{ value: 'ferie', label: 'ferie' }, { value: 'malattia', label: 'malattia' }], initial: 'malattia' }), { type: 'Input.ChoiceSet', value: 'malattia', choices: [{ title: 'ferie', value: 'ferie' }, { title: 'malattia', value: 'malattia' }] }],
    [field('text', { placeholder: 'es. 1234/2026' }), { type: 'Input.Text', placeholder: 'es. 1234/2026' }],
  ])('renders a %s field as its Input element, labelled, with an Italian required message', (f, expected) => {
    const reply: Reply = { kind: 'answer', sections: [], actions: [], form: { id: 'absence', title: 'Comunica un\'assenza', submitLabel: 'Continua', fields: [f] } };
    const card = renderCard(reply, 'testo');
    const input = card.body.find((b) => b.id === f.id)!;
    expect(input).toMatchObject({ ...expected, label: f.label, isRequired: f.required });
    if (f.required) expect(input.errorMessage).toBe(`Il campo "${f.label}" è obbligatorio.`);
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Execute', title: 'Continua', verb: 'turnario.form.absence', data: { turnario: { kind: 'form', formId: 'absence' } } })]);
  });

  it('renders title, headings, list lines and buttons with styles', () => {
    const reply: Reply = {
      kind: 'confirm', title: 'Conferma assenza',
      sections: [{ lines: ['Ho capito: ferie dal 14 al 16 dicembre.'] }, { heading: 'Turni toccati', lines: ['15 dicembre', '16 dicembre'], list: true }],
      actions: [{ id: 'confirm', label: 'Conferma', style: 'primary', pendingId: 'p-1' }, { id: 'cancel', label: 'Annulla', style: 'danger', pendingId: 'p-1' }],
    };
    const card = renderCard(reply, 'fallback');
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', fallbackText: 'fallback' });
    expect(card.body.map((b) => b.text)).toEqual(['Conferma assenza', 'Ho capito: ferie dal 14 al 16 dicembre.', 'Turni toccati', '- 15 dicembre\n- 16 dicembre']);
    expect(card.actions!.map((a) => [a.title, a.style, (a.fallback as { type: string }).type])).toEqual([['Conferma', 'positive', 'Action.Submit'], ['Annulla', 'destructive', 'Action.Submit']]);
  });

  it('has no actions array when there is nothing to press', () => {
    expect(renderCard({ kind: 'answer', sections: [{ lines: ['Di nulla!'] }], actions: [] }, 'Di nulla!').actions).toBeUndefined();
  });
});

describe('activity → request', () => {
  const bot = { id: '28:bot' };
  it('strips the bot mention but keeps other text', () => {
    expect(textWithoutMention({ text: '<at>turnario</at> chi è reperibile <b>sabato</b>?', recipient: bot, entities: [{ type: 'mention', mentioned: bot, text: '<at>turnario</at>' }] }))
      .toBe('chi è reperibile <b>sabato</b>?');
  });

  it.each([
    ['a message', { type: 'message', text: ' ciao ' }, { kind: 'text', text: 'ciao' }],
    ['an empty message', { type: 'message', text: '   ' }, { kind: 'ignored' }],
    ['an Action.Submit press', { type: 'message', value: { turnario: { kind: 'action', actionId: 'confirm', pendingId: 'p-2' } } }, { kind: 'action', actionId: 'confirm', pendingId: 'p-2', via: 'submit' }],
    ['an Action.Execute press', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { data: { turnario: { kind: 'action', actionId: 'approve', pendingId: 'p-3' } } } } }, { kind: 'action', actionId: 'approve', pendingId: 'p-3', via: 'execute' }],
    ['a button we never made', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { data: { turnario: { kind: 'action', actionId: 'rm -rf', pendingId: 'p-3' } } } } }, { kind: 'ignored' }],
    ['a form with inputs', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { data: { turnario: { kind: 'form', formId: 'giada_request' }, free: 2, urgent: 'true', note: null } } } }, { kind: 'form', formId: 'giada_request', values: { free: '2', urgent: 'true' }, via: 'execute' }],
    ['the bot added', { type: 'conversationUpdate', recipient: bot, membersAdded: [{ id: '29:user' }, bot] }, { kind: 'installed' }],
    ['someone else added', { type: 'conversationUpdate', recipient: bot, membersAdded: [{ id: '29:user' }] }, { kind: 'ignored' }],
    ['a typing indicator', { type: 'typing' }, { kind: 'ignored' }],
    ['"home" in the personal chat', { type: 'message', text: 'home', conversation: { conversationType: 'personal' } }, { kind: 'home', via: 'message' }],
    ['"Menù!" in the personal chat', { type: 'message', text: ' Menù! ', conversation: { conversationType: 'personal' } }, { kind: 'home', via: 'message' }],
    ['"inizio." in the personal chat', { type: 'message', text: 'inizio.', conversation: { conversationType: 'personal' } }, { kind: 'home', via: 'message' }],
    ['"menu" in a channel', { type: 'message', text: 'menu', conversation: { conversationType: 'channel' } }, { kind: 'text', text: 'menu' }],
    ['a sentence with "inizio" in it', { type: 'message', text: 'inizio ferie lunedì', conversation: { conversationType: 'personal' } }, { kind: 'text', text: 'inizio ferie lunedì' }],
    ['the home card refresh', { type: 'invoke', name: 'adaptiveCard/action', value: { trigger: 'automatic', action: { verb: 'turnario.home', data: { turnario: { kind: 'home' } } } } }, { kind: 'home', via: 'execute' }],
    ['a home refresh as a message', { type: 'message', value: { turnario: { kind: 'home' } } }, { kind: 'ignored' }],
    ['a form button on the home card', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { data: { turnario: { kind: 'open_form', formId: 'absence' } } } } }, { kind: 'open_form', formId: 'absence', via: 'execute' }],
    ['a form button we never made', { type: 'message', value: { turnario: { kind: 'open_form', formId: 'stipendio' } } }, { kind: 'ignored' }],
    ['a choice pressed on the home card', { type: 'message', value: { turnario: { kind: 'action', actionId: 'approve', pendingId: 'p-4', home: true } } }, { kind: 'action', actionId: 'approve', pendingId: 'p-4', via: 'submit', home: true }],
  ])('reads %s', (_name, activity, expected) => {
    expect(parseActivity({ recipient: bot, ...activity })).toEqual(expected);
  });
});

describe('home card', () => {
  const home: Reply = {
    kind: 'answer', title: 'turnario — Nicola Conti', sections: [{ heading: 'In attesa di una tua risposta', lines: ['Calendario da pubblicare'], list: true }],
    actions: [{ id: 'publish', label: 'Pubblica', style: 'primary', pendingId: 'p-9' }],
  };
  const absence: FormSpec = { id: 'absence', title: 'Comunica un\'assenza', submitLabel: 'Continua', fields: [] };

  it('marks the overview\'s buttons as home ones, adds one opener per form and refreshes for the viewer', () => {
    const card = renderHomeCard(home, [absence], '29:viewer');
    expect(card.body.map((b) => b.text)).toEqual(['turnario — Nicola Conti', 'In attesa di una tua risposta', '- Calendario da pubblicare']);
    expect(card.actions!.map((a) => [a.title, a.verb, a.data])).toEqual([
      ['Pubblica', 'turnario.publish', { turnario: { kind: 'action', actionId: 'publish', pendingId: 'p-9', home: true } }],
      ['Comunica un\'assenza', 'turnario.open.absence', { turnario: { kind: 'open_form', formId: 'absence' } }],
    ]);
    expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'turnario.home', data: { turnario: { kind: 'home' } } }, userIds: ['29:viewer'] });
  });

  it('has no refresh without a viewer and no actions when there is nothing to press', () => {
    const card = renderHomeCard({ ...home, actions: [] }, [], undefined);
    expect(card.refresh).toBeUndefined();
    expect(card.actions).toBeUndefined();
  });

  it('leaves ordinary cards\' buttons unmarked', () => {
    expect(renderCard(home, 'x').actions![0]!.data).toEqual({ turnario: { kind: 'action', actionId: 'publish', pendingId: 'p-9' } });
  });
});

describe('a form the core could not accept', () => {
  const form: FormSpec = { id: 'giada_request', title: 'Richiesta', submitLabel: 'Invia richiesta', fields: [field('text'), field('number', { initial: '1' }), field('toggle', { initial: 'false' })] };
  const problem: Reply = { kind: 'problem', sections: [{ lines: ['Il campo "Imputati liberi" deve essere un numero intero da 0 in su (trovato "due").'] }], actions: [] };

  it('comes back with the problem above the form, keeping what was written and the initial values of empty fields', () => {
    const again = formAgain(problem, form, { 'f-text': '1234/2026', 'f-number': 'due', 'f-toggle': '' });
    expect(again.sections).toEqual(problem.sections);
    expect(again.form!.fields.map((f) => [f.id, f.initial])).toEqual([['f-text', '1234/2026'], ['f-number', 'due'], ['f-toggle', 'false']]);
  });

  it.each([
    ['a problem', problem, true],
    ['a refusal', { ...problem, kind: 'refusal' as const }, true],
    ['a problem that already carries its form', { ...problem, form }, false],
    ['a confirmation', { ...problem, kind: 'confirm' as const }, false],
  ])('%s sends back to the form: %s', (_name, answer, expected) => {
    expect(wantsFormAgain(answer)).toBe(expected);
  });
});
