// The channels of a board and who may read and write them (DESIGN.md Contract, "Live sync").
// `participants` is the roster (workshop/roster.ts): the facilitator reads it, only the server writes.
// `activity` is who did what (activity/): everyone reads it, only the server writes.
// `discussion` holds reactions on cards (discussion/): everyone reads it, only the server writes.
import { asCompanyKey, type CompanyKey } from './ids.js';
import type { Principal } from './roles.js';

export type Channel =
  | { kind: 'content' }
  | { kind: 'control' }
  | { kind: 'ledger' }
  | { kind: 'activity' }
  | { kind: 'discussion' }
  | { kind: 'participants' }
  | { kind: 'private'; company: CompanyKey };

export function parseChannel(name: string): Channel | null {
  if (name === 'content' || name === 'control' || name === 'ledger' || name === 'participants')
    return { kind: name };
  if (name === 'activity' || name === 'discussion') return { kind: name };
  const match = /^private\/(.+)$/.exec(name);
  if (match?.[1]) {
    const company = asCompanyKey(match[1]);
    return company ? { kind: 'private', company } : null;
  }
  return null;
}

export function channelName(channel: Channel): string {
  return channel.kind === 'private' ? `private/${channel.company}` : channel.kind;
}

export function canRead(who: Principal, channel: Channel): boolean {
  switch (channel.kind) {
    case 'content':
    case 'control':
    case 'ledger':
    case 'activity':
    case 'discussion':
      return true;
    case 'participants':
      return who.role === 'facilitator';
    case 'private':
      return who.role === 'member' && who.company === channel.company;
  }
}

export function canWrite(who: Principal, channel: Channel): boolean {
  switch (channel.kind) {
    case 'content':
      return who.role === 'facilitator' || who.role === 'member';
    case 'control':
      return who.role === 'facilitator';
    case 'ledger':
    case 'participants':
    case 'activity':
    case 'discussion':
      return false;
    case 'private':
      return who.role === 'member' && who.company === channel.company;
  }
}
