import { defineMessages } from '../../locales/define';

export default defineMessages(
  {
    'settings.title': '个人设置',
    'settings.account': '账号 {username}（{role}）',
    'settings.profile': '显示名称',
    'settings.displayName': '姓名',
    'settings.displayNameRequired': '请填写姓名',
    'settings.profileSaved': '姓名已更新',
    'settings.password': '修改密码',
    'settings.currentPassword': '当前密码',
    'settings.currentRequired': '请输入当前密码',
    'settings.newPassword': '新密码',
    'settings.confirmPassword': '再次输入新密码',
    'settings.confirmMismatch': '两次输入的新密码不一致',
    'settings.passwordHint': '修改后，您在其他设备上的登录将失效，需用新密码重新登录。',
    'settings.passwordSaved': '密码已修改，其他设备上的登录已退出',
    'settings.changePassword': '修改密码',
  },
  {
    'settings.title': 'Settings',
    'settings.account': 'Account {username} ({role})',
    'settings.profile': 'Display name',
    'settings.displayName': 'Name',
    'settings.displayNameRequired': 'Enter your name',
    'settings.profileSaved': 'Name updated',
    'settings.password': 'Change password',
    'settings.currentPassword': 'Current password',
    'settings.currentRequired': 'Enter your current password',
    'settings.newPassword': 'New password',
    'settings.confirmPassword': 'New password again',
    'settings.confirmMismatch': 'The two new passwords differ',
    'settings.passwordHint':
      'Afterwards your sign-ins on other devices end; they sign in again with the new password.',
    'settings.passwordSaved': 'Password changed; other devices are signed out',
    'settings.changePassword': 'Change password',
  },
);
