// Another participant in the presence list: their avatar opens a small menu to follow their view
// (or stop following it).
import { useStore } from '../../bindings/hooks';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardSession, PeerPresence } from '../../sync/session-types';
import { followChoiceOf } from './followChoice';
import { usePopover } from './usePopover';

interface PeerAvatarProps {
  session: BoardSession;
  peer: PeerPresence;
  /** Name, role and company, as the presence list describes them. */
  description: string;
  initials: string;
}

export function PeerAvatar({ session, peer, description, initials }: PeerAvatarProps) {
  const { t } = useI18n();
  const choices = followChoiceOf(session);
  const choice = useStore(choices);
  const popover = usePopover();
  const following = choice.peer?.clientId === peer.clientId;
  const follow = () => {
    choices.set({ ...choices.get(), peer: { clientId: peer.clientId, name: peer.user.name } });
    popover.close();
  };
  const unfollow = () => {
    choices.set({ ...choices.get(), peer: null });
    popover.close();
  };
  return (
    <span className="peer-avatar">
      <button
        ref={popover.trigger}
        type="button"
        className={`avatar avatar--peer${following ? ' avatar--following' : ''}`}
        style={{ backgroundColor: peer.user.color }}
        aria-haspopup="dialog"
        aria-expanded={popover.open}
        data-tooltip={description}
        data-tooltip-side="bottom"
        data-testid="peer-avatar"
        data-peer-name={peer.user.name}
        onClick={popover.toggle}
      >
        <span aria-hidden="true">{initials}</span>
        <span className="sr-only">{description}</span>
      </button>
      {popover.open && (
        <div
          ref={popover.panel}
          className="facilitation-popover peer-menu"
          role="dialog"
          aria-label={t('facilitation.follow.menu', { name: peer.user.name })}
          data-testid="peer-menu"
        >
          <p className="peer-menu__name">{description}</p>
          {following ? (
            <button
              type="button"
              className="peer-menu__item"
              data-testid="peer-unfollow"
              autoFocus
              onClick={unfollow}
            >
              {t('facilitation.follow.unfollow')}
            </button>
          ) : (
            <button
              type="button"
              className="peer-menu__item"
              data-testid="peer-follow"
              disabled={!peer.view}
              autoFocus
              onClick={follow}
            >
              {t('facilitation.follow.action')}
            </button>
          )}
          {!peer.view && <p className="peer-menu__note">{t('facilitation.follow.noView')}</p>}
        </div>
      )}
    </span>
  );
}
