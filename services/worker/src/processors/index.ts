import { sendMessageProcessor } from './send-message';
import { sweepStalledMessagesProcessor } from './sweep-stalled-messages';
import type { ProcessorTable } from './types';

export type { JobInfo, Processor, ProcessorDeps, ProcessorTable } from './types';

/**
 * Every queue the worker consumes. 'matching' and 'planning' have no processor yet: the relay still
 * publishes their jobs, which wait in Redis until the issue that implements them adds a row here.
 */
export const processors = {
  messages: {
    'send-message': sendMessageProcessor,
    'sweep-stalled-messages': sweepStalledMessagesProcessor,
  },
} satisfies ProcessorTable;
