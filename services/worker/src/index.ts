export type { WorkerApp, WorkerAppOptions } from './app';
export { startWorkerApp } from './app';
export type { WorkerConfig } from './config';
export { loadWorkerConfig, WORKER_SETTINGS } from './config';
export type { OutboxRelay, OutboxRelayOptions, RelayRunResult } from './outbox-relay';
export { createOutboxRelay, OUTBOX_NOTIFY_CHANNEL } from './outbox-relay';
export { runWorkerProcess } from './process';
export { processors } from './processors';
