// Where the history panel lives on a board page: the facilitator's only (the versions API is
// theirs), opened by the header's button or Shift+H. It shares the top right corner with the
// shortcuts help, so opening one closes the other.
import { useEffect } from 'react';
import { useStoreSelector } from '../bindings/hooks';
import type { CanvasPartProps } from '../canvas/canvasActions';
import { usePanelShortcut } from '../canvas/usePanelShortcut';
import { HistoryPanel } from './HistoryPanel';
import { readPageUi, updatePageUi, usePageUi } from '../bindings/pageUi';

export const HISTORY_SHORTCUT = 'H';

export function HistoryHost(props: CanvasPartProps) {
  const { session, stores } = props;
  const allowed = session.identity.role === 'facilitator' && !session.readOnly;
  const open = usePageUi((ui) => ui.historyOpen);
  const helpOpen = useStoreSelector(stores.editor, (state) => state.helpOpen);
  usePanelShortcut(HISTORY_SHORTCUT, () => updatePageUi({ historyOpen: !readPageUi().historyOpen }), allowed);
  useEffect(() => {
    if (helpOpen) updatePageUi({ historyOpen: false });
  }, [helpOpen]);
  useEffect(() => {
    if (open && stores.editor.get().helpOpen) stores.editor.update({ helpOpen: false });
  }, [open, stores]);
  if (!allowed || !open) return null;
  return <HistoryPanel {...props} onClose={() => updatePageUi({ historyOpen: false })} />;
}
