import { describe, expect, it } from 'vitest';
import type { Company } from '../companies.js';
import type { CompanyKey, ShapeId } from '../ids.js';
import type { Shape } from '../model/shape.js';
import { currentAgreementContent } from '../workshop/agreement-content.js';
import type { LedgerEvent } from '../workshop/ledger.js';
import type { ExportInput } from './input.js';
import { renderSvg } from './svg.js';

const a = 'a' as CompanyKey;
const b = 'b' as CompanyKey;
const id = (value: string) => value as ShapeId;
const COMPANIES: Company[] = [
  { key: a, name: 'あさひ', color: '#2f6fde' },
  // A colour that is not #rrggbb must never reach the markup.
  { key: b, name: 'Blue', color: 'red" onload="alert(1)' },
];

const card = (
  key: string,
  x: number,
  text: string,
  company: CompanyKey | null,
  kind: 'asset' | 'synergy' = 'asset',
): Shape => ({
  id: id(key),
  type: 'sticky',
  x,
  y: 100,
  w: 200,
  h: 160,
  index: `a${key}`,
  text,
  color: null,
  company,
  kind,
});

function input(shapes: Shape[], ledger: LedgerEvent[] = [], title = 'ボード'): ExportInput {
  return {
    board: {
      id: 'b1' as ExportInput['board']['id'],
      title,
      locale: 'ja',
      template: 'blank',
      companies: COMPANIES,
    },
    shapes,
    ledger,
    control: { phases: [], lockFrames: false, locked: [] },
    drafts: {},
    exportedAt: '2026-11-24T12:00:00.000Z',
  };
}

/** An agreement to the card's content in `shapes`. */
const agreed = (shapes: Shape[], company: CompanyKey, card: string): LedgerEvent => ({
  type: 'agreed',
  company,
  card: id(card),
  at: '2026-11-24T10:00:00.000Z',
  by: { participant: 'p', name: 'x', role: 'member', company } as unknown as LedgerEvent['by'],
  ...currentAgreementContent(shapes)(id(card))!,
});

const frame: Shape = {
  id: id('frame1'),
  type: 'frame',
  x: 0,
  y: 0,
  w: 500,
  h: 400,
  index: 'a0',
  text: '持ち寄るもの',
  color: null,
};

describe('renderSvg', () => {
  it('escapes titles and texts and keeps unchecked colours out', () => {
    const svg = renderSvg(input([card('c1', 0, '<b onclick="x">&</b>', b)], [], '"><script>'), {
      frame: null,
    });
    expect(svg).toContain('<title>&quot;&gt;&lt;script&gt;</title>');
    for (const part of ['&lt;b', 'onclick=&quot;x&quot;&gt;', '&amp;&lt;/b&gt;']) expect(svg).toContain(part);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(svg).not.toContain('red"');
    expect(svg).not.toMatch(/href|<script/i);
  });

  it('draws cards with their kind and the agreed badge when every company agreed', () => {
    const shapes = [card('s1', 0, '共同配送', null, 'synergy'), card('s2', 300, '共同開発', null, 'synergy')];
    const svg = renderSvg(
      input(shapes, [agreed(shapes, a, 's1'), agreed(shapes, b, 's1'), agreed(shapes, a, 's2')]),
      {
        frame: null,
      },
    );
    expect(svg.match(/合意済み/g)).toHaveLength(1);
    expect(svg).not.toContain('合意後に変更あり');
    expect(svg.match(/>シナジー</g)).toHaveLength(2);
    expect(svg).toContain('>共同配送<');
  });

  it('draws a company card’s strip in its company’s colour, whatever colour the card was given', () => {
    const painted = { ...card('c1', 0, '地方の中小荷主', a), color: '#e0572b' };
    const svg = renderSvg(input([painted]), { frame: null });
    expect(svg).toContain('fill="#2f6fde"');
    // The card itself is a tint of its own colour: orange, not blue.
    expect(svg).not.toMatch(/fill="#e0572b"/);
  });

  it('draws "changed since agreed" instead of the agreed badge once the card changed', () => {
    const shapes = [card('s1', 0, '共同配送', null, 'synergy')];
    const ledger = [agreed(shapes, a, 's1'), agreed(shapes, b, 's1')];
    const changed = [card('s1', 0, '共同配送（週2便）', null, 'synergy')];
    const svg = renderSvg(input(changed, ledger), { frame: null });
    expect(svg).not.toContain('合意済み');
    expect(svg).toContain('合意後に変更あり');
  });

  it('draws a connector between the edges of its shapes, with its arrow head and label', () => {
    const shapes: Shape[] = [
      card('c1', 0, 'から', a),
      card('c2', 600, 'へ', a),
      {
        id: id('k1'),
        type: 'connector',
        x: 0,
        y: 0,
        index: 'b0',
        from: id('c1'),
        to: id('c2'),
        text: '提供',
        startArrow: 'none',
        endArrow: 'arrow',
        color: null,
      },
    ];
    const svg = renderSvg(input(shapes), { frame: null });
    const line = /<polyline points="([\d.]+),([\d.]+) ([\d.]+),([\d.]+)"/.exec(svg);
    expect(line).not.toBeNull();
    // From the right edge of the first card to the left edge of the second, a little off each.
    expect(Number(line![1])).toBeGreaterThan(200);
    expect(Number(line![3])).toBeLessThan(600);
    expect(svg.match(/<polygon/g)).toHaveLength(1);
    expect(svg).toContain('>提供<');
  });

  it('draws only a frame and what lies inside it when asked for one', () => {
    const shapes = [frame, card('in', 20, '中', a), card('out', 900, '外', a)];
    const svg = renderSvg(input(shapes), { frame: id('frame1') });
    expect(svg).toContain('>中<');
    expect(svg).not.toContain('>外<');
    expect(svg).toContain('>持ち寄るもの<');
    const view = /viewBox="(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect(Number(view[3])).toBeLessThan(700);
  });

  it('draws an empty board as its title and a short note', () => {
    const svg = renderSvg(input([], [], '空のボード'), { frame: null });
    expect(svg).toContain('>空のボード<');
    expect(svg).toContain('まだ何もありません');
  });
});
