import { ARGON2ID_PHC_PREFIX } from '@solimob/config';
import { schema } from '@solimob/db';
import { hashSessionToken, LOGIN_FAILED } from '@solimob/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createHarness, type Harness, PASSWORD } from './fixture';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const login = (email: string, password: string, remoteAddress = '10.0.0.1') =>
  h.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password }, remoteAddress });

describe('login', () => {
  it('returns a one-time opaque token, stores only its SHA-256 with the configured lifetime', async () => {
    const response = await login('  Coordinator@A.example.org ', PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({
      email: h.a.staff.coordinator.email,
      role: 'coordinator',
      territoryId: h.a.id,
    });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(new Date(body.expiresAt).getTime() - h.clock.now().getTime()).toBe(12 * 3_600_000);

    const sessions = await h.t.db
      .select()
      .from(schema.staffSessions)
      .where(eq(schema.staffSessions.staffUserId, h.a.staff.coordinator.id));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.tokenHash).toBe(hashSessionToken(body.token));
    expect(sessions[0]!.tokenHash).not.toContain(body.token);

    const me = await h.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { authorization: `bearer ${body.token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(h.a.staff.coordinator.id);
    expect(me.json().permissions).toContain('residents:write');
    expect(me.json().permissions).toContain('messages:read');
    expect(me.json().permissions).not.toContain('staff:manage');
  });

  it('fails the same way for a wrong password, an unknown email and an inactive account', async () => {
    const wrong = await login(h.a.staff.admin.email, 'not the password at all', '10.0.0.2');
    const unknown = await login('nobody@a.example.org', PASSWORD, '10.0.0.2');
    const inactive = await login(h.a.staff.inactive.email, PASSWORD, '10.0.0.2');
    for (const response of [wrong, unknown, inactive]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'unauthenticated', message: LOGIN_FAILED } });
    }
  });

  it('refuses further attempts for an email and address after five failures, with Retry-After', async () => {
    const email = h.a.staff.partner.email;
    for (let i = 0; i < 5; i++)
      expect((await login(email, 'wrong password!!', '10.0.0.3')).statusCode).toBe(401);
    const blocked = await login(email, PASSWORD, '10.0.0.3');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not blocked, and the window ends.
    expect((await login(email, PASSWORD, '10.0.0.4')).statusCode).toBe(200);
    h.clock.advanceHours(0.5);
    expect((await login(email, PASSWORD, '10.0.0.3')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('rejects missing, malformed and unknown tokens', async () => {
    for (const headers of [{}, { authorization: 'Basic abc' }, bearer('x'.repeat(43))]) {
      const response = await h.app.inject({ method: 'GET', url: '/auth/me', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('expires after SESSION_TTL_HOURS', async () => {
    const { token } = (await login(h.a.staff.read_only.email, PASSWORD)).json();
    h.clock.advanceHours(11.9);
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) })).statusCode).toBe(
      200,
    );
    h.clock.advanceHours(0.2);
    const expired = await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) });
    expect(expired.statusCode).toBe(401);
  });

  it('logout revokes the token immediately and only that token', async () => {
    const first = (await login(h.a.staff.admin.email, PASSWORD)).json().token;
    const second = (await login(h.a.staff.admin.email, PASSWORD)).json().token;
    const out = await h.app.inject({ method: 'POST', url: '/auth/logout', headers: bearer(first) });
    expect(out.statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(first) })).statusCode).toBe(
      401,
    );
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(second) })).statusCode).toBe(
      200,
    );
  });

  it('stops working when the account is deactivated', async () => {
    const token = (await login(h.b.staff.coordinator.email, PASSWORD)).json().token;
    await h.t.db
      .update(schema.staffUsers)
      .set({ active: false })
      .where(eq(schema.staffUsers.id, h.b.staff.coordinator.id));
    expect((await h.app.inject({ method: 'GET', url: '/auth/me', headers: bearer(token) })).statusCode).toBe(
      401,
    );
    await h.t.db
      .update(schema.staffUsers)
      .set({ active: true })
      .where(eq(schema.staffUsers.id, h.b.staff.coordinator.id));
  });
});

describe('staff accounts', () => {
  const newAccount = {
    email: 'New.Person@a.example.org',
    displayName: 'New Person',
    role: 'partner',
    password: 'a long enough passphrase',
  };

  it('only admins create accounts, in their own territory, and the new account can log in', async () => {
    const coordinator = await h.login(h.a.staff.coordinator.email);
    const refused = await h.app.inject({
      method: 'POST',
      url: '/staff',
      headers: bearer(coordinator),
      payload: newAccount,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');

    const admin = await h.login(h.a.staff.admin.email);
    const created = await h.app.inject({
      method: 'POST',
      url: '/staff',
      headers: bearer(admin),
      payload: newAccount,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'new.person@a.example.org',
      role: 'partner',
      territoryId: h.a.id,
    });
    const [row] = await h.t.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.email, 'new.person@a.example.org'));
    expect(row!.passwordHash.startsWith(ARGON2ID_PHC_PREFIX)).toBe(true);
    expect((await login('new.person@a.example.org', newAccount.password)).statusCode).toBe(200);

    const duplicate = await h.app.inject({
      method: 'POST',
      url: '/staff',
      headers: bearer(admin),
      payload: newAccount,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields).toEqual([{ field: '/email', message: 'already in use' }]);

    const list = await h.app.inject({ method: 'GET', url: '/staff?pageSize=100', headers: bearer(admin) });
    expect(list.json().items.every((u: { territoryId: string }) => u.territoryId === h.a.id)).toBe(true);
  });

  it('enforces the password policy with a field error', async () => {
    const admin = await h.login(h.a.staff.admin.email);
    const response = await h.app.inject({
      method: 'POST',
      url: '/staff',
      headers: bearer(admin),
      payload: { ...newAccount, email: 'short@a.example.org', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      { field: '/password', message: 'must have at least 12 characters' },
    ]);
  });
});
