import { defineMessages } from '../../locales/define';

/** Messages of the branches pages. */
export default defineMessages({}, {});
