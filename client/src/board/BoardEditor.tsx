// An open board as the page shows it: the canvas editor, with what every feature adds to it
// (canvas/extensions.ts). This is the one place that knows both the canvas and the features.
import { AfterFirstPaint } from '../bindings/AfterFirstPaint';
import { useImported } from '../bindings/useImported';
import { useI18n } from '../i18n/I18nProvider';
import type * as PanelsModuleType from '../workshop/WorkshopPanels';
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
// A failed load is tried again twice, then says so over the board (which stays as it is).
type PanelsModule = typeof PanelsModuleType;
let panels: Promise<{ module: PanelsModule | null }> | null = null;
const loadPanels = () => {
  const attempt = (left: number): Promise<PanelsModule> =>
    import('../workshop/WorkshopPanels').catch((error: unknown) =>
      left > 0
        ? new Promise((resolve) => setTimeout(resolve, 1000)).then(() => attempt(left - 1))
        : Promise.reject(error),
    );
  panels ??= attempt(2).then(
    (module) => ({ module }),
    () => ({ module: null }),
  );
  return panels;
};

function WorkshopPanelsWhenLoaded(parts: CanvasPartProps) {
  const { t } = useI18n();
  const loaded = useImported(loadPanels);
  if (!loaded) return null;
  if (!loaded.module)
    return (
      <div className="refusal-notice" role="alert" data-testid="panels-failed">
        <span>{t('board.panelsFailed')}</span>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('board.reload')}
        </button>
      </div>
    );
  return <loaded.module.WorkshopPanels {...parts} />;
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
