// The comments panel (Shift+M, or the launcher at the bottom left): every thread this page may
// read, open ones first by default, newest activity first, unread ones marked; a thread opens in
// place with its comments, a reply form (with @mentions), resolve or reopen, and deleting one's own
// comments. The property bar's comment button and a draft's open a card's thread here directly.
import type { ShapeId, StickyShape } from '@kyoso/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import { updatePageUi, usePageUi, useUiRequests } from '../../bindings/pageUi';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { showCards } from '../../canvas/showCards';
import { useShowFromPanel } from '../../canvas/useShowFromPanel';
import { usePanelShortcut } from '../../canvas/usePanelShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { countText } from '../../i18n/countText';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import { Icon } from '../../ui/icons';
import { Launcher } from '../../ui/Launcher';
import { SidePanel } from '../../ui/SidePanel';
import { usePanelOpen } from '../usePanelOpen';
import { CommentForm } from './CommentForm';
import './comments.css';
import { useSeenThreads } from './seenThreads';
import { listThreads, mentionRuns, type ListedThread, type ThreadFilter } from './threadList';
import { useCommentActions } from './useCommentActions';

export const COMMENTS_SHORTCUT = 'M';
const NO_PHASES = [] as const;
const closedAtFirst = () => false;
const NO_THREADS = new Map();
const NO_DRAFTS: readonly StickyShape[] = [];

export function CommentsPanel({
  session,
  stores,
  workshop,
  actions: canvas,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop' | 'actions'>) {
  const { t, locale } = useI18n();
  const [open, setOpen] = usePanelOpen(
    workshop,
    'comments',
    closedAtFirst,
    NO_PHASES,
    canvas.fitBesideArrivingPanel,
  );
  const toggle = useCallback(() => setOpen(!open), [open, setOpen]);
  usePanelShortcut(COMMENTS_SHORTCUT, toggle);
  const show = useShowFromPanel(session, stores, open, setOpen);
  useUiRequests('commentsPanelRequests', () => setOpen(true));
  const current = usePageUi((ui) => ui.commentThread) as ShapeId | null;
  const boardThreads = useStore(workshop.threads);
  const draftThreads = useStore(workshop.drafts?.threads ?? EMPTY_THREADS);
  const drafts = useStore(workshop.drafts?.cards ?? EMPTY_DRAFTS);
  const participant = useStore(workshop.participant);
  const peers = useStore(session.presence.peers);
  const { companies } = useStore(session.meta);
  const shapes = useStore(session.shapes);
  const me = participant.status === 'ready' ? participant.participant : null;
  const [seen, markSeen] = useSeenThreads(workshop.identity.boardId, me?.id ?? null);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const actions = useCommentActions(workshop, t);

  const listed = useMemo(
    () =>
      listThreads(
        {
          board: boardThreads,
          drafts: draftThreads,
          cardOnBoard: (id) => {
            const shape = session.shapes.byId(id);
            return shape?.type === 'sticky' ? shape : null;
          },
          draftCard: (id) => drafts.find((card) => card.id === id) ?? null,
          seen,
          me: { participant: me?.id ?? null, name: me?.name ?? '' },
        },
        'all',
      ),
    // `shapes`: a card's text may change.
    [boardThreads, draftThreads, drafts, seen, me, session, shapes],
  );
  const unread = listed.filter((item) => item.unread).length;
  const shown = listed.filter((item) =>
    filter === 'all'
      ? true
      : filter === 'open'
        ? item.thread.resolved === null
        : item.thread.resolved !== null,
  );
  const names = useMemo(() => {
    const all = new Set<string>();
    for (const peer of peers) if (peer.user.name) all.add(peer.user.name);
    for (const item of listed) for (const comment of item.thread.comments) all.add(comment.by.name);
    if (me) all.delete(me.name);
    return [...all].sort();
  }, [peers, listed, me]);
  const selected: ListedThread | null = current
    ? (listed.find((item) => item.thread.card === current) ?? null)
    : null;
  const currentCard =
    current === null
      ? null
      : (selected?.card ??
        (session.shapes.byId(current)?.type === 'sticky'
          ? (session.shapes.byId(current) as StickyShape)
          : null) ??
        drafts.find((card) => card.id === current) ??
        null);
  const isDraft = current !== null && drafts.some((card) => card.id === current);

  // An open thread is read: its latest comment marks it seen.
  const latest = selected?.lastAt ?? 0;
  useEffect(() => {
    if (open && current && latest > 0) markSeen(current, latest);
  }, [open, current, latest, markSeen]);

  const launcher = (
    <Launcher
      tone="comments"
      order={5}
      icon={<Icon name="comment" />}
      label={t('comments.launcher')}
      count={unread}
      ariaLabel={countText(t, 'comments.launcherAria', unread)}
      open={open}
      shortcut={`Shift+${COMMENTS_SHORTCUT}`}
      hint={open ? t('comments.panel.close') : t('comments.panel.open')}
      onClick={toggle}
      testId="comments-open"
      countTestId="comments-unread"
    />
  );
  if (!open) return launcher;

  const now = new Date(workshop.now());
  const time = (at: number) => formatLedgerTime(new Date(at).toISOString(), locale, now);
  const companyColor = (key: string | null) => companies.find((c) => c.key === key)?.color;
  const cardText = (card: StickyShape | null) =>
    card ? card.text.trim() || t('search.noText') : t('comments.cardGone');
  const canWrite = session.identity.role !== 'observer';
  const openThread = (card: ShapeId) => {
    updatePageUi({ commentThread: card });
    if (session.shapes.byId(card)) showCards(session, stores, [card]);
  };

  return (
    <>
      {launcher}
      <SidePanel
        className="comments-panel"
        side="right"
        title={t('comments.panel.title')}
        closeLabel={t('comments.panel.close')}
        onClose={() => setOpen(false)}
        testId="comments-panel"
        closeTestId="comments-close"
      >
        {current === null ? (
          <>
            <p className="side-panel__intro">
              {t(canWrite ? 'comments.panel.intro' : 'comments.panel.intro.observer')}
            </p>
            <div className="comments-filter" role="group">
              {(['open', 'resolved', 'all'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={filter === value}
                  data-testid={`comments-show-${value}`}
                  onClick={() => setFilter(value)}
                >
                  {t(`comments.show.${value}`)}
                </button>
              ))}
            </div>
            {shown.length === 0 && (
              <p className="side-panel__empty">
                {listed.length === 0 ? t('comments.empty') : t('comments.emptyFiltered')}
              </p>
            )}
            <ol className="comment-threads" data-testid="comment-threads">
              {shown.map((item) => {
                const last = item.thread.comments[item.thread.comments.length - 1];
                return (
                  <li key={item.thread.card}>
                    <button
                      type="button"
                      className="comment-thread-item"
                      style={{ borderLeftColor: companyColor(item.card?.company ?? null) }}
                      data-testid="comment-thread"
                      data-card={item.thread.card}
                      onClick={() => openThread(item.thread.card)}
                    >
                      <span className="comment-thread-item__card">
                        {item.draft && <span className="comment-badge">{t('comments.draft')}</span>}
                        {cardText(item.card)}
                      </span>
                      {last && (
                        <span className="comment-thread-item__last">
                          <strong>{last.by.name}</strong> {last.text}
                        </span>
                      )}
                      <span className="comment-thread-item__meta">
                        {t('comments.count', { count: item.thread.comments.length })}
                        {item.thread.resolved && (
                          <span className="comment-badge comment-badge--resolved">
                            {t('comments.show.resolved')}
                          </span>
                        )}
                        {item.unread && (
                          <span className="comment-badge comment-badge--unread">{t('comments.unread')}</span>
                        )}
                        {item.mentionsMe && (
                          <span className="comment-badge comment-badge--mention">
                            {t('comments.mentionsYou')}
                          </span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <div className="comment-thread" data-testid="comment-thread-view">
            <div className="comment-thread__head">
              <button
                type="button"
                className="agreement-link"
                data-testid="comments-back"
                onClick={() => updatePageUi({ commentThread: null })}
              >
                ← {t('comments.back')}
              </button>
              {session.shapes.byId(current) && (
                <button type="button" className="agreement-link" onClick={() => show([current])}>
                  {t('comments.showCard')}
                </button>
              )}
            </div>
            <p
              className="comment-thread__card"
              style={{ borderLeftColor: companyColor(currentCard?.company ?? null) }}
            >
              {isDraft && <span className="comment-badge">{t('comments.draft')}</span>}
              {cardText(currentCard)}
            </p>
            {selected?.thread.resolved && (
              <p className="comment-thread__resolved">
                {t('comments.resolvedBy', { name: selected.thread.resolved.by.name })}
                {selected.thread.resolved.by.file && <ImportedBadge t={t} />}
              </p>
            )}
            <ol className="comment-list">
              {(selected?.thread.comments ?? []).map((comment) => (
                <li key={comment.id} className="comment" data-testid="comment">
                  <div className="comment__head">
                    <span className="comment__dot" style={{ background: companyColor(comment.by.company) }} />
                    <strong>{comment.by.name}</strong>
                    {comment.by.file && <ImportedBadge t={t} />}
                    <time dateTime={new Date(comment.at).toISOString()}>{time(comment.at)}</time>
                    {((comment.by.participant !== null && comment.by.participant === me?.id) ||
                      (workshop.canControl && !isDraft)) && (
                      <button
                        type="button"
                        className="comment__delete"
                        aria-label={t('comments.deleteAria', { name: comment.by.name })}
                        data-testid="comment-delete"
                        disabled={actions.busy}
                        onClick={() => void actions.remove(comment.id)}
                      >
                        {t('comments.delete')}
                      </button>
                    )}
                  </div>
                  <p className="comment__text">
                    {mentionRuns(comment.text, [...names, ...(me ? [me.name] : [])]).map((run, i) =>
                      run.mention ? (
                        <mark key={i} className="comment__mention">
                          {run.text}
                        </mark>
                      ) : (
                        run.text
                      ),
                    )}
                  </p>
                </li>
              ))}
            </ol>
            {canWrite ? (
              <>
                <CommentForm
                  names={names}
                  busy={actions.busy}
                  label={selected ? t('comments.reply') : t('comments.write')}
                  thread={current}
                  onSend={(text) => actions.send(current, text)}
                />
                {selected && (
                  <button
                    type="button"
                    className="button button--secondary comment-thread__resolve"
                    disabled={actions.busy}
                    data-testid="comment-resolve"
                    onClick={() => void actions.resolve(current, selected.thread.resolved === null)}
                  >
                    {selected.thread.resolved === null ? t('comments.resolve') : t('comments.reopen')}
                  </button>
                )}
              </>
            ) : (
              <p className="side-panel__intro">{t('comments.observer')}</p>
            )}
            {actions.problem && (
              <p className="comment-thread__problem" role="alert" data-testid="comment-problem">
                {actions.problem}
              </p>
            )}
          </div>
        )}
      </SidePanel>
    </>
  );
}

/** Marks a name recorded on another board (a comment from an imported board file). */
function ImportedBadge({ t }: { t: ReturnType<typeof useI18n>['t'] }) {
  return (
    <span
      className="comment-badge comment-badge--imported"
      title={t('comments.importedHint')}
      data-testid="comment-imported"
    >
      {t('comments.imported')}
    </span>
  );
}

const EMPTY_THREADS = { get: () => NO_THREADS, subscribe: () => () => {} };
const EMPTY_DRAFTS = { get: () => NO_DRAFTS, subscribe: () => () => {} };
