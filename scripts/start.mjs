// `npm start`: builds what is out of date, then runs the server. With everything built it only
// asks TypeScript whether the server is current (incremental, well under a second) and starts:
// a rebuild happens only after a change.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildClient, clientIsStale, ROOT } from './client-build.mjs';

const say = (line) => process.stdout.write(`kyoso: ${line}\n`);

// The server and shared packages: `tsc -b` rebuilds only projects whose sources changed.
const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
const server = spawnSync(process.execPath, [tsc, '-b'], { cwd: ROOT, stdio: 'inherit' });
if (server.status !== 0) {
  say('the server did not build (see above)');
  process.exit(server.status ?? 1);
}

const clientDir = join(ROOT, 'client', 'dist');
if (clientIsStale(clientDir)) {
  say('building the client…');
  try {
    await buildClient(clientDir);
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

await import('../server/dist/main.js');
