// `kyoso backup` and `kyoso restore` as an operator runs them (the CLI as a child process, with the
// nodes' settings in the environment): a board on SQLite, backed up, restored into PostgreSQL,
// served from there with its links, cards, saved versions and ledger intact; restoring again
// leaves it alone; a file that is no backup is refused and changes nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { addSticky, readShapes, type CompanyKey } from '@kyoso/shared';
import { openPostgresStorage, startServer } from '@kyoso/server';
import { connectClient } from './support/clients.js';
import { testSchema, TEST_DATABASE_URL } from './support/pg-schema.js';
import { createBoard, testConfig } from './support/server.js';
import { call, joinAs, ledgerOf } from './workshop/support.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const schema = testSchema('kyoso_backup_test');
const work = mkdtempSync(join(tmpdir(), 'kyoso-backup-'));

/** Runs the CLI from source; answers its exit code and what it wrote to stderr. */
function kyoso(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=kyoso-src', '--import', 'tsx', 'server/src/cli.ts', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

afterAll(async () => {
  await schema.drop();
  rmSync(work, { recursive: true, force: true });
});

describe('kyoso backup and restore', () => {
  it(
    'moves a board from SQLite to PostgreSQL with its links, cards, versions and ledger',
    { timeout: 60_000 },
    async () => {
      // A board on SQLite: a card, a saved version, a vote round in the ledger.
      const sqliteDir = join(work, 'sqlite');
      const source = await startServer(testConfig({}, sqliteDir));
      const board = await createBoard(source.url);
      const writer = connectClient(source.url, board.id, 'content', board.tokens.facilitator);
      await writer.synced;
      addSticky(
        writer.doc,
        { x: 0, y: 0, text: '全国の物流網', company: 'a' as CompanyKey, kind: 'asset' },
        'seed',
      );
      const host = await joinAs(source.url, board, board.tokens.facilitator, '進行役');
      await expect
        .poll(
          async () =>
            (await call(source.url, 'POST', `/api/boards/${board.id}/versions`, host.token, { name: '初回' }))
              .status,
        )
        .toBe(201);
      expect(
        (
          await call(source.url, 'POST', `/api/boards/${board.id}/votes/rounds`, host.token, {
            rules: { scope: { kind: 'all' }, votesPerPerson: 3, allowMultiple: false },
          })
        ).status,
      ).toBe(201);
      writer.destroy();
      await source.close();

      const file = join(work, 'kyoso.backup');
      const backedUp = await kyoso(['backup', '--out', file], { DATA_DIR: sqliteDir });
      expect(backedUp.stderr).toContain('1 board backed up');
      expect(backedUp.code).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toContain('全国の物流網'); // Yjs updates, in base64

      await schema.create();
      const restored = await kyoso(['restore', file], { DATABASE_URL: schema.url });
      expect(restored.stderr).toContain('1 board restored');
      expect(restored.code).toBe(0);

      // Served from PostgreSQL, with the same secret: the old links work, everything is there.
      const target = await startServer(testConfig({}, join(work, 'unused')), {
        storage: await openPostgresStorage(TEST_DATABASE_URL, { schema: schema.name }),
      });
      try {
        const reader = connectClient(target.url, board.id, 'content', board.tokens.members.a!);
        await reader.synced;
        expect(readShapes(reader.doc).shapes.map((shape) => ('text' in shape ? shape.text : ''))).toEqual([
          '全国の物流網',
        ]);
        reader.destroy();
        const versions = await call(
          target.url,
          'GET',
          `/api/boards/${board.id}/versions`,
          board.tokens.facilitator,
        );
        expect((versions.body as { versions: { name: string }[] }).versions.map((v) => v.name)).toContain(
          '初回',
        );
        const ledger = connectClient(target.url, board.id, 'ledger', board.tokens.observer);
        await ledger.synced;
        expect(ledgerOf(ledger.doc).map((event) => event.type)).toContain('vote-started');
        ledger.destroy();

        // Again: the board is there, so it is left alone.
        const again = await kyoso(['restore', file], { DATABASE_URL: schema.url });
        expect(again.code).toBe(0);
        expect(again.stderr).toContain(`already there, left alone: ${board.id}`);
      } finally {
        await target.close();
      }

      // Not a backup: refused, nothing written.
      const bogus = join(work, 'bogus.json');
      writeFileSync(bogus, '{"hello": "world"}\n');
      const refused = await kyoso(['restore', bogus], { DATABASE_URL: schema.url });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('not a Kyoso backup');
      const usage = await kyoso(['backup', '--board', 'NOT AN ID'], { DATA_DIR: sqliteDir });
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('is not a board id');
    },
  );
});
