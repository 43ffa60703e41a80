// Account overlap: a member uploads (or withdraws) the company's customer list, sees how many
// accounts it shares with each company that uploaded one (or "fewer than N"), consents to show the
// shared names, and sees them once both companies consented. The facilitator sees the counts of
// every pair, never a name. What the server does with a list is said plainly.
import { companyName } from '@kyoso/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../../bindings/hooks';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLedgerTime } from '../../i18n/ledgerTime';
import type { OverlapAnswer } from '../../sync/commandsApi';
import { useWorkshopCall } from './useWorkshopCall';

export function AccountsTab({ session, workshop }: Pick<CanvasPartProps, 'session' | 'workshop'>) {
  const { t, locale } = useI18n();
  const { companies } = useStore(session.meta);
  const { run, problem } = useWorkshopCall(workshop, 'plan.accounts.failed', {
    429: 'plan.accounts.tooSoon',
  });
  const [state, setState] = useState<OverlapAnswer | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const nameOf = (key: string) => companyName(companies, key);
  const role = workshop.identity.role;

  const reload = useCallback(async () => {
    const answer = await run((token) => workshop.api.accounts(token));
    if (answer) setState(answer);
  }, [run, workshop]);
  useEffect(() => {
    if (role !== 'observer') void reload();
  }, [reload, role]);

  if (role === 'observer') return <p className="plan-hint">{t('plan.accounts.observer')}</p>;
  const upload = async (chosen: File) => {
    setBusy(true);
    setStatus(t('plan.accounts.uploading'));
    const answer = await run(async (token) => workshop.api.uploadAccounts(token, await chosen.text()));
    setBusy(false);
    setStatus(answer ? t('plan.accounts.uploaded', { count: answer.count }) : '');
    if (file.current) file.current.value = '';
    await reload();
  };
  const withdraw = async () => {
    if (!window.confirm(t('plan.accounts.withdrawConfirm'))) return;
    setBusy(true);
    const answer = await run((token) => workshop.api.withdrawAccounts(token));
    setBusy(false);
    setStatus(answer ? t('plan.accounts.withdrawn') : '');
    await reload();
  };
  const consent = async (company: string, reveal: boolean) => {
    // Shown at once; the answer read afterwards says what the server kept.
    setState(
      (was) =>
        was && {
          ...was,
          pairs: was.pairs.map((pair) =>
            pair.company === company && pair.consent
              ? { ...pair, consent: { ...pair.consent, mine: reveal } }
              : pair,
          ),
        },
    );
    await run((token) => workshop.api.consentAccounts(token, company, reveal));
    await reload();
  };
  const now = new Date(workshop.now());

  return (
    <div className="plan-accounts" data-testid="plan-accounts">
      <h3>{t('plan.accounts.title')}</h3>
      <p className="plan-hint" data-testid="plan-accounts-privacy">
        {t('plan.accounts.privacy')}
      </p>
      {problem && (
        <p className="plan-notify__problem" role="alert" data-testid="plan-accounts-problem">
          {problem}
        </p>
      )}
      {role === 'member' && state && (
        <section className="plan-section">
          <p data-testid="plan-accounts-mine">
            {state.mine
              ? t('plan.accounts.mine', {
                  count: state.mine.count,
                  at: formatLedgerTime(state.mine.uploadedAt, locale, now),
                  by: state.mine.by,
                })
              : t('plan.accounts.none')}
          </p>
          <div className="plan-add">
            <label className="button button--secondary plan-small">
              {state.mine ? t('plan.accounts.replace') : t('plan.accounts.upload')}
              <input
                ref={file}
                type="file"
                accept=".csv,text/csv,.txt,text/plain,.tsv"
                className="sr-only"
                disabled={busy}
                data-testid="plan-accounts-file"
                onChange={(event) => {
                  const chosen = event.target.files?.[0];
                  if (chosen) void upload(chosen);
                }}
              />
            </label>
            {state.mine && (
              <button
                type="button"
                className="button button--ghost plan-small"
                disabled={busy}
                data-testid="plan-accounts-withdraw"
                onClick={() => void withdraw()}
              >
                {t('plan.accounts.withdraw')}
              </button>
            )}
            <span role="status" data-testid="plan-accounts-status">
              {status}
            </span>
          </div>
          <ul className="plan-accounts__pairs">
            {state.pairs.map((pair) => {
              const company = pair.company!;
              const name = nameOf(company);
              return (
                <li key={company} data-testid="plan-accounts-pair" data-company={company}>
                  {pair.uploads !== undefined && pair.uploads > 1 && (
                    <span className="plan-chip plan-chip--changed" data-testid="plan-accounts-replaced">
                      {t('plan.accounts.replaced', { company: name, count: pair.uploads })}
                    </span>
                  )}
                  {!pair.optedIn ? (
                    <span className="muted">{t('plan.accounts.notOpted', { company: name })}</span>
                  ) : !state.mine ? (
                    <span className="muted">{t('plan.accounts.needMine')}</span>
                  ) : (
                    <>
                      <strong data-testid="plan-accounts-count">
                        {pair.shared !== null
                          ? t('plan.accounts.shared', { company: name, count: pair.shared })
                          : t('plan.accounts.fewer', {
                              company: name,
                              count: pair.fewerThan ?? state.minimum,
                            })}
                      </strong>
                      <label className="plan-accounts__consent">
                        <input
                          type="checkbox"
                          checked={pair.consent?.mine ?? false}
                          data-testid="plan-accounts-consent"
                          onChange={(event) => void consent(company, event.target.checked)}
                        />{' '}
                        {t('plan.accounts.consent', { company: name })}
                      </label>
                      {pair.consent?.theirs && (
                        <span className="plan-chip plan-chip--agreed">
                          {t('plan.accounts.theirs', { company: name })}
                        </span>
                      )}
                      {pair.accounts ? (
                        <table className="plan-actions" data-testid="plan-accounts-names">
                          <caption>{t('plan.accounts.names', { company: name })}</caption>
                          <tbody>
                            {pair.accounts.map((account, i) => (
                              <tr key={i}>
                                <td>{account.names[0]}</td>
                                <td>{account.names[1]}</td>
                                <td className="muted">{account.domain}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      ) : (
                        <span className="plan-hint">
                          {t('plan.accounts.waiting', { count: state.minimum })}
                        </span>
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {role === 'facilitator' && state && (
        <section className="plan-section" data-testid="plan-accounts-matrix">
          <h3>{t('plan.accounts.pairs')}</h3>
          {state.pairs.length === 0 && <p className="muted">{t('plan.accounts.noPairs')}</p>}
          <ul className="plan-accounts__pairs">
            {state.pairs.map((pair) => (
              <li key={pair.companies!.join('-')}>
                {pair.companies!.map(nameOf).join(' × ')}:{' '}
                <strong>{pair.shared !== null ? pair.shared : `< ${pair.fewerThan ?? state.minimum}`}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
