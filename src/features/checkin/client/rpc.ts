import { serverApi } from '../../../html/rpc';

/** The sidebar's server calls, typed from EXPOSED (src/index.ts). */
export const server = serverApi(['getCheckinData', 'saveCheckin']);
export type ServerApi = typeof server;
