import { randomBytes } from 'node:crypto';
import { hash, hashSync, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@solimob/domain';

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane). `Algorithm` is a const enum
 * that isolated modules cannot import, hence the literal 2 (= Argon2id).
 */
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function createArgon2Hasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, options),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        // A malformed stored hash is a failed login, not a 500.
        return false;
      }
    },
    dummyHash: hashSync(randomBytes(16).toString('hex'), options),
  };
}
