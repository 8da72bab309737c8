import type { FieldProblem } from '../errors';
import type { NormalisedPhoneRow } from '../input';

/**
 * A resident must be reachable on the channel they prefer: SMS needs a mobile, a call needs any number.
 * Checked on create and whenever phones or the channel change.
 */
export function channelProblems(
  channel: 'sms' | 'voice' | 'staff',
  phones: Pick<NormalisedPhoneRow, 'kind'>[],
): FieldProblem[] {
  if (channel === 'sms' && !phones.some((p) => p.kind === 'mobile')) {
    return [{ field: '/preferredChannel', message: 'sms needs at least one mobile phone' }];
  }
  if (channel === 'voice' && phones.length === 0) {
    return [{ field: '/preferredChannel', message: 'voice needs at least one phone' }];
  }
  return [];
}
