import { defineMessages } from '../../locales/define';

/** Messages of the dashboard (首页); the figures' names are the yearly report's. */
export default defineMessages(
  {
    'home.welcome': '{name}，您好',
    'home.lead':
      '今天是 {date}。以下为{scope}{year}年工作概况（统计截至 {asOf}），点击数字可查看明细。',
    'home.county': '全省',
    'home.year': '年度',
    'home.frozen': '已冻结',
    'home.frozenTitle': '已于 {at} 由 {by} 冻结，数字不再变化',
    'home.report': '年度报告',
    'home.section.organisation': '组织建设',
    'home.section.members': '人员情况',
    'home.section.age': '年龄结构',
    'home.section.partyYears': '党龄结构',
    'home.section.visits': '走访慰问',
    'home.section.coverage': '六个必访',
    'home.section.funding': '经费使用',
    'home.more': '查看明细',
    'home.visitsTotal': '全年走访',
    'home.byOccasion': '按走访事由',
    'home.byMonth': '各月走访次数',
    'home.monthAxis': '{month}月',
    'home.count': '{count} 人',
    'home.visitCount': '{count} 次',
    'home.coverageRate': '{year}年六个必访覆盖率',
    'home.fundingRate': '执行率',
    'home.fundingChart': '{year}年各类经费执行情况',
    'home.empty.age': '{year}年底没有在册人员。新增人员或导入台账后，这里显示年龄结构。',
    'home.empty.partyYears': '没有在册党员。在人员信息中填写入党日期后，这里显示党龄结构。',
    'home.empty.visits': '{year}年还没有走访记录。在“待访任务”中记录走访后，这里按月显示。',
    'home.empty.coverage': '{year}年没有应访任务。任务按节日、整十生日和上报的情况自动生成。',
    'home.empty.funding': '{year}年尚未安排经费预算。在“经费预算”中新增预算后，这里显示执行情况。',
  },
  {
    'home.welcome': 'Hello, {name}',
    'home.lead':
      'Today is {date}. Here is {scope} in {year} (figures as of {asOf}); click a figure for the list behind it.',
    'home.county': 'the province',
    'home.year': 'Year',
    'home.frozen': 'Frozen',
    'home.frozenTitle': 'Frozen on {at} by {by}: the figures no longer change',
    'home.report': 'Yearly report',
    'home.section.organisation': 'Party organisation',
    'home.section.members': 'Members',
    'home.section.age': 'Ages',
    'home.section.partyYears': 'Years in the party',
    'home.section.visits': 'Visits',
    'home.section.coverage': 'Six must-visits',
    'home.section.funding': 'Money',
    'home.more': 'Details',
    'home.visitsTotal': 'Visits in the year',
    'home.byOccasion': 'By occasion',
    'home.byMonth': 'Visits by month',
    'home.monthAxis': 'M{month}',
    'home.count': '{count}',
    'home.visitCount': '{count}',
    'home.coverageRate': 'Must-visit coverage in {year}',
    'home.fundingRate': 'Execution',
    'home.fundingChart': 'Execution by category, {year}',
    'home.empty.age':
      'No current members at the end of {year}. Add members or import the roster to see their ages.',
    'home.empty.partyYears':
      'No current party members. Enter the party-joining dates to see years in the party.',
    'home.empty.visits':
      'No visits recorded in {year} yet. Record visits from the task board to see them by month.',
    'home.empty.coverage':
      'No must-visit tasks in {year}. Tasks come from holidays, decade birthdays and reported events.',
    'home.empty.funding':
      'No budget lines for {year} yet. Add lines on the budget page to see their execution.',
  },
);
