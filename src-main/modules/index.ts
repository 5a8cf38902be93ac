import { AbsencesService } from './users/absences.service';
import { AssignmentService } from './leads/assignment.service';
import { AuthService } from './auth/auth.service';
import { backupJob } from './backups/backup-job';
import { BackupsService, type BackupsOptions } from './backups/backups.service';
import { PasswordHasher, type PasswordCost } from './auth/passwords';
import { CoursesService } from './catalog/courses.service';
import type { ServiceContext } from './context';
import { DashboardService } from './dashboard/dashboard.service';
import { DistributionService } from './leads/distribution.service';
import { FollowupPlanner } from './followups/followup-planner';
import { followupNoticeJobs } from './followups/followup-notices';
import { FollowupsService } from './followups/followups.service';
import { reactivationJob } from './followups/reactivation';
import { RoomsGroupsService } from './catalog/rooms-groups.service';
import { LeadAccess } from './leads/lead-access';
import { LeadStatusService } from './leads/lead-status.service';
import { LeaveService } from './leave/leave.service';
import { MessagesService } from './messages/messages.service';
import { ImportsService } from './imports/imports.service';
import { KpiService } from './kpi/kpi.service';
import { AnalyticsService } from './analytics/analytics.service';
import type { GoogleOptions } from './imports/sheets/google-endpoints';
import { SheetsReader } from './imports/sheets/sheets-reader';
import { SheetsSettings } from './imports/sheets/sheets-settings';
import { LeadsService } from './leads/leads.service';
import { NotifyService } from './notify/notify.service';
import { OffersService } from './offers/offers.service';
import { ScheduleService } from './users/schedule.service';
import { TelegramService, type TelegramOptions } from './telegram/telegram.service';
import { TrialsService } from './trials/trials.service';
import { UsersService } from './users/users.service';

/** How the modules are built beyond the shared context (see CoreConfig). */
export interface ModuleOptions {
  passwordCost?: PasswordCost;
  hashConcurrency?: number;
  telegram: TelegramOptions;
  backups: BackupsOptions;
  google: GoogleOptions;
}

export function createModules(ctx: ServiceContext, options: ModuleOptions) {
  const auth = new AuthService(ctx, new PasswordHasher(options.passwordCost, options.hashConcurrency));
  const access = new LeadAccess(ctx.db);
  const schedules = new ScheduleService(ctx);
  const kpi = new KpiService(ctx, schedules);
  const planner = new FollowupPlanner(ctx, schedules);
  const distribution = new DistributionService(ctx);
  const notify = new NotifyService(ctx);
  const backups = new BackupsService(ctx, notify, options.backups);
  const assignment = new AssignmentService(ctx, planner, distribution, access, notify);
  const leadStatus = new LeadStatusService(ctx, planner, access);
  const roomsGroups = new RoomsGroupsService(ctx);
  const followups = new FollowupsService(ctx, planner, schedules, access, assignment, leadStatus);
  const sheetsSettings = new SheetsSettings(ctx, options.google.secrets);
  const leads = new LeadsService(ctx, access, assignment, distribution, planner);
  return {
    db: ctx.db,
    auth,
    users: new UsersService(ctx, auth),
    absences: new AbsencesService(ctx, planner),
    dashboard: new DashboardService(ctx, distribution),
    courses: new CoursesService(ctx),
    roomsGroups,
    offers: new OffersService(ctx, access),
    trials: new TrialsService(ctx, access, roomsGroups, leadStatus, planner, notify),
    leads,
    imports: new ImportsService(
      ctx,
      leads,
      assignment,
      distribution,
      access,
      notify,
      sheetsSettings,
      new SheetsReader(options.google.endpoints, () => ctx.clock.now()),
      backups,
    ),
    sheetsSettings,
    leadStatus,
    assignment,
    followups,
    telegram: new TelegramService(ctx, followups, kpi, options.telegram),
    distribution,
    schedules,
    planner,
    access,
    notify,
    messages: new MessagesService(ctx, notify),
    leave: new LeaveService(ctx, planner, notify),
    kpi,
    analytics: new AnalyticsService(ctx),
    /** What the scheduler runs, in this order: reactivation calls are created before due notices are told. */
    jobs: [reactivationJob(ctx, planner), ...followupNoticeJobs(ctx, notify), backupJob(ctx, backups)],
    backups,
    settings: ctx.settings,
    clock: ctx.clock,
  };
}

export type Modules = ReturnType<typeof createModules>;
