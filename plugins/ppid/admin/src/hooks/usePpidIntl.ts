import * as React from 'react';
import { useIntl } from 'react-intl';

import type { LocalizedName } from '../api/types';
import { getTrad } from '../utils/getTrad';
import { useAgencyZone } from './useAgencyZone';
import { formatDateTime, formatDay, formatLate, formatRelative, splitMinutes } from '../utils/time';

type Values = Record<string, string | number | boolean | null | undefined | Date>;

/**
 * The plugin's translations and locale-aware formatting: `t(key, defaultMessage)` reads
 * `ppid.<key>`; `pick({ id, en })` chooses the name for the admin's language (Indonesian when the
 * admin's locale starts with "id", else English).
 */
export function usePpidIntl() {
  const intl = useIntl();
  const { locale } = intl;
  const isIndonesian = locale.toLowerCase().startsWith('id');
  const timeZone = useAgencyZone();

  return React.useMemo(() => {
    const t = (key: string, defaultMessage: string, values?: Values): string =>
      intl.formatMessage({ id: getTrad(key), defaultMessage }, values);

    const pick = (name: LocalizedName | null | undefined, fallback = ''): string => {
      if (!name) return fallback;
      return (isIndonesian ? name.id || name.en : name.en || name.id) || fallback;
    };

    const positionLabel = (position: string | null | undefined): string => {
      if (!position) return t('position.none', 'No position');
      return t(`position.${position}`, position);
    };

    const holdingLabel = (holding: string | null | undefined): string | null => {
      if (holding === 'plt') return t('holding.plt', 'Plt (acting)');
      if (holding === 'plh') return t('holding.plh', 'Plh (daily acting)');
      if (holding === 'super_admin') return t('holding.super_admin', 'as super admin');
      return null;
    };

    const typeLabel = (type: string): string => t(`type.${type}`, type);

    const relative = (iso: string | null | undefined) => formatRelative(iso, locale);
    /** "terlambat 2 hari" / "2 days late"; null when not yet due. */
    const late = (iso: string | null | undefined) => formatLate(iso, locale);
    const dateTime = (iso: string | null | undefined) => formatDateTime(iso, locale, timeZone);
    const day = (date: string | null | undefined) => formatDay(date, locale);

    const duration = (minutes: number) => {
      const { hours, minutes: rest } = splitMinutes(minutes);
      if (hours === 0) return t('time.minutes', '{minutes} min', { minutes: rest });
      return t('time.hoursMinutes', '{hours} h {minutes} min', { hours, minutes: rest });
    };

    const timeStandard = (ts: { amount: number; unit: string } | null | undefined): string | null => {
      if (!ts) return null;
      if (ts.unit === 'minutes') return t('timeStandard.minutes', '{amount} min', { amount: ts.amount });
      if (ts.unit === 'hours') return t('timeStandard.hours', '{amount, plural, one {# hour} other {# hours}}', { amount: ts.amount });
      if (ts.unit === 'days') return t('timeStandard.days', '{amount, plural, one {# working day} other {# working days}}', { amount: ts.amount });
      return `${ts.amount} ${ts.unit}`;
    };

    return { t, pick, locale, isIndonesian, timeZone, positionLabel, holdingLabel, typeLabel, relative, late, dateTime, day, duration, timeStandard };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intl, locale, isIndonesian, timeZone]);
}

export type PpidIntl = ReturnType<typeof usePpidIntl>;
