/**
 * The one set of argon2id parameters used for every staff password: by the API when a password is set
 * or checked, by the demo seed, and by test fixtures. OWASP's minimum for argon2id (19 MiB, 2 iterations,
 * 1 lane). Changing them here changes them everywhere; hashes made with other parameters still verify
 * (the PHC string carries its own), see `hasCurrentPasswordParameters`.
 *
 * `algorithm: 2` is @node-rs/argon2's `Algorithm.Argon2id`, a const enum isolated modules cannot import.
 */
export const ARGON2ID_OPTIONS = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** The PHC prefix every hash made with ARGON2ID_OPTIONS starts with (argon2 version 0x13 = 19). */
export const ARGON2ID_PHC_PREFIX =
  `$argon2id$v=19$m=${ARGON2ID_OPTIONS.memoryCost},t=${ARGON2ID_OPTIONS.timeCost},p=${ARGON2ID_OPTIONS.parallelism}$` as const;

/** Whether a stored PHC string was made with the current parameters. */
export const hasCurrentPasswordParameters = (phc: string): boolean => phc.startsWith(ARGON2ID_PHC_PREFIX);

/**
 * A syntactically valid argon2id hash with the current parameters that no password verifies against:
 * for fixtures of accounts that never log in (the database only accepts argon2id strings).
 */
export const UNUSABLE_PASSWORD_HASH = `${ARGON2ID_PHC_PREFIX}bm90LXVzZWQ$bm90LXVzZWQ`;
