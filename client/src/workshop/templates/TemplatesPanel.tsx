// "Templates" (facilitator): a launcher at the top left and the dialog that adds an alliance
// template to the board, laid out for the board's companies.
import { useState } from 'react';
import type { CanvasPartProps } from '../../canvas/canvasActions';
import { keepCanvasFocus } from '../../canvas/ToolButton';
import { useI18n } from '../../i18n/I18nProvider';
import { InCorner } from '../../ui/LauncherDock';
import { TemplateDialog } from './TemplateDialog';
import './templates.css';

export function TemplatesPanel(props: CanvasPartProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!props.workshop.canControl || props.session.readOnly) return null;
  return (
    <>
      <InCorner>
        <button
          type="button"
          className="panel-launcher panel-launcher--templates corner-launcher"
          aria-haspopup="dialog"
          aria-expanded={open}
          data-tooltip={t('templates.launcher.hint')}
          data-tooltip-side="bottom"
          data-testid="templates-open"
          onMouseDown={keepCanvasFocus}
          onClick={() => setOpen(true)}
        >
          <TemplateIcon />
          <span>{t('templates.launcher')}</span>
        </button>
      </InCorner>
      {open && (
        // Closing gives the focus back to where it was (the canvas, or this launcher).
        <TemplateDialog {...props} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

function TemplateIcon() {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinejoin="round"
      />
    </svg>
  );
}
