/** A small, realistic team for demos and screenshots (not used by tests). */
type Call = (method: string, input: unknown) => Promise<unknown>;

export async function seedDemo(call: Call): Promise<void> {
  await call('users.create', {
    role: 'manager',
    username: 'manager_asror',
    password: 'Manager#2026',
    firstName: 'Asror',
    lastName: 'Toshmatov',
    phone: '+998901112233',
    telegramUsername: 'asror_t',
  });
  const sellers = [
    ['dilnoza', 'Dilnoza', 'Yusupova', '09:00', '18:00'],
    ['jasur', 'Jasur', 'Rahimov', '10:00', '19:00'],
    ['malika', 'Malika', 'Ergasheva', '09:00', '17:00'],
  ] as const;
  const ids: number[] = [];
  for (const [username, firstName, lastName, workStart, workEnd] of sellers) {
    const u = (await call('users.create', {
      role: 'seller',
      username,
      password: 'Sotuv#2026',
      firstName,
      lastName,
      workStart,
      workEnd,
      workDays: [1, 2, 3, 4, 5, 6],
      isActiveSales: true,
      telegramUsername: username,
    })) as { id: number };
    ids.push(u.id);
  }
  await call('absences.create', { userId: ids[2], startDate: '2026-11-25', endDate: '2026-11-28', reason: 'Kasallik' });
  const course = (await call('courses.create', {
    name: 'IELTS Preparation',
    price: 1_200_000,
    lessonDuration: 90,
    lessonsPerWeek: 3,
    salesScript:
      "Assalomu alaykum! Men [Ism], O'quv markazidan.\n- Kursimiz 3 oylik\n- Haftada 3 marta dars\n- Har bir dars 90 daqiqa\n- Narxi: 1 200 000 so'm\n- Bonus: Bepul kitoblar + Online platformaga kirish",
  })) as { id: number };
  await call('courses.create', {
    name: 'SAT Math',
    price: 900_000,
    lessonDuration: 60,
    lessonsPerWeek: 2,
    salesScript: '',
  });
  const room = (await call('rooms.create', { name: 'Xona 101', capacity: 16 })) as { id: number };
  await call('groups.create', {
    name: 'IELTS-01',
    courseId: course.id,
    roomId: room.id,
    days: 'odd',
    time: '15:00',
    capacity: 15,
    currentStudents: 12,
  });
  await call('groups.create', {
    name: 'IELTS-02',
    courseId: course.id,
    roomId: room.id,
    days: 'even',
    time: '18:00',
    capacity: 12,
    currentStudents: 12,
  });
  await call('offers.create', {
    title: 'Yangi Yil Chegirmasi',
    description: '✅ 20% chegirma\n✅ Bepul kitoblar\n✅ Faqat 31-dekabrga qadar!',
    type: 'discount',
    priority: 'urgent',
    channel: 'general',
    audience: 'all',
    validFrom: '2026-11-01',
    validTo: '2026-12-31',
  });
  await call('offers.create', {
    title: 'Do‘stingni olib kel',
    description: 'Ikkinchi o‘quvchiga 10% chegirma',
    type: 'bonus',
    priority: 'normal',
    channel: 'followup',
    audience: 'new',
    courseId: course.id,
    validFrom: '2026-11-01',
    validTo: '2026-11-30',
  });
  const leads = [
    ['Aziz Karimov', '+998 90 123 45 67', 'instagram'],
    ['Дилноза Юсупова', '93 444 55 66', 'telegram'],
    ["Qodirov G'ayrat", '97 777 88 99', 'youtube'],
    ['Malika Ergasheva', '95 000 11 22', 'organic'],
    ['Sardor Toshmatov', '88 123 00 11', 'form'],
    ['Нилуфар Собирова', '91 765 43 21', 'instagram'],
    // A name as long as a form allows must not push the list's columns off screen.
    [
      'Abdurahmonov Abdulazizxon Abdurashidxon o‘g‘li Toshkent shahar Yunusobod tumani 19-maktab bitiruvchisi',
      '90 555 66 77',
      'other',
    ],
  ] as const;
  for (const [name, phone, source] of leads)
    await call('leads.create', { name, phone, source, courseId: course.id, notes: 'IELTS 7.0 kerak, kechki guruh' });
}
