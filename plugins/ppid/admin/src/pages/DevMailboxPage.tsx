import * as React from 'react';
import { Box, Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import type { DevMail, DevMailboxResponse } from '../api/types';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { devMailboxUrl, sizeInKb } from '../utils/devMailbox';
import { Pager } from '../components/Pager';
import { SimpleTable } from '../components/SimpleTable';

/** The files a kept mail carried (only their names, types and sizes are kept). */
const MailAttachments = ({ files }: { files: NonNullable<DevMail['attachments']> }) => {
  const { t } = usePpidIntl();
  return (
    <Box>
      <Typography variant="sigma">{t('devMailbox.attachments', 'Attachments')}</Typography>
      <SimpleTable columns={[t('devMailbox.attachment.name', 'File name'), t('devMailbox.attachment.type', 'Type'), t('devMailbox.attachment.size', 'Size')]} rowCount={files.length}>
        {files.map((file, i) => (
          <Tr key={`${i}-${file.filename}`}>
            <Td>
              <Typography variant="omega">{file.filename}</Typography>
            </Td>
            <Td>
              <Typography variant="omega">{file.contentType ?? t('devMailbox.attachment.unknownType', 'unknown')}</Typography>
            </Td>
            <Td>
              <Typography variant="omega">{t('devMailbox.attachment.kb', '{size, number} kB', { size: sizeInKb(file.size) })}</Typography>
            </Td>
          </Tr>
        ))}
      </SimpleTable>
    </Box>
  );
};

/** One kept mail: its attachments, its text, and its HTML in a sandboxed frame (no scripts, no navigation). */
export const MailBody = ({ mail }: { mail: DevMail }) => {
  const { t } = usePpidIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={3} padding={4} background="neutral100">
      {mail.attachments?.length ? <MailAttachments files={mail.attachments} /> : null}
      {mail.html ? (
        <iframe title={t('devMailbox.html', 'HTML version')} sandbox="" srcDoc={mail.html} style={{ width: '100%', minHeight: '22rem', border: 0, background: '#fff' }} />
      ) : null}
      <Box>
        <Typography variant="sigma">{t('devMailbox.text', 'Text version')}</Typography>
        <Box tag="pre" paddingTop={2} style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
          <Typography variant="omega">{mail.text}</Typography>
        </Box>
      </Box>
    </Flex>
  );
};

/**
 * The dev mailbox: without an SMTP server outside production, the plugin keeps every notification
 * here instead of sending it. Super admins read them, newest first.
 */
export const DevMailboxPage = () => {
  const { t, dateTime } = usePpidIntl();
  const [page, setPage] = React.useState(1);
  const [open, setOpen] = React.useState<number | null>(null);
  const mails = useGet<DevMailboxResponse>(devMailboxUrl(page));
  const rows = mails.data?.data ?? [];

  let body: React.ReactNode;
  if (mails.isLoading) body = <LoadingBlock />;
  else if (mails.error && !mails.data) body = <ErrorBlock error={mails.error} onRetry={() => void mails.refetch()} />;
  else if (rows.length === 0) body = <EmptyBlock content={t('devMailbox.empty', 'No mail yet. Workflow notifications appear here as they are sent.')} />;
  else
    body = (
      <SimpleTable columns={[t('devMailbox.col.when', 'Received'), t('devMailbox.col.to', 'To'), t('devMailbox.col.subject', 'Subject'), t('devMailbox.col.read', 'Read')]} rowCount={rows.length}>
        {rows.map((mail) => (
          <React.Fragment key={mail.id}>
            <Tr>
              <Td>
                <Typography variant="omega">{mail.createdAt ? dateTime(mail.createdAt) : '—'}</Typography>
              </Td>
              <Td>
                <Typography variant="omega">{mail.to}</Typography>
              </Td>
              <Td>
                <Typography variant="omega" fontWeight="semiBold">
                  {mail.subject}
                </Typography>
              </Td>
              <Td>
                <Button variant="tertiary" size="S" aria-expanded={open === mail.id} onClick={() => setOpen(open === mail.id ? null : mail.id)}>
                  {open === mail.id ? t('devMailbox.close', 'Close') : t('devMailbox.open', 'Open')}
                </Button>
              </Td>
            </Tr>
            {open === mail.id ? (
              <Tr>
                <Td colSpan={4}>
                  <MailBody mail={mail} />
                </Td>
              </Tr>
            ) : null}
          </React.Fragment>
        ))}
      </SimpleTable>
    );

  return (
    <Box paddingTop={6}>
      <Flex justifyContent="space-between" alignItems="flex-end" paddingBottom={4} gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="omega" textColor="neutral700">
            {t('devMailbox.total', '{total, plural, one {# mail} other {# mails}}', { total: mails.data?.meta.pagination.total ?? 0 })}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('devMailbox.explain', 'No SMTP server is configured (SMTP_HOST), so notifications are kept here instead of being sent. Never in production.')}
          </Typography>
        </Flex>
        <Button variant="tertiary" size="S" startIcon={<ArrowClockwise />} onClick={() => void mails.refetch()} loading={mails.isFetching && !mails.isLoading}>
          {t('action.refresh', 'Refresh')}
        </Button>
      </Flex>
      {body}
      {mails.data ? <Pager page={page} pageSize={mails.data.meta.pagination.pageSize} total={mails.data.meta.pagination.total} onPage={setPage} /> : null}
    </Box>
  );
};
