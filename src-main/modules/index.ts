import { AbsencesService } from './users/absences.service';
import { AssignmentService } from './leads/assignment.service';
import { AuthService } from './auth/auth.service';
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
}

export function createModules(ctx: ServiceContext, options: ModuleOptions) {
  const auth = new AuthService(ctx, new PasswordHasher(options.passwordCost, options.hashConcurrency));
  const access = new LeadAccess(ctx.db);
  const schedules = new ScheduleService(ctx);
  const planner = new FollowupPlanner(ctx, schedules);
  const distribution = new DistributionService(ctx);
  const notify = new NotifyService(ctx);
  const assignment = new AssignmentService(ctx, planner, distribution, access, notify);
  const leadStatus = new LeadStatusService(ctx, planner, access);
  const roomsGroups = new RoomsGroupsService(ctx);
  const followups = new FollowupsService(ctx, planner, schedules, access, assignment, leadStatus);
  const leads = new LeadsService(ctx, access, assignment, distribution);
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
    imports: new ImportsService(ctx, leads, assignment, distribution, access, notify),
    leadStatus,
    assignment,
    followups,
    telegram: new TelegramService(ctx, followups, options.telegram),
    distribution,
    schedules,
    planner,
    access,
    notify,
    messages: new MessagesService(ctx, notify),
    leave: new LeaveService(ctx, planner, notify),
    /** What the scheduler runs, in this order: reactivation calls are created before due notices are told. */
    jobs: [reactivationJob(ctx, planner), ...followupNoticeJobs(ctx, notify)],
    settings: ctx.settings,
    clock: ctx.clock,
  };
}

export type Modules = ReturnType<typeof createModules>;
