import { describe, expect, it } from 'vitest';
import { joinKey, type KeyValueStorage } from '../sync/participant';
import { linkIdentity, startBoardRequests, takeJoinRequest, takeShapesRequest } from './headStart';
import { jwt } from './testTokens';

const BOARD = 'abcd1234efgh5678';
const member = jwt({ board: BOARD, role: 'member', company: 'a' });
const named = (name: string | null): KeyValueStorage => ({
  getItem: (key) => (key === 'kyoso.displayName' ? name : null),
  setItem: () => {},
  removeItem: () => {},
});

// Here `fetch` cannot reach a server (relative URLs): the requests settle as failures, which is
// all the page needs to know to fall back on its own.
describe('a board link sends its first requests before the page has loaded', () => {
  it('hands the shapes and the join to the page of the same link and name, once each', async () => {
    startBoardRequests(BOARD, `#token=${member}`, named('あおい'));
    const identity = linkIdentity(BOARD, { board: BOARD, role: 'member', company: 'a' }, 'あおい');
    expect(takeShapesRequest(BOARD, jwt({ board: BOARD, role: 'observer' }))).toBeNull();
    expect(takeJoinRequest(joinKey({ ...identity, name: 'Aoi' }, member))).toBeNull();

    const shapes = takeShapesRequest(BOARD, member);
    const join = takeJoinRequest(joinKey(identity, member));
    expect(shapes).not.toBeNull();
    expect(join).not.toBeNull();
    expect(takeShapesRequest(BOARD, member)).toBeNull();
    expect(takeJoinRequest(joinKey(identity, member))).toBeNull();
    expect(await shapes).toBeNull();
    expect((await join!).ok).toBe(false);
  });

  it('joins nobody before the person has given a name', () => {
    startBoardRequests(BOARD, `#token=${member}`, named(null));
    const identity = linkIdentity(BOARD, { board: BOARD, role: 'member', company: 'a' }, 'あおい');
    expect(takeJoinRequest(joinKey(identity, member))).toBeNull();
    expect(takeShapesRequest(BOARD, member)).not.toBeNull();
  });

  it('sends nothing for a link that cannot open this board', () => {
    for (const hash of [
      '',
      '#token=not-a-token',
      `#token=${jwt({ board: 'otherboard1234567', role: 'member', company: 'a' })}`,
      `#token=${jwt({ board: BOARD, role: 'member', company: 'a', exp: 1 })}`,
    ]) {
      startBoardRequests(BOARD, hash, named('あおい'));
      expect(takeShapesRequest(BOARD, hash.slice('#token='.length))).toBeNull();
    }
  });
});
