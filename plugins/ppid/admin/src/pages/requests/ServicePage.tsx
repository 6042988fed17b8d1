/**
 * Layanan Informasi (the information service, issue 14): the request desk, the objections, and the
 * registers with the annual report, each with its own address under /plugins/ppid/requests; a
 * request's panel at /requests/:documentId, an objection's at /requests/objections/:documentId.
 */
import { Box, Tabs } from '@strapi/design-system';
import { useNavigate, useParams } from 'react-router-dom';

import { usePpidIntl } from '../../hooks/usePpidIntl';
import { ObjectionList, ObjectionPanel } from './ObjectionPages';
import { SERVICE_BASE } from './paths';
import { RequestDesk } from './RequestDesk';
import { RequestPanel } from './RequestPanel';
import { ServiceReports } from './ServiceReports';

const SECTIONS = ['desk', 'objections', 'registers'] as const;
type SectionKey = (typeof SECTIONS)[number];

export const ServicePage = () => {
  const { documentId, objectionId } = useParams<{ documentId?: string; objectionId?: string }>();
  const navigate = useNavigate();
  const { t } = usePpidIntl();
  if (objectionId) return <ObjectionPanel documentId={objectionId} />;
  const section: SectionKey = documentId === 'objections' ? 'objections' : documentId === 'registers' ? 'registers' : 'desk';
  if (documentId && section === 'desk') return <RequestPanel documentId={documentId} />;
  const titles: Record<SectionKey, string> = {
    desk: t('requests.tab.desk', 'Requests'),
    objections: t('requests.tab.objections', 'Objections'),
    registers: t('requests.tab.registers', 'Registers & reports'),
  };
  return (
    <Tabs.Root value={section} onValueChange={(value: string) => navigate(value === 'desk' ? SERVICE_BASE : `${SERVICE_BASE}/${value}`)} variant="simple">
      <Tabs.List aria-label={t('requests.title', 'Information service')}>
        {SECTIONS.map((key) => (
          <Tabs.Trigger key={key} value={key}>{titles[key]}</Tabs.Trigger>
        ))}
      </Tabs.List>
      <Box paddingTop={4}>
        <Tabs.Content value="desk"><RequestDesk /></Tabs.Content>
        <Tabs.Content value="objections"><ObjectionList /></Tabs.Content>
        <Tabs.Content value="registers"><ServiceReports /></Tabs.Content>
      </Box>
    </Tabs.Root>
  );
};
