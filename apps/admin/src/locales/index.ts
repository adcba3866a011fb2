import common from './common';
import { enumMessages } from './enum-labels';
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

const zh = {
  ...common['zh-CN'],
  ...enumMessages('zh-CN'),
  ...login['zh-CN'],
  ...home['zh-CN'],
  ...roster['zh-CN'],
  ...excel['zh-CN'],
  ...branches['zh-CN'],
  ...users['zh-CN'],
  ...tokens['zh-CN'],
  ...visits['zh-CN'],
  ...visitRecords['zh-CN'],
  ...coverage['zh-CN'],
  ...funding['zh-CN'],
  ...report['zh-CN'],
  ...life['zh-CN'],
  ...myTasks['zh-CN'],
  ...settings['zh-CN'],
  ...campaigns['zh-CN'],
  ...partyLife['zh-CN'],
  ...partyOrg['zh-CN'],
  ...education['zh-CN'],
  ...volunteers['zh-CN'],
  ...associations['zh-CN'],
  ...centre['zh-CN'],
  ...signup['zh-CN'],
};

/** Flat dotted keys per locale (Ant Design Pro's convention), merged from each feature. */
export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  ...common['en-US'],
  ...enumMessages('en-US'),
  ...login['en-US'],
  ...home['en-US'],
  ...roster['en-US'],
  ...excel['en-US'],
  ...branches['en-US'],
  ...users['en-US'],
  ...tokens['en-US'],
  ...visits['en-US'],
  ...visitRecords['en-US'],
  ...coverage['en-US'],
  ...funding['en-US'],
  ...report['en-US'],
  ...life['en-US'],
  ...myTasks['en-US'],
  ...settings['en-US'],
  ...campaigns['en-US'],
  ...partyLife['en-US'],
  ...partyOrg['en-US'],
  ...education['en-US'],
  ...volunteers['en-US'],
  ...associations['en-US'],
  ...centre['en-US'],
  ...signup['en-US'],
};

export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, 'en-US': en };
