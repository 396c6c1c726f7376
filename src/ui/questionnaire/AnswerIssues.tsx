import { useTranslation } from 'react-i18next';
import type { CheckedAnswers, PasteProblem } from './answers';
import { itemCode, itemName } from './answers';

/** Shown per kind before "and n more", so a large bad paste does not bury the dialog. */
const SHOWN = 6;

/**
 * What is wrong with the answer table, each with its row and item: values that are not
 * 1–4 block saving (errors); paste notes and incomplete respondents, which are saved but
 * left out of the scores, do not (warnings).
 */
export function AnswerIssues({ answers, pasteProblems }: { answers: CheckedAnswers; pasteProblems: PasteProblem[] }) {
  const { t } = useTranslation();
  const errors = answers.invalid.map((i) =>
    t('analysisInputs.questionnaire.invalidCell', { row: i.row, item: itemName(i.item, t), text: i.text }),
  );
  const warnings = [
    ...pasteProblems.map((p) => pasteMessage(p, t)),
    ...answers.incomplete.map((r) =>
      t('analysisInputs.questionnaire.incompleteRow', {
        row: r.row,
        count: r.missing.length,
        items: r.missing.map(itemCode).join(', '),
      }),
    ),
  ];
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <div className="qn-issues" data-testid="questionnaire.issues">
      {errors.length > 0 && <IssueList kind="error" items={errors} />}
      {warnings.length > 0 && <IssueList kind="warning" items={warnings} />}
    </div>
  );
}

function IssueList({ kind, items }: { kind: 'error' | 'warning'; items: string[] }) {
  const { t } = useTranslation();
  return (
    <ul className={`qn-issue-list is-${kind}`} role={kind === 'error' ? 'alert' : undefined} data-testid={`questionnaire.${kind}s`}>
      {items.slice(0, SHOWN).map((text, i) => (
        <li key={i}>{text}</li>
      ))}
      {items.length > SHOWN && <li className="muted">{t('analysisInputs.questionnaire.more', { count: items.length - SHOWN })}</li>}
    </ul>
  );
}

function pasteMessage(p: PasteProblem, t: (key: string, params?: Record<string, unknown>) => string): string {
  switch (p.kind) {
    case 'unknown-column':
      return t('analysisInputs.questionnaire.paste.unknownColumn', { column: p.column, text: p.text });
    case 'missing-columns':
      return t('analysisInputs.questionnaire.paste.missingColumns', {
        items: p.items.map(itemCode).join(', '),
      });
    case 'too-many-values':
      return t('analysisInputs.questionnaire.paste.tooManyValues', { row: p.line, count: p.count, max: p.max });
    case 'too-many-rows':
      return t('analysisInputs.questionnaire.paste.tooManyRows', { max: p.max });
  }
}
