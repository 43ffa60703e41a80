// A square icon button with a tooltip that names the action and its shortcut.
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { Icon, type IconName } from '../ui/icons';

interface ToolButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: IconName;
  label: string;
  shortcut?: string | undefined;
  /** A tool that stays on: rendered as a pressed toggle. */
  pressed?: boolean | undefined;
  tooltipSide?: 'right' | 'top' | 'bottom' | 'left';
}

/** A mouse press on a button leaves the keyboard focus where it was (on the canvas), so space-to-pan
 * and shortcuts keep working; keyboard users still reach the buttons with Tab. */
export const keepCanvasFocus = (event: MouseEvent<HTMLElement>) => event.preventDefault();

export function ToolButton({
  icon,
  label,
  shortcut,
  pressed,
  tooltipSide = 'right',
  className,
  ...rest
}: ToolButtonProps) {
  const tooltip = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className={`tool-button ${className ?? ''}`}
      aria-label={label}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      data-tooltip={tooltip}
      data-tooltip-side={tooltipSide}
      onMouseDown={keepCanvasFocus}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  );
}
