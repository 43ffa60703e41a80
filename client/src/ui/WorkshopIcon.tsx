// Icons of the workshop's panels and launchers (20×20, stroke in currentColor, like ui/icons.tsx).
import type { ReactNode } from 'react';
import { IconFrame } from './icons';

export type WorkshopIconName = 'lock' | 'check' | 'agreement' | 'synergy' | 'plan' | 'reveal' | 'chevronLeft';

const PATHS: Readonly<Record<WorkshopIconName, ReactNode>> = {
  lock: (
    <>
      <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
      <path d="M7 9V6.5a3 3 0 016 0V9" strokeLinecap="round" />
    </>
  ),
  check: <path d="M4.5 10.5l3.5 3.5 7.5-8" strokeLinecap="round" strokeLinejoin="round" />,
  agreement: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M6.8 10.3l2.2 2.2 4.3-4.6" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  // Two companies' circles overlapping: where one side's strength meets the other's need.
  synergy: (
    <>
      <circle cx="7.5" cy="10" r="4.8" />
      <circle cx="12.5" cy="10" r="4.8" />
    </>
  ),
  // A checklist: the next steps with their owners.
  plan: (
    <>
      <path
        d="M3.5 5.5l1.5 1.5 2.5-2.8M3.5 11.5l1.5 1.5 2.5-2.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M10 6h6.5M10 12h6.5M10 16.5h6.5" strokeLinecap="round" />
    </>
  ),
  reveal: (
    <>
      <path d="M10 13V3.5M6.5 7L10 3.5 13.5 7" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M4 11v4.5h12V11" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  chevronLeft: <path d="M12.5 4.5L7 10l5.5 5.5" strokeLinecap="round" strokeLinejoin="round" />,
};

export function WorkshopIcon({ name, size = 20 }: { name: WorkshopIconName; size?: number }) {
  return <IconFrame size={size}>{PATHS[name]}</IconFrame>;
}
