import common from './common';
import login from '../pages/login/locale';
import type { Locale, MessageKey } from '.';

/**
 * What the sign-in page says, loaded with it; the rest of the console's messages come with the
 * signed-in chunk (`addMessages` in app/SignedIn.tsx), so the first load carries neither.
 */
export const firstMessages: Record<Locale, Partial<Record<MessageKey, string>>> = {
  'zh-CN': { ...common['zh-CN'], ...login['zh-CN'] },
  'en-US': { ...common['en-US'], ...login['en-US'] },
};
