import { AbsencesService } from './absences.service';
import { AuthService } from './auth.service';
import type { ServiceContext } from './context';
import { DashboardService } from './dashboard.service';
import { UsersService } from './users.service';

export function createServices(ctx: ServiceContext) {
  const auth = new AuthService(ctx);
  return {
    auth,
    users: new UsersService(ctx, auth),
    absences: new AbsencesService(ctx),
    dashboard: new DashboardService(ctx),
  };
}

export type Services = ReturnType<typeof createServices>;
