/**
 * The Teams settings from the environment, read without loading botbuilder (the composition checks
 * them before deciding to load the SDK). No `MicrosoftAppId` means local (emulator) mode: requests are
 * not authenticated, which is only for a developer's machine and the tests.
 */

export interface TeamsSettings {
  MicrosoftAppId?: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType?: string;
  MicrosoftAppTenantId?: string;
}

export type Env = Record<string, string | undefined>;

const appTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];

/** True when Teams should run: an app id is set, or local mode is asked for with `TURNARIO_TEAMS_LOCAL=1`. */
export function teamsConfigured(env: Env): boolean {
  return Boolean(env.MicrosoftAppId?.trim()) || env.TURNARIO_TEAMS_LOCAL === '1';
}

/** The settings, or an Italian message naming the variable that is wrong and what it should be. */
export function readTeamsSettings(env: Env): { ok: true; settings: TeamsSettings } | { ok: false; message: string } {
  const appId = env.MicrosoftAppId?.trim();
  if (!appId) return { ok: true, settings: {} };
  const appType = env.MicrosoftAppType?.trim() || 'MultiTenant';
  const type = appTypes.find((t) => t.toLowerCase() === appType.toLowerCase());
  if (!type) return { ok: false, message: `MicrosoftAppType: atteso uno tra ${appTypes.join(', ')}, trovato "${appType}".` };
  const password = env.MicrosoftAppPassword?.trim();
  const tenant = env.MicrosoftAppTenantId?.trim();
  if (type !== 'UserAssignedMSI' && !password) return { ok: false, message: 'MicrosoftAppPassword: manca. Con MicrosoftAppId impostato serve anche il segreto dell\'app (o MicrosoftAppType=UserAssignedMSI).' };
  if (type !== 'MultiTenant' && !tenant) return { ok: false, message: `MicrosoftAppTenantId: manca. Con MicrosoftAppType=${type} serve l'id del tenant Microsoft Entra.` };
  return {
    ok: true,
    settings: { MicrosoftAppId: appId, MicrosoftAppType: type, ...(password ? { MicrosoftAppPassword: password } : {}), ...(tenant ? { MicrosoftAppTenantId: tenant } : {}) },
  };
}
