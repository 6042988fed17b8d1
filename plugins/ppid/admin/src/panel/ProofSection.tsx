import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Link, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';

import { CHANNELS, ONLINE_CHANNELS, type Channel } from '../../../shared/lists';
import { useAgencyZone } from '../hooks/useAgencyZone';
import { useGet } from '../hooks/useGet';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage } from '../utils/errors';
import { PUBLICATION_RECORDS_URL, proofBody, proofListUrl, proofProblems, type ProofDraft, type ProofProblems } from '../utils/proof';
import { joinZonedInput, splitZonedInput, toZonedInput, zoneAbbreviation } from '../utils/zonedTime';

type Client = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };
type ProofRow = { documentId: string; channel: Channel; url: string | null; channelPublishedAt: string; note: string | null };

/**
 * When the item appeared on the channel, on the agency's wall clock: a date "dd/mm/yyyy" and a
 * 24-hour time, labelled with the zone ("WIB"), the same in every browser language.
 */
export const ProofTimeFields = ({ date, time, zone, error, onChange }: { date: string; time: string; zone: string; error?: string; onChange: (date: string, time: string) => void }) => {
  const { t } = usePpidIntl();
  const zoneName = zoneAbbreviation(zone);
  return (
    <Flex direction="column" alignItems="stretch" gap={1} role="group" aria-label={t('proof.at', 'Appeared on the channel')}>
      <Typography variant="pi" fontWeight="bold" textColor="neutral800">
        {t('proof.at', 'Appeared on the channel')}
      </Typography>
      <Flex gap={2} alignItems="flex-start">
        <Box flex="3">
          <Field.Root name="channelPublishedDate" id="ppid-proof-date" required error={error}>
            <Field.Label>{t('proof.date', 'Date (dd/mm/yyyy)')}</Field.Label>
            <TextInput inputMode="numeric" placeholder={t('proof.datePlaceholder', 'dd/mm/yyyy')} maxLength={10} value={date} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value, time)} />
            <Field.Error />
          </Field.Root>
        </Box>
        <Box flex="2">
          <Field.Root name="channelPublishedTime" id="ppid-proof-time" required>
            <Field.Label>{t('proof.time', 'Time ({zone}, 24-hour)', { zone: zoneName })}</Field.Label>
            <TextInput inputMode="numeric" placeholder={t('proof.timePlaceholder', 'hh:mm')} maxLength={5} value={time} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(date, e.target.value)} />
          </Field.Root>
        </Box>
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t('proof.atHint', 'Date and time it appeared, {zone}', { zone: zoneName })}
      </Typography>
    </Flex>
  );
};

/**
 * Proof of publication from the workflow panel (SOP 190/2024 step 6): the item's records, and a form
 * for a new one (channel, when it appeared, a URL or a file). The file goes to the Media Library and
 * the record through the Content Manager's own route: the same rights and rules as its form, and the
 * server writes who recorded it.
 */
export const ProofSection = ({ documentId, onRecorded }: { documentId: string; onRecorded: () => Promise<void> }) => {
  const { t, dateTime } = usePpidIntl();
  const zone = useAgencyZone();
  const { post } = useFetchClient() as unknown as Client;
  const { toggleNotification } = useNotification();
  const records = useGet<{ results: ProofRow[] }>(proofListUrl(documentId));
  const blank = (): ProofDraft => ({ channel: '', url: '', at: toZonedInput(new Date(), zone), note: '' });
  const [draft, setDraft] = React.useState<ProofDraft | null>(null);
  // What was typed in the date and time fields; the draft keeps their wall-clock value ('' when not one).
  const [when, setWhen] = React.useState({ date: '', time: '' });
  const start = () => {
    const fresh = blank();
    setWhen(splitZonedInput(fresh.at));
    setDraft(fresh);
  };
  const [file, setFile] = React.useState<File | null>(null);
  const [problems, setProblems] = React.useState<ProofProblems>({});
  const [busy, setBusy] = React.useState(false);
  const rows = records.data?.results ?? [];
  const channelLabel = (c: string) => t(`channel.${c}`, c);

  const submit = async () => {
    if (!draft) return;
    const found = proofProblems(draft, file !== null, zone);
    setProblems(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      let fileId: number | null = null;
      if (file) {
        const form = new FormData();
        form.append('files', file);
        const uploaded = await post<{ id: number }[]>('/upload', form);
        fileId = uploaded.data[0]?.id ?? null;
      }
      await post(PUBLICATION_RECORDS_URL, proofBody(documentId, draft, zone, fileId));
      toggleNotification({ type: 'success', message: t('proof.saved', 'Proof of publication recorded.') });
      setDraft(null);
      setFile(null);
      await records.refetch();
      await onRecorded();
    } catch (err) {
      toggleNotification({ type: 'danger', message: errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.') });
    } finally {
      setBusy(false);
    }
  };

  const urlProblem = problems.url === 'invalid' ? t('proof.urlInvalid', 'Use an http(s) address.') : problems.url === 'required' ? t('proof.urlRequired', 'Give the address where it appeared, or attach a file.') : undefined;
  const atProblem = problems.at === 'future' ? t('proof.atFuture', 'This time is still in the future.') : problems.at ? t('proof.atInvalid', 'Give the date as dd/mm/yyyy and the time as hh:mm (24-hour).') : undefined;

  return (
    <Flex direction="column" alignItems="stretch" gap={2} role="region" aria-label={t('proof.title', 'Proof of publication')}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('proof.title', 'Proof of publication')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('proof.none', 'No proof recorded yet.')}
        </Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
          {rows.map((r) => (
            <Box tag="li" key={r.documentId}>
              <Typography variant="pi" fontWeight="bold">
                {channelLabel(r.channel)} · {ONLINE_CHANNELS.includes(r.channel) ? t('proof.online', 'online') : t('proof.offline', 'offline')}
              </Typography>
              <Typography variant="pi" textColor="neutral600" tag="p">
                {dateTime(r.channelPublishedAt) ?? '—'}
              </Typography>
              {r.url ? (
                <Link href={r.url} isExternal title={r.url}>
                  {r.url.length > 30 ? `${r.url.replace(/^https?:\/\//, '').slice(0, 28)}…` : r.url}
                </Link>
              ) : null}
            </Box>
          ))}
        </Flex>
      )}
      {draft ? (
        // Not a <form>: the panel sits inside the edit view's own form, which must not be submitted.
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="channel" id="ppid-proof-channel" required error={problems.channel ? t('proof.channelRequired', 'Choose the channel.') : undefined}>
            <Field.Label>{t('proof.channel', 'Channel')}</Field.Label>
            <SingleSelect value={draft.channel} onChange={(v: string | number) => setDraft({ ...draft, channel: String(v) })} placeholder={t('proof.channelPick', 'Choose a channel')}>
              {CHANNELS.map((c) => (
                <SingleSelectOption key={c} value={c}>
                  {channelLabel(c)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>
          <ProofTimeFields
            date={when.date}
            time={when.time}
            zone={zone}
            error={atProblem}
            onChange={(date, time) => {
              setWhen({ date, time });
              setDraft({ ...draft, at: joinZonedInput(date, time) });
            }}
          />
          <Field.Root name="url" id="ppid-proof-url" error={urlProblem}>
            <Field.Label>{t('proof.url', 'Address (URL)')}</Field.Label>
            <TextInput type="url" value={draft.url} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, url: e.target.value })} />
            <Field.Error />
          </Field.Root>
          <Field.Root name="proofFile" id="ppid-proof-file" hint={t('proof.fileHint', 'A photo or scan of the notice board, a screenshot, a PDF.')}>
            <Field.Label>{t('proof.file', 'File (optional with a URL)')}</Field.Label>
            <input type="file" accept="image/*,application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <Field.Hint />
          </Field.Root>
          <Field.Root name="note" id="ppid-proof-note">
            <Field.Label>{t('proof.note', 'Note')}</Field.Label>
            <Textarea value={draft.note} maxLength={1000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, note: e.target.value })} />
          </Field.Root>
          <Flex gap={2}>
            <Button loading={busy} disabled={busy} onClick={() => void submit()}>
              {t('proof.save', 'Record proof')}
            </Button>
            <Button variant="tertiary" disabled={busy} onClick={() => { setDraft(null); setProblems({}); setFile(null); }}>
              {t('proof.cancel', 'Cancel')}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Button variant="secondary" startIcon={<Plus />} onClick={start}>
          {t('proof.add', 'Record proof of publication')}
        </Button>
      )}
    </Flex>
  );
};
