// The property bar's reactions for one selected card (E): the six stamps with their counts, this
// person's own pressed, and who gave each. Pressing one gives it or takes it back through the
// server, which records it under the person's participant token; everyone sees the count on the
// card. Shown also on another company's card (reacting is not changing it); observers see who
// reacted but cannot react.
import { REACTION_EMOJI, REACTION_STAMPS, type ReactionStamp, type ShapeId } from '@kyoso/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDismiss } from '../../bindings/useDismiss';
import { useShapesById, useStore, useStoreSelector } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useKeyBinding } from '../../canvas/keyBindings';
import { ToolButton } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';
import { shortcutLabel } from '../../ui/platform';
import { useKeptOnScreen } from '../../ui/useKeptOnScreen';
import { JOIN_WAIT_MS, tokenWithin } from '../participantToken';
import '../../ui/ui.css';
import './reactions.css';

const KEYS = 'E';
const NONE: readonly ShapeId[] = [];
const NO_REACTIONS = [] as const;

export function ReactionPicker({ session, stores, workshop }: Omit<CanvasPartProps, 'actions'>) {
  const { t } = useI18n();
  const selection = useStoreSelector(stores.editor, (state) => state.selection);
  const [card] = useShapesById(session.shapes, selection.length === 1 ? selection : NONE);
  const reactions = useStore(workshop.reactions);
  const participant = useStore(workshop.participant);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const [pending, setPending] = useState<ReactionStamp | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const popup = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const isCard = card?.type === 'sticky';
  useKeyBinding({ keys: KEYS, run: () => setOpen((was) => !was) }, isCard);

  useDismiss(open, popup, close);
  useKeptOnScreen(panel, open && isCard);
  useEffect(() => setProblem(null), [card?.id]);

  if (!card || !isCard) return null;
  const counts = reactions.get(card.id) ?? NO_REACTIONS;
  const me = participant.status === 'ready' ? participant.participant.id : null;
  const observer = session.identity.role === 'observer';
  const peopleOf = (stamp: ReactionStamp) => counts.find((count) => count.stamp === stamp)?.people ?? [];

  const react = async (stamp: ReactionStamp) => {
    const on = !peopleOf(stamp).some((person) => me !== null && person.participant === me);
    setPending(stamp);
    setProblem(null);
    const token = workshop.participant.token() ?? (await tokenWithin(workshop.participant, JOIN_WAIT_MS));
    if (!token) {
      setPending(null);
      setProblem(t('reactions.error.joining'));
      return;
    }
    const result = await workshop.api.react(token, card.id, stamp, on);
    setPending(null);
    if (!result.ok)
      setProblem(
        result.status === 0
          ? t('reactions.error.network')
          : t('reactions.error', { message: result.message || String(result.status) }),
      );
  };

  const total = counts.reduce((sum, count) => sum + count.people.length, 0);
  return (
    <div className="reaction-picker" ref={popup}>
      <ToolButton
        icon="smile"
        label={total > 0 ? `${t('reactions.menu')} (${total})` : t('reactions.menu')}
        shortcut={shortcutLabel(KEYS)}
        tooltipSide="bottom"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="reactions-open"
        onClick={() => setOpen(!open)}
      />
      {open && (
        <div
          ref={panel}
          className="bar-popup reaction-picker__popup"
          role="dialog"
          aria-label={t('reactions.menu')}
          data-testid="reaction-picker"
        >
          <div className="reaction-picker__stamps" role="group" aria-label={t('reactions.open')}>
            {REACTION_STAMPS.map((stamp) => {
              const people = peopleOf(stamp);
              // An imported stamp (no participant) is nobody's here, even before this person joined.
              const mine = people.some((person) => me !== null && person.participant === me);
              return (
                <button
                  key={stamp}
                  type="button"
                  className="reaction-picker__stamp"
                  aria-pressed={mine}
                  aria-label={t('reactions.give', {
                    stamp: t(`reactions.stamp.${stamp}`),
                    count: people.length,
                  })}
                  title={observer ? t('reactions.observer') : t(`reactions.stamp.${stamp}`)}
                  disabled={observer || pending !== null}
                  data-testid="reaction-stamp"
                  data-stamp={stamp}
                  onClick={() => void react(stamp)}
                >
                  <span aria-hidden="true">{REACTION_EMOJI[stamp]}</span>
                  {people.length > 0 && <span className="reaction-picker__count">{people.length}</span>}
                </button>
              );
            })}
          </div>
          {counts.length === 0 ? (
            <p className="reaction-picker__empty">{t('reactions.none')}</p>
          ) : (
            <ul className="reaction-picker__who" data-testid="reaction-who">
              {counts.map(({ stamp, people }) => (
                <li key={stamp}>
                  <span aria-hidden="true">{REACTION_EMOJI[stamp]}</span>
                  <span className="sr-only">{t(`reactions.stamp.${stamp}`)}</span>
                  {people
                    .map((person) =>
                      person.file ? t('reactions.imported', { name: person.name }) : person.name,
                    )
                    .join(', ')}
                </li>
              ))}
            </ul>
          )}
          {problem && (
            <p className="reaction-picker__problem" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
