// Fixtures for tests in any package (`@kyoso/shared/testing`): boards as an old schema wrote them,
// for migration and reader tests. Not part of the public API the app uses.
export {
  writeV1Board,
  writeV2Board,
  writeV4Board,
  writeV5Board,
  V5_AGREED_CONTENT,
  V4_FIXTURE_SHAPE_IDS,
  createFixtureBoard,
  V1_FIXTURE_COMPANIES,
  V1_FIXTURE_SHAPE_IDS,
} from './model/fixtures.js';
