// The voting panel's short explanations ("this card is not part of the vote", a refused dot):
// one at a time, the newest wins, gone after a few seconds or when closed.
import { useEffect, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasStores } from '../../canvas/canvasStores';
import { useI18n } from '../../i18n/I18nProvider';
import { votingOf } from './votingCanvas';

const SHOWN_MS = { info: 4500, error: 9000 } as const;

export function VoteMessageLine({ stores }: { stores: CanvasStores }) {
  const { t } = useI18n();
  const message = useStore(votingOf(stores).message);
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setHiddenId(message.id), SHOWN_MS[message.kind]);
    return () => clearTimeout(timer);
  }, [message]);
  const visible = message && message.id !== hiddenId ? message : null;
  return (
    <div className="vote-message-slot" role={visible?.kind === 'error' ? 'alert' : 'status'}>
      {visible && (
        <p
          key={visible.id}
          className={`vote-message vote-message--${visible.kind}`}
          data-testid="vote-message"
          data-kind={visible.kind}
        >
          <span>{visible.text}</span>
          <button
            type="button"
            className="vote-message__close"
            aria-label={t('voting.close')}
            onClick={() => setHiddenId(visible.id)}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}
