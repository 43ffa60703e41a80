// Kyoso's mark: two overlapping rings (two companies, one shared space) on the brand colour.
export function LogoMark({ size }: { size: number }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size}>
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <circle className="brand__ring" cx="12.5" cy="16" r="6" />
      <circle className="brand__ring" cx="19.5" cy="16" r="6" />
    </svg>
  );
}
