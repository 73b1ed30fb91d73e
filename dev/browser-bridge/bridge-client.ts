import { EVENT_NAMES, INVOKE_NAMES, eventMethodName } from '../../shared/ipc/channels.ts';

/**
 * The script that gives the page the same `window.api` the preload gives it in Electron, over HTTP
 * (one POST per call) and Server-Sent Events. It is generated from the contract's names so it can
 * never drift from the preload.
 *
 * The access token arrives in the URL fragment (never sent to a server, never in this script, so a
 * foreign page that includes this script learns nothing), is kept in sessionStorage, and is removed
 * from the address bar.
 */
export function bridgeClientScript(): string {
  const invokes = INVOKE_NAMES.map((name) => `${JSON.stringify(name)}: call(${JSON.stringify(name)})`).join(',\n    ');
  const events = EVENT_NAMES.map((name) => `${JSON.stringify(eventMethodName(name))}: subscribe(${JSON.stringify(name)})`).join(',\n    ');
  return `(() => {
  'use strict';
  const KEY = 'netcheck-bridge-token';
  const match = /(?:^|[#&])token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = sessionStorage.getItem(KEY) || '';
  const call = (name) => (args) =>
    fetch('/__bridge/invoke/' + name, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bridge-token': token },
      body: JSON.stringify(args === undefined ? null : args),
    })
      .then((response) => response.json())
      .catch((err) => ({ ok: false, error: { code: 'internal', message: String(err) } }));
  const listeners = new Map();
  const source = new EventSource('/__bridge/events?token=' + encodeURIComponent(token));
  const subscribe = (name) => {
    listeners.set(name, new Set());
    source.addEventListener(name, (event) => {
      const payload = JSON.parse(event.data);
      for (const listener of listeners.get(name)) listener(payload);
    });
    return (listener) => {
      listeners.get(name).add(listener);
      return () => listeners.get(name).delete(listener);
    };
  };
  window.api = Object.freeze({
    ${invokes},
    ${events}
  });
})();
`;
}
