// Types of web.mjs for the TypeScript callers (the web app's browser tests).
export declare const WEB_DIR: string;
export declare const WEB_DIST: string;
export declare function webSourceHash(): string;
export declare function webBuildIsCurrent(hash?: string): boolean;
export declare function ensureWebBuilt(options?: {
  env?: NodeJS.ProcessEnv;
  color?: (text: string) => string;
}): Promise<{ built: boolean; ok: boolean; ms: number }>;
