import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openPostgresStorage } from './postgres.js';
import { describeStorageContract } from './storage.contract.js';

const databaseUrl = process.env.KYOSO_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `kyoso_test_${randomBytes(6).toString('hex')}`;
const open = () => openPostgresStorage(databaseUrl, { schema });

afterAll(async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
});

describeStorageContract('postgres', open, open);
