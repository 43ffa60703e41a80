import type { Company, CompanyKey, Locale, ParticipantId, Shape, ShapeId, Stamp } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { kindLabels } from '../../canvas/kindLabels';
import { box, connector } from '../../canvas/testShapes';
import { translate } from '../../i18n/messages';
import type { TranslateFn } from '../../i18n/I18nProvider';
import { actionText, actorName, stampLine } from './activityText';
import type { FeedItem } from './feed';

const ja: TranslateFn = (key, vars) => translate('ja', key, vars);
const en: TranslateFn = (key, vars) => translate('en', key, vars);
const localeOf = (t: TranslateFn): Locale => (t === en ? 'en' : 'ja');
const companies: Company[] = [{ key: 'a' as CompanyKey, name: '株式会社あさひ', color: '#2f6fde' }];
const shapes: Shape[] = [
  box('sticky', 0, 0, 100, 100, { id: 's1', text: '全国の\n物流網' }),
  box('frame', 0, 0, 900, 600, { id: 'f1', text: '課題' }),
];
const byId = (id: ShapeId) => shapes.find((s) => s.id === id);
const aiko = {
  participant: 'p1234567' as ParticipantId,
  name: '山田',
  role: 'member' as const,
  company: 'a' as CompanyKey,
};
const item = (extra: Partial<FeedItem>): FeedItem => ({
  key: 'k',
  kind: 'edited',
  at: '2026-11-24T10:00:00.000Z',
  until: null,
  who: aiko,
  shapes: ['s1' as ShapeId],
  more: 0,
  links: null,
  label: null,
  was: null,
  step: null,
  synergy: false,
  area: null,
  version: null,
  company: null,
  round: null,
  voters: null,
  ...extra,
});

describe('activity text', () => {
  it('names the shape by its text as recorded, else as it is now, and counts the rest', () => {
    expect(actionText(item({}), byId, companies, kindLabels(ja), ja, 'ja')).toBe('「全国の 物流網」を編集');
    // What the card said before the edit, as recorded.
    expect(
      actionText(item({ label: '全国の物流網', was: '物流網' }), byId, companies, kindLabels(ja), ja, 'ja'),
    ).toBe('「全国の物流網」を編集（変更前:「物流網」）');
    expect(
      actionText(item({ label: 'Depots', was: 'Depot' }), byId, companies, kindLabels(en), en, 'en'),
    ).toBe('edited “Depots” (was “Depot”)');
    // Created as 全国の物流網, edited since: the entry says what was created.
    expect(
      actionText(item({ kind: 'created', label: '物流網' }), byId, companies, kindLabels(ja), ja, 'ja'),
    ).toBe('「物流網」を作成');
    expect(
      actionText(
        item({ kind: 'deleted', shapes: ['gone' as ShapeId], label: '消えた' }),
        byId,
        companies,
        kindLabels(ja),
        ja,
        'ja',
      ),
    ).toBe('「消えた」を削除');
    expect(actionText(item({ kind: 'moved', more: 2 }), byId, companies, kindLabels(en), en, 'en')).toBe(
      'moved “全国の 物流網” and 2 more',
    );
  });

  it('counts revealed drafts in English as one or many', () => {
    const revealed = (n: number) =>
      item({
        kind: 'revealed',
        company: 'a' as CompanyKey,
        shapes: Array.from({ length: n }, (_, i) => `d${i}` as ShapeId),
      });
    expect(actionText(revealed(1), byId, companies, kindLabels(en), en, 'en')).toBe(
      'revealed 1 draft of 株式会社あさひ',
    );
    expect(actionText(revealed(2), byId, companies, kindLabels(en), en, 'en')).toBe(
      'revealed 2 drafts of 株式会社あさひ',
    );
  });

  it('counts the lines linking the shapes apart from them', () => {
    // A suggestion accepted: the synergy point and its two links, created in one go.
    const point = box('sticky', 0, 0, 100, 100, { id: 'p1', text: '共同配送' });
    const links = [connector(shapes[0]!, point, { id: 'l1' }), connector(point, shapes[0]!, { id: 'l2' })];
    const all = [...shapes, point, ...links];
    const find = (id: ShapeId) => all.find((s) => s.id === id);
    const created = (ids: string[], more = 0) => item({ kind: 'created', shapes: ids as ShapeId[], more });
    const say = (entry: FeedItem, t: TranslateFn) =>
      actionText(entry, find, companies, kindLabels(ja), t, localeOf(t));
    expect(say(created(['l1', 'p1', 'l2']), ja)).toBe('「共同配送」と線2本を作成');
    expect(say(created(['p1', 'l1']), en)).toBe('created “共同配送” and a link');
    expect(say(created(['p1', 's1', 'l1', 'l2']), en)).toBe('created “共同配送”, 1 more and 2 links');
    // Links alone, or shapes no longer on the board, count as before.
    expect(say(created(['l1', 'l2']), ja)).toBe('2個の図形を作成');
    expect(say(created(['p1', 'gone'], 1), ja)).toBe('「共同配送」ほか2個を作成');
  });

  it('reads the same whatever happens to the shapes later, where the entry recorded its counts', () => {
    // A card and its link, deleted: the entry recorded one line and the card's text.
    const deleted = item({
      kind: 'deleted',
      shapes: ['c9' as ShapeId, 'l9' as ShapeId],
      links: 1,
      label: '首都圏120店舗',
    });
    const none = () => undefined;
    expect(actionText(deleted, none, companies, kindLabels(ja), ja, 'ja')).toBe(
      '「首都圏120店舗」と線1本を削除',
    );
    // Brought back and retyped since: still what was deleted.
    const back = box('sticky', 0, 0, 100, 100, { id: 'c9', text: '首都圏130店舗' });
    const link = connector(back, shapes[0]!, { id: 'l9' });
    const found = (id: ShapeId) => [back, link].find((s) => s.id === id);
    expect(actionText(deleted, found, companies, kindLabels(ja), ja, 'ja')).toBe(
      '「首都圏120店舗」と線1本を削除',
    );
    // Untitled when recorded: not named by the text typed later.
    expect(
      actionText(item({ shapes: ['c9' as ShapeId], label: '' }), found, companies, kindLabels(ja), ja, 'ja'),
    ).toBe('無題の図形を編集');
  });

  it('names a synergy point as one', () => {
    const say = (extra: Partial<FeedItem>, t: TranslateFn) =>
      actionText(
        item({ synergy: true, links: 2, shapes: ['p8', 'l1', 'l2'] as ShapeId[], ...extra }),
        () => undefined,
        companies,
        kindLabels(t),
        t,
        localeOf(t),
      );
    expect(say({ kind: 'created', label: '共同配送' }, ja)).toBe('シナジー「共同配送」と線2本を作成');
    expect(say({ kind: 'deleted', label: '共同配送' }, en)).toBe(
      'deleted the synergy point “共同配送” and 2 links',
    );
    expect(say({ kind: 'created', label: '', links: null, shapes: ['p8' as ShapeId] }, ja)).toBe(
      '無題のシナジーを作成',
    );
  });

  it('cuts a long name at a word’s end and says so with an ellipsis', () => {
    // The walkthrough's feed read 「…No physical logistic」, cut inside the word, with nothing to say so.
    const long = box('sticky', 0, 0, 100, 100, {
      id: 'long',
      text: 'No physical logistics network in western Japan yet',
    });
    const find = (id: ShapeId) => (id === long.id ? long : byId(id));
    expect(actionText(item({ shapes: [long.id] }), find, companies, kindLabels(en), en, 'en')).toBe(
      'edited “No physical logistics network in…”',
    );
    expect(
      actionText(
        item({
          kind: 'deleted',
          shapes: ['gone' as ShapeId],
          label: '全国48拠点の物流倉庫ネットワークを活かした共同配送と在庫の共有で返品物流まで一括対応',
        }),
        byId,
        companies,
        kindLabels(ja),
        ja,
        'ja',
      ),
    ).toBe('「全国48拠点の物流倉庫ネットワークを活かした共同配送と在庫の共有で返品物流まで…」を削除');
  });

  it('says which area a card landed in, by the frame’s title or the kind', () => {
    const area = { frame: 'f1' as ShapeId, kind: 'gap' as const, company: null };
    expect(
      actionText(item({ kind: 'moved-into-area', area }), byId, companies, kindLabels(ja), ja, 'ja'),
    ).toBe('「全国の 物流網」を「課題」に移動');
    const gone = { ...area, frame: 'nope' as ShapeId };
    expect(
      actionText(item({ kind: 'moved-into-area', area: gone }), byId, companies, kindLabels(en), en, 'en'),
    ).toBe('moved “全国の 物流網” into “Gap”');
  });

  it('tells shapes brought back after a deletion from a version restored', () => {
    const say = (extra: Partial<FeedItem>, t: TranslateFn) =>
      actionText(item({ kind: 'restored', ...extra }), byId, companies, kindLabels(t), t, localeOf(t));
    expect(say({ label: '物流網' }, ja)).toBe('削除された「物流網」を復元');
    expect(say({ more: 1 }, en)).toBe('restored deleted “全国の 物流網” and 1 more');
    const version = { id: 'v1234567', name: '合意前', kind: 'named' as const };
    expect(say({ shapes: [], version }, ja)).toBe('バージョン「合意前」を復元');
    expect(say({ shapes: [], version: { ...version, kind: 'auto' } }, en)).toBe(en('activity.restoredAuto'));
  });

  it('names a link token by its role, and marks imported stamps', () => {
    expect(actorName({ participant: null, name: null, role: 'member', company: null }, ja)).toBe(
      'メンバーのリンク',
    );
    const stamp: Stamp = { ...aiko, at: '2026-11-24T10:00:00.000Z', file: true };
    expect(stampLine('attribution.created', stamp, companies, en, '10:00')).toBe(
      'Created by 山田 (株式会社あさひ), 10:00 (recorded in the imported file)',
    );
    const host: Stamp = { participant: null, name: null, role: 'facilitator', company: null, at: stamp.at };
    expect(stampLine('attribution.changed', host, companies, ja, '10:05')).toBe(
      '最終変更: ファシリテーターのリンク（ファシリテーター）・10:05',
    );
  });

  it('words the ledger’s votes and check-ins', () => {
    const say = (extra: Partial<FeedItem>, t: TranslateFn) =>
      actionText(item({ shapes: [], ...extra }), byId, companies, kindLabels(t), t, localeOf(t));
    expect(say({ kind: 'vote-started', round: 2 }, ja)).toBe('第2回の投票を開始');
    expect(say({ kind: 'vote-ended', round: 2 }, en)).toBe('closed vote round 2');
    expect(say({ kind: 'votes-revealed', round: 1, voters: 6 }, ja)).toBe(
      '第1回の投票結果を発表（6人が投票）',
    );
    expect(say({ kind: 'votes-revealed', round: 1, voters: 1 }, en)).toBe(
      'revealed the results of vote round 1 (1 voted)',
    );
    expect(say({ kind: 'checked-in', label: '30日後の確認' }, ja)).toBe('チェックイン「30日後の確認」を記録');
    // A built-in step in the reader's language; a renamed one as the facilitator named it.
    expect(say({ kind: 'step', step: { key: 'vote', name: null } }, ja)).toBe('ステップ「投票」に進行');
    expect(say({ kind: 'step', step: { key: 'vote', name: null } }, en)).toBe('moved the workshop to “Vote”');
    expect(say({ kind: 'step', step: { key: null, name: '昼休み' } }, en)).toBe(
      'moved the workshop to “昼休み”',
    );
    const again = { kind: 'agreed-again' as const, company: 'a' as CompanyKey, shapes: ['s1' as ShapeId] };
    expect(say(again, ja)).toBe('「全国の 物流網」に株式会社あさひとして合意し直し');
    expect(say(again, en)).toBe('agreed again to “全国の 物流網” for 株式会社あさひ');
  });
});
