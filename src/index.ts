// The entry file only lists what Apps Script must see as top-level functions: triggers, menu actions, sidebar
// calls and custom functions. dev/build.js writes one delegating stub per entry, with the parameter names and
// (for custom functions) the JSDoc of the declaration it points to.
import { onOpen, onInstall } from './features/menu/action';
import { installTemplate } from './features/install/action';
import { insertExampleOkrs } from './features/examples/action';
import { showQualityCheck, selectCell } from './features/quality/action';
import { showHelp } from './features/help/action';
import { OKR_PROGRESS } from './features/functions/okr-progress';
import { OKR_ROLLUP } from './features/functions/okr-rollup';
import { OKR_STATUS } from './features/functions/okr-status';
import { OKR_GRADE } from './features/functions/okr-grade';
import { OKR_PACE } from './features/functions/okr-pace';
import { OKR_WEEKLY_PROGRESS } from './features/functions/okr-weekly-progress';
import { OKR_OVERALL } from './features/functions/okr-overall';
import { OKR_HISTORY } from './features/functions/okr-history';
import { showCheckinSidebar, getCheckinData, saveCheckin } from './features/checkin/server';
import {
  showClosePeriod,
  showStartNewPeriod,
  getCloseData,
  closePeriod,
  reopenLastPeriod,
} from './features/period/server';

export const EXPOSED = {
  OKR_PROGRESS,
  OKR_ROLLUP,
  OKR_STATUS,
  OKR_GRADE,
  OKR_PACE,
  OKR_WEEKLY_PROGRESS,
  OKR_OVERALL,
  OKR_HISTORY,
  onOpen,
  onInstall,
  installTemplate,
  insertExampleOkrs,
  showQualityCheck,
  selectCell,
  showHelp,
  showCheckinSidebar,
  getCheckinData,
  saveCheckin,
  showClosePeriod,
  getCloseData,
  closePeriod,
  reopenLastPeriod,
  showStartNewPeriod,
};
