/**
 * scripts/phone [--number N|+33…] — a phone for the local demo, when Twilio is not configured.
 *
 * It stands where Twilio would: it signs its webhooks like Twilio (the twilio library's own function)
 * with the simulator key that ./scripts/start generated, posts them to the local API, and shows what
 * the service answers by reading the local outbox (the worker writes every SMS and call there). The
 * voice menu is played as text; keys are typed. Reads commands from stdin, so it can also be piped.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDb } from '../../packages/db/src/index';
import { twilioSignature } from '../../packages/messaging/src/inbound';
import { type OutboxEntry, readOutbox } from '../../packages/messaging/src/local-outbox';
import { readTwiml } from '../../packages/messaging/test/fakes/twiml';

const ROOT = new URL('../../', import.meta.url).pathname;
const SETTINGS_FILE = join(ROOT, '.data/phone-simulator.json');

const USAGE = `usage: scripts/phone [--number N|+33…]

Start the service first (./scripts/start, without Twilio settings), then:
  pick a number from the list (demo residents and volunteers) or type one (an unknown number);
  type a message to text the service;
  /call          call the service's voice menu; then type keys (1, 2, *, 0…), an empty line to stay
                 silent, /hangup to end the call
  /answer KEY    answer the last call the service made to this number ("tapez 1 pour confirmer…")
  /number        use another number;  /quit
`;

interface SimulatorSettings {
  apiUrl: string;
  publicBaseUrl: string;
  token: string;
  outboxDir: string;
  databaseUrl: string;
}

interface Contact {
  label: string;
  e164: string;
}

const { values } = parseArgs({
  options: { number: { type: 'string' }, help: { type: 'boolean', default: false } },
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!existsSync(SETTINGS_FILE)) {
  process.stderr.write(
    'scripts/phone: the service is not running with the simulator (no .data/phone-simulator.json).\n' +
      'Start it with ./scripts/start (Twilio settings empty), then run scripts/phone again.\n',
  );
  process.exit(1);
}
const settings = JSON.parse(readFileSync(SETTINGS_FILE, 'utf8')) as SimulatorSettings;
const db = createDb(settings.databaseUrl, { applicationName: 'solimob-phone-simulator' });
const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;
const french = (e164: string) => e164.replace(/^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/, '0$1 $2 $3 $4 $5');
const interactive = process.stdin.isTTY === true;
const print = (line = '') => process.stdout.write(`${line}\n`);

async function serviceNumber(): Promise<string> {
  const [row] = await db.sql<{ service_number: string }[]>`
    select service_number from territories where service_number is not null order by created_at limit 1`;
  if (!row) throw new Error('no territory has a service number: seed the demo data (./scripts/start does)');
  return row.service_number;
}

/** A few demo people to pick from: texters, landline callers, volunteers. */
async function contacts(): Promise<Contact[]> {
  const residents = await db.sql<{ name: string; commune: string; e164: string; kind: string }[]>`
    select r.first_name || ' ' || r.last_name as name, c.name as commune, p.e164, p.kind
      from resident_phones p join residents r on r.id = p.resident_id join communes c on c.id = r.commune_id
     where r.status = 'active' and p.is_primary
     order by p.kind = 'mobile' desc, r.last_name, r.first_name`;
  const mobiles = residents.filter((r) => r.kind === 'mobile').slice(0, 5);
  const landlines = residents.filter((r) => r.kind === 'landline').slice(0, 2);
  const volunteers = await db.sql<{ name: string; e164: string }[]>`
    select v.first_name || ' ' || v.last_name as name, p.e164
      from volunteer_phones p join volunteer_drivers v on v.id = p.volunteer_driver_id
     where v.active order by v.last_name limit 2`;
  return [
    ...mobiles.map((r) => ({ label: `${r.name} (${r.commune}), resident, mobile`, e164: r.e164 })),
    ...landlines.map((r) => ({ label: `${r.name} (${r.commune}), resident, landline`, e164: r.e164 })),
    ...volunteers.map((v) => ({ label: `${v.name}, volunteer driver, mobile`, e164: v.e164 })),
  ];
}

/** Posts a form to a webhook, signed for its public URL as Twilio signs. */
async function webhook(
  path: string,
  params: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const signature = twilioSignature(
    settings.token,
    `${settings.publicBaseUrl.replace(/\/+$/, '')}${path}`,
    params,
  );
  const response = await fetch(`${settings.apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: await response.text() };
}

/** The outbox entries for `phone` beyond the first `seen`. */
async function outboxFor(phone: string): Promise<OutboxEntry[]> {
  return (await readOutbox(settings.outboxDir)).filter((entry) => entry.to === phone);
}

function show(entry: OutboxEntry) {
  if (entry.channel === 'sms') print(`  ← SMS  ${entry.body}`);
  else {
    print(`  ☎ the service calls: ${entry.body}`);
    if (entry.keypad) print('    (tapez 1 pour confirmer, 2 pour annuler — type /answer 1 or /answer 2)');
  }
}

/** Waits for the worker to answer (through the outbox), then a little more for a second message. */
async function showAnswers(phone: string, seen: number, waitMs: number): Promise<number> {
  const deadline = Date.now() + waitMs;
  let entries = await outboxFor(phone);
  while (entries.length === seen && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    entries = await outboxFor(phone);
  }
  if (entries.length > seen) {
    await new Promise((resolve) => setTimeout(resolve, 700));
    entries = await outboxFor(phone);
  }
  for (const entry of entries.slice(seen)) show(entry);
  if (entries.length === seen && waitMs > 0) print('  (no answer by SMS)');
  return entries.length;
}

/** One step of a call: what the service says, and where the next key goes. */
interface CallState {
  callSid: string;
  next?: string;
  silence?: string;
}

function playTwiml(xml: string): { next?: string; silence?: string; ended: boolean } {
  const read = readTwiml(xml);
  for (const sentence of read.said) print(`  🔊 ${sentence}`);
  if (read.dial) print(`  ☎ (put through to ${french(read.dial)})`);
  if (read.record) print('  ⏺ (beep: type a message to leave as a voicemail, it is recorded as such)');
  const toPath = (url: string) => url.slice(settings.publicBaseUrl.replace(/\/+$/, '').length);
  const next = read.gather?.action ?? read.record?.action;
  return {
    ...(next ? { next: toPath(next) } : {}),
    ...(read.redirect ? { silence: toPath(read.redirect) } : {}),
    ended: !read.gather && !read.record,
  };
}

async function main() {
  const service = await serviceNumber();
  print(`Solimob phone simulator: API ${settings.apiUrl}, service number ${french(service)}`);
  const people = await contacts();
  const lines = createInterface({ input: process.stdin, terminal: interactive });
  const iterator = lines[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    if (interactive) process.stdout.write(prompt);
    const next = await iterator.next();
    if (next.done) return undefined;
    if (!interactive) print(`${prompt}${next.value}`);
    return next.value.trim();
  };

  const choose = async (preset?: string): Promise<string | undefined> => {
    print('Pick a number:');
    for (const [index, person] of people.entries()) {
      print(`  ${index + 1}  ${person.label}  ${french(person.e164)}`);
    }
    print('  or type any French number (an unknown caller)');
    const answer = preset ?? (await ask('number> '));
    if (answer === undefined) return undefined;
    const picked = /^\d{1,2}$/.test(answer) ? people[Number(answer) - 1]?.e164 : undefined;
    const typed = answer.replace(/[\s.]/g, '').replace(/^0(\d{9})$/, '+33$1');
    const phone = picked ?? (/^\+\d{8,15}$/.test(typed) ? typed : undefined);
    if (!phone) {
      print('  not a number from the list nor a phone number');
      return choose();
    }
    print(`Phone ${french(phone)}: type an SMS, /call, /answer KEY, /number or /quit.`);
    return phone;
  };

  /** What the service already sent to this phone (its last two messages), e.g. a call waiting for a key. */
  const recent = async (number: string) => {
    const entries = await outboxFor(number);
    if (entries.length > 0) print('Last messages from the service to this phone:');
    for (const entry of entries.slice(-2)) show(entry);
    return entries.length;
  };

  let phone = await choose(values.number);
  let seen = phone ? await recent(phone) : 0;
  let call: CallState | undefined;
  while (phone) {
    const line = await ask(call ? 'keys> ' : 'sms> ');
    if (line === undefined || line === '/quit') break;
    if (line === '/number') {
      call = undefined;
      phone = await choose();
      seen = phone ? await recent(phone) : 0;
      continue;
    }
    if (call) {
      call = await callStep(phone, service, call, line);
      seen = await showAnswers(phone, seen, 0);
      continue;
    }
    if (line === '/call') {
      const callSid = sid('CA');
      const answer = await webhook('/webhooks/twilio/voice', voiceForm(callSid, phone, service, 'inbound'));
      if (answer.status !== 200) print(`  ! the API answered ${answer.status}: ${answer.body}`);
      else call = { callSid, ...playTwiml(answer.body) };
      continue;
    }
    const keypad = /^\/answer\s+([0-9*#])$/.exec(line);
    if (keypad) {
      await answerServiceCall(phone, service, keypad[1]!);
      seen = await showAnswers(phone, seen, 0);
      continue;
    }
    if (line.startsWith('/')) {
      print(USAGE);
      continue;
    }
    const messageSid = sid('SM');
    const answer = await webhook('/webhooks/twilio/sms', {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      AccountSid: `AC${'0'.repeat(32)}`,
      From: phone,
      To: service,
      Body: line,
      NumMedia: '0',
      ApiVersion: '2010-04-01',
    });
    if (answer.status !== 200) print(`  ! the API answered ${answer.status}: ${answer.body}`);
    seen = await showAnswers(phone, seen, 10_000);
  }
  lines.close();
  await db.close();
}

function voiceForm(callSid: string, from: string, to: string, direction: string): Record<string, string> {
  return {
    CallSid: callSid,
    AccountSid: `AC${'0'.repeat(32)}`,
    From: from,
    To: to,
    Caller: from,
    Called: to,
    Direction: direction,
    CallStatus: 'in-progress',
    ApiVersion: '2010-04-01',
  };
}

async function callStep(phone: string, service: string, call: CallState, line: string) {
  if (line === '/hangup') {
    print('  (hung up)');
    return undefined;
  }
  const path = line === '' ? call.silence : call.next;
  if (!path) {
    print('  (the call has ended)');
    return undefined;
  }
  const form = voiceForm(call.callSid, phone, service, 'inbound');
  if (line !== '' && isVoicemail(path)) {
    // A voicemail: the simulator has no audio, the typed words stand for the recording.
    form.RecordingUrl = `https://example.invalid/simulator/recordings/${sid('RE')}`;
    form.RecordingDuration = String(Math.max(3, Math.round(line.length / 12)));
  } else if (line !== '') form.Digits = line.slice(0, 1);
  const answer = await webhook(path, form);
  if (answer.status !== 200) {
    print(`  ! the API answered ${answer.status}: ${answer.body}`);
    return undefined;
  }
  const played = playTwiml(answer.body);
  if (played.ended) {
    print(
      readTwiml(answer.body).dial
        ? '  (the simulator stops here: a real call would ring the CIAS)'
        : '  (the service hung up)',
    );
    return undefined;
  }
  return { callSid: call.callSid, ...played };
}

/** The Record verb posts the recording to the voicemail step. */
const isVoicemail = (path: string) => path.includes('step=voicemail');

/** Presses a key at the end of the last call the service made to this number. */
async function answerServiceCall(phone: string, service: string, key: string) {
  const last = (await outboxFor(phone)).filter((entry) => entry.channel === 'voice' && entry.keypad).at(-1);
  if (!last) {
    print('  (the service has not called this number with a question)');
    return;
  }
  const query = new URLSearchParams({ step: 'outbound_answer', messageId: last.messageId, turn: '1' });
  const form = { ...voiceForm(sid('CA'), service, phone, 'outbound-api'), Digits: key };
  const answer = await webhook(`/webhooks/twilio/voice?${query.toString()}`, form);
  if (answer.status !== 200) print(`  ! the API answered ${answer.status}: ${answer.body}`);
  else playTwiml(answer.body);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`scripts/phone: ${error instanceof Error ? error.message : String(error)}\n`);
  await db.close();
  process.exit(1);
});
