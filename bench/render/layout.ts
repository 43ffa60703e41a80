// The board every app shows: N sticky notes in a grid, the same positions, sizes and texts.
// Shared by the Node side (the Kyoso board's file) and the peers' pages (built by Vite).

export const NOTE_W = 200;
export const NOTE_H = 160;
export const GAP_X = 40;
export const GAP_Y = 40;

const TEXTS = [
  '顧客接点の共有',
  'Shared logistics',
  '共同開発の候補',
  'Data platform',
  '販売チャネル',
  'Joint pilot in Osaka',
  '人材交流',
  'Brand licensing',
] as const;

export interface Note {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  company: 'a' | 'b';
}

export const columnsFor = (count: number): number => Math.max(1, Math.ceil(Math.sqrt(count)));

export function noteAt(index: number, count: number): Note {
  const columns = columnsFor(count);
  const column = index % columns;
  const row = Math.floor(index / columns);
  return {
    x: column * (NOTE_W + GAP_X),
    y: row * (NOTE_H + GAP_Y),
    w: NOTE_W,
    h: NOTE_H,
    text: `${TEXTS[index % TEXTS.length]} ${index + 1}`,
    company: index % 2 === 0 ? 'a' : 'b',
  };
}

/** The world size of the whole grid. */
export function boardSize(count: number): { w: number; h: number } {
  const columns = columnsFor(count);
  const rows = Math.ceil(count / columns);
  return { w: columns * (NOTE_W + GAP_X) - GAP_X, h: rows * (NOTE_H + GAP_Y) - GAP_Y };
}
