import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAppStore, type AppStore } from '../../../src-renderer/store/create-app-store.ts';
import { StoreProvider } from '../../../src-renderer/store/store-context.tsx';

/** Renders a component with a fresh store, and returns the store for assertions. */
export function renderWithStore(element: ReactElement, store: AppStore = createAppStore()) {
  return { store, ...render(<StoreProvider store={store}>{element}</StoreProvider>) };
}
