// Japanese on the board page (the canvas, the version and template previews) breaks into lines by
// phrase, as the exports do (shared/src/text/phrases.ts), with BudouX's Japanese model:
// "全国の / 物流網", never "全国の物流 / 網". Installed when the canvas's text measuring loads
// (textMeasure.ts), so the landing page does not carry the model.
import { installPhraseParser } from '@kyoso/shared';
import { jaModel, Parser } from 'budoux';

export function breakJapaneseByPhrase(): void {
  installPhraseParser(new Parser(jaModel));
}
