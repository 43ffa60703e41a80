// The first script a page runs (index.html lists it before the app's entry): it asks for the code
// of the page the link opens (the start page, or a board's page and canvas) and, on a board link,
// sends the board's first requests (its shapes, the person's join) at once, while the app's own
// entry, React and all, still starts: on a slow machine that is a hundred milliseconds or more.
// The board page takes the requests when it mounts (headStart.ts); failures show when the page
// renders.
import { startBoardRequests } from './board/headStart';
import { parseRoute } from './route';

export const loadBoardPage = () => import('./board/BoardPage');
export const loadLandingPage = () => import('./landing/LandingPage');

const firstRoute = parseRoute(window.location.pathname);
if (firstRoute.page === 'board') {
  void loadBoardPage().catch(() => {});
  void import('./board/BoardEditor').catch(() => {});
  // After the code's requests: the server answers those at once, these may first load the board.
  startBoardRequests(firstRoute.boardId, window.location.hash);
} else if (firstRoute.page === 'landing') {
  void loadLandingPage().catch(() => {});
}
