import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { Clock } from '../../kernel/clock';
import type { Database } from '../../kernel/db/database';
import type { RequestScope } from '../../kernel/context';
import type { Reach } from '../../kernel/access/reach';
import { requireKey } from '../../kernel/global-id';
import { bureausByKeys } from '../../modules/bureau/bureau.repository';
import { ApiError, ErrorCode, badRequest, httpError, safeError } from '../../kernel/errors';
import { writeAudit } from '../../kernel/audit';
import { can } from '../../kernel/access/caller';
import type { DisbursementFilter } from '../../modules/funding/funding.types';
import { disbursementCriteria } from '../../modules/funding/funding.filters';
import type { MemberFilter, MemberOrder } from '../../modules/member/member.types';
import { memberCriteria } from '../../modules/member/member.filters';
import type { VisitFilter, VisitTaskFilter } from '../../modules/visit/visit.types';
import { visitCriteria, visitTaskCriteria } from '../../modules/visit/visit.filters';
import { Permission } from '../../kernel/access/permissions';
import { authorizeApiRequest } from './authorize';
import { refuseControlCharactersInUrl } from './url-strings';
import { BranchDirectory } from '../../modules/excel/branch-directory';
import { chargeExport, takeExportSlot } from '../../modules/excel/export-admission';
import type { BudgetOptions } from '../../kernel/budget';
import { MAX_IMPORT_BYTES } from '@wanxia/schema';
import {
  disbursementExport,
  memberExport,
  visitExport,
  visitTaskExport,
  type ListExport,
} from '../../modules/excel/list-exports';
import { commitImport, dryRunImport, isMemberHeader } from '../../modules/excel/member-import';
import { memberTemplate } from '../../modules/excel/member-template';
import { errorWorkbook } from '../../modules/excel/error-workbook';
import { readSheet } from '../../modules/excel/read-sheet';
import {
  importLearningPoints,
  isPointsHeader,
} from '../../modules/education/learning-points-import';
import { yearFigures } from '../../modules/report/county-stats';
import { yearlyWorkbook } from '../../modules/report/yearly-workbook';
import { yearReportFigures } from '../../modules/report/year-report';
import { addYearReportSheets } from '../../modules/report/year-report-workbook';
import { workSummaryBuffer, workSummaryFigures } from '../../modules/report/work-summary';
import { XLSX_TYPE, attachment, streamXlsx } from '../../modules/excel/xlsx-export';
import { memberExportFile } from '../../modules/excel/member-exports';
import { keyOf } from '../../kernel/global-id';
import type { ActivityFilter } from '../../modules/activity/activity.types';
import { activityCriteria } from '../../modules/activity/activity.filters';
import { activityExport } from '../../modules/excel/activity-export';

export interface ExcelRoutesOptions {
  db: Database;
  clock: Clock;
  schema: GraphQLSchema;
  /** The callers' budgets, shared with /graphql: exports are charged by rows. */
  budget: BudgetOptions;
}

type Query = Record<string, string | undefined>;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Fastify's own refusals that a client should see as they are. */
const BODY_TOO_LARGE = 'FST_ERR_CTP_BODY_TOO_LARGE';

/**
 * Excel in and out under /api: the import template, the import (dry run, then commit) and the
 * exports of the lists. Callers authenticate as on /graphql; refusals are JSON
 * `{ error: { code, message } }` with a "中文 (English)" message, never a stack trace.
 */
export async function excelRoutes(app: FastifyInstance, options: ExcelRoutesOptions) {
  const { db, clock, schema, budget } = options;

  // Uploads arrive whole as bytes whatever their declared type: the content decides.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (error instanceof ApiError && error.status) {
      return reply.code(error.status).send(error.httpBody);
    }
    // The GraphQL rules the routes share (sign-in, filters) speak of GraphQL: say what it was.
    if (error instanceof GraphQLError) {
      const code = error.extensions.code;
      if (code === ErrorCode.UNAUTHENTICATED)
        return reply
          .code(401)
          .send({ error: { code, message: `登录已失效，请重新登录 (${error.message})` } });
      if (code === ErrorCode.BAD_USER_INPUT)
        return reply.code(400).send({
          error: { code, message: `筛选条件无效 (invalid filter: ${error.message})` },
        });
    }
    if (error.code === BODY_TOO_LARGE) {
      return reply.code(413).send({
        error: {
          code: 'TOO_LARGE',
          message: `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请分成几个文件导入 (the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`,
        },
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .send({ error: { code: 'BAD_REQUEST', message: `请求无效 (${error.message})` } });
    }
    request.log.error({ err: safeError(error) }, 'internal error in an Excel request');
    return reply.code(500).send({
      error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误 (internal error)' },
    });
  });

  // Every string of the URL is checked before anything else runs.
  refuseControlCharactersInUrl(app);

  const authorize = (request: FastifyRequest, permission: Permission) =>
    authorizeApiRequest(db, clock, request, permission);

  /** A JSON query parameter read as a GraphQL input type of the schema, with its rules. */
  function inputArgument<T>(query: Query, name: string, typeName: string): T | null {
    const text = query[name];
    if (text === undefined || text === '') return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest('BAD_USER_INPUT', `参数 ${name} 不是 JSON (${name} is not JSON)`);
    }
    const type = schema.getType(typeName) as GraphQLInputType;
    return coerceInputValue(value, type, (path, _invalid, error) => {
      const at = [name, ...path].join('.');
      throw badRequest('BAD_USER_INPUT', `参数 ${at} 无效 (${at}: ${error.message})`);
    }) as T;
  }

  async function sendExport<T>(
    reply: FastifyReply,
    ctx: RequestScope,
    list: ListExport<T>,
    details: object,
  ) {
    const out = new PassThrough();
    let admitted = false;
    // Refusals come before the answer starts; failures after it end the download.
    const admission = new Promise<void>((resolve, reject) => {
      streamXlsx(ctx.db, out, list.sheet, async (tx) => {
        await takeExportSlot(tx, ctx.callerKey);
        const [{ count }] = await tx.run(list.count);
        await chargeExport(ctx, Number(count), budget);
        // The trail records the export before any row leaves.
        await writeAudit(ctx.db, ctx, list.operation, null, {
          ...details,
          rows: count,
          personalData: list.personalData,
        });
        admitted = true;
        resolve();
      }).catch((error: Error) => {
        if (!admitted) return reject(error);
        reply.log.error({ err: safeError(error) }, 'export ended early');
        out.destroy(error);
      });
    });
    await admission;
    reply
      .type(XLSX_TYPE)
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        attachment(`${list.asciiTitle}-${ctx.today}.xlsx`, `${list.title}-${ctx.today}.xlsx`),
      );
    return reply.send(out);
  }

  app.get('/members/template.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.MEMBERS_WRITE);
    const branches = await BranchDirectory.load(ctx.db, ctx.reach);
    return reply
      .type(XLSX_TYPE)
      .header('cache-control', 'no-store')
      .header('content-disposition', attachment('member-import-template.xlsx', '人员导入模板.xlsx'))
      .send(await memberTemplate(branches.selectable()));
  });

  /** The uploaded file read as the roster's sheet. */
  const uploadedSheet = (request: FastifyRequest, fileName: string | null) => {
    const body = request.body;
    const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    return readSheet(bytes, fileName ?? undefined, isMemberHeader);
  };
  const fileNameOf = (request: FastifyRequest) =>
    (request.query as Query).filename?.slice(0, 200) || null;

  app.post('/members/import', { bodyLimit: MAX_IMPORT_BYTES }, async (request) => {
    const ctx = await authorize(request, Permission.MEMBERS_WRITE);
    const query = request.query as Query;
    const mode = query.mode ?? 'dry-run';
    if (mode !== 'dry-run' && mode !== 'commit')
      throw badRequest('BAD_USER_INPUT', 'mode 须为 dry-run 或 commit (mode is dry-run or commit)');
    const fileName = fileNameOf(request);
    const sheet = await uploadedSheet(request, fileName);
    return mode === 'commit'
      ? commitImport(ctx, sheet, fileName)
      : dryRunImport(ctx, sheet, fileName);
  });

  // The same upload, checked as a dry run, back as a workbook with its problems marked.
  app.post(
    '/members/import/errors.xlsx',
    { bodyLimit: MAX_IMPORT_BYTES },
    async (request, reply) => {
      const ctx = await authorize(request, Permission.MEMBERS_WRITE);
      const fileName = fileNameOf(request);
      const sheet = await uploadedSheet(request, fileName);
      const { problems } = await dryRunImport(ctx, sheet, fileName);
      const base = fileName?.replace(/\.[^.]*$/, '') || '人员名单';
      return reply
        .type(XLSX_TYPE)
        .header('cache-control', 'no-store')
        .header('content-disposition', attachment('import-problems.xlsx', `${base}-问题.xlsx`))
        .send(await errorWorkbook(sheet, problems));
    },
  );

  // The provincial platform's monthly learning points: the county's, so the bureau's to import.
  app.post('/learning-points/import', { bodyLimit: MAX_IMPORT_BYTES }, async (request) => {
    const ctx = await authorize(request, Permission.MEMBERS_WRITE);
    if (!ctx.reach.wholeBureau)
      throw httpError(
        403,
        ErrorCode.FORBIDDEN,
        '学习积分由局机关导入 (the bureau imports the learning points)',
      );
    const query = request.query as Query;
    const mode = query.mode ?? 'dry-run';
    if (mode !== 'dry-run' && mode !== 'commit')
      throw badRequest('BAD_USER_INPUT', 'mode 须为 dry-run 或 commit (mode is dry-run or commit)');
    const fileName = fileNameOf(request);
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const sheet = await readSheet(body, fileName ?? undefined, isPointsHeader);
    return importLearningPoints(ctx, sheet, { commit: mode === 'commit', fileName });
  });

  app.get('/members/export.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.MEMBERS_READ);
    const query = request.query as Query;
    const filter = inputArgument<MemberFilter>(query, 'filter', 'MemberFilter');
    const orderBy = inputArgument<MemberOrder>(query, 'orderBy', 'MemberOrder');
    const list = await memberExport(ctx.db.forReads(), ctx, memberCriteria(filter), orderBy);
    return sendExport(reply, ctx, list, { filter, orderBy });
  });

  // A background export's file, for the caller who started it only (anyone else's is missing).
  app.get('/member-exports/:id', async (request, reply) => {
    const ctx = await authorize(request, Permission.MEMBERS_READ);
    const key = keyOf((request.params as { id: string }).id, 'MemberExport');
    const file = key === null ? null : await memberExportFile(ctx, key);
    if (!file)
      throw httpError(
        404,
        ErrorCode.NOT_FOUND,
        '导出文件不存在或已过期 (no such export, or its file has expired)',
      );
    return reply
      .type(XLSX_TYPE)
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        attachment(`members-${file.today}.xlsx`, `人员名单-${file.today}.xlsx`),
      )
      .send(file.stream);
  });

  app.get('/visits/export.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.VISITS_READ);
    const filter = inputArgument<VisitFilter>(request.query as Query, 'filter', 'VisitFilter');
    return sendExport(reply, ctx, visitExport(ctx, visitCriteria(filter)), { filter });
  });

  app.get('/visit-tasks/export.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.VISITS_READ);
    const filter = inputArgument<VisitTaskFilter>(
      request.query as Query,
      'filter',
      'VisitTaskFilter',
    );
    return sendExport(reply, ctx, visitTaskExport(ctx, visitTaskCriteria(filter)), { filter });
  });

  app.get('/disbursements/export.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.FUNDING_READ);
    const filter = inputArgument<DisbursementFilter>(
      request.query as Query,
      'filter',
      'DisbursementFilter',
    );
    return sendExport(reply, ctx, disbursementExport(ctx, disbursementCriteria(filter)), {
      filter,
    });
  });

  app.get('/activities/export.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.MEMBERS_READ);
    const filter = inputArgument<ActivityFilter>(
      request.query as Query,
      'filter',
      'ActivityFilter',
    );
    return sendExport(reply, ctx, activityExport(ctx, activityCriteria(filter)), { filter });
  });

  /** The year of a report's URL. */
  function reportYear(request: FastifyRequest): number {
    const year = Number((request.params as { year: string }).year);
    if (!Number.isInteger(year) || year < 1949 || year > 9999)
      throw badRequest('BAD_USER_INPUT', '年度不正确 (not a valid year)');
    return year;
  }

  /**
   * The caller's reach, narrowed to the bureau the address names (`?bureau=`, as the console's
   * pages keep it) when it does; one out of reach is not found.
   */
  async function reportReach(request: FastifyRequest, ctx: RequestScope): Promise<Reach> {
    const bureauId = (request.query as Query).bureau;
    if (!bureauId) return ctx.reach;
    const key = requireKey(bureauId, 'Bureau', 'bureau');
    const [bureau] = await bureausByKeys(ctx.db.forReads(), ctx.reach, [key]);
    if (!bureau) throw httpError(404, ErrorCode.NOT_FOUND, '老干部局不存在 (bureau not found)');
    return ctx.reach.withinBureau(bureau.path);
  }

  app.get('/reports/:year.xlsx', async (request, reply) => {
    const ctx = await authorize(request, Permission.MEMBERS_READ);
    const year = reportYear(request);
    const reach = await reportReach(request, ctx);
    const [{ visits, coverage, funding, ...figures }, report] = await Promise.all([
      yearFigures(ctx.db.forReads(), reach, year, ctx.today),
      yearReportFigures(ctx.db.forReads(), reach, { year, branch: null, today: ctx.today }),
    ]);
    // Each area needs the permission its GraphQL field needs.
    const mayRead = (permission: Permission) => can(ctx.caller, permission);
    const book = yearlyWorkbook({
      ...figures,
      ...(mayRead(Permission.VISITS_READ) ? { visits, coverage } : {}),
      ...(mayRead(Permission.FUNDING_READ) ? { funding } : {}),
    });
    addYearReportSheets(book, report, {
      visits: mayRead(Permission.VISITS_READ),
      funding: mayRead(Permission.FUNDING_READ),
    });
    await writeAudit(ctx.db, ctx, 'exportYearlyReport', null, { year });
    return reply
      .type(XLSX_TYPE)
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        attachment(`wanxia-report-${year}.xlsx`, `${year}年度老干部工作统计.xlsx`),
      )
      .send(Buffer.from(await book.xlsx.writeBuffer()));
  });

  app.get('/reports/:year.docx', async (request, reply) => {
    const ctx = await authorize(request, Permission.MEMBERS_READ);
    const year = reportYear(request);
    const figures = await workSummaryFigures(ctx.db.forReads(), await reportReach(request, ctx), {
      year,
      today: ctx.today,
      visits: can(ctx.caller, Permission.VISITS_READ),
      funding: can(ctx.caller, Permission.FUNDING_READ),
    });
    const document = await workSummaryBuffer(figures);
    await writeAudit(ctx.db, ctx, 'exportWorkSummary', null, { year });
    return reply
      .type(DOCX_TYPE)
      .header('cache-control', 'no-store')
      .header(
        'content-disposition',
        attachment(`wanxia-summary-${year}.docx`, `${year}年度老干部工作总结.docx`),
      )
      .send(document);
  });
}
