// The entry file only lists what Apps Script must see as top-level functions: triggers, menu actions, sidebar
// calls and custom functions. dev/build.mjs writes one delegating stub per entry, with the parameter names and
// (for custom functions) the JSDoc of the declaration it points to.
import { onOpen, onInstall } from './ui/menu';

export const EXPOSED = {
  onOpen,
  onInstall,
};
