import type { TestProject } from 'vitest/node';
import { startStack } from './stack';

/**
 * One real stack (seeded database, API and worker processes) for every browser-test file: started once,
 * stopped after the last file. Files run one after the other and each logs in for itself.
 */
export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('stack', {
    baseUrl: stack.baseUrl,
    databaseUrl: stack.db.url,
    territoryId: stack.territoryId,
    linkSecret: stack.linkSecret,
  });
  return async () => {
    await stack.stop();
  };
}
