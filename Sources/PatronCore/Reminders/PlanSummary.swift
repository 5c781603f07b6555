/// What `remind --dry-run` prints: per policy, how many messages on which channel, how many
/// members could not be reached or opted out, how many are catch-ups, and a few sample messages.
public struct PlanSummary: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let policyCode: String
        public let kind: ReminderKind
        /// Messages per first-choice channel.
        public let perChannel: [ContactChannel: Int]
        public let noUsableChannel: Int
        public let optedOut: Int
        /// Messages sent after their due day (catching up a missed run).
        public let late: Int

        /// Outbox rows this policy writes (deliverable + no usable channel).
        public var messages: Int { perChannel.values.reduce(0, +) + noUsableChannel }

        public func count(_ channel: ContactChannel) -> Int { perChannel[channel] ?? 0 }
    }

    public let asOf: CivilDate
    public let candidatesSeen: Int
    public let rows: [Row]
    /// Up to `samplePerPolicy` messages of each policy, in plan order.
    public let sample: [PlannedMessage]

    public init(plan: ReminderPlan, samplePerPolicy: Int = 3) {
        var channelCounts = Array(repeating: [Int](repeating: 0, count: 4), count: plan.policyCodes.count)
        var none = Array(repeating: 0, count: plan.policyCodes.count)
        var late = Array(repeating: 0, count: plan.policyCodes.count)
        var sampled = Array(repeating: 0, count: plan.policyCodes.count)
        var index: [String: Int] = [:]
        for (i, code) in plan.policyCodes.enumerated() { index[code] = i }
        var sample: [PlannedMessage] = []
        for m in plan.messages {
            guard let i = index[m.cycle.policyCode] else { continue }
            if let c = m.route.channel { channelCounts[i][c.index] += 1 } else { none[i] += 1 }
            if m.daysLate > 0 { late[i] += 1 }
            if sampled[i] < samplePerPolicy {
                sampled[i] += 1
                sample.append(m)
            }
        }
        asOf = plan.asOf
        candidatesSeen = plan.candidatesSeen
        rows = plan.policyCodes.indices.map { i in
            var per: [ContactChannel: Int] = [:]
            for c in ContactChannel.allCases { per[c] = channelCounts[i][c.index] }
            return Row(policyCode: plan.policyCodes[i], kind: plan.policyKinds[i], perChannel: per,
                       noUsableChannel: none[i], optedOut: plan.optedOutCounts[i], late: late[i])
        }
        self.sample = sample
    }

    public var totalMessages: Int { rows.reduce(0) { $0 + $1.messages } }

    /// Plain text for the terminal and the staff page, e.g. (English):
    ///
    ///     Reminder plan for 15 Jan 2027 — dry run, nothing was written or sent
    ///     Members looked at: 1,204 · messages: 37
    ///
    ///     renewal (Renewal reminder): 30 messages — Postcard 2, E-mail 20, SMS 5, LINE 1; no usable channel 2; opted out 1; catching up 0
    ///     …
    ///     Sample:
    ///       renewal:2027-01-15 · card 6400123 · E-mail, then SMS · th
    public func render(_ language: Language, dryRun: Bool = true) -> String {
        let th = language == .th
        var lines: [String] = []
        let date = DateDisplay.short(asOf, language)
        if th {
            lines.append("แผนการส่งการแจ้งเตือน ณ วันที่ \(date)" + (dryRun ? " — ทดลองวางแผนเท่านั้น ยังไม่ได้บันทึกหรือส่งข้อความใด" : ""))
            lines.append("สมาชิกที่ตรวจ: \(Self.grouped(candidatesSeen)) ราย · ข้อความ: \(Self.grouped(totalMessages)) ฉบับ")
        } else {
            lines.append("Reminder plan for \(date)" + (dryRun ? " — dry run, nothing was written or sent" : ""))
            lines.append("Members looked at: \(Self.grouped(candidatesSeen)) · messages: \(Self.grouped(totalMessages))")
        }
        lines.append("")
        for row in rows {
            let channels = ContactChannel.allCases.map { "\($0.name(language)) \(Self.grouped(row.count($0)))" }.joined(separator: ", ")
            if th {
                lines.append("\(row.policyCode) (\(row.kind.name(.th))): \(Self.grouped(row.messages)) ฉบับ — \(channels); "
                    + "ไม่มีช่องทางที่ติดต่อได้ \(Self.grouped(row.noUsableChannel)); ขอไม่รับการแจ้งเตือน \(Self.grouped(row.optedOut)); "
                    + "ส่งย้อนหลัง \(Self.grouped(row.late))")
            } else {
                lines.append("\(row.policyCode) (\(row.kind.name(.en))): \(Self.grouped(row.messages)) messages — \(channels); "
                    + "no usable channel \(Self.grouped(row.noUsableChannel)); opted out \(Self.grouped(row.optedOut)); "
                    + "catching up \(Self.grouped(row.late))")
            }
        }
        if rows.isEmpty { lines.append(th ? "ไม่มีนโยบายการแจ้งเตือนที่เปิดใช้งาน" : "No active reminder policies.") }
        if !sample.isEmpty {
            lines.append("")
            lines.append(th ? "ตัวอย่าง:" : "Sample:")
            for m in sample {
                let route: String
                switch m.route {
                case .deliver(let c, let fallbacks):
                    route = fallbacks.isEmpty ? c.name(language)
                        : c.name(language) + (th ? " แล้วจึง " : ", then ") + fallbacks.map { $0.name(language) }.joined(separator: ", ")
                case .noUsableChannel:
                    route = th ? "ไม่มีช่องทางที่ติดต่อได้" : "no usable channel"
                }
                let lateText = m.daysLate > 0 ? (th ? " · ช้ากว่ากำหนด \(m.daysLate) วัน" : " · \(m.daysLate) day\(m.daysLate == 1 ? "" : "s") late") : ""
                lines.append("  \(m.cycle.key) · \(th ? "บัตร" : "card") \(m.cardNumber) · \(route) · \(m.language.rawValue)\(lateText)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
