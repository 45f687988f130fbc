import { z } from 'zod';

/**
 * A person's gender as the office declares it, for the Italian words that agree with them: the article before a role
 * ("la giudice Carla Amato", "il giudice Marco Rossi") and past participles ("è stata estratta"). Optional: when unknown,
 * sentences name the person without a gendered article or agreement.
 */
export const genderSchema = z.enum(['F', 'M']);
export type Gender = z.infer<typeof genderSchema>;

/** The form of a word that agrees with `gender`: feminine, masculine, or the neutral one when the gender is unknown. */
export function byGender<T>(gender: Gender | undefined, forms: { F: T; M: T; unknown: T }): T {
  return gender === undefined ? forms.unknown : forms[gender];
}
