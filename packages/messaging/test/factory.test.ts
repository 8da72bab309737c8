import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMessageSender, readOutbox } from '../src/index';
import { type FakeTwilio, startFakeTwilio } from './fakes';

let dir: string;
let fake: FakeTwilio;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'solimob-factory-'));
  fake = await startFakeTwilio();
});
afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const message = { messageId: 'm1', channel: 'sms' as const, to: '+33612345678', body: 'Bonjour' };

describe('createMessageSender', () => {
  it('uses the local outbox when Twilio is not configured', async () => {
    const { sender, description } = createMessageSender({ outboxDir: dir });
    expect(sender.provider).toBe('local-outbox');
    expect(description).toContain('local outbox');
    await sender.send(message);
    expect(await readOutbox(dir)).toHaveLength(1);
    expect(fake.requestCount).toBe(0);
  });

  it('uses Twilio (here the fake, through its API base URL) when it is configured', async () => {
    const { sender, description } = createMessageSender({
      outboxDir: dir,
      twilio: {
        accountSid: fake.accountSid,
        authToken: fake.authToken,
        from: '+33757000001',
        apiBaseUrl: fake.baseUrl,
      },
      publicBaseUrl: 'https://solimob.example',
    });
    expect(sender.provider).toBe('twilio');
    expect(description).toBe(`Twilio via ${fake.baseUrl}, sending from +33•••••••01`);
    await sender.send(message);
    expect(fake.messages()).toHaveLength(1);
    expect(fake.requests[0]!.form.StatusCallback).toBe(
      'https://solimob.example/webhooks/twilio/status?messageId=m1',
    );
    expect(await readOutbox(dir)).toHaveLength(0);
  });
});
