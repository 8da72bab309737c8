export * from './contracts';
export type { AddJobOptions, CreateQueuesOptions, Queues } from './queues';
export { AddJobTimeoutError, createQueues, defaultJobOptions } from './queues';
export type { RedisConnectionOptions, RedisRole } from './redis';
export { closeRedisConnection, createRedisConnection } from './redis';
