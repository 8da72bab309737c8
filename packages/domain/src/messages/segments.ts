/**
 * How many SMS segments a text costs, counted as Twilio counts them, by Twilio's own calculator
 * (`sms-segments-calculator`, the library behind twilio.com's Messaging Segment Calculator):
 * GSM-7 when every character is in the GSM 03.38 basic or extension table (160 septets alone,
 * 153 per part; extension characters € [ ] { } ^ ~ \ | and form feed cost two and are never split),
 * otherwise UCS-2 (70 units alone, 67 per part; a character outside the BMP costs two units and is
 * never split). Smart Encoding is off: we count what we send.
 */
import { SegmentedMessage } from 'sms-segments-calculator';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  segments: number;
  /** GSM-7 septets or UCS-2 code units of the text, without the multipart headers. */
  units: number;
  /** The characters that forced UCS-2 (empty for GSM-7). */
  nonGsmCharacters: string[];
}

/** Every SMS to a resident fits in this many segments (issue: "one or two"). */
export const MAX_RESIDENT_SMS_SEGMENTS = 2;

const BITS_PER_UNIT: Record<SmsEncoding, number> = { 'GSM-7': 7, 'UCS-2': 16 };

export function countSegments(text: string): SegmentCount {
  const message = new SegmentedMessage(text, 'auto', false);
  const encoding = message.encodingName;
  return {
    encoding,
    // the calculator reports one (empty) segment for an empty text, as Twilio bills it
    segments: message.segmentsCount,
    units: message.messageSize / BITS_PER_UNIT[encoding],
    nonGsmCharacters: message.getNonGsmCharacters(),
  };
}

export class SmsTooLongError extends Error {
  constructor(
    readonly text: string,
    readonly count: SegmentCount,
    readonly max: number,
  ) {
    const forcedBy =
      count.nonGsmCharacters.length > 0
        ? ` (UCS-2 because of ${[...new Set(count.nonGsmCharacters)].join(' ')})`
        : '';
    super(
      `SMS of ${count.units} ${count.encoding} units takes ${count.segments} segments, more than ${max}${forcedBy}`,
    );
    this.name = 'SmsTooLongError';
  }
}

/** Throws SmsTooLongError when `text` needs more than `max` segments; for template tests. */
export function assertFitsSegments(text: string, max = MAX_RESIDENT_SMS_SEGMENTS): SegmentCount {
  const count = countSegments(text);
  if (count.segments > max) throw new SmsTooLongError(text, count, max);
  return count;
}
