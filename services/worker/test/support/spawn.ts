import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs a TypeScript entry point in a separate Node process, as `tsx` would. */
export function spawnTs(entry: string, env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ['--import', tsxLoader, entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, output: () => output, exited };
}
