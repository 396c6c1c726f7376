import { useState } from 'react';

interface InlineNameInputProps {
  initial: string;
  onCommit: (name: string) => void;
  onCancel: () => void;
  testId?: string;
  className?: string;
}

/** A text input for renaming in place: Enter or leaving commits, Escape cancels. */
export function InlineNameInput({ initial, onCommit, onCancel, testId, className }: InlineNameInputProps) {
  const [value, setValue] = useState(initial);
  return (
    <input
      className={className ?? 'inline-name'}
      autoFocus
      data-testid={testId}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onFocus={(e) => e.target.select()}
      onBlur={() => (value.trim() && value !== initial ? onCommit(value) : onCancel())}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          if (value.trim() && value !== initial) onCommit(value);
          else onCancel();
        } else if (e.key === 'Escape') onCancel();
      }}
    />
  );
}
