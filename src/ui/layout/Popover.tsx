/**
 * A button that opens a small panel under it (share link, build args). Escape or a click outside
 * closes it and gives focus back to the button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface PopoverProps {
  /** The button's content. */
  label: ReactNode;
  /** The panel's accessible name. */
  title: string;
  /** Called when the panel opens (e.g. to prepare its content). */
  onOpen?(): void;
  testId: string;
  children: ReactNode;
  align?: 'start' | 'end';
}

export function Popover({ label, title, onOpen, testId, children, align = 'end' }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="popover-root"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        data-testid={testId}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label}
      </button>
      {open && (
        <div id={id} className={`popover popover-${align}`} role="dialog" aria-label={title} data-testid={`${testId}-panel`}>
          {children}
        </div>
      )}
    </div>
  );
}
