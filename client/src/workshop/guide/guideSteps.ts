// What the first-visit guide says to each role, in order (texts in i18n/guide.ts).
import type { Role } from '@kyoso/shared';
import type { MessageKey } from '../../i18n/messages';

export interface GuideStep {
  title: MessageKey;
  body: MessageKey;
  /** Said instead on a touch screen, where the body's clicks, keys and wheel do not apply. */
  touch?: MessageKey;
}

/** Steps whose body speaks of the mouse or the keyboard. */
const TOUCH_VARIANTS = new Set([
  'member.board',
  'member.drafts',
  'member.agree',
  'member.find',
  'observer.find',
]);

const step = (role: Role, name: string): GuideStep => ({
  title: `guide.${role}.${name}.title` as MessageKey,
  body: `guide.${role}.${name}.body` as MessageKey,
  ...(TOUCH_VARIANTS.has(`${role}.${name}`) ? { touch: `guide.${role}.${name}.touch` as MessageKey } : {}),
});

export const GUIDE_STEPS: Readonly<Record<Role, readonly GuideStep[]>> = {
  member: ['board', 'drafts', 'agree', 'find'].map((name) => step('member', name)),
  facilitator: ['agenda', 'dock', 'templates', 'export'].map((name) => step('facilitator', name)),
  observer: ['watch', 'find', 'export'].map((name) => step('observer', name)),
};

/** Remembered per role in this browser: a person who skipped or finished it is not asked again. */
export const guideSeenKey = (role: Role): string => `kyoso.guide.${role}`;
