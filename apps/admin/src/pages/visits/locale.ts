import { defineMessages } from '../../locales/define';

/** Messages of the visit pages: the 待访 board, recording visits, life events. */
export default defineMessages(
  {
    'visits.title': '待访任务',
  },
  {
    'visits.title': 'Visits due',
  },
);
