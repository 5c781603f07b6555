#!/usr/bin/env python3
"""Prints N realistic Koha patron rows (UTF-8 CSV with a header) for import benchmarks.

    scripts/make-koha-csv.py 100000 > /tmp/koha-100k.csv
    KOHA_BENCH_CSV=/tmp/koha-100k.csv swift test -c release --filter KohaImportBenchmark

Output is deterministic (fixed seed); every row is valid for the default category mapping, with
unique card numbers, Thai and English names, ISO and DD/MM/B.E. dates, quoted addresses with
commas and an occasional multi-line address.
"""
import csv
import random
import sys

THAI_FIRST = ["สมชาย", "สมหญิง", "ประเสริฐ", "สุดารัตน์", "วิชัย", "มาลี", "ธนากร", "อรุณี", "ณัฐพล", "กมลชนก",
              "พิมพ์ชนก", "ชัยวัฒน์", "ปวีณา", "อนุชา", "กนกวรรณ", "ธีรวัฒน์", "ศิริพร", "วรรณา", "สุรเชษฐ์", "อัมพร"]
THAI_LAST = ["ใจดี", "รักเรียน", "ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "บุญมา", "ทองคำ", "สายใจ", "กิตติ", "ศักดิ์ดี",
             "มั่นคง", "ศรีสวัสดิ์", "เพชรรัตน์", "จันทร์เพ็ญ", "สุขประเสริฐ", "ทองดี", "ศิริวัฒน์", "ใจงาม", "มีสุข", "บุญเรือง"]
EN_FIRST = ["John", "Emily", "Hiroshi", "Mei Ling", "Klaus", "Anna", "David", "Sophie", "Lan", "Carlos"]
EN_LAST = ["Smith", "Johnson", "Tanaka", "Chen", "Müller", "Nguyen", "Wilson", "Brown", "García", "Kim"]
TITLES_TH = ["นาย", "นาง", "นางสาว", "ดร.", "ผศ.", "รศ."]
TITLES_EN = ["Mr.", "Mrs.", "Ms.", "Dr."]
CATEGORIES = ["UG"] * 10 + ["PG"] * 4 + ["FA"] * 2 + ["S"] * 2 + ["EXA", "EXB", "PT", "SCH", "EDU", "ALUMNI"]
DISTRICTS = [("เขตจตุจักร", "กรุงเทพมหานคร", "10900"), ("เขตบางเขน", "กรุงเทพมหานคร", "10220"),
             ("อำเภอเมืองนนทบุรี", "นนทบุรี", "11000"), ("อำเภอกำแพงแสน", "นครปฐม", "73140"),
             ("อำเภอศรีราชา", "ชลบุรี", "20230")]
STREETS = ["ถนนพหลโยธิน", "ถนนงามวงศ์วาน", "ถนนวิภาวดีรังสิต", "ซอยพหลโยธิน 45", "ถนนสุขุมวิท"]
HEADER = ["cardnumber", "surname", "firstname", "title", "categorycode", "branchcode", "dateenrolled",
          "dateexpiry", "address", "city", "zipcode", "email", "mobile", "sort1", "lang"]


def date_text(rng, year, month, day):
    if rng.random() < 0.5:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{year + 543}"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(20240601)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(HEADER)
    for i in range(n):
        thai = rng.random() < 0.8
        if thai:
            first, last, title = rng.choice(THAI_FIRST), rng.choice(THAI_LAST), rng.choice(TITLES_TH)
        else:
            first, last, title = rng.choice(EN_FIRST), rng.choice(EN_LAST), rng.choice(TITLES_EN)
        category = rng.choice(CATEGORIES)
        year = rng.randint(2015, 2024)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        enrolled = date_text(rng, year, month, day)
        expiry = date_text(rng, year + rng.randint(1, 4), month, day)
        district, province, zipcode = rng.choice(DISTRICTS)
        address = f"{rng.randint(1, 999)}/{rng.randint(1, 99)} หมู่ {rng.randint(1, 12)}, {rng.choice(STREETS)}"
        if rng.random() < 0.02:
            address += "\nอาคาร " + str(rng.randint(1, 9))
        email = f"p{i:06d}@{'ku.th' if category in ('UG', 'PG', 'FA', 'S') else 'example.com'}" if rng.random() < 0.85 else ""
        mobile = "0" + rng.choice("689") + "".join(rng.choice("0123456789") for _ in range(8)) if rng.random() < 0.9 else ""
        sort1 = rng.choice(["", "", "", "ENG", "SCI", "Pa1", "Pa2"]) if category in ("EXA", "EXB") else ""
        lang = rng.choice(["", "th", "en", "th-TH", "default"])
        out.writerow([f"K{i:08d}", last, first, title, category, "CEN", enrolled, expiry, address,
                      f"{district} {province}", zipcode, email, mobile, sort1, lang])


if __name__ == "__main__":
    main()
