// The worker thread that prepares imports (boards-import.ts): parse, check, build the rooms,
// sign the ledger. The rooms' bytes go back without a copy.
import { prepareImportTask, type ImportOutcome, type ImportTask } from './boards-import.js';
import { handOver, serveTasks } from './workers/worker-task.js';

serveTasks<ImportTask, ImportOutcome>(prepareImportTask, (outcome) =>
  'prepared' in outcome ? handOver(...outcome.prepared.rooms.values()) : [],
);
