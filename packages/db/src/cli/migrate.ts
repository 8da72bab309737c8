import { ConfigError, loadServiceConfig } from '@solimob/config';
import { runMigrations } from '../migrate';

let url: string;
try {
  url = loadServiceConfig(['DATABASE_URL'], process.env).DATABASE_URL;
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Cannot migrate. ${error.message}`);
  process.exit(1);
}
try {
  await runMigrations(url);
  console.log('Database migrated.');
} catch (error) {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
