// The export formats as the dialog offers them, in the order people look for them, and which
// options each one takes.
import type { ExportFormat } from '@kyoso/shared';

export const DIALOG_FORMATS: readonly ExportFormat[] = ['pdf', 'png', 'svg', 'csv', 'md', 'json'];

/** Drawings can be cut to one frame; reports and the board file are always the whole board. */
export const takesScope = (format: ExportFormat) => format === 'pdf' || format === 'png' || format === 'svg';

/** Everything but the board file says things in a language (headings, labels, a template's words). */
export const takesLanguage = (format: ExportFormat) => format !== 'json';
