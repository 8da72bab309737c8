import { refreshReportSummariesProcessor } from './reports';
import { applyRetentionProcessor } from './retention';
import {
  expireOfferWaveProcessor,
  matchRideRequestProcessor,
  recordMissionDistanceProcessor,
  sendRideRemindersProcessor,
} from './rides';
import { sendMessageProcessor } from './send-message';
import {
  closeShuttleRoundsProcessor,
  generateShuttleRoundsProcessor,
  planShuttleRoundProcessor,
  sendShuttleRemindersProcessor,
} from './shuttles';
import { runSimulationProcessor } from './simulations';
import { sweepStalledMessagesProcessor } from './sweep-stalled-messages';
import type { ProcessorTable } from './types';

export type { JobInfo, Processor, ProcessorDeps, ProcessorTable } from './types';

/**
 * Every queue the worker consumes, and the processor of each job. A queue absent here would get no
 * BullMQ worker and its jobs would wait in Redis.
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
  planning: {
    'plan-shuttle-round': planShuttleRoundProcessor,
    'close-shuttle-rounds': closeShuttleRoundsProcessor,
    'generate-shuttle-rounds': generateShuttleRoundsProcessor,
    'send-shuttle-reminders': sendShuttleRemindersProcessor,
    'apply-retention': applyRetentionProcessor,
    'refresh-report-summaries': refreshReportSummariesProcessor,
  },
  simulations: {
    'run-simulation': runSimulationProcessor,
  },
} satisfies ProcessorTable;
