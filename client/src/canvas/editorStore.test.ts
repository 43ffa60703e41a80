import type { ShapeId } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from './editorStore';

describe('the editor store', () => {
  it('turns "select more" off once nothing is selected', () => {
    const editor = createEditorStore();
    editor.update({ selection: ['a' as ShapeId], selectingMore: true });
    editor.update({ selection: ['a' as ShapeId, 'b' as ShapeId] });
    expect(editor.get().selectingMore).toBe(true);
    editor.update({ selection: [] });
    expect(editor.get().selectingMore).toBe(false);
  });
});
