export {
  type Brand,
  type BoardId,
  type ShapeId,
  type CompanyKey,
  type ParticipantId,
  randomId,
  newBoardId,
  newShapeId,
  newParticipantId,
  asBoardId,
  asCompanyKey,
  asShapeId,
  asParticipantId,
} from './ids.js';
export { type Role, type Principal, ROLES } from './roles.js';
export { type Channel, parseChannel, channelName, canRead, canWrite } from './channels.js';
// Who did what: the server-written `activity` channel (docs/SCHEMA.md, "`activity`").
export {
  type ActivityActor,
  type Stamp,
  type Attribution,
  type ActivityType,
  type ActivityArea,
  type ActivityVersion,
  type ActivityStep,
  type ActivityEntry,
  ATTRIBUTION_ROOT,
  ACTIVITY_ENTRIES_ROOT,
  ACTIVITY_TYPES,
  MAX_ACTIVITY_ENTRIES,
  MAX_ENTRY_SHAPES,
  MAX_ENTRY_LABEL,
  MAX_VERSION_NAME,
  attributionMap,
  activityEntriesMap,
  isActivityEntryId,
} from './activity/activity-doc.js';
export {
  type ActivityRead,
  parseActivityActor,
  parseStamp,
  parseAttribution,
  parseActivityEntry,
  readAttribution,
  readAttributions,
  readActivity,
  compareActivityEntries,
} from './activity/read-activity.js';
export {
  type ActivityBatch,
  type AttributionWrite,
  writeActivity,
  pruneActivity,
} from './activity/write-activity.js';
export {
  type FileAttribution,
  fileAttribution,
  parseFileAttribution,
  importedAttribution,
} from './export/board-file-attribution.js';
export {
  type Company,
  MIN_COMPANIES,
  MAX_COMPANIES,
  MAX_COMPANY_NAME,
  COMPANY_PALETTE,
  companyName,
  isHexColor,
} from './companies.js';
export { CARD_SWATCHES, PALETTE, type PaletteColor } from './palette.js';
export { type Locale, LOCALES, type TemplateInfo, TEMPLATES, findTemplate } from './templates.js';
// The board model (docs/SCHEMA.md).
export {
  MAX_INDEX_LENGTH,
  IndexError,
  isValidIndex,
  indexBetween,
  indicesBetween,
  compareIndex,
} from './model/fractional-index.js';
export { SHAPES_ROOT, META_ROOT, shapesMap, metaMap } from './model/roots.js';
export { KIND_NAMES } from './model/kind-names.js';
export { distinctFrameNames } from './model/frame-names.js';
export {
  MAX_COORDINATE,
  MAX_SIZE,
  CARD_KINDS,
  type CardKind,
  isCardKind,
  isCoordinate,
  isSize,
  type BoxFields,
  type ShapeFields,
} from './model/shapes/fields.js';
export { type StickyShape, STICKY_DEFAULTS } from './model/shapes/sticky.js';
export { type RectShape, RECT_DEFAULTS } from './model/shapes/rect.js';
export { type EllipseShape, ELLIPSE_DEFAULTS } from './model/shapes/ellipse.js';
export { type TextShape, TEXT_DEFAULTS } from './model/shapes/text.js';
export { type FrameShape, FRAME_DEFAULTS } from './model/shapes/frame.js';
export {
  type ConnectorShape,
  type ArrowHead,
  ARROW_HEADS,
  CONNECTOR_DEFAULTS,
} from './model/shapes/connector.js';
export {
  type Shape,
  type ShapeType,
  type BoxShape,
  type ShapeProblem,
  type ShapeReadResult,
  type ShapesSnapshot,
  SHAPE_TYPES,
  SHAPE_KEYS,
  SHAPE_DEFINITIONS,
  textBoxOf,
  isBoxShape,
  readShape,
  readShapeFrom,
  readShapes,
  writeShape,
  compareShapes,
} from './model/shape.js';
export { MAX_TITLE_LENGTH } from './title.js';
export { type BoardMeta, type MetaSnapshot, readMeta, parseCompany, isSchemaVersion } from './model/meta.js';
export {
  type Migration,
  type MigrationResult,
  MigrationError,
  MIGRATIONS,
  MIGRATION_ORIGIN,
  INITIAL_SCHEMA_VERSION,
  CURRENT_SCHEMA_VERSION,
  migrateContentDoc,
  assertMigrationList,
} from './model/migrations.js';
export {
  type InitContentArgs,
  type BoardIdentity,
  InitError,
  initContentDoc,
  assertBoardSetup,
  writeBoardIdentity,
} from './model/document.js';
export { type TouchedShapes, WHOLE_SHAPE, touchedShapes } from './model/touched-shapes.js';
// Who may change which shape (docs/SCHEMA.md, "Who may change what").
export {
  type RefusalCode,
  type RightsRefusal,
  type RightsContext,
  whyNotEditable,
  mayCreate,
  mayChange,
  mayDelete,
} from './rights/shape-rights.js';
export { CommandError, MAX_TEXT_LENGTH, MAX_SHAPES_PER_COMMAND } from './model/commands/guards.js';
export {
  type AddStickyArgs,
  type AddShapeArgs,
  type AddableShapeType,
  type AddConnectorArgs,
  type DuplicateShapesArgs,
  DUPLICATE_OFFSET,
  addSticky,
  addShape,
  addConnector,
  duplicateShapes,
} from './model/commands/create.js';
export {
  type MoveShapesArgs,
  type SetShapeBoundsArgs,
  type ReorderArgs,
  moveShapes,
  placeShapes,
  type PlaceShapesArgs,
  setShapeBounds,
  bringToFront,
  sendToBack,
  shapesInFrame,
  childrenOfFrame,
  boxContains,
} from './model/commands/arrange.js';
export { type DeleteShapesArgs, deleteShapes } from './model/commands/remove.js';
export {
  type RestoreDiff,
  type RestoreShapesArgs,
  MAX_RESTORE_SHAPES,
  restoreDiff,
  restoreShapes,
} from './model/commands/restore.js';
export {
  type SetTextArgs,
  type InsertTextArgs,
  type DeleteTextArgs,
  setText,
  insertText,
  deleteText,
  textDiff,
} from './model/commands/text.js';
export {
  type SetColorArgs,
  type SetCompanyAndKindArgs,
  type SetTitleArgs,
  setColor,
  setCompanyAndKind,
  setTitle,
} from './model/commands/style.js';
export { isWellFormed } from './model/well-formed.js';
// Reactions on cards, in the server-written `discussion` channel (docs/SCHEMA.md).
export {
  REACTION_STAMPS,
  REACTION_EMOJI,
  REACTIONS_ROOT,
  isReactionStamp,
  reactionsMap,
  readReactions,
  readReactionEntries,
  hasReacted,
  writeReaction,
  writeFileReactions,
  type ReactionStamp,
  type Reactor,
  type ReactionEntry,
  type ReactionCount,
  type CardReactions,
  type ReactArgs,
} from './discussion/reactions.js';
// Comment threads on cards: the board's in `discussion`, a draft's in its company's private channel.
export {
  COMMENTS_ROOT,
  THREADS_ROOT,
  MAX_COMMENT_LENGTH,
  MAX_COMMENTS,
  MAX_AUTHOR_NAME,
  commentsMap,
  threadsMap,
  commentText,
  readThreads,
  authorOf,
  fileAuthor,
  writeComment,
  commentAt,
  removeComment,
  writeThreadResolved,
  mentionedNames,
  isMentionAt,
  type Comment,
  type CommentAuthor,
  type Thread,
} from './discussion/comments.js';
// Tags on cards and the board's tag list (docs/SCHEMA.md, "Tags").
export { type TagCardsArgs, tagCards } from './model/commands/tags.js';
export {
  TAGS_FIELD,
  MAX_TAG_LENGTH,
  MAX_TAGS_PER_CARD,
  normalizeTag,
  isTag,
  compareTags,
  readTags,
  defaultTagColor,
  tagColor,
} from './tags/tags.js';
export { MAX_TAG_LIST, readTagList, setListedTag } from './tags/tag-list.js';
export { TAG_CHIP, type TagChip, layoutTagChips } from './tags/tag-chips.js';
export { type Rng, mulberry32, createRng } from './model/random.js';
// The workshop: control (agenda, timer, attention, locks), ledger, voting, drafts (docs/SCHEMA.md).
export {
  type PhaseKey,
  type Phase,
  PHASE_KEYS,
  MAX_PHASES,
  MAX_PHASE_NAME,
  MAX_PHASE_INSTRUCTIONS,
  DEFAULT_PHASES,
  DEFAULT_PHASE_TEXT,
  isPhaseKey,
  parsePhase,
  phaseText,
} from './workshop/phases.js';
export {
  CONTROL_ROOT,
  LOCKS_ROOT,
  TAG_LIST_ROOT,
  controlMap,
  locksMap,
  tagListMap,
} from './workshop/control-roots.js';
export { type Locks, type ControlSnapshot, readControl } from './workshop/control.js';
export {
  type TimerState,
  MAX_TIMER_MS,
  parseTimer,
  timerRemaining,
  isTimerRunning,
  startTimer,
  pauseTimer,
  resumeTimer,
  adjustTimer,
  clearTimer,
} from './workshop/timer.js';
export {
  type ViewRect,
  type Summon,
  type FollowMe,
  parseViewRect,
  summonTo,
  setFollowMe,
  setCursorsHidden,
  setAnonymous,
} from './workshop/attention.js';
export { isShapeLocked, setShapesLocked, setFramesLocked } from './workshop/locks.js';
export { setPhase, setPhases } from './workshop/agenda.js';
export {
  type RosterStatus,
  type RosterEntry,
  type RosterSnapshot,
  ROSTER_ROOT,
  ROSTER_SETTINGS_ROOT,
  rosterEntries,
  rosterSettings,
  parseRosterEntry,
  readRosterEntry,
  readRosterAdmission,
  readRoster,
  nextJoinTime,
  writeRosterEntry,
  setRosterAdmission,
  markRosterDeleted,
  readRosterDeletedAt,
} from './workshop/roster.js';
export { rosterPresence, readRosterPresence } from './workshop/roster-presence.js';
export {
  type Actor,
  type LedgerEvent,
  type LedgerEventType,
  type LedgerEntry,
  type LedgerRead,
  type SealEntry,
  type UnverifiedEntry,
  LEDGER_ROOT,
  MAX_UNVERIFIED_REASON,
  ledgerEvents,
  parseLedgerEvent,
  parseLedgerEntry,
  readLedger,
  appendLedgerEvents,
} from './workshop/ledger.js';
export {
  type VoteScope,
  type VoteRules,
  MAX_VOTES_PER_PERSON,
  VOTE_RULES_HELP,
  parseVoteScope,
  parseVoteRules,
} from './workshop/vote-rules.js';
export {
  HIGHLIGHT_MAX,
  type VoteHighlight,
  parseVoteHighlight,
  setVoteHighlight,
} from './workshop/highlight.js';
export { type VoteStatus, type VoteRound, latestVoteRound, rankByVotes } from './workshop/vote-rounds.js';
export { roundElectorate } from './workshop/vote-electorate.js';
export {
  type AgreementMark,
  type Agreements,
  type AgreementStatus,
  foldAgreements,
  agreementStatus,
} from './workshop/agreements.js';
export {
  type AgreedContent,
  type AgreedLink,
  type AgreedChange,
  type AgreedSynergyFields,
  agreedContentOf,
  agreementDigest,
  currentAgreementContent,
  parseAgreedContent,
  agreedChanges,
} from './workshop/agreement-content.js';
export { canonicalJson, sha256Hex, digestOf, isDigest } from './evidence/digest.js';
// The ledger as evidence: hash chain, signatures (verified by an injected key), export seal.
export { isBase64urlOf, isSignature, isPublicKey } from './evidence/base64url.js';
export {
  type ChainFields,
  type SignatureVerifier,
  GENESIS_HASH,
  CHAIN_KEYS,
  hasChainFields,
  parseChainFields,
  entryHash,
  legacyDigest,
  chainHead,
  linkEntry,
} from './evidence/ledger-chain.js';
export { type ChainBreak, type ChainReport, verifyLedgerChain } from './evidence/verify-ledger.js';
export {
  type LedgerSeal,
  LEDGER_SEAL_TYPE,
  companiesDigest,
  sealHash,
  parseLedgerSeal,
} from './evidence/ledger-seal.js';
export {
  type FileLedger,
  type FileLedgerVerdict,
  type VerifyingKey,
  verifyFileLedger,
} from './evidence/verify-file-ledger.js';
export {
  type Ballot,
  type VoteChange,
  votesUsed,
  votesLeft,
  changeVote,
  tallyBallots,
} from './workshop/ballot.js';
export { isCard, isInVoteScope } from './workshop/vote-scope.js';
export { type RevealArgs, MAX_REVEAL, readDrafts, revealDrafts } from './workshop/reveal.js';
export { type Placement, layoutReveal } from './workshop/reveal-layout.js';
// Synergy points (docs/SCHEMA.md, "Synergy cards").
export {
  type SynergyType,
  type StoredSynergyStatus,
  type SynergyFields,
  type SynergyTextKey,
  SYNERGY_TYPES,
  SYNERGY_STATUSES,
  SYNERGY_DEFAULTS,
  SYNERGY_TEXT_KEYS,
  SYNERGY_KEYS,
  MAX_SYNERGY_FIELD,
  isSynergyType,
  isStoredSynergyStatus,
  isDueDate,
  readSynergyFields,
} from './synergy/fields.js';
export {
  type SynergySide,
  type CreateSynergyArgs,
  type UpdateSynergyArgs,
  type LinkToSynergyArgs,
  type UnlinkFromSynergyArgs,
  createSynergy,
  updateSynergy,
  linkToSynergy,
  unlinkFromSynergy,
} from './synergy/commands.js';
export { synergyPlacement } from './synergy/placement.js';
export {
  type SynergyStatus,
  type SynergyPoint,
  type AgreedMark,
  SYNERGY_STATUS_ORDER,
  synergyPoints,
  latestRevealedTotals,
  isSynergyCard,
} from './synergy/points.js';
export {
  type SynergySortKey,
  type SynergyFilter,
  SYNERGY_SORT_KEYS,
  filterSynergyPoints,
  sortSynergyPoints,
  firstOwner,
  ownerNames,
} from './synergy/order.js';
export { type LinkedCard, synergyLinks } from './synergy/links.js';
// The joint action plan of agreed synergy points, and check-ins (docs/SCHEMA.md, "Action plan").
export {
  type PlanStatus,
  type PlanAction,
  type PlanFields,
  type Kpi,
  type Helper,
  type CommittedPlan,
  PLAN_STATUSES,
  PLAN_KEYS,
  MAX_ACTIONS,
  EMPTY_PLAN,
  isPlanStatus,
  readPlanFields,
  committedPlan,
} from './plan/plan-fields.js';
export {
  type ActionFieldsArgs,
  type AddPlanActionArgs,
  type UpdatePlanActionArgs,
  type UpdateKpiArgs,
  addPlanAction,
  addNextStepAction,
  updatePlanAction,
  removePlanAction,
  updateKpi,
  setPlanProgress,
} from './plan/plan-commands.js';
export {
  type PlanItem,
  type PlanCard,
  calendarDay,
  isOverdueAction,
  planItems,
  actionsByStatus,
  helperCompanies,
  kpiProgress,
} from './plan/plan-view.js';
export {
  type ScheduledCheckIn,
  type CheckInPoint,
  type TimelineEntry,
  CHECK_INS_ROOT,
  MAX_CHECK_IN_NOTE,
  MAX_CHECK_IN_POINTS,
  readCheckInSchedule,
  scheduleCheckIn,
  unscheduleCheckIn,
  pointTimeline,
  recordedCheckIns,
} from './plan/check-ins.js';
export {
  type PlanLabels,
  type PlanReport,
  type PlanReportAction,
  type PlanReportPoint,
  PLAN_LABELS,
  buildPlanReport,
  renderPlanCsv,
  renderPlanMarkdown,
} from './plan/plan-report.js';
export { type FitCell, type FitPair, partnerFit, rankFit } from './plan/partner-fit.js';
// Account overlap between companies: names and domains in one comparable form.
export {
  type Account,
  type SharedAccount,
  companyNameKey,
  domainKey,
  sharedAccounts,
} from './accounts/account-names.js';
// Alliance templates: layouts, applying one to a board, and the areas cards take their kind from.
export { type ApplyTemplateArgs, TEMPLATE_MARGIN, applyTemplate } from './model/commands/template.js';
export { type AreaClass, areaAt, classifyByArea, isArea } from './templates/areas.js';
export { type ClassifyCardsArgs, classifyCardsByArea } from './model/commands/areas.js';
export {
  type LayoutItem,
  type LayoutArea,
  type LayoutText,
  type TemplateLayout,
} from './templates/common.js';
export { TEMPLATE_LAYOUTS, layoutOf } from './templates/layouts.js';
export { inLocale, templateWording } from './templates/template-wording.js';
// Synergy suggestions: asset ↔ gap/goal matching over card text (Japanese, English, mixed).
export {
  type SuggestCard,
  type Suggestion,
  type SuggestOptions,
  type ReasonTerm,
  type NeedKind,
  DEFAULT_SUGGESTION_LIMIT,
  DEFAULT_MIN_SCORE,
  MAX_REASON_TERMS,
  suggestSynergies,
  suggestionKey,
} from './suggest/suggest.js';
// Exports: what they render from, and the renderers that need no DOM and no Node (docs/API.md).
export {
  type ExportBoard,
  type ExportInput,
  type ExportDiscussion,
  type ExportFormat,
  type PaperSize,
  type DrawOptions,
  type PdfOptions,
  type PdfPages,
  PDF_PAGES,
  EXPORT_FORMATS,
  PAPER_SIZES,
  isExportFormat,
} from './export/input.js';
export {
  type ReportRow,
  type ReportAgreement,
  type SynergyReport,
  REPORT_STATUS_ORDER,
  buildSynergyReport,
} from './export/report.js';
export { renderCsv } from './export/report-csv.js';
// Drawing exports: the scene every renderer paints, and the SVG renderer.
export {
  type Point as ScenePoint,
  type Box as SceneBox,
  type RectItem,
  type EllipseItem,
  type LineItem,
  type PolygonItem,
  type TextItem,
  type SceneItem,
  baselineOf,
  roundedRectPath,
} from './export/scene-items.js';
export { type Scene, buildScene, itemBounds, topLevelFrames } from './export/scene.js';
export { type SceneLabels, sceneLabels } from './export/scene-labels.js';
export {
  baseColor,
  cardColors,
  cardColorsOf,
  safeColor,
  shade,
  tint,
  type CardColors,
} from './export/scene-colors.js';
export { type FontWeight, textWidth, ellipsize, wrapText, cleanText } from './export/text-layout.js';
export {
  drawnText,
  ellipsizeLine,
  fitText,
  type FitOptions,
  type FittedText,
  MAX_DRAWN_CHARS,
} from './text/fit-text.js';
export { CARD_HEADER, LINE_HEIGHT, type TextBox } from './text/text-boxes.js';
export {
  alignBoxes,
  distributeBoxes,
  gridBoxes,
  gridColumns,
  sortedGrid,
  GRID_GAP,
  type AlignEdge,
  type ArrangeBox,
  type Axis,
  type Place,
} from './geometry/arrange-layout.js';
export { findTerms, foldForSearch, matchTerms, searchTerms, type FoldedText } from './text/search-fold.js';
export { type MeasureWidth, breakPieces, wrapLines } from './text/line-breaking.js';
export { type PhraseParser, installPhraseParser, phraseStarts } from './text/phrases.js';
export { type CharWidth, charCount, displayWidth, excerpt, utf16Width } from './text/excerpt.js';
export { escapeXml } from './export/xml.js';
export { type TextPainter, SVG_FONT_FAMILY, sceneToSvg, renderSvg } from './export/svg.js';
export { renderMarkdown } from './export/report-markdown.js';
export {
  type FileDiscussion,
  type FileThreads,
  type FileComment,
  type FileReaction,
  type FileResolved,
  type FileAuthor,
  MAX_FILE_REACTIONS,
  fileDiscussion,
  parseFileDiscussion,
  writeFileDiscussion,
  writeFileThreads,
  hasBoardDiscussion,
} from './export/board-file-discussion.js';
export {
  type BoardFile,
  type BoardFileVersion,
  BOARD_FILE_FORMAT,
  BOARD_FILE_VERSION,
  READABLE_BOARD_FILE_VERSIONS,
  MAX_FILE_SHAPES,
  MAX_FILE_LEDGER_EVENTS,
  BoardFileError,
  writeBoardFile,
  parseBoardFile,
} from './export/board-file.js';
export {
  type Point,
  type Rect,
  type Outline,
  type ConnectorLine,
  edgePoint,
  connectorLine,
} from './geometry/connector-line.js';
export {
  contains,
  grow,
  nearestFree,
  overlaps,
  TakenSpace,
  type NearestFreeOptions,
} from './geometry/free-space.js';
export { THEME_FRAME, themeLayout, type ThemeFrame, type ThemeLayout } from './geometry/theme-layout.js';
export {
  MAX_THEME_CARDS,
  groupByTheme,
  type Theme,
  type ThemeCard,
  type ThemeGrouping,
  type ThemeOptions,
} from './suggest/themes.js';
export { isTimeZone, isoInZone, defaultTimeZone, formatExportTime } from './export/export-time.js';
export { idRecord, ownValue } from './id-records.js';
export { SYNC_PROTOCOL, tokenProtocols, tokenFromProtocols } from './token-protocol.js';
export {
  CLOSE,
  CLOSE_REASON,
  type CloseCode,
  type CreatedBoard,
  type RoleTokens,
  type RoomProgress,
  type TestShape,
} from './wire.js';
