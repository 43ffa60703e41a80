import { useEffect, useRef } from 'react';
import type { CreatedBoard } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import { CopyField } from '../ui/CopyField';

/** The invitation links of a board just created, one per role (and per company for members). */
export function BoardLinks({
  board,
  title,
  onReset,
}: {
  board: CreatedBoard;
  title: string;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="links">
      <div className="links__header">
        <h2 ref={headingRef} tabIndex={-1} className="card__title">
          <span className="check" aria-hidden="true">
            ✓
          </span>
          {t('created.heading')}
        </h2>
        <p className="links__board">
          <strong>{title}</strong>
          <span className="muted">
            {t('created.boardId')}: <code>{board.id}</code>
          </span>
        </p>
        <p className="muted">{t('created.intro')}</p>
        <p className="alert alert--warning">{t('created.warning')}</p>
      </div>

      <section className="role-link" aria-labelledby="link-facilitator">
        <h3 id="link-facilitator" className="role-link__title">
          <span className="role-badge role-badge--facilitator">{t('role.facilitator')}</span>
        </h3>
        <p className="role-link__desc">{t('role.facilitator.desc')}</p>
        <CopyField value={board.links.facilitator} label={t('role.facilitator')} />
      </section>

      <section className="role-link" aria-labelledby="link-members">
        <h3 id="link-members" className="role-link__title">
          <span className="role-badge role-badge--member">{t('role.member')}</span>
          <span className="role-link__subtitle">{t('created.membersHeading')}</span>
        </h3>
        <ul className="member-links">
          {board.companies.map((company) => {
            const link = board.links.members[company.key];
            if (!link) return null;
            const label = `${t('role.member')} (${company.name})`;
            return (
              <li key={company.key} className="member-link" style={{ borderLeftColor: company.color }}>
                <p className="member-link__name">
                  <span className="swatch" style={{ backgroundColor: company.color }} aria-hidden="true" />
                  {company.name}
                </p>
                <p className="role-link__desc">{t('role.member.desc', { company: company.name })}</p>
                <CopyField value={link} label={label} />
              </li>
            );
          })}
        </ul>
      </section>

      <section className="role-link" aria-labelledby="link-observer">
        <h3 id="link-observer" className="role-link__title">
          <span className="role-badge role-badge--observer">{t('role.observer')}</span>
        </h3>
        <p className="role-link__desc">{t('role.observer.desc')}</p>
        <CopyField value={board.links.observer} label={t('role.observer')} />
      </section>

      <div className="form__actions form__actions--split">
        <a
          className="button button--primary button--large"
          href={board.links.facilitator}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('created.openFacilitator')}
        </a>
        <button type="button" className="button button--ghost" onClick={onReset}>
          {t('created.another')}
        </button>
      </div>
    </div>
  );
}
