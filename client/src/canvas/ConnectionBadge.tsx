// Connection status: connected, (re)connecting, or offline (edits are kept and sent later).
import { useEffect, useRef } from 'react';
import { useStore } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { ConnectionState } from '../sync/boardConnection';
import type { Store } from '../sync/session-types';

export function ConnectionBadge({ connection }: { connection: Store<ConnectionState> }) {
  const { t } = useI18n();
  const { status } = useStore(connection);
  const wasConnected = useRef(false);
  useEffect(() => {
    if (status === 'connected') wasConnected.current = true;
  }, [status]);
  const label =
    status === 'connecting' && wasConnected.current ? t('status.reconnecting') : t(`status.${status}`);
  return (
    <span
      className={`status status--${status}`}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-status={status}
      data-tooltip={status === 'offline' ? t('status.offlineHint') : undefined}
      data-tooltip-side="bottom"
    >
      <span className="status__dot" aria-hidden="true" />
      <span className="status__label">{label}</span>
    </span>
  );
}
