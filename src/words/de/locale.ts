import type { Locale } from '../en/locale';

export const locale: Locale = {
  code: 'de',
  numbers: 'de-DE',
  dates: 'de-DE',
};
