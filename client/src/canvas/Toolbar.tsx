// The tools, on the left edge. Observers see only the tools that look around (select and hand):
// nothing that would change the board is shown to them.
import { useStore } from '../bindings/hooks';
import { useI18n } from '../i18n/I18nProvider';
import type { CanvasPartProps } from './canvasActions';
import { shortcutLabel } from '../ui/platform';
import { ToolButton } from './ToolButton';
import { SEARCH_KEYS } from './search/SearchPanel';
import { setMyCursorsHidden } from './cursorsHidden';
import { useKeyBinding } from './keyBindings';

const CURSORS_KEYS = 'Shift+C';
import { isEditingTool, TOOL_KEYS, TOOLS, type Tool } from './tools';

export function Toolbar({
  session,
  stores,
  actions,
}: Pick<CanvasPartProps, 'session' | 'stores' | 'actions'>) {
  const { t } = useI18n();
  const { tool, spaceHeld, helpOpen, searchOpen } = useStore(stores.editor);
  const history = useStore(session.history);
  const cursors = useStore(stores.cursorsHidden);
  const toggleCursors = () => setMyCursorsHidden(stores, !stores.cursorsHidden.get().mine);
  useKeyBinding({ keys: CURSORS_KEYS, run: () => !cursors.forAll && toggleCursors() });
  const tools = TOOLS.filter((candidate) => !session.readOnly || !isEditingTool(candidate));
  const pick = (next: Tool) => actions.setTool(next);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} aria-orientation="vertical">
      <div className="toolbar__group">
        {tools.map((candidate, i) => (
          <span key={candidate} className={i === 2 ? 'toolbar__split' : undefined}>
            <ToolButton
              icon={candidate}
              label={t(`tool.${candidate}`)}
              shortcut={TOOL_KEYS[candidate]}
              pressed={spaceHeld ? candidate === 'hand' : tool === candidate}
              data-testid={`tool-${candidate}`}
              onClick={() => pick(candidate)}
            />
          </span>
        ))}
      </div>
      {!session.readOnly && (
        <div className="toolbar__group toolbar__group--history">
          <ToolButton
            icon="undo"
            label={t('action.undo')}
            shortcut={shortcutLabel('Mod+Z')}
            data-testid="undo"
            disabled={!history.canUndo}
            onClick={() => actions.undo()}
          />
          <ToolButton
            icon="redo"
            label={t('action.redo')}
            shortcut={shortcutLabel('Mod+Shift+Z')}
            data-testid="redo"
            disabled={!history.canRedo}
            onClick={() => actions.redo()}
          />
        </div>
      )}
      <div className="toolbar__group">
        <ToolButton
          icon="cursorOff"
          label={
            cursors.forAll ? t('cursors.hiddenForAll') : cursors.mine ? t('cursors.show') : t('cursors.hide')
          }
          shortcut={CURSORS_KEYS}
          pressed={cursors.mine || cursors.forAll}
          disabled={cursors.forAll}
          data-testid="cursors-toggle"
          onClick={toggleCursors}
        />
        <ToolButton
          icon="search"
          label={t('search.open')}
          shortcut={shortcutLabel(SEARCH_KEYS)}
          data-testid="search-open"
          pressed={searchOpen}
          onClick={() => stores.editor.update({ searchOpen: !searchOpen })}
        />
        <ToolButton
          icon="help"
          label={t('help.open')}
          shortcut="?"
          data-testid="help"
          pressed={helpOpen}
          onClick={() => actions.toggleHelp()}
        />
      </div>
    </div>
  );
}
