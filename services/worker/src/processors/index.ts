import { sendMessageProcessor } from './send-message';
import {
  closeShuttleRoundsProcessor,
  generateShuttleRoundsProcessor,
  planShuttleRoundProcessor,
  sendShuttleRemindersProcessor,
} from './shuttles';
import { sweepStalledMessagesProcessor } from './sweep-stalled-messages';
import type { ProcessorTable } from './types';

export type { JobInfo, Processor, ProcessorDeps, ProcessorTable } from './types';

/**
 * Every queue the worker consumes. 'matching' has no processor yet: the relay still publishes its jobs,
 * which wait in Redis until the issue that implements them adds a row here.
 */
export const processors = {
  messages: {
    'send-message': sendMessageProcessor,
    'sweep-stalled-messages': sweepStalledMessagesProcessor,
  },
  planning: {
    'plan-shuttle-round': planShuttleRoundProcessor,
    'close-shuttle-rounds': closeShuttleRoundsProcessor,
    'generate-shuttle-rounds': generateShuttleRoundsProcessor,
    'send-shuttle-reminders': sendShuttleRemindersProcessor,
  },
} satisfies ProcessorTable;
