/**
 * A conversation reference as stored: the plain JSON fields botbuilder's `ConversationReference`
 * has, so the store never holds an SDK object and a successor SDK can read it back.
 */
export interface StoredReference {
  serviceUrl: string;
  channelId: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  locale?: string;
}

export interface ReferenceSource {
  serviceUrl?: string;
  channelId?: string;
  conversation?: { id?: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  recipient?: { id?: string; name?: string };
  from?: { id?: string; name?: string; aadObjectId?: string };
  locale?: string;
}

/** The reference to reach this conversation again (null when the activity lacks the essentials). */
export function referenceOf(activity: ReferenceSource): StoredReference | null {
  const { serviceUrl, channelId, conversation, recipient, from } = activity;
  if (!serviceUrl || !channelId || !conversation?.id || !recipient?.id) return null;
  const conv: StoredReference['conversation'] = { id: conversation.id };
  if (conversation.conversationType) conv.conversationType = conversation.conversationType;
  if (conversation.tenantId) conv.tenantId = conversation.tenantId;
  if (conversation.isGroup !== undefined) conv.isGroup = conversation.isGroup;
  return {
    serviceUrl, channelId, conversation: conv,
    bot: { id: recipient.id, ...(recipient.name ? { name: recipient.name } : {}) },
    ...(from?.id ? { user: { id: from.id, ...(from.name ? { name: from.name } : {}), ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) } } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}
