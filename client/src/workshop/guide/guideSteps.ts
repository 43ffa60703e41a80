// What the first-visit guide says to each role, in order (texts in i18n/guide.ts).
import type { Role } from '@kyoso/shared';
import type { MessageKey } from '../../i18n/messages';

export interface GuideStep {
  title: MessageKey;
  body: MessageKey;
  /** Said instead on a touch screen, where the body's clicks, keys and wheel do not apply. */
  touch?: MessageKey;
  /** What the step speaks of ("the bar at the top"), marked on the page while it shows. */
  target?: string;
}

/** Steps whose body speaks of the mouse or the keyboard. */
const TOUCH_VARIANTS = new Set([
  'member.board',
  'member.drafts',
  'member.agree',
  'member.find',
  'observer.find',
]);

/** The control each step speaks of, by test id (steps about the whole board point at none). */
const TARGETS: Readonly<Record<string, string>> = {
  'member.drafts': 'drafts-open',
  'member.find': 'search-open',
  'facilitator.agenda': 'phase-bar',
  'facilitator.dock': 'facilitator-dock',
  'facilitator.templates': 'templates-open',
  'facilitator.export': 'export-open',
  'observer.find': 'minimap',
  'observer.export': 'export-open',
};

const step = (role: Role, name: string): GuideStep => {
  const target = TARGETS[`${role}.${name}`];
  return {
    title: `guide.${role}.${name}.title` as MessageKey,
    body: `guide.${role}.${name}.body` as MessageKey,
    ...(TOUCH_VARIANTS.has(`${role}.${name}`) ? { touch: `guide.${role}.${name}.touch` as MessageKey } : {}),
    ...(target ? { target: `[data-testid="${target}"]` } : {}),
  };
};

export const GUIDE_STEPS: Readonly<Record<Role, readonly GuideStep[]>> = {
  member: ['board', 'drafts', 'agree', 'find'].map((name) => step('member', name)),
  facilitator: ['agenda', 'dock', 'templates', 'export'].map((name) => step('facilitator', name)),
  observer: ['watch', 'find', 'export'].map((name) => step('observer', name)),
};

/** Remembered per role in this browser: a person who skipped or finished it is not asked again. */
export const guideSeenKey = (role: Role): string => `kyoso.guide.${role}`;
