// What a person is about to join, for the name dialog of their first visit and the wait to be let
// in: the board's title and their role (with their company's name), read from the server with the
// link they opened (`GET .../invitation`, which answers before they are let in).
import { useEffect, useState } from 'react';
import type { Joining } from '../canvas/JoiningFacts';
import type { TranslateFn } from '../i18n/I18nProvider';
import { createCommandsApi } from '../sync/commandsApi';

/** Null until the server answered (or when it could not: the dialog then just asks the name). */
export function useJoining(boardId: string, linkToken: string | null, t: TranslateFn): Joining | null {
  const [joining, setJoining] = useState<Joining | null>(null);
  useEffect(() => {
    if (!linkToken) return;
    let live = true;
    void createCommandsApi(boardId)
      .invitation(linkToken)
      .then((answer) => {
        if (!live || !answer.ok) return;
        const { title, role, company, admission } = answer.value;
        setJoining({
          board: title,
          role: company
            ? t('role.withCompany', { role: t(`role.${role}`), company: company.name })
            : t(`role.${role}`),
          admission,
        });
      });
    return () => {
      live = false;
    };
  }, [boardId, linkToken, t]);
  return joining;
}
