// The workshop's panels over the canvas: agenda and timer, drafts, voting, agreement, links.
// Each feature lives in its own folder under workshop/; this file only places them. Panels open in
// the panel dock (ui/PanelDock.tsx, set up by the canvas editor), one per side; their launchers sit in the launcher dock
// (ui/LauncherDock.tsx), each at its own place in the row.
import type { CanvasPartProps } from '../canvas/canvasActions';
import { ExportHost } from '../exports/ExportHost';
import { LauncherDock } from '../ui/LauncherDock';
import { HistoryHost } from '../history/HistoryHost';
import { FacilitationPanels } from './facilitation/FacilitationPanels';
import { DraftingPanel } from './drafting/DraftingPanel';
import { AgreementsPanel } from './agreement/AgreementsPanel';
import { Voting } from './voting/Voting';
import { SynergyPanel } from './synergy/SynergyPanel';
import { TemplatesPanel } from './templates/TemplatesPanel';
import { SuggestionsPanel } from './suggest/SuggestionsPanel';
import { ActivityPanel } from './activity/ActivityPanel';
import { CommentsPanel } from './comments/CommentsPanel';
import { PlanView } from './plan/PlanView';
import { AgreementChangeNotice } from './agreement/AgreementChangeNotice';
import { useRevealNotice } from './drafting/useRevealNotice';
import { useStepSelection } from './useStepSelection';
import { useStepView } from './useStepView';
import { FirstVisitGuide } from './guide/FirstVisitGuide';

export function WorkshopPanels(props: CanvasPartProps) {
  useStepSelection(props.workshop, props.stores);
  useStepView(props.session, props.workshop, props.stores);
  useRevealNotice(props);
  return (
    <div className="workshop-panels">
      <LauncherDock>
        <FacilitationPanels {...props} />
        <DraftingPanel {...props} />
        <AgreementsPanel {...props} />
        <SynergyPanel {...props} />
        <PlanView {...props} />
        <Voting {...props} />
        <TemplatesPanel {...props} />
        <SuggestionsPanel {...props} />
        <ActivityPanel {...props} />
        <CommentsPanel {...props} />
        <HistoryHost {...props} />
        <ExportHost {...props} />
      </LauncherDock>
      <AgreementChangeNotice {...props} />
      <FirstVisitGuide role={props.session.identity.role} />
    </div>
  );
}
