import { defineMessages } from '../../locales/define';

/** Messages of the funding pages: budget lines, disbursements, the payment list. */
export default defineMessages(
  {
    'funding.title': '经费管理',
  },
  {
    'funding.title': 'Funding',
  },
);
