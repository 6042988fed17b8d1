/**
 * Pieces shared by the request desk's pages: the working days left, the letters to print, and the
 * workflow steps of a request or an objection (the engine's transitions, sent as everywhere else).
 */
import * as React from 'react';
import { Badge, Box, Button, Flex, Searchbar, SearchForm, Typography } from '@strapi/design-system';

import type { AvailableTransition, ItemWorkflowResponse } from '../../api/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PdfButton } from '../../components/PdfButton';
import { ReasonModal } from '../../components/ReasonModal';
import { useCan } from '../../hooks/useCan';
import { useGet } from '../../hooks/useGet';
import { usePostAction } from '../../hooks/usePostAction';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { adminUrl } from '../../../../shared/routes';

/** "sisa 3 hari kerja" / "Terlambat 2 hari kerja" / "Dijawab" for a deadline counted in working days. */
export const WorkingDaysLeft = ({ left, overdue }: { left: number | null; overdue: boolean }) => {
  const { t } = usePpidIntl();
  if (left === null) return <Typography variant="pi" textColor="neutral600">{t('requests.days.answered', 'Answered')}</Typography>;
  if (overdue || left < 0) {
    return (
      <Typography variant="pi" fontWeight="bold" textColor="danger600">
        {t('requests.days.late', '{days, plural, one {# working day} other {# working days}} late', { days: Math.max(1, Math.abs(left)) })}
      </Typography>
    );
  }
  return (
    <Typography variant="pi" textColor={left <= 3 ? 'warning600' : 'neutral700'}>
      {t('requests.days.left', '{days, plural, one {# working day} other {# working days}} left', { days: left })}
    </Typography>
  );
};

export const ExtendedBadge = () => {
  const { t } = usePpidIntl();
  return <Badge variant="secondary">{t('requests.extended', 'Extended')}</Badge>;
};

/** The letters a request or an objection can print now, each a PDF download with the admin token. */
export const Letters = ({ letters, url, prefix, number }: { letters: readonly string[]; url: (letter: string) => string; prefix: 'requests' | 'objections'; number: string }) => {
  const { t } = usePpidIntl();
  if (letters.length === 0) return <Typography variant="pi" textColor="neutral600">{t('requests.letters.none', 'No letter can be printed yet.')}</Typography>;
  return (
    <Flex gap={2} wrap="wrap">
      {letters.map((letter) => (
        <PdfButton key={letter} url={url(letter)} fileName={`${number}-${letter}.pdf`} label={t(`${prefix}.letter.${letter}`, letter)} />
      ))}
    </Flex>
  );
};

type Pending = { revision: number; step: AvailableTransition } | null;

/**
 * The steps open to the viewer on an info-request or objection (GET the item's workflow view,
 * POST its transition with the revision): a confirmation, or a reason when the step needs one.
 * A step that is not allowed is shown disabled with the server's reason.
 */
export const WorkflowSteps = ({ type, documentId, onDone }: { type: 'info-request' | 'objection'; documentId: string; onDone: () => Promise<void> | void }) => {
  const { t, pick } = usePpidIntl();
  const canAct = useCan('workflow.transition').allowed;
  const item = useGet<ItemWorkflowResponse>(adminUrl('item', { type, documentId }));
  const { run, busy } = usePostAction();
  const [pending, setPending] = React.useState<Pending>(null);
  const state = item.data?.data.state ?? null;
  const steps = state && state.status === 'active' ? item.data?.data.transitions ?? [] : [];
  const url = adminUrl('transition', { type, documentId });
  const go = async (body: Record<string, unknown>) => {
    const done = (await run('step', url, body, t('requests.stepDone', 'Done: {step}.', { step: pending ? pick(pending.step.label) : '' }))) !== undefined;
    if (done) {
      await item.refetch();
      await onDone();
    }
    return done;
  };
  return (
    <Box>
      <Flex gap={2} wrap="wrap" alignItems="center">
        {state ? (
          <Typography variant="pi">
            {t('requests.stage', 'Stage')}: <Typography variant="pi" fontWeight="bold">{pick(state.stageName)}</Typography>
          </Typography>
        ) : null}
        {steps.map((step) => (
          <Button
            key={step.key}
            size="S"
            variant={step.action === 'return' || step.action === 'cancel' ? 'danger-light' : 'default'}
            disabled={!canAct || !step.allowed || busy !== null}
            title={!step.allowed ? step.reason : undefined}
            onClick={() => (state ? setPending({ revision: state.revision, step }) : undefined)}
          >
            {pick(step.label)}
          </Button>
        ))}
      </Flex>
      {/* Why a step is not open yet (e.g. the written notice is missing), as the server says it. */}
      {steps.some((s) => !s.allowed && s.reason) ? (
        <Flex tag="ul" direction="column" alignItems="flex-start" gap={1} paddingTop={2}>
          {steps
            .filter((s) => !s.allowed && s.reason)
            .map((s) => (
              <Typography key={s.key} tag="li" variant="pi" textColor="neutral600">
                {`${pick(s.label)}: ${s.reason}`}
              </Typography>
            ))}
        </Flex>
      ) : null}
      <ConfirmModal
        open={!!pending && !pending.step.reasonRequired}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={pending ? pick(pending.step.label) : ''}
        description={pending ? t('requests.stepConfirm', 'Take the step “{step}”?', { step: pick(pending.step.label) }) : ''}
        confirmLabel={pending ? pick(pending.step.label) : ''}
        onConfirm={async () => (pending ? go({ transition: pending.step.key, revision: pending.revision }) : false)}
      />
      <ReasonModal
        open={!!pending && pending.step.reasonRequired}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={pending ? pick(pending.step.label) : ''}
        label={t('dipRegister.reason', 'Reason')}
        required
        confirmLabel={pending ? pick(pending.step.label) : ''}
        onConfirm={async (reason) => (pending ? go({ transition: pending.step.key, revision: pending.revision, reason }) : false)}
      />
    </Box>
  );
};

/** A titled white block of the panel. */
export const Section = ({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap" paddingBottom={3}>
      <Typography variant="delta" tag="h2">{title}</Typography>
      {actions}
    </Flex>
    {children}
  </Box>
);

/**
 * The search box of a desk list: `search` is what is typed, `onSearch` gets the trimmed query (null
 * when empty or cleared) when it is sent.
 */
export const DeskSearch = ({
  search,
  setSearch,
  onSearch,
  label,
  placeholder,
}: {
  search: string;
  setSearch: (text: string) => void;
  onSearch: (q: string | null) => void;
  label: string;
  placeholder: string;
}) => {
  const { t } = usePpidIntl();
  return (
    <SearchForm
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        onSearch(search.trim() || null);
      }}
    >
      <Searchbar
        name="q"
        value={search}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearch(e.target.value)}
        onClear={() => {
          setSearch('');
          onSearch(null);
        }}
        clearLabel={t('requests.search.clear', 'Clear')}
        placeholder={placeholder}
      >
        {label}
      </Searchbar>
    </SearchForm>
  );
};
