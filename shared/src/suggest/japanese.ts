// Japanese has no spaces between words, so instead of segmenting we index character n-grams of
// the content-bearing runs: kanji runs give bigrams and trigrams ("顧客基盤" → 顧客, 客基, 基盤,
// 顧客基, 客基盤), katakana runs (loanwords) give the whole word: their bigrams (イン, ング)
// recur across unrelated words.
// Hiragana runs are particles and inflections (の, を, したい) and are dropped.

export type ScriptRun = { script: 'kanji' | 'katakana' | 'latin'; text: string };

const RUN =
  /(?<kanji>[\p{Script=Han}]+)|(?<katakana>[\p{Script=Katakana}ー]+)|(?<latin>[a-z0-9][a-z0-9&+'-]*[a-z0-9]|[a-z0-9])/gu;

/** Splits normalised (NFKC, lowercase) text into kanji, katakana and latin runs; everything else separates. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const match of text.matchAll(RUN)) {
    const groups = match.groups ?? {};
    if (groups.kanji) runs.push({ script: 'kanji', text: groups.kanji });
    else if (groups.katakana) runs.push({ script: 'katakana', text: groups.katakana });
    else if (groups.latin) runs.push({ script: 'latin', text: groups.latin });
  }
  return runs;
}

/** Kanji words so common on alliance cards that they match everything ("we lack", "provide"). */
const JA_STOP = new Set(
  `不足 提供 活用 強化 拡大 獲得 実現 必要 可能 自社 当社 弊社 目標 課題 保有 強み 資産 目指 今後 将来
  向上 確保 構築 展開 推進 事業 企業 会社 全国 多数 多く 年間 以上 以下 当者 担当 部分 対応 支援 連携 提携
  共創 協業 一緒 社内 社外 不十分 足り 弱い 少な 持つ 現在 既存 独自 新規 中心 分野 領域 拠点 業界`
    .split(/\s+/)
    .filter(Boolean),
);
/** Single kanji that carry no topic by themselves (suffixes and grammar). */
const JA_STOP_SINGLE = new Set([...'的化性者等様中上下内外用向型式方面度年月日社弊当各全多少新高低大小持']);

const KATAKANA_STOP = new Set(['ノウハウ', 'パートナー', 'サービス', 'ビジネス', 'リソース']);

export const isJapaneseStopGram = (gram: string): boolean => JA_STOP.has(gram);

export function kanjiGrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return JA_STOP_SINGLE.has(run) ? [] : [run];
  const grams: string[] = [];
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join('');
      if (!JA_STOP.has(gram)) grams.push(gram);
    }
  }
  return grams;
}

export function katakanaGrams(run: string): string[] {
  return [...run].length < 2 || KATAKANA_STOP.has(run) ? [] : [run];
}
