import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createScenarioId, scenariosInOrder, type ScenarioId } from '../model';
import { useDispatch, useEditor, useEditorStore } from '../app/editorContext';
import { ConfirmDialog } from './Dialog';
import { InlineNameInput } from './InlineNameInput';
import { CopyIcon, PlusIcon, TrashIcon } from './icons';

/** Tabs of the project's scenarios (as-is, to-be, …): switch, add, rename, duplicate, delete. */
export function ScenarioTabs() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const dispatch = useDispatch();
  const scenarioRecord = useEditor((s) => s.project.scenarios);
  const currentId = useEditor((s) => s.view.scenarioId);
  const scenarios = useMemo(() => scenariosInOrder({ scenarios: scenarioRecord } as never), [scenarioRecord]);
  const [renaming, setRenaming] = useState<ScenarioId | null>(null);
  const [deleting, setDeleting] = useState<ScenarioId | null>(null);

  const add = (copyOf?: ScenarioId) => {
    const id = createScenarioId();
    const name = copyOf
      ? t('app.scenario.copyName', { name: scenarioRecord[copyOf]?.name ?? '' })
      : t('app.scenario.defaultName', { n: scenarios.length + 1 });
    const result = copyOf
      ? dispatch('duplicateScenario', { scenarioId: copyOf, name, newId: id })
      : dispatch('addScenario', { name, id });
    if (result.ok) store.setScenario(id);
  };

  return (
    <div className="scenario-tabs" role="tablist" aria-label={t('app.scenario.tabs')}>
      {scenarios.map((s) => (
        <div key={s.id} className={`scenario-tab${s.id === currentId ? ' active' : ''}`}>
          {renaming === s.id ? (
            <InlineNameInput
              initial={s.name}
              testId="scenario.rename-input"
              onCommit={(name) => {
                if (dispatch('renameScenario', { scenarioId: s.id, name }).ok) setRenaming(null);
              }}
              onCancel={() => setRenaming(null)}
            />
          ) : (
            <button
              type="button"
              role="tab"
              aria-selected={s.id === currentId}
              data-testid="scenario.tab"
              onClick={() => store.setScenario(s.id)}
              onDoubleClick={() => setRenaming(s.id)}
              title={t('app.scenario.renameHint')}
            >
              {s.name}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="icon-button" data-testid="scenario.add" title={t('app.scenario.add')} aria-label={t('app.scenario.add')} onClick={() => add()}>
        <PlusIcon />
      </button>
      <button type="button" className="icon-button small" data-testid="scenario.duplicate" title={t('app.scenario.duplicate')} aria-label={t('app.scenario.duplicate')} onClick={() => add(currentId)}>
        <CopyIcon />
      </button>
      <button
        type="button"
        className="icon-button small"
        data-testid="scenario.delete"
        title={t('app.scenario.delete')}
        aria-label={t('app.scenario.delete')}
        disabled={scenarios.length <= 1}
        onClick={() => setDeleting(currentId)}
      >
        <TrashIcon />
      </button>
      {deleting && (
        <ConfirmDialog
          title={t('app.scenario.delete')}
          message={t('app.scenario.confirmDelete', { name: scenarioRecord[deleting]?.name ?? '' })}
          confirmLabel={t('app.scenario.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            dispatch('deleteScenario', { scenarioId: deleting });
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
