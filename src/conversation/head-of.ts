import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { headRoles } from '../domain/role.ts';

/** The head of office's id (procuratore or presidente del Tribunale), or null when none is configured. */
export function headOf(config: DeepReadonly<OfficeConfig>): string | null {
  return config.magistrates.find((m) => headRoles.has(m.role))?.id ?? null;
}
