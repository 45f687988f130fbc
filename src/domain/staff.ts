import { z } from 'zod';
import { chatIdentitiesSchema } from './magistrate.ts';
import { idSchema } from './primitives.ts';

/**
 * The office's administrative staff who use turnario: the segreteria that prepares calendars and
 * records absences for others, and a Tribunale's Dibattimento office that configures GIADA and
 * reassigns. They act for others; only the head of office publishes.
 */
export const staffRoles = ['segreteria', 'dibattimento'] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffRoleLabels: Record<StaffRole, string> = {
  segreteria: 'segreteria',
  dibattimento: 'ufficio del dibattimento',
};

export const staffMemberSchema = z.strictObject({
  id: idSchema,
  surname: z.string().min(1),
  name: z.string().min(1),
  role: staffRoleSchema,
  chat: chatIdentitiesSchema.default({}),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
