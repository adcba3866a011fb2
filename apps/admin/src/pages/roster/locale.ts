import { defineMessages } from '../../locales/define';

/** Messages of the roster pages. */
export default defineMessages({}, {});
