// Which board and which role a link joins: told to the person before they are on the board (the
// name dialog, and the wait to be let in), so they can tell what they are asking to join.
import { useI18n } from '../i18n/I18nProvider';

export interface Joining {
  board: string;
  /** The role as shown (with the company for a member). */
  role: string;
  /** The facilitator lets people in one by one. */
  admission: boolean;
}

export function JoiningFacts({ joining }: { joining: Joining }) {
  const { t } = useI18n();
  return (
    <dl className="name-joining" data-testid="name-joining">
      <dt>{t('name.board')}</dt>
      <dd>{joining.board || t('board.untitled')}</dd>
      <dt>{t('name.role')}</dt>
      <dd>{joining.role}</dd>
    </dl>
  );
}
