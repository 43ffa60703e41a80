// The facilitation features' own icons (20×20, stroke in currentColor, like canvas/icons.tsx).
import type { ReactNode } from 'react';
import { IconFrame } from '../../ui/icons';

export type FacilitationIconName =
  | 'lock'
  | 'unlock'
  | 'timer'
  | 'summon'
  | 'followMe'
  | 'link'
  | 'prev'
  | 'next'
  | 'chevronDown'
  | 'frames'
  | 'play'
  | 'pause'
  | 'up'
  | 'down'
  | 'remove'
  | 'add';

const PATHS: Readonly<Record<FacilitationIconName, ReactNode>> = {
  lock: (
    <>
      <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
      <path d="M7 9V6.5a3 3 0 016 0V9" strokeLinecap="round" />
    </>
  ),
  unlock: (
    <>
      <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
      <path d="M7 9V6.5a3 3 0 015.8-1" strokeLinecap="round" />
    </>
  ),
  timer: (
    <>
      <circle cx="10" cy="11" r="6" />
      <path d="M10 11V8M8 2.5h4M15 5.5l1.2-1.2" strokeLinecap="round" />
    </>
  ),
  summon: (
    <>
      <rect x="6.5" y="6.5" width="7" height="7" rx="1" />
      <path
        d="M2.5 2.5l3 3M17.5 2.5l-3 3M2.5 17.5l3-3M17.5 17.5l-3-3M2.5 5.5v-3h3M14.5 2.5h3v3M17.5 14.5v3h-3M5.5 17.5h-3v-3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
  followMe: (
    <>
      <circle cx="7" cy="6" r="2.3" />
      <path d="M2.8 16c.4-3 2-4.6 4.2-4.6s3.8 1.6 4.2 4.6" strokeLinecap="round" />
      <path d="M13 7.5h4.5M15.5 5.5l2 2-2 2M13 12.5h3" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  link: (
    <path
      d="M8.5 11.5a3 3 0 004.2 0l2.6-2.6a3 3 0 00-4.2-4.2l-1.1 1.1M11.5 8.5a3 3 0 00-4.2 0l-2.6 2.6a3 3 0 004.2 4.2l1.1-1.1"
      strokeLinecap="round"
    />
  ),
  prev: <path d="M12 4.5L6.5 10l5.5 5.5" strokeLinecap="round" strokeLinejoin="round" />,
  next: <path d="M8 4.5l5.5 5.5L8 15.5" strokeLinecap="round" strokeLinejoin="round" />,
  chevronDown: <path d="M5.5 8l4.5 4.5L14.5 8" strokeLinecap="round" strokeLinejoin="round" />,
  frames: (
    <>
      <rect x="2.5" y="4" width="8" height="6" rx="1" />
      <rect x="12.5" y="4" width="5" height="6" rx="1" />
      <rect x="2.5" y="12" width="15" height="4.5" rx="1" />
    </>
  ),
  play: <path d="M7 4.5v11l8.5-5.5z" strokeLinejoin="round" />,
  pause: <path d="M7.5 4.5v11M12.5 4.5v11" strokeLinecap="round" />,
  up: <path d="M5 12.5L10 7.5l5 5" strokeLinecap="round" strokeLinejoin="round" />,
  down: <path d="M5 7.5l5 5 5-5" strokeLinecap="round" strokeLinejoin="round" />,
  remove: <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" strokeLinecap="round" />,
  add: <path d="M10 4.5v11M4.5 10h11" strokeLinecap="round" />,
};

export function FacilitationIcon({ name, size = 18 }: { name: FacilitationIconName; size?: number }) {
  return <IconFrame size={size}>{PATHS[name]}</IconFrame>;
}
