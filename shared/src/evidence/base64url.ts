// Base64url (RFC 4648 §5, no padding) as signatures and keys are written in the ledger. Only the
// canonical spelling is accepted: unused low bits of the last character must be zero, or two
// texts would decode to the same bytes and a changed character could go unnoticed.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Whether `value` is the canonical base64url text of exactly `bytes` bytes. */
export function isBase64urlOf(value: unknown, bytes: number): value is string {
  const length = Math.ceil((bytes * 8) / 6);
  if (typeof value !== 'string' || value.length !== length) return false;
  let last = 0;
  for (const char of value) {
    last = ALPHABET.indexOf(char);
    if (last < 0) return false;
  }
  const unusedBits = length * 6 - bytes * 8;
  return (last & ((1 << unusedBits) - 1)) === 0;
}

/** An Ed25519 signature: 64 bytes. */
export const isSignature = (value: unknown): value is string => isBase64urlOf(value, 64);

/** A raw Ed25519 public key: 32 bytes. */
export const isPublicKey = (value: unknown): value is string => isBase64urlOf(value, 32);
