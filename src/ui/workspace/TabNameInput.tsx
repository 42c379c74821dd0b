/**
 * An inline name field (tab or file rename): Enter keeps the name, Escape gives up, leaving the
 * field keeps it too. `onCommit` returns false when the name was refused, so the field stays.
 */
import { useEffect, useRef, useState } from 'react';

export interface TabNameInputProps {
  initial: string;
  onCommit(name: string): boolean;
  onCancel(): void;
  label?: string;
  testId?: string;
}

export function TabNameInput({ initial, onCommit, onCancel, label = 'Dockerfile name', testId = 'dockerfile-tab-name-input' }: TabNameInputProps) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const commit = (): void => {
    if (done.current) return;
    done.current = onCommit(value);
  };
  return (
    <input
      ref={ref}
      className="text-input tab-name-input"
      aria-label={label}
      data-testid={testId}
      value={value}
      size={Math.max(12, value.length + 2)}
      spellCheck={false}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          done.current = true;
          onCancel();
        }
      }}
    />
  );
}
