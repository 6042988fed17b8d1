import { Badge, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { dipApi, EDITION_FORMATS, type DipListRow } from '../../api/dip';
import { DownloadButtons } from '../DownloadButtons';
import { DueText } from '../DueText';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { PLUGIN_ID } from '../../pluginId';

export const DIP_BASE = `/plugins/${PLUGIN_ID}/dip`;

/** The edition's own state: draft, enacted (signed by the head), superseded by a newer edition. */
export const EditionStateBadge = ({ state }: { state: string }) => {
  const { t } = usePpidIntl();
  const variant = state === 'enacted' ? 'success' : state === 'superseded' ? 'neutral' : 'secondary';
  return <Badge variant={variant}>{t(`dipRegister.state.${state}`, state)}</Badge>;
};

/** An enacted edition's files (its frozen content), one button per format. */
export const EditionDownloads = ({ edition }: { edition: Pick<DipListRow, 'documentId' | 'year' | 'state'> }) => {
  const { t } = usePpidIntl();
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

/** The year's lists (DIP editions), newest first: stage, due time, signature, files. */
export const EditionsTable = ({ editions, canExport }: { editions: DipListRow[]; canExport: boolean }) => {
  const { t, pick, day } = usePpidIntl();
  const columns = [t('dipRegister.col.edition', 'Edition'), t('dipRegister.col.stage', 'Stage'), t('dipRegister.col.signature', 'Signature'), t('dipRegister.col.entries', 'Entries')];
  if (canExport) columns.push(t('dipRegister.col.files', 'Files'));
  return (
    <Table colCount={columns.length} rowCount={editions.length + 1}>
      <Thead>
        <Tr>
          {columns.map((c) => (
            <Th key={c}>
              <Typography variant="sigma">{c}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {editions.map((e) => (
          <Tr key={e.documentId}>
            <Td style={{ whiteSpace: 'normal' }}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Link tag={RouterLink} to={`${DIP_BASE}/${e.documentId}`}>{e.title}</Link>
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
            {canExport ? (
              <Td>
                <EditionDownloads edition={e} />
              </Td>
            ) : null}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
