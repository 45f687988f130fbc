import type { Harness } from './harness.ts';
import { postInteraction } from './signed-request.ts';

/** Reading the Block Kit the Slack front posts, and pressing its buttons, for the slack-*.test.ts files. */

export type Blocks = { type: string; text?: { text: string }; elements?: { action_id: string; value: string; text: { text: string } }[]; block_id?: string; element?: Record<string, unknown> }[];
export const blocksOf = (args: Record<string, unknown>) => args.blocks as Blocks;
export const buttonsOf = (args: Record<string, unknown>) => blocksOf(args).flatMap((b) => b.elements ?? []);
export const allText = (args: Record<string, unknown>) => blocksOf(args).map((b) => b.text?.text ?? '').join('\n');

/** Presses a button of a message posted in a DM channel. */
export function press(h: Harness, user: string, message: { channel: string; ts: string }, button: { action_id: string; value: string }) {
  return postInteraction(h.url, {
    type: 'block_actions', user: { id: user }, trigger_id: `trig-${button.action_id}`,
    container: { type: 'message', channel_id: message.channel, message_ts: message.ts, is_ephemeral: false },
    channel: { id: message.channel }, message: { ts: message.ts },
    actions: [{ type: 'button', action_id: button.action_id, value: button.value, block_id: 'b', action_ts: '1' }],
  });
}

/** What the stand-in answered to the n-th chat.postMessage (its channel and ts). */
export async function posted(h: Harness, n: number): Promise<{ channel: string; ts: string; args: Record<string, unknown> }> {
  const calls = await h.api.waitFor('chat.postMessage', n);
  const call = calls[n - 1]!;
  return { channel: String(call.args.channel), ts: String(call.response.ts), args: call.args };
}
