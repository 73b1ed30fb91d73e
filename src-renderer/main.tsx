import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initI18n } from './i18n/i18n.ts';
import { createAppStore } from './store/create-app-store.ts';
import { StoreProvider } from './store/store-context.tsx';
import './styles/app.css';

initI18n();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={createAppStore()}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
