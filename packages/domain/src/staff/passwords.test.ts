import { describe, expect, it } from 'vitest';
import { passwordProblems } from './passwords';
import { hashSessionToken, newSessionToken } from './sessions';

describe('password policy', () => {
  it('asks for length, not composition', () => {
    expect(passwordProblems('correct horse battery')).toEqual([]);
    expect(passwordProblems('Sh0rt!')).toEqual(['must have at least 12 characters']);
    expect(passwordProblems('aaaaaaaaaaaaaaaa')).toEqual(['must not repeat a single character']);
    expect(passwordProblems('x'.repeat(129))).toContain('must have at most 128 characters');
  });
});

describe('session tokens', () => {
  it('are 32 random bytes in base64url, stored as a SHA-256 hex digest', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).toBe(hashSessionToken(token));
  });
});
