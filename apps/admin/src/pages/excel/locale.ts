import { defineMessages } from '../../locales/define';

/** Messages of the Excel import wizard and the export buttons. */
export default defineMessages(
  {
    'excel.export.button': '导出 Excel',
    'excel.export.done': '已导出：{name}',
    'excel.export.failed': '导出失败：{message}',

    'excel.import.entry': '批量导入',
    'excel.import.lead':
      '用 Excel 批量登记新人员或更新已在册人员的信息：下载模板按说明填写，上传后系统先逐行检查，确认无误后一次导入。',
    'excel.step.choose': '选择文件',
    'excel.step.check': '检查',
    'excel.step.done': '完成',

    'excel.choose.template': '下载导入模板',
    'excel.choose.templateHelp':
      '模板含填写说明和可选的党支部；已在册的人员按身份证号匹配，只更新有变化的内容。',
    'excel.choose.drop': '点击或将文件拖到此处',
    'excel.choose.dropHelp': '支持 .xlsx 和 .csv（UTF-8 或 GBK 编码），不超过 40 MB',
    'excel.choose.check': '检查文件',
    'excel.choose.tooBig': '文件超过 40 MB，请分成几个文件导入',
    'excel.choose.refused': '无法导入该文件：{message}',

    'excel.check.rows': '数据行',
    'excel.check.create': '将新增',
    'excel.check.update': '将更新',
    'excel.check.unchanged': '无变化',
    'excel.check.invalid': '有问题的行',
    'excel.check.problems':
      '发现 {count} 个问题，涉及 {rows} 行；未导入任何数据。请在文件中改正后重新上传，或下载问题表（问题单元格已标红并附说明），改正后直接上传。',
    'excel.check.download': '下载问题表',
    'excel.check.downloaded': '已下载：{name}',
    'excel.check.value': '填写的值',
    'excel.check.empty': '（空）',
    'excel.check.passed': '检查通过：将新增 {create} 人，更新 {update} 人，{unchanged} 人无变化。',
    'excel.check.nothing': '文件中的人员均已在册且无变化，无需导入。',
    'excel.check.ignored': '以下列不会导入：{columns}',
    'excel.check.firstRows': '仅列出前 100 行',
    'excel.check.row': '行',
    'excel.check.column': '列',
    'excel.check.problem': '问题',
    'excel.check.name': '姓名',
    'excel.check.changes': '变更内容',
    'excel.check.cleared': '（清空）',
    'excel.check.again': '重新选择文件',
    'excel.check.commit': '确认导入',
    'excel.check.confirmTitle': '确认导入？',
    'excel.check.confirmBody': '将新增 {create} 人、更新 {update} 人，全部写入或全部不写入。',

    'excel.done.title': '导入完成',
    'excel.done.summary': '新增 {create} 人，更新 {update} 人，{unchanged} 人无变化。',
    'excel.done.view': '在人员台账中查看',
    'excel.done.more': '继续导入',
  },
  {
    'excel.export.button': 'Export to Excel',
    'excel.export.done': 'Exported: {name}',
    'excel.export.failed': 'Export failed: {message}',

    'excel.import.entry': 'Import',
    'excel.import.lead':
      'Register new members or update those on the roster from Excel: fill in the template, upload it, and the file is checked row by row before anything is imported, all at once.',
    'excel.step.choose': 'Choose a file',
    'excel.step.check': 'Check',
    'excel.step.done': 'Done',

    'excel.choose.template': 'Download the template',
    'excel.choose.templateHelp':
      'The template explains each column and lists the branches; members already on the roster are matched by ID number and only what changed is updated.',
    'excel.choose.drop': 'Click or drop a file here',
    'excel.choose.dropHelp': '.xlsx, or .csv in UTF-8 or GBK; at most 40 MB',
    'excel.choose.check': 'Check the file',
    'excel.choose.tooBig': 'The file is larger than 40 MB: split it',
    'excel.choose.refused': 'The file cannot be imported: {message}',

    'excel.check.rows': 'Rows',
    'excel.check.create': 'New',
    'excel.check.update': 'Updated',
    'excel.check.unchanged': 'Unchanged',
    'excel.check.invalid': 'Rows with problems',
    'excel.check.problems':
      '{count} problems on {rows} rows; nothing was imported. Correct the file and upload it again, or download the problem workbook (the cells marked red, with notes), correct it and upload it.',
    'excel.check.download': 'Download the problems',
    'excel.check.downloaded': 'Downloaded: {name}',
    'excel.check.value': 'Value given',
    'excel.check.empty': '(empty)',
    'excel.check.passed':
      'All rows are fine: {create} new, {update} updated, {unchanged} unchanged.',
    'excel.check.nothing': 'Everyone in the file is on the roster already, unchanged.',
    'excel.check.ignored': 'These columns are not imported: {columns}',
    'excel.check.firstRows': 'The first 100 rows',
    'excel.check.row': 'Row',
    'excel.check.column': 'Column',
    'excel.check.problem': 'Problem',
    'excel.check.name': 'Name',
    'excel.check.changes': 'Changes',
    'excel.check.cleared': '(cleared)',
    'excel.check.again': 'Choose another file',
    'excel.check.commit': 'Import',
    'excel.check.confirmTitle': 'Import now?',
    'excel.check.confirmBody':
      '{create} new and {update} updated members: all of them are written, or none.',

    'excel.done.title': 'Imported',
    'excel.done.summary': '{create} new, {update} updated, {unchanged} unchanged.',
    'excel.done.view': 'See them on the roster',
    'excel.done.more': 'Import another file',
  },
);
