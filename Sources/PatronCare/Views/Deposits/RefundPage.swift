import Foundation
import PatronCore

/// The counter's refund page: what is due, the checks, the documents checklist and the proxy.
struct RefundPage: Page {
    struct Document {
        let code: String
        let label: String
        let ticked: Bool
    }

    struct Requirement {
        let label: String
        let when: String
        let documents: [Document]
    }

    let chrome: PageChrome
    let deposit: DepositRow
    let memberCard: String
    let memberName: String
    let membershipExpiry: String
    let requirements: [Requirement]
    let paymentMethods: [SelectOption]
    let form: RefundForm
    /// Why the last attempt was refused; empty on the first showing.
    let errors: [String]
    /// Why a refund cannot be paid now and when it can (`RefundEligibility.blockers`): on a first
    /// showing the page says so instead of offering a form that would be refused.
    let blockers: [String]
    /// A scan of the letter was sent with the refused form: files are not kept, so it must be chosen again.
    let scanDropped: Bool
    /// The reader may pay past the claim deadline, with a reason.
    let canOverride: Bool
    let counterHours: String
    let idempotencyKey: String

    init(chrome: PageChrome, deposit: Deposit, member: Member, form: RefundForm, errors: [String], blockers: [String] = [],
         scanDropped: Bool = false, idempotencyKey: String,
         today: CivilDate, mask: PersonalDataMask, policy: DepositPolicy, counterHours: CounterHours, canOverride: Bool) {
        let t = chrome.words
        let language = chrome.language
        self.chrome = chrome
        self.deposit = DepositRow(deposit, today: today, words: t)
        memberCard = member.cardNumber
        memberName = MemberView(member.draft, mask: mask).name
        membershipExpiry = DateDisplay.short(member.draft.expiresOn, language)
        let ticked = Set(form.documents ?? [])
        requirements = policy.requiredDocuments.map { requirement in
            Requirement(label: requirement.label(language),
                        when: t("refund_when_\(requirement.when.rawValue)"),
                        documents: requirement.anyOf.map { Document(code: $0.code, label: $0.name(language), ticked: ticked.contains($0.code)) })
        }
        paymentMethods = SelectOption.paymentMethods(language, selected: form.paymentMethod)
        self.form = form
        self.errors = errors
        self.blockers = blockers
        self.scanDropped = scanDropped
        self.canOverride = canOverride
        self.counterHours = counterHours.summary(language)
        self.idempotencyKey = idempotencyKey
    }

    var content: HTML {
        let t = chrome.words
        let requirementBlocks = requirements.map { requirement -> HTML in
            let boxes = requirement.documents.map { document -> HTML in
                "<label class=\"check\"><input type=\"checkbox\" name=\"documents[]\" value=\"\(document.code)\"\(" checked", if: document.ticked)> \(document.label)</label>"
            }
            return """
            <div class="requirement"><small>\(requirement.when)</small>
                  \(boxes)
                </div>
            """
        }
        let byProxy = form.collector == "proxy"
        let facts: HTML = """
        <script src="\(Asset.refundJS.href)" defer></script>
        <h1>\(t("refund_title")) \(deposit.receiptNumber)</h1>
        \(errorSummary)
        <section class="card">
          <dl class="facts">
            <dt>\(t("member_card"))</dt><dd>\(memberCard) \(memberName)</dd>
            <dt>\(t("member_expires"))</dt><dd>\(membershipExpiry)</dd>
            <dt>\(t("deposit_balance"))</dt><dd><strong>\(deposit.balance)</strong></dd>
            <dt>\(t("deposit_claim_deadline"))</dt><dd>\(deposit.lastClaimDay) \(DepositShowPage.deadlinePassedTag(deposit, t))</dd>
            <dt>\(t("refund_counter_hours"))</dt><dd>\(counterHours)</dd>
          </dl>
        </section>
        """
        guard !errors.isEmpty || blockers.isEmpty else {
            let items = blockers.map { reason -> HTML in "<li>\(reason)</li>" }
            return """
            \(facts)
            <div class="unavailable" id="refund-unavailable"><p><strong>\(t("refund_unavailable"))</strong></p><ul>\(items)</ul></div>
            <p><a href="\(deposit.href)">← \(t("refund_back_to_deposit"))</a></p>
            """
        }
        return """
        \(facts)
        \(DateField.assets(t))
        <form method="post" action="\(deposit.refundHref)" class="card form-grid" enctype="multipart/form-data">
          <input type="hidden" name="_csrf" value="\(chrome.csrf)">
          <input type="hidden" name="idempotencyKey" value="\(idempotencyKey)">
          <label>\(t("refund_amount"))<input name="amount" value="\(form.amount)" placeholder="\(deposit.balance)" inputmode="decimal"></label>
          <label>\(t("deposit_payment_method"))<select name="paymentMethod">\(paymentMethods.map(\.optionTag))</select></label>
          <label>\(t("deposit_counter"))<input name="counter" value="\(form.counter)"></label>
          <label>\(t("refund_note"))<input name="note" value="\(form.note)"></label>
          <fieldset class="full"><legend>\(t("refund_documents"))</legend>
            \(requirementBlocks)
          </fieldset>
          <fieldset class="full"><legend>\(t("refund_collector"))</legend>
            <label class="check"><input type="radio" name="collector" value="member"\(" checked", if: !byProxy)> \(t("refund_collector_member"))</label>
            <label class="check"><input type="radio" name="collector" value="proxy"\(" checked", if: byProxy)> \(t("refund_collector_proxy"))</label>
            <fieldset class="proxy-fields" id="proxy-fields" data-proxy-fields><legend>\(t("refund_proxy_fields"))</legend>
              <label>\(t("refund_proxy_name"))<input name="proxyName" value="\(form.proxyName)"></label>
              <label>\(t("refund_proxy_id"))<input name="proxyIDNumber" value="\(form.proxyIDNumber)" inputmode="numeric" maxlength="17"></label>
              <label>\(t("refund_proxy_letter_date"))\(DateField.input("proxyLetterDate", value: form.proxyLetterDate, t))</label>
              <label>\(t("refund_proxy_scan"))<input type="file" name="proxyLetterScan" accept="image/jpeg,image/png,application/pdf"></label>
              \("<p class=\"field-error\" id=\"scan-again\">\(t("refund_scan_choose_again"))</p>", if: scanDropped)
            </fieldset>
          </fieldset>
          \(canOverride && deposit.deadlinePassed ? overrideField : nil)
          <div class="full actions"><button type="submit">\(t("refund_pay"))</button> <a href="\(deposit.href)">\(t("form_cancel"))</a></div>
        </form>
        """
    }

    /// Past the claim deadline a head pays only with a reason (the POST refuses it without).
    private var overrideField: HTML {
        let t = chrome.words
        return "<label class=\"full\">\(t("refund_override_reason"))<input name=\"overrideReason\" value=\"\(form.overrideReason)\" required maxlength=\"1000\"></label>"
    }

    private var errorSummary: HTML? {
        guard !errors.isEmpty else { return nil }
        let items = errors.map { error -> HTML in "<li>\(error)</li>" }
        return "<div class=\"error\" role=\"alert\"><p>\(chrome.words("refund_refused"))</p><ul>\(items)</ul></div>"
    }
}
