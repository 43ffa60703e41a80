// Who is on the board: everyone else from presence, and this user, each with their colour,
// name, role and company. Clicking your own entry changes your name.
import type { Company, CompanyKey, Role } from '@kyoso/shared';
import { useStore } from '../../bindings/hooks';
import { useI18n, type TranslateFn } from '../../i18n/I18nProvider';
import { presenceColor } from '../../sync/presenceColor';
import { PHONE, useMedia } from '../../ui/useMedia';
import { PeerAvatar } from './PeerAvatar';
import type { BoardSession, PresenceUser } from '../../sync/session-types';

const MAX_SHOWN = 6;
/** On a phone's header, beside the board's title (four avatars cut it to one letter): "+N" only. */
const MAX_SHOWN_PHONE = 0;

/** One or two letters for the avatar: the first character of a Japanese name, initials otherwise. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = [...(words[0] ?? '?')][0] ?? '?';
  if (!/^[A-Za-z]$/.test(first)) return first;
  const second = words[1] ? ([...words[1]][0] ?? '') : '';
  return (first + (/^[A-Za-z]$/.test(second) ? second : '')).toUpperCase();
}

/** "Name — Role · Company"; without the name in an anonymous phase (it is empty then). */
function describe(
  user: { name: string; role: Role; company: CompanyKey | null },
  companies: readonly Company[],
  roleName: string,
  t: TranslateFn,
): string {
  const company = user.company ? companies.find((entry) => entry.key === user.company)?.name : undefined;
  const role = company ? t('role.withCompany', { role: roleName, company }) : roleName;
  return [user.name, role].filter((part) => part !== '').join(' — ');
}

export function PresenceList({ session, onRename }: { session: BoardSession; onRename: () => void }) {
  const { t } = useI18n();
  const peers = useStore(session.presence.peers);
  const { companies } = useStore(session.meta);
  const { identity } = session;
  const self: PresenceUser = {
    name: identity.name,
    color: presenceColor(identity.role, identity.company, companies),
    role: identity.role,
    company: identity.company,
  };
  const others = peers.map((peer) => ({ key: String(peer.clientId), user: peer.user, peer }));
  // "+1" would take the room of the one avatar it stands for.
  const limit = useMedia(PHONE) ? MAX_SHOWN_PHONE : MAX_SHOWN;
  const max = others.length === limit + 1 ? others.length : limit;
  const shown = others.slice(0, max);
  const hidden = others.slice(max);
  const selfText = `${describe(self, companies, t(`role.${self.role}`), t)} ${t('presence.you')}`;
  return (
    <ul
      className="presence"
      data-testid="presence-list"
      aria-label={t('presence.label', { count: others.length + 1 })}
    >
      <li className="presence__item">
        <button
          type="button"
          className="avatar avatar--self"
          style={{ backgroundColor: self.color }}
          aria-label={`${selfText}. ${t('name.change')}`}
          data-tooltip={`${selfText} · ${t('name.change')}`}
          data-tooltip-side="bottom"
          onClick={onRename}
        >
          <span aria-hidden="true">{initialsOf(self.name)}</span>
          <span className="sr-only">{selfText}</span>
        </button>
      </li>
      {shown.map(({ key, user, peer }) => {
        const text = describe(user, companies, t(`role.${user.role}`), t);
        return (
          <li key={key} className="presence__item">
            {/* Opens "follow this person's view". */}
            <PeerAvatar session={session} peer={peer} description={text} initials={initialsOf(user.name)} />
          </li>
        );
      })}
      {hidden.length > 0 && (
        <li className="presence__item">
          <span
            className="avatar avatar--more"
            tabIndex={0}
            data-tooltip={hidden.map(({ user }) => user.name).join('、')}
            data-tooltip-side="bottom"
          >
            <span aria-hidden="true">+{hidden.length}</span>
            <span className="sr-only">
              {hidden.map(({ user }) => describe(user, companies, t(`role.${user.role}`), t)).join(', ')}
            </span>
          </span>
        </li>
      )}
    </ul>
  );
}
