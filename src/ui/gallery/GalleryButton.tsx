/** "Examples": opens the examples dialog, loading it (and every example's context) on first use. */
import { lazy, Suspense, useState } from 'react';

const GalleryDialog = lazy(() => import('./GalleryDialog').then((m) => ({ default: m.GalleryDialog })));

export function GalleryButton() {
  const [openCount, setOpenCount] = useState(0);
  return (
    <>
      <button type="button" className="button" data-testid="open-gallery" aria-haspopup="dialog" onClick={() => setOpenCount((n) => n + 1)}>
        Examples
      </button>
      {openCount > 0 && (
        <Suspense fallback={null}>
          <GalleryDialog openCount={openCount} />
        </Suspense>
      )}
    </>
  );
}
