// A version's name as people read it: the server names automatic versions and the ones kept
// before a restore in English ("automatic", `before restoring "<name>"`); the panel says it in
// the interface language. Names people typed are shown as typed.
import type { TranslateFn } from '../i18n/I18nProvider';
import type { Version } from './versionsApi';

const BEFORE_RESTORING = /^before restoring "(.*)"$/s;

export function versionLabel(version: Pick<Version, 'kind' | 'name'>, t: TranslateFn): string {
  if (labelSaysKind(version)) return t('history.autoName');
  const restored = version.kind === 'restore' ? BEFORE_RESTORING.exec(version.name) : null;
  if (restored) return t('history.beforeRestoringName', { name: restored[1] ?? '' });
  return version.name;
}

/** Whether the label already says the version's kind ("Automatic save"): no kind chip beside it. */
export function labelSaysKind(version: Pick<Version, 'kind' | 'name'>): boolean {
  return version.kind === 'auto' && version.name === 'automatic';
}
