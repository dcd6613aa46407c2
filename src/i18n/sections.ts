import type { Catalog } from './catalog';
import * as en from './en';
import * as fr from './fr';

/**
 * Each section of the catalogue in every language. Import the one you need: a bundle that names only CHECKIN carries
 * only the check-in's texts.
 */
type SectionOf<S> = Catalog<Extract<keyof S, string>>;

export const CORE: SectionOf<typeof en.core> = { en: en.core, fr: fr.core };
export const SCHEMA: SectionOf<typeof en.schema> = { en: en.schema, fr: fr.schema };
export const FUNCTIONS: SectionOf<typeof en.functions> = { en: en.functions, fr: fr.functions };
export const CHECKIN: SectionOf<typeof en.checkin> = { en: en.checkin, fr: fr.checkin };
export const SIDEBAR: SectionOf<typeof en.sidebar> = { en: en.sidebar, fr: fr.sidebar };
export const CHECKIN_SAVE: SectionOf<typeof en.checkinSave> = { en: en.checkinSave, fr: fr.checkinSave };
export const PERIOD: SectionOf<typeof en.period> = { en: en.period, fr: fr.period };
export const CLOSE_DIALOG: SectionOf<typeof en.closeDialog> = { en: en.closeDialog, fr: fr.closeDialog };
export const INSTALL: SectionOf<typeof en.install> = { en: en.install, fr: fr.install };
export const QUALITY: SectionOf<typeof en.quality> = { en: en.quality, fr: fr.quality };
export const EXAMPLES: SectionOf<typeof en.examples> = { en: en.examples, fr: fr.examples };
