import {
  expireOfferWaveProcessor,
  matchRideRequestProcessor,
  recordMissionDistanceProcessor,
  sendRideRemindersProcessor,
} from './rides';
import { sendMessageProcessor } from './send-message';
import { sweepStalledMessagesProcessor } from './sweep-stalled-messages';
import type { ProcessorTable } from './types';

export type { JobInfo, Processor, ProcessorDeps, ProcessorTable } from './types';

/**
 * Every queue the worker consumes. 'planning' has no processor yet: the relay still publishes its jobs,
 * which wait in Redis until the issue that implements them adds a row here.
 */
export const processors = {
  messages: {
    'send-message': sendMessageProcessor,
    'sweep-stalled-messages': sweepStalledMessagesProcessor,
    'send-ride-reminders': sendRideRemindersProcessor,
  },
  matching: {
    'match-ride-request': matchRideRequestProcessor,
    'expire-offer-wave': expireOfferWaveProcessor,
    'record-mission-distance': recordMissionDistanceProcessor,
  },
} satisfies ProcessorTable;
