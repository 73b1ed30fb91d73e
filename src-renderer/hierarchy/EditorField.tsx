import { useId, type ReactNode } from 'react';

/**
 * A labelled input of the editor with its validation message under it. The message is tied to the
 * input (`aria-describedby`) and the input is marked invalid, so a screen reader says why.
 */
export function EditorField({ label, message, children }: { label: string; message: string | undefined; children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode }) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`editor-field${message ? ' editor-field-invalid' : ''}`}>
      <label className="editor-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': message !== undefined, ...(message ? { 'aria-describedby': messageId } : {}) })}
      {message && (
        <span id={messageId} className="editor-message">
          {message}
        </span>
      )}
    </div>
  );
}
