import { defineMessages } from '../../locales/define';

/** Messages of the tokens pages. */
export default defineMessages({}, {});
