// The stylesheets use the design tokens (ui/tokens.css) and nothing else for colours, font sizes
// and stacking: a raw value written anywhere else fails here with its file and line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PALETTE } from '@kyoso/shared';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOKENS = join(SRC, 'ui', 'tokens.css');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const RAW: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a raw colour', pattern: /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab)\(/i },
  { what: 'a font size in pixels', pattern: /font-size:\s*[\d.]+px/ },
  { what: 'a z-index number', pattern: /z-index:\s*-?\d/ },
];

/** `file:line: what` for every raw value outside the tokens. */
function rawValues(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    if (file === TOKENS) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const code = line.replace(/\/\*.*?\*\//g, '');
        for (const { what, pattern } of RAW) {
          if (pattern.test(code)) found.push(`${relative(SRC, file)}:${index + 1}: ${what}: ${line.trim()}`);
        }
      });
  }
  return found;
}

describe('design tokens', () => {
  const files = cssFiles(SRC);

  it('are the only place a stylesheet takes a colour, a font size or a z-index from', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(rawValues(files)).toEqual([]);
  });

  it('define every custom property the stylesheets read', () => {
    const defined = new Set(
      files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    // Set from components at run time (a style attribute), each read with a fallback.
    for (const runtime of [
      '--facilitation-top',
      '--follow-color',
      '--fit',
      '--launchers-top',
      '--popup-shift',
      '--property-bar-bottom',
    ])
      defined.add(runtime);
    const undefinedUses = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${relative(SRC, file)}: ${name}`),
    );
    expect(undefinedUses).toEqual([]);
  });

  it('catch each kind of raw value written outside them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kyoso-tokens-'));
    const sheet = join(dir, 'raw.css');
    writeFileSync(
      sheet,
      '.a {\n  color: #1d2430;\n  box-shadow: 0 0 2px rgba(0, 0, 0, 0.2);\n  font-size: 13px;\n  z-index: 10;\n  /* #fff in a comment is fine */\n}\n',
    );
    try {
      expect(rawValues([sheet]).map((entry) => entry.split(': ')[1])).toEqual([
        'a raw colour',
        'a raw colour',
        'a font size in pixels',
        'a z-index number',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are what the drawing palette draws with', () => {
    const tokens = new Map(
      [...readFileSync(TOKENS, 'utf8').matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [
        m[1],
        m[2]!.toLowerCase(),
      ]),
    );
    const kebab = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const differing = Object.entries(PALETTE)
      .filter(([name, value]) => tokens.get(kebab(name)) !== value)
      .map(([name, value]) => `${name} ${value} ≠ ${kebab(name)} ${tokens.get(kebab(name)) ?? '(missing)'}`);
    expect(differing).toEqual([]);
  });
});
