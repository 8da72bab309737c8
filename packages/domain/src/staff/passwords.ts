/** What the staff verbs need from a password hashing library (adapter: argon2id in the API). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /**
   * A hash of a random password, verified when the email is unknown so that a login for a missing
   * account costs the same time as one with a wrong password.
   */
  readonly dummyHash: string;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length is what matters (NIST SP 800-63B); also refuse passwords that are one repeated character. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH)
    problems.push(`must have at least ${PASSWORD_MIN_LENGTH} characters`);
  if ([...password].length > PASSWORD_MAX_LENGTH)
    problems.push(`must have at most ${PASSWORD_MAX_LENGTH} characters`);
  if (password.length > 0 && new Set(password).size === 1)
    problems.push('must not repeat a single character');
  return problems;
}
