// A template as it would be laid out for this board's companies, drawn by the exports' own SVG
// renderer (shared/src/export/svg.ts) into a data URL: the template gallery's previews.
import * as Y from 'yjs';
import {
  applyTemplate,
  initContentDoc,
  readShapes,
  renderSvg,
  type BoardId,
  type Company,
  type Locale,
} from '@kyoso/shared';

export function templatePreviewUrl(template: string, companies: readonly Company[], locale: Locale): string {
  const doc = new Y.Doc();
  try {
    initContentDoc(doc, { title: '', companies });
    applyTemplate(doc, { template, locale, at: { x: 0, y: 0 } }, null);
    const svg = renderSvg(
      {
        board: { id: 'preview' as BoardId, title: '', locale, template, companies: [...companies] },
        shapes: readShapes(doc).shapes,
        ledger: [],
        control: { phases: [], lockFrames: false, locked: [] },
        drafts: {},
        exportedAt: new Date(0).toISOString(),
      },
      { frame: null },
    );
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  } finally {
    doc.destroy();
  }
}
