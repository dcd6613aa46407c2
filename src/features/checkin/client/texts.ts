import { joinSections } from '../../../i18n/catalog';
import { CHECKIN, SIDEBAR } from '../../../i18n/sections';

/** The sidebar's texts: the check-in section it shares with the server, and its own labels. */
export const TEXTS = joinSections(CHECKIN, SIDEBAR);
