// A small write any allowed writer of a channel can make, and reading it back: a card on the
// shape channels (content, a company's drafts), whose per-object rules refuse anything else, and a
// map entry on the others.
import type * as Y from 'yjs';
import { addSticky, asShapeId, readShapes } from '@kyoso/shared';

const isShapeChannel = (channel: string) => channel === 'content' || channel.startsWith('private/');
const probeId = (tag: string) => asShapeId(`probe-${tag.replace(/[^A-Za-z0-9_-]/g, '-')}`)!;

/** Writes a probe tagged `tag` (a role name) into `doc`, a client's copy of `channel`. */
export function writeProbe(doc: Y.Doc, channel: string, tag: string): void {
  if (isShapeChannel(channel)) addSticky(doc, { id: probeId(tag), x: 0, y: 0, text: tag }, 'probe');
  else doc.getMap('probe').set(tag, true);
}

/** The tags of the probes in `doc`, sorted. */
export function probesIn(doc: Y.Doc, channel: string): string[] {
  if (!isShapeChannel(channel)) return [...doc.getMap('probe').keys()].sort();
  return readShapes(doc)
    .shapes.filter((shape) => shape.id.startsWith('probe-') && shape.type === 'sticky')
    .map((shape) => (shape.type === 'sticky' ? shape.text : ''))
    .sort();
}
