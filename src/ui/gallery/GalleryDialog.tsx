/**
 * The examples dialog: every example, filterable. Opening one replaces the workspace; the notice
 * under the header offers to bring the previous one back. Loaded on the first click of
 * "Examples" (GalleryButton), so the examples' contexts stay out of the first page's JavaScript.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { galleryExamples, type GalleryExample } from '../../examples/gallery';
import { useAppStoreApi } from '../../store';
import { countFiles } from '../../view/contextFormat';
import './gallery.css';

const SECTIONS: { source: GalleryExample['source']; title: string }[] = [
  { source: 'shared', title: 'Multi-stage builds people write about' },
  { source: 'pair', title: 'Compare: one stage or several' },
  { source: 'own', title: 'More languages and base images' },
];

export function GalleryDialog({ openCount }: { openCount: number }) {
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  // Each click of the button (a new count) opens the dialog.
  useEffect(() => {
    if (openCount > 0 && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [openCount]);
  const [filter, setFilter] = useState('');
  const examples = useMemo(() => galleryExamples(), []);
  const needle = filter.trim().toLowerCase();
  const shown = needle === '' ? examples : examples.filter((e) => `${e.title} ${e.description} ${e.id}`.toLowerCase().includes(needle));

  const open = (example: GalleryExample): void => {
    store.getState().openWorkspace(example.workspace, 'example', example.title);
    dialog.current?.close();
  };

  return (
    <>
      <dialog ref={dialog} className="gallery-dialog" aria-labelledby="gallery-title" data-testid="gallery">
        <div className="gallery-head">
          <h2 id="gallery-title">Examples</h2>
          <input
            className="text-input gallery-filter"
            type="search"
            placeholder="Filter examples"
            aria-label="Filter examples"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <button type="button" className="icon-button" aria-label="Close the examples" onClick={() => dialog.current?.close()}>
            ×
          </button>
        </div>
        <p className="gallery-note">Opening an example replaces your workspace. Yours is saved, and you can bring it back.</p>
        <div className="gallery-body">
          {SECTIONS.map((section) => {
            const items = shown.filter((e) => e.source === section.source);
            if (items.length === 0) return null;
            return (
              <section key={section.source} aria-label={section.title}>
                <h3>{section.title}</h3>
                <ul className="gallery-grid">
                  {items.map((e) => (
                    <li key={e.id}>
                      <button type="button" className="gallery-card" data-testid={`gallery-item-${e.id}`} onClick={() => open(e)}>
                        <span className="gallery-card-title">{e.title}</span>
                        <span className="gallery-card-text">{e.description}</span>
                        <span className="gallery-card-meta">
                          {e.workspace.dockerfiles.length > 1 ? `${e.workspace.dockerfiles.length} Dockerfiles · ` : ''}
                          {countFiles(Object.keys(e.workspace.context).length)} in the context
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          {shown.length === 0 && <p className="gallery-note">No example matches “{filter}”.</p>}
        </div>
      </dialog>
    </>
  );
}
