import Foundation

/// One feedback item as the reports see it: public facts only (no contact details, no internal
/// notes), so a report can be e-mailed to the secretary's office or put before the committee.
public struct FeedbackRecord: Equatable, Sendable {
    public var reference: ReferenceNumber
    public var receivedAt: Date
    public var channel: IntakeChannel
    public var kind: FeedbackKind
    public var service: ServiceArea
    public var segment: Segment?
    /// The one-line summary (Complaint_01 "summary").
    public var summary: String
    /// Complaints only, once triaged.
    public var track: ComplaintTrack?
    /// What was done (Complaint_01 "action").
    public var action: String?
    /// The public outcome (Complaint_01 "outcome").
    public var outcome: String?
    public var status: FeedbackStatus
    public var resolvedAt: Date?
    public var closedAt: Date?
    /// The MT committee's decision (track 4) and when it was recorded.
    public var decision: String?
    public var decisionAt: Date?
    /// A lesson learned marked "share with staff".
    public var lesson: String?

    public init(reference: ReferenceNumber, receivedAt: Date, channel: IntakeChannel, kind: FeedbackKind,
                service: ServiceArea, segment: Segment? = nil, summary: String, track: ComplaintTrack? = nil,
                action: String? = nil, outcome: String? = nil, status: FeedbackStatus = .received,
                resolvedAt: Date? = nil, closedAt: Date? = nil, decision: String? = nil, decisionAt: Date? = nil,
                lesson: String? = nil) {
        self.reference = reference
        self.receivedAt = receivedAt
        self.channel = channel
        self.kind = kind
        self.service = service
        self.segment = segment
        self.summary = summary
        self.track = track
        self.action = action
        self.outcome = outcome
        self.status = status
        self.resolvedAt = resolvedAt
        self.closedAt = closedAt
        self.decision = decision
        self.decisionAt = decisionAt
        self.lesson = lesson
    }

    /// The Bangkok day it was received.
    public var receivedDay: CivilDate { BangkokTime.day(of: receivedAt) }
}

/// Counts and averages over a set of records: the body of Complaint_02 and of the quarterly summary.
public struct FeedbackStatistics: Equatable, Sendable {
    /// Every kind, zero included.
    public let byKind: [FeedbackKind: Int]
    /// Complaints per track, every track, zero included.
    public let complaintsByTrack: [ComplaintTrack: Int]
    /// Complaints not yet triaged.
    public let untriagedComplaints: Int
    /// All kinds per service (only services that occur).
    public let byService: [ServiceArea: Int]
    /// All kinds per status, every status, zero included.
    public let byStatus: [FeedbackStatus: Int]
    /// Complaints with a resolution instant, the base of the averages.
    public let resolvedComplaints: Int
    /// Mean working days from the counting day to resolution (see `DueDates.handlingWorkingDays`).
    public let averageHandlingWorkingDays: Double?
    /// Mean calendar days from the received day to the resolved day.
    public let averageHandlingCalendarDays: Double?
    /// Complaints resolved after their due day.
    public let resolvedLate: Int

    public var total: Int { byKind.values.reduce(0, +) }
    public var complaints: Int { byKind[.complaint] ?? 0 }

    /// Handling time is measured on complaints only (the other kinds are acknowledged, not "handled").
    public init(_ records: [FeedbackRecord], dueDates: DueDates) {
        var kinds = Dictionary(uniqueKeysWithValues: FeedbackKind.allCases.map { ($0, 0) })
        var tracks = Dictionary(uniqueKeysWithValues: ComplaintTrack.allCases.map { ($0, 0) })
        var statuses = Dictionary(uniqueKeysWithValues: FeedbackStatus.allCases.map { ($0, 0) })
        var services: [ServiceArea: Int] = [:]
        var untriaged = 0, late = 0
        var working: [Int] = [], calendar: [Int] = []
        for r in records {
            kinds[r.kind, default: 0] += 1
            statuses[r.status, default: 0] += 1
            services[r.service, default: 0] += 1
            guard r.kind == .complaint else { continue }
            if let t = r.track { tracks[t, default: 0] += 1 } else { untriaged += 1 }
            if let resolved = r.resolvedAt {
                working.append(dueDates.handlingWorkingDays(receivedAt: r.receivedAt, resolvedAt: resolved))
                calendar.append(DueDates.handlingCalendarDays(receivedAt: r.receivedAt, resolvedAt: resolved))
                if let t = r.track, dueDates.wasLate(track: t, receivedAt: r.receivedAt, resolvedAt: resolved) { late += 1 }
            }
        }
        func mean(_ xs: [Int]) -> Double? { xs.isEmpty ? nil : Double(xs.reduce(0, +)) / Double(xs.count) }
        self.byKind = kinds
        self.complaintsByTrack = tracks
        self.untriagedComplaints = untriaged
        self.byService = services
        self.byStatus = statuses
        self.resolvedComplaints = working.count
        self.averageHandlingWorkingDays = mean(working)
        self.averageHandlingCalendarDays = mean(calendar)
        self.resolvedLate = late
    }

    /// `1.50 วันทำการ (2.00 วันตามปฏิทิน) จาก 4 เรื่องที่แก้ไขแล้ว` / `1.50 working days (2.00 calendar days) over 4 resolved complaints`.
    public func handlingText(_ language: Language) -> String {
        guard let w = averageHandlingWorkingDays, let c = averageHandlingCalendarDays else {
            return language == .th ? "ยังไม่มีข้อร้องเรียนที่แก้ไขแล้ว" : "no resolved complaints yet"
        }
        let ws = ReportFormat.decimal(w, places: 2), cs = ReportFormat.decimal(c, places: 2)
        return language == .th
            ? "\(ws) วันทำการ (\(cs) วันตามปฏิทิน) จาก \(resolvedComplaints) เรื่องที่แก้ไขแล้ว"
            : "\(ws) working days (\(cs) calendar days) over \(resolvedComplaints) resolved complaint\(resolvedComplaints == 1 ? "" : "s")"
    }

    /// Rows `[section, item, count]` for the CSV and the text body.
    func rows(_ language: Language, includeServicesWithZero: Bool = false) -> [[String]] {
        let th = language == .th
        var out: [[String]] = []
        for k in FeedbackKind.allCases { out.append([th ? "ประเภท" : "Kind", k.name(language), String(byKind[k] ?? 0)]) }
        for t in ComplaintTrack.allCases {
            out.append([th ? "ระดับข้อร้องเรียน" : "Complaint track", t.name(language), String(complaintsByTrack[t] ?? 0)])
        }
        if untriagedComplaints > 0 {
            out.append([th ? "ระดับข้อร้องเรียน" : "Complaint track", th ? "ยังไม่คัดแยกระดับ" : "Not yet triaged", String(untriagedComplaints)])
        }
        for s in ServiceArea.allCases where includeServicesWithZero || (byService[s] ?? 0) > 0 {
            out.append([th ? "บริการ" : "Service", s.name(language), String(byService[s] ?? 0)])
        }
        for s in FeedbackStatus.allCases { out.append([th ? "สถานะ" : "Status", s.name(language), String(byStatus[s] ?? 0)]) }
        return out
    }
}

/// Text helpers shared by the report renderers.
enum ReportText {
    /// `ไม่มีข้อร้องเรียนในเดือนนี้` / `No complaints this month.`
    static func noComplaintsThisMonth(_ language: Language) -> String {
        language == .th ? "ไม่มีข้อร้องเรียนในเดือนนี้" : "No complaints this month."
    }

    static func noComplaintsThisQuarter(_ language: Language) -> String {
        language == .th ? "ไม่มีข้อร้องเรียนในไตรมาสนี้" : "No complaints this quarter."
    }

    /// Summaries and outcomes are one line in listings: new lines become ` / `.
    static func oneLine(_ text: String?) -> String {
        guard let text else { return "" }
        return text.split(whereSeparator: \.isNewline).map { String($0).feedbackTrimmed }.joined(separator: " / ")
    }

    /// A plain-text table body with `label: value` lines, the labels padded for reading in a terminal.
    static func section(_ title: String, _ lines: [(String, String)]) -> [String] {
        var out = [title]
        for (label, value) in lines { out.append("  \(label): \(value)") }
        return out
    }
}
