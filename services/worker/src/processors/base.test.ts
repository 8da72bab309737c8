import { PermanentSendError, ServiceError } from '@solimob/domain';
import { InvalidJobPayloadError } from '@solimob/queue';
import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { describeError } from '../logger';
import { isPermanentError } from './base';

describe('isPermanentError', () => {
  it('stops retrying what a retry cannot fix', () => {
    expect(isPermanentError(new PermanentSendError('21610', 'recipient opted out'))).toBe(true);
    expect(isPermanentError(new InvalidJobPayloadError('send-message', ['/messageId bad']))).toBe(true);
    expect(isPermanentError(new ServiceError('not_found', 'message x not found'))).toBe(true);
    expect(isPermanentError(new UnrecoverableError('no processor'))).toBe(true);
  });

  it('retries everything else, including conflicts and unknown errors', () => {
    expect(isPermanentError(new ServiceError('conflict', 'being sent by another attempt'))).toBe(false);
    expect(isPermanentError(new ServiceError('unavailable', 'database down'))).toBe(false);
    expect(isPermanentError(new Error('ECONNRESET'))).toBe(false);
    expect(isPermanentError('a string')).toBe(false);
  });
});

describe('describeError', () => {
  it('keeps the kind and code but not the phone number', () => {
    const error = new PermanentSendError(
      '21211',
      "The 'To' number +33 6 12 34 56 78 is not a valid phone number.",
    );
    expect(describeError(error)).toEqual({
      name: 'PermanentSendError',
      code: '21211',
      message: "The 'To' number [phone] is not a valid phone number.",
    });
  });
});
