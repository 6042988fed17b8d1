import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise, Check, Upload } from '@strapi/icons';

import type { DipImportReport, DipImportResponse } from '../api/types';
import { DownloadButtons } from '../components/DownloadButtons';
import { ImportReport } from '../components/ImportReport';
import { usePpidIntl } from '../hooks/usePpidIntl';
import { errorMessage, validationProblems } from '../utils/errors';
import { adminUrl } from '../../../shared/routes';

export const DIP_IMPORT_URL = adminUrl('importDip');
const TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;

type PostClient = { post: <T>(url: string, body: unknown) => Promise<{ data: T }> };

/** The multipart body of POST /ppid/dip/import: the file, and `confirm=true` to import. */
export function importForm(file: File, confirm: boolean): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (confirm) form.append('confirm', 'true');
  return form;
}

const Step = ({ number, title, children }: { number: number; title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">{`${number}. ${title}`}</Typography>
      {children}
    </Flex>
  </Box>
);

/**
 * The DIP import wizard: download the template, choose a filled-in file, check it (a dry run: every
 * bad row with its row number and reasons, nothing written), then import the valid rows as draft DIP
 * entries of their units. Confirming sends the same file again: the server checks it once more.
 */
export const DipImportPage = () => {
  const { t } = usePpidIntl();
  const { post } = useFetchClient() as PostClient;
  const input = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [check, setCheck] = React.useState<DipImportReport | null>(null);
  const [result, setResult] = React.useState<DipImportReport | null>(null);
  const [busy, setBusy] = React.useState<'check' | 'import' | null>(null);
  const [failure, setFailure] = React.useState<string[] | null>(null);

  const reset = () => {
    setFile(null);
    setCheck(null);
    setResult(null);
    setFailure(null);
    if (input.current) input.current.value = '';
  };

  const send = async (confirm: boolean) => {
    if (!file) return;
    setBusy(confirm ? 'import' : 'check');
    setFailure(null);
    try {
      const res = await post<DipImportResponse>(DIP_IMPORT_URL, importForm(file, confirm));
      if (confirm) setResult(res.data.data);
      else setCheck(res.data.data);
    } catch (err) {
      const problems = validationProblems(err).map((p) => p.message);
      setFailure(problems.length ? problems : [errorMessage(err) ?? t('error.generic', 'Something went wrong. Please try again.')]);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box paddingTop={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Step number={1} title={t('dipImport.template', 'Download the template')}>
          <Typography textColor="neutral700">
            {t('dipImport.template.help', 'One row per DIP entry, in the columns of the register. The unit column takes the unit code; you can import rows only for the units you work for.')}
          </Typography>
          <DownloadButtons
            formats={TEMPLATE_FORMATS}
            url={(f) => adminUrl('importTemplate', { format: f })}
            fallback={(f) => `templat-impor-dip.${f}`}
            label={(f) => t('dipImport.template.download', 'Template ({format})', { format: f.toUpperCase() })}
          />
        </Step>
        <Step number={2} title={t('dipImport.file', 'Choose the filled-in file and check it')}>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".xlsx,.csv"
            aria-label={t('dipImport.file.label', 'DIP file (.xlsx or .csv)')}
            style={{ display: 'none' }}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setCheck(null);
              setResult(null);
              setFailure(null);
            }}
          />
          <Flex gap={3} wrap="wrap">
            <Button variant="secondary" startIcon={<Upload />} onClick={() => input.current?.click()} disabled={busy !== null}>
              {t('dipImport.file.choose', 'Choose a file')}
            </Button>
            <Typography textColor={file ? 'neutral800' : 'neutral600'}>{file ? file.name : t('dipImport.file.none', 'No file chosen (.xlsx or .csv, at most 5 MB)')}</Typography>
            <Button onClick={() => void send(false)} disabled={!file || busy !== null || !!result} loading={busy === 'check'}>
              {t('dipImport.check', 'Check the file')}
            </Button>
          </Flex>
          {failure ? (
            <Box role="alert" padding={3} background="danger100" hasRadius borderColor="danger200">
              {failure.map((m) => (
                <Typography key={m} tag="p" textColor="danger700">
                  {m}
                </Typography>
              ))}
            </Box>
          ) : null}
          {check && !result ? <ImportReport report={check} /> : null}
        </Step>
        <Step number={3} title={t('dipImport.confirm', 'Import the valid rows')}>
          {result ? (
            <>
              <Typography textColor="success700">
                {t('dipImport.done', '{created, plural, =0 {No entry was created.} one {# DIP entry was created as a draft of its unit.} other {# DIP entries were created as drafts of their units.}}', { created: result.created })}
              </Typography>
              <ImportReport report={result} />
              <Box>
                <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reset}>
                  {t('dipImport.again', 'Import another file')}
                </Button>
              </Box>
            </>
          ) : (
            <>
              <Typography textColor="neutral700">
                {check
                  ? t('dipImport.confirm.help', '{valid, plural, =0 {No valid row to import: correct the file and check it again.} one {# valid row will be created as a draft DIP entry; the rows with problems are left out.} other {# valid rows will be created as draft DIP entries; the rows with problems are left out.}}', { valid: check.valid })
                  : t('dipImport.confirm.first', 'Check a file first.')}
              </Typography>
              <Box>
                <Button startIcon={<Check />} onClick={() => void send(true)} disabled={!check || check.valid === 0 || busy !== null} loading={busy === 'import'}>
                  {t('dipImport.confirm.button', 'Import {valid, plural, one {# row} other {# rows}}', { valid: check?.valid ?? 0 })}
                </Button>
              </Box>
            </>
          )}
        </Step>
      </Flex>
    </Box>
  );
};
