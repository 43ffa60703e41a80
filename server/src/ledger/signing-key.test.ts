import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@kyoso/shared';
import { ed25519Verifier, ledgerSignerFromKey, ledgerSignerFromSecret } from './signing-key.js';

const SECRET = 'test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const hash = sha256Hex('an entry');

describe('the ledger’s signing key', () => {
  it('is derived from the secret: every node with the same secret signs with the same key', () => {
    // Pinned (checked against HKDF-SHA256 and Ed25519 outside Node): changing the derivation
    // would leave every ledger signed so far unverifiable.
    expect(ledgerSignerFromSecret(SECRET).publicKey).toBe('F_UfGU8tLVErtZj1Tvtr1xQt9gSxoeDv5s8XkPLAqCA');
    expect(ledgerSignerFromSecret(SECRET).publicKey).toBe(ledgerSignerFromSecret(SECRET).publicKey);
    expect(ledgerSignerFromSecret(`${SECRET}!`).publicKey).not.toBe(ledgerSignerFromSecret(SECRET).publicKey);
  });

  it('signs the hash’s 32 bytes, which anyone can check with the raw public key alone', () => {
    const signer = ledgerSignerFromSecret(SECRET);
    const sig = signer.sign(hash);
    expect(signer.verify(hash, sig)).toBe(true);
    expect(ed25519Verifier(signer.publicKey)(hash, sig)).toBe(true);
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: signer.publicKey }, format: 'jwk' });
    expect(verify(null, Buffer.from(hash, 'hex'), key, Buffer.from(sig, 'base64url'))).toBe(true);
  });

  it('refuses other hashes, changed signatures and other keys', () => {
    const signer = ledgerSignerFromSecret(SECRET);
    const sig = signer.sign(hash);
    expect(signer.verify(sha256Hex('another entry'), sig)).toBe(false);
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect(signer.verify(hash, flipped)).toBe(false);
    expect(signer.verify(hash, `${sig}=`)).toBe(false);
    expect(ledgerSignerFromSecret('another secret of enough length').verify(hash, sig)).toBe(false);
    expect(() => signer.sign('not a hash')).toThrow(TypeError);
  });

  it('holds nothing secret where a log could print it', () => {
    const signer = ledgerSignerFromSecret(SECRET);
    expect(JSON.parse(JSON.stringify(signer))).toEqual({ alg: 'Ed25519', publicKey: signer.publicKey });
    expect(Object.values(signer).filter((value) => typeof value !== 'function')).toEqual([
      'Ed25519',
      signer.publicKey,
    ]);
  });

  it('signs the same from its private key handed to a worker thread', () => {
    const signer = ledgerSignerFromSecret(SECRET);
    const again = ledgerSignerFromKey(signer.privateKey);
    expect(again.publicKey).toBe(signer.publicKey);
    expect(signer.verify(hash, again.sign(hash))).toBe(true);
  });
});
