import Foundation

/// The person named by a member to collect the refund (seed 000: power of attorney).
public struct ProxyDetails: Equatable, Sendable, Codable {
    public var name: String
    /// Thai national ID number, 13 digits (dashes and spaces allowed).
    public var idNumber: String
    /// The date written on the authorisation letter.
    public var letterDate: CivilDate?

    public init(name: String, idNumber: String, letterDate: CivilDate?) {
        self.name = name
        self.idNumber = idNumber
        self.letterDate = letterDate
    }
}

/// Who collects the refund.
public enum RefundCollector: Equatable, Sendable {
    case member
    case proxy(ProxyDetails)

    public var isProxy: Bool { if case .proxy = self { true } else { false } }
}

/// A head's permission to refund after the claim deadline.
public struct DeadlineOverride: Equatable, Sendable, Codable {
    public var by: StaffRef
    public var role: StaffRole
    public var reason: String

    public init(by: StaffRef, role: StaffRole, reason: String) {
        self.by = by
        self.role = role
        self.reason = reason
    }

    /// Heads decide; administrators may do everything (see `StaffRole`).
    public static let authorisedRoles: Set<StaffRole> = [.head, .admin]
}

/// Everything the counter knows about a refund about to be paid.
public struct RefundRequest: Equatable, Sendable {
    public var membershipExpiry: CivilDate
    /// The status stored on the member (the effective one is derived with the expiry).
    public var memberStatus: MemberStatus
    /// Set when the member ended the membership before its expiry.
    public var membershipEndedOn: CivilDate?
    public var lastClaimDay: CivilDate
    public var paymentMethod: PaymentMethod
    /// Codes of the documents ticked on the checklist.
    public var documentsTicked: Set<String>
    public var collector: RefundCollector
    public var deadlineOverride: DeadlineOverride?

    public init(membershipExpiry: CivilDate, memberStatus: MemberStatus, membershipEndedOn: CivilDate? = nil,
                lastClaimDay: CivilDate, paymentMethod: PaymentMethod, documentsTicked: Set<String>,
                collector: RefundCollector = .member, deadlineOverride: DeadlineOverride? = nil) {
        self.membershipExpiry = membershipExpiry
        self.memberStatus = memberStatus
        self.membershipEndedOn = membershipEndedOn
        self.lastClaimDay = lastClaimDay
        self.paymentMethod = paymentMethod
        self.documentsTicked = documentsTicked
        self.collector = collector
        self.deadlineOverride = deadlineOverride
    }
}

/// The member's and the deposit's side of a refund, known before anyone fills in the form: what the
/// deposit page and the refund page ask ("can a refund be paid now, and if not, when?").
public struct RefundSituation: Equatable, Sendable {
    public var membershipExpiry: CivilDate
    /// The status stored on the member (the effective one is derived with the expiry).
    public var memberStatus: MemberStatus
    /// Set when the member ended the membership before its expiry.
    public var membershipEndedOn: CivilDate?
    public var lastClaimDay: CivilDate

    public init(membershipExpiry: CivilDate, memberStatus: MemberStatus, membershipEndedOn: CivilDate? = nil, lastClaimDay: CivilDate) {
        self.membershipExpiry = membershipExpiry
        self.memberStatus = memberStatus
        self.membershipEndedOn = membershipEndedOn
        self.lastClaimDay = lastClaimDay
    }

    /// Has the claim deadline passed on `today` (a refund then needs a head's override)?
    public func pastDeadline(on today: CivilDate) -> Bool { ClaimDeadline.hasPassed(lastClaimDay, on: today) }
}

extension RefundRequest {
    public var situation: RefundSituation {
        RefundSituation(membershipExpiry: membershipExpiry, memberStatus: memberStatus, membershipEndedOn: membershipEndedOn,
                        lastClaimDay: lastClaimDay)
    }
}

/// Whether a refund may be paid now: one rule for the pages (`blockers`: is *Pay the refund*
/// offered, and if not, why and when) and for the POST (`problems`: the same checks, then the form's).
/// The amount itself (above the balance, a second refund) is the ledger's business: record the
/// refund entry through `Ledger.check` as well.
public enum RefundEligibility {
    /// What stands in the way of a refund now, before any form is filled in: the membership still
    /// current, the member suspended, the counter closed, and — unless the reader may override it
    /// (`DeadlineOverride.authorisedRoles`) — the claim deadline passed. Empty: offer the form
    /// (with the override's reason field when `situation.pastDeadline`).
    public static func blockers(_ situation: RefundSituation, at instant: Date, counterHours: CounterHours,
                                holidays: HolidayCalendar, readerRole: StaffRole) -> [RefundProblem] {
        situationProblems(situation, at: instant, counterHours: counterHours, holidays: holidays) { lastClaimDay in
            DeadlineOverride.authorisedRoles.contains(readerRole) ? [] : [.claimDeadlinePassed(lastClaimDay)]
        }
    }

    public static func problems(for request: RefundRequest, at instant: Date, counterHours: CounterHours,
                                holidays: HolidayCalendar, policy: DepositPolicy) -> [RefundProblem] {
        let today = BangkokTime.day(of: instant)
        var problems = situationProblems(request.situation, at: instant, counterHours: counterHours, holidays: holidays) { lastClaimDay in
            guard let o = request.deadlineOverride else { return [.claimDeadlinePassed(lastClaimDay)] }
            var found: [RefundProblem] = []
            if !DeadlineOverride.authorisedRoles.contains(o.role) { found.append(.overrideNotAuthorised(o.role)) }
            if o.reason.depositTrimmed(" \t\r\n").isEmpty || o.by.id.depositTrimmed(" \t").isEmpty {
                found.append(.overrideReasonMissing)
            } else if FieldLimits.exceeds(o.reason, FieldLimits.moneyNote) {
                found.append(.overrideReasonTooLong(maximum: FieldLimits.moneyNote))
            }
            return found
        }

        // Documents.
        let missing = policy.requirements(proxy: request.collector.isProxy, paymentMethod: request.paymentMethod)
            .filter { !$0.isSatisfied(by: request.documentsTicked) }
        if !missing.isEmpty { problems.append(.documentsMissing(missing)) }

        // The proxy and the letter.
        if case .proxy(let p) = request.collector {
            if p.name.depositTrimmed(" \t").isEmpty {
                problems.append(.proxyNameMissing)
            } else if FieldLimits.exceeds(p.name, FieldLimits.proxyName) {
                problems.append(.proxyNameTooLong(maximum: FieldLimits.proxyName))
            }
            let id = p.idNumber.depositTrimmed(" \t")
            if id.isEmpty {
                problems.append(.proxyIDNumberMissing)
            } else if !ThaiNationalID.isValid(String(id)) {
                problems.append(.proxyIDNumberInvalid(String(id.prefix(FieldLimits.proxyIDNumber))))
            }
            if let letter = p.letterDate {
                if letter > today { problems.append(.proxyLetterDateInFuture(letter)) }
            } else {
                problems.append(.proxyLetterDateMissing)
            }
        }
        return problems
    }

    /// The checks of the situation, in the order the messages read; `deadline` says what a passed
    /// claim deadline means for the caller (a blocker, or the override's own checks).
    private static func situationProblems(_ situation: RefundSituation, at instant: Date, counterHours: CounterHours,
                                          holidays: HolidayCalendar, deadline: (CivilDate) -> [RefundProblem]) -> [RefundProblem] {
        var problems: [RefundProblem] = []
        let today = BangkokTime.day(of: instant)

        // Membership expired or ended.
        let effective = MemberStatus.effective(stored: situation.memberStatus, expiresOn: situation.membershipExpiry, today: today)
        let ended = situation.membershipEndedOn.map { $0 <= today } ?? false
        if effective == .suspended {
            problems.append(.memberSuspended)
        } else if effective != .expired && !ended {
            problems.append(.membershipStillActive(expiresOn: situation.membershipExpiry))
        }

        // The claim deadline, or a head's override.
        if situation.pastDeadline(on: today) { problems += deadline(situation.lastClaimDay) }

        // Counter hours.
        if !counterHours.isOpen(at: instant, holidays: holidays) {
            problems.append(.counterClosed(hours: counterHours,
                                           holiday: holidays.holidays(on: today).first,
                                           opensAgain: counterHours.nextOpening(after: instant, holidays: holidays)))
        }
        return problems
    }
}

/// Why a refund cannot be paid now, and what to do about it.
public enum RefundProblem: Equatable, Sendable, Error {
    case membershipStillActive(expiresOn: CivilDate)
    case memberSuspended
    case claimDeadlinePassed(CivilDate)
    case overrideNotAuthorised(StaffRole)
    case overrideReasonMissing
    case counterClosed(hours: CounterHours, holiday: Holiday?, opensAgain: BangkokTime?)
    case documentsMissing([RefundDocumentRequirement])
    case proxyNameMissing
    case proxyIDNumberMissing
    case proxyIDNumberInvalid(String)
    case proxyLetterDateMissing
    case proxyLetterDateInFuture(CivilDate)
    case proxyNameTooLong(maximum: Int)
    case overrideReasonTooLong(maximum: Int)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.membershipStillActive(let d), .th):
            return "สมาชิกภาพยังไม่หมดอายุ คืนเงินประกันได้หลังสมาชิกภาพหมดอายุในวันที่ \(DateDisplay.short(d, .th)) คือตั้งแต่วันที่ \(DateDisplay.short(d.adding(days: 1), .th))"
        case (.membershipStillActive(let d), .en):
            return "The membership is still current: the deposit can be refunded after the membership expires on \(DateDisplay.short(d, .en)), that is from \(DateDisplay.short(d.adding(days: 1), .en))."
        case (.memberSuspended, .th):
            return "สมาชิกถูกระงับสิทธิ์ ยังคืนเงินประกันไม่ได้ กรุณาตรวจสอบสาเหตุ (เช่น หนังสือค้างส่งหรือชำรุด) และยกเลิกการระงับก่อน"
        case (.memberSuspended, .en):
            return "The member is suspended, so the deposit cannot be refunded yet; check why (e.g. overdue or damaged books) and lift the suspension first."
        case (.claimDeadlinePassed(let d), .th):
            return "พ้นกำหนดขอรับเงินประกันคืนแล้ว (ภายใน \(DateDisplay.short(d, .th))) การคืนเงินต้องได้รับอนุมัติจากหัวหน้างานพร้อมระบุเหตุผล"
        case (.claimDeadlinePassed(let d), .en):
            return "The claim deadline (\(DateDisplay.short(d, .en))) has passed; a refund now needs a head's approval with a reason."
        case (.overrideNotAuthorised(let r), .th):
            return "การอนุมัติคืนเงินหลังพ้นกำหนดต้องเป็นของหัวหน้างาน (ผู้อนุมัติเป็น\(r.name(.th))) กรุณาขอให้หัวหน้างานอนุมัติ"
        case (.overrideNotAuthorised(let r), .en):
            return "Only a head may approve a refund after the deadline (this approval is by: \(r.name(.en))); ask a head to approve it."
        case (.overrideReasonMissing, .th):
            return "การอนุมัติคืนเงินหลังพ้นกำหนดต้องระบุผู้อนุมัติและเหตุผล"
        case (.overrideReasonMissing, .en):
            return "An approval to refund after the deadline must name who approved it and give a reason."
        case (.counterClosed(let hours, let holiday, let next), .th):
            var s = "ขณะนี้เคาน์เตอร์ปิด"
            if let holiday { s += " (\(holiday.nameTh))" }
            s += " คืนเงินประกันได้เฉพาะเวลา \(hours.summary(.th)) ยกเว้นวันหยุดราชการ"
            if let next { s += " เคาน์เตอร์จะเปิดอีกครั้ง\(WeekdayName.dayAndTime(next, .th))" }
            return s
        case (.counterClosed(let hours, let holiday, let next), .en):
            var s = "The counter is closed now"
            if let holiday { s += " (\(holiday.nameEn))" }
            s += "; refunds are paid \(hours.summary(.en)), except on public holidays."
            if let next { s += " It opens again on \(WeekdayName.dayAndTime(next, .en))." }
            return s
        case (.documentsMissing(let list), .th):
            return "เอกสารยังไม่ครบ: " + list.map { $0.label(.th) }.joined(separator: "; ") + " — กรุณาตรวจเอกสารและทำเครื่องหมายในรายการ"
        case (.documentsMissing(let list), .en):
            return "Documents missing: " + list.map { $0.label(.en) }.joined(separator: "; ") + ". Check them and tick them on the list."
        case (.proxyNameMissing, .th): return "กรุณากรอกชื่อ-นามสกุลของผู้รับมอบอำนาจ"
        case (.proxyNameMissing, .en): return "Enter the proxy's full name."
        case (.proxyNameTooLong(let max), .th): return "ชื่อผู้รับมอบฉันทะยาวเกิน \(max) ตัวอักษร"
        case (.proxyNameTooLong(let max), .en): return "The proxy's name is longer than \(max) characters."
        case (.overrideReasonTooLong(let max), .th): return "เหตุผลการคืนเงินหลังกำหนดยาวเกิน \(max) ตัวอักษร กรุณาย่อให้สั้นลง"
        case (.overrideReasonTooLong(let max), .en): return "The reason for refunding after the deadline is longer than \(max) characters; please shorten it."
        case (.proxyIDNumberMissing, .th): return "กรุณากรอกเลขประจำตัวประชาชน 13 หลักของผู้รับมอบอำนาจ"
        case (.proxyIDNumberMissing, .en): return "Enter the proxy's 13-digit national ID number."
        case (.proxyIDNumberInvalid(let s), .th): return "เลขประจำตัวประชาชน “\(s)” ไม่ถูกต้อง (ต้องเป็นตัวเลข 13 หลักและหลักสุดท้ายตรงกับเลขตรวจสอบ) กรุณาตรวจกับบัตรอีกครั้ง"
        case (.proxyIDNumberInvalid(let s), .en): return "National ID number “\(s)” is not valid (13 digits with a matching check digit); check it against the card."
        case (.proxyLetterDateMissing, .th): return "กรุณากรอกวันที่ในหนังสือมอบอำนาจ"
        case (.proxyLetterDateMissing, .en): return "Enter the date written on the authorisation letter."
        case (.proxyLetterDateInFuture(let d), .th): return "วันที่ในหนังสือมอบอำนาจ (\(DateDisplay.short(d, .th))) อยู่หลังวันนี้ กรุณาตรวจสอบวันที่"
        case (.proxyLetterDateInFuture(let d), .en): return "The authorisation letter is dated \(DateDisplay.short(d, .en)), after today; check the date."
        }
    }
}
