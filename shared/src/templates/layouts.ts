// Template id → layout. Ids match TEMPLATES (templates.ts); `blank` lays out nothing.
import { alliancePlan } from './alliance-plan.js';
import type { TemplateLayout } from './common.js';
import { companyProfile } from './company-profile.js';
import { impactMatrix } from './impact-matrix.js';
import { issueBoard } from './issue-board.js';
import { partnerGoals } from './partner-goals.js';
import { synergyMap } from './synergy-map.js';
import { valueChain } from './value-chain.js';

export const TEMPLATE_LAYOUTS: Readonly<Record<string, TemplateLayout>> = {
  blank: () => [],
  'company-profile': companyProfile,
  'partner-goals': partnerGoals,
  'value-chain': valueChain,
  'synergy-map': synergyMap,
  'impact-matrix': impactMatrix,
  'alliance-plan': alliancePlan,
  'issue-board': issueBoard,
};

export const layoutOf = (id: string): TemplateLayout | undefined =>
  Object.hasOwn(TEMPLATE_LAYOUTS, id) ? TEMPLATE_LAYOUTS[id] : undefined;
