import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every key starts with this, so a leaked key is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'pgk_';

const KEY_ID_BYTES = 8;
const SECRET_BYTES = 32;
const API_KEY_PATTERN = /^pgk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** A key as the caller sends it, split into its public id and its secret. */
export interface ParsedApiKey {
  keyId: string;
  secret: string;
}

/** A freshly made key: the plaintext (shown once) and what is stored of it. */
export interface NewApiKey {
  keyId: string;
  plaintext: string;
  hash: string;
}

/**
 * The stored form of a secret: SHA-256, lowercase hex. A slow KDF (bcrypt, scrypt, argon2) exists
 * to protect low-entropy passwords from guessing; a 256-bit random secret cannot be guessed, so one
 * fast hash is as safe and keeps a key check to microseconds on every request.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new key `pgk_<keyId>_<secret>`: keyId 16 hex digits, secret 32 random bytes in base64url. */
export function generateApiKey(): NewApiKey {
  const keyId = randomBytes(KEY_ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { keyId, plaintext: `${API_KEY_PREFIX}${keyId}_${secret}`, hash: hashSecret(secret) };
}

/** Splits a key made by `generateApiKey`; null for anything else. */
export function parseApiKey(plaintext: string): ParsedApiKey | null {
  const match = API_KEY_PATTERN.exec(plaintext);
  return match ? { keyId: match[1] as string, secret: match[2] as string } : null;
}

/** Compares `secret` with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
