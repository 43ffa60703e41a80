// An open board as the page shows it: the canvas editor, with what every feature adds to it
// (canvas/extensions.ts). This is the one place that knows both the canvas and the features.
import { AfterFirstPaint } from '../bindings/AfterFirstPaint';
import { useImported } from '../bindings/useImported';
import type { CanvasPartProps } from '../canvas/canvasActions';
import { CanvasEditor } from '../canvas/CanvasEditor';
import type { CanvasExtensions } from '../canvas/extensions';
import type { Camera } from '../canvas/viewport';
import type { BoardSession } from '../sync/session-types';
import type { WorkshopSession } from '../sync/workshop-types';
import { AttributionTooltip } from '../workshop/activity/AttributionTooltip';
import { AgreeControl } from '../workshop/agreement/AgreeControl';
import { AgreementBadges } from '../workshop/agreement/AgreementBadges';
import { LockBadges } from '../workshop/facilitation/LockBadges';
import { LockToggle } from '../workshop/facilitation/LockToggle';
import { CommentButton } from '../workshop/comments/CommentButton';
import { CommentMarks } from '../workshop/comments/CommentMarks';
import { ReactionMarks } from '../workshop/reactions/ReactionMarks';
import { ReactionPicker } from '../workshop/reactions/ReactionPicker';
import { GhostLink } from '../workshop/suggest/GhostLink';
import { SynergyButtons } from '../workshop/synergy/SynergyButtons';
import { VoteOverlay } from '../workshop/voting/VoteOverlay';
import { voteSortKey } from '../workshop/voting/voteSortKey';

// The panels' code (agenda, drafts, votes, the plan, history, exports...) is a chunk of its own,
// asked for once the board has first painted: a large board's first picture waits only for the
// canvas's code, which the browser compiles and runs first.
const loadPanels = () => import('../workshop/WorkshopPanels');

function WorkshopPanelsWhenLoaded(parts: CanvasPartProps) {
  const module = useImported(loadPanels);
  return module ? <module.WorkshopPanels {...parts} /> : null;
}

function features(parts: CanvasPartProps): CanvasExtensions {
  return {
    marks: (
      <>
        <GhostLink {...parts} />
        <VoteOverlay {...parts} />
        <AgreementBadges {...parts} />
        <ReactionMarks {...parts} />
        <CommentMarks {...parts} />
      </>
    ),
    badges: <LockBadges {...parts} />,
    propertyBar: {
      afterFields: (
        <>
          <SynergyButtons {...parts} />
          <ReactionPicker {...parts} />
          <CommentButton {...parts} />
        </>
      ),
      arrange: <LockToggle {...parts} />,
      end: <AgreeControl {...parts} />,
    },
    sortKeys: [voteSortKey(parts.workshop)],
    panels: (
      <AfterFirstPaint>
        <AttributionTooltip {...parts} />
        <WorkshopPanelsWhenLoaded {...parts} />
      </AfterFirstPaint>
    ),
  };
}

interface BoardEditorProps {
  session: BoardSession;
  workshop: WorkshopSession;
  /** Filled with the camera's getter, for the page's test handle (`window.kyoso.viewport()`). */
  viewport: { current: (() => Camera) | null };
}

export function BoardEditor(props: BoardEditorProps) {
  return <CanvasEditor {...props} extend={features} />;
}
