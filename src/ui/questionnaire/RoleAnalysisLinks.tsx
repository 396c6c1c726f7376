import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaireScores, scoreJcqGroup } from '../../analysis';
import type { Role } from '../../model';
import { HowComputedDialog } from '../settings/HowComputedDialog';
import { QuestionnaireDialog } from './QuestionnaireDialog';
import './questionnaire.css';

/**
 * The role inspector's way into questionnaire mode and into the worked-out formulas:
 * a button, a link, and a one-line status of the role's questionnaire.
 */
export function RoleAnalysisLinks({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'questionnaire' | 'how' | null>(null);
  return (
    <div className="qn-launch">
      <div className="qn-launch-row">
        <button type="button" data-testid="inspector.questionnaire" onClick={() => setOpen('questionnaire')}>
          {t('analysisInputs.questionnaire.open')}
        </button>
        <span className="qn-launch-status" data-testid="inspector.questionnaire-status">
          {statusText(role, t)}
        </span>
      </div>
      <button type="button" className="link-button qn-launch-link" data-testid="inspector.how-computed" onClick={() => setOpen('how')}>
        {t('analysisInputs.howComputed.open')}
      </button>
      {open === 'questionnaire' && <QuestionnaireDialog roleId={role.id} onClose={() => setOpen(null)} />}
      {open === 'how' && <HowComputedDialog roleId={role.id} onClose={() => setOpen(null)} />}
    </div>
  );
}

function statusText(role: Role, t: (key: string, params?: Record<string, unknown>) => string): string {
  const q = role.questionnaire;
  if (!q) return t('analysisInputs.questionnaire.status.none');
  const used = questionnaireScores(q);
  if (used) return t('analysisInputs.questionnaire.status.used', { count: used.respondents });
  const answered = Math.max(scoreJcqGroup(q.answerSets).respondents, q.scaleScores?.respondents ?? 0);
  return t('analysisInputs.questionnaire.status.tooFew', { count: answered });
}
