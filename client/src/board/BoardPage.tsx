import type { BoardId } from '@kyoso/shared';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useI18n, type TranslateFn } from '../i18n/I18nProvider';
import type { BoardConnection, ConnectionState } from '../sync/boardConnection';
import { readBoardMeta, sameMeta, type BoardMetaView } from '../sync/meta';
import { AppHeader } from '../ui/AppHeader';
import { useBoardConnection, useConnectionState, useDocValue } from './hooks';
import { createTestHandle, installTestHandle } from './testHandle';
import { decodeTokenPayload, isExpired, tokenFromHash, type TokenClaims } from './token';

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

const EMPTY_META: BoardMetaView = { title: null, companies: [] };

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
  if (state.closed.code === 4401) return t('board.closed.4401');
  if (state.closed.code === 4403) return t('board.closed.4403');
  return t('board.closed.other', { code: state.closed.code });
}

export function BoardPage({ boardId }: { boardId: BoardId }) {
  const { t, locale } = useI18n();
  const hash = useSyncExternalStore(subscribeHash, readHash);
  const token = tokenFromHash(hash);
  const claims = useMemo(() => (token ? decodeTokenPayload(token) : null), [token]);

  // The server decides access: connect with whatever token the link carries and report its answer.
  const connection = useBoardConnection(boardId, token);
  const state = useConnectionState(connection);
  const meta = useDocValue(connection?.doc ?? null, readBoardMeta, sameMeta, EMPTY_META);

  const connectionRef = useRef<BoardConnection | null>(connection);
  useEffect(() => {
    connectionRef.current = connection;
  }, [connection]);
  const role = claims?.board === boardId ? claims.role : null;
  useEffect(
    () => installTestHandle(createTestHandle(boardId, role, () => connectionRef.current)),
    [boardId, role],
  );

  const problem = linkProblem(boardId, token, claims, t) ?? closeMessage(state, t);
  const company = claims?.company ? meta.companies.find((c) => c.key === claims.company) : undefined;
  const expires =
    claims?.exp !== undefined
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(claims.exp * 1000),
        )
      : null;

  return (
    <div className="page">
      <AppHeader />
      <main className="main main--narrow">
        <section className="card" aria-labelledby="board-heading">
          <h1 id="board-heading" className="card__title">
            {t('board.comingTitle')}
          </h1>
          <p className="muted">{t('board.comingBody')}</p>

          {problem && (
            <p className="alert alert--error" role="alert">
              {problem}
            </p>
          )}

          <dl className="facts">
            <div className="facts__row">
              <dt>{t('board.id')}</dt>
              <dd>
                <code>{boardId}</code>
              </dd>
            </div>
            {meta.title && (
              <div className="facts__row">
                <dt>{t('board.title')}</dt>
                <dd>{meta.title}</dd>
              </div>
            )}
            <div className="facts__row">
              <dt>{t('board.role')}</dt>
              <dd>
                {claims ? (
                  <span className={`role-badge role-badge--${claims.role}`}>{t(`role.${claims.role}`)}</span>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            {claims?.company && (
              <div className="facts__row">
                <dt>{t('board.company')}</dt>
                <dd>
                  {company ? (
                    <span className="company-name">
                      <span
                        className="swatch"
                        style={{ backgroundColor: company.color }}
                        aria-hidden="true"
                      />
                      {company.name}
                    </span>
                  ) : (
                    <code>{claims.company}</code>
                  )}
                </dd>
              </div>
            )}
            {expires && (
              <div className="facts__row">
                <dt>{t('board.expires')}</dt>
                <dd>{expires}</dd>
              </div>
            )}
            <div className="facts__row">
              <dt>{t('board.connection')}</dt>
              <dd>
                <span
                  className={`status status--${state.status}`}
                  role="status"
                  aria-live="polite"
                  data-status={state.status}
                >
                  <span className="status__dot" aria-hidden="true" />
                  {t(`status.${state.status}`)}
                </span>
              </dd>
            </div>
          </dl>

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
