import { deliverMessage } from '@solimob/domain';
import type { Processor } from './types';

export const sendMessageProcessor: Processor<'send-message'> = async ({ messageId }, deps, job) => {
  const outcome = await deliverMessage({ db: deps.db, clock: deps.clock }, deps.sender, messageId);
  deps.logger.info({ jobId: job.id, messageId, outcome, provider: deps.sender.provider }, 'message delivery');
};
