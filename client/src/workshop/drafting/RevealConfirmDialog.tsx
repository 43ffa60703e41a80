// Before a reveal: which cards become visible to every company, and that it cannot be undone.
import type { Company, StickyShape } from '@kyoso/shared';
import type { KindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { countText } from '../../i18n/countText';
import { countByKind } from './draftGroups';
import type { RevealScope } from './useReveal';

interface RevealConfirmDialogProps {
  scope: RevealScope;
  cards: readonly StickyShape[];
  companies: readonly Company[];
  kinds: KindLabels;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RevealConfirmDialog(props: RevealConfirmDialogProps) {
  const { scope, cards, companies, kinds, onConfirm, onCancel } = props;
  const { t } = useI18n();
  const names = companies.map((company) => company.name).join(t('drafting.confirm.separator'));
  return (
    <ConfirmDialog
      title={
        scope === 'all'
          ? countText(t, 'drafting.confirm.titleAll', cards.length)
          : countText(t, 'drafting.confirm.titleSelected', cards.length)
      }
      cancelLabel={t('drafting.confirm.cancel')}
      confirmLabel={t('drafting.confirm.submit')}
      testId="reveal-confirm"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('drafting.confirm.body', { companies: names })}</p>
      <ul className="confirm-dialog__list reveal-dialog__kinds">
        {countByKind(cards).map(({ kind, count }) => (
          <li key={kind ?? '-'}>
            <span>{kind ? kinds[kind] : t('props.kindNone')}</span>
            <span className="reveal-dialog__count">{countText(t, 'drafting.count', count)}</span>
          </li>
        ))}
      </ul>
      {scope === 'all' && <p className="muted">{t('drafting.confirm.allNote')}</p>}
      <p className="alert alert--warning">{t('drafting.confirm.irreversible')}</p>
    </ConfirmDialog>
  );
}
