// A board's title: the longest the create form, the server and the document accept. Kept apart
// from the document model so that the start page can check a title without loading Yjs.
export const MAX_TITLE_LENGTH = 200;
