import { useSyncExternalStore } from 'react';
import { useImported } from './bindings/useImported';
import { useI18n } from './i18n/I18nProvider';
import { parseRoute } from './route';
import type { BoardId } from '@kyoso/shared';
import { AppHeader } from './ui/AppHeader';
import { loadBoardPage, loadLandingPage } from './routeStart';

const subscribePath = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};
const readPath = () => window.location.pathname;

// Each page's code loads only for its own links (routeStart.ts asks for it first thing): the start
// page never loads the board's (live sync, Yjs, the canvas), nor a board link the start page's.
function LoadedLandingPage() {
  const module = useImported(loadLandingPage);
  return module ? <module.LandingPage /> : null;
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
      return <LoadedLandingPage />;
    case 'board':
      return <LoadedBoardPage key={route.boardId} boardId={route.boardId} />;
    case 'notFound':
      return <NotFound />;
  }
}
