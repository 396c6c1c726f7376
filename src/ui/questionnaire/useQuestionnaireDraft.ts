import { useCallback, useMemo, useState } from 'react';
import { questionnaireScores, type QuestionnaireScores } from '../../analysis';
import type { Role, RoleQuestionnaire } from '../../model';
import {
  applyPaste,
  checkAnswerRows,
  emptyRow,
  isBlankRow,
  parsePastedAnswers,
  rowsOf,
  type AnswerRow,
  type CheckedAnswers,
  type PasteProblem,
} from './answers';
import { checkScales, scaleDraftsOf, type ScaleDrafts, type ScaleField } from './scales';

export type QuestionnaireMode = 'answers' | 'scales';

export interface QuestionnaireDraft {
  mode: QuestionnaireMode;
  setMode: (mode: QuestionnaireMode) => void;
  rows: AnswerRow[];
  setCell: (row: number, col: number, text: string) => void;
  addRow: () => void;
  removeRow: (row: number) => void;
  paste: (text: string, at: { row: number; col: number }) => void;
  pasteProblems: PasteProblem[];
  scales: ScaleDrafts;
  setScale: (field: ScaleField, text: string) => void;
  answers: CheckedAnswers;
  scalesChecked: ReturnType<typeof checkScales>;
  /** What Save would store, or null when a field blocks saving. */
  questionnaire: RoleQuestionnaire | null | 'invalid';
  /** Scores of the draft as the engine would compute them; null below five respondents. */
  preview: QuestionnaireScores | null;
  /** True when an answer or a scale score differs from what the dialog opened with. */
  dirty: boolean;
}

/**
 * The questionnaire of a role while it is being edited: both the answer table and the
 * scale-score form are kept (the model stores both; answers win from five respondents on).
 */
export function useQuestionnaireDraft(role: Role, language: string): QuestionnaireDraft {
  const stored = role.questionnaire;
  const [mode, setMode] = useState<QuestionnaireMode>(
    stored && stored.answerSets.length === 0 && stored.scaleScores ? 'scales' : 'answers',
  );
  const [rows, setRows] = useState<AnswerRow[]>(() => {
    const existing = rowsOf(stored?.answerSets ?? []);
    return existing.length > 0 ? existing : [emptyRow()];
  });
  const [pasteProblems, setPasteProblems] = useState<PasteProblem[]>([]);
  const [scales, setScales] = useState<ScaleDrafts>(() => scaleDraftsOf(stored?.scaleScores ?? null, language));

  const [opened] = useState(() => JSON.stringify({ rows, scales }));
  const dirty = useMemo(() => JSON.stringify({ rows, scales }) !== opened, [rows, scales, opened]);

  const setCell = useCallback((row: number, col: number, text: string) => {
    setRows((prev) => prev.map((r, i) => (i === row ? r.map((c, j) => (j === col ? text : c)) : r)));
  }, []);
  const addRow = useCallback(() => setRows((prev) => [...prev, emptyRow()]), []);
  const removeRow = useCallback(
    (row: number) => setRows((prev) => (prev.length > 1 ? prev.filter((_, i) => i !== row) : [emptyRow()])),
    [],
  );
  const paste = useCallback(
    (text: string, at: { row: number; col: number }) => {
      const result = applyPaste(rows, parsePastedAnswers(text), at);
      setRows(result.rows);
      setPasteProblems(result.problems);
    },
    [rows],
  );
  const setScale = useCallback((field: ScaleField, text: string) => setScales((prev) => ({ ...prev, [field]: text })), []);

  const answers = useMemo(() => checkAnswerRows(rows), [rows]);
  const scalesChecked = useMemo(() => checkScales(scales), [scales]);
  const questionnaire = useMemo((): QuestionnaireDraft['questionnaire'] => {
    if (answers.invalid.length > 0 || !scalesChecked.ok) return 'invalid';
    if (answers.answerSets.length === 0 && scalesChecked.value === null) return null;
    return { answerSets: answers.answerSets, scaleScores: scalesChecked.value };
  }, [answers, scalesChecked]);
  const preview = useMemo(
    () => (questionnaire === 'invalid' ? null : questionnaireScores(questionnaire)),
    [questionnaire],
  );

  return {
    mode, setMode, rows, setCell, addRow, removeRow, paste, pasteProblems, scales, setScale,
    answers, scalesChecked, questionnaire, preview, dirty,
  };
}

export const hasAnswerRows = (rows: readonly AnswerRow[]): boolean => rows.some((r) => !isBlankRow(r));
