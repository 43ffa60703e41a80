// What the help panel lists: every shortcut, grouped, with the message key that describes it.
import type { TranslateFn } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { shortcutLabel } from '../ui/platform';
import { TOOL_KEYS, TOOLS } from './tools';

export interface ShortcutEntry {
  /** Keys as written for people; `Mod+` becomes ⌘ or Ctrl (see platform.ts). */
  keys: readonly string[];
  label: MessageKey;
  /** Only for people who may edit (in a section for everyone). */
  editing?: boolean;
}

export interface ShortcutSection {
  title: MessageKey;
  entries: readonly ShortcutEntry[];
  /** Only for people who may edit. */
  editing: boolean;
  /** Only on a touch screen, where it comes first: fingers have no keys. */
  touch?: boolean;
}

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  {
    title: 'help.section.touch',
    editing: false,
    touch: true,
    entries: [
      { keys: ['help.touch.doubleTap'], label: 'help.doubleClickEmpty', editing: true },
      { keys: ['help.touch.hold'], label: 'help.touch.holdCard' },
      { keys: ['help.touch.selectMore'], label: 'help.shiftClick', editing: true },
      { keys: ['help.touch.oneFinger'], label: 'help.pan' },
      { keys: ['help.pinch'], label: 'help.zoom' },
      { keys: ['help.touch.voteTap'], label: 'help.touch.vote' },
    ],
  },
  {
    title: 'help.section.tools',
    editing: false,
    entries: TOOLS.map((tool) => ({ keys: [TOOL_KEYS[tool]], label: `tool.${tool}` as const })),
  },
  {
    title: 'help.section.edit',
    editing: true,
    entries: [
      { keys: ['help.doubleClick'], label: 'help.doubleClickEmpty' },
      { keys: ['Enter'], label: 'help.enter' },
      { keys: ['Mod+Enter', 'Esc'], label: 'action.finishEditing' },
      { keys: ['Shift+Click'], label: 'help.shiftClick' },
      { keys: ['Mod+A'], label: 'action.selectAll' },
      { keys: ['Delete', 'Backspace'], label: 'action.delete' },
      { keys: ['Mod+D'], label: 'action.duplicate' },
      { keys: ['Mod+C'], label: 'action.copy' },
      { keys: ['Mod+X'], label: 'action.cut' },
      { keys: ['Mod+V'], label: 'action.paste' },
      { keys: ['Alt+A', 'Alt+D', 'Alt+W', 'Alt+S'], label: 'arrange.help' },
      { keys: ['Mod+Alt+T'], label: 'arrange.grid' },
      { keys: ['Mod+Alt+G'], label: 'themes.title' },
      { keys: ['Shift+T'], label: 'tags.menu' },
      { keys: ['Mod+]'], label: 'action.bringToFront' },
      { keys: ['Mod+['], label: 'action.sendToBack' },
      { keys: ['←↑→↓'], label: 'action.nudge' },
      { keys: ['Tab', 'Shift+Tab'], label: 'help.tabCards' },
      { keys: ['Alt+←↑→↓'], label: 'help.nearestCard' },
      { keys: ['Mod+Z'], label: 'action.undo' },
      { keys: ['Mod+Shift+Z', 'Ctrl+Y'], label: 'action.redo' },
    ],
  },
  {
    title: 'help.section.view',
    editing: false,
    entries: [
      { keys: ['Space+Drag', 'help.middleDrag'], label: 'help.pan' },
      { keys: ['help.wheel'], label: 'help.scroll' },
      { keys: ['Mod+Wheel', 'help.pinch'], label: 'help.zoom' },
      { keys: ['+', '-'], label: 'help.zoomInOut' },
      { keys: ['Shift+1'], label: 'zoom.fit' },
      { keys: ['Shift+0', 'Mod+0'], label: 'zoom.reset' },
      { keys: ['Mod+F'], label: 'search.open' },
      { keys: ['Shift+C'], label: 'cursors.hide' },
      { keys: ['?'], label: 'help.title' },
      { keys: ['Esc'], label: 'action.cancel' },
    ],
  },
  {
    title: 'help.section.workshop',
    editing: false,
    entries: [
      { keys: ['D'], label: 'help.voteMode' },
      { keys: ['E'], label: 'reactions.menu' },
      { keys: ['Shift+M'], label: 'comments.help' },
      { keys: ['Shift+D'], label: 'help.draftsPanel' },
      { keys: ['Shift+A'], label: 'help.agreementsPanel' },
      { keys: ['Shift+P'], label: 'plan.open' },
      { keys: ['Shift+Y'], label: 'synergy.help' },
      { keys: ['Shift+S'], label: 'suggest.panel.open' },
      { keys: ['Shift+W'], label: 'activity.help' },
      { keys: ['Mod+Shift+L'], label: 'help.lock' },
      { keys: ['Mod+Shift+E'], label: 'exports.help' },
      { keys: ['Shift+H'], label: 'history.help' },
      { keys: ['PageDown', 'PageUp'], label: 'help.frameWalk' },
      { keys: ['Esc'], label: 'help.stopFollowing' },
    ],
  },
];

/** Mouse words inside a key combination ("Shift+Click"), said in the reader's language. */
const POINTER_WORDS = {
  Click: 'help.pointer.click',
  Drag: 'help.pointer.drag',
  Wheel: 'help.pointer.wheel',
} as const;

/** A key combination as the help panel shows it: the platform's modifiers, mouse words translated. */
export function keyLabel(key: string, t: TranslateFn, apple?: boolean): string {
  if (key.startsWith('help.')) return t(key as MessageKey);
  return shortcutLabel(key, apple).replace(/\b(Click|Drag|Wheel)\b/g, (word) =>
    t(POINTER_WORDS[word as keyof typeof POINTER_WORDS]),
  );
}
