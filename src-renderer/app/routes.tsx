import type { ReactNode } from 'react';
import { ROLES, TEAM, type Role } from '../../src-shared/domain/roles';
import type { MsgKey } from '../../src-shared/i18n/index';
import { CoursesPage } from '../features/catalog/courses.page';
import { GroupsPage } from '../features/catalog/groups.page';
import { OffersPage } from '../features/offers/offers.page';
import { RoomsPage } from '../features/catalog/rooms.page';
import { SystemSettingsPage } from '../features/settings/system-settings.page';
import { BackupsPage } from '../features/backups/backups.page';
import { ConnectionPage } from '../features/connection/connection.page';
import { DashboardPage } from '../features/dashboard/dashboard.page';
import { FollowupsPage } from '../features/followups/followups.page';
import { ImportsPage } from '../features/imports/imports.page';
import { LeadPage } from '../features/leads/lead.page';
import { LeadsPage } from '../features/leads/leads.page';
import { LeavePendingPage } from '../features/leave/pending.page';
import { LeaveRequestPage } from '../features/leave/request.page';
import { MyLeavePage } from '../features/leave/mine.page';
import { InboxPage } from '../features/messages/inbox.page';
import { NewMessagePage } from '../features/messages/new-message.page';
import { SentPage } from '../features/messages/sent.page';
import { NewLeadPage } from '../features/leads/new-lead.page';
import { ProfilePage } from '../features/auth/profile.page';
import { UsersPage } from '../features/users/users.page';
import { AnalyticsPage } from '../features/analytics/analytics.page';
import { MyKpiPage } from '../features/kpi/my-kpi.page';
import { SellerKpiPage } from '../features/kpi/seller-kpi.page';
import { TargetsPage } from '../features/kpi/targets.page';
import { ComingSoon } from '../ui/coming-soon';

export interface PageDef {
  path: string;
  label: MsgKey;
  roles: readonly Role[];
  element: ReactNode;
}

/** A titled block inside a top menu's popup (antd's item group): every page in it one click away. */
export interface MenuSection {
  section: MsgKey;
  pages: PageDef[];
}

export interface MenuGroup {
  key: string;
  label: MsgKey;
  children: (PageDef | MenuSection)[];
}

const soon = (label: MsgKey) => <ComingSoon title={label} />;
const page = (path: string, label: MsgKey, roles: readonly Role[], element?: ReactNode): PageDef => ({
  path,
  label,
  roles,
  element: element ?? soon(label),
});

/**
 * The top menu by role: a few top-level menus, each opening on hover, so every page is one click
 * away and nothing folds into "···" at 1024 px in any language. The manual's menus (Foydalanuvchilar,
 * Xabarlar, Ruxsatlar, Statistika) are titled sections of "Jamoa". A page not built yet shows an
 * empty state, never a broken page.
 */
export const MENU: (PageDef | MenuGroup)[] = [
  page('/dashboard', 'menu.dashboard', ROLES, <DashboardPage />),
  {
    key: 'leads',
    label: 'menu.leads',
    children: [
      page('/leads', 'menu.leads.all', ROLES, <LeadsPage />),
      page('/leads/new', 'menu.leads.new', ROLES, <NewLeadPage />),
      page('/leads/import', 'menu.leads.excel', ROLES, <ImportsPage />),
    ],
  },
  {
    key: 'followups',
    label: 'menu.followups',
    children: [
      page('/followups/today', 'menu.followups.today', ROLES, <FollowupsPage scope="today" key="today" />),
      page('/followups/overdue', 'menu.followups.overdue', ROLES, <FollowupsPage scope="overdue" key="overdue" />),
    ],
  },
  {
    key: 'team',
    label: 'menu.team',
    children: [
      {
        section: 'menu.users',
        pages: [
          page('/users/managers', 'menu.users.managers', ['admin'], <UsersPage role="manager" />),
          page('/users/sellers', 'menu.users.sellers', TEAM, <UsersPage role="seller" />),
        ],
      },
      {
        section: 'menu.leave',
        pages: [
          page('/leave/pending', 'menu.leave.pending', TEAM, <LeavePendingPage />),
          page('/leave/request', 'menu.leave.request', ['seller'], <LeaveRequestPage />),
          page('/leave/mine', 'menu.leave.mine', ['seller'], <MyLeavePage />),
        ],
      },
      {
        section: 'menu.messages',
        pages: [
          page('/messages/inbox', 'menu.messages.inbox', ROLES, <InboxPage />),
          page('/messages/new', 'menu.messages.new', TEAM, <NewMessagePage />),
          page('/messages/sent', 'menu.messages.sent', TEAM, <SentPage />),
        ],
      },
      {
        section: 'menu.stats',
        pages: [
          page('/stats/analytics', 'menu.stats.analytics', TEAM, <AnalyticsPage />),
          page('/stats/kpi', 'menu.stats.kpi', TEAM, <SellerKpiPage />),
          page('/stats/targets', 'menu.stats.targets', TEAM, <TargetsPage />),
          page('/stats/my', 'menu.stats.myKpi', ['seller'], <MyKpiPage />),
        ],
      },
    ],
  },
  {
    key: 'system',
    label: 'menu.system',
    children: [
      page('/system/courses', 'menu.system.courses', ['admin'], <CoursesPage />),
      page('/system/rooms', 'menu.system.rooms', ['admin'], <RoomsPage />),
      page('/system/groups', 'menu.system.groups', ROLES, <GroupsPage />),
      page('/system/offers', 'menu.system.offers', TEAM, <OffersPage />),
      page('/system/settings', 'menu.system.settings', ['admin'], <SystemSettingsPage />),
      page('/system/backups', 'menu.system.backups', ['admin'], <BackupsPage />),
      page('/system/connection', 'menu.system.connection', ['admin'], <ConnectionPage />),
    ],
  },
];

/** Pages reached from other pages, not from the menu. */
const HIDDEN_PAGES = [
  page('/settings', 'menu.settings', ROLES, <ProfilePage />),
  page('/leads/:id', 'menu.leads.all', ROLES, <LeadPage />),
];

const isSection = (c: PageDef | MenuSection): c is MenuSection => 'section' in c;
const pagesOf = (m: PageDef | MenuGroup): PageDef[] =>
  'children' in m ? m.children.flatMap((c) => (isSection(c) ? c.pages : [c])) : [m];

export function allPages(): PageDef[] {
  return [...MENU.flatMap(pagesOf), ...HIDDEN_PAGES];
}

/** The menu a role sees: pages it may not open are left out, and so are sections and menus left empty. */
export function menuFor(role: Role): (PageDef | MenuGroup)[] {
  const allowed = (p: PageDef) => p.roles.includes(role);
  return MENU.flatMap((m): (PageDef | MenuGroup)[] => {
    if (!('children' in m)) return allowed(m) ? [m] : [];
    const children = m.children.flatMap((c): (PageDef | MenuSection)[] => {
      if (!isSection(c)) return allowed(c) ? [c] : [];
      const pages = c.pages.filter(allowed);
      return pages.length ? [{ ...c, pages }] : [];
    });
    return children.length ? [{ ...m, children }] : [];
  });
}
