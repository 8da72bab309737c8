import twilio from 'twilio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaseUrlRequestClient } from '../src/twilio-http-client';
import { countSegments, type FakeTwilio, startFakeTwilio } from './fakes';

// Keys of the Message resource as Twilio returns it (twilio-node's recorded fixtures).
const MESSAGE_KEYS = [
  'account_sid',
  'api_version',
  'body',
  'date_created',
  'date_sent',
  'date_updated',
  'direction',
  'error_code',
  'error_message',
  'from',
  'messaging_service_sid',
  'num_media',
  'num_segments',
  'price',
  'price_unit',
  'sid',
  'status',
  'subresource_uris',
  'to',
  'uri',
];
const PAGE_KEYS = [
  'end',
  'first_page_uri',
  'next_page_uri',
  'page',
  'page_size',
  'previous_page_uri',
  'start',
  'uri',
];

let fake: FakeTwilio;
let auth: string;
let messagesUrl: string;

beforeEach(async () => {
  fake = await startFakeTwilio();
  auth = `Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString('base64')}`;
  messagesUrl = `${fake.baseUrl}/2010-04-01/Accounts/${fake.accountSid}/Messages.json`;
});
afterEach(async () => {
  await fake.close();
});

const post = (url: string, form: Record<string, string>, authorization = auth) =>
  fetch(url, {
    method: 'POST',
    headers: { Authorization: authorization, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

describe('fake Twilio REST contract', () => {
  it('answers 401 with Twilio’s error body without valid Basic auth', async () => {
    const response = await post(
      messagesUrl,
      { To: '+33612345678', From: '+33757000001', Body: 'x' },
      'Basic eDp5',
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
  });

  it('creates a message with Twilio’s field set, RFC 2822 dates and no date_sent while queued', async () => {
    const response = await post(messagesUrl, { To: '+33612345678', From: '+33757000001', Body: 'Bonjour' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(MESSAGE_KEYS);
    expect(body).toMatchObject({
      status: 'queued',
      date_sent: null,
      direction: 'outbound-api',
      num_segments: '1',
    });
    expect(String(body.date_created)).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/,
    );
    expect(body.uri).toBe(`/2010-04-01/Accounts/${fake.accountSid}/Messages/${body.sid}.json`);
  });

  it('validates the form like Twilio: missing To, From, Body', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ From: '+33757000001', Body: 'x' }, 21604],
      [{ To: '+33612345678', Body: 'x' }, 21603],
      [{ To: '+33612345678', From: '+33757000001' }, 21602],
    ];
    for (const [form, code] of cases) {
      const response = await post(messagesUrl, form);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code, status: 400 });
    }
    // A Messaging Service may stand in for From.
    const viaService = await post(messagesUrl, {
      To: '+33612345678',
      MessagingServiceSid: `MG${'a'.repeat(32)}`,
      Body: 'x',
    });
    expect(viaService.status).toBe(201);
  });

  it('lists newest first in Twilio’s paging envelope; DateSent> skips queued messages', async () => {
    fake.seedMessage({ to: '+33612345678', body: 'ancien', dateCreated: new Date('2026-11-01T10:00:00Z') });
    fake.seedMessage({ to: '+33612345678', body: 'récent', dateCreated: new Date('2026-11-20T10:00:00Z') });
    await post(messagesUrl, { To: '+33612345678', From: '+33757000001', Body: 'en file' });
    const list = async (query: string) => {
      const response = await fetch(`${messagesUrl}?${query}`, { headers: { Authorization: auth } });
      return (await response.json()) as Record<string, unknown> & { messages: { body: string }[] };
    };
    const first = await list('To=%2B33612345678&PageSize=2');
    expect(Object.keys(first).sort()).toEqual([...PAGE_KEYS, 'messages'].sort());
    expect(first.messages.map((m) => m.body)).toEqual(['en file', 'récent']);
    expect(first.next_page_uri).toMatch(/Page=1/);
    const second = await list(String(first.next_page_uri).split('?')[1]!);
    expect(second.messages.map((m) => m.body)).toEqual(['ancien']);
    expect(second.next_page_uri).toBeNull();

    const sentSince = await list('DateSent%3E=2026-11-10');
    expect(sentSince.messages.map((m) => m.body)).toEqual(['récent']);
  });

  it('is readable by the real client, dates deserialised', async () => {
    const client = twilio(fake.accountSid, fake.authToken, {
      httpClient: new BaseUrlRequestClient(fake.baseUrl),
    });
    const created = await client.messages.create({
      to: '+33612345678',
      from: '+33757000001',
      body: 'Bonjour',
    });
    const listed = await client.messages.list({ to: '+33612345678' });
    expect(listed.map((m) => m.sid)).toEqual([created.sid]);
    expect(listed[0]!.dateCreated).toBeInstanceOf(Date);
    expect(Number.isNaN(listed[0]!.dateCreated.getTime())).toBe(false);
    const call = await client.calls.create({
      to: '+33297260123',
      from: '+33757000001',
      twiml: '<Response/>',
    });
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect((await client.calls.list({ status: 'queued' })).map((c) => c.sid)).toEqual([call.sid]);
  });
});

describe('countSegments', () => {
  it('counts GSM-7 (French accents é è à ù included) and UCS-2 (ê) like Twilio', () => {
    expect(countSegments('é'.repeat(160))).toBe(1);
    expect(countSegments('à'.repeat(161))).toBe(2);
    expect(countSegments(`${'a'.repeat(69)}ê`)).toBe(1);
    expect(countSegments(`${'a'.repeat(70)}ê`)).toBe(2);
    expect(countSegments('€'.repeat(80))).toBe(1);
    expect(countSegments('€'.repeat(81))).toBe(2);
  });
});
