import { describe, expect, it } from 'vitest';
import {
  InvalidJobPayloadError,
  jobDefinitions,
  outboxJobId,
  parseJobPayload,
  queueNames,
} from './contracts';

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

describe('every job payload schema', () => {
  it('carries ids and small numbers only: no free text that could hold a name, a number or an address', () => {
    for (const [name, definition] of Object.entries(jobDefinitions)) {
      const payload = definition.payload as unknown as {
        type: string;
        additionalProperties?: boolean;
        properties: Record<string, { type?: string; format?: string }>;
      };
      expect(payload.type, name).toBe('object');
      expect(payload.additionalProperties, `${name} refuses extra properties`).toBe(false);
      for (const [key, property] of Object.entries(payload.properties)) {
        const isId = property.type === 'string' && property.format === 'uuid' && /Id$/.test(key);
        const isCounter = property.type === 'integer';
        expect(isId || isCounter, `${name}.${key} is an id (uuid named …Id) or an integer`).toBe(true);
      }
    }
  });
});
