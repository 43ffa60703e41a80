// A PostgreSQL schema of a test file's own (files and runs share one database): its name, a
// connection string that puts it first on the search path (for servers started as child
// processes, configured by DATABASE_URL alone), and creating and dropping it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL =
  process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function run(sql: string): Promise<void> {
  const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    await db.query(sql);
  } finally {
    await db.end();
  }
}

export function testSchema(prefix: string) {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const quoted = pg.escapeIdentifier(name);
  return {
    name,
    url: `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${name}`)}`,
    create: () => run(`CREATE SCHEMA IF NOT EXISTS ${quoted}`),
    drop: () => run(`DROP SCHEMA IF EXISTS ${quoted} CASCADE`),
  };
}
