/** A panel size in pixels that survives a reload (kept in local storage under `stagecraft.layout.<key>`). */
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'stagecraft.layout.';

function readSize(key: string, fallback: number): number {
  try {
    const saved = Number(localStorage.getItem(PREFIX + key));
    return Number.isFinite(saved) && saved > 0 ? saved : fallback;
  } catch {
    return fallback;
  }
}

export function usePanelSize(key: string, fallback: number): [number, (size: number) => void] {
  const [size, setSize] = useState(() => readSize(key, fallback));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const update = useCallback(
    (next: number) => {
      setSize(next);
      clearTimeout(timer.current);
      // Dragging sends many sizes; only the one it ends on is worth writing.
      timer.current = setTimeout(() => {
        try {
          localStorage.setItem(PREFIX + key, String(Math.round(next)));
        } catch {
          // Storage may be off; the size still applies for this visit.
        }
      }, 250);
    },
    [key],
  );
  return [size, update];
}

/** The window's inner width, following resizes (panel limits depend on it). */
export function useWindowWidth(): number {
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1440 : window.innerWidth));
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}
