// The words the canvas puts on frames and free text beyond what is written: the name of an
// untitled frame, and a template's own headings in the viewer's language (whichever language
// placed the template; text someone rewrote is shown as written).
import { inLocale, templateWording } from '@kyoso/shared';
import { useMemo } from 'react';
import { useStoreSelector } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';

export interface ShapeWording {
  /** A text's words as this viewer reads them. */
  shown: (text: string) => string;
  /** A frame's title as this viewer reads it (its name when it has none). */
  frameTitle: (text: string) => string;
}

export function useShapeWording(session: Pick<BoardSession, 'meta'>): ShapeWording {
  const { t, locale } = useI18n();
  const companies = useStoreSelector(session.meta, (meta) => meta.companies);
  const untitledFrame = t('frame.untitled');
  return useMemo(() => {
    const wording = templateWording(companies);
    const shown = (text: string) => inLocale(wording, text, locale);
    return { shown, frameTitle: (text) => shown(text) || untitledFrame };
  }, [companies, locale, untitledFrame]);
}
