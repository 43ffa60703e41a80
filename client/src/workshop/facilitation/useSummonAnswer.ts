// Answers a summon: when the facilitator brings everyone to their view, this page's camera glides
// there once (and stops following whoever it was following: the group is meeting elsewhere), and a
// notice says why the view moved.
import { useEffect, useRef } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { moveCamera, type CameraMotion } from './cameraMotion';
import { followChoiceOf } from './followChoice';
import { cameraForView } from './followCamera';
import { followTarget } from './followTarget';
import { showNotice } from './notices';
import { sentSummons } from './summon';
import { shouldAnswerSummon } from './summonRules';

export function useSummonAnswer({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>): void {
  const { t } = useI18n();
  // The words in the current language, without answering the summon again when it changes.
  const words = useRef(t);
  useEffect(() => {
    words.current = t;
  });
  useEffect(() => {
    let handled: number | null = null;
    let motion: CameraMotion | null = null;
    const choices = followChoiceOf(session);
    const check = () => {
      const { summon, followMe } = workshop.control.get();
      if (!summon || !shouldAnswerSummon(summon, handled, workshop.now())) {
        if (summon) handled = summon.seq;
        return;
      }
      handled = summon.seq;
      if (sentSummons(workshop).has(summon.seq)) return;
      // Following the facilitator's walk already shows their view.
      const target = followTarget(choices.get(), followMe, session.doc.clientID);
      if (target?.mode === 'walk') return;
      if (target) choices.set({ ...choices.get(), peer: null });
      motion?.stop();
      const goal = cameraForView(summon.view, stores.size.get());
      motion = moveCamera(stores, { goal: () => goal, once: true });
      showNotice(stores, 'info', words.current('facilitation.summoned'));
    };
    check();
    const off = workshop.control.subscribe(check);
    return () => {
      off();
      motion?.stop();
    };
  }, [session, stores, workshop]);
}
