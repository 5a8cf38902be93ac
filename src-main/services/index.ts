import { AbsencesService } from './absences.service';
import { AssignmentService } from './assignment.service';
import { AuthService } from './auth.service';
import { CoursesService } from './courses.service';
import type { ServiceContext } from './context';
import { DashboardService } from './dashboard.service';
import { DistributionService } from './distribution.service';
import { FollowupPlanner } from './followup-planner';
import { FollowupsService } from './followups.service';
import { RoomsGroupsService } from './groups.service';
import { LeadAccess } from './lead-access';
import { LeadStatusService } from './lead-status.service';
import { LeadsService } from './leads.service';
import { NotifyService } from './notify.service';
import { OffersService } from './offers.service';
import { ScheduleService } from './schedule.service';
import { TrialsService } from './trials.service';
import { UsersService } from './users.service';

export function createServices(ctx: ServiceContext) {
  const auth = new AuthService(ctx);
  const access = new LeadAccess(ctx.db);
  const schedules = new ScheduleService(ctx);
  const planner = new FollowupPlanner(ctx, schedules);
  const distribution = new DistributionService(ctx);
  const notify = new NotifyService(ctx);
  const assignment = new AssignmentService(ctx, planner, distribution, access, notify);
  const leadStatus = new LeadStatusService(ctx, planner, access);
  const roomsGroups = new RoomsGroupsService(ctx);
  return {
    auth,
    users: new UsersService(ctx, auth),
    absences: new AbsencesService(ctx, planner),
    dashboard: new DashboardService(ctx, distribution),
    courses: new CoursesService(ctx),
    roomsGroups,
    offers: new OffersService(ctx, access),
    trials: new TrialsService(ctx, access, roomsGroups, leadStatus),
    leads: new LeadsService(ctx, access, assignment, distribution),
    leadStatus,
    assignment,
    followups: new FollowupsService(ctx, planner, schedules, access, assignment),
    distribution,
    schedules,
    planner,
    access,
    notify,
    settings: ctx.settings,
    clock: ctx.clock,
  };
}

export type Services = ReturnType<typeof createServices>;
