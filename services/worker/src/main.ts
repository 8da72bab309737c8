import { createMessageSender } from '@solimob/messaging';
import { runWorkerProcess } from './process';

await runWorkerProcess({
  env: process.env,
  createSender: (config, logger) =>
    createMessageSender(
      { twilio: config.twilio, publicBaseUrl: config.PUBLIC_BASE_URL, outboxDir: config.messageOutboxDir },
      { logger: logger.child({ component: 'messaging' }) },
    ),
});
