// `POST /api/boards` bodies: their schema, and the board they ask for (defaults, unique names).
import {
  COMPANY_PALETTE,
  LOCALES,
  MAX_COMPANIES,
  MAX_COMPANY_NAME,
  MAX_TITLE_LENGTH,
  MIN_COMPANIES,
  TEMPLATES,
  type Locale,
} from '@kyoso/shared';
import { Type, type Static } from 'typebox';
import { HttpError } from './http-error.js';
import { cleanText } from './json-fields.js';
import { HexColor, Text } from './schemas.js';
import { ERROR_KEYWORD } from './validation-message.js';

export const CreateBoardBody = Type.Object({
  title: Text(MAX_TITLE_LENGTH, "The board's title"),
  template: Type.Optional(
    Type.Union([Type.Null(), Type.Enum(TEMPLATES.map((t) => t.id))], {
      description: 'A template id from GET /api/templates (default blank)',
      [ERROR_KEYWORD]: 'must be one of the ids listed by GET /api/templates',
    }),
  ),
  locale: Type.Optional(Type.Enum([...LOCALES], { description: "The board's language (default ja)" })),
  companies: Type.Array(
    Type.Object({
      name: Text(MAX_COMPANY_NAME, "The company's name, unique on the board ignoring case"),
      color: Type.Optional(
        Type.Union([Type.Null(), HexColor('Its colour (default: from the palette)')], {
          [ERROR_KEYWORD]: 'must look like #rrggbb',
        }),
      ),
    }),
    { minItems: MIN_COMPANIES, maxItems: MAX_COMPANIES, description: 'The companies, in order' },
  ),
});

export interface CreateBoardInput {
  title: string;
  template: string;
  locale: Locale;
  companies: { name: string; color: string }[];
}

/** The board to create: texts as stored, defaults filled in, names unique. */
export function parseCreateBoard(body: Static<typeof CreateBoardBody>): CreateBoardInput {
  const seen = new Set<string>();
  const companies = body.companies.map((company, i) => {
    const name = cleanText(company.name, `companies[${i}].name`, MAX_COMPANY_NAME);
    const folded = name.toLocaleLowerCase();
    if (seen.has(folded)) throw new HttpError(400, `companies[${i}].name repeats "${name}"`);
    seen.add(folded);
    const color = company.color?.toLowerCase() ?? COMPANY_PALETTE[i % COMPANY_PALETTE.length]!;
    return { name, color };
  });
  return {
    title: cleanText(body.title, 'title', MAX_TITLE_LENGTH),
    template: body.template ?? 'blank',
    locale: body.locale ?? 'ja',
    companies,
  };
}
