import { z } from 'zod';

export const roles = [
  'procuratore',
  'procuratore_aggiunto',
  'sostituto',
  'vpo',
  'presidente_tribunale',
  'presidente_sezione',
  'giudice',
  'gip_gup',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Italian names of the roles, for every message a user reads. */
export const roleLabels: Record<Role, string> = {
  procuratore: 'procuratore della Repubblica',
  procuratore_aggiunto: 'procuratore aggiunto',
  sostituto: 'sostituto procuratore',
  vpo: 'vice procuratore onorario',
  presidente_tribunale: 'presidente del Tribunale',
  presidente_sezione: 'presidente di sezione',
  giudice: 'giudice',
  gip_gup: 'giudice per le indagini preliminari (GIP/GUP)',
};

/** Plural names, for counts ("21 sostituti procuratori"). */
export const rolePluralLabels: Record<Role, string> = {
  procuratore: 'procuratori della Repubblica',
  procuratore_aggiunto: 'procuratori aggiunti',
  sostituto: 'sostituti procuratori',
  vpo: 'vice procuratori onorari',
  presidente_tribunale: 'presidenti del Tribunale',
  presidente_sezione: 'presidenti di sezione',
  giudice: 'giudici',
  gip_gup: 'giudici per le indagini preliminari (GIP/GUP)',
};

/** "1 sostituto procuratore", "21 sostituti procuratori". */
export function countRole(role: Role, count: number): string {
  return `${count} ${count === 1 ? roleLabels[role] : rolePluralLabels[role]}`;
}

/** Heads of office: their own workload is the office's `headWorkloadPercent`. */
export const headRoles: ReadonlySet<Role> = new Set(['procuratore', 'presidente_tribunale']);

/** Directive and semi-directive posts: no exemption for an elected council member who holds one. */
export const directiveRoles: ReadonlySet<Role> = new Set([
  'procuratore',
  'procuratore_aggiunto',
  'presidente_tribunale',
  'presidente_sezione',
]);
