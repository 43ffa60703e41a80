// Synergy suggestions: candidate pairs of one company's asset and another company's gap or goal,
// ranked by the words they share (suggestSynergies in @kyoso/shared), each with its reason; pairs
// that share only an area of business come last, under their own heading.
// Hovering or focusing one draws a dashed ghost link between the two cards (GhostLink.tsx);
// members and the facilitator accept one (a synergy card linked to both) or dismiss it (hidden
// in this browser); observers only see. A launcher at the bottom left opens it.
import { createSynergy, excerpt, suggestionKey, type ShapeId, type Suggestion } from '@kyoso/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { runStep } from '../../canvas/runCommand';
import { useI18n } from '../../i18n/I18nProvider';
import { Launcher } from '../../ui/Launcher';
import { usePanelIntro } from '../../ui/usePanelIntro';
import { SidePanel } from '../../ui/SidePanel';
import { firstTitle } from '../synergy/firstTitle';
import { showCards } from '../../canvas/showCards';
import { useShowFromPanel } from '../../canvas/useShowFromPanel';
import { usePanelOpen } from '../usePanelOpen';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import { useDismissed } from './dismissed';
import { ghostLinkOf } from './ghostLink';
import './suggest.css';
import { SuggestionItem } from './SuggestionItem';
import { useSuggestions } from './useSuggestions';

const SHORTCUT = 'S';
const OPEN_IN_PHASES = ['diverge'] as const;
const closedAtFirst = () => false;

type Notice = { kind: 'info' | 'error'; text: string } | null;

export function SuggestionsPanel({
  session,
  stores,
  workshop,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop' | 'actions'>) {
  const { t } = useI18n();
  const [open, setOpen] = usePanelOpen(
    workshop,
    'suggestions',
    closedAtFirst,
    OPEN_IN_PHASES,
    actions.fitBesideArrivingPanel,
  );
  const toggle = useCallback(() => setOpen(!open), [open, setOpen]);
  usePanelShortcut(SHORTCUT, toggle);
  const show = useShowFromPanel(session, stores, open, setOpen);
  const { dismissed, dismiss, restoreAll } = useDismissed(session.identity.boardId);
  const suggestions = useSuggestions(session, dismissed);
  const { companies } = useStore(session.meta);
  const ghost = ghostLinkOf(stores);
  const [notice, setNotice] = useState<Notice>(null);
  const intro = usePanelIntro('suggestions');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // A notice appears at the top of the list, which may be scrolled far down to the card accepted.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  const canAct = !session.readOnly && session.identity.role !== 'observer';

  // Closing the panel (or the suggestion going away) takes its ghost link with it.
  useEffect(() => {
    const current = ghost.get();
    if (!open || (current && !suggestions.some((s) => s.asset === current.asset && s.need === current.need)))
      ghost.set(null);
  }, [open, suggestions, ghost]);
  useEffect(
    () => () => {
      ghost.set(null);
    },
    [ghost],
  );

  const cardText = (id: string) => {
    const shape = session.shapes.byId(id as ShapeId);
    const full = shape && 'text' in shape ? shape.text.trim() : '';
    return { text: (full && excerpt(full, 40)) || t('suggest.untitled'), full };
  };
  const companyOf = (id: string) => {
    const shape = session.shapes.byId(id as ShapeId);
    const key = shape?.type === 'sticky' ? shape.company : null;
    return companies.find((company) => company.key === key);
  };
  const point = (s: Suggestion | null) => {
    ghost.set(s ? { asset: s.asset as ShapeId, need: s.need as ShapeId } : null);
  };

  const accept = (s: Suggestion) => {
    // Titled as "Make synergy point" titles it, from each card's headline.
    const cards = [s.asset, s.need].flatMap((id) => session.shapes.byId(id as ShapeId) ?? []);
    const title = firstTitle(cards, { from: [s.asset], to: [s.need] }) || t('synergy.newTitle');
    const id = runStep(session, (doc, origin) =>
      createSynergy(doc, { title, from: [s.asset as ShapeId], to: [s.need as ShapeId] }, origin),
    );
    if (id === null) {
      setNotice({ kind: 'error', text: t('suggest.acceptFailed') });
      return;
    }
    setNotice({ kind: 'info', text: t('suggest.accepted') });
    ghost.set(null);
    showCards(session, stores, [s.asset as ShapeId, id, s.need as ShapeId]);
    stores.editor.update({ selection: [id] });
  };

  const launcher = (
    <Launcher
      tone="suggest"
      order={3}
      icon={<SuggestIcon />}
      label={t('suggest.launcher')}
      count={suggestions.length}
      countTestId="suggestions-count"
      ariaLabel={t('suggest.launcherAria', { count: suggestions.length })}
      open={open}
      shortcut={`Shift+${SHORTCUT}`}
      hint={open ? t('suggest.panel.close') : t('suggest.panel.open')}
      onClick={toggle}
      testId="suggestions-open"
    />
  );
  if (!open) return launcher;

  const byWords = suggestions.filter((s) => s.basis === 'words');
  const byArea = suggestions.filter((s) => s.basis === 'area');
  const item = (s: Suggestion) => {
    const asset = { ...cardText(s.asset), company: companyOf(s.asset) };
    const need = { ...cardText(s.need), company: companyOf(s.need) };
    return (
      <SuggestionItem
        key={suggestionKey(s.asset, s.need)}
        suggestion={s}
        asset={asset}
        need={need}
        canAct={canAct}
        onPoint={point}
        onShow={() => show([s.asset as ShapeId, s.need as ShapeId])}
        onDismiss={() => dismiss(suggestionKey(s.asset, s.need))}
        onAccept={() => accept(s)}
      />
    );
  };
  return (
    <>
      {launcher}
      <SidePanel
        className="suggest-panel"
        side="right"
        title={t('suggest.panel.title')}
        closeLabel={t('suggest.panel.close')}
        onClose={() => setOpen(false)}
        testId="suggestions-panel"
        closeTestId="suggestions-close"
        onMouseLeave={() => point(null)}
        actions={intro.toggle}
      >
        {intro.shown && (
          <>
            <p className="side-panel__intro">{t('suggest.panel.intro')}</p>
            <p className="side-panel__intro">
              {canAct ? t('suggest.panel.howTo') : t('suggest.panel.viewOnly')}
            </p>
          </>
        )}
        {notice && (
          <p
            ref={noticeRef}
            className={`suggest-notice suggest-notice--${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
            data-testid="suggestions-notice"
          >
            {notice.text}
          </p>
        )}
        {suggestions.length === 0 && <p className="side-panel__empty">{t('suggest.panel.empty')}</p>}
        {byWords.length > 0 && <ol className="suggest-panel__list">{byWords.map(item)}</ol>}
        {byArea.length > 0 && (
          <section className="suggest-panel__area" data-testid="suggestions-by-area">
            <h3 className="suggest-panel__heading">{t('suggest.panel.areaHeading')}</h3>
            <p className="side-panel__intro">{t('suggest.panel.areaIntro')}</p>
            <ol className="suggest-panel__list">{byArea.map(item)}</ol>
          </section>
        )}
        {dismissed.length > 0 && (
          <p className="suggest-panel__dismissed">
            <span>{t('suggest.panel.dismissedCount', { count: dismissed.length })}</span>
            <button
              type="button"
              className="suggest-link suggest-link--muted"
              data-testid="suggestions-restore"
              onClick={restoreAll}
            >
              {t('suggest.panel.restore')}
            </button>
          </p>
        )}
      </SidePanel>
    </>
  );
}

function SuggestIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width={18}
      height={18}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      aria-hidden="true"
      focusable="false"
    >
      {/* A sparkle: pairs the board proposes (synergy points, two rings, are the people's). */}
      <path d="M9 3.5l1.4 4.1 4.1 1.4-4.1 1.4L9 14.5l-1.4-4.1L3.5 9l4.1-1.4z" strokeLinejoin="round" />
      <path d="M15.5 13v4M13.5 15h4" strokeLinecap="round" />
    </svg>
  );
}
