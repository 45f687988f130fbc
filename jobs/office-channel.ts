import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';

/** Why an office message cannot go out, said in the run log and `jobs status`. */
export const NO_OFFICE_CHANNEL = 'l\'ufficio non ha un canale per gli annunci (announcements nel file dell\'ufficio)';

/** True when the office file names a Slack or Teams channel for its announcements. */
export function hasAnnouncementChannel(config: DeepReadonly<OfficeConfig>): boolean {
  return Boolean(config.announcements.slackChannelId || config.announcements.teamsChannelId);
}
