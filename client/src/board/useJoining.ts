// What a person is about to join, for the name dialog of their first visit: the board's title and
// their role (with their company's name), read from the server with the link they opened.
import { useEffect, useState } from 'react';
import type { Joining } from '../canvas/NameDialog';
import type { TranslateFn } from '../i18n/I18nProvider';
import { createCommandsApi } from '../sync/commandsApi';

/** Null until the server answered (or when it could not: the dialog then just asks the name). */
export function useJoining(boardId: string, linkToken: string | null, t: TranslateFn): Joining | null {
  const [joining, setJoining] = useState<Joining | null>(null);
  useEffect(() => {
    if (!linkToken) return;
    let live = true;
    void createCommandsApi(boardId)
      .boardInfo(linkToken)
      .then((answer) => {
        if (!live || !answer.ok) return;
        const { title, companies, role, company } = answer.value;
        const companyName = companies.find((entry) => entry.key === company)?.name;
        setJoining({ board: title, role: `${t(`role.${role}`)}${companyName ? `・${companyName}` : ''}` });
      });
    return () => {
      live = false;
    };
  }, [boardId, linkToken, t]);
  return joining;
}
