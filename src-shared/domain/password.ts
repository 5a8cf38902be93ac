/** Password rules of the manual ("Xavfsizlik talablari"). Returns the i18n keys of broken rules. */
export const PASSWORD_RULES = [
  { key: 'password.rule.length', test: (p: string) => p.length >= 8 },
  { key: 'password.rule.upper', test: (p: string) => /\p{Lu}/u.test(p) },
  { key: 'password.rule.lower', test: (p: string) => /\p{Ll}/u.test(p) },
  { key: 'password.rule.digit', test: (p: string) => /\d/.test(p) },
  { key: 'password.rule.special', test: (p: string) => /[^\p{L}\d\s]/u.test(p) },
] as const;

export function brokenPasswordRules(password: string): string[] {
  return PASSWORD_RULES.filter((r) => !r.test(password)).map((r) => r.key);
}
