import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Feather } from '@strapi/icons';

import { usePpidIntl } from '../../hooks/usePpidIntl';

/** What the panel says: its title, what the signature does, the button. The DIP edition's by default. */
export interface SignTexts {
  title: string;
  hint: string;
  action: string;
}

/**
 * The head's signature on a list (the DIP edition, the list of excluded information): the decree
 * number, then a confirmation. Shown only when the server's view lets the viewer take the signing
 * step; the server checks the head rule again.
 */
export const SignPanel = ({ busy, onSign, texts }: { busy: boolean; onSign: (decreeNumber: string) => void; texts?: SignTexts }) => {
  const { t } = usePpidIntl();
  const say: SignTexts = texts ?? {
    title: t('dipRegister.sign.title', 'Sign and enact'),
    hint: t('dipRegister.sign.hint', 'Your signature enacts this edition: its content is frozen and published. The signature block is taken from your position.'),
    action: t('dipRegister.sign.action', 'Sign the DIP'),
  };
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
          <Typography variant="delta" tag="h3">{say.title}</Typography>
          <Typography variant="pi" textColor="neutral600">
            {say.hint}
          </Typography>
          <Field.Root name="decreeNumber" required error={touched ? problem : undefined}>
            <Field.Label>{t('dipRegister.sign.decree', 'Decree number')}</Field.Label>
            <TextInput value={decree} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDecree(e.target.value)} onBlur={() => setTouched(true)} />
            <Field.Error />
          </Field.Root>
          <Flex>
            <Button type="submit" variant="success" startIcon={<Feather />} loading={busy}>
              {say.action}
            </Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
};
