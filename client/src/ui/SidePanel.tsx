// A panel beside the canvas (agreements, synergy points, suggestions, activity, history,
// participants): a titled box with a fold and a close button, in its side's slot of the panel
// dock. Folded, it keeps its place and its state (filters, scroll) and shows only its title (and
// its `head`, what must stay in reach: the search's field and arrows).
import { useId, useState, type ComponentProps, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './icons';
import { InSlot, type DockSide } from './PanelDock';
import './ui.css';

type AsideProps = Omit<ComponentProps<'aside'>, 'title' | 'className' | 'aria-labelledby'>;

interface SidePanelProps extends AsideProps {
  /** The panel's own class (`agreements-panel`): what only it needs. */
  className: string;
  /** Which slot of the panel dock it opens in; opening it closes the panel that was there. */
  side: DockSide;
  title: ReactNode;
  /** Said by the close button (its only label). */
  closeLabel: string;
  onClose: () => void;
  testId?: string;
  closeTestId?: string;
  /** Below the title, shown folded too. */
  head?: ReactNode;
  /** Below the title, in sight while the body scrolls under it (a list's filters); hidden folded. */
  pinned?: ReactNode;
  /** Buttons of its own in the header, before fold and close. */
  actions?: ReactNode;
  /** What the fold button says, when the panel keeps more than its title folded. */
  foldLabels?: { fold: string; unfold: string };
  /** Whether it is folded, for a panel that folds itself (else the fold button alone decides). */
  folded?: boolean;
  onFold?: (folded: boolean) => void;
}

export function SidePanel(props: SidePanelProps) {
  const {
    className,
    side,
    title,
    closeLabel,
    onClose,
    testId,
    closeTestId,
    head,
    pinned,
    actions,
    children,
    ...rest
  } = props;
  const { folded: foldedProp, onFold, foldLabels, ...aside } = rest;
  const { t } = useI18n();
  const titleId = useId();
  const bodyId = useId();
  const [foldedHere, setFoldedHere] = useState(false);
  const folded = foldedProp ?? foldedHere;
  const setFolded = (next: boolean) => {
    setFoldedHere(next);
    onFold?.(next);
  };
  const labels = foldLabels ?? { fold: t('panel.collapse'), unfold: t('panel.expand') };
  const foldLabel = folded ? labels.unfold : labels.fold;
  return (
    <InSlot side={side} onClose={onClose}>
      <aside
        {...aside}
        className={`side-panel ${className}${folded ? ' side-panel--folded' : ''}`}
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <header className="side-panel__header">
          {/* Focusable from script: a panel opened from the keyboard moves the focus to its title. */}
          <h2 id={titleId} tabIndex={-1}>
            {title}
          </h2>
          <span className="side-panel__buttons">
            {actions}
            <button
              type="button"
              className="icon-button side-panel__fold"
              aria-label={foldLabel}
              aria-expanded={!folded}
              aria-controls={bodyId}
              data-tooltip={foldLabel}
              data-tooltip-side="bottom"
              data-testid="panel-fold"
              onClick={() => setFolded(!folded)}
            >
              <Icon name="chevronUp" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={closeLabel}
              data-testid={closeTestId}
              onClick={onClose}
            >
              <Icon name="close" />
            </button>
          </span>
          {pinned && (
            <div className="side-panel__pinned" hidden={folded}>
              {pinned}
            </div>
          )}
        </header>
        {head}
        <div id={bodyId} className="side-panel__body" hidden={folded}>
          {children}
        </div>
      </aside>
    </InSlot>
  );
}
