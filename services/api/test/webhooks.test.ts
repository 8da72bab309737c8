import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema } from '@solimob/db';
import { deliverMessage, systemClock } from '@solimob/domain';
import { createTwilioSender, statusCallbackUrl } from '@solimob/messaging';
import { type FakeTwilio, signTwilioRequest, startFakeTwilio } from '@solimob/messaging/testing';
import { eq } from 'drizzle-orm';
import type { FastifyLoggerOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from '../src/app';
import { createHarness, type Harness } from './fixture';

/** What Twilio is configured to call: the proxy's address, which the app never sees. */
const PUBLIC_BASE_URL = 'https://solimob.example.org/api';

let h: Harness;
let twilio: FakeTwilio;
/** Where the app really listens, standing in for the internal address behind the proxy. */
let internalBase: string;
const logLines: string[] = [];

beforeAll(async () => {
  twilio = await startFakeTwilio();
  h = await createHarness({
    config: {
      PUBLIC_BASE_URL,
      SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
      SESSION_TTL_HOURS: 12,
      LOG_LEVEL: 'info',
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
    },
    // The production logger options (redaction, serializers), writing to memory.
    logger: {
      ...(loggerOptions('info') as FastifyLoggerOptions),
      stream: { write: (line: string) => void logLines.push(line) },
    },
  });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  internalBase = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h?.close();
  await twilio?.close();
});

const PHONE = '+33639981234';
const BODY = 'Votre trajet de mardi est confirmé';
const sid = (prefix = 'SM') => `${prefix}${randomBytes(16).toString('hex')}`;

async function outboundMessage(values: Partial<typeof schema.messages.$inferInsert> = {}) {
  const [row] = await h.t.db
    .insert(schema.messages)
    .values({
      territoryId: h.a.id,
      direction: 'outbound',
      channel: 'sms',
      counterpartPhone: PHONE,
      body: BODY,
      status: 'sending',
      attempts: 1,
      ...values,
    })
    .returning();
  return row!;
}

const reload = async (id: string) =>
  (await h.t.db.select().from(schema.messages).where(eq(schema.messages.id, id)))[0]!;

/** Twilio's SMS status callback form, as the fake sends it. */
const smsForm = (messageSid: string, status: string, extra: Record<string, string> = {}) => ({
  AccountSid: twilio.accountSid,
  ApiVersion: '2010-04-01',
  From: '+33700000000',
  MessageSid: messageSid,
  MessageStatus: status,
  SmsSid: messageSid,
  SmsStatus: status,
  To: PHONE,
  ...extra,
});

/** Signed for the public URL Twilio was given, delivered to the app's internal address. */
const callback = (messageId: string, form: Record<string, string>) => {
  const url = statusCallbackUrl(PUBLIC_BASE_URL, messageId);
  return twilio.postSignedWebhook(url, form, url.replace(PUBLIC_BASE_URL, internalBase));
};

describe('POST /webhooks/twilio/status', () => {
  it('records the status and the SID of a signed callback that beats the worker', async () => {
    const row = await outboundMessage();
    const messageSid = sid();
    const result = await callback(row.id, smsForm(messageSid, 'sent'));
    expect(result).toMatchObject({ status: 204, body: '' });
    const after = await reload(row.id);
    expect(after).toMatchObject({ status: 'sent', provider: 'twilio', providerId: messageSid });
    expect(after.territoryId).toBe(h.a.id);

    expect((await callback(row.id, smsForm(messageSid, 'delivered'))).status).toBe(204);
    expect((await reload(row.id)).status).toBe('delivered');
  });

  it('refuses a tampered body with 403 and changes nothing', async () => {
    const messageSid = sid();
    const row = await outboundMessage({ status: 'sent', provider: 'twilio', providerId: messageSid });
    const url = statusCallbackUrl(PUBLIC_BASE_URL, row.id);
    const signed = smsForm(messageSid, 'sent');
    const response = await fetch(url.replace(PUBLIC_BASE_URL, internalBase), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioRequest(twilio.authToken, url, signed),
      },
      body: new URLSearchParams({ ...signed, MessageStatus: 'failed', ErrorCode: '30003' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: 'forbidden', message: 'Invalid or missing Twilio signature' },
    });
    expect(await reload(row.id)).toEqual(row);
  });

  it('refuses a missing signature, a signature for the internal URL, and another message id', async () => {
    const messageSid = sid();
    const row = await outboundMessage();
    const form = smsForm(messageSid, 'delivered');
    const internalUrl = statusCallbackUrl(internalBase, row.id);

    const unsigned = await fetch(internalUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    expect(unsigned.status).toBe(403);
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe('forbidden');

    // Signed for the address the app sees rather than the public one Twilio was configured with.
    expect((await twilio.postSignedWebhook(internalUrl, form)).status).toBe(403);

    // The query string is signed too: a valid callback cannot be replayed against another message.
    const other = await outboundMessage();
    const signedFor = statusCallbackUrl(PUBLIC_BASE_URL, row.id);
    expect(
      (await twilio.postSignedWebhook(signedFor, form, statusCallbackUrl(internalBase, other.id))).status,
    ).toBe(403);

    expect(await reload(row.id)).toEqual(row);
    expect(await reload(other.id)).toEqual(other);
  });

  it('refuses a webhook signed for another Twilio account', async () => {
    const stranger = await startFakeTwilio({ authToken: twilio.authToken });
    try {
      const row = await outboundMessage();
      const url = statusCallbackUrl(PUBLIC_BASE_URL, row.id);
      const result = await stranger.postSignedWebhook(
        url,
        { ...smsForm(sid(), 'delivered'), AccountSid: stranger.accountSid },
        url.replace(PUBLIC_BASE_URL, internalBase),
      );
      expect(result.status).toBe(403);
      expect(await reload(row.id)).toEqual(row);
    } finally {
      await stranger.close();
    }
  });

  it('keeps delivered when a late sent arrives after it', async () => {
    const messageSid = sid();
    const row = await outboundMessage({ provider: 'twilio', providerId: messageSid });
    expect((await callback(row.id, smsForm(messageSid, 'delivered'))).status).toBe(204);
    const delivered = await reload(row.id);
    expect(delivered.status).toBe('delivered');
    expect((await callback(row.id, smsForm(messageSid, 'sent'))).status).toBe(204);
    expect((await callback(row.id, smsForm(messageSid, 'queued'))).status).toBe(204);
    expect(await reload(row.id)).toEqual(delivered);
  });

  it('answers 204 for an unknown SID, changes nothing and logs only the SID', async () => {
    const before = await h.t.db.select().from(schema.messages);
    const unknownSid = sid();
    const url = `${PUBLIC_BASE_URL}/webhooks/twilio/status`;
    const result = await twilio.postSignedWebhook(
      url,
      smsForm(unknownSid, 'delivered'),
      url.replace(PUBLIC_BASE_URL, internalBase),
    );
    expect(result.status).toBe(204);
    expect(await h.t.db.select().from(schema.messages)).toEqual(before);
    const warning = logLines.find((line) => line.includes(unknownSid));
    expect(warning).toBeDefined();
    expect(JSON.parse(warning!)).toMatchObject({ level: 40, providerId: unknownSid });
  });

  it('is idempotent: the same callback twice changes nothing the second time', async () => {
    const row = await outboundMessage();
    const form = smsForm(sid(), 'delivered');
    expect((await callback(row.id, form)).status).toBe(204);
    const first = await reload(row.id);
    h.clock.advanceHours(1);
    expect((await callback(row.id, form)).status).toBe(204);
    expect(await reload(row.id)).toEqual(first);
  });

  it('records a failure with its error code (30003 unreachable) as final', async () => {
    const messageSid = sid();
    const row = await outboundMessage({ status: 'sent', provider: 'twilio', providerId: messageSid });
    const result = await callback(row.id, smsForm(messageSid, 'failed', { ErrorCode: '30003' }));
    expect(result.status).toBe(204);
    expect(await reload(row.id)).toMatchObject({ status: 'failed', errorCode: '30003' });
    expect((await callback(row.id, smsForm(messageSid, 'delivered'))).status).toBe(204);
    expect(await reload(row.id)).toMatchObject({ status: 'failed', errorCode: '30003' });
  });

  it('records call statuses by CallSid', async () => {
    const callSid = sid('CA');
    const row = await outboundMessage({ channel: 'voice' });
    const form = {
      AccountSid: twilio.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: callSid,
      CallStatus: 'no-answer',
      Direction: 'outbound-api',
      From: '+33700000000',
      To: PHONE,
    };
    expect((await callback(row.id, form)).status).toBe(204);
    expect(await reload(row.id)).toMatchObject({ status: 'undelivered', providerId: callSid });
  });

  it('answers 204 to a status it does not know and 400 to a form without any SID', async () => {
    const messageSid = sid();
    const row = await outboundMessage({ provider: 'twilio', providerId: messageSid });
    expect((await callback(row.id, smsForm(messageSid, 'partially_delivered'))).status).toBe(204);
    expect(await reload(row.id)).toEqual(row);

    const noSid = await callback(row.id, { AccountSid: twilio.accountSid, MessageStatus: 'delivered' });
    expect(noSid.status).toBe(400);
    expect(JSON.parse(noSid.body)).toMatchObject({ error: { code: 'validation' } });
  });

  it('refuses a JSON body even when signed', async () => {
    const row = await outboundMessage();
    const url = statusCallbackUrl(PUBLIC_BASE_URL, row.id);
    const form = smsForm(sid(), 'delivered');
    const response = await fetch(url.replace(PUBLIC_BASE_URL, internalBase), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-twilio-signature': signTwilioRequest(twilio.authToken, url, form),
      },
      body: JSON.stringify(form),
    });
    expect(response.status).toBe(415);
    expect(await reload(row.id)).toEqual(row);
  });

  it('never logs the phone numbers or the text', async () => {
    const joined = logLines.join('\n');
    expect(joined).toContain('Twilio status callback');
    expect(joined).not.toContain(PHONE);
    expect(joined).not.toContain('+33700000000');
    expect(joined).not.toContain(BODY);
  });

  it('keeps the form parser inside the webhook scope', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.fr&password=x',
    });
    expect(response.statusCode).toBe(415);
  });

  it('declares schemas for the route', () => {
    const route = h.routes.find((r) => r.url === '/webhooks/twilio/status');
    const routeSchema = (route?.schema ?? {}) as Record<string, unknown>;
    expect(routeSchema.summary).toMatch(/Twilio/);
    expect(routeSchema.body).toBeDefined();
    expect(routeSchema.querystring).toBeDefined();
    expect((routeSchema.response ?? {}) as Record<string, unknown>).toHaveProperty('204');
  });
});

describe('the Twilio sender, the fake Twilio and the webhook together', () => {
  it('a callback that arrives before the worker recorded the SID is kept, and the retry does not resend', async () => {
    // Twilio calls the URL the sender gave, so that URL must reach this app: a second app whose
    // public base is its own address.
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const publicBase = `http://127.0.0.1:${port}`;
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL: publicBase,
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 12,
        LOG_LEVEL: 'silent',
        TWILIO_AUTH_TOKEN: twilio.authToken,
      },
      db: h.t,
      redis: h.redis,
      logger: false,
    });
    await app.listen({ port, host: '127.0.0.1' });
    try {
      const sender = createTwilioSender({
        accountSid: twilio.accountSid,
        authToken: twilio.authToken,
        from: '+33700000000',
        apiBaseUrl: twilio.baseUrl,
        statusCallbackBaseUrl: publicBase,
      });
      const row = await outboundMessage({ status: 'pending', attempts: 0 });
      const worker = { db: h.t.db, clock: systemClock };

      // Twilio accepts the message but the worker never hears back.
      twilio.loseResponseNext(1);
      await expect(deliverMessage(worker, sender, row.id)).rejects.toThrow();
      const accepted = twilio.messages().at(-1)!;
      expect(accepted.statusCallback).toBe(statusCallbackUrl(publicBase, row.id));
      expect(await reload(row.id)).toMatchObject({ status: 'sending', providerId: null });

      const result = await twilio.setMessageStatus(accepted.resource.sid, 'sent');
      expect(result?.status).toBe(204);
      expect(await reload(row.id)).toMatchObject({ status: 'sent', providerId: accepted.resource.sid });

      const sentBefore = twilio.messages().length;
      expect(await deliverMessage(worker, sender, row.id)).toBe('already-done');
      expect(twilio.messages()).toHaveLength(sentBefore);

      expect((await twilio.setMessageStatus(accepted.resource.sid, 'delivered'))?.status).toBe(204);
      expect(await reload(row.id)).toMatchObject({ status: 'delivered', providerId: accepted.resource.sid });
    } finally {
      await app.close();
    }
  });
});

describe('POST /webhooks/twilio/status without a Twilio auth token', () => {
  it('answers 503 unavailable: a webhook it cannot authenticate is refused', async () => {
    const app = await buildApp({
      config: {
        PUBLIC_BASE_URL,
        SIGNED_LINK_SECRET: 'test-link-secret-of-at-least-32-characters',
        SESSION_TTL_HOURS: 12,
        LOG_LEVEL: 'silent',
      },
      db: h.t,
      redis: h.redis,
      logger: false,
    });
    try {
      const row = await outboundMessage();
      const form = smsForm(sid(), 'delivered');
      const response = await app.inject({
        method: 'POST',
        url: `/webhooks/twilio/status?messageId=${row.id}`,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signTwilioRequest(
            twilio.authToken,
            statusCallbackUrl(PUBLIC_BASE_URL, row.id),
            form,
          ),
        },
        payload: new URLSearchParams(form).toString(),
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ error: { code: 'unavailable' } });
      expect(await reload(row.id)).toEqual(row);
    } finally {
      await app.close();
    }
  });
});
