// The plan as this page sees it: the synergy points on the plan (agreed, or agreed before a
// change), what is overdue today in the viewer's calendar, and who may change each point's plan.
import { calendarDay, planItems, synergyPoints, type PlanItem, type ShapeId } from '@kyoso/shared';
import { useMemo } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useEditRights } from '../../canvas/rightsNow';

export interface PlanState {
  items: PlanItem[];
  today: string;
  overdue: number;
  /** Whether this page may change the point's plan (its rights on the synergy card). */
  canEdit: (id: ShapeId) => boolean;
}

export function usePlan({
  session,
  stores,
  workshop,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'workshop'>): PlanState {
  const shapes = useStore(session.shapes);
  const { events } = useStore(workshop.ledger);
  const { companies } = useStore(session.meta);
  const rights = useEditRights(session, stores);
  const today = calendarDay(new Date(workshop.now()));
  return useMemo(() => {
    const items = planItems(synergyPoints(shapes, events, companies), today);
    return {
      items,
      today,
      overdue: items.reduce((sum, item) => sum + item.overdue.length, 0),
      canEdit: (id) => !session.readOnly && rights.whyNot(id) === null,
    };
  }, [shapes, events, companies, today, rights, session]);
}
