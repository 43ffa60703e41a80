// For the board file's unit tests: the message a file is refused with (it must be refused).
import { BoardFileError, parseBoardFile } from './board-file.js';

export function boardFileRefusal(value: unknown): string {
  try {
    parseBoardFile(value);
  } catch (error) {
    if (error instanceof BoardFileError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}
