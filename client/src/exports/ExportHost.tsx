// Where the export dialog lives on a board page: opened by the header's button or Mod+Shift+E,
// for every role (an export holds only what the token may read; the server sees to that).
import { useState } from 'react';
import type { CanvasPartProps } from '../canvas/canvasActions';
import { ExportDialog } from './ExportDialog';
import { useUiRequests } from '../bindings/pageUi';
import { useExportShortcut } from './useExportShortcut';

export function ExportHost(props: CanvasPartProps) {
  const [open, setOpen] = useState(false);
  useUiRequests('exportRequests', () => setOpen(true));
  useExportShortcut(() => setOpen(true));
  return open ? <ExportDialog {...props} onClose={() => setOpen(false)} /> : null;
}
