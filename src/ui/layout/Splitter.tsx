/**
 * A bar between two panels that resizes them: drag it, or focus it and use the arrow keys
 * (Shift for bigger steps, Home/End for the limits). It is an ARIA window splitter: its value is
 * the size in pixels of the panel it controls.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  /** The size (px) of the controlled panel. */
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
  /** Accessible name, e.g. "Resize the build context panel". */
  label: string;
  /** id of the panel it resizes. */
  controls: string;
  /** The controlled panel lies after the bar (dragging right makes it smaller). */
  inverted?: boolean;
  step?: number;
  testId?: string;
  /** `vertical` (default): a bar between columns, dragged sideways; `horizontal`: between rows. */
  orientation?: 'vertical' | 'horizontal';
}

export function Splitter({ value, min, max, onChange, label, controls, inverted = false, step = 16, testId, orientation = 'vertical' }: SplitterProps) {
  const drag = useRef<{ x: number; start: number } | null>(null);
  const along = (event: PointerEvent<HTMLDivElement>) => (orientation === 'vertical' ? event.clientX : event.clientY);
  const clamp = (v: number) => Math.round(Math.min(Math.max(v, min), Math.max(min, max)));
  const sign = inverted ? -1 : 1;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const delta = event.shiftKey ? step * 4 : step;
    const next = {
      ArrowLeft: value - sign * delta,
      ArrowRight: value + sign * delta,
      ArrowUp: value - sign * delta,
      ArrowDown: value + sign * delta,
      Home: min,
      End: max,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: along(event), start: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (!drag.current) return;
    onChange(clamp(drag.current.start + sign * (along(event) - drag.current.x)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>): void => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };

  return (
    <div
      className={orientation === 'vertical' ? 'splitter' : 'splitter splitter-horizontal'}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={Math.round(value)}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(Math.max(min, max))}
      tabIndex={0}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
