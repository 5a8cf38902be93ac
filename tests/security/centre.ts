import { createTestCore, STRONG, type TestCore } from '../helpers/core';

/** Thursday 26 Nov 2026, 10:00 in Tashkent: inside every seller's working time. */
export const NOW = '2026-11-26T05:00:00Z';
/** Friday 27 Nov 2026: a lesson day of the odd-days group, in the future. */
export const LESSON_DAY = '2026-11-27';

export interface Centre {
  t: TestCore;
  tokens: { admin: string; manager: string; seller: string };
  /** Ids the baselines point at (the seller of the corpus is `seller`; `otherSeller` owns other leads). */
  ids: {
    admin: number;
    manager: number;
    seller: number;
    otherSeller: number;
    inactiveSeller: number;
    course: number;
    otherCourse: number;
    archivedCourse: number;
    room: number;
    otherRoom: number;
    group: number;
    otherGroup: number;
    fullGroup: number;
    inactiveGroup: number;
    /** The seller's lead with a booked trial and pending follow-ups. */
    lead: number;
    /** The seller's lead with no open trial (trials.create books it). */
    freeLead: number;
    otherLead: number;
    unassignedLead: number;
    followup: number;
    otherFollowup: number;
    trial: number;
    otherTrial: number;
    offer: number;
    absence: number;
    notification: number;
    /** A message to the seller, and one to the other seller only. */
    message: number;
    otherMessage: number;
    /** The seller's pending leave request, and the other seller's. */
    leave: number;
    otherLeave: number;
  };
}

/**
 * A small centre built through the API as the admin: a manager, three sellers (one inactive), courses
 * (one archived), rooms, groups (one full, one inactive), leads of two sellers and one nobody took,
 * follow-ups, trials, offers, an absence, messages, leave requests and the notifications all that caused.
 */
export async function seedCentre(): Promise<Centre> {
  const t = await createTestCore(NOW);
  const admin = t.adminToken;
  const manager = await t.addUser('manager', 'manager1', { firstName: 'Malika' });
  const seller = await t.addUser('seller', 'seller1', { firstName: 'Dilnoza', phone: '+998901000001' });
  const otherSeller = await t.addUser('seller', 'seller2', { firstName: 'Jasur' });
  const inactive = await t.addUser('seller', 'seller3', { firstName: 'Sardor' });
  await t.call('users.update', { id: inactive.id, active: false }, admin);

  const courseFields = { price: 1_200_000, lessonDuration: 90, lessonsPerWeek: 3 };
  const course = await t.call('courses.create', { name: 'IELTS', ...courseFields }, admin);
  const otherCourse = await t.call('courses.create', { name: 'SAT', ...courseFields }, admin);
  const archivedCourse = await t.call('courses.create', { name: 'Old', ...courseFields }, admin);
  const room = await t.call('rooms.create', { name: 'Xona 101', capacity: 16 }, admin);
  const otherRoom = await t.call('rooms.create', { name: 'Xona 102', capacity: 12 }, admin);
  const groupFields = { days: 'odd', time: '15:00', capacity: 15 } as const;
  const group = await t.call(
    'groups.create',
    { name: 'IELTS-01', courseId: course.id, roomId: room.id, ...groupFields, currentStudents: 3 },
    admin,
  );
  const otherGroup = await t.call(
    'groups.create',
    { name: 'SAT-01', courseId: otherCourse.id, roomId: otherRoom.id, ...groupFields, days: 'even', time: '10:00' },
    admin,
  );
  const fullGroup = await t.call(
    'groups.create',
    { name: 'IELTS-02', courseId: course.id, ...groupFields, capacity: 2, currentStudents: 2 },
    admin,
  );
  const inactiveGroup = await t.call(
    'groups.create',
    { name: 'IELTS-03', courseId: course.id, ...groupFields, active: false },
    admin,
  );
  await t.call('leads.create', { name: 'Old course lead', phone: '+998901000099', courseId: archivedCourse.id }, admin);
  await t.call('courses.delete', { id: archivedCourse.id }, admin);

  const lead = await t.call(
    'leads.create',
    { name: 'Aziz Karimov', phone: '+998901234567', courseId: course.id, sellerId: seller.id },
    admin,
  );
  const freeLead = await t.call('leads.create', { name: 'Bekzod', phone: '+998901234568' }, seller.token);
  const otherLead = await t.call(
    'leads.create',
    { name: 'Gulnora', phone: '+998901234569', sellerId: otherSeller.id },
    manager.token,
  );
  await t.call('users.update', { id: seller.id, isActiveSales: false }, admin);
  await t.call('users.update', { id: otherSeller.id, isActiveSales: false }, admin);
  const unassignedLead = await t.call('leads.create', { name: 'Nobody', phone: '+998901234570' }, admin);
  await t.call('users.update', { id: seller.id, isActiveSales: true }, admin);
  await t.call('users.update', { id: otherSeller.id, isActiveSales: true }, admin);

  const dayMs = 24 * 3600_000;
  const now = t.clock.now();
  const followup = await t.call(
    'followups.create',
    { leadId: lead.id, dueAt: now + dayMs, note: 'Call back' },
    seller.token,
  );
  const otherFollowup = await t.call(
    'followups.create',
    { leadId: otherLead.id, dueAt: now + dayMs },
    otherSeller.token,
  );
  const trial = await t.call('trials.create', { leadId: lead.id, groupId: group.id, date: LESSON_DAY }, seller.token);
  const otherTrial = await t.call(
    'trials.create',
    { leadId: otherLead.id, groupId: otherGroup.id, date: '2026-11-28' },
    otherSeller.token,
  );
  const offerFields = { type: 'discount', priority: 'high', channel: 'followup', audience: 'all' } as const;
  const offer = await t.call(
    'offers.create',
    { title: '10% off', ...offerFields, courseId: course.id, validFrom: '2026-11-01', validTo: '2026-12-31' },
    admin,
  );
  await t.call(
    'offers.create',
    { title: 'Bonus book', ...offerFields, validFrom: '2026-11-01', validTo: '2026-11-30' },
    manager.token,
  );
  const absence = await t.call(
    'absences.create',
    { userId: otherSeller.id, startDate: '2026-12-01', endDate: '2026-12-02', reason: 'Kasal' },
    manager.token,
  );
  const message = await t.call(
    'messages.send',
    { subject: 'Reja', body: "Bugun 40 ta qo'ng'iroq", recipients: [seller.id, otherSeller.id] },
    manager.token,
  );
  const otherMessage = await t.call(
    'messages.send',
    { subject: 'Shaxsiy', body: 'Faqat Jasurga', priority: 'urgent', recipients: [otherSeller.id] },
    admin,
  );
  const leaveOf = (token: string, dateFrom: string) =>
    t.call('leave.request', { type: 'full_day', dateFrom, reason: 'personal' }, token);
  const leave = await leaveOf(seller.token, '2026-12-20');
  const otherLeave = await leaveOf(otherSeller.token, '2026-12-21');
  const notes = await t.call('notifications.list', {}, seller.token);

  return {
    t,
    tokens: { admin, manager: manager.token, seller: seller.token },
    ids: {
      admin: (await t.call('auth.me', {}, admin)).id,
      manager: manager.id,
      seller: seller.id,
      otherSeller: otherSeller.id,
      inactiveSeller: inactive.id,
      course: course.id,
      otherCourse: otherCourse.id,
      archivedCourse: archivedCourse.id,
      room: room.id,
      otherRoom: otherRoom.id,
      group: group.id,
      otherGroup: otherGroup.id,
      fullGroup: fullGroup.id,
      inactiveGroup: inactiveGroup.id,
      lead: lead.id,
      freeLead: freeLead.id,
      otherLead: otherLead.id,
      unassignedLead: unassignedLead.id,
      followup: followup.id,
      otherFollowup: otherFollowup.id,
      trial: trial.id,
      otherTrial: otherTrial.id,
      offer: offer.id,
      absence: absence.id,
      notification: notes.items[0]?.id ?? 1,
      message: message.id,
      otherMessage: otherMessage.id,
      leave: leave.id,
      otherLeave: otherLeave.id,
    },
  };
}

export { STRONG };
