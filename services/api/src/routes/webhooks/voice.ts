import {
  findTerritoryByServiceNumber,
  findTerritoryOfMessage,
  handleVoiceStep,
  invalid,
  notFound,
  runWebhookOnce,
  type VoiceNext,
  type VoiceStepInput,
  voiceSteps,
} from '@solimob/domain';
import { renderVoiceAnswer, TWILIO_PROVIDER, VOICE_WEBHOOK_PATH } from '@solimob/messaging';
import Type, { type Static } from 'typebox';
import { type App, access } from '../types';
import { errorRef, FORM, formOf, TWIML, type TwilioWebhookDeps, text, twimlResponse } from './shared';

const VoiceForm = Type.Object(
  {
    CallSid: Type.Optional(Type.String({ description: 'CA…, the call' })),
    AccountSid: Type.Optional(Type.String()),
    From: Type.Optional(Type.String({ description: 'Caller (E.164); our number on our own calls' })),
    To: Type.Optional(Type.String({ description: 'Called number (E.164); the resident on our own calls' })),
    Digits: Type.Optional(Type.String({ description: 'The key pressed at a Gather' })),
    RecordingUrl: Type.Optional(Type.String({ description: 'A voicemail recording (Record action)' })),
    RecordingDuration: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: "Twilio's voice webhook form, every field signed" },
);

const VoiceQuery = Type.Object(
  {
    step: Type.Optional(
      Type.Enum([...voiceSteps], { description: 'Which question the key answers; none: a new call' }),
    ),
    turn: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1000, description: 'Step counter within the call' }),
    ),
    silence: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'Silences in a row' })),
    index: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    ref: Type.Optional(Type.String({ maxLength: 60, description: 'ride_request:<id> or seat_booking:<id>' })),
    round: Type.Optional(Type.String({ format: 'uuid', description: 'The shuttle round offered' })),
    messageId: Type.Optional(Type.String({ maxLength: 60, description: 'Our message, on our own calls' })),
  },
  { additionalProperties: false },
);

/** A call to the service number, each key of the voice menu, the key pressed after our own calls. */
export function voiceRoute(app: App, deps: TwilioWebhookDeps) {
  app.post(
    VOICE_WEBHOOK_PATH,
    {
      bodyLimit: 64 * 1024,
      config: { access: access.twilio },
      schema: {
        operationId: 'answerTwilioVoice',
        summary: 'A call to the service number, or a key pressed in the voice menu (signed)',
        description:
          'Without `step`: a new call to the service number `To`; the caller is recognised by `From` and ' +
          "hears the keypad menu. Each answer's Gather posts the key back here with `step`, a `turn` counter " +
          'and ids only. `step=outbound_answer&messageId=…` carries the key pressed after one of our own ' +
          'calls ("tapez 1 pour confirmer, 2 pour annuler"). Handled once per CallSid, step and turn.',
        tags: ['webhooks'],
        consumes: [FORM],
        querystring: VoiceQuery,
        body: VoiceForm,
        response: { 200: twimlResponse('TwiML: what to say and which key to wait for'), 404: errorRef },
      },
    },
    async (request, reply) => {
      const call = readVoiceRequest(formOf(request), request.query);
      const territoryId =
        call.step === 'outbound_answer'
          ? await findTerritoryOfMessage(deps.db, call.params.messageId ?? '')
          : await findTerritoryByServiceNumber(deps.db, call.serviceNumber ?? '');
      if (!territoryId) {
        throw notFound(call.step === 'outbound_answer' ? 'Message' : 'Territory with this service number');
      }
      const key = `voice:${call.callSid}:${call.step}:${call.turn}:${call.silence}`;
      const answer = await runWebhookOnce(
        deps.db,
        { provider: TWILIO_PROVIDER, key, territoryId },
        async (tx) => {
          const said = await handleVoiceStep(
            { db: tx, clock: deps.clock, actor: { kind: 'system', territoryId } },
            call.input,
          );
          const urlFor = (next: VoiceNext, extra?: { silence?: number }) =>
            voiceUrl(deps.publicBaseUrl, next, call.turn + 1, extra?.silence ?? 0);
          return { contentType: TWIML, body: renderVoiceAnswer(said, urlFor, call.silence) };
        },
      );
      request.log.info(
        { callSid: call.callSid, step: call.step, turn: call.turn, replayed: answer.replayed },
        'voice step',
      );
      return reply.type(answer.contentType).send(answer.body);
    },
  );
}

/**
 * What a voice webhook says, checked: the call, whose number it is (the caller on a call to us, the
 * callee on one of our own calls), the step and the ids carried by our own follow-up URL.
 */
function readVoiceRequest(form: Record<string, string | string[]>, query: Static<typeof VoiceQuery>) {
  const callSid = text(form, 'CallSid');
  if (!callSid || !/^CA[0-9a-f]{32}$/i.test(callSid)) {
    throw invalid([{ field: '/CallSid', message: 'a CallSid (CA + 32 hex digits) is required' }]);
  }
  const step = query.step ?? 'incoming';
  const personField = step === 'outbound_answer' ? 'To' : 'From';
  const phone = text(form, personField);
  if (!phone) throw invalid([{ field: `/${personField}`, message: 'is required' }]);
  const params: Record<string, string> = {};
  for (const key of ['index', 'ref', 'round', 'messageId'] as const) {
    const value = query[key];
    if (value !== undefined) params[key] = value;
  }
  const turn = query.turn ?? 0;
  const silence = query.silence ?? 0;
  const recordingUrl = text(form, 'RecordingUrl');
  const input: VoiceStepInput = {
    callSid,
    phone,
    step,
    digits: text(form, 'Digits') ?? null,
    silence,
    params,
    ...(recordingUrl
      ? { recording: { url: recordingUrl, seconds: Number(text(form, 'RecordingDuration')) || null } }
      : {}),
  };
  return { callSid, step, turn, silence, params, serviceNumber: text(form, 'To'), input };
}

/** The public URL of a follow-up step: what Twilio will call, and sign. */
function voiceUrl(publicBaseUrl: string, next: VoiceNext, turn: number, silence: number): string {
  const query = new URLSearchParams({ step: next.step, turn: String(turn), ...next.params });
  if (silence > 0) query.set('silence', String(silence));
  return `${publicBaseUrl.replace(/\/+$/, '')}${VOICE_WEBHOOK_PATH}?${query.toString()}`;
}
