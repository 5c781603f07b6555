import PatronCore

/// The public page every reminder links to: the steps, the documents to bring, the counter hours
/// and the days it is closed, the claim deadline and how a proxy may collect.
struct RefundStepsPage: Page {
    struct Requirement: Equatable {
        let when: String
        let label: String
    }

    let chrome: PageChrome
    let counterHours: String
    let claimMonths: Int
    let requirements: [Requirement]
    /// The closed days of the coming weeks, each with its date and name.
    let holidays: [String]

    init(chrome: PageChrome, policy: DepositPolicy, counterHours: CounterHours, upcomingHolidays: [Holiday]) {
        let t = chrome.words
        let language = chrome.language
        self.chrome = chrome
        self.counterHours = counterHours.summary(language)
        claimMonths = policy.claimPeriodMonths
        requirements = policy.requiredDocuments.map { Requirement(when: t("refund_when_\($0.when.rawValue)"), label: $0.label(language)) }
        holidays = upcomingHolidays.map { "\(DateDisplay.short($0.date, language)) — \($0.name(language))" }
    }

    var content: HTML {
        let t = chrome.words
        return """
        <h1>\(t("refund_steps_title"))</h1>
        <section class="card">
          <ol class="steps">
            <li>\(t("refund_steps_1"))</li>
            <li>\(t("refund_steps_2"))</li>
            <li>\(t("refund_steps_3"))</li>
            <li>\(t("refund_steps_4"))</li>
          </ol>
          <p><strong>\(t("refund_steps_deadline"))</strong> \(claimMonths) \(t("refund_steps_months"))</p>
        </section>
        <section class="card">
          <h2>\(t("refund_steps_documents"))</h2>
          <ul>\(requirements.map { requirement -> HTML in "<li><small>\(requirement.when):</small> \(requirement.label)</li>" })</ul>
        </section>
        <section class="card">
          <h2>\(t("refund_counter_hours"))</h2>
          <p>\(counterHours)</p>
          \("<p class=\"hint\">\(t("refund_steps_closed_on"))</p><ul>\(holidays.map { day -> HTML in "<li>\(day)</li>" })</ul>", if: !holidays.isEmpty)
        </section>
        <section class="card">
          <h2>\(t("refund_steps_proxy_title"))</h2>
          <p>\(t("refund_steps_proxy"))</p>
        </section>
        \(PublicRelatedLinks.html(except: .refundSteps, t))
        """
    }
}
