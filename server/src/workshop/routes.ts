// The workshop's HTTP commands (docs/API.md): participants, what a link invites to, the roster,
// links, reveal, agreements, voting, the room's progress, reactions, comments, check-ins.
import type { Route } from '../http/route.js';
import { agreementRoutes } from './agreements.js';
import { boardDeletionRoutes } from './board-deletion.js';
import { boardSettingsRoutes } from './board-settings.js';
import type { WorkshopDeps } from './deps.js';
import { linkRoutes } from './links.js';
import { invitationRoutes } from './invitation.js';
import { participantRoutes } from './participants.js';
import { accountRoutes } from '../accounts/routes.js';
import { webhookRoutes } from '../webhooks/routes.js';
import { checkInRoutes } from './check-ins.js';
import { commentRoutes } from './comments.js';
import { reactionRoutes } from './reactions.js';
import { revealRoutes } from './reveal.js';
import { roomProgressRoutes } from './room-progress.js';
import { rosterRoutes } from './roster-routes.js';
import { voteRoundRoutes } from './vote-rounds.js';
import { voteRoutes } from './votes.js';

export function workshopRoutes(deps: WorkshopDeps): Route[] {
  return [
    ...boardSettingsRoutes(deps),
    ...boardDeletionRoutes(deps),
    ...participantRoutes(deps),
    ...invitationRoutes(deps),
    ...rosterRoutes(deps),
    ...roomProgressRoutes(deps),
    ...linkRoutes(deps),
    ...revealRoutes(deps),
    ...agreementRoutes(deps),
    ...voteRoundRoutes(deps),
    ...voteRoutes(deps),
    ...reactionRoutes(deps),
    ...commentRoutes(deps),
    ...checkInRoutes(deps),
    ...webhookRoutes(deps),
    ...accountRoutes(deps),
  ];
}
