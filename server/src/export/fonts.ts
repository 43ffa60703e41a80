// The Japanese font the PNG and PDF exports embed (Noto Sans JP, from @expo-google-fonts), so a
// drawing looks the same on every server and PDF text stays real, searchable text.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Noto Sans JP';

export interface FontFiles {
  regular: string;
  bold: string;
}

let files: FontFiles | null = null;

/** Paths of the regular and bold TTFs, resolved once from the installed package. */
export function fontFiles(): FontFiles {
  files ??= {
    regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
  };
  return files;
}
