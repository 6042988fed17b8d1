import { Badge, Flex, Link, Td, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { dipApi, EDITION_FORMATS, type DipListRow, type SignedListType } from '../../api/dip';
import { DownloadButtons } from '../DownloadButtons';
import { DueText } from '../DueText';
import { SimpleTable } from '../SimpleTable';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { PLUGIN_ID } from '../../pluginId';

export const DIP_BASE = `/plugins/${PLUGIN_ID}/dip`;
/** The lists of excluded information live under the Excluded information tab. */
export const EXCLUSION_LISTS_BASE = `/plugins/${PLUGIN_ID}/exclusions`;
const BASE: Record<SignedListType, string> = { 'dip-edition': DIP_BASE, 'exclusion-list': EXCLUSION_LISTS_BASE };

/**
 * The list's own state: a DIP edition is a draft, enacted (signed by the head) or superseded by a
 * newer edition; a list of excluded information is a draft or signed (and archived).
 */
export const EditionStateBadge = ({ state }: { state: string }) => {
  const { t } = usePpidIntl();
  const variant = state === 'enacted' || state === 'signed' ? 'success' : state === 'superseded' ? 'neutral' : 'secondary';
  return <Badge variant={variant}>{t(`dipRegister.state.${state}`, state)}</Badge>;
};

/** An enacted edition's files (its frozen content), one button per format. */
export const EditionDownloads = ({ edition }: { edition: Pick<DipListRow, 'documentId' | 'year' | 'state'> }) => {
  if (edition.state === 'draft') return null;
  return (
    <DownloadButtons
      formats={EDITION_FORMATS}
      url={(f) => dipApi.file(edition.documentId, f)}
      fallback={(f) => `dip-${edition.year}-${edition.state}.${f}`}
      label={(f) => f.toUpperCase()}
    />
  );
};

/**
 * The yearly lists signed by the head, newest first: the DIP editions (with their files for those
 * who may export) or the lists of excluded information. Each title leads to the list's own page.
 */
export const ListsTable = ({ type, rows, canExport = false }: { type: SignedListType; rows: DipListRow[]; canExport?: boolean }) => {
  const { t, pick, day } = usePpidIntl();
  const files = canExport && type === 'dip-edition';
  const columns = [
    type === 'dip-edition' ? t('dipRegister.col.edition', 'Edition') : t('dipRegister.col.list', 'List'),
    t('dipRegister.col.stage', 'Stage'),
    t('dipRegister.col.signature', 'Signature'),
    t('dipRegister.col.entries', 'Entries'),
  ];
  if (files) columns.push(t('dipRegister.col.files', 'Files'));
  return (
    <SimpleTable columns={columns} rowCount={rows.length}>
      {rows.map((e) => (
        <Tr key={e.documentId}>
          <Td style={{ whiteSpace: 'normal' }}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Link tag={RouterLink} to={`${BASE[type]}/${e.documentId}`}>{e.title}</Link>
              <Typography variant="pi" textColor="neutral600">{[String(e.year), e.agency?.name].filter(Boolean).join(' · ')}</Typography>
            </Flex>
          </Td>
          <Td style={{ whiteSpace: 'normal' }}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography>{e.workflow ? pick(e.workflow.stageName) : t('dipRegister.noWorkflow', 'No workflow')}</Typography>
              {e.workflow?.status === 'active' ? <DueText dueAt={e.workflow.dueAt} overdue={e.workflow.overdue} /> : null}
            </Flex>
          </Td>
          <Td style={{ whiteSpace: 'normal' }}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <EditionStateBadge state={e.state} />
              {e.decreeNumber ? (
                <Typography variant="pi" textColor="neutral600">
                  {t('dipRegister.decree', 'Decree {number}, signed {day} by {name}', { number: e.decreeNumber, day: day(e.signedAt) ?? '—', name: e.signerName ?? '—' })}
                </Typography>
              ) : null}
            </Flex>
          </Td>
          <Td>
            <Typography>{e.entryCount ?? '—'}</Typography>
          </Td>
          {files ? (
            <Td>
              <EditionDownloads edition={e} />
            </Td>
          ) : null}
        </Tr>
      ))}
    </SimpleTable>
  );
};
