import {
  deliverMessage,
  handleUndeliverableById,
  holdMessage,
  PermanentSendError,
  sendingDecision,
} from '@solimob/domain';
import type { Processor } from './types';

/**
 * The sending policy, then the send. Quiet hours and the per-number rate hold a message (a new job
 * waits in the outbox for the time it may go; this one ends). A refusal that retrying cannot fix, or
 * a suppression by an opt-out, is handed to handleUndeliverable (a call instead of an SMS to a
 * landline, else a staff task) before the error stops the retries.
 */
export const sendMessageProcessor: Processor<'send-message'> = async ({ messageId }, deps, job) => {
  const db = { db: deps.db, clock: deps.clock };
  const decision = await sendingDecision(db, messageId, deps.sendPolicy);
  if (!decision.send) {
    await holdMessage(db, messageId, decision.until);
    deps.metrics?.delivery('held');
    deps.logger.info(
      { jobId: job.id, messageId, reason: decision.reason, until: decision.until.toISOString() },
      'message held',
    );
    return;
  }
  let outcome: Awaited<ReturnType<typeof deliverMessage>>;
  try {
    outcome = await deliverMessage(db, deps.sender, messageId);
  } catch (error) {
    if (error instanceof PermanentSendError) {
      deps.metrics?.delivery('refused');
      const next = await handleUndeliverableById(db, messageId);
      deps.logger.warn(
        { jobId: job.id, messageId, code: error.providerCode, next },
        'message refused for good',
      );
    }
    throw error;
  }
  deps.metrics?.delivery(outcome);
  if (outcome === 'suppressed') {
    const next = await handleUndeliverableById(db, messageId);
    deps.logger.info({ jobId: job.id, messageId, next }, 'message not sent: the number opted out');
    return;
  }
  deps.logger.info({ jobId: job.id, messageId, outcome, provider: deps.sender.provider }, 'message delivery');
};
