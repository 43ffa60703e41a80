// Says whose view this page is following, with the way out ("Stop following", Esc); after
// leaving the facilitator's walk, the way back in; and on the leader's page, that everyone is
// following them. A thin frame in the followed person's colour edges the canvas meanwhile.
import { setFollowMe, type FollowMe } from '@kyoso/shared';
import type { CSSProperties } from 'react';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import type { BoardSession } from '../../sync/session-types';
import { FacilitationIcon } from './FacilitationIcon';
import { followChoiceOf } from './followChoice';
import { stopFollowing, type FollowTarget } from './followTarget';
import { errorText, showNotice } from './notices';

const sameWalk = (a: FollowMe | null, b: FollowMe | null) =>
  a === b || (!!a && !!b && a.leader === b.leader && a.name === b.name && a.since === b.since);

const followColor = (color: string | undefined) =>
  ({ '--follow-color': color ?? 'var(--primary)' }) as CSSProperties;

/** A thin frame in the followed person's colour around the canvas. */
export function FollowFrame({ session, target }: { session: BoardSession; target: FollowTarget }) {
  const color = useStoreSelector(
    session.presence.peers,
    (peers) => peers.find((peer) => peer.clientId === target.clientId)?.user.color,
  );
  return <div className="follow-frame" style={followColor(color)} aria-hidden="true" />;
}

export function FollowBanner({
  session,
  stores,
  workshop,
  target,
}: CanvasPartProps & { target: FollowTarget | null }) {
  const { t } = useI18n();
  const choices = followChoiceOf(session);
  const choice = useStore(choices);
  const walk = useStoreSelector(workshop.control, (control) => control.followMe, sameWalk);
  const peers = useStore(session.presence.peers);

  if (target) {
    const peer = peers.find((candidate) => candidate.clientId === target.clientId);
    const text = !peer?.view
      ? t('facilitation.follow.waiting', { name: target.name })
      : target.mode === 'walk'
        ? t('facilitation.follow.walk', { name: target.name })
        : t('facilitation.follow.peer', { name: peer.user.name });
    return (
      <div
        className="follow-banner"
        style={followColor(peer?.user.color)}
        role="status"
        data-testid="follow-banner"
        data-mode={target.mode}
      >
        <span className="follow-banner__dot" aria-hidden="true" />
        <span className="follow-banner__text">{text}</span>
        <button
          type="button"
          className="follow-banner__action"
          aria-keyshortcuts="Escape"
          data-testid="follow-stop"
          onClick={() => choices.set(stopFollowing(choices.get(), target))}
        >
          {t('facilitation.follow.stop')}
          <kbd>Esc</kbd>
        </button>
      </div>
    );
  }

  if (walk && walk.leader === session.doc.clientID)
    return (
      <div className="follow-banner follow-banner--leading" role="status" data-testid="follow-leading">
        <FacilitationIcon name="followMe" size={16} />
        <span className="follow-banner__text">{t('facilitation.follow.leading')}</span>
        {workshop.canControl && (
          <button
            type="button"
            className="follow-banner__action"
            data-testid="follow-me-stop"
            onClick={() => {
              try {
                workshop.runControl((doc, origin) => setFollowMe(doc, null, origin));
              } catch (error) {
                showNotice(stores, 'error', t('facilitation.error', { message: errorText(error) }));
              }
            }}
          >
            {t('facilitation.followMe.stop')}
          </button>
        )}
      </div>
    );

  if (walk && choice.leftWalk === walk.since)
    return (
      <div className="follow-banner follow-banner--left" role="status" data-testid="follow-left">
        <FacilitationIcon name="followMe" size={16} />
        <span className="follow-banner__text">{t('facilitation.follow.left', { name: walk.name })}</span>
        <button
          type="button"
          className="follow-banner__action"
          data-testid="follow-rejoin"
          onClick={() => choices.set({ ...choices.get(), leftWalk: null })}
        >
          {t('facilitation.follow.rejoin')}
        </button>
      </div>
    );

  return null;
}
