import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Family, Scenario } from '../../model';
import { Dialog } from '../Dialog';
import { useDiscardGuard } from '../useDiscardGuard';
import { useScenarioCommand } from '../fields/useScenarioCommand';
import { MctBar } from './MctBar';
import { MctIssueList } from './MctIssueList';
import { MctSegmentRow } from './MctSegmentRow';
import { MctToolbar } from './MctToolbar';
import { cycleLinks } from './mctValidation';
import { useMctDraft, type MctDraftApi } from './useMctDraft';
import './mct.css';

interface MctEditorDialogProps {
  family: Family;
  scenario: Scenario;
  onClose: () => void;
}

/**
 * Edits a family's MCT map on a local copy; Save commits it as one setFamilyMct, so the
 * whole edit is one undo step and Cancel leaves the document untouched. Closing with
 * unsaved edits (Escape, Cancel, a click beside the dialog) asks first.
 */
export function MctEditorDialog({ family, scenario, onClose }: MctEditorDialogProps) {
  const { t } = useTranslation();
  const run = useScenarioCommand();
  const api = useMctDraft(family, scenario);
  const editorRef = useRef<HTMLDivElement>(null);
  const discard = useDiscardGuard(
    api.dirty,
    {
      title: t('qrm.mct.discard.title'),
      message: t('qrm.mct.discard.message', { family: family.name }),
      confirmLabel: t('qrm.mct.discard.confirm'),
    },
    onClose,
  );
  const save = () => {
    if (!api.check.ok) return;
    const mct = api.check.map.segments.length > 0 ? api.check.map : null;
    if (run('setFamilyMct', { familyId: family.id, mct }).ok) onClose();
  };
  useFocusAddWhenEmpty(editorRef);
  const actions = (
    <>
      <button type="button" onClick={discard.requestClose} data-testid="mct.cancel">
        {t('app.dialog.cancel')}
      </button>
      <button type="button" className="primary" onClick={save} disabled={!api.check.ok} data-testid="mct.save">
        {t('app.dialog.save')}
      </button>
    </>
  );
  const title = t('qrm.mct.title', { family: family.name });
  return (
    <>
      <Dialog title={title} onClose={discard.requestClose} testId="mct.dialog" actions={actions}>
        <div className="mct-editor" ref={editorRef}>
          <p className="mct-intro">{t('qrm.mct.intro')}</p>
          <MctSegmentTable api={api} editorRef={editorRef} />
          <MctToolbar
            api={api}
            noRoute={family.route.length === 0}
            onAdded={() => focusIn(editorRef, 'tbody tr:last-child [data-testid="mct.name"]')}
          />
          <MctIssueList issues={api.check.ok ? [] : api.check.issues} segments={api.draft.segments} />
          {family.mct && api.draft.segments.length === 0 && <p className="mct-hint">{t('qrm.mct.clearHint')}</p>}
          <section className="mct-preview" aria-label={t('qrm.mct.preview')}>
            <h3>{t('qrm.mct.preview')}</h3>
            <MctBar map={api.preview} />
          </section>
        </div>
      </Dialog>
      {discard.confirm}
    </>
  );
}

/** Focuses an element of the editor once React has drawn the change that brought it. */
function focusIn(editorRef: RefObject<HTMLDivElement | null>, selector: string): void {
  requestAnimationFrame(() => editorRef.current?.querySelector<HTMLElement>(selector)?.focus());
}

/** A new map starts at "Add segment" rather than at the weekly hours, the first field in the DOM. */
function useFocusAddWhenEmpty(editorRef: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    // Runs after the Dialog's own first-field focus (a child's effects run first).
    const editor = editorRef.current;
    if (editor && !editor.querySelector('tbody')) editor.querySelector<HTMLElement>('[data-testid="mct.add"]')?.focus();
  }, [editorRef]);
}

function MctSegmentTable({ api, editorRef }: { api: MctDraftApi; editorRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const { draft, check } = api;
  const issues = check.ok ? [] : check.issues;
  const links = cycleLinks(issues);
  const rowApi: Pick<MctDraftApi, 'update' | 'remove' | 'move'> = {
    update: api.update,
    remove: api.remove,
    // Reordering re-inserts the row, which drops focus; keep it on the same button.
    move: (id, toIndex) => {
      const button = toIndex < draft.segments.findIndex((s) => s.id === id) ? 'up' : 'down';
      api.move(id, toIndex);
      focusIn(editorRef, `[data-segment-id="${id}"] [data-testid="mct.${button}"]:not(:disabled)`);
    },
  };
  return draft.segments.length > 0 ? (
    <table className="mct-table">
      <MctTableHead />
      <tbody>
        {draft.segments.map((segment, index) => (
          <MctSegmentRow
            key={segment.id}
            segment={segment}
            index={index}
            segments={draft.segments}
            issues={issues}
            cycleLinks={links}
            api={rowApi}
          />
        ))}
      </tbody>
    </table>
  ) : (
    <p className="mct-empty">{t('qrm.mct.empty')}</p>
  );
}

function MctTableHead() {
  const { t } = useTranslation();
  const columns = ['n', 'name', 'kind', 'touch', 'wait', 'unit', 'after'] as const;
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className={`mct-col-${c}`}>
            {t(`qrm.mct.column.${c}`)}
          </th>
        ))}
        <th scope="col" className="mct-col-actions">
          <span className="visually-hidden">{t('qrm.mct.column.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
