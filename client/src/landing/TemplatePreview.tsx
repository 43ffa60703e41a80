// The chosen template drawn for the companies being entered, in the board's language: the same
// drawing as the template gallery on a board. Its code (Yjs, the exports' renderer) loads on
// demand, so the start page stays small; if it cannot load, the form simply has no picture.
import type { CompanyKey, Locale } from '@kyoso/shared';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';

const loadPreview = () => import('../workshop/templates/templatePreview');
type PreviewModule = Awaited<ReturnType<typeof loadPreview>>;

interface TemplatePreviewProps {
  template: string;
  companies: ReadonlyArray<{ name: string; color: string }>;
  locale: Locale;
  label: string;
}

export function TemplatePreview({ template, companies, locale, label }: TemplatePreviewProps) {
  const [module, setModule] = useState<PreviewModule | null>(null);
  useEffect(() => {
    let live = true;
    loadPreview().then(
      (loaded) => live && setModule(loaded),
      () => {}, // no picture
    );
    return () => {
      live = false;
    };
  }, []);
  // Typing a company's name stays quick: the drawing follows a moment later.
  const wanted = useDeferredValue(JSON.stringify({ template, companies, locale }));
  const url = useMemo(() => {
    if (!module) return null;
    const chosen = JSON.parse(wanted) as TemplatePreviewProps;
    if (chosen.template === 'blank') return null;
    try {
      return module.templatePreviewUrl(
        chosen.template,
        chosen.companies.map((company, i) => ({
          key: String.fromCharCode(97 + i) as CompanyKey,
          name: company.name.trim(),
          color: company.color.toLowerCase(),
        })),
        chosen.locale,
      );
    } catch {
      return null; // a colour or name the board would refuse: the form says so itself
    }
  }, [module, wanted]);
  if (!url) return null;
  return <img className="template-preview" src={url} alt={label} data-testid="landing-template-preview" />;
}
