import { useSyncExternalStore } from 'react';
import { useImported } from './bindings/useImported';
import { useI18n } from './i18n/I18nProvider';
import { LandingPage } from './landing/LandingPage';
import { parseRoute } from './route';
import type { BoardId } from '@kyoso/shared';
import { AppHeader } from './ui/AppHeader';
import { startBoardRequests } from './board/headStart';

const subscribePath = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const readPath = () => window.location.pathname;

// The board page (live sync, Yjs, the offline copy) loads only for a board link: the start page
// stays small. Its chunk, and the canvas's, start loading as soon as this module runs on a board
// link, side by side rather than one after the other (failures show when they are rendered), and
// so do the board's shapes and the person's join, which the page takes when it mounts.
const loadBoardPage = () => import('./board/BoardPage');
const firstRoute = parseRoute(readPath());
if (firstRoute.page === 'board') {
  void loadBoardPage().catch(() => {});
  void import('./board/BoardEditor').catch(() => {});
  // After the code's requests: the server answers those at once, these may first load the board.
  startBoardRequests(firstRoute.boardId, window.location.hash);
}

function LoadedBoardPage({ boardId }: { boardId: BoardId }) {
  const module = useImported(loadBoardPage);
  return module ? <module.BoardPage boardId={boardId} /> : null;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <AppHeader />
      <main className="main main--narrow">
        <section className="card">
          <h1 className="card__title">{t('notFound.title')}</h1>
          <p className="muted">{t('notFound.body')}</p>
          <p>
            <a className="text-link" href="/">
              {t('board.backHome')}
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}

export function App() {
  const route = parseRoute(useSyncExternalStore(subscribePath, readPath));
  switch (route.page) {
    case 'landing':
      return <LandingPage />;
    case 'board':
      return <LoadedBoardPage key={route.boardId} boardId={route.boardId} />;
    case 'notFound':
      return <NotFound />;
  }
}
