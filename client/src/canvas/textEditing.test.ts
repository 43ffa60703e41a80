import { describe, expect, it } from 'vitest';
import { editorKeyAction, finishedText, mergeEdit, rebasePosition, type EditorKey } from './textEditing';

const key = (k: string, extra: Partial<EditorKey> = {}): EditorKey => ({
  key: k,
  ctrl: false,
  meta: false,
  isComposing: false,
  keyCode: 0,
  ...extra,
});

describe('editorKeyAction', () => {
  it('leaves Enter to the IME while composing (it confirms the conversion)', () => {
    expect(editorKeyAction(key('Enter', { isComposing: true }), false)).toBe('ime');
    expect(editorKeyAction(key('Enter', { keyCode: 229 }), false)).toBe('ime');
    expect(editorKeyAction(key('Enter', { ctrl: true }), true)).toBe('ime');
    expect(editorKeyAction(key('Escape', { isComposing: true }), false)).toBe('ime');
  });

  it('inserts a newline on plain Enter', () => {
    expect(editorKeyAction(key('Enter'), false)).toBe('default');
  });

  it('finishes a frame’s title on plain Enter (a title is one line), but not while composing', () => {
    expect(editorKeyAction(key('Enter'), false, true)).toBe('finish');
    expect(editorKeyAction(key('Enter', { isComposing: true }), false, true)).toBe('ime');
    expect(editorKeyAction(key('a'), false, true)).toBe('default');
  });

  it('finishes on Escape and on Ctrl/⌘+Enter', () => {
    expect(editorKeyAction(key('Escape'), false)).toBe('finish');
    expect(editorKeyAction(key('Enter', { ctrl: true }), false)).toBe('finish');
    expect(editorKeyAction(key('Enter', { meta: true }), false)).toBe('finish');
  });
});

describe('rebasePosition', () => {
  it('pushes the caret along when someone types before it', () => {
    expect(rebasePosition('共創', 'A社と共創', 2)).toBe(5);
  });

  it('leaves it when the change is after it', () => {
    expect(rebasePosition('共創', '共創する', 1)).toBe(1);
  });

  it('pulls it back when text before it is deleted', () => {
    expect(rebasePosition('abcdef', 'abef', 5)).toBe(3);
  });

  it('moves it to the end of a replacement it was inside', () => {
    expect(rebasePosition('abcdef', 'abXYef', 3)).toBe(4);
  });
});

describe('mergeEdit', () => {
  it('is the local text when nobody else changed anything', () => {
    expect(mergeEdit('共創', '共創する', '共創')).toBe('共創する');
  });

  it('is the current text when this user changed nothing', () => {
    expect(mergeEdit('共創', '共創', 'A社と共創')).toBe('A社と共創');
  });

  it('keeps both when someone typed elsewhere during a composition', () => {
    expect(mergeEdit('共創', '共創ワークショップ', 'A社と共創')).toBe('A社と共創ワークショップ');
    expect(mergeEdit('abc', 'Xabc', 'abcY')).toBe('XabcY');
  });

  it('keeps a deletion made locally', () => {
    expect(mergeEdit('hello world', 'hello', 'hello world!')).toBe('hello!');
  });
});

describe('finishedText', () => {
  it('drops blank lines and spaces at the end, and nothing else', () => {
    expect(finishedText('共創で新市場\n')).toBe('共創で新市場');
    expect(finishedText('一行目\n二行目 \n\n\u3000')).toBe('一行目\n二行目');
    expect(finishedText('  前の空白は残る')).toBe('  前の空白は残る');
    expect(finishedText('\n')).toBe('');
  });
});
