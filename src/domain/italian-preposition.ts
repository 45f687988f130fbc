/**
 * "a" before a person's name, "ad" before a name that starts with a ("ad Antonio Barbieri", "a Laura Bianchi"):
 * the euphonic d Italian style guides keep before the same vowel.
 */
export function toName(name: string): string {
  return `${/^[aAàÀ]/.test(name) ? 'ad' : 'a'} ${name}`;
}
