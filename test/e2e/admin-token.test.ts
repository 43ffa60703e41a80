// A server that makes boards only with its admin token: the start page asks for the token once
// and keeps it for the visit, through "create another board" and for an import, without storing it.
import { describe, expect, it } from 'vitest';
import { newPage, useE2E } from './support/browser.js';

const ADMIN_TOKEN = 'admin-token-for-the-e2e-test';
const e2e = useE2E({ adminToken: ADMIN_TOKEN });

describe('the start page on a server with an admin token', () => {
  it('asks for the token once and keeps it for the next board', async () => {
    const landing = await newPage(e2e, 'ja-JP');
    await landing.goto(e2e.server.url);
    const fill = async (title: string) => {
      await landing.getByLabel('ボード名').fill(title);
      await landing.getByLabel('企業 1 の名前').fill('株式会社あさひ');
      await landing.getByLabel('企業 2 の名前').fill('Blue Ocean Inc.');
    };
    const create = landing.getByRole('button', { name: 'ボードを作成' });

    // Without a token the server refuses, and the form asks for it.
    await fill('第一回 提携ワークショップ');
    await create.click();
    const token = landing.getByTestId('admin-token');
    await token.waitFor();
    await token.fill(ADMIN_TOKEN);
    // The import form beside it takes the same token at once (an import would not be refused first).
    expect(await landing.getByTestId('import-admin-token').inputValue()).toBe(ADMIN_TOKEN);
    await create.click();
    await landing.locator('#link-facilitator').waitFor();

    // "Create another board": the token is still there, and the next board is made with it.
    await landing.getByRole('button', { name: '別のボードを作成' }).click();
    expect(await token.inputValue()).toBe(ADMIN_TOKEN);
    // The import form beside it sends the same token (its field shows it too).
    expect(await landing.getByTestId('import-admin-token').inputValue()).toBe(ADMIN_TOKEN);
    await fill('第二回 提携ワークショップ');
    await create.click();
    await landing.locator('#link-facilitator').waitFor();

    // It was never written to the browser's storage.
    const stored = await landing.evaluate<string>(
      'JSON.stringify(Object.keys(localStorage).map((k) => localStorage.getItem(k)).concat(Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k))))',
    );
    expect(stored).not.toContain(ADMIN_TOKEN);
  });
});
