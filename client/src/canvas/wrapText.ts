// Line breaking on the canvas: the same rules as the exports (shared/src/text/line-breaking.ts),
// measured with the browser's fonts.
export { type MeasureWidth, breakPieces, wrapLines as wrapText } from '@kyoso/shared';
