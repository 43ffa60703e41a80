// Inline SVG icons (20×20, stroke in currentColor): the toolbar's, the property bar's and the panels' common ones.
import type { ReactNode } from 'react';

export type IconName =
  | 'select'
  | 'hand'
  | 'sticky'
  | 'rect'
  | 'ellipse'
  | 'text'
  | 'frame'
  | 'connector'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'help'
  | 'search'
  | 'arrange'
  | 'tag'
  | 'smile'
  | 'comment'
  | 'anonymous'
  | 'cursorOff'
  | 'front'
  | 'back'
  | 'duplicate'
  | 'delete'
  | 'close'
  | 'chevronUp'
  | 'eye'
  | 'edit';

const PATHS: Readonly<Record<IconName, ReactNode>> = {
  select: <path d="M5 3l10 6.5-4.3 1.1 2.6 5-2 1-2.6-5L5 14.6z" strokeLinejoin="round" />,
  hand: (
    <path
      d="M7 10V4.8a1.3 1.3 0 012.6 0V9m0-.5V3.6a1.3 1.3 0 012.6 0V9m0-4.3a1.3 1.3 0 012.6 0V11c0 3.5-2.2 6-5.5 6-2.4 0-3.6-1.1-4.8-3l-2-3.3a1.3 1.3 0 012.1-1.5L7 11"
      strokeLinejoin="round"
      strokeLinecap="round"
    />
  ),
  sticky: (
    <>
      <path d="M4 3.5h12v8.5l-4.5 4.5H4z" strokeLinejoin="round" />
      <path d="M16 12h-4.5v4.5" strokeLinejoin="round" />
    </>
  ),
  rect: <rect x="3.5" y="5" width="13" height="10" rx="1.5" />,
  ellipse: <ellipse cx="10" cy="10" rx="6.5" ry="5.5" />,
  text: <path d="M4.5 5V3.8h11V5M10 3.8v12.4M7.5 16.2h5" strokeLinecap="round" />,
  frame: <path d="M6 2.5v15M14 2.5v15M2.5 6h15M2.5 14h15" strokeLinecap="round" />,
  connector: (
    <>
      <path d="M4 16L15.5 4.5" strokeLinecap="round" />
      <path d="M9.5 4.5h6v6" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  undo: <path d="M7.5 5L4 8.5 7.5 12M4.5 8.5h7a4 4 0 010 8H9" strokeLinecap="round" strokeLinejoin="round" />,
  redo: (
    <path
      d="M12.5 5L16 8.5 12.5 12M15.5 8.5h-7a4 4 0 000 8H11"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  zoomIn: <path d="M5 10h10M10 5v10" strokeLinecap="round" />,
  zoomOut: <path d="M5 10h10" strokeLinecap="round" />,
  fit: (
    <path
      d="M3.5 7.5v-4h4M12.5 3.5h4v4M16.5 12.5v4h-4M7.5 16.5h-4v-4"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  cursorOff: (
    <>
      <path d="M5 3l9.5 6.2-4.1 1.1 2.5 4.8-1.9 1-2.5-4.8L5 14.2z" strokeLinejoin="round" />
      <path d="M3 17L17 3" strokeLinecap="round" />
    </>
  ),
  arrange: (
    <>
      <path d="M4 3v14" strokeLinecap="round" />
      <rect x="6.5" y="4.5" width="9" height="4" rx="1" />
      <rect x="6.5" y="11.5" width="6" height="4" rx="1" />
    </>
  ),
  tag: (
    <>
      <path d="M3.5 3.5h6l7 7-6 6-7-7z" strokeLinejoin="round" />
      <circle cx="7" cy="7" r="1.2" />
    </>
  ),
  anonymous: (
    <>
      <path d="M3 9h14M6 9l1.5-5h5L14 9" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx="6.5" cy="13.5" r="2.5" />
      <circle cx="13.5" cy="13.5" r="2.5" />
      <path d="M9 13.5h2" strokeLinecap="round" />
    </>
  ),
  comment: (
    <path
      d="M4 4.5h12a1 1 0 011 1v7a1 1 0 01-1 1H9l-3.5 3v-3H4a1 1 0 01-1-1v-7a1 1 0 011-1z"
      strokeLinejoin="round"
    />
  ),
  smile: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M7 11.5c.8 1.2 1.8 1.8 3 1.8s2.2-.6 3-1.8" strokeLinecap="round" />
      <circle cx="7.6" cy="8" r=".6" />
      <circle cx="12.4" cy="8" r=".6" />
    </>
  ),
  search: (
    <>
      <circle cx="8.8" cy="8.8" r="5.3" />
      <path d="M12.7 12.7l4.3 4.3" strokeLinecap="round" />
    </>
  ),
  help: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M8 8a2 2 0 113 1.7c-.7.4-1 .8-1 1.6" strokeLinecap="round" />
      <circle cx="10" cy="14" r="0.6" fill="currentColor" />
    </>
  ),
  front: (
    <>
      <rect x="3" y="3" width="9" height="9" rx="1" />
      <rect x="8" y="8" width="9" height="9" rx="1" fill="currentColor" fillOpacity="0.25" />
    </>
  ),
  back: (
    <>
      <rect x="3" y="3" width="9" height="9" rx="1" fill="currentColor" fillOpacity="0.25" />
      <rect x="8" y="8" width="9" height="9" rx="1" />
    </>
  ),
  duplicate: (
    <>
      <rect x="7" y="7" width="10" height="10" rx="1.5" />
      <path d="M13 7V4.5A1.5 1.5 0 0011.5 3h-7A1.5 1.5 0 003 4.5v7A1.5 1.5 0 004.5 13H7" />
    </>
  ),
  delete: (
    <path
      d="M4 6h12M8 6V4h4v2M6 6l.8 10.5h6.4L14 6M8.5 9v5M11.5 9v5"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  close: <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />,
  chevronUp: <path d="M5 12.5L10 7.5l5 5" strokeLinecap="round" strokeLinejoin="round" />,
  eye: (
    <>
      <path d="M2 10s3-5.5 8-5.5 8 5.5 8 5.5-3 5.5-8 5.5S2 10 2 10z" strokeLinejoin="round" />
      <circle cx="10" cy="10" r="2.5" />
    </>
  ),
  edit: <path d="M4 16l1-4 8.5-8.5 3 3L8 15zM12 5l3 3" strokeLinejoin="round" />,
};

/** The frame every icon shares: 20×20, stroked in currentColor, hidden from screen readers. */
export function IconFrame({ size = 20, children }: { size?: number; children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return <IconFrame size={size}>{PATHS[name]}</IconFrame>;
}
