import type { FormSpec, Reply } from '../../src/conversation/index.ts';

/**
 * A form submission the core could not accept: its answer (what was wrong, in Italian) shown above the
 * same form, filled with what was written, so the person corrects it in place, as Slack keeps its modal
 * open with the values. Pure.
 */
export function formAgain(answer: Reply, form: FormSpec, values: Readonly<Record<string, string>>): Reply {
  const fields = form.fields.map((field) => {
    const written = values[field.id];
    return written === undefined || written === '' ? field : { ...field, initial: written };
  });
  return { ...answer, form: { ...form, fields } };
}

/** Whether a form's answer sends the person back to the form. */
export function wantsFormAgain(answer: Reply): boolean {
  return (answer.kind === 'problem' || answer.kind === 'refusal') && !answer.form;
}
