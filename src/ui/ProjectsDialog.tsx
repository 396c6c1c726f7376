import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectId } from '../model';
import type { ProjectRepository, ProjectSummary } from '../persistence/projectRepository';
import { ConfirmDialog, Dialog } from './Dialog';
import { InlineNameInput } from './InlineNameInput';
import { TemplateGallery } from './templates/TemplateGallery';

interface ProjectsDialogProps {
  repository: ProjectRepository;
  currentId: ProjectId | null;
  onOpen: (id: ProjectId) => void;
  onCreate: () => void;
  onImport: () => void;
  /** The session decides how: the open project is renamed through its store, others in storage. */
  onRename: (id: ProjectId, name: string) => Promise<boolean>;
  onDuplicate: (id: ProjectId, name: string) => Promise<void>;
  onDelete: (id: ProjectId) => Promise<void>;
  onClose: () => void;
}

/** The project list: create, open, rename, duplicate and delete (with confirmation). */
export function ProjectsDialog(props: ProjectsDialogProps) {
  const { repository, currentId, onOpen, onCreate, onImport, onRename, onDuplicate, onDelete, onClose } = props;
  const { t, i18n } = useTranslation();
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [renaming, setRenaming] = useState<ProjectId | null>(null);
  const [deleting, setDeleting] = useState<ProjectSummary | null>(null);
  const [gallery, setGallery] = useState(false);

  const refresh = useCallback(() => {
    void repository.listProjects().then(setProjects);
  }, [repository]);
  useEffect(refresh, [refresh]);

  const formatDate = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const rename = async (id: ProjectId, name: string) => {
    if (!(await onRename(id, name))) return;
    setRenaming(null);
    // The open project reaches storage through autosave; show its new name at once.
    setProjects((all) => all?.map((p) => (p.id === id ? { ...p, name: name.trim() } : p)) ?? all);
    if (id !== currentId) refresh();
  };
  const duplicate = async (p: ProjectSummary) => {
    await onDuplicate(p.id, t('app.projects.copyOf', { name: p.name }));
    refresh();
  };
  const remove = async (p: ProjectSummary) => {
    setDeleting(null);
    await onDelete(p.id);
    refresh();
  };

  return (
    <Dialog title={t('app.projects.title')} onClose={onClose} testId="dialog.projects">
      <div className="project-actions">
        <button type="button" className="primary" onClick={onCreate} data-testid="projects.create">
          {t('app.projects.create')}
        </button>
        <button type="button" onClick={onImport} data-testid="projects.import">
          {t('app.toolbar.import')}
        </button>
        <button type="button" onClick={() => setGallery(true)} data-testid="projects.from-template">
          {t('templates.fromTemplate')}
        </button>
      </div>
      {projects?.length === 0 && <p className="muted">{t('app.projects.empty')}</p>}
      <ul className="project-list">
        {projects?.map((p) => (
          <li key={p.id} className={p.id === currentId ? 'current' : ''} data-testid="projects.item" data-project-id={p.id}>
            <div className="project-info">
              {renaming === p.id ? (
                <InlineNameInput initial={p.name} testId="projects.rename-input" onCommit={(name) => void rename(p.id, name)} onCancel={() => setRenaming(null)} />
              ) : (
                <button type="button" className="link-button project-title" onClick={() => onOpen(p.id)} data-testid="projects.open">
                  {p.name}
                </button>
              )}
              <span className="muted small">
                {t('app.projects.summary', { scenarios: p.scenarioCount, roles: p.roleCount, date: formatDate(p.updatedAt) })}
              </span>
            </div>
            <div className="project-item-actions">
              <button type="button" onClick={() => setRenaming(p.id)} data-testid="projects.rename">
                {t('app.projects.rename')}
              </button>
              <button type="button" onClick={() => void duplicate(p)} data-testid="projects.duplicate">
                {t('app.projects.duplicate')}
              </button>
              <button type="button" className="danger" onClick={() => setDeleting(p)} data-testid="projects.delete">
                {t('app.projects.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid="projects.close">
          {t('app.projects.close')}
        </button>
      </div>
      {gallery && <TemplateGallery repository={repository} onCreated={onOpen} onClose={() => setGallery(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('app.projects.confirmDeleteTitle')}
          message={t('app.projects.confirmDelete', { name: deleting.name })}
          confirmLabel={t('app.projects.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </Dialog>
  );
}
