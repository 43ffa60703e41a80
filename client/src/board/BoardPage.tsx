import { asCompanyKey, type BoardId } from '@kyoso/shared';
import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { BoardHeader, BrandMark } from '../canvas/BoardHeader';
import { browserStorage, readDisplayName, storeDisplayName } from '../canvas/displayName';
import { NameDialog } from '../canvas/NameDialog';
import { useI18n, type TranslateFn } from '../i18n/I18nProvider';
import { syncServerUrl, type ConnectionState } from '../sync/boardConnection';
import type { SessionOptions } from '../sync/session';
import type { BoardSession } from '../sync/session-types';
import { AppHeader } from '../ui/AppHeader';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useWorkshop } from '../workshop/useWorkshop';
import { useBoardSession, useStore } from './hooks';
import { createSessionTestHandle, createTestHandle, installTestHandle, type Viewport } from './testHandle';
import { decodeTokenPayload, isExpired, tokenFromHash, type TokenClaims } from './token';

// The canvas (Konva and all) loads only on board pages, not with the landing page.
const BoardEditor = lazy(() =>
  import('../canvas/BoardEditor').then((module) => ({ default: module.BoardEditor })),
);

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

function closeMessage(state: ConnectionState, t: TranslateFn): string | null {
  if (!state.closed) return null;
  if (state.closed.code === 4401)
    return state.closed.reason === 'link has been replaced'
      ? t('facilitation.links.replaced')
      : t('board.closed.4401');
  if (state.closed.code === 4403) return t('board.closed.4403');
  return t('board.closed.other', { code: state.closed.code });
}

/** A link that cannot open the board: say why, and offer the way home. */
function ProblemCard({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <section className="card board-problem" aria-labelledby="board-problem-heading">
      <h1 id="board-problem-heading" className="card__title">
        {t('board.cannotOpen')}
      </h1>
      <p className="alert alert--error" role="alert">
        {message}
      </p>
      <p>
        <a className="text-link" href="/">
          {t('board.backHome')}
        </a>
      </p>
    </section>
  );
}

/** The server closed the connection for good (bad token, no access): shown over the board. */
function ClosedNotice({ session }: { session: BoardSession }) {
  const { t } = useI18n();
  const message = closeMessage(useStore(session.connection), t);
  return message ? (
    <div className="board-overlay">
      <ProblemCard message={message} />
    </div>
  ) : null;
}

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

  const [name, setName] = useState<string | null>(() => readDisplayName(browserStorage()));
  const [renaming, setRenaming] = useState(false);

  const options = useMemo<SessionOptions | null>(() => {
    if (problem || !token || !claims || !name) return null;
    const company = claims.company ? asCompanyKey(claims.company) : null;
    return {
      serverUrl: syncServerUrl(window.location),
      token,
      identity: { boardId, role: claims.role, company, name },
    };
  }, [problem, token, claims, name, boardId]);
  const session = useBoardSession(options);
  const workshop = useWorkshop(
    useMemo(
      () =>
        options
          ? { serverUrl: options.serverUrl, linkToken: options.token, identity: options.identity }
          : null,
      [options],
    ),
  );

  // `window.kyoso`: before the board opens it still says which board and role this page is for;
  // the viewport is the canvas's camera once the canvas is there.
  const role = claims?.board === boardId ? claims.role : null;
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

  if (problem)
    return (
      <div className="page">
        <AppHeader />
        <main className="main main--narrow">
          <ProblemCard message={problem} />
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
          <h1>{t('board.loading')}</h1>
        </PlaceholderHeader>
      )}
      <main className="board-main">
        {session && workshop && (
          <Suspense fallback={null}>
            <BoardEditor session={session} workshop={workshop} viewport={viewport} />
          </Suspense>
        )}
        {session && <ClosedNotice session={session} />}
      </main>
      {askName && (
        <NameDialog
          initial={name ?? ''}
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
