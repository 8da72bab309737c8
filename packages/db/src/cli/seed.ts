import { parseArgs } from 'node:util';
import { ConfigError, loadServiceConfig } from '@solimob/config';
import { createDb } from '../client';
import {
  DEMO_STAFF_LOGINS,
  isDatabaseMigrated,
  loadTerritorySeedFile,
  questembertSeedPath,
  seedDemo,
  seedTerritory,
} from '../seed';

const usage = `Usage: tsx src/cli/seed.ts [--demo] [--print-logins] [--territory-file <path>]
  Seeds the territory (idempotent: creates what is missing, never overwrites).
  --demo           also insert the demo dataset, once (skipped when demo data is present)
  --print-logins   print the demo staff logins, one per line: role  email  password
  --territory-file territory seed JSON (default: seed/questembert.json)
Reads DATABASE_URL from the environment.`;

let args: ReturnType<typeof parse>;
function parse() {
  // `pnpm run seed -- --demo` passes the `--` through; accept both spellings.
  const argv = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
  return parseArgs({
    args: argv,
    options: {
      demo: { type: 'boolean', default: false },
      'print-logins': { type: 'boolean', default: false },
      'territory-file': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}

let url: string;
try {
  url = loadServiceConfig(['DATABASE_URL'], process.env).DATABASE_URL;
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Cannot seed. ${error.message}`);
  process.exit(1);
}

const handle = createDb(url, { max: 2, applicationName: 'solimob-seed' });
let exitCode = 0;
try {
  if (!(await isDatabaseMigrated(handle.db))) {
    throw new Error('the database is not migrated: run `pnpm --filter @solimob/db migrate` first.');
  }
  const file = args.values['territory-file'] ?? questembertSeedPath;
  const seed = await loadTerritorySeedFile(file);
  console.log(`Seeding territory ${seed.territory.slug} from ${file}…`);
  const territory = await seedTerritory(handle.db, seed);
  const created = Object.entries(territory.created)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  console.log(created.length > 0 ? `  created ${created.join(', ')}` : '  already up to date');

  if (args.values.demo) {
    console.log('Seeding demo data…');
    const demo = await seedDemo(handle.db, { now: new Date(), territorySlug: seed.territory.slug });
    if (demo.skipped) console.log(`  ${demo.reason}`);
    else
      console.log(
        `  created ${Object.entries(demo.counts)
          .map(([what, n]) => `${n} ${what}`)
          .join(', ')}`,
      );
  }
  if (args.values['print-logins']) {
    // Aligned columns: the start banner prints these lines as they are.
    const width = (key: 'role' | 'email') => Math.max(...DEMO_STAFF_LOGINS.map((login) => login[key].length));
    for (const login of DEMO_STAFF_LOGINS) {
      console.log(
        `${login.role.padEnd(width('role'))}  ${login.email.padEnd(width('email'))}  ${login.password}`,
      );
    }
  }
} catch (error) {
  // drizzle wraps driver errors as "Failed query: …"; the driver's own message says what went wrong.
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(`Seeding failed: ${root instanceof Error ? root.message : String(root)}`);
  exitCode = 1;
} finally {
  await handle.close();
}
process.exit(exitCode);
