// One draft card in the panel: a checkbox (for revealing), its text edited in place, its kind, its
// comment thread (kept in the company's private channel) and a delete button.
import { CARD_KINDS, excerpt, isCardKind, type ShapeId, type StickyShape } from '@kyoso/shared';
import { Icon } from '../../ui/icons';
import type { KindLabels } from '../../canvas/kindLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { DraftCommands } from './draftCommands';
import { DraftTextField } from './DraftTextField';
import { openThread } from '../comments/CommentButton';

interface DraftCardRowProps {
  card: StickyShape;
  kinds: KindLabels;
  selected: boolean;
  onSelect: (id: ShapeId, selected: boolean) => void;
  onDelete: (card: StickyShape) => void;
  onAddNext: () => void;
  commands: DraftCommands;
  currentText: (id: ShapeId) => string | undefined;
  autoFocus: boolean;
  disabled: boolean;
  /** How many comments its thread has. */
  comments: number;
}

export function DraftCardRow(props: DraftCardRowProps) {
  const {
    card,
    kinds,
    selected,
    onSelect,
    onDelete,
    onAddNext,
    commands,
    currentText,
    autoFocus,
    disabled,
    comments,
  } = props;
  const { t } = useI18n();
  const kindLabel = card.kind ? kinds[card.kind] : t('props.kindNone');
  const name = excerpt(card.text, 24) || t('drafting.card.empty');
  return (
    <li className="draft-card" data-testid="draft-card" data-id={card.id} data-kind={card.kind ?? ''}>
      <input
        type="checkbox"
        className="draft-card__check"
        checked={selected}
        disabled={disabled}
        aria-label={t('drafting.card.select', { text: name })}
        data-testid="draft-select"
        onChange={(event) => onSelect(card.id, event.target.checked)}
      />
      <DraftTextField
        id={card.id}
        text={card.text}
        currentText={() => currentText(card.id)}
        commands={commands}
        label={t('drafting.card.text', { kind: kindLabel })}
        placeholder={t('drafting.card.placeholder')}
        hint={t('drafting.card.keys')}
        autoFocus={autoFocus}
        onAddNext={onAddNext}
      />
      <select
        className="draft-card__kind"
        value={card.kind ?? '-'}
        aria-label={t('drafting.card.kind', { text: name })}
        data-testid="draft-kind"
        onChange={(event) => {
          const value = event.target.value;
          commands.setKind(card.id, isCardKind(value) ? value : null);
        }}
      >
        <option value="-">{t('props.kindNone')}</option>
        {CARD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kinds[kind]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="icon-button draft-card__comment"
        aria-label={comments > 0 ? t('comments.buttonCount', { count: comments }) : t('comments.button')}
        data-tooltip={comments > 0 ? t('comments.buttonCount', { count: comments }) : t('comments.button')}
        data-tooltip-side="left"
        data-testid="draft-comment"
        onClick={() => openThread(card.id)}
      >
        <Icon name="comment" />
        {comments > 0 && <span className="draft-card__comments">{comments}</span>}
      </button>
      <button
        type="button"
        className="icon-button draft-card__delete"
        aria-label={t('drafting.card.delete', { text: name })}
        data-tooltip={t('drafting.card.deleteShort')}
        data-tooltip-side="left"
        data-testid="draft-delete"
        onClick={() => onDelete(card)}
      >
        <Icon name="delete" />
      </button>
    </li>
  );
}
