// A round's rules in words: what it is about, how many dots each, whether they can pile up.
import type { Shape, ShapeId, VoteRules, VoteScope } from '@kyoso/shared';
import type { TranslateFn } from '../../i18n/I18nProvider';

/** A frame's name for lists and summaries: its title, or "Frame" when it has none. */
export const frameName = (frame: Shape | undefined, t: TranslateFn): string =>
  frame?.text.trim() || t('frame.untitled');

export function scopeText(
  scope: VoteScope,
  t: TranslateFn,
  byId: (id: ShapeId) => Shape | undefined,
): string {
  switch (scope.kind) {
    case 'all':
      return t('voting.scope.allCards');
    case 'frame': {
      const frame = byId(scope.frame);
      return frame?.type === 'frame'
        ? t('voting.scope.inFrame', { frame: frameName(frame, t) })
        : t('voting.scope.frameGone');
    }
    case 'kind':
      return t('voting.scope.ofKind', {
        kind: scope.cardKinds.map((kind) => t(`kind.${kind}`)).join(t('voting.scope.kindSeparator')),
      });
  }
}

export function rulesText(rules: VoteRules, t: TranslateFn): string {
  return t(rules.allowMultiple ? 'voting.rules.multiple' : 'voting.rules.single', {
    count: rules.votesPerPerson,
  });
}
