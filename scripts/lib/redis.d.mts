// Types of redis.mjs for the TypeScript callers (scripts/fault).
export interface RedisServer {
  bin: string;
  env: Record<string, string>;
  source: string;
  version: string;
}
export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
  /** SIGTERM; with appendOnly the data is on disk. */
  halt(): Promise<void>;
  /** Starts it again on the same port. */
  resume(): Promise<void>;
}
export declare function findRedisServer(): Promise<RedisServer>;
export declare function startRedis(options: {
  server: RedisServer;
  preferredPort: number;
  persistent: boolean;
  appendOnly?: boolean;
  logName?: string;
}): Promise<LocalRedis>;
