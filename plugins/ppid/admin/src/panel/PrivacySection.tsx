import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Shield } from '@strapi/icons';
import { styled } from 'styled-components';

import {
  clearanceBody,
  orderedFindings,
  privacyCheckUrl,
  privacyClearUrl,
  privacyStatus,
  type PrivacyCheckResponse,
  type PrivacyFinding,
} from '../api/privacy';
import { ReasonModal } from '../components/ReasonModal';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { useGet } from '../hooks/useGet';
import { usePpidIntl, type PpidIntl } from '../hooks/usePpidIntl';
import { errorMessage, errorStatus } from '../utils/errors';

type Client = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };

const Excerpt = styled.blockquote`
  margin: 0;
  padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[2]}`};
  border-left: 3px solid ${({ theme }) => theme.colors.neutral300};
  overflow-wrap: anywhere;
`;
const Masked = styled.code`
  font-family: monospace;
  overflow-wrap: anywhere;
`;

const kindLabel = (t: PpidIntl['t'], kind: string) => t(`privacy.kind.${kind}`, kind);

/** Where the finding stands: a field of the item, or a file attached to one. */
const whereText = ({ t }: PpidIntl, f: PrivacyFinding) => {
  const field = t(`privacy.field.${f.field}`, f.field);
  return f.file
    ? t('privacy.inFile', 'File “{name}” ({field})', { name: f.file.name ?? `#${f.file.id}`, field })
    : t('privacy.inField', 'Field: {field}', { field });
};

const FindingRow = ({ finding, intl, canClear, onClear }: { finding: PrivacyFinding; intl: PpidIntl; canClear: boolean; onClear: () => void }) => {
  const { t, pick, dateTime, positionLabel } = intl;
  const c = finding.cleared;
  return (
    <Box tag="li" padding={2} hasRadius borderColor={c ? 'neutral200' : 'danger200'} background={c ? 'neutral100' : 'danger100'}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Flex gap={2} wrap="wrap" alignItems="center">
          <Typography variant="pi" fontWeight="bold">
            {kindLabel(t, finding.kind)}
          </Typography>
          <Badge variant={c ? 'success' : 'danger'}>{c ? t('privacy.statusCleared', 'Allowed') : t('privacy.statusOpen', 'Open')}</Badge>
        </Flex>
        <Typography variant="pi" textColor="neutral700">
          {whereText(intl, finding)}
        </Typography>
        <Typography variant="pi">
          {t('privacy.masked', 'Value (masked):')} <Masked>{finding.masked}</Masked>
        </Typography>
        {finding.excerpt ? (
          <Excerpt>
            <Typography variant="pi" textColor="neutral700">
              {finding.excerpt}
            </Typography>
          </Excerpt>
        ) : null}
        {finding.kind === 'unchecked' && finding.reason ? (
          <Typography variant="pi" textColor="neutral700">
            {t('privacy.uncheckedWhy', 'Not checked: {reason}', { reason: pick(finding.reason) })}
          </Typography>
        ) : null}
        {c ? (
          <Typography variant="pi" textColor="neutral800">
            {t('privacy.clearedBy', 'Allowed by {name} ({position}), {when}: “{reason}”', {
              name: c.by ?? t('history.system', 'System'),
              position: positionLabel(c.position),
              when: dateTime(c.at) ?? '—',
              reason: c.reason,
            })}
          </Typography>
        ) : canClear ? (
          <Box>
            <Button size="S" variant="secondary" startIcon={<Shield />} onClick={onClear}>
              {t('privacy.clear', 'Allow with a reason')}
            </Button>
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};

/**
 * The privacy check of the item in the workflow panel: each finding of personal data (what kind,
 * where, a masked excerpt; never the value), its status, and for a reviewer allowed to decide, a
 * clearance with a written reason. Open findings block publishing, and the section says so.
 */
export const PrivacySection = ({
  type,
  documentId,
  savedAt,
  revision,
  onCleared,
}: {
  type: string;
  documentId: string;
  /** The document's `updatedAt`: a save changes what is found, so the section checks again. */
  savedAt: string | null;
  /** The workflow revision the panel shows (a clearance on a changed item is then a conflict). */
  revision?: number | null;
  onCleared: () => Promise<void>;
}) => {
  const intl = usePpidIntl();
  const { t, relative, dateTime } = intl;
  const { post } = useFetchClient() as unknown as Client;
  const { toggleNotification } = useNotification();
  const check = useGet<PrivacyCheckResponse>(privacyCheckUrl(type, documentId));
  const [clearing, setClearing] = React.useState<PrivacyFinding | null>(null);

  const firstSave = React.useRef(savedAt);
  const { refetch } = check;
  React.useEffect(() => {
    if (savedAt !== firstSave.current) {
      firstSave.current = savedAt;
      void refetch();
    }
  }, [savedAt, refetch]);

  const title = t('privacy.title', 'Personal data findings');
  const heading = (
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
  );
  const data = check.data?.data;

  if (check.isLoading && !data) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} role="region" aria-label={title}>
        {heading}
        <LoadingBlock small />
      </Flex>
    );
  }
  if (!data) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} role="region" aria-label={title}>
        {heading}
        {errorStatus(check.error) === 403 ? (
          <Typography variant="pi" textColor="neutral600">
            {t('privacy.forbidden', "Only members of this item's unit see its personal data findings.")}
          </Typography>
        ) : check.error ? (
          <ErrorBlock error={check.error} compact onRetry={() => void check.refetch()} />
        ) : null}
      </Flex>
    );
  }

  const status = privacyStatus(data);
  const canClear = data.enabled && data.clear.allowed;
  const open = data.findings.filter((f) => !f.cleared).length;

  const confirm = async (reason: string): Promise<boolean> => {
    if (!clearing) return true;
    try {
      await post(privacyClearUrl(type, documentId), clearanceBody(clearing.key, reason, revision));
      toggleNotification({ type: 'success', message: t('privacy.cleared', 'The finding is allowed; the reason is kept in the history.') });
      await check.refetch();
      await onCleared();
      return true;
    } catch (err) {
      if (errorStatus(err) === 409) {
        toggleNotification({
          type: 'warning',
          message: t('panel.conflict', 'Someone else changed this item in the meantime. The panel shows its current state now: check it and try again.'),
        });
        await check.refetch();
        await onCleared();
        return true;
      }
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
      return false;
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} role="region" aria-label={title}>
      {heading}
      {status === 'disabled' ? (
        <Typography variant="pi" textColor="neutral600">
          {t('privacy.disabled', 'The personal data check is turned off for this agency.')}
        </Typography>
      ) : status === 'none' ? (
        <Typography variant="pi" textColor="success700">
          {t('privacy.none', 'No personal data was found in the text and files of this item.')}
        </Typography>
      ) : status === 'blocked' ? (
        <Box padding={2} hasRadius background="danger100" borderColor="danger200" role="alert">
          <Typography variant="pi" fontWeight="bold" textColor="danger700">
            {t('privacy.blocked', 'Publishing is blocked: {count, plural, one {# finding is} other {# findings are}} neither fixed nor allowed.', { count: open })}
          </Typography>
          <Typography variant="pi" textColor="danger700" tag="p">
            {t('privacy.blockedHint', 'Remove the value from the text or file and save, or ask a reviewer to allow it with a reason.')}
          </Typography>
        </Box>
      ) : (
        <Typography variant="pi" textColor="success700">
          {t('privacy.allCleared', 'Every finding was allowed with a reason: nothing blocks publishing.')}
        </Typography>
      )}
      {data.findings.length > 0 ? (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {orderedFindings(data.findings).map((f) => (
            <FindingRow key={`${f.key}-${f.field}-${f.file?.id ?? ''}-${f.start ?? ''}`} finding={f} intl={intl} canClear={canClear} onClear={() => setClearing(f)} />
          ))}
        </Flex>
      ) : null}
      {data.enabled && open > 0 && !data.clear.allowed ? (
        <Typography variant="pi" textColor="neutral600" title={data.clear.reason ?? undefined}>
          {t('privacy.whoClears', 'A reviewer of this item who did not draft it may allow a finding, while the item is in review.')}
        </Typography>
      ) : null}
      <Typography variant="pi" textColor="neutral600" title={dateTime(data.checkedAt) ?? undefined}>
        {t('privacy.checkedAt', 'Checked {relative}', { relative: relative(data.checkedAt) ?? '—' })}
      </Typography>

      <ReasonModal
        open={clearing !== null}
        onOpenChange={(o) => (!o ? setClearing(null) : undefined)}
        title={t('privacy.clearTitle', 'Allow this finding to be published')}
        description={
          clearing
            ? t('privacy.clearDescription', '{kind} {masked} ({where}) is published as it is. Write why this value may be made public; your name and the reason are kept in the history.', {
                kind: kindLabel(t, clearing.kind),
                masked: clearing.masked,
                where: whereText(intl, clearing),
              })
            : undefined
        }
        label={t('reason.label', 'Reason')}
        confirmLabel={t('privacy.clearConfirm', 'Allow')}
        onConfirm={confirm}
      />
    </Flex>
  );
};
