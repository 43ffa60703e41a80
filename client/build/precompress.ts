// A Vite plugin: after the build writes the client, it writes a brotli (`.br`) and a gzip (`.gz`)
// copy beside every text file worth compressing, which the server sends to browsers that take
// them (server/src/http/static-files.ts): the best compression, paid once per build instead of
// per request.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(?:js|css|html|svg|json|txt)$/;
/** Below this a compressed copy saves less than its headers and the lookup cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'kyoso-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'index.html'].filter(
        (name, i, all) => TEXT.test(name) && all.indexOf(name) === i,
      );
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const body = await readFile(path).catch(() => null);
          if (!body || body.byteLength < MIN_BYTES) return;
          const [br, gzipped] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
              },
            }),
            gz(body, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.byteLength < body.byteLength) await writeFile(`${path}.br`, br);
          if (gzipped.byteLength < body.byteLength) await writeFile(`${path}.gz`, gzipped);
        }),
      );
    },
  };
}
