/**
 * Reads the TwiML our voice webhooks answer the way Twilio executes it, for the fake Twilio's calls:
 * the sentences said, the Gather (and its action URL) waiting for a key, and what follows it.
 * Deliberately small: the verbs Solimob uses (Say with prosody, Pause, Gather, Redirect, Dial,
 * Record, Hangup), attributes and entities as the twilio library writes them.
 */

export interface ReadTwiml {
  /** Every sentence said, in order (inside and outside the Gather). */
  said: string[];
  gather?: { action: string; numDigits: number };
  redirect?: string;
  dial?: string;
  record?: { action: string; maxLength: number };
  hangup: boolean;
}

const decode = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([A-Za-z]+)="([^"]*)"/g)) found[match[1]!] = decode(match[2]!);
  return found;
}

export function readTwiml(xml: string): ReadTwiml {
  if (!xml.includes('<Response')) throw new Error(`not TwiML: ${xml.slice(0, 200)}`);
  const said = [...xml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((match) =>
    decode(match[1]!.replace(/<[^>]+>/g, '')).trim(),
  );
  const gatherTag = /<Gather[^>]*>/.exec(xml)?.[0];
  const gatherAttributes = gatherTag ? attributes(gatherTag) : undefined;
  const redirect = /<Redirect[^>]*>([^<]*)<\/Redirect>/.exec(xml)?.[1];
  const dial = /<Dial[^>]*>([^<]*)<\/Dial>/.exec(xml)?.[1];
  const recordTag = /<Record[^>]*\/?>/.exec(xml)?.[0];
  const recordAttributes = recordTag ? attributes(recordTag) : undefined;
  return {
    said,
    ...(gatherAttributes?.action
      ? { gather: { action: gatherAttributes.action, numDigits: Number(gatherAttributes.numDigits ?? 1) } }
      : {}),
    ...(redirect ? { redirect: decode(redirect) } : {}),
    ...(dial ? { dial: decode(dial) } : {}),
    ...(recordAttributes?.action
      ? { record: { action: recordAttributes.action, maxLength: Number(recordAttributes.maxLength ?? 0) } }
      : {}),
    hangup: /<Hangup\s*\/>/.test(xml),
  };
}
