/**
 * Why a Google sheet could not be read, each with its own message (i18n `imports.sheets.<problem>`):
 * notConfigured — no sheet in the settings; notFound — wrong id or link; noAccess — the service account
 * is not shared on the sheet; notPublic — no key, and the sheet is not "anyone with the link";
 * badKey — Google refused the key; keyLost — the kept key cannot be decrypted here (a database restored
 * on another PC); apiDisabled — the Sheets API is off in the key's Google Cloud project; clock — Google
 * refused the key because this PC's clock is wrong; notASheet — an .xlsx kept in Drive, not a Google
 * sheet; badRange — the range names no tab or cells; offline — Google
 * cannot be reached (no internet); unavailable — Google answered with an error of its own, try later.
 */
export type SheetsProblemKind =
  | 'notConfigured'
  | 'notFound'
  | 'noAccess'
  | 'notPublic'
  | 'badKey'
  | 'keyLost'
  | 'apiDisabled'
  | 'clock'
  | 'notASheet'
  | 'badRange'
  | 'offline'
  | 'unavailable';

export class SheetsProblem extends Error {
  constructor(readonly kind: SheetsProblemKind) {
    super(`google sheets: ${kind}`);
    this.name = 'SheetsProblem';
  }
}
