/** The conversation core's public face, for the chat adapters, the console and the jobs. */
export { createConversation, type Conversation } from './conversation.ts';
export type { ConversationDeps } from './turn.ts';
export { identify, type ChatUser, type ChatPlatform, type Identity } from './identity.ts';
export { replyText, type Reply, type ReplyAction, type ReplySection, type ReplyKind, type ActionId, type FormSpec, type FormField, type FormId } from './reply.ts';
