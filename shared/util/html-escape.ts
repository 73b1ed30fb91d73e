/**
 * Escapes text for HTML element content and double-quoted attribute values.
 *
 * Every value from a hierarchy, a result or a peer's reply goes through this before it reaches a
 * report: a host that answers `<script>` must not script the reader's browser.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
