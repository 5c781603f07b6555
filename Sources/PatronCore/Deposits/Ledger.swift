import Foundation

/// Where one deposit stands, computed from its entries (corrections applied).
public struct DepositSummary: Equatable, Sendable {
    /// Received, with corrections of the receipt applied.
    public private(set) var received = Satang.zero
    /// Refunded, with corrections of the refund applied.
    public private(set) var refunded = Satang.zero
    /// Forfeited, with corrections of forfeitures applied.
    public private(set) var forfeited = Satang.zero
    /// The net of all corrections (their balance effect).
    public private(set) var corrections = Satang.zero
    /// received − refunded − forfeited, i.e. the sum of every entry's balance effect.
    public private(set) var balance = Satang.zero
    public private(set) var hasReceipt = false
    /// Each non-correction entry's amount after the corrections pointing at it.
    public private(set) var effectiveAmounts: [UUID: Satang] = [:]
    /// Entry kinds by id, to resolve what a correction points at.
    public private(set) var kinds: [UUID: LedgerEntry.Kind] = [:]

    public init(entries: some Sequence<LedgerEntry>) {
        var corrections: [LedgerEntry] = []
        for e in entries {
            kinds[e.id] = e.kind
            balance += e.balanceEffect
            switch e.kind {
            case .received:
                hasReceipt = true
                received += e.amount
                effectiveAmounts[e.id, default: .zero] += e.amount
            case .refunded:
                refunded += e.amount
                effectiveAmounts[e.id, default: .zero] += e.amount
            case .forfeited:
                forfeited += e.amount
                effectiveAmounts[e.id, default: .zero] += e.amount
            case .correction:
                self.corrections += e.amount
                corrections.append(e)
            }
        }
        for c in corrections {
            guard let target = c.corrects, let kind = kinds[target], kind != .correction else { continue }
            switch kind {
            case .received:
                received += c.amount
                effectiveAmounts[target, default: .zero] += c.amount
            case .refunded:
                refunded -= c.amount
                effectiveAmounts[target, default: .zero] -= c.amount
            case .forfeited:
                forfeited -= c.amount
                effectiveAmounts[target, default: .zero] -= c.amount
            case .correction:
                break
            }
        }
    }

    /// A refund has been paid (and not entirely corrected away).
    public var isRefunded: Bool { refunded.isPositive }
    /// Nothing left after a refund or forfeiture: no more refunds or forfeitures.
    public var isClosed: Bool { balance.isZero && (refunded.isPositive || forfeited.isPositive) }
}

/// The append-only ledger of deposit movements.
///
/// Rules (`check` is the single place that decides whether an entry may be recorded; the database
/// mirrors the essential ones with constraints):
/// - A deposit is one receipt: its first entry is the one `received` entry, amount > 0.
/// - `refunded`: amount > 0 and ≤ balance; at most one refund per deposit (a refund is the
///   payout; a remainder kept for damage is forfeited with a reason); refused when the deposit is
///   closed (nothing left after a refund or forfeiture).
/// - `forfeited`: amount > 0 and ≤ balance, with a reason; several partial forfeitures are allowed
///   (damage deductions), none once the balance is zero.
/// - `correction`: a non-zero signed balance effect, a reason, and a pointer to an existing entry of
///   the same deposit that is not itself a correction (to fix a wrong correction, add another
///   correction of the same original entry). The balance may not go below zero, nor the corrected
///   entry's own amount (a refund cannot be corrected into a negative refund). Corrections are
///   allowed on closed deposits — mistakes are found late.
/// - Every entry: who (staff id), a unique id, an amount of at most `maximumEntryAmount`;
///   receipts and refunds also a counter and a payment method.
/// With these rules the balance of a deposit can never be negative, and no sum overflows.
public struct Ledger: Equatable, Sendable {
    /// 100,000,000 baht: far above any deposit, far below overflow.
    public static let maximumEntryAmount = Satang(10_000_000_000)

    public private(set) var entries: [LedgerEntry] = []
    private var ids: Set<UUID> = []

    public init() {}

    /// Rebuilds a ledger from stored entries, checking each in order.
    public init(replaying entries: some Sequence<LedgerEntry>) throws(LedgerRejection) {
        for e in entries { try append(e) }
    }

    /// Records the entry when `check` finds nothing wrong; otherwise throws and leaves the ledger unchanged.
    public mutating func append(_ entry: LedgerEntry) throws(LedgerRejection) {
        var problems: [LedgerProblem] = ids.contains(entry.id) ? [.duplicateEntryID] : []
        problems += Ledger.check(entry, against: entries(ofDeposit: entry.depositID))
        guard problems.isEmpty else { throw LedgerRejection(entry: entry, problems: problems) }
        entries.append(entry)
        ids.insert(entry.id)
    }

    public func entries(ofDeposit id: UUID) -> [LedgerEntry] { entries.filter { $0.depositID == id } }

    public func summary(ofDeposit id: UUID) -> DepositSummary { DepositSummary(entries: entries(ofDeposit: id)) }

    public func balance(ofDeposit id: UUID) -> Satang { Ledger.balance(of: entries(ofDeposit: id)) }

    /// Deposit ids in the order their first entry was recorded.
    public var depositIDs: [UUID] {
        var seen = Set<UUID>()
        return entries.compactMap { seen.insert($0.depositID).inserted ? $0.depositID : nil }
    }

    public static func == (lhs: Ledger, rhs: Ledger) -> Bool { lhs.entries == rhs.entries }

    // MARK: pure functions

    /// The balance: the sum of the entries' balance effects (a member's balance = the sum over all
    /// entries of all their deposits).
    public static func balance(of entries: some Sequence<LedgerEntry>) -> Satang {
        entries.reduce(Satang.zero) { $0 + $1.balanceEffect }
    }

    /// The balance counting only entries recorded at or before `instant`.
    public static func balance(of entries: some Sequence<LedgerEntry>, asOf instant: Date) -> Satang {
        balance(of: entries.filter { $0.recordedAt <= instant })
    }

    /// Everything wrong with recording `proposed` after `existing`, the entries already recorded for
    /// the same deposit; empty when it may be recorded.
    public static func check(_ proposed: LedgerEntry, against existing: [LedgerEntry]) -> [LedgerProblem] {
        var problems: [LedgerProblem] = []
        let e = proposed

        // The record itself.
        if e.recordedBy.id.depositTrimmed(" \t").isEmpty { problems.append(.staffMissing) }
        switch e.kind {
        case .received, .refunded, .forfeited:
            if !e.amount.isPositive { problems.append(.amountNotPositive(e.kind, e.amount)) }
            if e.corrects != nil { problems.append(.pointerOnNonCorrection) }
        case .correction:
            if e.amount.isZero { problems.append(.correctionAmountZero) }
            if e.corrects == nil { problems.append(.correctionTargetMissing) }
        }
        if FieldLimits.exceeds(e.reason, FieldLimits.moneyNote) { problems.append(.reasonTooLong(maximum: FieldLimits.moneyNote)) }
        if FieldLimits.exceeds(e.counter, FieldLimits.counter) { problems.append(.counterTooLong(maximum: FieldLimits.counter)) }
        if e.amount.value.magnitude > maximumEntryAmount.value.magnitude {
            problems.append(.amountTooLarge(e.amount, limit: maximumEntryAmount))
        }
        switch e.kind {
        case .received, .refunded:
            if e.counter.depositTrimmed(" \t").isEmpty { problems.append(.counterMissing) }
            if e.paymentMethod == nil { problems.append(.paymentMethodMissing(e.kind)) }
        case .forfeited, .correction:
            if e.reason.depositTrimmed(" \t\r\n").isEmpty { problems.append(.reasonMissing(e.kind)) }
        }

        // Its place in the deposit's history.
        if existing.contains(where: { $0.depositID != e.depositID }) {
            problems.append(.otherDeposit)
            return problems
        }
        if existing.contains(where: { $0.id == e.id }) { problems.append(.duplicateEntryID) }
        // Stop before arithmetic when the amount itself is unusable.
        guard !problems.contains(where: \.isAboutTheAmount) else { return problems }

        let state = DepositSummary(entries: existing)
        switch e.kind {
        case .received:
            if state.hasReceipt { problems.append(.alreadyReceived) }
            else if !existing.isEmpty { problems.append(.notReceivedYet) }
        case .refunded:
            if !state.hasReceipt { problems.append(.notReceivedYet) }
            else if state.isRefunded { problems.append(.alreadyRefunded(state.refunded)) }
            else if state.isClosed || state.balance.isZero { problems.append(.depositClosed) }
            else if e.amount > state.balance { problems.append(.refundAboveBalance(requested: e.amount, balance: state.balance)) }
        case .forfeited:
            if !state.hasReceipt { problems.append(.notReceivedYet) }
            else if state.isClosed || state.balance.isZero { problems.append(.depositClosed) }
            else if e.amount > state.balance { problems.append(.forfeitAboveBalance(requested: e.amount, balance: state.balance)) }
        case .correction:
            guard let target = e.corrects else { break }
            if !state.hasReceipt { problems.append(.notReceivedYet); break }
            guard let kind = state.kinds[target] else { problems.append(.unknownCorrectionTarget(target)); break }
            if kind == .correction { problems.append(.correctionOfCorrection); break }
            guard let after = try? state.balance.adding(e.amount) else {
                problems.append(.amountTooLarge(e.amount, limit: maximumEntryAmount)); break
            }
            if after.isNegative { problems.append(.correctionMakesBalanceNegative(balanceAfter: after)) }
            let current = state.effectiveAmounts[target] ?? .zero
            let entryAfter = kind == .received ? try? current.adding(e.amount) : try? current.subtracting(e.amount)
            if let entryAfter, entryAfter.isNegative {
                problems.append(.correctionMakesEntryNegative(kind, amountAfter: entryAfter))
            }
        }
        return problems
    }

    /// Totals of the entries recorded in `[from, until)`. Corrections are attributed to the kind of
    /// the entry they correct when that entry is among `entries` (it may be outside the period).
    public static func totals(of entries: some Sequence<LedgerEntry>, from: Date, until: Date) -> LedgerTotals {
        let all = Array(entries)
        var kinds: [UUID: LedgerEntry.Kind] = [:]
        for e in all { kinds[e.id] = e.kind }
        var t = LedgerTotals()
        for e in all where from <= e.recordedAt && e.recordedAt < until {
            t.count += 1
            switch e.kind {
            case .received: t.received += e.amount; t.correctedReceived += e.amount
            case .refunded: t.refunded += e.amount; t.correctedRefunded += e.amount
            case .forfeited: t.forfeited += e.amount; t.correctedForfeited += e.amount
            case .correction:
                t.corrections += e.amount
                switch e.corrects.flatMap({ kinds[$0] }) {
                case .received: t.correctedReceived += e.amount
                case .refunded: t.correctedRefunded -= e.amount
                case .forfeited: t.correctedForfeited -= e.amount
                case .correction, nil: break
                }
            }
        }
        return t
    }

    /// Totals for whole Bangkok days, e.g. a fiscal year: `totals(of:, days: fy.firstDay...fy.lastDay)`.
    public static func totals(of entries: some Sequence<LedgerEntry>, days: ClosedRange<CivilDate>) -> LedgerTotals {
        totals(of: entries, from: BangkokTime.startOfDay(days.lowerBound),
               until: BangkokTime.startOfDay(days.upperBound.adding(days: 1)))
    }
}

/// Sums of ledger entries by kind over a period.
public struct LedgerTotals: Equatable, Sendable {
    public var count = 0
    /// As recorded.
    public var received = Satang.zero
    public var refunded = Satang.zero
    public var forfeited = Satang.zero
    /// The net balance effect of the corrections recorded in the period.
    public var corrections = Satang.zero
    /// With the period's corrections applied to the kind they correct.
    public var correctedReceived = Satang.zero
    public var correctedRefunded = Satang.zero
    public var correctedForfeited = Satang.zero

    public init() {}

    /// The change in money held over the period: received − refunded − forfeited + corrections.
    public var net: Satang { received - refunded - forfeited + corrections }
}

/// An entry the ledger refused, with every reason.
public struct LedgerRejection: Error, Equatable, Sendable {
    public let entry: LedgerEntry
    public let problems: [LedgerProblem]

    public func message(_ language: Language) -> String {
        problems.map { $0.message(language) }.joined(separator: "\n")
    }
}

/// Why a ledger entry cannot be recorded, said so that staff know what to do.
public enum LedgerProblem: Equatable, Sendable, Error {
    case amountNotPositive(LedgerEntry.Kind, Satang)
    case correctionAmountZero
    case amountTooLarge(Satang, limit: Satang)
    case staffMissing
    case counterMissing
    case paymentMethodMissing(LedgerEntry.Kind)
    case reasonMissing(LedgerEntry.Kind)
    case correctionTargetMissing
    case pointerOnNonCorrection
    case otherDeposit
    case duplicateEntryID
    case alreadyReceived
    case notReceivedYet
    case alreadyRefunded(Satang)
    case depositClosed
    case refundAboveBalance(requested: Satang, balance: Satang)
    case forfeitAboveBalance(requested: Satang, balance: Satang)
    case unknownCorrectionTarget(UUID)
    case correctionOfCorrection
    case correctionMakesBalanceNegative(balanceAfter: Satang)
    case correctionMakesEntryNegative(LedgerEntry.Kind, amountAfter: Satang)
    case reasonTooLong(maximum: Int)
    case counterTooLong(maximum: Int)

    var isAboutTheAmount: Bool {
        switch self {
        case .amountNotPositive, .correctionAmountZero, .amountTooLarge, .correctionTargetMissing: true
        default: false
        }
    }

    public func message(_ language: Language) -> String {
        func b(_ s: Satang) -> String { s.formatted(.bahtWord) }
        func en(_ s: Satang) -> String { "\(s.formatted(.plain)) baht" }
        switch (self, language) {
        case (.amountNotPositive(let k, let a), .th):
            return "จำนวนเงิน\(k.name(.th)) ต้องมากกว่าศูนย์ (ได้รับ \(b(a))) กรุณากรอกจำนวนเงินที่ถูกต้อง"
        case (.amountNotPositive(let k, let a), .en):
            return "The amount of “\(k.name(.en))” must be more than zero (got \(en(a))); enter the correct amount."
        case (.correctionAmountZero, .th):
            return "รายการแก้ไขต้องมีจำนวนเงินไม่เป็นศูนย์ (บวกเพื่อเพิ่มยอดคงเหลือ ลบเพื่อลดยอดคงเหลือ)"
        case (.correctionAmountZero, .en):
            return "A correction must change the balance: enter a positive amount to raise it or a negative one to lower it."
        case (.amountTooLarge(let a, let limit), .th):
            return "จำนวนเงิน \(b(a)) เกินกว่าที่รับได้ต่อรายการ (\(b(limit))) กรุณาตรวจสอบจำนวนเงิน"
        case (.amountTooLarge(let a, let limit), .en):
            return "The amount \(en(a)) is above the limit for one entry (\(en(limit))); check the amount."
        case (.reasonTooLong(let max), .th): return "หมายเหตุหรือเหตุผลยาวเกิน \(max) ตัวอักษร กรุณาย่อให้สั้นลง"
        case (.reasonTooLong(let max), .en): return "The note or reason is longer than \(max) characters; please shorten it."
        case (.counterTooLong(let max), .th): return "ชื่อจุดบริการยาวเกิน \(max) ตัวอักษร"
        case (.counterTooLong(let max), .en): return "The counter's name is longer than \(max) characters."
        case (.staffMissing, .th): return "ไม่ทราบผู้บันทึกรายการ กรุณาเข้าสู่ระบบก่อนบันทึก"
        case (.staffMissing, .en): return "Who recorded this is unknown; sign in before recording."
        case (.counterMissing, .th): return "กรุณาระบุจุดบริการ (เคาน์เตอร์) ที่รับหรือจ่ายเงิน"
        case (.counterMissing, .en): return "Name the counter where the money was taken or paid."
        case (.paymentMethodMissing(let k), .th):
            return "กรุณาเลือกวิธีชำระเงินสำหรับ\(k.name(.th)) (เงินสด โอนเงินผ่านธนาคาร หรือ พร้อมเพย์)"
        case (.paymentMethodMissing(let k), .en):
            return "Choose how the money was paid for “\(k.name(.en))” (cash, bank transfer or PromptPay)."
        case (.reasonMissing(let k), .th): return "กรุณาระบุเหตุผลของ\(k.name(.th))"
        case (.reasonMissing(let k), .en): return "Give the reason for the \(k.name(.en).lowercased())."
        case (.correctionTargetMissing, .th): return "รายการแก้ไขต้องระบุรายการที่ต้องการแก้ไข"
        case (.correctionTargetMissing, .en): return "A correction must name the entry it corrects."
        case (.pointerOnNonCorrection, .th): return "มีเพียงรายการแก้ไขเท่านั้นที่อ้างถึงรายการอื่นได้"
        case (.pointerOnNonCorrection, .en): return "Only a correction may point at another entry."
        case (.otherDeposit, .th): return "รายการนี้เป็นของเงินประกันรายการอื่น ตรวจสอบเลขที่ใบเสร็จ"
        case (.otherDeposit, .en): return "This entry belongs to another deposit; check the receipt number."
        case (.duplicateEntryID, .th): return "รายการนี้ถูกบันทึกไว้แล้ว (ไม่บันทึกซ้ำ)"
        case (.duplicateEntryID, .en): return "This entry has already been recorded (it is not recorded twice)."
        case (.alreadyReceived, .th):
            return "เงินประกันรายการนี้รับไว้แล้ว หากรับเงินเพิ่มให้ออกใบเสร็จเงินประกันรายการใหม่ หากจำนวนผิดให้บันทึกรายการแก้ไข"
        case (.alreadyReceived, .en):
            return "This deposit has already been received; take further money as a new deposit with its own receipt, or record a correction if the amount was wrong."
        case (.notReceivedYet, .th): return "ยังไม่มีการรับเงินประกันรายการนี้ ต้องบันทึกการรับเงินก่อน"
        case (.notReceivedYet, .en): return "This deposit has not been received yet; record the receipt first."
        case (.alreadyRefunded(let a), .th):
            return "เงินประกันรายการนี้คืนไปแล้ว \(b(a)) คืนซ้ำไม่ได้ หากจำนวนที่คืนผิดให้บันทึกรายการแก้ไข"
        case (.alreadyRefunded(let a), .en):
            return "This deposit has already been refunded (\(en(a))); it cannot be refunded twice. If the refunded amount was wrong, record a correction."
        case (.depositClosed, .th): return "เงินประกันรายการนี้ไม่มียอดคงเหลือแล้ว (คืนหรือริบครบแล้ว)"
        case (.depositClosed, .en): return "Nothing is left of this deposit (it has been refunded or forfeited in full)."
        case (.refundAboveBalance(let r, let bal), .th):
            return "คืนเงิน \(b(r)) มากกว่ายอดคงเหลือ \(b(bal)) คืนได้ไม่เกิน \(b(bal))"
        case (.refundAboveBalance(let r, let bal), .en):
            return "A refund of \(en(r)) is more than the balance of \(en(bal)); refund at most \(en(bal))."
        case (.forfeitAboveBalance(let r, let bal), .th):
            return "ริบเงิน \(b(r)) มากกว่ายอดคงเหลือ \(b(bal)) ริบได้ไม่เกิน \(b(bal))"
        case (.forfeitAboveBalance(let r, let bal), .en):
            return "Forfeiting \(en(r)) is more than the balance of \(en(bal)); forfeit at most \(en(bal))."
        case (.unknownCorrectionTarget, .th): return "ไม่พบรายการที่ต้องการแก้ไขในเงินประกันรายการนี้"
        case (.unknownCorrectionTarget, .en): return "The entry to correct is not part of this deposit."
        case (.correctionOfCorrection, .th):
            return "แก้ไขรายการแก้ไขไม่ได้ ให้บันทึกรายการแก้ไขใหม่ที่อ้างถึงรายการเดิม (รับ คืน หรือ ริบ)"
        case (.correctionOfCorrection, .en):
            return "A correction cannot be corrected; record a new correction of the original entry (receipt, refund or forfeiture) instead."
        case (.correctionMakesBalanceNegative(let after), .th):
            return "รายการแก้ไขนี้ทำให้ยอดคงเหลือติดลบ (\(b(after))) กรุณาตรวจสอบจำนวนเงิน"
        case (.correctionMakesBalanceNegative(let after), .en):
            return "This correction would make the balance negative (\(en(after))); check the amount."
        case (.correctionMakesEntryNegative(let k, let after), .th):
            return "รายการแก้ไขนี้ทำให้ยอด\(k.name(.th))ติดลบ (\(b(after))) กรุณาตรวจสอบจำนวนเงินและเครื่องหมาย"
        case (.correctionMakesEntryNegative(let k, let after), .en):
            return "This correction would make the “\(k.name(.en))” amount negative (\(en(after))); check the amount and its sign."
        }
    }
}
