import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../analysis';
import { messageText, type MessageContext } from './messageText';
import { rankMoves } from './topMoves';
import { SeverityIcon } from './visuals';

const SHOWN = 6;

/** The few moves that answer the most (and the most severe) findings: where a redesign starts. */
export const TopMoves = memo(function TopMoves({
  findings,
  ctx,
}: {
  findings: readonly Finding[];
  ctx: MessageContext;
}) {
  const { t } = useTranslation();
  const moves = useMemo(() => rankMoves(findings, SHOWN), [findings]);
  if (moves.length === 0) return <p className="analysis-empty">{t('analysis.moves.empty')}</p>;
  return (
    <>
      <p className="analysis-scale">{t('analysis.moves.hint')}</p>
      <ol className="top-moves">
        {moves.map(({ move, findings: answered, severity, similar }) => (
          <li key={`${move.key} ${JSON.stringify(move.params)}`} data-testid="analysis.top-move">
            <SeverityIcon severity={severity} size={14} />
            <span className="top-move-text">{messageText(move, ctx)}</span>
            <span className="top-move-count">
              {t('analysis.moves.answers', { count: answered.length })}
              {similar > 0 && (
                <span className="top-move-similar">{t('analysis.moves.similar', { count: similar })}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
});
