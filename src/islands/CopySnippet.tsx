/** A snippet of HTML with a button that copies it, and a spoken word when it did (or did not). */
import { useId, useState } from 'preact/hooks';

export interface CopyText {
  copy: string;
  copied: string;
  copyFailed: string;
}

interface Props {
  label: string;
  code: string;
  /** False until hydrated: a button that cannot work is not offered. */
  ready: boolean;
  text: CopyText;
}

export default function CopySnippet({ label, code, ready, text }: Props) {
  const [status, setStatus] = useState('');
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(text.copied);
    } catch {
      // Some web views refuse the clipboard; selecting the code leaves Ctrl+C or a long press.
      const selection = getSelection();
      const pre = document.getElementById(id);
      if (selection && pre) selection.selectAllChildren(pre);
      setStatus(text.copyFailed);
    }
  };
  return (
    <div class="snippet">
      <pre id={id} aria-label={label} data-snippet>
        <code>{code}</code>
      </pre>
      <div class="snippet-actions">
        {ready && (
          <button type="button" class="button" onClick={copy} data-copy>
            {text.copy}
          </button>
        )}
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
