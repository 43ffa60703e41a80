// What a board link invites to, for the page of someone who has not been let in yet: the board's
// title, the role and company the link joins as, and whether the facilitator lets people in one by
// one. The join dialog shows it so a person can tell what they ask to join. On a board that
// requires admission `GET /api/boards/<id>` refuses them (it tells every company and the board's
// settings); this tells only what their own link is for, and nothing of the board's content.
import { sendJson } from '../http/http-error.js';
import { BoardParams, defineRoute, type Route } from '../http/route.js';
import type { WorkshopDeps } from './deps.js';

export function invitationRoutes(deps: WorkshopDeps): Route[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/boards/:board/invitation',
      summary: "What a link joins: the board's title and the role and company it joins as",
      tag: 'workshop',
      auth: 'board',
      schema: { params: BoardParams },
      responses: {
        200: '`{"title", "role", "company", "admission"}`',
        401: 'No valid token, or removed by the facilitator',
        403: "Another board's token",
      },
      handler: async ({ req, res, params }) => {
        // Joining-level access: links and people still waiting to be let in pass.
        const caller = await deps.authorize(req, params.board, { joining: true });
        const { board, principal } = caller;
        const company =
          principal.role === 'member'
            ? (board.companies.find((entry) => entry.key === principal.company) ?? null)
            : null;
        sendJson(res, 200, {
          title: board.title,
          role: principal.role,
          company: company && { key: company.key, name: company.name, color: company.color },
          admission: board.admission ?? false,
        });
      },
    }),
  ];
}
