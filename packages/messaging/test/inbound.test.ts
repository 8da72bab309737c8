import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InboundSmsError, parseInboundSms, smsReply, validateTwilioSignature } from '../src/index';
import { type FakeTwilio, signTwilioRequest, startFakeTwilio } from './fakes';

const PUBLIC = 'https://solimob.example';
const TOKEN = '12345678901234567890123456789012';

const form = {
  MessageSid: 'SM0123456789abcdef0123456789abcdef',
  AccountSid: 'AC0123456789abcdef0123456789abcdef',
  From: '+33612345678',
  To: '+33757000001',
  Body: 'OUI 4821',
  NumMedia: '0',
  NumSegments: '1',
  SomeFieldTwilioAddsNextYear: 'x',
};

describe('validateTwilioSignature', () => {
  const path = '/webhooks/twilio/sms?territory=qc';
  const signature = signTwilioRequest(TOKEN, `${PUBLIC}${path}`, form);
  const base = { authToken: TOKEN, publicBaseUrl: PUBLIC, path, params: form, signature };

  it('accepts a request signed over the public URL, query string and every field', () => {
    expect(validateTwilioSignature(base)).toEqual({ valid: true });
    expect(validateTwilioSignature({ ...base, publicBaseUrl: `${PUBLIC}/` })).toEqual({ valid: true });
  });

  it('rejects a tampered body, an extra or a dropped field', () => {
    expect(validateTwilioSignature({ ...base, params: { ...form, Body: 'NON 4821' } })).toEqual({
      valid: false,
      reason: 'mismatch',
    });
    expect(validateTwilioSignature({ ...base, params: { ...form, Injected: '1' } }).valid).toBe(false);
    const { SomeFieldTwilioAddsNextYear: _dropped, ...fewer } = form;
    expect(validateTwilioSignature({ ...base, params: fewer }).valid).toBe(false);
  });

  it('rejects the wrong URL: the internal address, another path or query, another token', () => {
    expect(validateTwilioSignature({ ...base, publicBaseUrl: 'http://10.0.0.5:3000' }).valid).toBe(false);
    expect(validateTwilioSignature({ ...base, path: '/webhooks/twilio/sms' }).valid).toBe(false);
    expect(validateTwilioSignature({ ...base, path: '/webhooks/twilio/status?territory=qc' }).valid).toBe(
      false,
    );
    expect(validateTwilioSignature({ ...base, authToken: 'another-token' }).valid).toBe(false);
  });

  it('rejects a missing signature', () => {
    expect(validateTwilioSignature({ ...base, signature: undefined })).toEqual({
      valid: false,
      reason: 'missing-signature',
    });
  });

  it('checks SharedKey (HMAC-SHA256) webhooks against the SharedKey secret, never the Auth Token', () => {
    const secret = 'shared-key-secret';
    const settings = 'key=webhooks_sharedkey_abc,algorithm=HMAC_SHA256';
    const sha256 = twilio.getExpectedTwilioSignature(secret, `${PUBLIC}${path}`, form, twilio.HMAC_SHA256);
    const check = { ...base, signature: sha256, signatureSettingsHeader: settings };
    expect(validateTwilioSignature({ ...check, sharedKeySecret: secret })).toEqual({ valid: true });
    expect(validateTwilioSignature(check)).toEqual({ valid: false, reason: 'no-shared-key-secret' });
    // An Auth-Token SHA1 signature does not pass once the header says SharedKey.
    expect(
      validateTwilioSignature({ ...base, signatureSettingsHeader: settings, sharedKeySecret: TOKEN }).valid,
    ).toBe(false);
    expect(
      validateTwilioSignature({
        ...check,
        sharedKeySecret: secret,
        signatureSettingsHeader: 'key=k,algorithm=HMAC_MD5',
      }),
    ).toEqual({ valid: false, reason: 'unsupported-algorithm' });
  });
});

describe('webhooks from the fake Twilio, behind a proxy', () => {
  let fake: FakeTwilio;
  let app: Server;
  let internal: string;
  const seen: { url: string; valid: boolean; sms?: ReturnType<typeof parseInboundSms> }[] = [];

  beforeEach(async () => {
    fake = await startFakeTwilio();
    seen.length = 0;
    // Stands in for the API: it only sees its internal URL and rebuilds the public one.
    app = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf-8')));
      const header = req.headers['x-twilio-signature'];
      const verdict = validateTwilioSignature({
        authToken: fake.authToken,
        publicBaseUrl: PUBLIC,
        path: req.url ?? '/',
        params,
        signature: typeof header === 'string' ? header : undefined,
      });
      seen.push({
        url: req.url ?? '',
        valid: verdict.valid,
        ...(verdict.valid && req.url?.startsWith('/webhooks/twilio/sms')
          ? { sms: parseInboundSms(params) }
          : {}),
      });
      res.writeHead(verdict.valid ? 200 : 403, { 'Content-Type': 'text/xml' });
      res.end(verdict.valid ? smsReply('Merci, c’est noté.') : '');
    });
    app.listen(0, '127.0.0.1');
    await once(app, 'listening');
    internal = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await fake.close();
    app.closeAllConnections();
    app.close();
  });

  it('an inbound SMS signed for the public URL validates and parses', async () => {
    const reply = await fake.sendInboundSms({
      url: `${PUBLIC}/webhooks/twilio/sms`,
      via: `${internal}/webhooks/twilio/sms`,
      from: '+33612345678',
      to: '+33757000001',
      body: 'Je voudrais aller au marché lundi',
    });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/xml');
    expect(reply.body).toContain('<Message>Merci, c’est noté.</Message>');
    expect(seen[0]?.sms).toMatchObject({
      from: '+33612345678',
      to: '+33757000001',
      body: 'Je voudrais aller au marché lundi',
      accountSid: fake.accountSid,
    });
    expect(seen[0]?.sms?.raw.SmsStatus).toBe('received');
  });

  it('a status callback validates; the same callback sent to the wrong public URL does not', async () => {
    // Any sender request with a callback: use the fake's REST API through the real client.
    const { createTwilioSender } = await import('../src/index');
    const sender = createTwilioSender({
      accountSid: fake.accountSid,
      authToken: fake.authToken,
      from: '+33757000001',
      apiBaseUrl: fake.baseUrl,
      statusCallbackBaseUrl: internal,
    });
    const { providerId } = await sender.send({
      messageId: 'cb-1',
      channel: 'sms',
      to: '+33612345678',
      body: 'x',
    });
    // Twilio signs the URL it was given; here that is the internal one, which the app does not
    // consider public: refused. That is what a misconfigured PUBLIC_BASE_URL looks like.
    const result = await fake.setMessageStatus(providerId, 'delivered');
    expect(result?.status).toBe(403);
    expect(seen[0]).toMatchObject({ url: '/webhooks/twilio/status?messageId=cb-1', valid: false });

    const ok = await fake.postSignedWebhook(
      `${PUBLIC}/webhooks/twilio/status?messageId=cb-1`,
      { MessageSid: providerId, MessageStatus: 'delivered', AccountSid: fake.accountSid },
      `${internal}/webhooks/twilio/status?messageId=cb-1`,
    );
    expect(ok.status).toBe(200);
  });
});

describe('smsReply', () => {
  it('renders MessagingResponse TwiML, escaped', () => {
    expect(smsReply('Réservé : lundi 8h40 <navette> & retour')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Réservé : lundi 8h40 &lt;navette&gt; &amp; retour</Message></Response>',
    );
  });
  it('renders an empty response when there is nothing to say', () => {
    expect(smsReply()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });
});

describe('parseInboundSms', () => {
  it('keeps unknown fields and accepts an empty body', () => {
    const parsed = parseInboundSms({ ...form, Body: '', NumMedia: '1' });
    expect(parsed).toMatchObject({ body: '', numMedia: 1, messageSid: form.MessageSid });
    expect(parsed.raw.SomeFieldTwilioAddsNextYear).toBe('x');
  });

  it('rejects missing or malformed required fields, listing them all', () => {
    const { From: _f, Body: _b, ...partial } = form;
    expect(() => parseInboundSms({ ...partial, MessageSid: 'bogus' })).toThrow(InboundSmsError);
    try {
      parseInboundSms({ ...partial, MessageSid: 'bogus' });
    } catch (error) {
      expect((error as InboundSmsError).problems).toEqual([
        'From is missing',
        'Body is missing',
        'MessageSid is malformed',
      ]);
    }
  });

  it('can insist on our account', () => {
    expect(() => parseInboundSms(form, { expectedAccountSid: `AC${'f'.repeat(32)}` })).toThrow(/not ours/);
  });
});
