// The alliance templates in a real browser: boards created with each template (screenshots in
// Japanese and English, saved to test/.artifacts/screenshots/template-<id>-<lang>.png), and a
// facilitator adding a template to a board that already has content, then dropping a card in.
// Zoomed to fit on a phone, nested titles (a company's lane, its areas) stay apart and readable.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  TEMPLATES,
  TEMPLATE_LAYOUTS,
  addSticky,
  readShapes,
  type CardKind,
  type FrameShape,
} from '@kyoso/shared';
import { connectClient } from '../support/clients.js';
import { createBoard } from '../support/server.js';
import {
  canvasBox,
  closeDrafts,
  enterBoard,
  memberLink,
  newPage,
  painted,
  publishScreenshot,
  SCREENSHOTS,
  shapesOf,
  type TestShape,
  useE2E,
  viewportOf,
  worldToPage,
} from './support/browser.js';

const e2e = useE2E();

const COMPANIES = [{ name: '株式会社あさひ' }, { name: 'Blue Ocean Inc.', color: '#e0572b' }];
/** The two shown in README.md. */
const README_SHOTS = ['template-company-profile-ja.png', 'template-value-chain-en.png'];

/** Cards for the README shots, so that they show a template in use: [company or null, kind, stage column, text]. */
type Seed = [string | null, CardKind, number, string];
const SEEDS: Record<string, Seed[]> = {
  'template-company-profile-ja.png': [
    ['a', 'asset', 0, '全国120か所の物流拠点'],
    ['a', 'gap', 0, 'EV・充電の知見がない'],
    ['a', 'goal', 0, '2027年に地方配送を脱炭素化'],
    ['a', 'value', 0, '地域の暮らしを支える'],
    ['b', 'asset', 0, '急速充電網 3,000か所'],
    ['b', 'asset', 1, '車両データの分析基盤'],
    ['b', 'gap', 0, '地方の顧客接点が少ない'],
    ['b', 'goal', 0, '地方での充電利用を3倍に'],
  ],
  'template-value-chain-en.png': [
    ['a', 'note', 3, 'Cold-chain logistics'],
    ['a', 'note', 4, 'Regional stores'],
    ['b', 'note', 1, 'Battery sourcing'],
    ['b', 'note', 5, 'EV charging sites'],
    [null, 'synergy', 3, 'Shared EV delivery fleet'],
    [null, 'synergy', 5, 'Charge while you shop'],
  ],
};

/** Writes the seed cards into their areas (as a member would), before anyone opens the board. */
/** Where card columns sit in each README shot's areas: the first one's x, and the step. */
const COLUMNS: Record<string, { first: number; step: number }> = {
  'template-company-profile-ja.png': { first: 20, step: 220 },
  'template-value-chain-en.png': { first: 30, step: 260 },
};

async function seed(
  board: { id: string; tokens: { facilitator: string } },
  seeds: readonly Seed[],
  columns = { first: 20, step: 220 },
) {
  const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
  await writer.synced;
  const frames = readShapes(writer.doc).shapes.filter((shape): shape is FrameShape => shape.type === 'frame');
  for (const [company, kind, column, text] of seeds) {
    const area = frames.find(
      (frame) =>
        frame.areaKind === kind && (company === null ? !frame.areaCompany : frame.areaCompany === company),
    );
    if (!area) throw new Error(`no ${kind} area for ${company}`);
    addSticky(
      writer.doc,
      {
        x: area.x + columns.first + column * columns.step,
        y: area.y + 20,
        text,
        kind,
        company: company as never,
      },
      'seed',
    );
  }
  writer.destroy();
}

const expectedCount = (template: string, lang: 'ja' | 'en') =>
  TEMPLATE_LAYOUTS[template]?.({
    companies: COMPANIES.map((c, i) => ({
      key: String.fromCharCode(97 + i),
      name: c.name,
      color: '#000000',
    })) as never,
    locale: lang,
  }).length ?? 0;

/** A frame title as drawn: its line of text (canvas pixels), what it shows, its frame's top. */
interface DrawnTitle {
  text: string;
  shown: string;
  font: number;
  x: number;
  y: number;
  w: number;
  h: number;
  frameTop: number;
}

/** The frame titles on the canvas, read from its Konva nodes (`frame-title`). */
const drawnTitles = (page: Page) =>
  page.evaluate<DrawnTitle[]>(`(() => {
    const stage = window.Konva.stages.find((s) => s.container().closest('[data-testid="canvas"]'));
    return stage.find('.frame-title').map((node) => {
      const line = node.textArr[0] || { text: '', width: 0 };
      const scale = node.getAbsoluteScale().y;
      const font = node.fontSize() * scale;
      const at = node.getAbsolutePosition();
      const top = at.y + ((node.height() - node.fontSize()) / 2) * scale;
      return {
        text: node.text(), shown: line.text, font,
        x: at.x, y: top, w: line.width * scale, h: font,
        frameTop: node.getParent().getAbsolutePosition().y,
      };
    });
  })()`);

/** Pairs of titles whose lines of text overlap. */
function overlapping(titles: readonly DrawnTitle[]): string[] {
  const out: string[] = [];
  titles.forEach((a, i) =>
    titles.slice(i + 1).forEach((b) => {
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      if (!apart && a.shown && b.shown) out.push(`${a.shown} / ${b.shown}`);
    }),
  );
  return out;
}

describe('templates in the browser', () => {
  for (const template of TEMPLATES.filter((t) => t.id !== 'blank'))
    it(`shows the ${template.id} template laid out for the companies, in Japanese and English`, async () => {
      for (const lang of ['ja', 'en'] as const) {
        const board = await createBoard(e2e.server.url, {
          title: `${template.name[lang]} — 株式会社あさひ × Blue Ocean`,
          locale: lang,
          template: template.id,
          companies: COMPANIES,
        });
        const file = `template-${template.id}-${lang}.png`;
        const seeds = SEEDS[file] ?? [];
        await seed(board, seeds, COLUMNS[file]);
        const page = await newPage(e2e, lang === 'ja' ? 'ja-JP' : 'en-US');
        await enterBoard(page, board.links.facilitator, lang === 'ja' ? '山田 太郎' : 'Taro Yamada');
        await expect
          .poll(async () => (await shapesOf(page)).length, { timeout: 10_000 })
          .toBe(expectedCount(template.id, lang) + seeds.length);
        const shapes = await shapesOf(page);
        expect(shapes.some((shape) => shape.text.includes(template.name[lang].split('：')[0] ?? ''))).toBe(
          true,
        );
        await page.getByTestId('zoom-fit').click();
        await painted(page);
        await page.screenshot({ path: join(SCREENSHOTS, file) });
        if (README_SHOTS.includes(file)) publishScreenshot(file);
        await page.close();
      }
    });

  it('lets the facilitator add a template beside existing content, and a card dropped in takes the lane', async () => {
    const board = await createBoard(e2e.server.url, {
      title: '既存ボード',
      locale: 'ja',
      companies: COMPANIES,
    });
    const writer = connectClient(e2e.server.url, board.id, 'content', board.tokens.facilitator);
    await writer.synced;
    addSticky(writer.doc, { x: 0, y: 0, text: '既にあるカード' }, 'seed');
    const page = await newPage(e2e, 'ja-JP');
    await enterBoard(page, board.links.facilitator, '山田 太郎');
    await expect.poll(async () => (await shapesOf(page)).length, { timeout: 10_000 }).toBe(1);
    writer.destroy();

    await page.getByTestId('templates-open').click();
    const dialog = page.getByTestId('template-dialog');
    await dialog.waitFor();
    // A gallery: every template drawn as it would be laid out for this board's companies, in the
    // language chosen for its text.
    const previews = dialog.getByTestId('template-preview');
    expect(await previews.count()).toBe(TEMPLATES.filter((template) => template.id !== 'blank').length);
    await expect
      .poll(() =>
        page.evaluate<boolean>(
          `[...document.querySelectorAll('[data-testid="template-preview"]')].every((img) => img.complete && img.naturalWidth > 0)`,
        ),
      )
      .toBe(true);
    const valueChain = dialog.getByTestId('template-choice-value-chain').getByTestId('template-preview');
    const drawn = decodeURIComponent((await valueChain.getAttribute('src')) ?? '');
    expect(drawn).toContain('<svg');
    expect(drawn).toContain('Blue Ocean Inc.');
    await page.getByTestId('template-locale').selectOption('en');
    await expect
      .poll(async () => decodeURIComponent((await valueChain.getAttribute('src')) ?? ''))
      .not.toBe(drawn);
    await page.getByTestId('template-locale').selectOption('ja');
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'template-dialog-ja.png') });
    await page.getByTestId('template-choice-value-chain').click();
    await page.getByTestId('template-add').click();
    await dialog.waitFor({ state: 'detached' });
    const expected = 1 + expectedCount('value-chain', 'ja');
    await expect.poll(async () => (await shapesOf(page)).length, { timeout: 10_000 }).toBe(expected);

    const shapes = await shapesOf(page);
    // Framed where nothing covers it: its title below the agenda bar, its foot above the launchers.
    const frames = shapes.filter((shape) => shape.type === 'frame');
    await painted(page);
    const top = await worldToPage(page, { x: 0, y: Math.min(...frames.map((frame) => frame.y)) });
    const foot = await worldToPage(page, {
      x: 0,
      y: Math.max(...frames.map((frame) => frame.y + (frame.h ?? 0))),
    });
    const agenda = (await page.getByTestId('phase-bar').boundingBox())!;
    const launchers = await page
      .locator('.launcher-dock > *')
      .evaluateAll((nodes) => Math.min(...nodes.map((node) => node.getBoundingClientRect().top)));
    expect(top.y - 22).toBeGreaterThanOrEqual(agenda.y + agenda.height);
    expect(foot.y).toBeLessThanOrEqual(launchers);

    const card = shapes.find((shape) => shape.type === 'sticky') as TestShape;
    const added = shapes.filter((shape) => shape.id !== card.id);
    for (const shape of added) expect(shape.x).toBeGreaterThanOrEqual(card.x + (card.w ?? 0));
    const lane = added.find(
      (shape) => shape.type === 'frame' && shape.text === 'Blue Ocean Inc.',
    ) as TestShape;
    expect(lane).toBeDefined();

    // Drag the card by its middle into the Blue Ocean lane.
    await page.getByTestId('zoom-fit').click();
    await painted(page);
    const from = await worldToPage(page, { x: card.x + 100, y: card.y + 80 });
    const to = await worldToPage(page, { x: lane.x + 400, y: lane.y + (lane.h ?? 0) / 2 });
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(async () => (await shapesOf(page)).find((shape) => shape.id === card.id), { timeout: 10_000 })
      .toMatchObject({ company: 'b', kind: 'note' });
    await painted(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'template-added-ja.png') });

    // A member reading English reads the template's own words in English; the board keeps them
    // as written, and a company's lane keeps its name.
    const ben = await newPage(e2e, 'en-US');
    await enterBoard(ben, memberLink(board, 'b'), 'Ben');
    await closeDrafts(ben);
    await ben.getByTestId('zoom-fit').click();
    await painted(ben);
    const titles = (await drawnTitles(ben)).map((title) => title.text);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Value chain',
        'Logistics',
        'The future chain we build together',
        'Blue Ocean Inc.',
      ]),
    );
    expect(titles).not.toContain('バリューチェーン');
    expect((await shapesOf(ben)).some((shape) => shape.text === 'バリューチェーン')).toBe(true);
    await ben.screenshot({ path: join(SCREENSHOTS, 'template-added-en-reader.png') });
  });

  it('keeps lane and area titles apart and readable at "zoom to fit" on a phone, above their frames on a desktop, and edits them where drawn', async () => {
    const board = await createBoard(e2e.server.url, {
      title: '企業プロフィール',
      locale: 'ja',
      template: 'company-profile',
      companies: COMPANIES,
    });
    const phone = await newPage(e2e, 'ja-JP', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await enterBoard(phone, memberLink(board, 'a'), '佐藤');
    await closeDrafts(phone);
    await phone.getByTestId('zoom-fit').tap();
    await expect.poll(async () => (await viewportOf(phone)).zoom, { timeout: 10_000 }).toBeLessThan(0.15);
    await painted(phone);
    await phone.screenshot({ path: join(SCREENSHOTS, 'template-phone-fit-ja.png') });
    const titles = await drawnTitles(phone);
    expect(titles.length).toBe(expectedCount('company-profile', 'ja') - 1);
    expect(overlapping(titles)).toEqual([]);
    // At the size they are always drawn; the companies' names whole, every title at least begun.
    for (const title of titles) expect(title.font).toBeCloseTo(13, 0);
    for (const company of COMPANIES)
      expect(titles.find((title) => title.text === company.name)?.shown).toBe(company.name);
    for (const title of titles) expect(title.shown.length).toBeGreaterThan(1);
    // Drawn over the cards: zoomed out, titles sit inside their frames, where cards lie.
    const order = await phone.evaluate<{ titlesFrom: number; children: number; lastOther: number }>(`(() => {
      const stage = window.Konva.stages.find((s) => s.container().closest('[data-testid="canvas"]'));
      const kids = stage.getLayers()[0].getChildren();
      const isTitle = (k) => typeof k.findOne === 'function' && !!k.findOne('.frame-title');
      const titlesFrom = kids.findIndex(isTitle);
      let lastOther = -1;
      kids.forEach((k, i) => { if (!isTitle(k)) lastOther = i; });
      return { titlesFrom, children: kids.length, lastOther };
    })()`);
    expect(order.titlesFrom).toBeGreaterThan(0);
    expect(order.lastOther).toBeLessThan(order.titlesFrom);

    // On a desktop, "zoom to fit" leaves every title above its frame, as it always was.
    const desktop = await newPage(e2e, 'ja-JP');
    await enterBoard(desktop, memberLink(board, 'b'), 'Ben');
    await closeDrafts(desktop);
    await desktop.getByTestId('zoom-fit').click();
    await painted(desktop);
    await desktop.screenshot({ path: join(SCREENSHOTS, 'template-desktop-fit-ja.png') });
    const above = await drawnTitles(desktop);
    expect(overlapping(above)).toEqual([]);
    for (const title of above) expect(title.y + title.h).toBeLessThanOrEqual(title.frameTop);

    // The facilitator renames an area whose title is drawn inside its frame: the editor opens
    // over that title, not above the frame.
    const host = await newPage(e2e, 'ja-JP', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await enterBoard(host, board.links.facilitator, '進行役');
    await host.getByTestId('zoom-fit').tap();
    await expect.poll(async () => (await viewportOf(host)).zoom, { timeout: 10_000 }).toBeLessThan(0.15);
    await painted(host);
    const inside = (await drawnTitles(host)).find((title) => title.y > title.frameTop + 1)!;
    expect(inside).toBeDefined();
    // (Titles are measured on the stage; the canvas starts below the header.)
    const stage = await canvasBox(host);
    const title = { x: stage.x + inside.x, y: stage.y + inside.y, w: inside.w, h: inside.h };
    await host.touchscreen.tap(title.x + title.w / 2, title.y + title.h / 2);
    await host.keyboard.press('Enter');
    const editor = host.getByTestId('text-editor');
    await editor.waitFor();
    expect(await editor.inputValue()).toBe(inside.text);
    const box = (await editor.boundingBox())!;
    expect(box.y).toBeLessThanOrEqual(title.y);
    expect(box.y + box.height).toBeGreaterThanOrEqual(title.y + title.h);
  });
});
