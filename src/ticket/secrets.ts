/**
 * Secrets a customer may paste with their logs by mistake: the settings the
 * knowledge base says never to send (SUPER_PASSWORD works as a master password
 * for every account), JWT tokens, passwords inside MongoDB addresses, private
 * keys. The form warns; it never blocks, and a value already replaced with
 * [REDACTED] or asterisks does not count. A heuristic, not a guarantee.
 */

/** Settings whose values must never leave the installation. */
const SECRET_SETTINGS = [
  'SUPER_PASSWORD',
  'ADMIN_PASSWORD',
  'GLOBAL_SECRET',
  'GLOBAL_SECRET_OR_PRIVATE_KEY',
  'LICENSE_KEY',
  'EMAIL_PASSWORD',
  'NPM_TOKEN',
  'GPTKEY',
  'CHAT21_ADMIN_TOKEN',
  'CHAT21_JWT_SECRET',
  'JWT_KEY',
] as const;

/** Placeholders and redactions: "[REDACTED]", "****", "xxx", "<your key>", "...". */
const REDACTED = /^(\[?redacted\]?|\*+|x{3,}|<.*|\.\.\.|…)$/i;

/** A value that is really there: not empty, not a placeholder, not already redacted. */
const isRealValue = (value: string) => value.length > 0 && !REDACTED.test(value.replace(/^["']|["']$/g, ''));

/** What in `text` looks like a secret, in words, each once, in a stable order. */
export function findSecrets(text: string): string[] {
  const found: string[] = [];
  for (const name of SECRET_SETTINGS) {
    const setting = new RegExp(`\\b${name}\\b["']?\\s*[=:]\\s*([^\\s,;]+)`, 'g');
    if ([...text.matchAll(setting)].some((match) => isRealValue(match[1] ?? ''))) found.push(name);
  }
  if (/\b(JWT|Bearer)\s+eyJ[\w-]{5,}\.[\w-]{5,}/.test(text) || /\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]+/.test(text))
    found.push('a JWT token');
  if ([...text.matchAll(/mongodb(?:\+srv)?:\/\/[^:/\s@]+:([^@\s]+)@/g)].some((match) => isRealValue(match[1] ?? ''))) {
    found.push('a password in a MongoDB address');
  }
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) found.push('a private key');
  return found;
}
