import { AbsencesService } from './absences.service';
import { AssignmentService } from './assignment.service';
import { AuthService } from './auth.service';
import { CatalogService } from './catalog.service';
import type { ServiceContext } from './context';
import { DashboardService } from './dashboard.service';
import { DistributionService } from './distribution.service';
import { FollowupPlanner } from './followup-planner';
import { FollowupsService } from './followups.service';
import { LeadAccess } from './lead-access';
import { LeadStatusService } from './lead-status.service';
import { LeadsService } from './leads.service';
import { ScheduleService } from './schedule.service';
import { UsersService } from './users.service';

export function createServices(ctx: ServiceContext) {
  const auth = new AuthService(ctx);
  const access = new LeadAccess(ctx.db);
  const schedules = new ScheduleService(ctx);
  const planner = new FollowupPlanner(ctx, schedules);
  const distribution = new DistributionService(ctx);
  const assignment = new AssignmentService(ctx, planner, distribution, access);
  return {
    auth,
    users: new UsersService(ctx, auth),
    absences: new AbsencesService(ctx, planner),
    dashboard: new DashboardService(ctx, distribution),
    catalog: new CatalogService(ctx),
    leads: new LeadsService(ctx, access, assignment, distribution),
    leadStatus: new LeadStatusService(ctx, planner, access),
    assignment,
    followups: new FollowupsService(ctx, planner, schedules, access),
    distribution,
    schedules,
    planner,
    access,
    settings: ctx.settings,
  };
}

export type Services = ReturnType<typeof createServices>;
