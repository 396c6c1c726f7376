import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: [keys: string[], messageKey: string][] = [
  [[`${MOD}+Z`], 'undo'],
  [[`${MOD}+Shift+Z`, `${MOD}+Y`], 'redo'],
  [[`${MOD}+C`], 'copy'],
  [[`${MOD}+V`], 'paste'],
  [[`${MOD}+D`], 'duplicate'],
  [['Delete', 'Backspace'], 'delete'],
  [[`${MOD}+A`], 'selectAll'],
  [['←', '→', '↑', '↓'], 'nudge'],
  [['F2', 'Enter'], 'rename'],
  [['Esc'], 'escape'],
  [['Alt+←', 'Alt+→'], 'moveTab'],
  [['→', 'Space', 'PageDown'], 'presentNext'],
  [['←', 'PageUp'], 'presentPrevious'],
  [['O'], 'presentOverlay'],
  [['?'], 'help'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('app.shortcuts.title')}
      onClose={onClose}
      testId="dialog.shortcuts"
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t('app.dialog.close')}
        </button>
      }
    >
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([keys, messageKey]) => (
            <tr key={messageKey}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`app.shortcuts.${messageKey}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
