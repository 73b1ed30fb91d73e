import { useRef, type ReactNode } from 'react';

/**
 * A button that opens the page's own file picker and hands back the chosen file's name and text.
 * Used where main has no native dialog (the browser bridge); the desktop app uses main's dialog.
 */
export function FilePicker({ accept, onFile, children, className }: { accept: string; onFile: (name: string, text: string) => void; children: ReactNode; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file.name, await file.text());
        }}
      />
    </>
  );
}
