// Editing a shape's text in an HTML textarea laid exactly over it (scaled with the zoom).
// Japanese input: nothing is written to the board between compositionstart and compositionend
// (Enter then confirms the conversion, it does not end editing); the text is written on input
// outside a composition and once more when a composition ends, or when focus leaves mid-composition
// (what the textarea shows then is kept). `setText` writes only the difference, so the same text
// written twice changes nothing, and other people's typing merges.
import { isBoxShape, setText, type Shape, type ShapeId, LINE_HEIGHT, textBoxOf } from '@kyoso/shared';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useShape, useStore } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import type { CanvasPartProps } from './canvasActions';
import { focusCanvasQuietly } from './canvasFocus';
import { FRAME_TITLE_SCREEN_FONT, FRAME_TITLE_SCREEN_HEIGHT, titleStrip } from './frameTitle';
import { titleRoomAt } from './pointerHits';
import { connectorLine } from './connectorGeometry';
import { outlineOf } from './ConnectorView';
import { agreedContentOf } from './agreedContent';
import { AgreedContentWarning } from './AgreedContentWarning';
import { runCommand } from './runCommand';
import { editorKeyAction, editorKeyOf, finishedText, mergeEdit, rebasePosition } from './textEditing';
import { CANVAS_FONT, fitShapeText } from './textMeasure';
import { worldToScreen, type Camera } from './viewport';

/** Where the textarea goes and how its text looks, in screen pixels. */
function editorStyle(
  shape: Shape,
  draft: string,
  camera: Camera,
  session: BoardSession,
): CSSProperties | null {
  const zoom = camera.zoom;
  if (shape.type === 'connector') {
    const from = session.shapes.byId(shape.from);
    const to = session.shapes.byId(shape.to);
    if (!from || !to || !isBoxShape(from) || !isBoxShape(to)) return null;
    const { mid } = connectorLine(from, outlineOf(from), to, outlineOf(to));
    const centre = worldToScreen(camera, { x: mid.x + shape.x, y: mid.y + shape.y });
    return {
      left: centre.x - 110,
      top: centre.y - 20,
      width: 220,
      height: 64,
      fontSize: 14,
      padding: 6,
      textAlign: 'center',
    };
  }
  if (shape.type === 'frame') {
    // Over the title where it is drawn: above the frame, inside its top or on its edge.
    const strip = titleStrip(shape, zoom, titleRoomAt(session.shapes, shape, zoom));
    const at = worldToScreen(camera, { x: shape.x, y: strip.y + strip.h / 2 });
    return {
      left: at.x,
      top: at.y - (FRAME_TITLE_SCREEN_HEIGHT + 4) / 2,
      width: Math.max(160, shape.w * zoom),
      height: FRAME_TITLE_SCREEN_HEIGHT + 4,
      fontSize: FRAME_TITLE_SCREEN_FONT,
      fontWeight: 700,
      padding: '2px 4px',
      lineHeight: 1.3,
    };
  }
  const box = textBoxOf(shape);
  if (!box) return null;
  const { rect, options, align } = box;
  const layout = fitShapeText(draft || ' ', rect.w, rect.h, options);
  const at = worldToScreen(camera, { x: shape.x + rect.x, y: shape.y + rect.y });
  const top = align === 'left' ? options.padding : Math.max(options.padding, (rect.h - layout.height) / 2);
  return {
    left: at.x,
    top: at.y,
    width: rect.w * zoom,
    height: rect.h * zoom,
    fontSize: layout.size * zoom,
    lineHeight: LINE_HEIGHT,
    padding: `${top * zoom}px ${options.padding * zoom}px ${options.padding * zoom}px`,
    textAlign: align,
  };
}

export function TextEditor({
  session,
  stores,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'actions'>) {
  const editing = useStore(stores.editor).editing;
  if (!editing || session.readOnly) return null;
  return (
    <ShapeTextEditor key={editing.id} id={editing.id} session={session} stores={stores} actions={actions} />
  );
}

function ShapeTextEditor({
  id,
  session,
  stores,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'actions'> & { id: ShapeId }) {
  const { t } = useI18n();
  const shape = useShape(session.shapes, id);
  const camera = useStore(stores.camera);
  const area = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  /** The text the textarea and the board last agreed on. */
  const base = useRef(shape?.text ?? '');
  const [draft, setDraft] = useState(shape?.text ?? '');
  // Which agreements this text is part of, as editing starts.
  const [agreed] = useState(() =>
    agreedContentOf(session.shapes.all(), id, (card) => stores.agreedBy.of(card).length > 0),
  );

  const write = () => {
    const element = area.current;
    const current = session.shapes.byId(id)?.text;
    if (!element || current === undefined) return;
    const merged = mergeEdit(base.current, element.value, current);
    if (merged !== current) runCommand(session, (doc, origin) => setText(doc, { id, text: merged }, origin));
    if (merged !== element.value) replaceValue(element, merged);
    base.current = merged;
  };
  /** Shows someone else's change, keeping the caret where the user's text is. */
  const replaceValue = (element: HTMLTextAreaElement, next: string) => {
    const before = element.value;
    const start = rebasePosition(before, next, element.selectionStart);
    const end = rebasePosition(before, next, element.selectionEnd);
    element.value = next;
    element.setSelectionRange(start, end);
    setDraft(next);
  };

  /** Writes the text as the person leaves it. */
  const finish = (element: HTMLTextAreaElement) => {
    const text = finishedText(element.value);
    if (text !== element.value) element.value = text;
    write();
  };

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.value = base.current;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  // Someone else typed in this shape: merge it in, unless an IME composition is under way
  // (changing the textarea then would break the composition; compositionend merges instead).
  const remoteText = shape?.text;
  useEffect(() => {
    const element = area.current;
    if (!element || remoteText === undefined || composing.current || remoteText === base.current) return;
    const merged = mergeEdit(base.current, element.value, remoteText);
    if (merged !== remoteText)
      runCommand(session, (doc, origin) => setText(doc, { id, text: merged }, origin));
    base.current = merged;
    if (merged !== element.value) replaceValue(element, merged);
  }, [remoteText, id, session]);

  // The shape was deleted (by anyone) while being edited.
  useEffect(() => {
    if (!shape) actions.finishEditing();
  }, [shape, actions]);

  if (!shape) return null;
  const style = editorStyle(shape, draft, camera, session);
  if (!style) return null;
  return (
    <>
      {agreed.length > 0 && (
        <AgreedContentWarning
          session={session}
          agreed={agreed}
          editor={style}
          boardWidth={stores.size.get().w}
        />
      )}
      <textarea
        ref={area}
        className={`text-editor text-editor--${shape.type}`}
        data-testid="text-editor"
        aria-label={t('editor.label')}
        title={t('editor.hint')}
        style={{ ...style, fontFamily: CANVAS_FONT }}
        spellCheck={false}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          setDraft(event.currentTarget.value);
          write();
        }}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          if (composing.current || (event.nativeEvent as InputEvent).isComposing) return;
          write();
        }}
        onKeyDown={(event) => {
          event.stopPropagation();
          const action = editorKeyAction(editorKeyOf(event), composing.current, shape.type === 'frame');
          if (action !== 'finish') return;
          event.preventDefault();
          finish(event.currentTarget);
          actions.finishEditing();
          focusCanvasQuietly(stores.element.current);
        }}
        onBlur={(event) => {
          // Leaving ends editing, also mid-composition: what the textarea shows is written (the
          // composition would otherwise be lost with the textarea, and a new card left without
          // text would be taken back).
          composing.current = false;
          finish(event.currentTarget);
          actions.finishEditing();
        }}
      />
    </>
  );
}
