/// Rules for staff sign-in names and passwords, with messages in both languages.
public enum StaffAccountProblem: Error, Equatable, Sendable {
    case usernameInvalid(String)
    case usernameTaken(String)
    case displayNameMissing
    case passwordTooShort(minimum: Int)
    case unknownRole(String)

    public static let minimumPasswordLength = 10

    public static func check(username: String, displayName: String, password: String?, role: String) -> [StaffAccountProblem] {
        var problems: [StaffAccountProblem] = []
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        if !(3...32).contains(username.count) || !username.allSatisfy({ allowed.contains($0) }) {
            problems.append(.usernameInvalid(username))
        }
        if displayName.trimmingCharacters(in: " ").isEmpty { problems.append(.displayNameMissing) }
        if let password, password.count < minimumPasswordLength {
            problems.append(.passwordTooShort(minimum: minimumPasswordLength))
        }
        if StaffRole(rawValue: role) == nil { problems.append(.unknownRole(role)) }
        return problems
    }

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.usernameInvalid(let s), .th): "ชื่อผู้ใช้ “\(s)” ต้องยาว 3–32 ตัว ใช้ a–z 0–9 . _ - เท่านั้น"
        case (.usernameInvalid(let s), .en): "Username “\(s)” must be 3–32 characters of a–z, 0–9, . _ -"
        case (.usernameTaken(let s), .th): "ชื่อผู้ใช้ \(s) มีอยู่แล้ว"
        case (.usernameTaken(let s), .en): "Username \(s) is already taken."
        case (.displayNameMissing, .th): "กรุณากรอกชื่อที่แสดง"
        case (.displayNameMissing, .en): "A display name is required."
        case (.passwordTooShort(let n), .th): "รหัสผ่านต้องยาวอย่างน้อย \(n) ตัวอักษร"
        case (.passwordTooShort(let n), .en): "The password must be at least \(n) characters."
        case (.unknownRole(let s), .th): "ไม่รู้จักบทบาท “\(s)”"
        case (.unknownRole(let s), .en): "Unknown role “\(s)”."
        }
    }
}
