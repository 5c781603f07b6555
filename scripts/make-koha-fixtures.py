#!/usr/bin/env python3
"""Writes the Koha patron fixtures in Tests/Fixtures (run from the package root)."""
import csv, io, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures")

HEADER = ["borrowernumber", "CardNumber", "title", " Surname ", "firstname", "categorycode", "branchcode",
          "dateenrolled", "dateexpiry", "address", "address2", "city", "state", "zipcode", "country",
          "email", "mobile", "smsalertnumber", "phone", "sort1", "sort2", "lang", "debarred",
          "borrowernotes", "userid"]

BKK = ("เขตจตุจักร", "กรุงเทพมหานคร", "10900", "ไทย")
# card, title, surname, firstname, category, enrolled, expiry, address, address2, (city, state, zip, country),
# email, mobile, sms, phone, sort1, sort2, lang, debarred, notes
ROWS = [
    ("6410110001", "นาย", "ใจดี", "สมชาย", "UG", "2021-06-01", "2025-05-31", "99/1 หมู่ 2, ถนนพหลโยธิน", "แขวงลาดยาว", BKK,
     "somchai.j@ku.th", "0812345678", "", "", "ENG", "วศ", "th", "", ""),
    ("6410110002", "นางสาว", "รักเรียน", "สุดารัตน์", "ST", "01/06/2564", "31/05/2568", "45 ซอยงามวงศ์วาน 25", "แขวงลาดยาว", BKK,
     "sudarat.r@ku.th", "", "+66 89 123 4567", "", "", "", "th-TH", "", ""),
    ("6410110003", "Mr.", "Smith", "John", "STUDENT", "2022-08-15", "2026-08-14", "12 Sukhumvit Soi 3", "Khlong Toei Nuea",
     ("Watthana", "Bangkok", "10110", "Thailand"), "john.smith@example.com", "095-555-0101", "", "", "", "", "en", "", "Exchange student, spring term"),
    ("6520200004", "นาง", "ศรีสุข", "มาลี", "PG", "2022-06-01", "2024-05-31", "88 ถนนงามวงศ์วาน", "", BKK,
     "malee.s@ku.th", "0861234567", "", "", "", "", "", "", ""),
    ("6520200005", "Ms.", "Nguyen", "Thi Lan", "GRAD", "15/08/2565", "14/08/2567", "7 Ngam Wong Wan Rd", "", ("Chatuchak", "Bangkok", "10900", "Thailand"),
     "lan.nguyen@example.org", "0623456789", "", "", "", "", "en", "", ""),
    ("T001001", "รศ.ดร.", "วงศ์สวัสดิ์", "ประเสริฐ", "FA", "2010-04-01", "2030-03-31", "50 ถนนงามวงศ์วาน", "", BKK,
     "prasert.w@ku.th", "0819876543", "", "02-579-0113", "", "วท", "", "", ""),
    ("T001002", "Dr.", "Tanaka", "Hiroshi", "FACULTY", "01/10/2561", "30/09/2571", "", "", ("", "", "", ""),
     "h.tanaka@ku.th", "", "", "", "", "", "en", "", ""),
    ("T001003", "อ.", "แก้วมณี", "อรุณี", "T", "2015-06-01", "2027-05-31", "123/45 คอนโดลุมพินี", "ถนนพหลโยธิน", ("เขตจตุจักร", "", "10900", ""),
     "arunee.k@ku.th", "0923334444", "", "", "", "", "th", "", ""),
    ("T001004", "ผศ.", "บุญมา", "ธนากร", "TEACHER", "2018-01-15", "2028-01-14", "", "", ("", "", "", ""),
     "", "0935556666", "", "", "", "", "", "", ""),
    ("S002001", "นาย", "ทองคำ", "วิชัย", "S", "2012-10-01", "2026-09-30", "9 ซอยพหลโยธิน 45", "", BKK,
     "wichai.t@ku.th", "0845557777", "", "", "", "", "", "", ""),
    ("S002002", "นางสาว", "สายใจ", "พิมพ์ชนก", "STAFF", "2019-03-01", "2027-02-28", "", "", ("", "", "", ""),
     "pimchanok.s@ku.th", "", "0867778888", "", "", "", "", "2025-12-31", "ค้างคืนหนังสือ 3 เล่ม"),
    ("EXA-0001", "นาย", "กิตติ", "พัฒนพงศ์", "EXA", "2023-06-01", "2024-05-31", "55/7 หมู่บ้านสวนธน\nซอยพุทธบูชา 36", "แขวงบางมด",
     ("เขตทุ่งครุ", "กรุงเทพมหานคร", "10140", "ไทย"), "pattanapong@gmail.com", "0891230000", "", "", "", "", "", "", "วางเงินประกัน 500 บาท"),
    ("EXA-0002", "Mrs.", "Johnson", "Emily", "EXT-A", "2023-09-01", "2024-08-31", "1 Wireless Road", "Lumphini",
     ("Pathum Wan", "Bangkok", "10330", "Thailand"), "emily.j@example.com", "0658889999", "", "", "", "", "en-GB", "", ""),
    ("EXA-0003", "นาง", "ศักดิ์ดี", "วรรณา", "EXTA", "01/01/2567", "31/12/2567", "", "", ("", "", "", ""),
     "", "0971112233", "", "", "", "", "", "", ""),
    ("EXB-0001", "นาย", "มั่นคง", "ชัยวัฒน์", "EXB", "2019-01-01", "2019-12-31", "", "", ("", "", "", ""),
     "chaiwat.m@hotmail.com", "", "", "", "Pa1", "", "", "", "สมาชิกภายนอกเดิม"),
    ("EXB-0002", "Mr.", "Müller", "Klaus", "EXT-B", "2024-02-01", "2025-01-31", "", "", ("", "", "", ""),
     "klaus.mueller@example.de", "", "", "", "", "", "en", "", ""),
    ("EXB-0003", "นางสาว", "ศรีสวัสดิ์", "กมลชนก", "EXTB", "2024-05-15", "2025-05-14", "", "", ("", "", "", ""),
     "", "0612223344", "", "", "", "", "", "", ""),
    ("PT-0001", "นาย", "เพชรรัตน์", "สุรเชษฐ์", "PT", "2024-07-01", "2025-06-30", "", "", ("", "", "", ""),
     "surachet.p@outlook.co.th", "", "", "", "", "", "", "", ""),
    ("SCH-0001", "ด.ช.", "จันทร์เพ็ญ", "ภูมิ", "SCH", "2024-11-01", "2025-03-31", "", "", ("", "", "", ""),
     "", "", "", "", "", "", "th", "", "โครงการห้องสมุดสู่โรงเรียน"),
    ("SCH-0002", "ด.ญ.", "สุขประเสริฐ", "ปวีณา", "SCHOOL", "01/11/2567", "31/03/2568", "", "", ("", "", "", ""),
     "", "", "", "", "", "", "th", "", ""),
    ("EDU-0001", "นาง", "ทองดี", "อัมพร", "EDU", "2024-06-10", "2025-06-09", "โรงเรียนสาธิต", "ถนนงามวงศ์วาน", BKK,
     "amporn.t@school.ac.th", "0894445555", "", "", "", "", "", "", ""),
    ("AL-0001", "นาย", "ศิริวัฒน์", "ณัฐพล", "ALUM", "2015-06-01", "2016-05-31", "", "", ("", "", "", ""),
     "nattapon.s@gmail.com", "", "", "", "", "", "", "", ""),
    ("AL-0002", "Ms.", "Chen", "Mei Ling", "ALUMNI", "2014-06-01", "2018-05-31", "", "", ("", "", "", ""),
     "meiling.chen@example.com", "", "", "", "", "", "en", "", ""),
    ("EXA-0004", "นาย", "ใจงาม", "ธีรวัฒน์", "EXA", "2020-01-01", "2020-12-31", "", "", ("", "", "", ""),
     "teerawat.j@gmail.com", "0811119999", "", "", "PA2", "", "", "", ""),
    ("6410110025", "นางสาว", "มีสุข", "ชนิดา", "ug", "2567-06-01", "2571-05-31", "", "", ("", "", "", ""),
     "chanida.m@ku.th", "", "", "", "", "", "", "", ""),
    ("6410110026", "Ms.", "Wilson", "Emma", "UG", "2024-06-01", "2028-05-31", "", "", ("", "", "", ""),
     "emma.wilson@example.com", "", "", "", "U2", "", "", "", "ป.โท ต่อเนื่อง"),
    ("6410110027", "นาย", "สมบูรณ์", "ณัฐพงษ์", "UG", "2024-06-01", "2028-05-31", "", "", ("", "", "", ""),
     "Nattapong.S@KU.TH", "", "", "", "", "", "", "", "ย้ายคณะ, รอเอกสาร"),
    ("6520200028", "นาย", "ประเสริฐศรี", "อนุชา", "PG", "2023-06-01", "2025-05-31", "", "", ("", "", "", ""),
     "", "", "", "081-234-9999", "", "", "", "", ""),
    ("T001005", "ดร.", "ศรีวงศ์", "กนกวรรณ", "FA", "2016-06-01", "2031-05-31", "", "", ("", "", "", ""),
     "kanokwan.s@ku.th", "0891112222", "", "02-579-5000", "", "", "", "", ""),
    ("S002003", "นาง", "บุญเรือง", "สมใจ", "S", "2011-02-01", "2026-01-31", "", "", ("", "", "", ""),
     "", "", "", "02-942-8616", "", "", "", "", ""),
]


def row_fields(index, r):
    card, title, sur, first, cat, enr, exp, a1, a2, (city, state, zipc, country), email, mobile, sms, phone, s1, s2, lang, deb, notes = r
    userid = email.split("@")[0].lower() if email else card.lower()
    return [str(1000 + index), card, title, sur, first, cat, "CEN", enr, exp, a1, a2, city, state, zipc, country,
            email, mobile, sms, phone, s1, s2, lang, deb, notes, userid]


def write_csv(rows, terminator="\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=terminator)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    good = [HEADER] + [row_fields(i, r) for i, r in enumerate(ROWS)]
    text = write_csv(good) + "\n"  # a trailing empty line, as some exports have
    with open(os.path.join(OUT, "koha-patrons-th.csv"), "wb") as f:
        f.write(text.encode("utf-8"))

    # Thai Windows-874 (TIS-620) bytes: the first six patrons that have no non-Thai letters.
    tis_rows = [HEADER] + [row_fields(i, r) for i, r in enumerate(ROWS) if r[0] in
                           ("6410110001", "6410110002", "6520200004", "T001001", "EXA-0001", "SCH-0001")]
    with open(os.path.join(OUT, "koha-patrons-tis620.csv"), "wb") as f:
        f.write(write_csv(tis_rows, "\r\n").encode("cp874"))

    # Thai UTF-8 read as Latin-1 and saved again as UTF-8 (classic mojibake).
    moji = write_csv(tis_rows).encode("utf-8").decode("latin-1").encode("utf-8")
    with open(os.path.join(OUT, "koha-patrons-mojibake.csv"), "wb") as f:
        f.write(moji)

    bad_header = ["cardnumber", "surname", "firstname", "categorycode", "dateenrolled", "dateexpiry", "email", "mobile", "zipcode"]
    bad = [
        bad_header,
        ["G-001", "ใจดี", "สมหญิง", "UG", "2024-06-01", "2028-05-31", "somying@ku.th", "0812345678", "10900"],    # line 2
        ["G-002", "Brown", "Alice", "EXA", "01/07/2567", "30/06/2568", "alice@example.com", "", ""],             # line 3
        ["G-003", "รุ่งเรือง", "ประยุทธ", "S", "2020-01-01", "2030-12-31", "", "0998887777", "10140"],            # line 4
        ["B-VIP", "มั่งมี", "ศรีสุดา", "VIP", "2024-06-01", "2025-05-31", "", "", ""],                             # line 5: unknown category
        ["B-DATE", "วันดี", "สุข", "UG", "2024-06-01", "31/02/2568", "", "", ""],                                 # line 6: bad date
        ["B-ORDER", "กลับหัว", "วัน", "PG", "2025-06-01", "2024-05-31", "", "", ""],                              # line 7: expiry before enrolment
        ["B-MAIL", "Jones", "Bob", "EXB", "2024-06-01", "2025-05-31", "bob@@example", "", ""],                    # line 8: malformed e-mail
        ["B-PHONE", "โทรผิด", "ชาตรี", "STAFF", "2024-06-01", "2025-05-31", "", "0212345", ""],                   # line 9: bad phone
        ["G-001", "ใจดี", "สมหญิง", "UG", "2024-06-01", "2028-05-31", "", "", ""],                               # line 10: duplicate card
        ["B-COUNT", "เกิน", "ช่อง", "UG", "2024-06-01", "2028-05-31", "", "", "", "extra"],                        # line 11: wrong field count
        ["B-MISS", "ขาด", "ข้อมูล", "", "", "2028-05-31", "", "", ""],                                            # line 12: no category, no enrolment
    ]
    with open(os.path.join(OUT, "koha-patrons-bad.csv"), "wb") as f:
        f.write(write_csv(bad, "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
