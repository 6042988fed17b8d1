import { Link } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

import { useCan } from '../../hooks/useCan';
import { usePpidIntl } from '../../hooks/usePpidIntl';
import { PLUGIN_ID } from '../../pluginId';

/** The way to the DIP import wizard, for those holding dip.import (the server refuses the others anyway). */
export const ImportLink = () => {
  const { t } = usePpidIntl();
  if (!useCan('dip.import').allowed) return null;
  return (
    <Link tag={RouterLink} to={`/plugins/${PLUGIN_ID}/dip-import`} startIcon={<Upload />}>
      {t('dipRegister.import', 'Import rows')}
    </Link>
  );
};
