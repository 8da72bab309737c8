import { describe, expect, it } from 'vitest';
import { ServiceError } from './errors';
import { createLinkIssuer, signLinkToken, verifyLinkToken } from './links';

const secret = 'a-test-secret-of-at-least-32-characters';
const id = '6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11';
const now = new Date('2026-12-02T10:00:00Z');
const inADay = new Date('2026-12-03T10:00:00Z');

describe('signed links', () => {
  it('round-trips the subject and the expiry, in 50 characters', () => {
    const token = signLinkToken(secret, { kind: 'volunteer', id }, inADay);
    expect(token).toHaveLength(50);
    expect(verifyLinkToken(secret, token, now)).toEqual({ kind: 'volunteer', id, expiresAt: inADay });
  });

  it('refuses an expired link, a link signed with another secret and a tampered one', () => {
    const token = signLinkToken(secret, { kind: 'shuttle-round', id }, inADay);
    expect(() => verifyLinkToken(secret, token, new Date('2026-12-03T10:00:00Z'))).toThrow('Link expired');
    expect(() => verifyLinkToken(`${secret}!`, token, now)).toThrow('Invalid link');
    const bytes = Buffer.from(token, 'base64url');
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    expect(() => verifyLinkToken(secret, bytes.toString('base64url'), now)).toThrow(ServiceError);
    expect(() => verifyLinkToken(secret, 'not a token', now)).toThrow('Invalid link');
  });

  it('builds the page URL of each kind on the public base URL', () => {
    const issuer = createLinkIssuer({ secret, publicBaseUrl: 'https://solimob.example/' });
    expect(issuer.url({ kind: 'volunteer', id }, inADay)).toMatch(
      /^https:\/\/solimob\.example\/b\/[\w-]{50}$/,
    );
    expect(issuer.url({ kind: 'shuttle-round', id }, inADay)).toMatch(
      /^https:\/\/solimob\.example\/f\/[\w-]{50}$/,
    );
  });
});
