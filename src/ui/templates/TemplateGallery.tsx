import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../io/projectFile';
import { createProjectId, scenariosInOrder, type Project, type ProjectId } from '../../model';
import type { ProjectRepository } from '../../persistence/projectRepository';
import { Dialog } from '../Dialog';
import { inLanguage, type TemplateEntry } from './catalogue';
import { loadCatalogue, loadTemplate } from './loadTemplates';
import { TemplateThumbnail } from './TemplateThumbnail';
import { scenarioThumbnail, type Thumbnail } from './thumbnail';
import './templates.css';

/** A template after the import pipeline: the project and a picture per scenario, or why it failed. */
type Loaded = { ok: true; project: Project; pictures: Thumbnail[] } | { ok: false; message: string };

const toLoaded = (result: ImportResult): Loaded =>
  result.ok
    ? {
        ok: true,
        project: result.project,
        pictures: scenariosInOrder(result.project).slice(0, 2).map(scenarioThumbnail),
      }
    : { ok: false, message: result.error.message };

interface TemplateGalleryProps {
  repository: ProjectRepository;
  onCreated: (projectId: ProjectId) => void;
  onClose: () => void;
}

/** "New project from template": a card per example organisation; using one stores a copy as a new project. */
export function TemplateGallery({ repository, onCreated, onClose }: TemplateGalleryProps) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<TemplateEntry[] | null | 'unreadable'>(null);
  const [loaded, setLoaded] = useState<Partial<Record<string, Loaded>>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadCatalogue().then((list) => {
      if (!live) return;
      setEntries(list ?? 'unreadable');
      for (const { slug } of list ?? [])
        void loadTemplate(slug).then((result) => {
          if (live) setLoaded((all) => ({ ...all, [slug]: toLoaded(result) }));
        });
    });
    return () => {
      live = false;
    };
  }, []);

  const use = async (entry: TemplateEntry) => {
    const item = loaded[entry.slug];
    if (!item?.ok || busy) return;
    setBusy(entry.slug);
    setFailure(null);
    try {
      const now = new Date().toISOString();
      const name = inLanguage(entry.names, i18n.language);
      onCreated(
        await repository.importProject({
          ...item.project,
          id: createProjectId(),
          name,
          createdAt: now,
          updatedAt: now,
        }),
      );
    } catch (e) {
      setFailure(t('templates.failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(null);
    }
  };

  const text = (value: TemplateEntry['names']) => inLanguage(value, i18n.language);
  return (
    <Dialog
      title={t('templates.title')}
      onClose={onClose}
      testId="dialog.templates"
      actions={
        <button type="button" onClick={onClose} data-testid="templates.close">
          {t('templates.close')}
        </button>
      }
    >
      <p className="muted template-intro">{t('templates.intro')}</p>
      {entries === null && <p className="muted">{t('templates.loading')}</p>}
      {entries === 'unreadable' && <p role="alert">{t('templates.catalogueUnreadable')}</p>}
      {Array.isArray(entries) && entries.length === 0 && <p className="muted">{t('templates.empty')}</p>}
      {failure && (
        <p role="alert" className="template-failure">
          {failure}
        </p>
      )}
      {Array.isArray(entries) && (
        <ul className="template-gallery">
          {entries.map((entry) => {
            const item = loaded[entry.slug];
            return (
              <li key={entry.slug} className="template-card" data-testid="templates.card" data-slug={entry.slug}>
                <div
                  className="template-pictures"
                  role="img"
                  aria-label={t('templates.picture', { name: text(entry.names) })}
                >
                  {[t('templates.asIs'), t('templates.toBe')].map((label, i) => (
                    <figure key={label} className="template-picture">
                      {item?.ok && item.pictures[i] ? (
                        <TemplateThumbnail thumbnail={item.pictures[i]} />
                      ) : (
                        <div className="template-picture-empty" />
                      )}
                      <figcaption>{label}</figcaption>
                    </figure>
                  ))}
                </div>
                <h3 className="template-name">{text(entry.names)}</h3>
                <p className="template-kind">{t('templates.caseKind', { kind: text(entry.caseKind) })}</p>
                <p className="template-description">{text(entry.descriptions)}</p>
                {item && !item.ok && (
                  <p role="alert" className="template-failure">
                    {t('templates.unreadable', { message: item.message })}
                  </p>
                )}
                <button
                  type="button"
                  className="primary template-use"
                  disabled={!item?.ok || busy !== null}
                  onClick={() => void use(entry)}
                  data-testid="templates.use"
                >
                  {busy === entry.slug ? t('templates.creating') : t('templates.use')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
