// Japanese in the drawing exports breaks into lines by phrase, as on the canvas (the shared
// layout's phrase parser: shared/src/text/phrases.ts), with BudouX's Japanese model. Loading the
// package takes about 0.2 s, so only a thread that draws an export loads it, once.
import { installPhraseParser } from '@kyoso/shared';

let loading: Promise<void> | null = null;

/** Resolves once this thread's text layout breaks Japanese by phrase. */
export function breakJapaneseByPhrase(): Promise<void> {
  loading ??= import('budoux').then(({ Parser, jaModel }) => installPhraseParser(new Parser(jaModel)));
  return loading;
}
