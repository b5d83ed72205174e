import Foundation

/// An area of Action for Peacekeeping (2018) or a priority or theme of A4P+ (2021).
public enum A4PArea: String, Slug {
    case politics
    case wps
    case protection
    case safetySecurity = "safety-security"
    case performanceAccountability = "performance-accountability"
    case peacebuilding
    case partnerships
    case conduct
    case politicalCoherence = "political-coherence"
    case integration
    case capabilitiesMindsets = "capabilities-mindsets"
    case accountabilityToPeacekeepers = "accountability-to-peacekeepers"
    case accountabilityOfPeacekeepers = "accountability-of-peacekeepers"
    case strategicCommunications = "strategic-communications"
    case hostCooperation = "host-cooperation"
    case dataTechnology = "data-technology"

    public static let vocabularyName = "A4P area"

    /// The area's name as the A4P texts give it.
    public var title: String {
        switch self {
        case .politics: "Politics"
        case .wps: "Women, peace and security"
        case .protection: "Protection"
        case .safetySecurity: "Safety and security"
        case .performanceAccountability: "Performance and accountability"
        case .peacebuilding: "Peacebuilding and sustaining peace"
        case .partnerships: "Partnerships"
        case .conduct: "Conduct of peacekeepers and peacekeeping operations"
        case .politicalCoherence: "Collective coherence behind a political strategy"
        case .integration: "Strategic and operational integration"
        case .capabilitiesMindsets: "Capabilities and mindsets"
        case .accountabilityToPeacekeepers: "Accountability to peacekeepers"
        case .accountabilityOfPeacekeepers: "Accountability of peacekeepers"
        case .strategicCommunications: "Strategic communications"
        case .hostCooperation: "Cooperation with host countries"
        case .dataTechnology: "Innovative, data-driven and technology-enabled peacekeeping"
        }
    }

    /// The frameworks the area belongs to: women, peace and security is an A4P area and a cross-cutting
    /// theme of A4P+; data and technology is A4P+'s other cross-cutting theme (DOMAIN.md).
    public var frameworks: Set<A4PFramework> {
        switch self {
        case .politics, .protection, .safetySecurity, .performanceAccountability, .peacebuilding, .partnerships,
            .conduct:
            [.a4p]
        case .wps: [.a4p, .a4pPlus]
        case .politicalCoherence, .integration, .capabilitiesMindsets, .accountabilityToPeacekeepers,
            .accountabilityOfPeacekeepers, .strategicCommunications, .hostCooperation, .dataTechnology:
            [.a4pPlus]
        }
    }

    /// Parses slugs, each possibly a comma-separated list, dropping repeats and keeping the first order.
    public static func parseList(_ values: [String]) throws(DomainError) -> [A4PArea] {
        var areas: [A4PArea] = []
        for value in values {
            // Split at the comma's byte, not by characters: a long report reads twenty thousand lists.
            for bytes in value.utf8.split(separator: UInt8(ascii: ",")) {
                let piece = Substring(bytes)
                if isBlank(piece) { continue }
                let area = try A4PArea(slug: String(piece))
                if !areas.contains(area) { areas.append(area) }
            }
        }
        return areas
    }

    /// Whether a piece of a list is only white space; a piece that starts with a letter (as every stored
    /// one does) is answered from its first byte, without reading it as characters.
    private static func isBlank(_ piece: Substring) -> Bool {
        if let first = piece.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        return piece.allSatisfy(\.isWhitespace)
    }
}
