import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { officeKindLabels } from '../domain/office.ts';
import { countRole, type Role } from '../domain/role.ts';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Italian lines describing an office configuration, for `office show`, `office validate` and `npm start`. */
export function summarizeOffice(config: DeepReadonly<OfficeConfig>): string[] {
  const roles = new Map<Role, number>();
  for (const m of config.magistrates) roles.set(m.role, (roles.get(m.role) ?? 0) + 1);
  const lines = [
    `${config.office.name} (${officeKindLabels[config.office.kind]}, ${config.office.city}) – id "${config.office.id}"`,
    `  Magistrati: ${config.magistrates.length} (${[...roles].map(([role, n]) => countRole(role, n)).join(', ')})`,
  ];
  if (config.groups.length > 0) lines.push(`  Gruppi di lavoro: ${config.groups.map((g) => g.name).join('; ')}`);
  const exempted = config.magistrates.filter((m) => m.exemptions.length > 0).length;
  if (exempted > 0) lines.push(`  Magistrati con esoneri: ${exempted}`);
  if (config.services.length > 0) {
    lines.push(`  Servizi: ${config.services.map((s) => s.name).join('; ')}`);
    lines.push(`  Regole: ${plural(config.rules.length, 'regola', 'regole')}; periodi: ${config.periods.map((p) => p.name).join(', ') || 'nessuno'}`);
  }
  if (config.giada) {
    const g = config.giada;
    lines.push(`  GIADA: ${plural(g.sections.length, 'sezione', 'sezioni')}, ${plural(g.judges.length, 'giudice', 'giudici')}, ${plural(g.panels.length, 'collegio', 'collegi')}, ${plural(g.weightClasses.length, 'classe di peso', 'classi di peso')}, ${plural(g.hearingPatterns.length + g.singleHearings.length, 'calendario di udienza', 'calendari di udienza')}`);
  }
  return lines;
}
