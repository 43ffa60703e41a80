// A card named in a label, a list or a dialog: its text on one line, cut to a few characters.

/** A short excerpt of the text (whitespace folded, at most `max` characters, then "…"). */
export const excerpt = (text: string, max = 24): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
};
