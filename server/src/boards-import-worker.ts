// The worker thread that prepares imports (boards-import.ts): parse, check, build the rooms,
// sign the ledger. The rooms' bytes go back without a copy.
import { prepareImportTask, type ImportOutcome, type ImportTask } from './boards-import.js';
import { serveTasks } from './workers/worker-task.js';

serveTasks<ImportTask, ImportOutcome>(prepareImportTask, (outcome) =>
  'prepared' in outcome
    ? [...outcome.prepared.rooms.values()]
        .filter((state) => state.byteLength === state.buffer.byteLength)
        .map((state) => state.buffer as ArrayBuffer)
    : [],
);
