import Foundation

/// The order a list of parties comes in. The UN lists states by name in English alphabetical order, so a
/// list sorts by name unless asked to sort by code.
public enum PartyOrder: String, Slug {
    /// By name, as the UN lists member states: accents and case aside ("Côte d'Ivoire" among the C's).
    case name
    /// By code (ISO 3166-1 alpha-3 for states).
    case code

    public static let vocabularyName = "party order"

    /// `parties` in this order; parties whose names compare equal follow their codes.
    public func sorted(_ parties: [PartyListing]) -> [PartyListing] {
        switch self {
        case .code:
            return parties.sorted { $0.code < $1.code }
        case .name:
            let keyed = parties.map { (key: PartyOrder.sortKey($0.name), party: $0) }
            return keyed.sorted { ($0.key, $0.party.code) < ($1.key, $1.party.code) }.map(\.party)
        }
    }

    /// A name as it sorts: without accents or case, so that "Türkiye" sorts with "Tunisia" and "Turkmenistan".
    static func sortKey(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
