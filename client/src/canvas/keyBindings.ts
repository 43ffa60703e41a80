// Keyboard shortcuts of an open board, one listener for all of them and one guard: keys an input
// method is composing are never shortcuts, nor (unless a binding says otherwise) keys typed into
// a field or pressed under a modal dialog. Features bind their keys with `useKeyBinding`; the
// canvas's own table (shortcuts.ts) asks the same guard.
import { useEffect, useRef } from 'react';
import { isTypingTarget } from './shortcuts';

export interface KeyBinding {
  /** `Mod+Shift+E`, `Shift+A`, `D`, `PageDown`, `Escape`: Mod is Ctrl or ⌘; a letter is matched by
   * its physical key too, so it works on any keyboard layout. Other modifiers must be up. */
  keys: string;
  /** Also while typing in a field (Mod+Shift+E opens the export from anywhere). */
  whileTyping?: boolean;
  /** Also when something before it already handled the key (Escape stops following, too). */
  evenIfHandled?: boolean;
  /** Also on auto-repeat. Default true. */
  repeat?: boolean;
  /**
   * Also runs, once bound, for a matching press nothing took in the last CATCH_UP_MS: a feature
   * whose code arrives after the board is on screen (the workshop panels) still gets the key a
   * person pressed while it loaded.
   */
  catchUp?: boolean;
  /** Runs the shortcut; answers false when it did not apply (the key then goes on). */
  run(event: KeyboardEvent): boolean | void;
}

const isModalOpen = () => document.querySelector('[aria-modal="true"]') !== null;

/** Whether a key press may be a shortcut at all: not part of a composition, not under a modal. */
export function mayBeShortcut(event: KeyboardEvent, whileTyping = false): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  if (!whileTyping && isTypingTarget(event.target as HTMLElement | null)) return false;
  return !isModalOpen();
}

interface Parsed {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(keys: string): Parsed {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

export function matches(event: KeyboardEvent, keys: string): boolean {
  const want = parse(keys);
  if ((event.ctrlKey || event.metaKey) !== want.mod) return false;
  if (event.shiftKey !== want.shift || event.altKey !== want.alt) return false;
  if (/^[A-Z]$/.test(want.key))
    return event.code === `Key${want.key}` || event.key.toUpperCase() === want.key;
  return event.key === want.key;
}

const bindings = new Set<{ current: KeyBinding }>();

/** How long a press nothing took waits for a `catchUp` binding (a lazily loaded feature). */
export const CATCH_UP_MS = 3000;
/** Presses no binding took that could have been shortcuts, newest last. */
let unclaimed: { event: KeyboardEvent; at: number }[] = [];

function onKeyDown(event: KeyboardEvent): void {
  let claimed = false;
  for (const binding of [...bindings]) {
    const { keys, whileTyping, evenIfHandled, repeat = true, run } = binding.current;
    if (event.defaultPrevented && !evenIfHandled) continue;
    if (event.repeat && !repeat) continue;
    if (!matches(event, keys) || !mayBeShortcut(event, whileTyping)) continue;
    if (run(event) === false) continue;
    claimed = true;
    event.preventDefault();
  }
  if (!claimed && !event.repeat && mayBeShortcut(event)) {
    const now = performance.now();
    unclaimed = [...unclaimed.filter((press) => now - press.at < CATCH_UP_MS).slice(-4), { event, at: now }];
  }
}

/** Runs `binding` for the latest recent press that matches it and that nothing else took since. */
function catchUp(binding: KeyBinding): void {
  const now = performance.now();
  unclaimed = unclaimed.filter((press) => now - press.at < CATCH_UP_MS);
  const press = unclaimed.findLast(({ event }) => !event.defaultPrevented && matches(event, binding.keys));
  if (!press || !mayBeShortcut(press.event, binding.whileTyping)) return;
  unclaimed = unclaimed.filter((other) => other !== press);
  binding.run(press.event);
}

/** Binds `binding` while mounted and `enabled`; the latest `run` is used, without rebinding. */
export function useKeyBinding(binding: KeyBinding, enabled = true): void {
  const latest = useRef(binding);
  useEffect(() => {
    latest.current = binding;
  });
  useEffect(() => {
    if (!enabled) return;
    const entry = latest;
    if (bindings.size === 0) window.addEventListener('keydown', onKeyDown);
    bindings.add(entry);
    if (entry.current.catchUp) catchUp(entry.current);
    return () => {
      bindings.delete(entry);
      if (bindings.size === 0) {
        window.removeEventListener('keydown', onKeyDown);
        // The board is gone: its presses are not the next board's.
        unclaimed = [];
      }
    };
  }, [enabled]);
}
