// Clicks on cards while a member votes: the pointer hands each plain click on a shape to the
// handler registered here (votingCanvas.ts) before the editor sees it. A click places a dot;
// a click on one's own dot, Alt/Option+click or a right-click takes one back; anything that cannot
// be done is explained in the voting panel. D switches vote mode off and on, so the same clicks
// can select and edit cards again. While voting, the press on a card does not select it and the
// cursor is not shared: nobody can watch which cards someone votes for.
import { isBoxShape, isCard, isInVoteScope, ownValue, votesLeft } from '@kyoso/shared';
import { useEffect } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { shapeAt } from '../../canvas/pointerHits';
import { matches, mayBeShortcut } from '../../canvas/keyBindings';
import { screenToWorld } from '../../canvas/viewport';
import type { TranslateFn } from '../../i18n/I18nProvider';
import { ballotOf } from './ballotOf';
import { shownBallot } from './ballotStore';
import { isOnDot, layoutDots } from './dotLayout';
import { decideVoteClick, type VoteRefusal } from './voteClick';
import { voteFailure } from './voteFailure';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';
import type { CardClick } from '../../canvas/cardClicks';
import { showVoteMessage, updateVotingUi, votingOf } from './votingCanvas';

export const VOTE_MODE_KEY = 'D';

const REFUSALS: Record<VoteRefusal, Parameters<TranslateFn>[0]> = {
  outOfScope: 'voting.refuse.outOfScope',
  noneLeft: 'voting.refuse.noneLeft',
  noDotHere: 'voting.refuse.noDotHere',
};

export function useVoteClicks(
  { session, stores, workshop }: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>,
  t: TranslateFn,
): void {
  const isVoter = session.identity.role === 'member';

  useEffect(() => {
    if (!isVoter) return;
    const voting = votingOf(stores);
    const ballot = ballotOf(workshop);

    const openRound = () => {
      const round = workshop.ledger.get().vote;
      return round?.status === 'open' && voting.ui.get().voteMode ? round : null;
    };
    const click = ({ card, world, takeBack, shift }: CardClick): boolean => {
      const round = openRound();
      if (!round) return false;
      const shape = session.shapes.byId(card);
      const mine = shownBallot(ballot.get(), round.round);
      const count = ownValue(mine, card) ?? 0;
      const onDot = !!shape && isBoxShape(shape) && count > 0 && isOnDot(layoutDots(shape, count), world);
      const decision = decideVoteClick({
        voting: true,
        isCard: !!shape && isCard(shape),
        inScope: !!shape && isInVoteScope(shape, round.rules.scope, session.shapes),
        mine: count,
        left: votesLeft(mine, round.rules),
        allowMultiple: round.rules.allowMultiple,
        takeBack: takeBack || onDot,
        shift,
      });
      switch (decision.action) {
        case 'pass':
          return false;
        case 'refuse':
          showVoteMessage(
            stores,
            'info',
            t(REFUSALS[decision.reason], { total: round.rules.votesPerPerson }),
          );
          return true;
        case 'add':
        case 'remove': {
          // A refusal shown a moment ago ("none left") no longer holds once a dot moves.
          votingOf(stores).message.set(null);
          const send = () =>
            void ballot.vote(round.round, card, decision.action === 'add' ? 1 : -1).then((result) => {
              if (result.ok) return;
              showVoteMessage(stores, 'error', t('voting.error.vote', { message: voteFailure(result, t) }));
              ballot.refresh();
            });
          if (workshop.participant.token()) {
            send();
            return true;
          }
          // A page that has just opened may still be registering its person: the dot goes in
          // once it has, as they meant it, instead of the click being lost.
          showVoteMessage(stores, 'info', t('voting.joining'));
          void tokenWithin(workshop.participant, JOIN_WAIT_MS).then((token) => {
            if (!token) {
              showVoteMessage(stores, 'error', t('voting.notJoined'));
              return;
            }
            votingOf(stores).message.set(null);
            send();
          });
          return true;
        }
      }
    };
    stores.cardClicks.current = {
      active: () => openRound() !== null,
      claims: (card, shift) => {
        const shape = session.shapes.byId(card);
        return openRound() !== null && !shift && !!shape && isCard(shape);
      },
      click,
    };

    // Right-click on a card takes a dot back (the browser menu stays away only then).
    const element = stores.element.current;
    const onContextMenu = (event: MouseEvent) => {
      if (!element) return;
      const bounds = element.getBoundingClientRect();
      const camera = stores.camera.get();
      const world = screenToWorld(camera, { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
      const card = shapeAt(session.shapes, world, camera.zoom);
      if (card && click({ card, world, takeBack: true, shift: false })) event.preventDefault();
    };
    element?.addEventListener('contextmenu', onContextMenu);

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !matches(event, VOTE_MODE_KEY) || !mayBeShortcut(event))
        return;
      if (workshop.ledger.get().vote?.status !== 'open' || stores.editor.get().editing) return;
      event.preventDefault();
      const on = !voting.ui.get().voteMode;
      updateVotingUi(stores, { voteMode: on, ...(on ? { collapsed: false } : {}) });
      showVoteMessage(stores, 'info', t(on ? 'voting.mode.onNotice' : 'voting.mode.offNotice'));
    };
    window.addEventListener('keydown', onKeyDown);

    return () => {
      stores.cardClicks.current = null;
      element?.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [session, stores, workshop, isVoter, t]);
}
