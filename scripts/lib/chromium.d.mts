// Types of chromium.mjs for the TypeScript callers (the web app's browser tests).
export declare const CHROMIUM_ARGS: string[];
export declare function ensureChromium(): Promise<{ path: string; version: string }>;
