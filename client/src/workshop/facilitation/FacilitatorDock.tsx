// The facilitator's tools for guiding attention, bottom centre: bring everyone here, follow me,
// hide everyone's cursors, the frame walk, lock all frames, who is in the room, and the invitation links.
import { updatePageUi } from '../../bindings/pageUi';
import { setAnonymous, setCursorsHidden, setFollowMe, setFramesLocked } from '@kyoso/shared';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { keepCanvasFocus } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';
import { Icon } from '../../ui/icons';
import { ParticipantsButton } from '../participants/ParticipantsButton';
import { FacilitationIcon } from './FacilitationIcon';
import { errorText, showNotice, type Notice } from './notices';
import { summonEveryone } from './summon';
import { useFrameWalk } from './useFrameWalk';

export function FacilitatorDock(props: CanvasPartProps) {
  const { session, stores, workshop } = props;
  const { t } = useI18n();
  const walk = useStoreSelector(workshop.control, (control) => control.followMe);
  const framesLocked = useStore(stores.locks).frames;
  const cursorsHidden = useStoreSelector(workshop.control, (control) => control.cursorsHidden);
  const cursorsLabel = cursorsHidden ? t('facilitation.cursors.show') : t('facilitation.cursors.hide');
  const anonymous = useStoreSelector(workshop.control, (control) => control.anonymous);
  const anonymousLabel = anonymous ? t('facilitation.anonymous.stop') : t('facilitation.anonymous.start');
  const frames = useFrameWalk(props, true);
  const leading = walk !== null && walk.leader === session.doc.clientID;

  const attempt = (change: () => void, done?: string, undo?: Notice['action']) => {
    try {
      change();
      if (done) showNotice(stores, 'info', done, undo);
    } catch (error) {
      showNotice(stores, 'error', t('facilitation.error', { message: errorText(error) }));
    }
  };
  const followLabel = !walk
    ? t('facilitation.followMe.start')
    : leading
      ? t('facilitation.followMe.stop')
      : t('facilitation.followMe.stopOther', { name: walk.name });
  const framesText =
    frames.count === 0
      ? t('facilitation.frames.none')
      : frames.position
        ? t('facilitation.frames.position', { n: frames.position, total: frames.count })
        : t('facilitation.frames.count', { total: frames.count });

  return (
    <div
      className="facilitator-dock"
      role="toolbar"
      aria-label={t('facilitation.dock.label')}
      data-testid="facilitator-dock"
    >
      <button
        type="button"
        className="dock-icon-button"
        aria-label={t('facilitation.summon')}
        data-tooltip={`${t('facilitation.summon')}: ${t('facilitation.summon.hint')}`}
        data-tooltip-side="top"
        data-testid="summon"
        onMouseDown={keepCanvasFocus}
        onClick={() =>
          attempt(
            () => summonEveryone(workshop, stores, session.identity.name),
            t('facilitation.summon.done'),
          )
        }
      >
        <FacilitationIcon name="summon" />
      </button>
      <button
        type="button"
        className="dock-icon-button"
        aria-label={followLabel}
        aria-pressed={walk !== null}
        data-tooltip={walk ? followLabel : `${followLabel}: ${t('facilitation.followMe.startHint')}`}
        data-tooltip-side="top"
        data-testid="follow-me"
        onMouseDown={keepCanvasFocus}
        onClick={() =>
          attempt(() =>
            workshop.runControl((doc, origin) =>
              setFollowMe(
                doc,
                walk
                  ? null
                  : { leader: session.doc.clientID, name: session.identity.name, now: workshop.now() },
                origin,
              ),
            ),
          )
        }
      >
        <FacilitationIcon name="followMe" />
      </button>
      <button
        type="button"
        className="dock-icon-button"
        aria-label={cursorsLabel}
        aria-pressed={cursorsHidden}
        data-tooltip={`${cursorsLabel}: ${t('facilitation.cursors.hint')}`}
        data-tooltip-side="top"
        data-testid="hide-cursors"
        onMouseDown={keepCanvasFocus}
        onClick={() =>
          attempt(
            () => workshop.runControl((doc, origin) => setCursorsHidden(doc, !cursorsHidden, origin)),
            cursorsHidden ? t('facilitation.cursors.shown') : t('facilitation.cursors.hidden'),
          )
        }
      >
        <Icon name="cursorOff" />
      </button>
      <button
        type="button"
        className="dock-icon-button"
        aria-label={anonymousLabel}
        aria-pressed={anonymous}
        data-tooltip={`${anonymousLabel}: ${t('facilitation.anonymous.hint')}`}
        data-tooltip-side="top"
        data-testid="anonymous-phase"
        onMouseDown={keepCanvasFocus}
        onClick={() => {
          const turn = (on: boolean) => workshop.runControl((doc, origin) => setAnonymous(doc, on, origin));
          // Starting it changes every page at once: a slip of the finger is undone from the notice.
          // Ending it cannot be: the server has written the names back for everyone to read.
          attempt(
            () => turn(!anonymous),
            anonymous ? t('facilitation.anonymous.stopped') : t('facilitation.anonymous.started'),
            anonymous
              ? undefined
              : { label: t('facilitation.anonymous.undo'), run: () => attempt(() => turn(false)) },
          );
        }}
      >
        <Icon name="anonymous" />
      </button>
      <span className="facilitator-dock__divider" aria-hidden="true" />
      <div className="facilitator-dock__frames" role="group" aria-label={framesText}>
        <button
          type="button"
          className="dock-icon-button"
          aria-label={t('facilitation.frames.prev')}
          aria-keyshortcuts="PageUp"
          data-tooltip={`${t('facilitation.frames.prev')} (PageUp)`}
          data-tooltip-side="top"
          data-testid="frame-prev"
          disabled={!frames.canStep(-1)}
          onMouseDown={keepCanvasFocus}
          onClick={() => frames.step(-1)}
        >
          <FacilitationIcon name="prev" />
        </button>
        <span
          className="facilitator-dock__frames-label"
          aria-live="polite"
          data-tooltip={framesText}
          data-tooltip-side="top"
          data-testid="frame-position"
        >
          <FacilitationIcon name="frames" size={16} />
          {frames.position ? `${frames.position}/${frames.count}` : frames.count}
        </span>
        <button
          type="button"
          className="dock-icon-button"
          aria-label={t('facilitation.frames.next')}
          aria-keyshortcuts="PageDown"
          data-tooltip={`${t('facilitation.frames.next')} (PageDown)`}
          data-tooltip-side="top"
          data-testid="frame-next"
          disabled={!frames.canStep(1)}
          onMouseDown={keepCanvasFocus}
          onClick={() => frames.step(1)}
        >
          <FacilitationIcon name="next" />
        </button>
      </div>
      <span className="facilitator-dock__divider" aria-hidden="true" />
      <button
        type="button"
        className="dock-icon-button"
        aria-label={t('facilitation.lockFrames')}
        aria-pressed={framesLocked}
        data-tooltip={`${t('facilitation.lockFrames')}: ${t('facilitation.lockFrames.hint')}`}
        data-tooltip-side="top"
        data-testid="lock-frames"
        onMouseDown={keepCanvasFocus}
        onClick={() =>
          attempt(() => workshop.runControl((doc, origin) => setFramesLocked(doc, !framesLocked, origin)))
        }
      >
        <FacilitationIcon name={framesLocked ? 'lock' : 'unlock'} />
      </button>
      {workshop.roster && (
        <ParticipantsButton boardId={session.identity.boardId} roster={workshop.roster} stores={stores} />
      )}
      <button
        type="button"
        className="dock-icon-button"
        aria-label={t('facilitation.links.open')}
        aria-haspopup="dialog"
        data-tooltip={t('facilitation.links.open')}
        data-tooltip-side="top"
        data-testid="share-links"
        onClick={() => updatePageUi({ linksDialog: { boardId: session.identity.boardId, rotated: null } })}
      >
        <FacilitationIcon name="link" />
      </button>
    </div>
  );
}
