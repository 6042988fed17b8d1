/**
 * One request (/plugins/ppid/requests/:documentId), for the people serving requests only (the
 * server answers 403 to anyone else, and this page shows its message): the requester with their
 * identity, what was asked, the clock in the agency's zone, the workflow's steps, the forms of
 * the stage, the letters and the objections.
 */
import { Badge, Box, Flex, Link, Td, Tr, Typography } from '@strapi/design-system';
import { Link as RouterLink, useNavigate } from 'react-router-dom';

import { requestsApi } from '../../api/requests';
import { PdfButton } from '../../components/PdfButton';
import { BackLink, Field } from '../../components/RecordParts';
import { SimpleTable } from '../../components/SimpleTable';
import { ErrorBlock, LoadingBlock } from '../../components/States';
import { useGet } from '../../hooks/useGet';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { zoneAbbreviation } from '../../utils/zonedTime';
import { REQUEST_LETTERS, REQUEST_OPEN_STATES, type ObjectionBrief, type ObjectionDeskRow, type RequestDetail, type RequestDetailResponse } from '../../../../shared/requests';
import { objectionPath, SERVICE_BASE } from './paths';
import { ExtendedBadge, Letters, Section, WorkflowSteps, WorkingDaysLeft } from './parts';
import { DispositionForm, ExtensionForm, MissingItemsForm, NoticeForm, ObjectionForm } from './RequestForms';

/** The answer clock: received, due (with the extension), working days left, answered on time or late. */
export const RequestClock = ({ request }: { request: RequestDetail }) => {
  const { t, day, dateTime, timeZone } = usePpidIntl();
  const c = request.clock;
  return (
    <Box tag="dl">
      <Field label={t('requests.clock.received', 'Received')}>{`${dateTime(c.receivedAt) ?? '—'}`}</Field>
      <Field label={t('requests.clock.due', 'Answer due')}>
        {t('requests.clock.dueOn', '{day}, end of the working day ({zone})', { day: day(c.dueOn) ?? '—', zone: zoneAbbreviation(timeZone) })}
      </Field>
      <Box paddingBottom={3}>
        <Flex gap={2} alignItems="center" wrap="wrap">
          <WorkingDaysLeft left={c.workingDaysLeft} overdue={c.overdue} />
          {c.extended ? <ExtendedBadge /> : null}
          {c.onTime === true ? <Badge variant="success">{t('requests.clock.onTime', 'Answered on time')}</Badge> : null}
          {c.onTime === false ? <Badge variant="danger">{t('requests.clock.late', 'Answered late')}</Badge> : null}
        </Flex>
      </Box>
      {request.notice.signedAt ? <Field label={t('requests.clock.answered', 'Answered')}>{dateTime(request.notice.signedAt) ?? '—'}</Field> : null}
      {c.extended ? (
        <Field label={t('requests.clock.extension', 'Extension')}>
          {t('requests.clock.extensionText', '{days, plural, one {# working day} other {# working days}}, {when} by {name}: {reason}', {
            days: c.extensionDays,
            when: dateTime(c.extendedAt) ?? '—',
            name: c.extendedBy ?? '—',
            reason: c.extensionReason ?? '—',
          })}
        </Field>
      ) : null}
      {request.completeness.completeBy ? <Field label={t('requests.clock.completeBy', 'To be completed by')}>{day(request.completeness.completeBy) ?? '—'}</Field> : null}
    </Box>
  );
};

/** Objections in a table: of a request (briefs), or the objections list (with the request and the grounds). */
export const ObjectionRows = ({ rows }: { rows: (ObjectionBrief | ObjectionDeskRow)[] }) => {
  const { t, day, dateTime } = usePpidIntl();
  const full = rows.some((o) => 'grounds' in o);
  const columns = [
    t('requests.col.number', 'Number'),
    ...(full ? [t('objections.request', 'Request'), t('objections.col.grounds', 'Grounds')] : []),
    t('objections.col.filed', 'Filed'),
    t('requests.col.stage', 'Stage'),
    t('requests.col.due', 'Due'),
    t('objections.col.decision', 'Decision'),
  ];
  return (
    <SimpleTable rowCount={rows.length} columns={columns}>
      {rows.map((o) => {
        const row = 'grounds' in o ? o : null;
        return (
          <Tr key={o.documentId}>
            <Td><Link tag={RouterLink} to={objectionPath(o.documentId)}>{o.registrationNumber}</Link></Td>
            {full ? (
              <>
                <Td>
                  <Typography variant="pi" tag="div">{row?.request?.registrationNumber ?? '—'}</Typography>
                  <Typography variant="pi" textColor="neutral600">{row?.request?.requesterName ?? ''}</Typography>
                </Td>
                <Td><Typography variant="pi">{row?.grounds.join(', ') ?? ''}</Typography></Td>
              </>
            ) : null}
            <Td><Typography variant="pi">{dateTime(o.filedAt) ?? '—'}</Typography></Td>
            <Td><Typography variant="pi">{t(`objections.state.${o.state}`, o.state)}</Typography></Td>
            <Td>
              <Flex gap={2} wrap="wrap" alignItems="center">
                <Typography variant="pi">{day(o.dueOn) ?? '—'}</Typography>
                {row?.overdue ? <Badge variant="danger">{t('requests.view.overdue', 'Overdue')}</Badge> : null}
              </Flex>
            </Td>
            <Td>
              <Typography variant="pi">{o.decision ? t(`objections.decision.${o.decision}`, o.decision) : '—'}</Typography>
              {row?.disputed ? <Typography variant="pi" textColor="neutral600" tag="div">{t('objections.disputed', 'Dispute at the Komisi Informasi')}</Typography> : null}
            </Td>
          </Tr>
        );
      })}
    </SimpleTable>
  );
};

/** The letters a record can print now (the server's `letters` flags), in their order. */
export const printable = <L extends string>(flags: Record<L, boolean> | null | undefined, order: readonly L[]): L[] => order.filter((l) => !!flags?.[l]);

export const RequestPanel = ({ documentId }: { documentId: string }) => {
  const { t, pick, dateTime } = usePpidIntl();
  const navigate = useNavigate();
  const detail = useGet<RequestDetailResponse>(requestsApi.request(documentId));
  const back = <BackLink to={SERVICE_BASE}>{t('requests.back', 'Back to the request desk')}</BackLink>;
  if (detail.isLoading) return <LoadingBlock />;
  const r = detail.data?.data;
  if (!r) return <>{back}<ErrorBlock error={detail.error} onRetry={() => void detail.refetch()} /></>;
  const reload = async () => {
    await detail.refetch();
  };
  const who = r.requester;
  const n = r.notice;
  const open = REQUEST_OPEN_STATES.includes(r.state);
  // An objection follows an answer, a closure or a lapsed deadline (Pasal 35); the server checks its 30 working days.
  const canObject = !r.requester.erasedAt && (!!n.signedAt || r.clock.answered || r.clock.overdue || r.state === 'closed' || r.state === 'delivered');

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {back}
      <Section title={t('requests.panel.title', 'Request {number}', { number: r.registrationNumber })} actions={<Badge>{t(`requests.state.${r.state}`, r.state)}</Badge>}>
        <WorkflowSteps type="info-request" documentId={r.documentId} onDone={reload} />
      </Section>
      <Section title={t('requests.clock.title', 'Deadline')}>
        <RequestClock request={r} />
      </Section>
      <Section title={t('requests.form.requester', 'The requester')}>
        {who.erasedAt ? <Typography variant="pi" textColor="neutral600" tag="p">{t('requests.requester.erased', 'The identity data was erased after the retention period.')}</Typography> : null}
        <Box tag="dl">
          <Field label={t('requests.form.requesterKind', 'Requester')}>{t(`requests.kind.${who.kind}`, who.kind)}</Field>
          <Field label={t('requests.form.requesterName', 'Name')}>{who.name}</Field>
          {who.onBehalfOf ? <Field label={who.kind === 'organisation' ? t('requests.form.organisation', 'Name of the legal entity') : t('requests.form.onBehalfOf', 'Acting on behalf of')}>{who.onBehalfOf}</Field> : null}
          <Field label={t('requests.form.identityNumber', 'Identity number')}>{who.identityNumber ? `${t(`requests.identity.${who.identityKind}`, who.identityKind)} ${who.identityNumber}` : ''}</Field>
          {who.identityDocument && !who.erasedAt ? (
            <Field label={t('requests.identityDocument', 'Copy of the identity document')}>
              <PdfButton
                url={requestsApi.identityDocument(r.documentId)}
                fileName={who.identityDocument.name}
                label={t('requests.identityDocument.download', 'Download {name} ({size} KB)', { name: who.identityDocument.name, size: Math.max(1, Math.ceil(who.identityDocument.size / 1024)) })}
              />
            </Field>
          ) : null}
          <Field label={t('requests.form.address', 'Address')}>{who.address}</Field>
          <Field label={t('requests.form.phone', 'Telephone')}>{who.phone}</Field>
          <Field label={t('requests.form.email', 'E-mail')}>{who.email}</Field>
          <Field label={t('requests.form.occupation', 'Occupation')}>{who.occupation}</Field>
          <Field label={t('requests.form.channel', 'Received by')}>{t(`requests.channel.${r.channel}`, r.channel)}</Field>
        </Box>
      </Section>
      <Section title={t('requests.form.what', 'The information requested')}>
        <Box tag="dl">
          <Field label={t('requests.form.information', 'Information requested')}>{r.informationRequested}</Field>
          <Field label={t('requests.form.purpose', 'Purpose of the request')}>{r.purpose}</Field>
          <Field label={t('requests.form.informationForm', 'How to obtain the information')}>{t(`requests.form.informationForm.${r.informationForm}`, r.informationForm)}</Field>
          <Field label={t('requests.form.deliveryMethod', 'How to receive a copy')}>{t(`requests.delivery.${r.deliveryMethod}`, r.deliveryMethod)}</Field>
          {r.completeness.missingItems ? <Field label={t('requests.missing.label', 'Missing items')}>{r.completeness.missingItems}</Field> : null}
          {r.holderUnit ? <Field label={t('requests.disposition.unit', 'Unit holding the information')}>{r.holderUnit.name}</Field> : null}
        </Box>
      </Section>
      {n.outcome ? (
        <Section title={t('requests.notice.title', 'Written notice')}>
          <Box tag="dl">
            <Field label={t('requests.notice.outcome', 'Decision')}>{t(`requests.outcome.${n.outcome}`, n.outcome)}</Field>
            {n.refusalArticle ? <Field label={t('requests.notice.article', 'Pasal 17 letter')}>{t('exclusions.letter', 'Art. 17 ({letter})', { letter: n.refusalArticle })}</Field> : null}
            {n.exclusion ? <Field label={t('requests.notice.exclusion', 'Excluded information')}>{n.exclusion.title}</Field> : null}
            {n.referralBody ? <Field label={t('requests.notice.referral', 'Public body holding the information')}>{n.referralBody}</Field> : null}
            {n.noticeNumber ? <Field label={t('requests.notice.number', 'Letter number')}>{n.noticeNumber}</Field> : null}
            <Field label={t('requests.notice.body', 'Text of the notice')}>{n.noticeBody}</Field>
            {n.fee ? <Field label={t('requests.notice.fee', 'Fee (Rp)')}>{n.fee.toLocaleString('id-ID')}</Field> : null}
            {n.signedAt ? <Field label={t('requests.notice.signed', 'Signed')}>{dateTime(n.signedAt) ?? '—'}</Field> : null}
            {n.deliveredAt ? <Field label={t('requests.notice.delivered', 'Delivered')}>{dateTime(n.deliveredAt) ?? '—'}</Field> : null}
            {n.problems.length && !n.signedAt ? <Field label={t('requests.notice.problems', 'Still missing before signature')}>{n.problems.map((p) => pick(p.message)).join('\n')}</Field> : null}
          </Box>
        </Section>
      ) : null}
      {open ? (
        <Section title={t('requests.actions', 'Serve the request')}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {['registered', 'checking', 'incomplete'].includes(r.state) ? <MissingItemsForm request={r} onDone={reload} /> : null}
            {['registered', 'checking'].includes(r.state) ? <DispositionForm request={r} onDone={reload} /> : null}
            {r.state === 'assigned' ? <NoticeForm request={r} onDone={reload} /> : null}
            {!r.clock.extended && !n.signedAt ? <ExtensionForm request={r} onDone={reload} /> : null}
          </Flex>
        </Section>
      ) : null}
      <Section title={t('requests.letters', 'Letters')}>
        <Letters letters={printable(r.letters, REQUEST_LETTERS)} url={(letter) => requestsApi.letter(r.documentId, letter)} prefix="requests" number={r.registrationNumber} />
      </Section>
      <Section title={t('objections.title', 'Objections')}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {r.objections.length ? <ObjectionRows rows={r.objections} /> : <Typography variant="pi" textColor="neutral600">{t('objections.none', 'No objection.')}</Typography>}
          {canObject ? <ObjectionForm request={r} onDone={(id) => navigate(objectionPath(id))} /> : null}
        </Flex>
      </Section>
    </Flex>
  );
};
