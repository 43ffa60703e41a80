// Copy, cut and paste of shapes through the system clipboard (the browser's copy/paste events, so
// no permission prompt): the selection goes out as `kyoso/shapes` JSON text and comes back in on
// any board; plain text pasted onto the canvas becomes a card.
import { useEffect } from 'react';
import type { CanvasActions } from './canvasActions';
import { isTypingTarget } from './shortcuts';

const typing = () => isTypingTarget(document.activeElement as HTMLElement | null);

export function useClipboard(actions: CanvasActions): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (typing() || !event.clipboardData) return;
      const text = actions.copySelection();
      if (!text) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onCut = (event: ClipboardEvent) => {
      if (typing() || !event.clipboardData) return;
      const text = actions.copySelection();
      if (!text) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      actions.deleteSelection();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (typing() || !event.clipboardData) return;
      if (actions.paste(event.clipboardData.getData('text/plain'))) event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [actions]);
}
