// One shape on the canvas. Memoised: a shape whose object did not change (the shape index keeps
// identity) and whose surroundings did not change is not re-rendered.
import { memo } from 'react';
import type { BoxShape, Company, Shape } from '@kyoso/shared';
import type { Store } from '../sync/session-types';
import { BoxShapeView } from './BoxShapeView';
import { baseColor } from './colors';
import { ConnectorView } from './ConnectorView';
import { FrameView } from './FrameView';
import type { KindLabels } from './kindLabels';
import { StickyView } from './StickyView';
import type { Camera } from './viewport';

export interface ShapeViewProps {
  shape: Shape;
  /** A connector's ends, where they are drawn (dragged ends included). */
  from?: BoxShape | undefined;
  to?: BoxShape | undefined;
  companies: readonly Company[];
  kinds: KindLabels;
  zoomLevel: number;
  camera: Store<Camera>;
  untitledFrame: string;
  /** The text is being edited in the textarea above it. */
  hideText: boolean;
}

export const ShapeView = memo(function ShapeView(props: ShapeViewProps) {
  const { shape, companies, zoomLevel, hideText } = props;
  switch (shape.type) {
    case 'sticky':
      return (
        <StickyView
          shape={shape}
          base={baseColor(shape, companies)}
          kindLabel={shape.kind ? props.kinds[shape.kind] : null}
          zoomLevel={zoomLevel}
          hideText={hideText}
        />
      );
    case 'rect':
    case 'ellipse':
    case 'text':
      return (
        <BoxShapeView
          shape={shape}
          base={baseColor(shape, companies)}
          zoomLevel={zoomLevel}
          hideText={hideText}
        />
      );
    case 'frame':
      return (
        <FrameView shape={shape} camera={props.camera} untitled={props.untitledFrame} hideText={hideText} />
      );
    case 'connector':
      return props.from && props.to ? (
        <ConnectorView shape={shape} from={props.from} to={props.to} hideText={hideText} />
      ) : null;
  }
});

/** Zoom rounded to half-octaves: views re-render when it crosses a level, not on every wheel tick. */
export const zoomLevelOf = (zoom: number): number => 2 ** (Math.round(Math.log2(zoom) * 2) / 2);
