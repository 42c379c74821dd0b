/**
 * Two panels one above the other (the stage graph over the build panels) with a bar between them
 * that resizes the top one; its height survives a reload like the column widths do.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Splitter } from './Splitter';
import { usePanelSize } from './usePanelSize';
import './stackedPanels.css';

const MIN_TOP = 160;
const MIN_BOTTOM = 200;

interface Props {
  top: ReactNode;
  bottom: ReactNode;
  /** Storage key of the top panel's height. */
  sizeKey: string;
  topLabel: string;
}

/** The element's height, following resizes. */
function useHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

export function StackedPanels({ top, bottom, sizeKey, topLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const height = useHeight(box);
  const [saved, setSaved] = usePanelSize(sizeKey, 0);
  const max = Math.max(MIN_TOP, height - MIN_BOTTOM);
  // Until the person drags, the graph takes 45% of the column (it used to be a fixed flex share).
  const wanted = saved > 0 ? saved : Math.round(height * 0.45);
  const topHeight = Math.min(Math.max(wanted, MIN_TOP), max);
  const id = `stack-top-${sizeKey}`;
  return (
    <div className="stacked-panels" ref={box}>
      <div className="stack-top" id={id} style={height > 0 ? { height: topHeight } : undefined}>
        {top}
      </div>
      <Splitter
        orientation="horizontal"
        value={topHeight}
        min={MIN_TOP}
        max={max}
        onChange={setSaved}
        label={`Resize the ${topLabel}`}
        controls={id}
        testId={`splitter-${sizeKey}`}
      />
      <div className="stack-bottom">{bottom}</div>
    </div>
  );
}
