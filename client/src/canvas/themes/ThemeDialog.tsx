// "Group by theme": the selected cards clustered by what they talk about (shared/src/suggest/
// themes.ts), shown before anything moves: each group with its name (editable), its cards, and
// whether to keep it; the cards that share no theme stay where they are. Applying makes a frame
// per kept group and moves its cards in, as one undo step.
import { excerpt, groupByTheme, type ShapeId, type StickyShape } from '@kyoso/shared';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardSession } from '../../sync/session-types';
import { Dialog, useDialogIds } from '../../ui/Dialog';
import type { CanvasStores } from '../canvasStores';
import { revealCards } from '../showCards';
import { applyThemeGroups, themeCardsOf } from './applyThemes';
import './themes.css';

interface Draft {
  title: string;
  ids: ShapeId[];
  keep: boolean;
}

export function ThemeDialog({
  session,
  stores,
  onClose,
}: {
  session: BoardSession;
  stores: CanvasStores;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const { titleId, bodyId } = useDialogIds();
  // Read once: the preview is of the cards as they were when it opened.
  const [{ cards, leftOut }] = useState(() => themeCardsOf(session, stores));
  const grouping = useMemo(() => groupByTheme(cards), [cards]);
  const [drafts, setDrafts] = useState<Draft[]>(() =>
    grouping.themes.map((theme) => ({
      title: theme.label[locale],
      ids: theme.cards as ShapeId[],
      keep: true,
    })),
  );
  const byId = new Map<string, StickyShape>(cards.map((card) => [card.id, card]));
  const change = (index: number, next: Partial<Draft>) =>
    setDrafts(drafts.map((draft, i) => (i === index ? { ...draft, ...next } : draft)));
  const kept = drafts.filter((draft) => draft.keep && draft.title.trim() !== '');
  const apply = () => {
    const frames = applyThemeGroups(
      session,
      kept.map((draft) => ({ title: draft.title, ids: draft.ids })),
    );
    // The new frames may land beside the cards, out of view: they are shown and selected.
    if (frames.length > 0) revealCards(session, stores, frames);
    onClose();
  };
  const cardText = (id: string) => excerpt(byId.get(id)?.text ?? '', 24) || t('search.noText');

  return (
    <Dialog
      className="theme-dialog"
      labelledBy={titleId}
      describedBy={bodyId}
      testId="theme-dialog"
      onDismiss={onClose}
      dismissOnBackdrop={false}
    >
      <div className="dialog__form">
        <h2 id={titleId} className="dialog__title">
          {t('themes.title')}
        </h2>
        <p id={bodyId} className="muted">
          {drafts.length === 0 ? t('themes.none') : t('themes.intro', { count: cards.length })}
          {leftOut > 0 && ` ${t('themes.leftOut', { count: leftOut })}`}
        </p>
        <ol className="theme-groups">
          {drafts.map((draft, index) => (
            <li key={index} className="theme-group" data-testid="theme-group" data-keep={draft.keep}>
              <div className="theme-group__head">
                <input
                  type="checkbox"
                  checked={draft.keep}
                  aria-label={t('themes.keep', { name: draft.title })}
                  data-testid="theme-keep"
                  onChange={(event) => change(index, { keep: event.target.checked })}
                />
                <input
                  className="input theme-group__name"
                  value={draft.title}
                  maxLength={200}
                  aria-label={t('themes.name')}
                  data-testid="theme-name"
                  onChange={(event) => change(index, { title: event.target.value })}
                />
                <span className="theme-group__count">{t('themes.count', { count: draft.ids.length })}</span>
              </div>
              <ul className="theme-group__cards">
                {draft.ids.map((id) => (
                  <li key={id}>{cardText(id)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {grouping.rest.length > 0 && drafts.length > 0 && (
          <details className="theme-rest">
            <summary>{t('themes.rest', { count: grouping.rest.length })}</summary>
            <ul className="theme-group__cards">
              {grouping.rest.map((id) => (
                <li key={id}>{cardText(id)}</li>
              ))}
            </ul>
          </details>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('themes.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="theme-apply"
            disabled={kept.length === 0}
            onClick={apply}
          >
            {t('themes.apply', { count: kept.length })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
