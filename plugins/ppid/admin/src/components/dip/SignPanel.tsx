import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Feather } from '@strapi/icons';

import { usePpidIntl } from '../../hooks/usePpidIntl';

/**
 * The head's signature on the edition: the decree number, then a confirmation. Shown only when the
 * server's view lets the viewer take the signing step; the server checks the head rule again.
 */
export const SignPanel = ({ busy, onSign }: { busy: boolean; onSign: (decreeNumber: string) => void }) => {
  const { t } = usePpidIntl();
  const [decree, setDecree] = React.useState('');
  const [touched, setTouched] = React.useState(false);
  const problem = decree.trim() ? undefined : t('dipRegister.sign.decreeRequired', 'The decree number is required.');
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!problem) onSign(decree.trim());
        }}
      >
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h3">{t('dipRegister.sign.title', 'Sign and enact')}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('dipRegister.sign.hint', 'Your signature enacts this edition: its content is frozen and published. The signature block is taken from your position.')}
          </Typography>
          <Field.Root name="decreeNumber" required error={touched ? problem : undefined}>
            <Field.Label>{t('dipRegister.sign.decree', 'Decree number')}</Field.Label>
            <TextInput value={decree} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDecree(e.target.value)} onBlur={() => setTouched(true)} />
            <Field.Error />
          </Field.Root>
          <Flex>
            <Button type="submit" variant="success" startIcon={<Feather />} loading={busy}>
              {t('dipRegister.sign.action', 'Sign the DIP')}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
};
