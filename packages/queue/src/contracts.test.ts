import { describe, expect, it } from 'vitest';
import { InvalidJobPayloadError, outboxJobId, parseJobPayload, queueNames } from './contracts';

describe('job contracts', () => {
  it('accepts a valid payload', () => {
    const id = '6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11';
    expect(parseJobPayload('send-message', { messageId: id })).toEqual({ messageId: id });
  });

  it('rejects extra properties, so personal data cannot ride along in a payload', () => {
    expect(() =>
      parseJobPayload('send-message', {
        messageId: '6f1c1b1e-8a43-4a4e-9f57-3b9c2d1e0a11',
        phone: '+33612345678',
      }),
    ).toThrow(InvalidJobPayloadError);
  });

  it('rejects a malformed id with the offending path', () => {
    try {
      parseJobPayload('match-ride-request', { rideRequestId: 'nope' });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidJobPayloadError).problems.join()).toContain('/rideRequestId');
    }
  });

  it('derives job ids without colons and lists each queue once', () => {
    expect(outboxJobId(42)).toBe('outbox-42');
    expect(new Set(queueNames).size).toBe(queueNames.length);
  });
});
