import { auditEntrySchema } from '../../domain/audit.ts';
import type { Store } from '../../ports.ts';

/**
 * The audit action that created a calendar version (`calendar.generate`, `calendar.edit`, `calendar.replan`): the
 * version itself does not say how it was made, its audit entry does. Null when the log has no such entry.
 */
export async function actionOfVersion(store: Store, versionId: string): Promise<string | null> {
  const subject = `calendar:${versionId}`;
  for (const record of await store.readLog('audit')) {
    const entry = auditEntrySchema.safeParse(record);
    if (entry.success && entry.data.subject === subject && !entry.data.refused && entry.data.action !== 'calendar.publish') return entry.data.action;
  }
  return null;
}
