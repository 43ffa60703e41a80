// The canvas's extension points: what features add to an open board without the canvas knowing
// them. The board page (board/BoardEditor.tsx) hands the canvas a function that, given the
// canvas's parts (session, stores, actions, workshop), answers what each feature adds where.
import type { Shape } from '@kyoso/shared';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import type { CanvasPartProps } from './canvasActions';

/** Places in the property bar for the selection. */
export interface PropertyBarSlots {
  /** After the colour, company and kind fields (also on a bar that cannot edit the selection). */
  afterFields?: ReactNode;
  /** First in the arrange group (before bring to front). */
  arrange?: ReactNode;
  /** Last (also on a bar that cannot edit the selection). */
  end?: ReactNode;
}

/** A way to sort a selection into a grid that a feature knows (the votes of a revealed round). */
export interface SortKey {
  id: string;
  label: MessageKey;
  /** Read when the menu opens: null when sorting this way means something now, else what to say instead. */
  unavailable(): MessageKey | null;
  key(shape: Shape): number | string;
  descending?: boolean;
}

export interface CanvasExtensions {
  /** Konva nodes on the overlay layer, above the selection and below gestures and handles. */
  marks?: ReactNode;
  /** Konva nodes on top of the overlay layer. */
  badges?: ReactNode;
  propertyBar?: PropertyBarSlots;
  /** HTML over the board area: panels, docks, tooltips. */
  panels?: ReactNode;
  /** More ways to sort a selection into a grid (the property bar's arrange menu). */
  sortKeys?: readonly SortKey[];
}

export type ExtendCanvas = (parts: CanvasPartProps) => CanvasExtensions;
