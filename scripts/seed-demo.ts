/** A small, realistic team for demos and screenshots (not used by tests). */
type Call = (method: string, input: unknown) => Promise<unknown>;

export async function seedDemo(call: Call): Promise<void> {
  await call('users.create', { role: 'manager', username: 'manager_asror', password: 'Manager#2026', firstName: 'Asror', lastName: 'Toshmatov', phone: '+998901112233', telegramUsername: 'asror_t' });
  const sellers = [
    ['dilnoza', 'Dilnoza', 'Yusupova', '09:00', '18:00'],
    ['jasur', 'Jasur', 'Rahimov', '10:00', '19:00'],
    ['malika', 'Malika', 'Ergasheva', '09:00', '17:00'],
  ] as const;
  const ids: number[] = [];
  for (const [username, firstName, lastName, workStart, workEnd] of sellers) {
    const u = (await call('users.create', { role: 'seller', username, password: 'Sotuv#2026', firstName, lastName, workStart, workEnd, workDays: [1, 2, 3, 4, 5, 6], isActiveSales: true, telegramUsername: username })) as { id: number };
    ids.push(u.id);
  }
  await call('absences.create', { userId: ids[2], startDate: '2026-11-25', endDate: '2026-11-28', reason: 'Kasallik' });
}
