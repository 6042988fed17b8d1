import { Layouts, Page, useAuth, useRBAC } from '@strapi/strapi/admin';
import { Tabs } from '@strapi/design-system';
import { Navigate, Route, Routes, useNavigate, useParams } from 'react-router-dom';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { PLUGIN_ID } from '../pluginId';
import { isSuperAdmin } from '../utils/devMailbox';
import { BoardPage } from './BoardPage';
import { CompliancePage } from './CompliancePage';
import { DevMailboxPage } from './DevMailboxPage';
import { DipImportPage } from './DipImportPage';
import { DipRegisterPage } from './DipRegisterPage';
import { ExclusionsPage } from './ExclusionsPage';
import { useCan } from '../hooks/useCan';
import { useEvaluationAccess } from '../hooks/useEvaluationAccess';
import { InboxPage } from './InboxPage';
import { ORGANISATION_READ, OrganisationPage } from './OrganisationPage';
import { WorkflowsPage } from './WorkflowsPage';
import { BacklogPage } from './BacklogPage';
import { EvaluationsPage } from './EvaluationsPage';
import { FormsPage } from './FormsPage';
import { MinutesPage } from './MinutesPage';
import { ServicePage } from './requests/ServicePage';

export const BASE_PATH = `/plugins/${PLUGIN_ID}`;
export const READ_PERMISSIONS = [{ action: 'plugin::ppid.workflow.read', subject: null }];

const TABS = ['inbox', 'requests', 'board', 'backlog', 'minutes', 'forms', 'evaluations', 'workflows', 'compliance', 'dip', 'exclusions', 'dip-import', 'organisation', 'dev-mailbox'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | undefined): value is Tab => (TABS as readonly (string | undefined)[]).includes(value);

/**
 * The plugin's page: a header and its tabs (inbox, board, workflows, compliance, organisation for
 * those who may read it, and for super admins the dev mailbox), each with its own URL.
 */
const WorkflowTabs = () => {
  const { tab } = useParams<{ tab: string }>();
  const navigate = useNavigate();
  const { t } = usePpidIntl();
  const { allowedActions, isLoading: rbacLoading } = useRBAC(ORGANISATION_READ) as { allowedActions: Record<string, boolean>; isLoading: boolean };
  const canReadOrganisation = !!allowedActions.canRead;
  const superAdmin = useAuth('PpidTabs', (state: { user?: { roles?: { code?: string }[] } }) => isSuperAdmin(state.user));
  // Tabs shown only with their RBAC action (the server refuses anyway): tab -> the permission check.
  const compliance = useCan('compliance.read');
  const dipImport = useCan('dip.import');
  const dipRegister = useCan('workflow.read');
  // The information service: the people serving requests (PPID positions of the PPID unit).
  const requests = useCan('requests.handle');
  // The evaluations: their readers only (web SOP C positions, from the organisation data).
  const evaluationAccess = useEvaluationAccess();
  const evaluations = { allowed: evaluationAccess.read, isLoading: evaluationAccess.isLoading };
  const gated: Partial<Record<Tab, { allowed: boolean; isLoading: boolean }>> = { requests, compliance, evaluations, dip: dipRegister, 'dip-import': dipImport };

  if (!isTab(tab)) return <Navigate to={`${BASE_PATH}/inbox`} replace />;
  if (tab === 'organisation' && !rbacLoading && !canReadOrganisation) return <Navigate to={`${BASE_PATH}/inbox`} replace />;
  const gate = gated[tab];
  if (gate && !gate.isLoading && !gate.allowed) return <Navigate to={`${BASE_PATH}/inbox`} replace />;

  const titles: Record<Tab, string> = {
    inbox: t('inbox.title', 'Awaiting my action'),
    requests: t('requests.title', 'Information service'),
    board: t('board.title', 'Stage board'),
    backlog: t('backlog.title', 'Website backlog'),
    minutes: t('minutes.title', 'Minutes'),
    forms: t('forms.title', 'Forms'),
    evaluations: t('evaluations.tab', 'Evaluations'),
    workflows: t('workflows.title', 'Workflows'),
    compliance: t('compliance.title', 'Compliance'),
    dip: t('dipRegister.title', 'DIP register'),
    exclusions: t('exclusions.title', 'Excluded information'),
    'dip-import': t('dipImport.title', 'DIP import'),
    organisation: t('organisation.title', 'Organisation'),
    'dev-mailbox': t('devMailbox.title', 'Dev mailbox'),
  };
  // The dev mailbox answers super admins only (the server refuses anyone else anyway).
  const shown = TABS.filter((key) => (key !== 'dev-mailbox' || superAdmin || tab === 'dev-mailbox') && (key !== 'organisation' || canReadOrganisation) && (gated[key]?.allowed ?? true));

  return (
    <Page.Main>
      <Page.Title>{`${titles[tab]} · PPID`}</Page.Title>
      <Layouts.Header
        title={t('app.title', 'PPID review workflows')}
        subtitle={t('app.subtitle', 'Announcements, DIP entries and content plans moving through their SOP stages')}
      />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={(value: string) => navigate(`${BASE_PATH}/${value}`)} variant="simple">
          <Tabs.List aria-label={t('app.tabs', 'Workflow views')}>
            {shown.map((key) => (
              <Tabs.Trigger key={key} value={key}>
                {titles[key]}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="inbox">
            <InboxPage />
          </Tabs.Content>
          {requests.allowed ? (
            <Tabs.Content value="requests">
              <ServicePage />
            </Tabs.Content>
          ) : null}
          <Tabs.Content value="board">
            <BoardPage />
          </Tabs.Content>
          <Tabs.Content value="backlog">
            <BacklogPage />
          </Tabs.Content>
          <Tabs.Content value="minutes">
            <MinutesPage />
          </Tabs.Content>
          <Tabs.Content value="forms">
            <FormsPage />
          </Tabs.Content>
          {evaluations.allowed ? (
            <Tabs.Content value="evaluations">
              <EvaluationsPage creates={evaluationAccess.create} />
            </Tabs.Content>
          ) : null}
          <Tabs.Content value="workflows">
            <WorkflowsPage />
          </Tabs.Content>
          {compliance.allowed ? (
            <Tabs.Content value="compliance">
              <CompliancePage />
            </Tabs.Content>
          ) : null}
          {dipRegister.allowed ? (
            <Tabs.Content value="dip">
              <DipRegisterPage />
            </Tabs.Content>
          ) : null}
          <Tabs.Content value="exclusions">
            <ExclusionsPage />
          </Tabs.Content>
          {dipImport.allowed ? (
            <Tabs.Content value="dip-import">
              <DipImportPage />
            </Tabs.Content>
          ) : null}
          {canReadOrganisation ? (
            <Tabs.Content value="organisation">
              <OrganisationPage />
            </Tabs.Content>
          ) : null}
          <Tabs.Content value="dev-mailbox">
            <DevMailboxPage />
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

const App = () => (
  <Page.Protect permissions={READ_PERMISSIONS}>
    <Routes>
      <Route index element={<Navigate to={`${BASE_PATH}/inbox`} replace />} />
      <Route path=":tab" element={<WorkflowTabs />} />
      {/* One record of the minutes, forms, evaluations, DIP register and excluded information (a yearly list) tabs: its own address. */}
      <Route path=":tab/:documentId" element={<WorkflowTabs />} />
      {/* An objection of the information service: /requests/objections/:objectionId. */}
      <Route path=":tab/objections/:objectionId" element={<WorkflowTabs />} />
      <Route path="*" element={<Navigate to={`${BASE_PATH}/inbox`} replace />} />
    </Routes>
  </Page.Protect>
);

export default App;
