import { CLOSE, CLOSE_REASON, type BoardId } from '@kyoso/shared';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { BoardHeader, BrandMark } from './BoardHeader';
import { browserStorage, readDisplayName, storeDisplayName } from '../canvas/displayName';
import { JoiningFacts, type Joining } from '../canvas/JoiningFacts';
import { NameDialog } from '../canvas/NameDialog';
import { useI18n, type TranslateFn } from '../i18n/I18nProvider';
import { syncServerUrl, type Refusal, type TerminalClose } from '../sync/boardConnection';
import type { SessionOptions } from '../sync/session';
import type { BoardSession, Identity, Store } from '../sync/session-types';
import { AppHeader } from '../ui/AppHeader';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import type { LiveParticipant, ParticipantState } from '../sync/participant';
import { useWorkshop } from '../workshop/useWorkshop';
import { useBoardSession, useStore } from '../bindings/hooks';
import { useImported } from '../bindings/useImported';
import { fetchBoardShapes } from '../sync/shapesSnapshot';
import { linkIdentity, takeShapesRequest } from './headStart';
import { forgetsCopies, useWatchAccess } from './lostAccess';
import { discardLocalCopies, useRefusal } from './resync';
import { useJoining } from './useJoining';
import { useParticipant } from './useParticipant';
import {
  createSessionTestHandle,
  createTestHandle,
  installTestHandle,
  type Viewport,
} from '../sync/testHandle';
import { decodeTokenPayload, isExpired, tokenFromHash, type TokenClaims } from './token';

// The canvas (Konva and all) loads only on board pages, not with the landing page.
const loadEditor = () => import('./BoardEditor');

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

function linkProblem(
  boardId: string,
  token: string | null,
  claims: TokenClaims | null,
  t: TranslateFn,
): string | null {
  if (!token) return t('board.noToken');
  if (!claims) return t('board.badToken');
  if (claims.board !== boardId) return t('board.otherBoard');
  if (isExpired(claims, Date.now())) return t('board.expired');
  return null;
}

function closeMessage(closed: TerminalClose, t: TranslateFn): string {
  if (closed.code === CLOSE.unauthorized)
    return closed.reason === CLOSE_REASON.linkReplaced
      ? t('facilitation.links.replaced')
      : closed.reason === CLOSE_REASON.participantRemoved
        ? t('board.closed.removed')
        : t('board.closed.4401');
  if (closed.code === CLOSE.forbidden)
    return closed.reason === CLOSE_REASON.boardDeleted ? t('board.closed.deleted') : t('board.closed.4403');
  return t('board.closed.other', { code: closed.code });
}

/** A link that cannot open the board: say why, and offer the way home (and back in, where there is one). */
function ProblemCard({
  message,
  title,
  action,
}: {
  message: string;
  title?: string;
  action?: { label: string; run: () => void };
}) {
  const { t } = useI18n();
  return (
    <section className="card board-problem" aria-labelledby="board-problem-heading">
      <h1 id="board-problem-heading" className="card__title">
        {title ?? t('board.cannotOpen')}
      </h1>
      <p className="alert alert--error" role="alert">
        {message}
      </p>
      {action && (
        <p>
          <button type="button" className="button button--primary" onClick={action.run}>
            {action.label}
          </button>
        </p>
      )}
      <p>
        <a className="text-link" href="/">
          {t('board.backHome')}
        </a>
      </p>
    </section>
  );
}

/**
 * The server closed the connection for good where the page keeps the board (a replaced link, an
 * update too large): shown over it. Ended access closes the board instead (`lostAccess.ts`).
 */
function ClosedNotice({ session }: { session: BoardSession }) {
  const { t } = useI18n();
  const { closed } = useStore(session.connection);
  return closed ? (
    <div className="board-overlay">
      <ProblemCard message={closeMessage(closed, t)} />
    </div>
  ) : null;
}

/** Why joining failed, in the reader's language where the server's reason is one we know. */
function joinFailure(message: string, t: TranslateFn): string {
  if (/replaced/.test(message)) return t('facilitation.links.replaced');
  return message || t('board.closed.4401');
}

/**
 * The page's participant before the board opens: joining, waiting to be let in (saying what they
 * asked to join), removed, refused.
 */
function JoinCard({
  participant,
  state,
  joining,
}: {
  participant: LiveParticipant;
  state: ParticipantState;
  joining: Joining | null;
}) {
  const { t } = useI18n();
  if (state.status === 'ready') return null;
  if (state.status === 'joining')
    return (
      <p className="board-join__status" role="status">
        {t('join.joining')}
      </p>
    );
  const [title, body, action, run] =
    state.status === 'waiting'
      ? [t('join.waiting.title'), t('join.waiting.body', { name: state.participant.name }), null, null]
      : state.status === 'removed'
        ? [
            t(state.declined ? 'join.declined.title' : 'join.removed.title'),
            // The server's reason is English; the page says it in the person's language.
            t(state.declined ? 'join.declined.body' : 'join.removed.body'),
            t('join.removed.again'),
            participant.rejoin,
          ]
        : [t('board.cannotOpen'), joinFailure(state.message, t), t('join.failed.retry'), participant.retry];
  return (
    <section
      className="card board-problem"
      aria-labelledby="board-join-heading"
      data-testid={`join-${state.status}`}
    >
      <h1 id="board-join-heading" className="card__title">
        {title}
      </h1>
      {state.status === 'waiting' && joining && <JoiningFacts joining={joining} />}
      <p className={state.status === 'waiting' ? 'board-join__waiting' : 'alert alert--error'} role="status">
        {state.status === 'waiting' && <span className="board-join__spinner" aria-hidden="true" />}
        {body}
      </p>
      {action && run && (
        <p>
          <button type="button" className="button button--primary" onClick={run}>
            {action}
          </button>
        </p>
      )}
      <p>
        <a className="text-link" href="/">
          {t('board.backHome')}
        </a>
      </p>
    </section>
  );
}

/** What the server did not accept, in the reader's language, after the board was reloaded. */
function RefusalNotice({ refusal, onClose }: { refusal: Refusal; onClose: () => void }) {
  const { t } = useI18n();
  const known = `refusal.${refusal.code}` as const;
  const reason =
    refusal.code in REFUSAL_KEYS
      ? t(known as Parameters<TranslateFn>[0])
      : t('refusal.other', { message: refusal.message });
  return (
    <div className="refusal-notice" role="alert" data-testid="refusal-notice" data-code={refusal.code}>
      <strong>{t('refusal.title')}</strong>
      <span>{reason}</span>
      <span className="muted">{t('refusal.reloaded')}</span>
      <button
        type="button"
        className="icon-button refusal-notice__close"
        aria-label={t('drafting.dismiss')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}

/** The refusal codes worded in the locale files (others are shown with the server's English). */
const REFUSAL_KEYS: Record<string, true> = Object.fromEntries(
  [
    'other-company',
    'assign-other-company',
    'unknown-company',
    'synergy-other-companies',
    'template-area',
    'locked',
    'meta',
    'read-only',
    'client-id',
  ].map((code) => [code, true]),
);

const JOINING: ParticipantState = { status: 'joining' };
const NOT_JOINED: Store<ParticipantState> = { get: () => JOINING, subscribe: () => () => {} };

function PlaceholderHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="board-header">
      <BrandMark />
      <div className="board-header__title">{children}</div>
      <div className="board-header__side">
        <LanguageSwitcher />
      </div>
    </header>
  );
}

export function BoardPage({ boardId }: { boardId: BoardId }) {
  const { t } = useI18n();
  const hash = useSyncExternalStore(subscribeHash, readHash);
  const token = tokenFromHash(hash);
  const claims = useMemo(() => (token ? decodeTokenPayload(token) : null), [token]);
  const problem = linkProblem(boardId, token, claims, t);
  // Fetch the canvas while the person types their name and joins, not after.
  useEffect(() => {
    if (!problem) loadEditor().catch(() => {}); // a failure shows when the editor mounts
  }, [problem]);
  const editor = useImported(loadEditor);

  // The board's shapes, asked for at once: the canvas draws them while the document syncs.
  const [snapshot] = useState(() =>
    !problem && token ? (takeShapesRequest(boardId, token) ?? fetchBoardShapes(boardId, token)) : null,
  );
  const [name, setName] = useState<string | null>(() => readDisplayName(browserStorage()));
  const [renaming, setRenaming] = useState(false);

  // First the person joins (their participant token opens every channel), then the board opens.
  const identity = useMemo<Identity | null>(() => {
    if (problem || !token || !claims || !name) return null;
    return linkIdentity(boardId, claims, name);
  }, [problem, token, claims, name, boardId]);
  const participant = useParticipant(
    useMemo(() => (identity && token ? { identity, linkToken: token } : null), [identity, token]),
  );
  const joined = useStore(participant ?? NOT_JOINED);
  const participantToken = joined.status === 'ready' ? joined.token : null;
  // After a refusal the page closes its copies, deletes their offline copies and opens afresh.
  const [resyncing, setResyncing] = useState(false);
  const [notice, setNotice] = useState<Refusal | null>(null);

  // Only the first session draws the snapshot: a later one (a new name, a resync) would show an
  // out-of-date board for a moment.
  const snapshotSpent = useRef(false);
  // Set once the server ends this page's access: the session closes and the message stays.
  const [lost, setLost] = useState<TerminalClose | null>(null);
  const options = useMemo<SessionOptions | null>(
    () =>
      identity && participantToken && !resyncing && !lost
        ? {
            serverUrl: syncServerUrl(window.location),
            token: participantToken,
            identity,
            ...(snapshot && !snapshotSpent.current ? { snapshot } : {}),
          }
        : null,
    [identity, participantToken, resyncing, lost, snapshot],
  );
  const session = useBoardSession(options);
  useWatchAccess(session, setLost);
  useEffect(() => {
    // After the session closed (its cleanup ran first), so that nothing writes the copies again.
    if (lost && identity && forgetsCopies(lost)) void discardLocalCopies(identity);
  }, [lost, identity]);
  useEffect(() => {
    if (session) snapshotSpent.current = true;
  }, [session]);
  const workshop = useWorkshop(
    useMemo(
      () =>
        options && participant && token
          ? { serverUrl: options.serverUrl, linkToken: token, participant, identity: options.identity }
          : null,
      [options, participant, token],
    ),
  );
  const refusal = useRefusal(session, workshop);
  useEffect(() => {
    if (!refusal) return;
    setNotice(refusal);
    setResyncing(true);
  }, [refusal]);
  useEffect(() => {
    if (!resyncing || !identity) return;
    // The session and workshop were closed when `resyncing` cleared their options.
    let current = true;
    void discardLocalCopies(identity).finally(() => {
      if (current) setResyncing(false);
    });
    return () => {
      current = false;
    };
  }, [resyncing, identity]);

  // `window.kyoso`: before the board opens it still says which board and role this page is for;
  // the viewport is the canvas's camera once the canvas is there.
  const role = claims?.board === boardId ? claims.role : null;
  // What the link joins: for the name dialog, and for the wait to be let in (a person who gave
  // their name on an earlier visit sees no dialog).
  const askJoining = name === null || joined.status === 'waiting';
  const joining = useJoining(boardId, !problem && askJoining ? token : null, t);
  const viewport = useRef<(() => Viewport) | null>(null);
  useEffect(
    () =>
      installTestHandle(
        session
          ? createSessionTestHandle(session, () => viewport.current?.() ?? { x: 0, y: 0, zoom: 1 })
          : createTestHandle(boardId, role, () => null),
      ),
    [session, boardId, role],
  );

  const removed = lost?.reason === CLOSE_REASON.participantRemoved;
  const cannotOpen = problem ?? (lost ? closeMessage(lost, t) : null);
  if (cannotOpen)
    return (
      <div className="page">
        <AppHeader />
        <main className="main main--narrow">
          <ProblemCard
            message={cannotOpen}
            {...(removed && participant
              ? {
                  title: t('join.removed.title'),
                  action: {
                    label: t('join.removed.again'),
                    run: () => {
                      setLost(null);
                      participant.rejoin();
                    },
                  },
                }
              : {})}
          />
        </main>
      </div>
    );

  const askName = name === null || renaming;
  return (
    <div className="board-page">
      {session ? (
        <BoardHeader session={session} onRename={() => setRenaming(true)} />
      ) : (
        <PlaceholderHeader>
          {/* "Opening the board" only while it is: asking a name or waiting to be let in, the board's name. */}
          <h1>
            {(joined.status === 'joining' || joined.status === 'ready') && !askName
              ? t('board.loading')
              : (joining?.board ?? '')}
          </h1>
        </PlaceholderHeader>
      )}
      <main className="board-main">
        {session && workshop && editor && (
          <editor.BoardEditor session={session} workshop={workshop} viewport={viewport} />
        )}
        {session && <ClosedNotice session={session} />}
        {participant && joined.status !== 'ready' && !askName && (
          <div className="board-overlay">
            <JoinCard participant={participant} state={joined} joining={joining} />
          </div>
        )}
        {notice && <RefusalNotice refusal={notice} onClose={() => setNotice(null)} />}
      </main>
      {askName && (
        <NameDialog
          initial={name ?? ''}
          joining={joining}
          first={name === null}
          onSubmit={(next) => {
            storeDisplayName(browserStorage(), next);
            setName(next);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
    </div>
  );
}
