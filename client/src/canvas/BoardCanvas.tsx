// The canvas: a viewport-sized Konva stage with two layers (the grid and the content; the overlay),
// the text editor above it, and the pointer input that drives them.
import { CardStatus } from './CardStatus';
import type Konva from 'konva';
import { useMemo, useRef, type ReactNode } from 'react';
import { Layer, Stage } from 'react-konva';
import { useStore, useStoreSelector } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { CanvasPartProps } from './canvasActions';
import { ContentLayer } from './ContentLayer';
import { DisplacedShapes } from './DisplacedShapes';
import type { EditorState } from './editorStore';
import { GesturePreview } from './GesturePreview';
import { kindLabels } from './kindLabels';
import { RemoteCursors } from './RemoteCursors';
import { cursorsShown } from './cursorsHidden';
import { ResizeHandles, singleSelection } from './ResizeHandles';
import { SelectionOutlines } from './SelectionOutlines';
import { SearchMarks } from './search/SearchMarks';
import { useShapeWording } from './shapeWording';
import { TextEditor } from './TextEditor';
import { useCameraTransform } from './useCameraTransform';
import { useCanvasPointer } from './useCanvasPointer';
import { useElementSize } from './useElementSize';

/** The pointer's look: what a press would do. */
function cursorOf(state: EditorState, panning: boolean): string {
  if (panning) return 'grabbing';
  if (state.spaceHeld || state.tool === 'hand') return 'grab';
  if (state.tool === 'select') return 'default';
  return 'crosshair';
}

interface BoardCanvasProps extends Pick<CanvasPartProps, 'session' | 'stores' | 'actions'> {
  /** Features' Konva nodes above the selection (extensions.ts). */
  marks?: ReactNode;
  /** Features' Konva nodes on top. */
  badges?: ReactNode;
}

export function BoardCanvas({ session, stores, actions, marks, badges }: BoardCanvasProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const content = useRef<Konva.Layer>(null);
  const overlay = useRef<Konva.Layer>(null);
  const worldLayers = useMemo(() => [content, overlay], []);
  const size = useStore(stores.size);
  const panning = useStoreSelector(stores.gesture, (gesture) => gesture.kind === 'pan');
  const cursor = useStoreSelector(stores.editor, (state) => cursorOf(state, panning));
  const showCursors = useStoreSelector(stores.cursorsHidden, cursorsShown);
  // Konva's own hit-testing serves the resize handles alone (ours is hitTest.ts): the overlay keeps
  // a hit bitmap the size of the stage only while one shape is selected.
  const handlesMayShow = useStoreSelector(stores.editor, (state) => singleSelection(state) !== null);
  const kinds = useMemo(() => kindLabels(t), [t]);
  const wording = useShapeWording(session);

  useElementSize(container, stores.size);
  useCameraTransform(stage, worldLayers, stores);
  useCanvasPointer({ container, stage, session, stores, actions });

  return (
    <>
      <div
        ref={(element) => {
          container.current = element;
          stores.element.current = element;
        }}
        className="canvas"
        data-testid="canvas"
        tabIndex={0}
        role="application"
        aria-roledescription={t('canvas.role')}
        aria-label={t('canvas.label')}
        style={{ cursor }}
      >
        <Stage ref={stage} width={size.w} height={size.h}>
          <ContentLayer
            session={session}
            stores={stores}
            kinds={kinds}
            wording={wording}
            layerRef={content}
          />
          <Layer ref={overlay} listening={handlesMayShow}>
            <DisplacedShapes session={session} stores={stores} kinds={kinds} wording={wording} />
            <SearchMarks session={session} stores={stores} />
            <SelectionOutlines session={session} stores={stores} />
            {marks}
            <GesturePreview session={session} stores={stores} />
            <ResizeHandles session={session} stores={stores} actions={actions} />
            {badges}
            {showCursors && (
              <RemoteCursors
                peers={session.presence.peers}
                camera={stores.camera}
                namesHidden={stores.namesHidden}
              />
            )}
          </Layer>
        </Stage>
      </div>
      <TextEditor session={session} stores={stores} actions={actions} />
      <CardStatus session={session} stores={stores} />
    </>
  );
}
