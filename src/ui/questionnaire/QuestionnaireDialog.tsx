import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleAnalysis } from '../../app/analysisContext';
import { useEditor, useScenario } from '../../app/editorContext';
import type { Role, RoleId } from '../../model';
import { Dialog } from '../Dialog';
import { useDiscardGuard } from '../useDiscardGuard';
import { useLanguage, useScenarioCommand } from '../fields/useScenarioCommand';
import { AnswersEditor } from './AnswersEditor';
import { ComparisonTable } from './ComparisonTable';
import { ScalesEditor } from './ScalesEditor';
import { useQuestionnaireDraft, type QuestionnaireMode } from './useQuestionnaireDraft';
import '../ui.css';
import './questionnaire.css';

const MODES: readonly QuestionnaireMode[] = ['answers', 'scales'];

/**
 * Questionnaire mode for one role: JCQ answers per respondent (typed or pasted from a
 * spreadsheet) or scale scores computed elsewhere. Nothing is stored until Save, which is
 * one undo step; closing with unsaved answers asks first. The results compare the draft
 * with the proxy from the design.
 */
export function QuestionnaireDialog({ roleId, onClose }: { roleId: RoleId; onClose: () => void }) {
  const role = useScenario().roles[roleId];
  if (!role) return null;
  return <QuestionnaireForm key={roleId} role={role} onClose={onClose} />;
}

function QuestionnaireForm({ role, onClose }: { role: Role; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const run = useScenarioCommand();
  const settings = useEditor((s) => s.project.settings);
  const analysis = useRoleAnalysis(role.id);
  const draft = useQuestionnaireDraft(role, language);
  const [attempted, setAttempted] = useState(false);
  const invalid = draft.questionnaire === 'invalid';
  const discard = useDiscardGuard(
    draft.dirty,
    {
      title: t('analysisInputs.questionnaire.discard.title'),
      message: t('analysisInputs.questionnaire.discard.message', { role: role.name }),
      confirmLabel: t('analysisInputs.questionnaire.discard.confirm'),
    },
    onClose,
  );

  const save = () => {
    setAttempted(true);
    if (draft.questionnaire === 'invalid') {
      if (!draft.scalesChecked.ok) draft.setMode('scales');
      else if (draft.answers.invalid.length > 0) draft.setMode('answers');
      return;
    }
    if (run('setQuestionnaire', { roleId: role.id, questionnaire: draft.questionnaire }).ok) onClose();
  };
  const remove = () => {
    if (run('setQuestionnaire', { roleId: role.id, questionnaire: null }).ok) onClose();
  };
  const scaleRespondents = draft.scalesChecked.ok ? (draft.scalesChecked.value?.respondents ?? 0) : 0;
  const respondents = draft.mode === 'answers' ? draft.answers.complete : scaleRespondents;

  const actions = (
    <>
      {role.questionnaire && (
        <button type="button" className="danger qn-remove-all" onClick={remove} data-testid="questionnaire.remove">
          {t('analysisInputs.questionnaire.remove')}
        </button>
      )}
      <button type="button" onClick={discard.requestClose} data-testid="questionnaire.cancel">
        {t('app.dialog.cancel')}
      </button>
      <button type="button" className="primary" onClick={save} data-testid="questionnaire.save">
        {t('app.dialog.save')}
      </button>
    </>
  );
  return (
    <>
      <Dialog
        title={t('analysisInputs.questionnaire.title', { role: role.name })}
        onClose={discard.requestClose}
        testId="questionnaire.dialog"
        actions={actions}
      >
        <div className="qn-root">
          <p className="qn-intro">{t('analysisInputs.questionnaire.intro')}</p>
          <div className="segmented qn-modes" role="group" aria-label={t('analysisInputs.questionnaire.modeLabel')}>
            {MODES.map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={draft.mode === mode}
                data-testid={`questionnaire.mode-${mode}`}
                onClick={() => draft.setMode(mode)}
              >
                {t(`analysisInputs.questionnaire.mode.${mode}`)}
              </button>
            ))}
          </div>
          {draft.mode === 'answers' ? (
            <AnswersEditor draft={draft} />
          ) : (
            <ScalesEditor draft={draft} showEmpty={attempted} />
          )}
          {attempted && invalid && (
            <p className="field-error" role="alert" data-testid="questionnaire.save-error">
              {t('analysisInputs.questionnaire.saveBlocked')}
            </p>
          )}
          {analysis && (
            <ComparisonTable
              proxy={analysis.proxyScores}
              preview={draft.preview}
              respondents={respondents}
              invalid={invalid}
              settings={settings}
            />
          )}
        </div>
      </Dialog>
      {discard.confirm}
    </>
  );
}
