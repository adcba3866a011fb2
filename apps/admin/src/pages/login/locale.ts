import { defineMessages } from '../../locales/define';

export default defineMessages(
  {
    'login.title': '登录晚霞',
    'login.lead': '县委老干部局 · 离退休干部台账、走访慰问与经费管理',
    'login.username': '用户名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.usernameRequired': '请输入用户名',
    'login.passwordRequired': '请输入密码',
    'login.expired': '登录已过期，请重新登录',
  },
  {
    'login.title': 'Sign in to Wanxia',
    'login.lead': 'The retired-cadre bureau: roster, visits and funding',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.usernameRequired': 'Enter your username',
    'login.passwordRequired': 'Enter your password',
    'login.expired': 'Your session has ended; please sign in again',
  },
);
