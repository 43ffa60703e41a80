#!/usr/bin/env node
// `kyoso backup` and `kyoso restore` (`npm run kyoso -- backup ...`): run with the nodes' own
// settings (DATA_DIR for SQLite, or DATABASE_URL), while the nodes run or not. Like main.ts, an
// entry point: it reads the environment and the command line, and nothing below it does.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { asBoardId, type BoardId } from '@kyoso/shared';
import { restoreBackup, writeBackup } from './backup.js';
import { configFromEnv, ConfigError } from './config.js';
import { openPostgresStorage } from './storage/postgres.js';
import { openSqliteStorage } from './storage/sqlite.js';
import type { Storage } from './storage/storage.js';

const USAGE = `usage:
  kyoso backup [--board <id>]... [--out <file>]   every board (or the ones named), to a file or standard output
  kyoso restore <file>                             boards from a backup ("-": standard input); existing boards are left alone
settings: DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL), as for the server`;

class UsageError extends Error {}

async function openStorage(): Promise<Storage> {
  const config = configFromEnv(process.env);
  return config.databaseUrl ? openPostgresStorage(config.databaseUrl) : openSqliteStorage(config.dataDir);
}

function parseBackupArgs(args: string[]): { boards: BoardId[]; out: string | null } {
  const boards: BoardId[] = [];
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag !== '--board' && flag !== '--out') || value === undefined)
      throw new UsageError(`unexpected "${flag ?? ''}"`);
    i += 1;
    if (flag === '--out') out = value;
    else {
      const id = asBoardId(value);
      if (!id) throw new UsageError(`"${value}" is not a board id`);
      boards.push(id);
    }
  }
  return { boards, out };
}

async function backup(args: string[]): Promise<void> {
  const { boards, out } = parseBackupArgs(args);
  const storage = await openStorage();
  const stream = out ? createWriteStream(out) : process.stdout;
  try {
    const count = await writeBackup(storage, boards, async (line) => {
      if (!stream.write(`${line}\n`)) await once(stream, 'drain');
    });
    if (out) {
      stream.end();
      await once(stream, 'finish');
    }
    process.stderr.write(
      `kyoso: ${count} board${count === 1 ? '' : 's'} backed up${out ? ` to ${out}` : ''}\n`,
    );
  } finally {
    await storage.close();
  }
}

async function restore(args: string[]): Promise<void> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError('restore takes one file');
  const storage = await openStorage();
  try {
    const input = file === '-' ? process.stdin : createReadStream(file);
    const lines = createInterface({ input, crlfDelay: Infinity });
    const { restored, skipped } = await restoreBackup(storage, lines);
    process.stderr.write(
      `kyoso: ${restored.length} board${restored.length === 1 ? '' : 's'} restored` +
        (skipped.length > 0 ? `; already there, left alone: ${skipped.join(', ')}` : '') +
        '\n',
    );
  } finally {
    await storage.close();
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'backup') await backup(args);
    else if (command === 'restore') await restore(args);
    else throw new UsageError(command ? `no command "${command}"` : 'no command');
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kyoso: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`kyoso: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
}

void main();
