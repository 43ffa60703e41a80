import { describe, expect, it } from 'vitest';
import { groupByTheme, type ThemeCard } from './themes.js';

const cards: ThemeCard[] = [
  { id: 'c01', text: '全国の物流網と倉庫' },
  { id: 'c02', text: 'Same-day delivery across Kanto' },
  { id: 'c03', text: '配送コストが高い' },
  { id: 'c04', text: 'デジタル人材が不足' },
  { id: 'c05', text: 'Hiring engineers is slow' },
  { id: 'c06', text: 'エンジニア採用のノウハウ' },
  { id: 'c07', text: '画像認識のAI技術' },
  { id: 'c08', text: 'Machine learning for demand forecasts' },
  { id: 'c09', text: '海外展開したい' },
  { id: 'c10', text: '' },
];
const named = (grouping: ReturnType<typeof groupByTheme>) =>
  Object.fromEntries(grouping.themes.map((theme) => [theme.label.en, theme.cards]));

describe('group by theme', () => {
  it('finds themes across Japanese and English, each named by what its cards share', () => {
    const grouping = groupByTheme(cards);
    expect(named(grouping)).toEqual({
      logistics: ['c01', 'c02', 'c03'],
      talent: ['c04', 'c05', 'c06'],
      AI: ['c07', 'c08'],
    });
    expect(grouping.themes.map((theme) => theme.label.ja)).toEqual(['物流', '人材', 'AI']);
    expect(grouping.rest).toEqual(['c09', 'c10']);
  });

  it('gives the same groups whatever order the cards come in', () => {
    const shuffled = [...cards].reverse();
    const grouping = groupByTheme(shuffled);
    const sets = (g: ReturnType<typeof groupByTheme>) =>
      g.themes.map((theme) => [theme.label.en, [...theme.cards].sort()]).sort();
    expect(sets(grouping)).toEqual(sets(groupByTheme(cards)));
    // Reported in the order given: the theme whose first card comes first leads a tie.
    expect(grouping.themes.map((theme) => theme.label.en)).toEqual(['talent', 'logistics', 'AI']);
    expect(grouping.themes[1]?.cards).toEqual(['c03', 'c02', 'c01']);
  });

  it('keeps at most the themes asked for, the rest unassigned, and names a wordless group', () => {
    const grouping = groupByTheme(cards, { maxThemes: 1 });
    expect(grouping.themes).toHaveLength(1);
    expect(grouping.rest).toHaveLength(7);
    expect(groupByTheme([{ id: 'a', text: 'x' }])).toEqual({ themes: [], rest: ['a'] });
  });
});
