// Keys pressed while an input method composes (Japanese conversion) belong to the composition:
// Enter then picks a conversion and must not submit, add or close anything.
import type { KeyboardEvent } from 'react';

export const isComposing = (event: KeyboardEvent): boolean =>
  event.nativeEvent.isComposing || event.keyCode === 229;

/** Enter that is not confirming a conversion. */
export const isPlainEnter = (event: KeyboardEvent): boolean => event.key === 'Enter' && !isComposing(event);
