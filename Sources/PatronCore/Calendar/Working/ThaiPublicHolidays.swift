extension HolidayCalendar {
    /// Thai government public holidays (วันหยุดราชการ) for Gregorian 2025, 2026 and 2027, the built-in
    /// default until an administrator loads the year's calendar.
    ///
    /// CHECK EVERY YEAR. The Buddhist holy days (Makha Bucha, Visakha Bucha, Asanha Bucha, Buddhist Lent)
    /// follow the Thai lunar calendar, and substitution days (วันหยุดชดเชย) and special days
    /// (วันหยุดพิเศษ) are set by the cabinet each year. 2025 and 2026 follow the announced lists as we
    /// know them (B.E. 2569 has an extra eighth lunar month, hence the late Visakha/Asanha dates);
    /// 2027 (B.E. 2570) is PROVISIONAL — its lunar dates are computed from the full moons and its
    /// substitutions from the usual rule (a holiday on Saturday or Sunday moves to the next working
    /// day); it must be checked against the cabinet announcement. Ad-hoc special days are not included.
    /// The calendar is configuration: load the official text with `HolidayCalendar.parse`.
    public static let thaiPublicHolidays: HolidayCalendar = {
        // swiftlint:disable:next force_try
        try! HolidayCalendar.parse(thaiPublicHolidaysText)
    }()

    /// The default calendar in the text format, ready to be shown to an administrator for editing.
    public static let thaiPublicHolidaysText = """
    # Thai public holidays (วันหยุดราชการ) 2025–2027. Check lunar dates and substitution days
    # against each year's cabinet announcement; 2027 is provisional.
    # 2025 (B.E. 2568)
    2025-01-01  วันขึ้นปีใหม่ | New Year's Day
    2025-02-12  วันมาฆบูชา | Makha Bucha Day
    2025-04-06  วันจักรี | Chakri Memorial Day
    2025-04-07  วันหยุดชดเชยวันจักรี | Substitution for Chakri Memorial Day
    2025-04-13  วันสงกรานต์ | Songkran Festival
    2025-04-14  วันสงกรานต์ | Songkran Festival
    2025-04-15  วันสงกรานต์ | Songkran Festival
    2025-04-16  วันหยุดชดเชยวันสงกรานต์ | Substitution for Songkran Festival
    2025-05-01  วันแรงงานแห่งชาติ | National Labour Day
    2025-05-04  วันฉัตรมงคล | Coronation Day
    2025-05-05  วันหยุดชดเชยวันฉัตรมงคล | Substitution for Coronation Day
    2025-05-11  วันวิสาขบูชา | Visakha Bucha Day
    2025-05-12  วันหยุดชดเชยวันวิสาขบูชา | Substitution for Visakha Bucha Day
    2025-06-03  วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี | H.M. Queen Suthida's Birthday
    2025-07-10  วันอาสาฬหบูชา | Asanha Bucha Day
    2025-07-11  วันเข้าพรรษา | Buddhist Lent Day
    2025-07-28  วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว | H.M. King Maha Vajiralongkorn's Birthday
    2025-08-12  วันแม่แห่งชาติ | H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day
    2025-10-13  วันนวมินทรมหาราช | H.M. King Bhumibol Adulyadej The Great Memorial Day
    2025-10-23  วันปิยมหาราช | King Chulalongkorn Memorial Day
    2025-12-05  วันพ่อแห่งชาติ | H.M. King Bhumibol Adulyadej The Great's Birthday / Father's Day
    2025-12-10  วันรัฐธรรมนูญ | Constitution Day
    2025-12-31  วันสิ้นปี | New Year's Eve
    # 2026 (B.E. 2569)
    2026-01-01  วันขึ้นปีใหม่ | New Year's Day
    2026-03-03  วันมาฆบูชา | Makha Bucha Day
    2026-04-06  วันจักรี | Chakri Memorial Day
    2026-04-13  วันสงกรานต์ | Songkran Festival
    2026-04-14  วันสงกรานต์ | Songkran Festival
    2026-04-15  วันสงกรานต์ | Songkran Festival
    2026-05-01  วันแรงงานแห่งชาติ | National Labour Day
    2026-05-04  วันฉัตรมงคล | Coronation Day
    2026-05-31  วันวิสาขบูชา | Visakha Bucha Day
    2026-06-01  วันหยุดชดเชยวันวิสาขบูชา | Substitution for Visakha Bucha Day
    2026-06-03  วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี | H.M. Queen Suthida's Birthday
    2026-07-28  วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว | H.M. King Maha Vajiralongkorn's Birthday
    2026-07-29  วันอาสาฬหบูชา | Asanha Bucha Day
    2026-07-30  วันเข้าพรรษา | Buddhist Lent Day
    2026-08-12  วันแม่แห่งชาติ | H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day
    2026-10-13  วันนวมินทรมหาราช | H.M. King Bhumibol Adulyadej The Great Memorial Day
    2026-10-23  วันปิยมหาราช | King Chulalongkorn Memorial Day
    2026-12-05  วันพ่อแห่งชาติ | H.M. King Bhumibol Adulyadej The Great's Birthday / Father's Day
    2026-12-07  วันหยุดชดเชยวันพ่อแห่งชาติ | Substitution for Father's Day
    2026-12-10  วันรัฐธรรมนูญ | Constitution Day
    2026-12-31  วันสิ้นปี | New Year's Eve
    # 2027 (B.E. 2570) — PROVISIONAL: lunar dates and substitutions to be checked
    2027-01-01  วันขึ้นปีใหม่ | New Year's Day
    2027-02-20  วันมาฆบูชา | Makha Bucha Day
    2027-02-22  วันหยุดชดเชยวันมาฆบูชา | Substitution for Makha Bucha Day
    2027-04-06  วันจักรี | Chakri Memorial Day
    2027-04-13  วันสงกรานต์ | Songkran Festival
    2027-04-14  วันสงกรานต์ | Songkran Festival
    2027-04-15  วันสงกรานต์ | Songkran Festival
    2027-05-01  วันแรงงานแห่งชาติ | National Labour Day
    2027-05-03  วันหยุดชดเชยวันแรงงานแห่งชาติ | Substitution for National Labour Day
    2027-05-04  วันฉัตรมงคล | Coronation Day
    2027-05-20  วันวิสาขบูชา | Visakha Bucha Day
    2027-06-03  วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี | H.M. Queen Suthida's Birthday
    2027-07-18  วันอาสาฬหบูชา | Asanha Bucha Day
    2027-07-19  วันเข้าพรรษา | Buddhist Lent Day
    2027-07-20  วันหยุดชดเชยวันอาสาฬหบูชา | Substitution for Asanha Bucha Day
    2027-07-28  วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว | H.M. King Maha Vajiralongkorn's Birthday
    2027-08-12  วันแม่แห่งชาติ | H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day
    2027-10-13  วันนวมินทรมหาราช | H.M. King Bhumibol Adulyadej The Great Memorial Day
    2027-10-23  วันปิยมหาราช | King Chulalongkorn Memorial Day
    2027-10-25  วันหยุดชดเชยวันปิยมหาราช | Substitution for King Chulalongkorn Memorial Day
    2027-12-05  วันพ่อแห่งชาติ | H.M. King Bhumibol Adulyadej The Great's Birthday / Father's Day
    2027-12-06  วันหยุดชดเชยวันพ่อแห่งชาติ | Substitution for Father's Day
    2027-12-10  วันรัฐธรรมนูญ | Constitution Day
    2027-12-31  วันสิ้นปี | New Year's Eve
    """
}
