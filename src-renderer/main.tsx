import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { browserLanguage, initI18n, switchLanguage } from './i18n/i18n.ts';
import { createAppStore } from './store/create-app-store.ts';
import { StoreProvider } from './store/store-context.tsx';
import './styles/app.css';

initI18n();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const root = createRoot(container);
// The first paint is in the browser's language (in Electron, the system's); main's answer may then
// switch it to the user's choice. A table that fails to load leaves the app in English.
void switchLanguage(browserLanguage())
  .catch(() => undefined)
  .then(() =>
    root.render(
      <StrictMode>
        <StoreProvider store={createAppStore()}>
          <App />
        </StoreProvider>
      </StrictMode>,
    ),
  );
