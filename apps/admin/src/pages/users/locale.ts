import { defineMessages } from '../../locales/define';

/** Messages of the users pages. */
export default defineMessages({}, {});
