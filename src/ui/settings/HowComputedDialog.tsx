import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleAnalysis } from '../../app/analysisContext';
import { useEditor, useScenario } from '../../app/editorContext';
import { DEFAULT_ANALYSIS_SETTINGS, type RoleId } from '../../model';
import { Dialog } from '../Dialog';
import { formatNumber } from '../format';
import { useLanguage } from '../fields/useScenarioCommand';
import { AnalysisSettingsDialog } from './AnalysisSettingsDialog';
import { formulaLines, type FormulaGroup, type FormulaLine } from './howComputed';
import { SETTING_SPECS } from './settingsRules';
import './settings.css';

const GROUPS: readonly FormulaGroup[] = ['proxies', 'scales', 'outcome'];

/**
 * "How is this computed?" for one role: every formula of the role scores with the role's
 * current values substituted, and the tunables they use. Changing a tunable opens the
 * settings dialog in its place and comes back with the new values.
 */
export function HowComputedDialog({ roleId, onClose }: { roleId: RoleId; onClose: () => void }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <AnalysisSettingsDialog onClose={() => setEditing(false)} />;
  return <HowComputed roleId={roleId} onClose={onClose} onEditSettings={() => setEditing(true)} />;
}

function HowComputed({ roleId, onClose, onEditSettings }: { roleId: RoleId; onClose: () => void; onEditSettings: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const role = useScenario().roles[roleId];
  const score = useRoleAnalysis(roleId);
  const settings = useEditor((s) => s.project.settings);
  const lines = useMemo(() => {
    if (!role || !score) return [];
    const fmt = { num: (n: number, digits: number) => formatNumber(n, language, digits), term: (key: string) => t(key) };
    return formulaLines({ score, role, settings }, fmt);
  }, [role, score, settings, language, t]);

  const actions = (
    <button type="button" className="primary" onClick={onClose} data-testid="how-computed.close">
      {t('app.dialog.close')}
    </button>
  );
  return (
    <Dialog title={t('analysisInputs.howComputed.title', { role: role?.name ?? '' })} onClose={onClose} testId="how-computed.dialog" actions={actions}>
      <div className="hc-root">
        <div className="hc-head">
          <p className="hc-intro">
            {t(score?.source === 'questionnaire' ? 'analysisInputs.howComputed.introQuestionnaire' : 'analysisInputs.howComputed.introProxy')}
          </p>
          {/* First in the dialog, so the dialog opens (and focuses) at the top. */}
          <button type="button" onClick={onEditSettings} data-testid="how-computed.edit-settings">
            {t('analysisInputs.howComputed.editSettings')}
          </button>
        </div>
        {GROUPS.map((group) => (
          <FormulaSection key={group} group={group} lines={lines.filter((l) => l.group === group)} />
        ))}
        <section className="hc-section">
          <h3>{t('analysisInputs.howComputed.tunables')}</h3>
          <table className="hc-tunables" data-testid="how-computed.tunables">
            <tbody>
              {SETTING_SPECS.map(({ key }) => (
                <tr key={key}>
                  <th scope="row">{t(`analysisInputs.settings.field.${key}.label`)}</th>
                  <td className="hc-value">{formatNumber(settings[key], language, 3)}</td>
                  <td className="hc-default">
                    {settings[key] === DEFAULT_ANALYSIS_SETTINGS[key]
                      ? t('analysisInputs.howComputed.isDefault')
                      : t('analysisInputs.howComputed.default', { value: formatNumber(DEFAULT_ANALYSIS_SETTINGS[key], language, 3) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </Dialog>
  );
}

function FormulaSection({ group, lines }: { group: FormulaGroup; lines: FormulaLine[] }) {
  const { t } = useTranslation();
  return (
    <section className="hc-section">
      <h3>{t(`analysisInputs.howComputed.group.${group}`)}</h3>
      <ul className="hc-formulas">
        {lines.map((l, i) => (
          <li key={`${l.key}-${i}`} data-testid="how-computed.formula" data-formula={l.key}>
            <Formula text={t(`analysisInputs.howComputed.f.${l.key}`, l.params)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The result after the last "=" or "→" in bold, so the eye finds the value (a definition has none). */
function Formula({ text }: { text: string }) {
  const at = Math.max(text.lastIndexOf(' = '), text.lastIndexOf(' → '));
  if (at < 0 || text.length - at > 40) return <span className="hc-formula">{text}</span>;
  return (
    <span className="hc-formula">
      {text.slice(0, at + 3)}
      <strong>{text.slice(at + 3)}</strong>
    </span>
  );
}
