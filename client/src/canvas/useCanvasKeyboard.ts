// Keyboard shortcuts while a board is open (shortcuts.ts), plus space-to-pan and Tab through the
// cards while the canvas has the focus. Keys typed into a
// field (a textarea, the name dialog) and keys an input method is handling are left alone.
import { useEffect } from 'react';
import type { CanvasActions } from './canvasActions';
import type { CanvasStores } from './canvasStores';
import { mayBeShortcut } from './keyBindings';
import { shortcutFor, type ShortcutAction } from './shortcuts';

function run(action: ShortcutAction, actions: CanvasActions): void {
  switch (action.type) {
    case 'tool':
      return actions.setTool(action.tool);
    case 'undo':
      return actions.undo();
    case 'redo':
      return actions.redo();
    case 'delete':
      return actions.deleteSelection();
    case 'duplicate':
      return actions.duplicateSelection();
    case 'bringToFront':
      return actions.bringToFront();
    case 'sendToBack':
      return actions.sendToBack();
    case 'selectAll':
      return actions.selectAll();
    case 'edit':
      return actions.editSelection();
    case 'nudge':
      return actions.nudge(action.dx, action.dy);
    case 'focusNear':
      return actions.focusNear(action.direction);
    case 'help':
      return actions.toggleHelp();
    case 'escape':
      return actions.escape();
    case 'zoomIn':
      return actions.zoomStep(1);
    case 'zoomOut':
      return actions.zoomStep(-1);
    case 'zoomFit':
      return actions.zoomToFit();
    case 'zoom100':
      return actions.zoomTo100();
  }
}

export function useCanvasKeyboard(stores: CanvasStores, actions: CanvasActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !mayBeShortcut(event)) return;
      // Tab on the canvas walks its cards; past the last (or first) the focus leaves it as usual.
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.target === stores.element.current && actions.focusCard(event.shiftKey ? -1 : 1))
          event.preventDefault();
        return;
      }
      if (event.key === ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        // Space on a focused button presses it; anywhere else it means "pan".
        if ((event.target as HTMLElement | null)?.tagName === 'BUTTON') return;
        event.preventDefault();
        if (!event.repeat) stores.editor.update({ spaceHeld: true });
        return;
      }
      const action = shortcutFor({
        key: event.key,
        code: event.code,
        ctrl: event.ctrlKey,
        meta: event.metaKey,
        shift: event.shiftKey,
        alt: event.altKey,
      });
      if (!action) return;
      // Enter on a focused button presses the button.
      if (action.type === 'edit' && (event.target as HTMLElement | null)?.tagName === 'BUTTON') return;
      event.preventDefault();
      run(action, actions);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ') stores.editor.update({ spaceHeld: false });
    };
    const onBlur = () => stores.editor.update({ spaceHeld: false });
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [stores, actions]);
}
