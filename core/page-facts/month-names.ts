/** Month names as written in running text (lower case), January first: read in dates and written back. */
export const MONTH_NAMES: Readonly<Record<'en' | 'es', readonly string[]>> = {
  en: 'january february march april may june july august september october november december'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};
