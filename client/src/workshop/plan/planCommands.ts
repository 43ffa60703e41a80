// The plan's edits on this page's content document, each one named command (undoable as one step).
import {
  addNextStepAction,
  addPlanAction,
  removePlanAction,
  setPlanProgress,
  updateKpi,
  updatePlanAction,
  type ActionFieldsArgs,
  type PlanStatus,
  type ShapeId,
  type UpdateKpiArgs,
} from '@kyoso/shared';
import { runCommand } from '../../canvas/runCommand';
import type { BoardSession } from '../../sync/session-types';

export const planCommands = (session: BoardSession, point: ShapeId) => ({
  addAction: (title: string) =>
    runCommand(session, (doc, origin) => addPlanAction(doc, { id: point, title }, origin)),
  /** The point's agreed next step as an action, with the point's owners and due date. */
  addNextStep: () => runCommand(session, (doc, origin) => addNextStepAction(doc, point, origin)),
  updateAction: (action: string, args: ActionFieldsArgs) =>
    runCommand(session, (doc, origin) => updatePlanAction(doc, { id: point, action, ...args }, origin)),
  removeAction: (action: string) =>
    runCommand(session, (doc, origin) => removePlanAction(doc, { id: point, action }, origin)),
  updateKpi: (args: Omit<UpdateKpiArgs, 'id'>) =>
    runCommand(session, (doc, origin) => updateKpi(doc, { id: point, ...args }, origin)),
  setProgress: (progress: PlanStatus) =>
    runCommand(session, (doc, origin) => setPlanProgress(doc, { id: point, progress }, origin)),
});
export type PlanCommands = ReturnType<typeof planCommands>;
