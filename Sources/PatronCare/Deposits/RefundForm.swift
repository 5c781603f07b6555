import Vapor

/// The refund form as posted. Amount empty = the whole balance.
struct RefundForm: Content {
    var amount: String?
    var paymentMethod: String?
    var counter: String?
    var note: String?
    var documents: [String]?
    var collector: String?
    var proxyName: String?
    var proxyIDNumber: String?
    var proxyLetterDate: String?
    var overrideReason: String?
    var idempotencyKey: String?
    /// A scan of the proxy's authorisation letter (JPEG, PNG or PDF).
    var proxyLetterScan: File?
}
