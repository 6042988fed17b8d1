import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { adminUrl } from '../../../shared/routes';

type FetchClient = { get: <T>(url: string) => Promise<{ data: T }> };

/** The plugin's default (config `timezone`) until the server says otherwise: WIB. */
export const DEFAULT_ZONE = 'Asia/Jakarta';

let zone: string | null = null;
let loading: Promise<string> | null = null;
const listeners = new Set<(z: string) => void>();

/**
 * The agency's time zone (GET /ppid/settings), read once per page load and shared by every
 * component: times in the admin are shown in it, not in the browser's zone.
 */
export function useAgencyZone(): string {
  const { get } = useFetchClient() as FetchClient;
  const [value, setValue] = React.useState(zone ?? DEFAULT_ZONE);
  React.useEffect(() => {
    listeners.add(setValue);
    if (zone) setValue(zone);
    else if (!loading) {
      loading = get<{ data: { timezone: string } }>(adminUrl('settings'))
        .then((r) => r.data.data.timezone)
        .then(
          (z) => {
            zone = z;
            listeners.forEach((l) => l(z));
            return z;
          },
          () => {
            loading = null; // try again on the next page
            return DEFAULT_ZONE;
          }
        );
    }
    return () => {
      listeners.delete(setValue);
    };
  }, [get]);
  return value;
}
