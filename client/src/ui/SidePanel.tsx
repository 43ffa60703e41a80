// A panel beside the canvas (agreements, synergy points, suggestions, activity, history,
// participants): a titled box with a close button. Where it sits comes from its `className`.
import { useId, type ComponentProps, type ReactNode } from 'react';
import { Icon } from './icons';
import './ui.css';

type AsideProps = Omit<ComponentProps<'aside'>, 'title' | 'className' | 'aria-labelledby'>;

interface SidePanelProps extends AsideProps {
  /** The panel's own class (`agreements-panel`): its place and what only it needs. */
  className: string;
  title: ReactNode;
  /** Said by the close button (its only label). */
  closeLabel: string;
  onClose: () => void;
  testId?: string;
  closeTestId?: string;
}

export function SidePanel(props: SidePanelProps) {
  const { className, title, closeLabel, onClose, testId, closeTestId, children, ...aside } = props;
  const titleId = useId();
  return (
    <aside {...aside} className={`side-panel ${className}`} aria-labelledby={titleId} data-testid={testId}>
      <header className="side-panel__header">
        {/* Focusable from script: a panel opened from the keyboard moves the focus to its title. */}
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={closeLabel}
          data-testid={closeTestId}
          onClick={onClose}
        >
          <Icon name="close" />
        </button>
      </header>
      {children}
    </aside>
  );
}
