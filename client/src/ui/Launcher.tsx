// A panel's launcher: an icon, a name and a count, with the shortcut in its tooltip. It sits in
// the launcher dock (LauncherDock.tsx) at the place `order` gives; `tone` gives its accent.
import type { ReactNode } from 'react';
import { shortcutLabel } from './platform';
import { InDock } from './LauncherDock';
import './ui.css';

export type LauncherTone = 'agreement' | 'synergy' | 'suggest' | 'activity' | 'comments' | 'plan';

interface LauncherProps {
  tone: LauncherTone;
  /** Its place in the dock, left to right. */
  order: number;
  icon: ReactNode;
  label: string;
  count: ReactNode;
  /** What a screen reader says: the name with the count in words. */
  ariaLabel: string;
  open: boolean;
  /** `Shift+A`. */
  shortcut: string;
  /** What the tooltip says before the shortcut ("Open the agreements"). */
  hint: string;
  onClick: () => void;
  testId: string;
  countTestId?: string;
}

export function Launcher(props: LauncherProps) {
  const { tone, order, icon, label, count, ariaLabel, open, shortcut, hint, onClick, testId, countTestId } =
    props;
  return (
    <InDock>
      <button
        type="button"
        className={`panel-launcher panel-launcher--${tone}`}
        style={{ order }}
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-keyshortcuts={shortcut}
        data-tooltip={`${hint} (${shortcutLabel(shortcut)})`}
        data-tooltip-side="top"
        data-testid={testId}
        onClick={onClick}
      >
        {icon}
        <span className="panel-launcher__label">{label}</span>
        <span className="panel-launcher__count" data-testid={countTestId}>
          {count}
        </span>
      </button>
    </InDock>
  );
}
