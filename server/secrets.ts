import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Join-code letters: no 0/O, 1/I/L, so a code read aloud or copied from a projector is typed right. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Join codes are this long: 31^6 ≈ 887 million codes, guessed at a rate the limiter keeps low. */
export const CODE_LENGTH = 6;

/** A fresh join code, each letter drawn uniformly with the OS's cryptographic random source. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Normalises what a student typed (case, spaces, dashes); undefined when it cannot be a join code. */
export function normaliseJoinCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** A bearer secret (teacher key, student token): 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a secret, hex: what the database keeps instead of the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether a presented secret matches a stored hash, compared in constant time (hashes have equal length). */
export function matchesHash(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
