/// Amounts in Thai words, as written on receipts (the same rules as Excel's BAHTTEXT):
/// `หนึ่งพันบาทถ้วน`, `หนึ่งร้อยยี่สิบเอ็ดบาทห้าสิบสตางค์`, `ห้าสิบสตางค์`, `ศูนย์บาทถ้วน`.
///
/// Rules: a 1 in the units place after any higher digit is `เอ็ด` (11 สิบเอ็ด, 101 หนึ่งร้อยเอ็ด,
/// 1,000,001 หนึ่งล้านเอ็ด), alone it is `หนึ่ง`; 2 in the tens place is `ยี่` (20 ยี่สิบ); 1 in the tens
/// place is just `สิบ`; `ล้าน` every six digits, repeated for 10^12 and above (หนึ่งล้านล้าน).
/// Negative amounts (only corrections can be) start with `ลบ`.
public enum ThaiBahtText {
    static let digits = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    static let places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

    public static func words(_ amount: Satang) -> String {
        let (baht, satang) = amount.magnitudeParts
        let sign = amount.isNegative ? "ลบ" : ""
        if baht == 0 && satang == 0 { return "ศูนย์บาทถ้วน" }
        var text = sign
        if baht > 0 { text += number(baht) + "บาท" }
        text += satang == 0 ? "ถ้วน" : number(satang) + "สตางค์"
        return text
    }

    /// A non-negative whole number in Thai words (`0` → ศูนย์).
    public static func number(_ n: UInt64) -> String {
        if n == 0 { return digits[0] }
        return spell(n)
    }

    private static func spell(_ n: UInt64) -> String {
        if n < 1_000_000 { return group(n, hasHigher: false) }
        let high = n / 1_000_000
        let low = n % 1_000_000
        return spell(high) + "ล้าน" + (low == 0 ? "" : group(low, hasHigher: true))
    }

    /// 1…999,999 (0 gives ""). `hasHigher`: digits above this group exist (for เอ็ด).
    private static func group(_ n: UInt64, hasHigher: Bool) -> String {
        var text = ""
        var remaining = n
        var place = 5
        var divisor: UInt64 = 100_000
        while place >= 0 {
            let d = Int(remaining / divisor)
            remaining %= divisor
            if d != 0 {
                switch place {
                case 1:
                    text += d == 1 ? "สิบ" : d == 2 ? "ยี่สิบ" : digits[d] + "สิบ"
                case 0:
                    text += (d == 1 && (n > 1 || hasHigher)) ? "เอ็ด" : digits[d]
                default:
                    text += digits[d] + places[place]
                }
            }
            place -= 1
            divisor /= 10
        }
        return text
    }
}
