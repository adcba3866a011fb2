import { defineMessages } from '../../locales/define';

export default defineMessages(
  {
    'home.welcome': '{name}，您好',
    'home.lead': '今天是 {date}。',
    'home.members': '在册人员',
    'home.branches': '党组织',
    'home.lixiu': '离休干部',
    'home.medal': '今年可获“光荣在党50年”纪念章',
    'home.birthdays': '本月过生日',
    'home.openRoster': '打开台账',
  },
  {
    'home.welcome': 'Hello, {name}',
    'home.lead': 'Today is {date}.',
    'home.members': 'Current members',
    'home.branches': 'Branches',
    'home.lixiu': 'Lixiu cadres',
    'home.medal': 'Eligible for the 50-year medal this year',
    'home.birthdays': 'Birthdays this month',
    'home.openRoster': 'Open the roster',
  },
);
