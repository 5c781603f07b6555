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
