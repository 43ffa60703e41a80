// The panel dock: one slot at each side of the canvas, each holding at most one open panel.
// Opening a panel on a side closes the one that was there, so panels never stack over each other;
// the slots' size (ui.css) keeps two open panels within a third of the board at 1280x720, and the
// bars at the top centre (agenda, property bar) centre in what the slots leave free. On a narrow
// or short screen both sides are one slot: one panel at a time.
import {
  createContext,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import './ui.css';

export type DockSide = 'left' | 'right';

/**
 * Below this width the two sides share one slot (the panels would meet in the middle); below this
 * height too (a phone held sideways): two panels side by side would each be a strip.
 */
const ONE_SLOT = '(max-width: 900px), (max-height: 500px)';

interface Occupant {
  id: string;
  close: () => void;
}

interface Dock {
  slots: Record<DockSide, HTMLElement | null>;
  /** Makes `id` the one open panel of `side`, closing the one that held it. */
  claim(side: DockSide, occupant: Occupant): void;
  release(side: DockSide, id: string): void;
}

const DockContext = createContext<Dock | null>(null);

/** Whether the screen is narrow enough for one slot: a panel is then a sheet across the board. */
export const sharesOneSlot = (): boolean => typeof matchMedia === 'function' && matchMedia(ONE_SLOT).matches;

const slotOf = (side: DockSide): DockSide | 'all' => (sharesOneSlot() ? 'all' : side);

export function PanelDock({ children }: { children: ReactNode }) {
  const [left, setLeft] = useState<HTMLElement | null>(null);
  const [right, setRight] = useState<HTMLElement | null>(null);
  const occupants = useRef(new Map<DockSide | 'all', Occupant>());
  const dock = useMemo<Dock>(
    () => ({
      slots: { left, right },
      claim(side, occupant) {
        const slot = slotOf(side);
        const previous = occupants.current.get(slot);
        occupants.current.set(slot, occupant);
        if (previous && previous.id !== occupant.id) previous.close();
      },
      release(side, id) {
        for (const slot of [side, 'all'] as const)
          if (occupants.current.get(slot)?.id === id) occupants.current.delete(slot);
      },
    }),
    [left, right],
  );
  return (
    <>
      <div ref={setLeft} className="panel-slot panel-slot--left" data-testid="panel-slot-left" />
      <div ref={setRight} className="panel-slot panel-slot--right" data-testid="panel-slot-right" />
      <DockContext.Provider value={dock}>{children}</DockContext.Provider>
    </>
  );
}

interface InSlotProps {
  side: DockSide;
  /** Whether this panel is open (not only a collapsed chip): an open panel takes the side. */
  open?: boolean;
  /** Called when another panel takes the side. */
  onClose: () => void;
  children: ReactNode;
}

/** Places a panel in its side's slot (or where it stands, on a page without a dock). */
export function InSlot({ side, open = true, onClose, children }: InSlotProps) {
  const dock = useContext(DockContext);
  const id = useId();
  const close = useRef(onClose);
  close.current = onClose;
  useLayoutEffect(() => {
    if (!dock || !open) return;
    dock.claim(side, { id, close: () => close.current() });
    return () => dock.release(side, id);
  }, [dock, side, open, id]);
  const slot = dock?.slots[side];
  return slot ? createPortal(children, slot) : dock ? null : children;
}
