// The entry file only lists what Apps Script must see as top-level functions: triggers, menu actions, sidebar
// calls and custom functions. dev/build.js writes one delegating stub per entry, with the parameter names and
// (for custom functions) the JSDoc of the declaration it points to.
import { onOpen, onInstall } from './ui/menu';
import { installTemplate } from './sheets/install';
import { insertExampleOkrs } from './sheets/examples';
import { showQualityCheck, selectCell } from './sheets/quality-check';
import { showHelp } from './sheets/help-dialog';
import { OKR_PROGRESS } from './functions/okr-progress';
import { OKR_ROLLUP } from './functions/okr-rollup';
import { OKR_STATUS } from './functions/okr-status';
import { OKR_GRADE } from './functions/okr-grade';
import { OKR_PACE } from './functions/okr-pace';
import { OKR_WEEKLY_PROGRESS } from './functions/okr-weekly-progress';
import { OKR_OVERALL } from './functions/okr-overall';
import { OKR_HISTORY } from './functions/okr-history';
import { showCheckinSidebar, getCheckinData, saveCheckin } from './sheets/checkin-server';
import {
  showClosePeriod,
  showStartNewPeriod,
  getCloseData,
  closePeriod,
  reopenLastPeriod,
} from './sheets/period-server';

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
