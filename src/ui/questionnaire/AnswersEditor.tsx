import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JCQ_REVERSE_ITEMS } from '../../analysis';
import { JCQ_ITEM_KEYS, type JcqItemKey } from '../../model';
import { ITEM_CODES, itemName } from './answers';
import { AnswerIssues } from './AnswerIssues';
import type { QuestionnaireDraft } from './useQuestionnaireDraft';

const SCALES = [
  { key: 'SD', span: 6 },
  { key: 'DA', span: 3 },
  { key: 'PD', span: 5 },
] as const;

/** Spreadsheet text holds a separator or a line break; a single value pastes as usual. */
const isTableText = (text: string) => /[\t\n;,]/.test(text.trim());

/** The answer table: one row per respondent, 1–4 per item; paste from a spreadsheet into any cell. */
export function AnswersEditor({ draft }: { draft: QuestionnaireDraft }) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  const invalid = new Set(draft.answers.invalid.map((i) => `${i.row}:${i.item}`));
  const focusCell = (row: number, col: number) =>
    requestAnimationFrame(() => body.current?.querySelector<HTMLInputElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus());

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isTableText(text)) return;
    e.preventDefault();
    draft.paste(text, { row, col });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const down = e.key === 'Enter' || e.key === 'ArrowDown';
    if (!down && e.key !== 'ArrowUp') return;
    e.preventDefault();
    if (down && row === draft.rows.length - 1) draft.addRow();
    if (down || row > 0) focusCell(down ? row + 1 : row - 1, col);
  };

  return (
    <div className="qn-answers">
      <p className="qn-hint">{t('analysisInputs.questionnaire.pasteHint')}</p>
      <div className="qn-table-scroll">
        <table className="qn-table">
          <AnswersHead />
          <tbody ref={body}>
            {draft.rows.map((row, r) => (
              <AnswerRowItem
                key={r}
                row={row}
                index={r}
                invalid={invalid}
                onChange={(c, text) => draft.setCell(r, c, text)}
                onPaste={(e, c) => onPaste(e, r, c)}
                onKeyDown={(e, c) => onKeyDown(e, r, c)}
                onRemove={() => draft.removeRow(r)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="qn-answers-foot">
        <button
          type="button"
          data-testid="questionnaire.add-row"
          onClick={() => {
            draft.addRow();
            focusCell(draft.rows.length, 0);
          }}
        >
          {t('analysisInputs.questionnaire.addRow')}
        </button>
        <span className="qn-count" data-testid="questionnaire.count">
          {t('analysisInputs.questionnaire.count', { count: draft.answers.answerSets.length, complete: draft.answers.complete })}
        </span>
      </div>
      <AnswerIssues answers={draft.answers} pasteProblems={draft.pasteProblems} />
    </div>
  );
}

/** Two header rows: the scales over their items, then each item's code and neutral label. */
function AnswersHead() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th rowSpan={2} className="qn-rownum-head" scope="col">
          {t('analysisInputs.questionnaire.respondent')}
        </th>
        {SCALES.map((s) => (
          <th key={s.key} colSpan={s.span} scope="colgroup" className="qn-scale-head">
            {t(`analysisInputs.scale.${s.key}`)}
          </th>
        ))}
        <th rowSpan={2} className="qn-remove-head">
          <span className="visually-hidden">{t('analysisInputs.questionnaire.removeColumn')}</span>
        </th>
      </tr>
      <tr>
        {JCQ_ITEM_KEYS.map((item) => (
          <ItemHead key={item} item={item} />
        ))}
      </tr>
    </thead>
  );
}

interface AnswerRowItemProps {
  row: readonly string[];
  index: number;
  /** "row:item" of the cells that are not 1–4 (rows counted from 1). */
  invalid: ReadonlySet<string>;
  onChange: (col: number, text: string) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>, col: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>, col: number) => void;
  onRemove: () => void;
}

function AnswerRowItem({ row, index: r, invalid, onChange, onPaste, onKeyDown, onRemove }: AnswerRowItemProps) {
  const { t } = useTranslation();
  return (
    <tr data-testid="questionnaire.row">
      <th scope="row" className="qn-rownum">
        {r + 1}
      </th>
      {JCQ_ITEM_KEYS.map((item, c) => (
        <td key={item} className={c === 6 || c === 9 ? 'qn-scale-start' : undefined}>
          <input
            className="qn-cell"
            value={row[c] ?? ''}
            inputMode="numeric"
            maxLength={12}
            autoComplete="off"
            data-testid="questionnaire.cell"
            data-row={r}
            data-col={c}
            data-item={item}
            aria-invalid={invalid.has(`${r + 1}:${item}`) || undefined}
            aria-label={t('analysisInputs.questionnaire.cellLabel', { row: r + 1, item: itemName(item, t) })}
            onChange={(e) => onChange(c, e.target.value)}
            onPaste={(e) => onPaste(e, c)}
            onKeyDown={(e) => onKeyDown(e, c)}
          />
        </td>
      ))}
      <td className="qn-remove">
        <button
          type="button"
          className="icon-button danger-icon"
          aria-label={t('analysisInputs.questionnaire.removeRow', { row: r + 1 })}
          title={t('analysisInputs.questionnaire.removeRow', { row: r + 1 })}
          onClick={onRemove}
        >
          ×
        </button>
      </td>
    </tr>
  );
}

function ItemHead({ item }: { item: JcqItemKey }) {
  const { t } = useTranslation();
  const reverse = JCQ_REVERSE_ITEMS.has(item);
  return (
    <th scope="col" className="qn-item-head" title={`${itemName(item, t)} (${item})${reverse ? ` · ${t('analysisInputs.questionnaire.reverse')}` : ''}`}>
      <span className="qn-item-code">
        {ITEM_CODES[item]}
        {reverse && <sup className="qn-reverse">R</sup>}
      </span>
      <span className="qn-item-label">{t(`analysisInputs.item.${item}`)}</span>
    </th>
  );
}
