import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context.tsx';
import { VIEW_IDS, type ViewId } from '../store/navigation-slice.ts';
import { ChecksView } from '../views/ChecksView.tsx';
import { EndpointsView } from '../views/EndpointsView.tsx';
import { HierarchyView } from '../views/HierarchyView.tsx';
import { ReportView } from '../views/ReportView.tsx';
import { useMainProcessEvents } from './use-main-process-events.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { assertNever } from '../../shared/util/assert-never.ts';

// The diagram (React Flow), the log viewer and the walkthroughs load when first opened, so the first
// view paints without them (bench/startup.ts measures it).
const TopologyView = lazy(() => import('../views/TopologyView.tsx').then((module) => ({ default: module.TopologyView })));
const LogsView = lazy(() => import('../views/LogsView.tsx').then((module) => ({ default: module.LogsView })));
const WalkthroughsView = lazy(() => import('../views/WalkthroughsView.tsx').then((module) => ({ default: module.WalkthroughsView })));

/** The app shell: header, navigation between views, and the current view. */
export function App() {
  const { t } = useTranslation();
  useMainProcessEvents();
  const view = useAppStore((s) => s.view);
  const viewSelected = useAppStore((s) => s.viewSelected);
  const hierarchyName = useAppStore((s) => s.hierarchy.name);
  const isDemo = useAppStore((s) => s.hierarchySource.kind === 'demo');
  const phase = useAppStore((s) => s.run?.phase);
  const settingsNotice = useAppStore((s) => s.appInfo?.settingsNotice);
  // Support-call mode shows the walkthrough step alone, in large type: no navigation to lose it in.
  const supportMode = useAppStore((s) => s.supportMode && s.view === 'walkthroughs' && s.activeRunId !== null);

  return (
    <div className={supportMode ? 'app app-support' : 'app'}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <span className="app-hierarchy">
          {hierarchyName}
          {isDemo && <span className="pill">{t('app.demoBadge')}</span>}
        </span>
        {phase === 'running' && <span className="pill pill-running">{t('ui.checks.running')}</span>}
        <LanguageSwitcher />
      </header>
      <nav className="app-nav" aria-label={t('app.nav.label')} hidden={supportMode}>
        {VIEW_IDS.map((id) => (
          <button key={id} type="button" aria-current={view === id ? 'page' : undefined} className={view === id ? 'active' : ''} onClick={() => viewSelected(id)}>
            {t(`app.nav.${id}`)}
          </button>
        ))}
      </nav>
      <main className="app-main">
        {settingsNotice && (
          <p className="banner banner-warn" role="alert">
            {t(settingsNotice.key, settingsNotice.params)}
          </p>
        )}
        <Suspense fallback={<p className="muted">{t('app.loadingView')}</p>}>{renderView(view)}</Suspense>
      </main>
    </div>
  );
}

function renderView(view: ViewId) {
  switch (view) {
    case 'hierarchy':
      return <HierarchyView />;
    case 'checks':
      return <ChecksView />;
    case 'endpoints':
      return <EndpointsView />;
    case 'logs':
      return <LogsView />;
    case 'topology':
      return <TopologyView />;
    case 'walkthroughs':
      return <WalkthroughsView />;
    case 'report':
      return <ReportView />;
    default:
      return assertNever(view, 'view');
  }
}
