import * as React from 'react';
import { Badge, Box, Button, Flex, Link, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';

import { FORM_KINDS, isFormKind, websiteApi, type FormDetail, type FormKindPath, type FormRow, type NextSignature, type Paged } from '../api/website';
import { ItemLink } from '../components/ItemLink';
import { Pager } from '../components/Pager';
import { PdfButton } from '../components/PdfButton';
import { BackLink, Field } from '../components/RecordParts';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePostAction } from '../hooks/usePostAction';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { PLUGIN_ID } from '../pluginId';

const BASE = `/plugins/${PLUGIN_ID}/forms`;

/** "Signed 1 of 2 · next: Web Developer", or "Fully signed". */
const SignatureState = ({ next }: { next: NextSignature }) => {
  const { t, pick } = usePpidIntl();
  if (!next.role) return <Badge variant="success">{t('forms.complete', 'Fully signed')}</Badge>;
  return (
    <Typography variant="pi">
      {t('forms.progress', 'Signed {signed} of {needed} · next: {role}', { signed: next.signed, needed: next.needed, role: pick(next.roleLabel, next.role) })}
    </Typography>
  );
};

const FormsList = ({ kind }: { kind: FormKindPath }) => {
  const { t, day } = usePpidIntl();
  const [page, setPage] = React.useState(1);
  const list = useGet<Paged<FormRow>>(websiteApi.formsList(kind, page));
  if (list.isLoading) return <LoadingBlock />;
  if (list.error && !list.data) return <ErrorBlock error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data?.data ?? [];
  if (rows.length === 0) return <EmptyBlock content={t('forms.empty', 'No forms of this kind you may read yet.')} />;
  return (
    <Box>
      <Table colCount={4} rowCount={rows.length + 1}>
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">{t('forms.number', 'Number')}</Typography></Th>
            <Th><Typography variant="sigma">{t('forms.subject', 'Subject')}</Typography></Th>
            <Th><Typography variant="sigma">{t('forms.date', 'Date')}</Typography></Th>
            <Th><Typography variant="sigma">{t('forms.signatures', 'Signatures')}</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r) => (
            <Tr key={r.documentId}>
              <Td><Link tag={RouterLink} to={`${BASE}/${r.documentId}?kind=${kind}`}>{r.number}</Link></Td>
              <Td><Typography>{r.title}</Typography></Td>
              <Td><Typography>{day(r.date) ?? '—'}</Typography></Td>
              <Td>
                <Flex gap={2}>
                  <SignatureState next={r.next} />
                  {r.next.canSign ? <Badge variant="warning">{t('forms.yourTurn', 'Your turn')}</Badge> : null}
                </Flex>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {list.data ? <Pager {...list.data.meta} onPage={setPage} /> : null}
    </Box>
  );
};

const FormView = ({ kind, documentId }: { kind: FormKindPath; documentId: string }) => {
  const { t, pick, dateTime, day } = usePpidIntl();
  const item = useGet<{ data: FormDetail }>(websiteApi.form(kind, documentId));
  const { run, busy } = usePostAction();
  const f = item.data?.data;
  let body: React.ReactNode;
  if (item.isLoading) body = <LoadingBlock />;
  else if (!f) body = <ErrorBlock error={item.error} onRetry={() => void item.refetch()} />;
  else
    body = (
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
        <Flex justifyContent="space-between" gap={4} wrap="wrap" paddingBottom={4}>
          <Typography variant="beta" tag="h2">{`${f.number} · ${f.title}`}</Typography>
          <Flex gap={2}>
            {f.next.canSign ? (
              <Button
                size="S"
                loading={busy === 'sign'}
                onClick={async () => {
                  if (await run('sign', websiteApi.formSign(kind, documentId), {}, t('forms.signedNotice', 'Signed.'))) await item.refetch();
                }}
              >
                {t('forms.sign', 'Sign as {role}', { role: pick(f.next.roleLabel, f.next.role ?? '') })}
              </Button>
            ) : null}
            <PdfButton url={websiteApi.formPdf(kind, documentId)} fileName={`${kind}-${f.number}.pdf`} />
          </Flex>
        </Flex>
        <SignatureState next={f.next} />
        {!f.next.canSign && f.next.role && f.next.refusal ? <Typography variant="pi" textColor="neutral600" tag="p">{pick(f.next.refusal)}</Typography> : null}
        {f.frozen ? <Typography variant="pi" textColor="neutral600" tag="p">{pick(f.frozen)}</Typography> : null}
        <Box tag="dl" paddingTop={4}>
          <Field label={t('forms.date', 'Date')}>{day(f.date)}</Field>
          <Field label={t('minutes.unit', 'Unit')}>{f.unit?.name}</Field>
          {f.pageUrl ? <Field label={t('forms.page', 'Page')}>{f.pageUrl}</Field> : null}
          <Field label={t('forms.description', 'Description')}>{f.description}</Field>
          {f.backlogItem ? (
            <Field label={t('forms.backlogItem', 'Backlog item')}>
              <ItemLink type="backlog-item" documentId={f.backlogItem.documentId} title={f.backlogItem.title} />
            </Field>
          ) : null}
        </Box>
        <Typography variant="delta" tag="h3">{t('forms.signatures', 'Signatures')}</Typography>
        <Table colCount={3} rowCount={f.signatures.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">{t('forms.position', 'As')}</Typography></Th>
              <Th><Typography variant="sigma">{t('forms.signer', 'Signed by')}</Typography></Th>
              <Th><Typography variant="sigma">{t('forms.when', 'When')}</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {f.signatures.map((s) => (
              <Tr key={s.role}>
                <Td><Typography>{pick(s.roleLabel, s.role)}</Typography></Td>
                <Td><Typography>{s.name ? `${s.name}${s.nip ? ` (NIP ${s.nip})` : ''}` : '—'}</Typography></Td>
                <Td><Typography>{s.at ? dateTime(s.at) : t('forms.notSigned', 'Not signed yet')}</Typography></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Box>
    );
  return (
    <Box>
      <BackLink to={`${BASE}?kind=${kind}`}>{t('forms.back', 'All forms')}</BackLink>
      {body}
    </Box>
  );
};

/** The web SOP's forms (update requests, approval forms): lists, and one form with its signatures. */
export const FormsPage = () => {
  const { t } = usePpidIntl();
  const { documentId } = useParams<{ documentId?: string }>();
  const [params, setParams] = useSearchParams();
  const requested = params.get('kind');
  const kind: FormKindPath = isFormKind(requested) ? requested : 'update-requests';
  if (documentId) return <Box paddingTop={6}><FormView kind={kind} documentId={documentId} /></Box>;
  return (
    <Box paddingTop={6}>
      <Box paddingBottom={4} maxWidth="28rem">
        <SingleSelect aria-label={t('forms.kind', 'Form')} value={kind} onChange={(v: string | number) => setParams({ kind: String(v) })}>
          {FORM_KINDS.map((k) => (
            <SingleSelectOption key={k} value={k}>{t(`forms.kind.${k}`, k)}</SingleSelectOption>
          ))}
        </SingleSelect>
      </Box>
      <FormsList kind={kind} />
    </Box>
  );
};
