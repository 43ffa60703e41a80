import { useState } from 'react';
import type { CreatedBoard } from '../api';
import { useI18n } from '../i18n/I18nProvider';
import { AppHeader } from '../ui/AppHeader';
import { BoardLinks } from './BoardLinks';
import { CreateBoardForm } from './CreateBoardForm';
import { ImportBoard } from './ImportBoard';

export function LandingPage() {
  const { t } = useI18n();
  const [created, setCreated] = useState<{ board: CreatedBoard; title: string } | null>(null);
  const [formKey, setFormKey] = useState(0);
  // Above the forms, which are made afresh: the token outlives "create another board".
  const [adminToken, setAdminToken] = useState('');

  return (
    <div className="page">
      <AppHeader />
      <main className="main landing">
        <section className="intro" aria-labelledby="intro-tagline">
          <h1 id="intro-tagline" className="intro__tagline">
            {t('app.tagline')}
          </h1>
          <h2 className="intro__how">{t('landing.how')}</h2>
          <ol className="steps">
            <li>{t('landing.step1')}</li>
            <li>{t('landing.step2')}</li>
            <li>{t('landing.step3')}</li>
          </ol>
          {/* Made afresh once a board is created either way: no stale error beside the new links. */}
          <ImportBoard
            key={created?.board.id ?? 'none'}
            onImported={(board, title) => setCreated({ board, title })}
            adminToken={adminToken}
            onAdminToken={setAdminToken}
          />
        </section>

        <section className="card" aria-labelledby={created ? undefined : 'create-heading'}>
          {created ? (
            <BoardLinks
              board={created.board}
              title={created.title}
              onReset={() => {
                setCreated(null);
                setFormKey((k) => k + 1);
              }}
            />
          ) : (
            <>
              <h2 id="create-heading" className="card__title">
                {t('landing.heading')}
              </h2>
              <p className="muted card__intro">{t('landing.intro')}</p>
              <CreateBoardForm
                key={formKey}
                onCreated={(board, title) => setCreated({ board, title })}
                adminToken={adminToken}
                onAdminToken={setAdminToken}
              />
            </>
          )}
        </section>
      </main>
    </div>
  );
}
