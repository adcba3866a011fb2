import common from './common';
import menu from './menu';
import enums from './enum-labels';
import login from '../pages/login/locale';
import home from '../pages/home/locale';
import roster from '../pages/roster/locale';
import excel from '../pages/excel/locale';
import branches from '../pages/branches/locale';
import users from '../pages/users/locale';
import tokens from '../pages/tokens/locale';
import visits from '../pages/visits/locale';
import visitRecords from '../pages/visits/records/locale';
import coverage from '../pages/coverage/locale';
import funding from '../pages/funding/locale';
import report from '../pages/report/locale';
import life from '../pages/roster/life/locale';
import myTasks from '../pages/my-tasks/locale';
import settings from '../pages/settings/locale';
import campaigns from '../pages/campaigns/locale';
import partyLife from '../pages/party-life/locale';
import partyOrg from '../pages/party-org/locale';
import education from '../pages/education/locale';
import volunteers from '../pages/volunteers/locale';
import associations from '../pages/associations/locale';
import centre from '../pages/centre/locale';
import signup from '../pages/signup/locale';

export type Locale = 'zh-CN' | 'en-US';

/**
 * Every feature's messages, for the type of a message key. The console imports this module for
 * its types only (each feature's messages load with its code); the tests load it whole.
 */
export const features = [
  common,
  menu,
  enums,
  login,
  home,
  roster,
  excel,
  branches,
  users,
  tokens,
  visits,
  visitRecords,
  coverage,
  funding,
  report,
  life,
  myTasks,
  settings,
  campaigns,
  partyLife,
  partyOrg,
  education,
  volunteers,
  associations,
  centre,
  signup,
];

type Keys<F> = F extends { 'zh-CN': infer Z } ? keyof Z : never;

/** Flat dotted keys per locale (Ant Design Pro's convention), merged from each feature. */
export type MessageKey = Keys<(typeof features)[number]>;
