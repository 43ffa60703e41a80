// Text cut to fit a stored field, never leaving half a surrogate pair (Yjs could not encode it).

/** `text` when it fits in `max` UTF-16 units, else its start and an ellipsis within `max`. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
