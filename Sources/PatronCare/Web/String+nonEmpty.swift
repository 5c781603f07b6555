import Foundation

/// The text with surrounding white space removed, or nil when nothing is left: how every form field,
/// query parameter and setting treats a blank value.
func nonEmpty(_ text: String?) -> String? {
    guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
    return trimmed
}
