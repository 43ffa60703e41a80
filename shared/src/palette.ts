// The colours drawing code needs as values: the canvas (Konva and 2D canvases cannot read CSS
// custom properties every frame) and the SVG, PNG and PDF exports. They are the page's design
// tokens (client/src/ui/tokens.css; a test keeps the two equal), named by the token they mirror.
// Card and company colours are content, not tokens: CARD_SWATCHES below and COMPANY_PALETTE.
export const PALETTE = {
  text: '#1d2430',
  textInverse: '#ffffff',
  muted: '#5a6474',
  textSubtle: '#8f99a8',
  surface: '#ffffff',
  surfaceInverse: '#1d2430',
  border: '#d8dde5',
  borderStrong: '#b9c1cd',
  focus: '#2563eb',
  success: '#146c43',
  warningStrong: '#b7791f',
  highlight: '#e8b10c',
  suggest: '#7c3aed',
  vote: '#e5484d',
  voteTop: '#f59e0b',
  voteTopStrong: '#b45309',
  gridMinor: '#eceff3',
  gridMajor: '#dfe3ea',
  presenceFacilitator: '#334155',
  presenceObserver: '#94a3b8',
  presenceUnknown: '#64748b',
} as const;

export type PaletteColor = keyof typeof PALETTE;

/** The colours people pick for a card or shape in the property bar (content, stored on the shape). */
export const CARD_SWATCHES: readonly string[] = [
  '#e8b10c',
  '#e0572b',
  '#d6336c',
  '#9b4dca',
  '#2f6fde',
  '#1098ad',
  '#1f9d6a',
  '#6b7a1f',
  '#5a6474',
];
