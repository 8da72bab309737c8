import { createMessageSender } from '@solimob/messaging';
import { runWorkerProcess } from './process';

await runWorkerProcess({
  env: process.env,
  createSender: (config, logger) =>
    createMessageSender(
      { ...config, MESSAGE_OUTBOX_DIR: config.messageOutboxDir },
      { logger: logger.child({ component: 'messaging' }) },
    ),
});
