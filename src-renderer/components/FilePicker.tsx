import { useRef, type ReactNode } from 'react';
import type { NamedText } from '../../shared/results/load-result-document.ts';

/**
 * A button that opens the page's own file picker and hands back the chosen files' names and texts.
 * Used where main has no native dialog (the browser bridge); the desktop app uses main's dialog.
 */
export function FilePicker({ accept, multiple = false, onFiles, children, className }: { accept: string; multiple?: boolean; onFiles: (files: NamedText[]) => void; children: ReactNode; className?: string }) {
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
        multiple={multiple}
        hidden
        onChange={async (event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))));
        }}
      />
    </>
  );
}
