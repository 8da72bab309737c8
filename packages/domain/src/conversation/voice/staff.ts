import { DateTime } from 'luxon';
import { openStaffTask } from '../../tasks/create';
import type { TerritoryInfo } from '../../territories/load';
import { partyColumns } from '../party';
import type { VoiceAnswer } from './answer';
import { next, type VoiceCall } from './handle-voice-step';
import { voicePrompts } from './prompts';

/** Longest voicemail recorded. */
const VOICEMAIL_SECONDS = 120;

/** Whether CIAS staff answer the phone now (territory settings `phone`: days and hours, local time). */
export function officeIsOpen(territory: TerritoryInfo, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: territory.timezone });
  const { officeDays, officeOpens, officeCloses } = territory.settings.phone;
  const hhmm = local.toFormat('HH:mm');
  return officeDays.includes(local.weekday) && hhmm >= officeOpens && hhmm < officeCloses;
}

/** 0: put through to the CIAS in office hours, else a voicemail. */
export function operatorStep(call: VoiceCall): VoiceAnswer {
  const line = call.territory.contactPhone;
  if (line && officeIsOpen(call.territory, call.now)) {
    return { say: [voicePrompts.putThrough], end: { kind: 'dial', number: line } };
  }
  return {
    say: [voicePrompts.officeClosed],
    end: { kind: 'record', next: next('voicemail'), maxSeconds: VOICEMAIL_SECONDS },
  };
}

/** The voicemail's recording becomes a task for staff, once per call. */
export async function voicemailStep(call: VoiceCall): Promise<VoiceAnswer> {
  const recording = call.input.recording;
  if (!recording) return { say: [voicePrompts.goodbye], end: { kind: 'hangup' } };
  await openStaffTask(call.ctx, {
    territoryId: call.territory.id,
    kind: 'voicemail',
    summary: 'Message vocal laissé sur la ligne Solimob : écouter et rappeler',
    idempotencyKey: `voicemail-${call.input.callSid}`,
    ...partyColumns(call.party),
    phone: call.input.phone,
    recording: { url: recording.url, seconds: recording.seconds },
  });
  return { say: [voicePrompts.voicemailSaved], end: { kind: 'hangup' } };
}
