// The key the server signs ledger entries and export seals with: Ed25519, derived from the
// server's token secret (HKDF-SHA256), so every node sharing KYOSO_SECRET signs with the same key
// and a restart keeps it. The private key stays in this process: it goes only to the process's own
// worker threads that sign for it (an import), and is never logged or sent.
import {
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  sign as signBytes,
  verify as verifyBytes,
  type KeyObject,
} from 'node:crypto';
import { isDigest, isPublicKey, isSignature, type SignatureVerifier } from '@kyoso/shared';

export interface LedgerSigner {
  readonly alg: 'Ed25519';
  /** The raw 32-byte public key, base64url (`GET /api/ledger/key`). */
  readonly publicKey: string;
  /** Signs a hash (64 hex digits; its 32 bytes are signed); the signature in base64url. */
  sign(hash: string): string;
  /** Checks a signature of a hash made with this key. */
  readonly verify: SignatureVerifier;
  /** The private key, for a worker thread of this process (`ledgerSignerFromKey` there). */
  readonly privateKey: KeyObject;
}

/** A DER PKCS#8 Ed25519 private key is this prefix followed by the 32-byte seed (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/** A DER SPKI Ed25519 public key is this prefix followed by the 32 raw bytes. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const HKDF_SALT = 'kyoso';
const HKDF_INFO = 'kyoso ledger signing key v1';

/** Checks signatures made with the raw Ed25519 public key `publicKey` (base64url). */
export function ed25519Verifier(publicKey: string): SignatureVerifier {
  if (!isPublicKey(publicKey)) throw new TypeError('not a raw Ed25519 public key in base64url');
  const key = createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(publicKey, 'base64url')]),
    format: 'der',
    type: 'spki',
  });
  return (hash, sig) =>
    isDigest(hash) &&
    isSignature(sig) &&
    verifyBytes(null, Buffer.from(hash, 'hex'), key, Buffer.from(sig, 'base64url'));
}

/** The ledger's signing key derived from the server's secret. */
export function ledgerSignerFromSecret(secret: string): LedgerSigner {
  const seed = Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, HKDF_INFO, 32));
  const privateKey: KeyObject = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  seed.fill(0);
  return ledgerSignerFromKey(privateKey);
}

/** The signer of an Ed25519 private key (one handed to a worker thread). */
export function ledgerSignerFromKey(privateKey: KeyObject): LedgerSigner {
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = spki.subarray(SPKI_ED25519_PREFIX.length).toString('base64url');
  const signer: Omit<LedgerSigner, 'privateKey'> = {
    alg: 'Ed25519',
    publicKey,
    sign(hash) {
      if (!isDigest(hash)) throw new TypeError('the ledger signs 64-hex-digit hashes only');
      return signBytes(null, Buffer.from(hash, 'hex'), privateKey).toString('base64url');
    },
    verify: ed25519Verifier(publicKey),
  };
  // Not enumerable: a signer printed or serialised shows its public half only.
  Object.defineProperty(signer, 'privateKey', { value: privateKey, enumerable: false });
  return signer as LedgerSigner;
}
