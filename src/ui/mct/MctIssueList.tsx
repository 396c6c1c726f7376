import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SegmentDraft } from './mctDraft';
import type { MctIssue } from './mctValidation';

/** Each reason the draft cannot be saved, naming the segment and field it concerns. */
export function issueText(issue: MctIssue, segments: readonly SegmentDraft[], t: TFunction): string {
  const nameOf = (id: string) => {
    const i = segments.findIndex((s) => s.id === id);
    return segments[i]?.name.trim() || t('qrm.mct.row', { n: i + 1 });
  };
  switch (issue.kind) {
    case 'segment':
      return t('qrm.mct.issue.segment', {
        segment: nameOf(issue.segmentId),
        field: t(`qrm.mct.field.${issue.field}`),
        message: t(`ui.error.${issue.error.key}`, issue.error.params),
      });
    case 'weeklyHours':
      return t('qrm.mct.issue.weeklyHours', { message: t(`ui.error.${issue.error.key}`, issue.error.params) });
    case 'cycle':
      return t('qrm.mct.issue.cycle', { path: issue.path.map(nameOf).join(' → ') });
    case 'tooMany':
      return t('qrm.mct.issue.tooMany', { max: issue.max });
  }
}

export function MctIssueList({ issues, segments }: { issues: readonly MctIssue[]; segments: readonly SegmentDraft[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="mct-issues" role="alert" data-testid="mct.issues">
      <strong>{t('qrm.mct.issues')}</strong>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>{issueText(issue, segments, t)}</li>
        ))}
      </ul>
    </div>
  );
}
