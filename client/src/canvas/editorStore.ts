// This browser's editing state: tool, selection, the shape whose text is being edited, panels.
// Local only (DESIGN.md Style 3): never in the document; the selection is shared via presence.
import type { ShapeId } from '@kyoso/shared';
import type { Store } from '../sync/session-types';
import { createValueStore } from '../sync/store';
import type { Tool } from './tools';

export interface EditorState {
  tool: Tool;
  selection: readonly ShapeId[];
  /**
   * The shape whose text the textarea edits; `fresh` when it was made for this edit (a double
   * click, the sticky or text tool): left without text, it is taken back when editing ends.
   */
  editing: { id: ShapeId; fresh?: boolean } | null;
  helpOpen: boolean;
  /** The search panel (Ctrl/⌘+F) is open. */
  searchOpen: boolean;
  /** Space is held: the pointer pans whatever the tool. */
  spaceHeld: boolean;
  /**
   * "Select more" is on (a touch screen's Shift): a tap adds a shape to the selection or takes it
   * out, and a finger on empty board draws a selection box. Off once nothing is selected.
   */
  selectingMore: boolean;
}

export interface EditorStore extends Store<EditorState> {
  update(patch: Partial<EditorState>): void;
}

export const INITIAL_EDITOR: EditorState = {
  tool: 'select',
  selection: [],
  editing: null,
  helpOpen: false,
  searchOpen: false,
  spaceHeld: false,
  selectingMore: false,
};

export function createEditorStore(): EditorStore {
  const store = createValueStore<EditorState>(INITIAL_EDITOR);
  return {
    get: store.get,
    subscribe: store.subscribe,
    update(patch) {
      const current = store.get();
      const changed = (Object.keys(patch) as (keyof EditorState)[]).some(
        (key) => patch[key] !== current[key],
      );
      if (!changed) return;
      const next = { ...current, ...patch };
      if (next.selection.length === 0) next.selectingMore = false;
      store.set(next);
    },
  };
}
