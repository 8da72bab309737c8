/**
 * Runs the fake Twilio as a standalone process, to try the whole service against a Twilio-speaking
 * server without an account:
 *
 *   pnpm exec tsx packages/messaging/test/fakes/run.ts [--port 4010]
 *
 * then start the service with the printed TWILIO_* values. French geographic numbers (+331…+335) are
 * refused for SMS as landlines (21614), as Twilio does, so the voice fallback can be seen too.
 */
import { parseArgs } from 'node:util';
import { startFakeTwilio } from './twilio-server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4010' } } });
const fake = await startFakeTwilio({ port: Number(values.port), landlinePattern: /^\+33[1-5]/ });
let seen = 0;
const timer = setInterval(() => {
  const messages = fake.messages();
  const calls = fake.calls();
  if (messages.length + calls.length === seen) return;
  seen = messages.length + calls.length;
  console.log(`[fake-twilio] ${messages.length} message(s), ${calls.length} call(s) accepted`);
}, 1000);

console.log(`Fake Twilio listening. Configure the service with:
TWILIO_API_BASE_URL=${fake.baseUrl}
TWILIO_ACCOUNT_SID=${fake.accountSid}
TWILIO_AUTH_TOKEN=${fake.authToken}
TWILIO_FROM=+33757000001`);

const stop = async () => {
  clearInterval(timer);
  await fake.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
