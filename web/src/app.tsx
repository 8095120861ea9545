import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { AppShell } from './components/app-shell.js';
import { ErrorState } from './components/error-state.js';
import { LoadingState } from './components/loading-state.js';
import { useSession } from './hooks/use-session.js';
import { JourneysPage } from './pages/journeys-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { SignInPage } from './pages/sign-in-page.js';

const EditorPage = lazy(() => import('./pages/editor-page.js').then((m) => ({ default: m.EditorPage })));
const SharePage = lazy(() => import('./pages/share-page.js').then((m) => ({ default: m.SharePage })));
const SettingsPage = lazy(() =>
  import('./pages/settings-page.js').then((m) => ({ default: m.SettingsPage })),
);
const SurveysPage = lazy(() => import('./pages/surveys-page.js').then((m) => ({ default: m.SurveysPage })));
const SurveyBuilderPage = lazy(() =>
  import('./pages/survey-builder-page.js').then((m) => ({ default: m.SurveyBuilderPage })),
);
const DataPage = lazy(() => import('./pages/data-page.js').then((m) => ({ default: m.DataPage })));
const ImportPage = lazy(() => import('./pages/import-page.js').then((m) => ({ default: m.ImportPage })));
const DashboardPage = lazy(() =>
  import('./pages/dashboard-page.js').then((m) => ({ default: m.DashboardPage })),
);
const WallPage = lazy(() => import('./pages/wall-page.js').then((m) => ({ default: m.WallPage })));
const ActionsPage = lazy(() => import('./pages/actions-page.js').then((m) => ({ default: m.ActionsPage })));
const InvitePage = lazy(() => import('./pages/invite-page.js').then((m) => ({ default: m.InvitePage })));

export function App() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Switch>
        <Route path="/share/:token">{(p) => <SharePage token={p.token} />}</Route>
        <Route path="/invite/:token">{(p) => <InvitePage token={p.token} />}</Route>
        <Route path="/signin" component={SignInPage} />
        <Route>
          <SignedIn />
        </Route>
      </Switch>
    </Suspense>
  );
}

function SignedIn() {
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const next = window.location.pathname + window.location.search;
    return <Redirect to={`/signin?next=${encodeURIComponent(next)}`} />;
  }
  const first = session.data.workspaces[0];
  return (
    <AppShell session={session.data}>
      <Switch>
        <Route path="/">{first ? <Redirect to={`/w/${first.id}`} /> : <NotFoundPage />}</Route>
        <Route path="/w/:ws">{(p) => <JourneysPage workspaceId={p.ws} />}</Route>
        <Route path="/w/:ws/settings">{(p) => <SettingsPage workspaceId={p.ws} />}</Route>
        <Route path="/w/:ws/surveys">{(p) => <SurveysPage workspaceId={p.ws} />}</Route>
        <Route path="/w/:ws/surveys/:id">
          {(p) => <SurveyBuilderPage workspaceId={p.ws} surveyId={p.id} />}
        </Route>
        <Route path="/w/:ws/data">{(p) => <DataPage workspaceId={p.ws} />}</Route>
        <Route path="/w/:ws/import">{(p) => <ImportPage workspaceId={p.ws} />}</Route>
        <Route path="/w/:ws/j/:j/dashboard">
          {(p) => <DashboardPage workspaceId={p.ws} journeyId={p.j} />}
        </Route>
        <Route path="/w/:ws/j/:j/actions">{(p) => <ActionsPage workspaceId={p.ws} journeyId={p.j} />}</Route>
        <Route path="/w/:ws/j/:j/wall">{(p) => <WallPage workspaceId={p.ws} journeyId={p.j} />}</Route>
        <Route path="/w/:ws/j/:j">{(p) => <EditorPage workspaceId={p.ws} journeyId={p.j} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </AppShell>
  );
}
