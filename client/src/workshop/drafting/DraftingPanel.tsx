// A member's private drafts (the company profile before it goes on the table): a side panel with
// one section per kind, cards edited in place, checkboxes to choose what to reveal, and the
// reveal itself. Only this company's members ever receive the document behind it, and the panel
// says so. Teammates see each other's drafts live: it is one shared document.
import type { PhaseKey, ShapeId, StickyShape } from '@kyoso/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShapesById, useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { kindLabels } from '../../canvas/kindLabels';
import { shortcutLabel } from '../../ui/platform';
import { useI18n } from '../../i18n/I18nProvider';
import { countText } from '../../i18n/countText';
import type { DraftsChannel } from '../../sync/workshop-types';
import { createDraftCommands } from './draftCommands';
import { DraftCardRow } from './DraftCardRow';
import { groupDrafts, isDraftKind, keepPresent, selectedCards, type DraftSectionKey } from './draftGroups';
import { DraftSection } from './DraftSection';
import './drafting.css';
import { RevealConfirmDialog } from './RevealConfirmDialog';
import { RevealHistory } from './RevealHistory';
import { RevealStatus } from './RevealStatus';
import { leavesRoomToShow } from '../../canvas/showCards';
import { useShowFromPanel } from '../../canvas/useShowFromPanel';
import { showNotice } from '../facilitation/notices';
import { InCorner } from '../../ui/LauncherDock';
import { InSlot } from '../../ui/PanelDock';
import { usePanelOpen } from '../usePanelOpen';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import { useReveal } from './useReveal';
import { WorkshopIcon } from '../../ui/WorkshopIcon';

const SHORTCUT = 'D';
const OPEN_IN_PHASES = ['drafting', 'reveal'] as const;
/** Open at first until the workshop is past the reveal: drafting is what members do early on. */
const LATER_PHASES: readonly PhaseKey[] = ['diverge', 'vote', 'converge', 'agree', 'nextSteps'];
const openAtFirst = (phase: PhaseKey | null) => phase === null || !LATER_PHASES.includes(phase);

export function DraftingPanel(props: CanvasPartProps) {
  const drafts = props.workshop.drafts;
  const company = props.session.identity.company;
  if (!drafts || !company) return null;
  return <OpenDrafts {...props} drafts={drafts} />;
}

function OpenDrafts({
  session,
  stores,
  workshop,
  actions,
  drafts,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop' | 'actions'> & { drafts: DraftsChannel }) {
  const { t } = useI18n();
  const [open, setOpen] = usePanelOpen(
    workshop,
    'drafts',
    openAtFirst,
    OPEN_IN_PHASES,
    actions.fitBesideArrivingPanel,
  );
  const toggle = useCallback(() => setOpen(!open), [open, setOpen]);
  usePanelShortcut(SHORTCUT, toggle);
  const cards = useStore(drafts.cards);
  const shortcut = shortcutLabel(`Shift+${SHORTCUT}`);
  // Beside the panel; or, where it covers the board (a phone's sheet), with the panel out of the way.
  const show = useShowFromPanel(session, stores, open, setOpen);

  if (!open)
    return (
      <InCorner>
        <button
          type="button"
          className="panel-launcher panel-launcher--drafts corner-launcher"
          aria-keyshortcuts={`Shift+${SHORTCUT}`}
          data-tooltip={`${t('drafting.open')} (${shortcut})`}
          data-tooltip-side="bottom"
          data-testid="drafts-open"
          onClick={() => setOpen(true)}
        >
          <WorkshopIcon name="lock" size={16} />
          <span>{t('drafting.launcher')}</span>
          <span className="panel-launcher__count">{cards.length}</span>
        </button>
      </InCorner>
    );
  return (
    <InSlot side="left" onClose={() => setOpen(false)}>
      <DraftsPanel
        session={session}
        stores={stores}
        workshop={workshop}
        drafts={drafts}
        cards={cards}
        shortcut={shortcut}
        onClose={() => {
          setOpen(false);
          stores.element.current?.focus({ preventScroll: true });
        }}
        onShow={show}
      />
    </InSlot>
  );
}

interface DraftsPanelProps extends Omit<CanvasPartProps, 'actions'> {
  drafts: DraftsChannel;
  cards: readonly StickyShape[];
  shortcut: string;
  onClose: () => void;
  /** Closes the panel, then shows these cards on the board it covered. */
  /** Shows cards on the board (with the panel closed first where it covers the board). */
  onShow: (ids: readonly ShapeId[]) => void;
}

function DraftsPanel(props: DraftsPanelProps) {
  const { session, stores, workshop, drafts, cards, shortcut, onClose, onShow: show } = props;
  const { t } = useI18n();
  const kinds = useMemo(() => kindLabels(t), [t]);
  const { companies } = useStore(session.meta);
  const connection = useStore(drafts.connection);
  const threads = useStore(drafts.threads);
  const companyName =
    companies.find((entry) => entry.key === session.identity.company)?.name ?? session.identity.company ?? '';

  const [editError, setEditError] = useState<string | null>(null);
  const commands = useMemo(
    () =>
      createDraftCommands(drafts, (error) =>
        setEditError(
          t('drafting.error.edit', { message: error instanceof Error ? error.message : String(error) }),
        ),
      ),
    [drafts, t],
  );

  const [rawSelection, setSelection] = useState<ReadonlySet<ShapeId>>(() => new Set());
  const selection = keepPresent(rawSelection, cards);
  const selectionRef = useRef(selection);
  useEffect(() => {
    selectionRef.current = selection;
  });
  const chosen = selectedCards(cards, selection);
  const reveal = useReveal(
    workshop,
    useCallback(() => [...selectionRef.current], []),
  );
  const busy = reveal.state.status === 'busy';
  const live = connection.status === 'connected' && connection.synced;

  const [focusId, setFocusId] = useState<ShapeId | null>(null);
  useEffect(() => {
    if (focusId && cards.some((card) => card.id === focusId)) setFocusId(null);
  }, [focusId, cards]);
  const [deleted, setDeleted] = useState<StickyShape | null>(null);

  const add = (key: DraftSectionKey) => {
    const id = commands.add(key === 'other' ? null : key);
    if (id) setFocusId(id);
  };
  const selectMany = (ids: readonly ShapeId[], on: boolean) =>
    setSelection((current) => {
      const next = new Set(keepPresent(current, cards));
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const currentText = (id: ShapeId) => drafts.cards.get().find((card) => card.id === id)?.text;
  const revealed = reveal.state.status === 'done' ? reveal.state.revealed : [];
  const revealedOnBoard = useShapesById(session.shapes, revealed).length > 0;
  // The revealer sees where the cards went, once they are on the board (once per reveal).
  const shown = useRef<readonly ShapeId[] | null>(null);
  useEffect(() => {
    if (!revealedOnBoard || shown.current === revealed) return;
    shown.current = revealed;
    // The panel that said so steps aside on a phone: the notice at the bottom says it instead.
    if (!leavesRoomToShow(stores))
      showNotice(stores, 'info', countText(t, 'drafting.revealed', revealed.length));
    show(revealed);
  });
  const confirming = reveal.state.status === 'confirm' ? reveal.state.scope : null;

  return (
    <aside className="drafting-panel" aria-labelledby="drafting-title" data-testid="drafts-panel">
      <header className="drafting-panel__header">
        <div className="drafting-panel__heading">
          <h2 id="drafting-title" className="drafting-panel__title">
            {t('drafting.title', { company: companyName })}
          </h2>
          <button
            type="button"
            className="icon-button"
            aria-label={t('drafting.close')}
            aria-keyshortcuts={`Shift+${SHORTCUT}`}
            data-tooltip={`${t('drafting.close')} (${shortcut})`}
            data-tooltip-side="left"
            data-testid="drafts-close"
            onClick={onClose}
          >
            <WorkshopIcon name="chevronLeft" />
          </button>
        </div>
        <p className="drafting-panel__private" data-testid="drafts-private">
          <span className="drafting-badge">
            <WorkshopIcon name="lock" size={14} />
            {t('drafting.private')}
          </span>
          <span>{t('drafting.privateHint', { company: companyName })}</span>
        </p>
        <div className="drafting-panel__meta">
          <span
            className={`status status--${connection.status}`}
            role="status"
            data-testid="drafts-connection"
            data-status={connection.status}
          >
            <span className="status__dot" aria-hidden="true" />
            <span>{t(`status.${connection.status}`)}</span>
          </span>
          <span className="drafting-panel__count" data-testid="drafts-count">
            {countText(t, 'drafting.count', cards.length)}
          </span>
          {cards.length > 0 && (
            <button
              type="button"
              className="drafting-link"
              disabled={busy}
              onClick={() =>
                selection.size === cards.length
                  ? setSelection(new Set())
                  : setSelection(new Set(cards.map((card) => card.id)))
              }
            >
              {selection.size === cards.length ? t('drafting.selectNone') : t('drafting.selectAll')}
            </button>
          )}
        </div>
        {connection.status !== 'connected' && (
          <p className="drafting-panel__offline">{t('drafting.offlineHint')}</p>
        )}
      </header>

      <div className="drafting-panel__body">
        {cards.length === 0 && <p className="drafting-panel__empty">{t('drafting.empty')}</p>}
        {groupDrafts(cards).map((group) => (
          <DraftSection
            key={group.key}
            sectionKey={group.key}
            cards={group.cards}
            kinds={kinds}
            selected={selection}
            onSelectMany={selectMany}
            onAdd={group.key === 'other' ? null : () => add(group.key)}
            disabled={busy}
          >
            {group.cards.map((card) => (
              <DraftCardRow
                key={card.id}
                card={card}
                kinds={kinds}
                selected={selection.has(card.id)}
                onSelect={(id, on) => selectMany([id], on)}
                onDelete={(doomed) => {
                  if (commands.remove([doomed.id])) setDeleted(doomed);
                }}
                onAddNext={() => add(isDraftKind(card.kind) ? card.kind : 'other')}
                commands={commands}
                currentText={currentText}
                autoFocus={card.id === focusId}
                disabled={busy}
                comments={threads.get(card.id)?.comments.length ?? 0}
              />
            ))}
          </DraftSection>
        ))}
      </div>

      <footer className="drafting-panel__footer">
        {editError && (
          <div className="drafting-notice drafting-notice--error" role="alert">
            <span>{editError}</span>
            <button
              type="button"
              className="drafting-link drafting-link--muted"
              onClick={() => setEditError(null)}
            >
              {t('drafting.dismiss')}
            </button>
          </div>
        )}
        {deleted && (
          <div className="drafting-notice" role="status" data-testid="draft-deleted">
            <span>{t('drafting.deleted')}</span>
            <span className="drafting-notice__actions">
              <button
                type="button"
                className="drafting-link"
                onClick={() => {
                  commands.restore([deleted]);
                  setDeleted(null);
                }}
              >
                {t('drafting.undoDelete')}
              </button>
              <button
                type="button"
                className="drafting-link drafting-link--muted"
                onClick={() => setDeleted(null)}
              >
                {t('drafting.dismiss')}
              </button>
            </span>
          </div>
        )}
        <RevealStatus
          state={reveal.state}
          revealedOnBoard={revealedOnBoard}
          onShow={show}
          onRetry={reveal.retry}
          onDismiss={reveal.dismiss}
        />
        {!live && cards.length > 0 && <p className="drafting-panel__hint">{t('drafting.reveal.offline')}</p>}
        <div className="drafting-panel__actions">
          <button
            type="button"
            className="button button--primary drafting-panel__reveal"
            disabled={busy || !live || chosen.length === 0}
            data-testid="reveal-selected"
            onClick={() => reveal.ask('selected')}
          >
            <WorkshopIcon name="reveal" size={16} />
            {t('drafting.reveal.selected', { count: chosen.length })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || !live || cards.length === 0}
            data-testid="reveal-all"
            onClick={() => reveal.ask('all')}
          >
            {t('drafting.reveal.all', { count: cards.length })}
          </button>
        </div>
        {session.identity.company && (
          <RevealHistory
            session={session}
            workshop={workshop}
            company={session.identity.company}
            onShow={show}
          />
        )}
      </footer>

      {confirming && (
        <RevealConfirmDialog
          scope={confirming}
          cards={confirming === 'all' ? cards : chosen}
          companies={companies}
          kinds={kinds}
          onConfirm={reveal.confirm}
          onCancel={reveal.dismiss}
        />
      )}
    </aside>
  );
}
