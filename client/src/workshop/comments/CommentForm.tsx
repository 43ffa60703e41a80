// Writing a comment: a text area that sends with Ctrl/⌘+Enter (never while an IME is composing; the
// hint names the key of this platform, and none on a touch screen)
// and offers the names it knows after an "@", inserted with Enter, Tab or a click. What was
// written stays when sending fails.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { isTouchFirst, shortcutLabel } from '../../ui/platform';

interface CommentFormProps {
  names: readonly string[];
  busy: boolean;
  label: string;
  /** The thread it writes in: the text area takes the focus as a thread opens (not on a touch
   * screen, where that would raise the keyboard over the thread). */
  thread: string | null;
  onSend(text: string): Promise<boolean>;
}

/** Room the list of names needs below the text area; with less, it opens above it. */
const MENTIONS_HEIGHT_PX = 180;

/** The "@..." being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  return match ? { start: caret - match[0].length, query: match[1] ?? '' } : null;
}

export function CommentForm({ names, busy, label, thread, onSend }: CommentFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [choice, setChoice] = useState(0);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (thread !== null && !isTouchFirst()) area.current?.focus();
  }, [thread]);
  const query = mentionQuery(text, caret);
  const matches = query
    ? names.filter((name) => name.toLowerCase().includes(query.query.toLowerCase())).slice(0, 6)
    : [];
  const listed = matches.length > 0;
  // The form sits low in a scrolling panel: a list opened below it would be cut off by the
  // panel's edge, so it opens above the text area when the panel has no room below.
  const [above, setAbove] = useState(false);
  useLayoutEffect(() => {
    if (!listed || !area.current) return;
    const box = area.current.getBoundingClientRect();
    const panel = area.current.closest('.side-panel')?.getBoundingClientRect();
    const bottom = Math.min(panel?.bottom ?? window.innerHeight, window.innerHeight);
    setAbove(bottom - box.bottom < MENTIONS_HEIGHT_PX && box.top - (panel?.top ?? 0) > bottom - box.bottom);
  }, [listed]);

  const send = async () => {
    if (text.trim() === '' || busy) return;
    if (await onSend(text)) setText('');
  };
  const insert = (name: string) => {
    if (!query) return;
    const next = `${text.slice(0, query.start)}@${name} ${text.slice(caret)}`;
    const at = query.start + name.length + 2;
    setText(next);
    setCaret(at);
    setChoice(0);
    requestAnimationFrame(() => area.current?.setSelectionRange(at, at));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (matches.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setChoice((choice + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (
      matches.length > 0 &&
      (event.key === 'Enter' || event.key === 'Tab') &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      insert(matches[choice] ?? matches[0]!);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label className="sr-only" htmlFor="comment-text">
        {label}
      </label>
      <textarea
        id="comment-text"
        ref={area}
        className="input comment-form__text"
        rows={3}
        maxLength={2000}
        value={text}
        placeholder={
          isTouchFirst()
            ? t('comments.placeholder.touch')
            : t('comments.placeholder', { send: shortcutLabel('Mod+Enter') })
        }
        data-testid="comment-input"
        onChange={(event) => {
          setText(event.target.value);
          setCaret(event.target.selectionStart);
          setChoice(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 && (
        <ul
          className={`comment-form__mentions ${above ? 'comment-form__mentions--above' : ''}`}
          role="listbox"
          data-testid="comment-mentions"
        >
          {matches.map((name, i) => (
            <li key={name} role="option" aria-selected={i === choice}>
              <button
                type="button"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(name)}
              >
                @{name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="submit"
        className="button button--primary comment-form__send"
        disabled={busy || text.trim() === ''}
        data-testid="comment-send"
      >
        {busy ? t('comments.sending') : t('comments.send')}
      </button>
    </form>
  );
}
