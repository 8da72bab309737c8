import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTwilioSender,
  parseStatusCallback,
  StatusCallbackError,
  type StatusReport,
  validateTwilioSignature,
} from '../src/index';
import { type FakeTwilio, startFakeTwilio } from './fakes';

let fake: FakeTwilio;
let app: Server;
let base: string;
const reports: StatusReport[] = [];

beforeEach(async () => {
  fake = await startFakeTwilio();
  reports.length = 0;
  app = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf-8')));
    const signature = req.headers['x-twilio-signature'];
    const verdict = validateTwilioSignature({
      authToken: fake.authToken,
      publicBaseUrl: base,
      path: req.url ?? '/',
      params,
      signature: typeof signature === 'string' ? signature : undefined,
    });
    if (!verdict.valid) {
      res.writeHead(403).end();
      return;
    }
    const url = new URL(req.url ?? '/', base);
    reports.push(parseStatusCallback(params, { messageId: url.searchParams.get('messageId') ?? undefined }));
    res.writeHead(204).end();
  });
  app.listen(0, '127.0.0.1');
  await once(app, 'listening');
  base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await fake.close();
  app.closeAllConnections();
  app.close();
});

const sender = () =>
  createTwilioSender({
    accountSid: fake.accountSid,
    authToken: fake.authToken,
    from: '+33757000001',
    apiBaseUrl: fake.baseUrl,
    statusCallbackBaseUrl: base,
  });

describe('status callbacks end to end', () => {
  it('an SMS reports sent then delivered, with our message id', async () => {
    const { providerId } = await sender().send({
      messageId: 'm-42',
      channel: 'sms',
      to: '+33612345678',
      body: 'x',
    });
    expect((await fake.setMessageStatus(providerId, 'sent'))?.status).toBe(204);
    await fake.setMessageStatus(providerId, 'delivered');
    expect(reports).toEqual([
      {
        kind: 'sms',
        providerId,
        messageId: 'm-42',
        status: 'sent',
        providerStatus: 'sent',
        errorCode: undefined,
        final: false,
      },
      {
        kind: 'sms',
        providerId,
        messageId: 'm-42',
        status: 'delivered',
        providerStatus: 'delivered',
        errorCode: undefined,
        final: true,
      },
    ]);
  });

  it('an undelivered SMS carries the error code', async () => {
    const { providerId } = await sender().send({
      messageId: 'm-43',
      channel: 'sms',
      to: '+33612345678',
      body: 'x',
    });
    await fake.setMessageStatus(providerId, 'undelivered', { errorCode: 30003 });
    expect(reports[0]).toMatchObject({ status: 'undelivered', errorCode: '30003', final: true });
  });

  it('an unanswered call is undelivered; an answered one delivered', async () => {
    const first = await sender().send({ messageId: 'v-1', channel: 'voice', to: '+33297260123', body: 'x' });
    await fake.setCallStatus(first.providerId, 'no-answer');
    const second = await sender().send({ messageId: 'v-2', channel: 'voice', to: '+33297260123', body: 'x' });
    await fake.setCallStatus(second.providerId, 'completed', { duration: 31 });
    expect(reports.map((r) => [r.kind, r.messageId, r.status, r.providerStatus])).toEqual([
      ['voice', 'v-1', 'undelivered', 'no-answer'],
      ['voice', 'v-2', 'delivered', 'completed'],
    ]);
  });
});

describe('parseStatusCallback', () => {
  it('rejects callbacks it cannot place', () => {
    expect(() => parseStatusCallback({ MessageStatus: 'sent' })).toThrow(StatusCallbackError);
    expect(() => parseStatusCallback({ MessageSid: 'SM1', MessageStatus: 'teleported' })).toThrow(
      /unknown sms status/,
    );
  });
});
