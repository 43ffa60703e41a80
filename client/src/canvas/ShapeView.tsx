// One shape on the canvas. Memoised: a shape whose object did not change (the shape index keeps
// identity) and whose surroundings did not change is not re-rendered.
import { memo } from 'react';
import type { BoxShape, Company, Shape } from '@kyoso/shared';
import type { Store } from '../sync/session-types';
import { BoxShapeView } from './BoxShapeView';
import { baseColor, cardColorsOf } from './colors';
import { ConnectorView } from './ConnectorView';
import { FrameView } from './FrameView';
import type { TitleRoom } from './frameTitle';
import type { KindLabels } from './kindLabels';
import type { ShapeWording } from './shapeWording';
import { StickyView } from './StickyView';
import type { Camera } from './viewport';

export interface ShapeViewProps {
  shape: Shape;
  /** A connector's ends, where they are drawn (dragged ends included). */
  from?: BoxShape | undefined;
  to?: BoxShape | undefined;
  companies: readonly Company[];
  kinds: KindLabels;
  camera: Store<Camera>;
  /** Words shown beyond what is written: an untitled frame's name, templates in the viewer's language. */
  wording: ShapeWording;
  /** The text is being edited in the textarea above it. */
  hideText: boolean;
  /** The board's tag list (tag -> colour), for the cards' tag chips. */
  tagList: ReadonlyMap<string, string>;
  /** A frame's room for its title among the frames near it. */
  titleRoom?: TitleRoom | undefined;
  /** A frame's panel only: the content layer draws the titles over the cards. */
  frameBodyOnly?: boolean;
}

export const ShapeView = memo(function ShapeView(props: ShapeViewProps) {
  const { shape, companies, hideText } = props;
  switch (shape.type) {
    case 'sticky':
      return (
        <StickyView
          shape={shape}
          colors={cardColorsOf(shape, companies)}
          kindLabel={shape.kind ? props.kinds[shape.kind] : null}
          hideText={hideText}
          tagList={props.tagList}
        />
      );
    case 'rect':
    case 'ellipse':
      return <BoxShapeView shape={shape} base={baseColor(shape, companies)} hideText={hideText} />;
    case 'text':
      return (
        <BoxShapeView
          shape={shape}
          text={props.wording.shown(shape.text)}
          base={baseColor(shape, companies)}
          hideText={hideText}
        />
      );
    case 'frame':
      return (
        <FrameView
          shape={shape}
          camera={props.camera}
          title={props.wording.frameTitle(shape.text)}
          hideText={hideText}
          titleRoom={props.titleRoom}
          part={props.frameBodyOnly ? 'body' : 'whole'}
        />
      );
    case 'connector':
      return props.from && props.to ? (
        <ConnectorView shape={shape} from={props.from} to={props.to} hideText={hideText} />
      ) : null;
  }
});
