// Types of postgres.mjs for the TypeScript callers (scripts/fault).
export interface EmbeddedPostgres {
  url: string;
  adminUrl: string;
  port: number;
  dataDir: string;
  logFile: string;
  pid: number;
  initialised: boolean;
  stop(): Promise<void>;
  /** Fast shutdown, data kept. */
  halt(): Promise<void>;
  /** Starts it again on the same port. */
  resume(): Promise<number>;
}
export declare function startEmbeddedPostgres(options: {
  preferredPort: number;
  persistent: boolean;
  logName?: string;
}): Promise<EmbeddedPostgres>;
