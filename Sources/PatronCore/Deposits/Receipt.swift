/// What is printed on a deposit receipt: the number, the member, the amount in figures and in Thai
/// words, and the claim deadline stamped on it (seed 000).
public struct Receipt: Equatable, Sendable, Codable {
    public var number: ReceiptNumber
    public var memberCardNumber: String
    public var memberName: String
    public var amount: Satang
    public var paymentMethod: PaymentMethod
    public var issuedOn: CivilDate
    public var issuedBy: StaffRef
    public var counter: String
    public var membershipExpiry: CivilDate
    public var lastClaimDay: CivilDate

    public init(number: ReceiptNumber, memberCardNumber: String, memberName: String, amount: Satang,
                paymentMethod: PaymentMethod, issuedOn: CivilDate, issuedBy: StaffRef, counter: String,
                membershipExpiry: CivilDate, policy: DepositPolicy) {
        self.number = number
        self.memberCardNumber = memberCardNumber
        self.memberName = memberName
        self.amount = amount
        self.paymentMethod = paymentMethod
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.counter = counter
        self.membershipExpiry = membershipExpiry
        self.lastClaimDay = policy.lastClaimDay(membershipExpiry: membershipExpiry)
    }

    /// `1,000.00`.
    public var amountInFigures: String { amount.formatted(.plain) }
    /// `หนึ่งพันบาทถ้วน`.
    public var amountInWords: String { ThaiBahtText.words(amount) }

    /// The stamp: `ขอรับเงินประกันคืนได้ภายในวันที่ 30 กันยายน พ.ศ. 2570`.
    public func claimDeadlineStamp(_ language: Language) -> String {
        Receipt.claimDeadlineStamp(lastClaimDay, language)
    }

    /// The stamp for a deposit whose last claim day is already known (receipts reprinted later,
    /// history imported from before this system).
    public static func claimDeadlineStamp(_ lastClaimDay: CivilDate, _ language: Language) -> String {
        switch language {
        case .th: "ขอรับเงินประกันคืนได้ภายในวันที่ \(DateDisplay.long(lastClaimDay, .th)) หากพ้นกำหนด เงินประกันจะตกเป็นของกองทุนห้องสมุด"
        case .en: "Claim the refund of this deposit by \(DateDisplay.long(lastClaimDay, .en)); after that date it goes to the library fund."
        }
    }
}
