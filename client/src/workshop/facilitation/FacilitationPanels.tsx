// Facilitation over the canvas: the agenda bar with the timer (top centre, everyone), the
// follow banner and notices (bottom centre, everyone), the facilitator's dock and dialogs, and
// the behaviours behind them (locks in the editor, answering a summon, following a view, telling
// everyone of a restore).
import { useState } from 'react';
import { useStoreSelector } from '../../bindings/hooks';
import { usePageUi } from '../../bindings/pageUi';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { AgendaDialog } from './AgendaDialog';
import { FacilitatorDock } from './FacilitatorDock';
import { FollowBanner, FollowFrame } from './FollowBanner';
import { AnonymousBanner } from './AnonymousBanner';
import { LinksDialog } from './LinksDialog';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { NoticeToast } from './NoticeToast';
import { PhaseBar } from './PhaseBar';
import { useFollowCamera } from './useFollowCamera';
import { useLockShortcut } from './useLocks';
import { useRestoreNotice } from './useRestoreNotice';
import { useSummonAnswer } from './useSummonAnswer';
import { useWalkHandover } from './useWalkHandover';
import './facilitation.css';

export function FacilitationPanels(props: CanvasPartProps) {
  const { session, stores, workshop } = props;
  const { t } = useI18n();
  const [agendaOpen, setAgendaOpen] = useState(false);
  const phases = useStoreSelector(workshop.control, (control) => control.phases);
  const boardId = session.identity.boardId;
  const linksOpen = usePageUi((ui) => ui.linksDialog?.boardId === boardId);
  const participantsOpen = usePageUi((ui) => ui.participantsOpen === boardId);
  useLockShortcut(props, t);
  useSummonAnswer(props);
  useRestoreNotice(props);
  useWalkHandover(props);
  const target = useFollowCamera(props);

  return (
    <>
      {target && <FollowFrame session={session} target={target} />}
      <PhaseBar workshop={workshop} onEditAgenda={() => setAgendaOpen(true)} />
      <div className="facilitation-bottom">
        <NoticeToast session={session} stores={stores} workshop={workshop} />
        <FollowBanner {...props} target={target} />
        <AnonymousBanner workshop={workshop} />
        {workshop.canControl && <FacilitatorDock {...props} />}
      </div>
      {agendaOpen && workshop.canControl && (
        <AgendaDialog workshop={workshop} phases={phases} onClose={() => setAgendaOpen(false)} />
      )}
      {linksOpen && workshop.canControl && <LinksDialog session={session} workshop={workshop} />}
      {participantsOpen && workshop.roster && workshop.here && (
        <ParticipantsPanel {...props} roster={workshop.roster} here={workshop.here} />
      )}
    </>
  );
}
