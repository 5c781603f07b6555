import PatronCore
import Vapor

/// Options shared by the feedback forms.
enum FeedbackOptions {
    static func kinds(_ language: Language, selected: String?) -> [SelectOption] {
        FeedbackKind.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
    }

    static func services(_ language: Language, selected: String?) -> [SelectOption] {
        ServiceArea.allCases.map { SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected) }
    }

    static func tracks(_ language: Language, selected: Int?) -> [SelectOption] {
        ComplaintTrack.allCases.map {
            SelectOption(value: String($0.rawValue), label: "\($0.name(language)) — \($0.description(language))", selected: $0.rawValue == selected)
        }
    }

    static func staffChannels(_ language: Language, selected: String?) -> [SelectOption] {
        IntakeChannel.allCases.filter(\.isStaffEntry).map {
            SelectOption(value: $0.rawValue, label: $0.name(language), selected: $0.rawValue == selected)
        }
    }
}

/// Published outcomes on the printable notice-board sheet (the public page is `FeedbackAnnouncementsPage`).
struct FeedbackAnnouncementsContext: Encodable {
    struct Row: Encodable {
        let reference: String
        let kind: String
        let service: String
        let received: String
        let summary: String
        let outcome: String
        let published: String
    }

    let layout: LayoutContext
    let rows: [Row]
    let printedOn: String

    init(_ request: Request, items: [FeedbackItem], title: String) {
        let language = request.language
        layout = LayoutContext(request, title: title)
        rows = items.map {
            Row(reference: $0.reference, kind: $0.kind.name(language), service: $0.service.name(language),
                received: DateDisplay.short(BangkokTime.day(of: $0.receivedAt), language), summary: $0.summary, outcome: $0.outcome ?? "",
                published: $0.publishedAt.map { DateDisplay.short(BangkokTime.day(of: $0), language) } ?? "")
        }
        printedOn = DateDisplay.long(request.clock.today, language)
    }
}
