import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { Tabs } from '@strapi/design-system';
import { Navigate, Route, Routes, useNavigate, useParams } from 'react-router-dom';

import { usePpidIntl } from '../hooks/usePpidIntl';
import { PLUGIN_ID } from '../pluginId';
import { BoardPage } from './BoardPage';
import { CompliancePage } from './CompliancePage';
import { InboxPage } from './InboxPage';
import { ORGANISATION_READ, OrganisationPage } from './OrganisationPage';
import { WorkflowsPage } from './WorkflowsPage';

export const BASE_PATH = `/plugins/${PLUGIN_ID}`;
export const READ_PERMISSIONS = [{ action: 'plugin::ppid.workflow.read', subject: null }];

const TABS = ['inbox', 'board', 'workflows', 'compliance', 'organisation'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | undefined): value is Tab => (TABS as readonly (string | undefined)[]).includes(value);

/**
 * The plugin's page: a header and its tabs (inbox, board, workflows, compliance, and organisation for
 * those who may read it), each with its own URL.
 */
const WorkflowTabs = () => {
  const { tab } = useParams<{ tab: string }>();
  const navigate = useNavigate();
  const { t } = usePpidIntl();
  const { allowedActions, isLoading: rbacLoading } = useRBAC(ORGANISATION_READ) as { allowedActions: Record<string, boolean>; isLoading: boolean };
  const canReadOrganisation = !!allowedActions.canRead;

  if (!isTab(tab)) return <Navigate to={`${BASE_PATH}/inbox`} replace />;
  if (tab === 'organisation' && !rbacLoading && !canReadOrganisation) return <Navigate to={`${BASE_PATH}/inbox`} replace />;
  const visible = TABS.filter((key) => key !== 'organisation' || canReadOrganisation);

  const titles: Record<Tab, string> = {
    inbox: t('inbox.title', 'Awaiting my action'),
    board: t('board.title', 'Stage board'),
    workflows: t('workflows.title', 'Workflows'),
    compliance: t('compliance.title', 'Compliance'),
    organisation: t('organisation.title', 'Organisation'),
  };

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
            {visible.map((key) => (
              <Tabs.Trigger key={key} value={key}>
                {titles[key]}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="inbox">
            <InboxPage />
          </Tabs.Content>
          <Tabs.Content value="board">
            <BoardPage />
          </Tabs.Content>
          <Tabs.Content value="workflows">
            <WorkflowsPage />
          </Tabs.Content>
          <Tabs.Content value="compliance">
            <CompliancePage />
          </Tabs.Content>
          {canReadOrganisation ? (
            <Tabs.Content value="organisation">
              <OrganisationPage />
            </Tabs.Content>
          ) : null}
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
      <Route path="*" element={<Navigate to={`${BASE_PATH}/inbox`} replace />} />
    </Routes>
  </Page.Protect>
);

export default App;
