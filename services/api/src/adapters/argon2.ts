import { randomBytes } from 'node:crypto';
import { hash, hashSync, verify } from '@node-rs/argon2';
import { ARGON2ID_OPTIONS } from '@solimob/config';
import type { PasswordHasher } from '@solimob/domain';

/** argon2id with the one parameter set shared with the seed and the fixtures (packages/config). */
const options = ARGON2ID_OPTIONS;

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
