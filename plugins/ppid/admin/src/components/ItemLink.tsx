import { Link } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { editViewPath } from '../utils/paths';

/** A link to the item's edit view in the Content Manager. */
export const ItemLink = ({ type, documentId, title, label }: { type: string; documentId: string; title: string; label?: string }) => (
  <Link tag={RouterLink} to={editViewPath(type, documentId)} aria-label={label}>
    {title}
  </Link>
);
