// The vote marks on the canvas overlay (voteMarks.ts): own dots and dims while voting, totals
// and the "top N" highlight after the reveal. Only cards in view are drawn; cards someone is
// dragging are left out until they land.
import { isCard, isInVoteScope, type StickyShape } from '@kyoso/shared';
import { useMemo } from 'react';
import { Shape } from 'react-konva';
import { useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasStores } from '../../canvas/canvasStores';
import { useHiddenShapes } from '../../canvas/hiddenShapes';
import { CANVAS_FONT } from '../../canvas/textMeasure';
import { useCullRegion } from '../../canvas/useCullRegion';
import type { Camera } from '../../canvas/viewport';
import type { BoardSession } from '../../sync/session-types';
import type { WorkshopSession } from '../../sync/workshop-types';
import { ballotOf } from './ballotOf';
import { shownBallot } from './ballotStore';
import { drawDims, drawDots, drawTopRings, drawTotals } from './drawVotes';
import { rankResults, topCards } from './ranking';
import { useVoteRound } from './useVoteRound';
import { voteMarks } from './voteMarks';
import { useHighlightTop } from './useHighlight';
import { votingOf } from './votingCanvas';

interface VoteOverlayProps {
  session: BoardSession;
  stores: CanvasStores;
  workshop: WorkshopSession;
}

const zoomOf = (camera: Camera) => camera.zoom;

export function VoteOverlay({ session, stores, workshop }: VoteOverlayProps) {
  const round = useVoteRound(workshop);
  const ui = useStore(votingOf(stores).ui);
  const ballot = useStore(ballotOf(workshop));
  const all = useStore(session.shapes);
  const region = useCullRegion(stores);
  const hidden = useHiddenShapes(stores);
  const zoom = useStoreSelector(stores.camera, zoomOf);
  const isVoter = session.identity.role === 'member';

  const cards = useMemo(
    () =>
      round
        ? session.shapes.search(region).flatMap((id) => {
            const shape = hidden.has(id) ? undefined : session.shapes.byId(id);
            return shape && isCard(shape) ? [shape] : [];
          })
        : [],
    // `all`: cards whose ids did not change may still have moved.
    [session, round, region, hidden, all],
  );
  const totals = round?.status === 'revealed' ? round.totals : null;
  const highlightTop = useHighlightTop(workshop, round);
  const top = useMemo(
    () => (totals && highlightTop !== null ? topCards(rankResults(totals), highlightTop) : null),
    [totals, highlightTop],
  );
  if (!round || cards.length === 0) return null;

  const voting = isVoter && round.status === 'open' && ui.voteMode;
  const marks = voteMarks({
    cards,
    zoom,
    inScope: voting ? (card: StickyShape) => isInVoteScope(card, round.rules.scope, session.shapes) : null,
    mine: isVoter && round.status !== 'revealed' ? shownBallot(ballot, round.round) : null,
    totals,
    top,
  });
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const ctx = context._context;
        drawDims(ctx, marks.dims);
        drawTopRings(ctx, marks.rings, zoom);
        drawDots(ctx, marks.dots, zoom, CANVAS_FONT);
        drawTotals(ctx, marks.totals, zoom, CANVAS_FONT);
      }}
    />
  );
}
