// The board's top bar: brand, title, this user's role, export and history, connection status,
// who is here, language.
import { useStore } from '../bindings/hooks';
import { ExportButton } from '../exports/ExportButton';
import { HistoryButton } from '../history/HistoryButton';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { ConnectionBadge } from '../canvas/ConnectionBadge';
import { PresenceList } from '../workshop/facilitation/PresenceList';
import { LogoMark } from '../ui/LogoMark';

export function BrandMark() {
  const { t } = useI18n();
  return (
    <a className="brand brand--compact" href="/" aria-label={t('app.name')}>
      <span className="brand__mark" aria-hidden="true">
        <LogoMark size={26} />
      </span>
    </a>
  );
}

export function BoardHeader({ session, onRename }: { session: BoardSession; onRename: () => void }) {
  const { t } = useI18n();
  const { title, companies } = useStore(session.meta);
  const { role, company } = session.identity;
  const companyName = company ? companies.find((entry) => entry.key === company)?.name : undefined;
  return (
    <header className="board-header">
      <BrandMark />
      <div className="board-header__title">
        <h1 title={title || undefined}>{title || t('board.untitled')}</h1>
        <span className={`role-badge role-badge--${role}`}>
          {companyName
            ? t('role.withCompany', { role: t(`role.${role}`), company: companyName })
            : t(`role.${role}`)}
        </span>
      </div>
      <div className="board-header__actions">
        <ExportButton />
        {role === 'facilitator' && !session.readOnly && <HistoryButton />}
      </div>
      <div className="board-header__side">
        <ConnectionBadge connection={session.connection} />
        <PresenceList session={session} onRename={onRename} />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
