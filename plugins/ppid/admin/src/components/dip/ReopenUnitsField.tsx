import { Checkbox, Field, Flex, Typography } from '@strapi/design-system';

import type { DipSubmission } from '../../api/dip';
import { usePpidIntl } from '../../hooks/usePpidIntl';

/** The accepted submissions a return of the list may reopen: the units whose rows the check accepted. */
export const reopenable = (submissions: DipSubmission[]) => submissions.filter((s) => s.state === 'accepted' && s.unit);

/**
 * Which units' accepted submissions a return of the list to its collection reopens (all checked at
 * first); the unchecked keep theirs accepted. `chosen` holds unit codes.
 */
export const ReopenUnitsField = ({ submissions, chosen, onChange }: { submissions: DipSubmission[]; chosen: string[]; onChange: (codes: string[]) => void }) => {
  const { t } = usePpidIntl();
  const units = reopenable(submissions);
  const toggle = (code: string, on: boolean) => onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <Field.Root name="units" hint={t('dipRegister.reopen.hint', 'The units left unchecked keep their accepted submission.')}>
      <Field.Label>{t('dipRegister.reopen.units', 'Units whose submissions reopen')}</Field.Label>
      {units.length === 0 ? (
        <Typography textColor="neutral600">{t('dipRegister.reopen.noneAccepted', 'No unit’s submission is accepted: nothing reopens.')}</Typography>
      ) : (
        <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={1}>
          {units.map((s) => (
            <Checkbox key={s.unit!.code} checked={chosen.includes(s.unit!.code)} onCheckedChange={(on: boolean | 'indeterminate') => toggle(s.unit!.code, on === true)}>
              {s.unit!.name}
            </Checkbox>
          ))}
        </Flex>
      )}
      <Field.Hint />
    </Field.Root>
  );
};
