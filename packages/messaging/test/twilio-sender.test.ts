import { type OutboundMessage, PermanentSendError } from '@solimob/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTwilioSender, TransientSendError, type TwilioSenderConfig } from '../src/index';
import { rewriteTwilioUri } from '../src/twilio-http-client';
import { type FakeTwilio, startFakeTwilio } from './fakes';

const FROM = '+33757000001';
const MOBILE = '+33612345678';
const LANDLINE = '+33297260123';
const INVALID = '+33100000000';
const OPTED_OUT = '+33698765432';

let fake: FakeTwilio;

beforeEach(async () => {
  fake = await startFakeTwilio({ landlines: [LANDLINE], invalidNumbers: [INVALID], optedOut: [OPTED_OUT] });
});
afterEach(async () => {
  await fake.close();
});

function sender(overrides: Partial<TwilioSenderConfig> = {}) {
  return createTwilioSender({
    accountSid: fake.accountSid,
    authToken: fake.authToken,
    from: FROM,
    apiBaseUrl: fake.baseUrl,
    ...overrides,
  });
}

let counter = 0;
function sms(to: string, body = 'Votre trajet est confirmé : lundi 9h15, chauffeur Anne.'): OutboundMessage {
  counter++;
  return { messageId: `msg-${counter}`, channel: 'sms', to, body };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createTwilioSender: SMS', () => {
  it('posts the exact Twilio form with Basic auth and returns the message SID', async () => {
    const message = sms(MOBILE);
    const result = await sender({ statusCallbackBaseUrl: 'https://solimob.example/' }).send(message);

    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/2010-04-01/Accounts/${fake.accountSid}/Messages.json`);
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.authorization).toBe(
      `Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString('base64')}`,
    );
    expect(request.form).toEqual({
      To: MOBILE,
      From: FROM,
      Body: message.body,
      StatusCallback: `https://solimob.example/webhooks/twilio/status?messageId=${message.messageId}`,
    });

    const stored = fake.messages();
    expect(stored).toHaveLength(1);
    expect(result).toEqual({ provider: 'twilio', providerId: stored[0]!.resource.sid, status: 'pending' });
    expect(result.providerId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('asks for no status callback when no public URL is configured', async () => {
    await sender().send(sms(MOBILE));
    expect(fake.requests[0]!.form).not.toHaveProperty('StatusCallback');
  });

  it.each([
    [LANDLINE, '21614'],
    [INVALID, '21211'],
    [OPTED_OUT, '21610'],
    ['0612345678', '21211'],
  ])('refusal for %s is permanent with code %s, and the error does not leak the number', async (to, code) => {
    const error = await caught(sender().send(sms(to)));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect((error as PermanentSendError).providerCode).toBe(code);
    expect((error as Error).message).not.toContain(to.slice(3));
    expect(fake.messages()).toHaveLength(0);
  });

  it.each([503, 500, 429])('HTTP %i is transient, and the client itself does not retry', async (status) => {
    fake.failNext(1, status);
    const error = await caught(sender().send(sms(MOBILE)));
    expect(error).toBeInstanceOf(TransientSendError);
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect((error as TransientSendError).httpStatus).toBe(status);
    expect(fake.requestCount).toBe(1);

    // The outage is over: the retry the job queue makes goes through.
    await expect(sender().send(sms(MOBILE))).resolves.toMatchObject({ provider: 'twilio' });
  });

  it('a timeout is transient', async () => {
    fake.delayNext(1, 1_500);
    const error = await caught(sender({ timeoutMs: 200 }).send(sms(MOBILE)));
    expect(error).toBeInstanceOf(TransientSendError);
    expect((error as Error).message).toContain('failed before a response');
  });

  it('an unreachable Twilio is transient and the error carries neither credentials nor request', async () => {
    const base = fake.baseUrl;
    await fake.close();
    const error = await caught(sender({ apiBaseUrl: base }).send(sms(MOBILE)));
    expect(error).toBeInstanceOf(TransientSendError);
    expect((error as Error).cause).toBeUndefined();
    const serialised = JSON.stringify(error, Object.getOwnPropertyNames(error));
    expect(serialised).not.toContain(fake.authToken);
    expect(serialised).not.toContain(MOBILE);
    fake = await startFakeTwilio(); // afterEach closes it
  });

  it('rejected credentials are transient (an operator mistake, not a property of the message)', async () => {
    const error = await caught(sender({ authToken: 'wrong' }).send(sms(MOBILE)));
    expect(error).toBeInstanceOf(TransientSendError);
    expect((error as TransientSendError).httpStatus).toBe(401);
    expect(fake.messages()).toHaveLength(0);
  });
});

describe('createTwilioSender: voice', () => {
  it('calls the landline with French TwiML that reads the text twice', async () => {
    const body = 'Bonjour, ici le CIAS. Votre navette du lundi passe à 8h40 & vous attend.';
    const message: OutboundMessage = { messageId: 'voice-1', channel: 'voice', to: LANDLINE, body };
    const result = await sender({ statusCallbackBaseUrl: 'https://solimob.example' }).send(message);

    expect(result.providerId).toMatch(/^CA[0-9a-f]{32}$/);
    const request = fake.requests[0]!;
    expect(request.path).toBe(`/2010-04-01/Accounts/${fake.accountSid}/Calls.json`);
    expect(request.form.To).toBe(LANDLINE);
    expect(request.form.From).toBe(FROM);
    expect(request.form.StatusCallback).toBe(
      'https://solimob.example/webhooks/twilio/status?messageId=voice-1',
    );
    const twiml = request.form.Twiml!;
    const escaped = body.replace('&', '&amp;');
    const say = `<Say language="fr-FR" voice="Polly.Lea-Neural"><prosody rate="90%">${escaped}</prosody></Say>`;
    expect(twiml.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response>')).toBe(true);
    expect(twiml.split(say)).toHaveLength(3);
    expect(twiml).toContain(
      `${say}<Pause length="1"/><Say language="fr-FR" voice="Polly.Lea-Neural"><prosody rate="90%">Je répète.</prosody></Say>${say}`,
    );
    expect(twiml).not.toContain('<Gather');
    expect(fake.calls()[0]!.twiml).toBe(twiml);
  });

  it('asks "tapez 1 pour confirmer, 2 pour annuler" and posts the key to the voice webhook with our id', async () => {
    const body = 'Votre demande de trajet vers la gare le lundi 7 décembre à 9 h est bien enregistrée.';
    await sender({ statusCallbackBaseUrl: 'https://solimob.example/api' }).send({
      messageId: 'voice-keypad',
      channel: 'voice',
      to: LANDLINE,
      body,
      keypad: true,
    });
    const twiml = fake.requests[0]!.form.Twiml!;
    expect(twiml).toContain(
      '<Gather input="dtmf" numDigits="1" timeout="8" action="https://solimob.example/api/webhooks/twilio/voice?step=outbound_answer&amp;messageId=voice-keypad&amp;turn=1" method="POST">',
    );
    expect(twiml.split(body)).toHaveLength(3);
    expect(twiml).toContain('Pour confirmer, tapez 1. Pour annuler, tapez 2.');
    expect(twiml.indexOf('Pour confirmer')).toBeLessThan(twiml.indexOf('</Gather>'));
    expect(twiml.length).toBeLessThanOrEqual(4000);
  });

  it('reads a long text once rather than exceed the inline TwiML limit', async () => {
    const body = 'Votre trajet est confirmé. '.repeat(90);
    await sender().send({ messageId: 'voice-long', channel: 'voice', to: LANDLINE, body });
    const twiml = fake.requests[0]!.form.Twiml!;
    expect(twiml.length).toBeLessThanOrEqual(4000);
    expect(twiml).not.toContain('Je répète.');
    expect(twiml).toContain(body.trim());
  });

  it('a text too long to be read even once is refused for good, without calling Twilio', async () => {
    const body = 'Votre trajet est confirmé. '.repeat(200);
    const error = await caught(
      sender().send({ messageId: 'voice-huge', channel: 'voice', to: LANDLINE, body }),
    );
    expect(error).toBeInstanceOf(PermanentSendError);
    expect((error as PermanentSendError).providerCode).toBe('twiml-too-long');
    expect(fake.requestCount).toBe(0);
  });
});

describe('createTwilioSender: findSent', () => {
  it('finds a message Twilio accepted while our side crashed before recording it', async () => {
    const since = new Date();
    const message = sms(MOBILE);
    fake.loseResponseNext(1);
    const error = await caught(sender().send(message));
    expect(error).toBeInstanceOf(TransientSendError);
    const accepted = fake.messages();
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.resource.status).toBe('queued');
    expect(accepted[0]!.resource.date_sent).toBeNull();

    const found = await sender().findSent(message, since);
    expect(found).toEqual({ provider: 'twilio', providerId: accepted[0]!.resource.sid, status: 'pending' });
    const lookup = fake.requests.at(-1)!;
    expect(lookup.method).toBe('GET');
    expect(lookup.query).toMatchObject({ To: MOBILE, From: FROM });
    // Still exactly one message at Twilio: the retry did not send.
    expect(fake.messages()).toHaveLength(1);
  });

  it('reports the current status of the message it finds', async () => {
    const message = sms(MOBILE);
    const { providerId } = await sender().send(message);
    await fake.setMessageStatus(providerId, 'delivered');
    await expect(sender().findSent(message, new Date(Date.now() - 1000))).resolves.toMatchObject({
      providerId,
      status: 'delivered',
    });
  });

  it('ignores other texts, older messages, failed attempts and inbound messages', async () => {
    const message = sms(MOBILE, 'Rappel : navette demain 8h40.');
    const since = new Date('2026-11-29T10:00:00Z');
    fake.seedMessage({
      to: MOBILE,
      from: FROM,
      body: message.body,
      dateCreated: new Date('2026-11-29T09:00:00Z'),
    });
    fake.seedMessage({
      to: MOBILE,
      from: FROM,
      body: 'Autre texte',
      dateCreated: new Date('2026-11-29T10:05:00Z'),
    });
    fake.seedMessage({
      to: MOBILE,
      from: FROM,
      body: message.body,
      status: 'failed',
      dateCreated: new Date('2026-11-29T10:06:00Z'),
    });
    fake.seedMessage({
      to: MOBILE,
      from: FROM,
      body: message.body,
      direction: 'inbound',
      status: 'received',
      dateCreated: new Date('2026-11-29T10:07:00Z'),
    });
    fake.seedMessage({ to: '+33611111111', from: FROM, body: message.body, dateCreated: since });
    await expect(sender().findSent(message, since)).resolves.toBeUndefined();

    const match = fake.seedMessage({
      to: MOBILE,
      from: FROM,
      body: message.body,
      status: 'sent',
      dateCreated: new Date('2026-11-29T10:01:00Z'),
    });
    await expect(sender().findSent(message, since)).resolves.toEqual({
      provider: 'twilio',
      providerId: match.resource.sid,
      status: 'sent',
    });
  });

  it('follows Twilio paging through the base URL rewrite', async () => {
    const message = sms(MOBILE, 'Message recherché');
    const since = new Date('2026-11-29T08:00:00Z');
    const target = fake.seedMessage({ to: MOBILE, from: FROM, body: message.body, dateCreated: since });
    for (let i = 1; i <= 12; i++) {
      fake.seedMessage({
        to: MOBILE,
        from: FROM,
        body: `Autre ${i}`,
        dateCreated: new Date(since.getTime() + i * 60_000),
      });
    }
    const found = await sender({ lookupPageSize: 5 }).findSent(message, since);
    expect(found?.providerId).toBe(target.resource.sid);
    const pages = fake.requests.filter((r) => r.method === 'GET');
    expect(pages.map((p) => p.query.Page ?? '0')).toEqual(['0', '1', '2']);
  });

  it('stops paging once a page is entirely older than the window', async () => {
    const since = new Date('2026-11-29T12:00:00Z');
    for (let i = 0; i < 12; i++) {
      fake.seedMessage({
        to: MOBILE,
        from: FROM,
        body: `Ancien ${i}`,
        dateCreated: new Date('2026-11-20T08:00:00Z'),
      });
    }
    await expect(sender({ lookupPageSize: 5 }).findSent(sms(MOBILE), since)).resolves.toBeUndefined();
    expect(fake.requests).toHaveLength(1);
  });

  it('finds a call placed to the landline since the first attempt', async () => {
    const since = new Date(Date.now() - 1000);
    const message: OutboundMessage = {
      messageId: 'v-find',
      channel: 'voice',
      to: LANDLINE,
      body: 'Bonjour.',
    };
    await expect(sender().findSent(message, since)).resolves.toBeUndefined();
    fake.loseResponseNext(1);
    await caught(sender().send(message));
    const call = fake.calls()[0]!;
    await expect(sender().findSent(message, since)).resolves.toEqual({
      provider: 'twilio',
      providerId: call.resource.sid,
      status: 'pending',
    });
    expect(fake.requests.at(-1)!.path).toBe(`/2010-04-01/Accounts/${fake.accountSid}/Calls.json`);
  });

  it('a lookup during an outage is a transient error, not "not found"', async () => {
    fake.failNext(1, 503);
    const error = await caught(sender().findSent(sms(MOBILE), new Date()));
    expect(error).toBeInstanceOf(TransientSendError);
  });
});

describe('logging', () => {
  it('logs masked numbers and never the text', async () => {
    const lines: unknown[] = [];
    const logger = {
      info: (fields: Record<string, unknown>, msg: string) => lines.push({ fields, msg }),
      warn: (fields: Record<string, unknown>, msg: string) => lines.push({ fields, msg }),
    };
    const message = sms(MOBILE, 'Texte très personnel');
    await sender({ logger }).send(message);
    await caught(sender({ logger }).send(sms(LANDLINE, 'Autre texte personnel')));
    const text = JSON.stringify(lines);
    expect(lines).toHaveLength(2);
    expect(text).toContain('+33•••••••78');
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain('12345678');
    expect(text).not.toContain('297260123');
    expect(text).not.toContain('personnel');
  });
});

describe('rewriteTwilioUri', () => {
  it.each([
    [
      'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json',
      'http://127.0.0.1:9/2010-04-01/Accounts/AC1/Messages.json',
    ],
    [
      'https://api.dublin.ie1.twilio.com/2010-04-01/Calls.json?x=1',
      'http://127.0.0.1:9/2010-04-01/Calls.json?x=1',
    ],
    ['https://api.twilio.com:443/2010-04-01', 'http://127.0.0.1:9/2010-04-01'],
    ['https://messaging.twilio.com/v1/Services', 'http://127.0.0.1:9/v1/Services'],
    ['https://evil-twilio.com.example/x', 'https://evil-twilio.com.example/x'],
  ])('%s → %s', (uri, expected) => {
    expect(rewriteTwilioUri(uri, 'http://127.0.0.1:9')).toBe(expected);
  });
});
