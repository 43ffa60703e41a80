// The worker thread that writes large new boards into the SQLite file (sqlite.ts), on a connection
// of its own: WAL lets it write while the server's connection keeps reading. Large boards arrive
// rarely (imports), so the worker stops after each one and gives its memory back.
import { serveTasks } from '../workers/worker-task.js';
import { openSqliteFile, sqliteBoardCreator, type BoardCreator, type SqliteWriteTask } from './sqlite.js';

const creators = new Map<string, BoardCreator>();

serveTasks<SqliteWriteTask, boolean>(
  ({ file, board, rooms }) => {
    let create = creators.get(file);
    if (!create) creators.set(file, (create = sqliteBoardCreator(openSqliteFile(file))));
    return create(board, rooms);
  },
  undefined,
  { retireAfterEach: true },
);
