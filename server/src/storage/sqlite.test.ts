import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStorage } from './sqlite.js';
import { describeStorageContract } from './storage.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'kyoso-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStorageContract(
  'sqlite',
  async () => openSqliteStorage(dir),
  async () => openSqliteStorage(dir),
);
