/**
 * Slack acknowledgement latency: how long the HTTP answer to Slack takes (Slack gives up after three
 * seconds), and for a DM how long until the answer is posted. The real adapter over HTTP on 127.0.0.1,
 * the Web API stand-in, a real lowdb store with the demo offices. Prints a table.
 * Run with `npx tsx test/adapters/slack/ack-latency.ts [rounds]` (default 30 rounds).
 */
import { people, publishNextWeek, startHarness } from './harness.ts';
import { postCommand, postEvent, postInteraction } from './signed-request.ts';

const rounds = Number(process.argv[2] ?? 30);

function giadaSubmission(n: number) {
  const input = (type: string, value: string) => ({ type, ...(type === 'static_select' ? { selected_option: { value } } : { value }) });
  return {
    type: 'view_submission', user: { id: people.rossi },
    view: { id: 'V', callback_id: 'turnario-form:giada_request', private_metadata: '{"formId":"giada_request"}', state: { values: {
      reference: { reference: input('plain_text_input', `${1000 + n}/2026`) }, type: { type: input('static_select', 'citazione_diretta') },
      subjectMatter: { subjectMatter: input('static_select', 'reati-comuni') }, free: { free: input('number_input', '1') },
      detained: { detained: input('number_input', '0') }, charges: { charges: input('plain_text_input', '640') },
      urgent: { urgent: { type: 'checkboxes', selected_options: [] } },
    } } },
  };
}

function absenceSubmission(n: number) {
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    type: 'view_submission', user: { id: people.rossi },
    view: { id: 'V', callback_id: 'turnario-form:absence', private_metadata: '{"formId":"absence"}', state: { values: {
      type: { type: { type: 'static_select', selected_option: { value: 'formazione' } } },
      from: { from: { type: 'datepicker', selected_date: `2027-02-${day}` } }, to: { to: { type: 'datepicker', selected_date: `2027-02-${day}` } },
    } } },
  };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function row(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `| ${label.padEnd(46)} | ${String(ms.length).padStart(3)} | ${ms[0]!.toFixed(0).padStart(6)} | ${at(0.5).toFixed(0).padStart(6)} | ${at(0.95).toFixed(0).padStart(6)} | ${sorted.at(-1)!.toFixed(0).padStart(6)} |`;
}

const h = await startHarness();
await publishNextWeek(h);
const results: [string, number[]][] = [];
const measure = async (label: string, run: (i: number) => Promise<unknown>) => {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) ms.push(await timed(() => run(i)));
  results.push([label, ms]);
};

await measure('event (DM) acknowledged', (i) => postEvent(h.url, `Eack${i}`, { type: 'message', channel_type: 'im', channel: `D${people.rossi}`, user: people.rossi, text: 'i miei turni la prossima settimana', ts: `1.${i}` }));
// Every answer of the rounds above is posted before the next measure counts posts, one at a time.
await h.api.waitFor('chat.postMessage', rounds, 30_000);
await measure('DM answered (event sent -> chat.postMessage)', async (i) => {
  const before = h.api.callsTo('chat.postMessage').length;
  await postEvent(h.url, `Eans${i}`, { type: 'message', channel_type: 'im', channel: `D${people.rossi}`, user: people.rossi, text: 'chi è reperibile il 5 dicembre', ts: `2.${i}` });
  await h.api.waitFor('chat.postMessage', before + 1, 10_000);
});
await measure('/turni acknowledged', (i) => postCommand(h.url, { command: '/turni', text: 'chi è reperibile il 5 dicembre', user_id: people.rossi, channel_id: 'C0GENERALE', response_url: h.api.responseUrl(`b${i}`), trigger_id: 't' }));
await measure('absence modal submitted (ack after the core)', (i) => postInteraction(h.url, absenceSubmission(i)));
await measure('GIADA modal submitted (ack after the decision)', (i) => postInteraction(h.url, giadaSubmission(i)));
await h.conversation.idle();
await h.close();

console.log(`Slack acknowledgement latency, ${rounds} rounds each (ms; the first round includes warm-up)\n`);
console.log(`| ${'request'.padEnd(46)} |   n |  first | median |    p95 |    max |`);
console.log(`|${'-'.repeat(48)}|-----|--------|--------|--------|--------|`);
for (const [label, ms] of results) console.log(row(label, ms));
