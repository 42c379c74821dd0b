/**
 * What the editor area shows while Monaco's chunk loads: the same text in a plain textarea, so
 * the page is usable (and editable) from first paint.
 */
import { useAppStore } from '../../store';
import { selectActions, selectDockerfile } from '../../store';
import { useShallow } from 'zustand/react/shallow';

export function EditorPlaceholder() {
  const dockerfile = useAppStore(selectDockerfile);
  const { setDockerfile } = useAppStore(useShallow(selectActions));
  return (
    <textarea
      className="editor-placeholder"
      aria-label="Dockerfile editor (loading)"
      spellCheck={false}
      value={dockerfile}
      onChange={(e) => setDockerfile(e.target.value)}
    />
  );
}
