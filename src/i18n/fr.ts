import type * as en from './en';
import type { Texts } from './catalog';

/** Every French text, section by section; each is typed by the English section's keys (see catalog.ts). */
type Section<S> = Texts<Extract<keyof S, string>>;

// @section core
export const core: Section<typeof en.core> = {
  statusDone: 'Terminé',
  statusOnTrack: 'En bonne voie',
  statusAtRisk: 'À risque',
  statusOffTrack: 'En retard',
  gradeRed: 'Rouge',
  gradeYellow: 'Jaune',
  gradeGreen: 'Vert',
  commitmentAspirational: 'Ambitieux',
  commitmentCommitted: 'Engagé',
  kindIncrease: 'Augmenter',
  kindDecrease: 'Réduire',
  kindStayAbove: 'Rester au-dessus',
  kindStayBelow: 'Rester en dessous',
  kindMilestone: 'Jalon',
};

// @section schema
export const schema: Section<typeof en.schema> = {};

// @section functions
export const functions: Section<typeof en.functions> = {};

// @section checkin
export const checkin: Section<typeof en.checkin> = {};

// @section period
export const period: Section<typeof en.period> = {};

// @section install
export const install: Section<typeof en.install> = {};

// @section quality
export const quality: Section<typeof en.quality> = {};

// @section examples
export const examples: Section<typeof en.examples> = {};
