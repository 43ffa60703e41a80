// The behaviour every storage adapter must have: each part's contract (board records, room logs,
// saved versions). Each adapter's test file runs it with a way to open a handle on its store;
// opened twice, the two handles are two nodes sharing that store.
import { describeBoardStoreContract } from './board-store.contract.js';
import type { OpenStorage } from './contract-fixtures.js';
import { describeRoomLogContract } from './room-log.contract.js';
import { describeSavedVersionsContract } from './saved-versions.contract.js';

export function describeStorageContract(name: string, open: OpenStorage, reopen?: OpenStorage) {
  describeBoardStoreContract(name, open, reopen);
  describeRoomLogContract(name, open);
  describeSavedVersionsContract(name, open, reopen);
}
