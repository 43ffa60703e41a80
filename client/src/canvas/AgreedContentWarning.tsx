// Said as editing starts on agreed content (agreedContent.ts), beside the text editor.
import type { ShapeId } from '@kyoso/shared';
import type { CSSProperties } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { BoardSession } from '../sync/session-types';

/** Room the warning needs above the editor (two lines), screen px: below it near the window's top. */
const WARNING_ROOM = 64;
/** Its widest, screen px (as in styles.css). */
const WARNING_WIDTH = 360;

/**
 * Said before the first keystroke: this text is part of what companies agreed to, so changing it
 * asks them to agree again (it is not refused: the rules allow it).
 */
export function AgreedContentWarning({
  session,
  agreed,
  editor,
  boardWidth,
}: {
  session: BoardSession;
  agreed: readonly ShapeId[];
  editor: CSSProperties;
  boardWidth: number;
}) {
  const { t } = useI18n();
  const [first] = agreed;
  const point = first === undefined ? undefined : session.shapes.byId(first);
  const title = clipLine(point?.text ?? '', 24);
  const top = Number(editor.top);
  const above = top >= WARNING_ROOM;
  const message =
    point?.type === 'sticky' && point.kind === 'synergy' && title
      ? agreed.length > 1
        ? t('editor.agreed.points', { title, more: agreed.length - 1 })
        : t('editor.agreed.point', { title })
      : t('editor.agreed.card');
  return (
    <p
      className={`text-editor__agreed${above ? ' text-editor__agreed--above' : ''}`}
      data-testid="text-editor-agreed"
      role="status"
      style={{
        // Lined up with the editor's left edge, or its right one where it would run off the board.
        ...(Number(editor.left) + WARNING_WIDTH <= boardWidth
          ? { left: editor.left }
          : { right: Math.max(0, boardWidth - Number(editor.left) - Number(editor.width)) }),
        top: above ? top - 6 : top + Number(editor.height) + 6,
      }}
    >
      {message}
    </p>
  );
}

/** The first line of `text`, cut to `max` characters. */
const clipLine = (text: string, max: number): string => {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};
