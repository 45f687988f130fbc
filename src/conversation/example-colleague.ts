import { headRoles } from '../domain/role.ts';
import type { Turn } from './turn.ts';

/**
 * The surname the help's examples use for a colleague: one of the writer's own office (a name from another office, or
 * none, would be refused if copied), of the writer's role (for the head and the staff, the office's most common role), not the
 * head and not shared with anyone else in the office. Null when the office has no such magistrate.
 */
export function exampleColleague(turn: Turn): string | null {
  const { magistrates } = turn.config;
  const others = magistrates.filter((m) => m.id !== turn.who.personId && !headRoles.has(m.role)
    && magistrates.filter((x) => x.surname === m.surname).length === 1);
  const own = magistrates.find((m) => m.id === turn.who.personId)?.role;
  const role = own && !headRoles.has(own) ? own : mostCommonRole(magistrates.map((m) => m.role));
  return (others.find((m) => m.role === role) ?? others[0])?.surname ?? null;
}

function mostCommonRole(roles: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
