/// An agenda item is encoded with every field, `outcome` as null when not recorded, and read back with or
/// without it; one without a classification (a bundle written before triad kept them) takes its meeting's.
extension AgendaItem: Codable {
    enum CodingKeys: String, CodingKey {
        case position, title, a4p, outcome, classification, ownClassification
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(title, forKey: .title)
        try container.encode(a4p, forKey: .a4p)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(classification, level: .classification, own: .ownClassification)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            position: try container.decode(Int.self, forKey: .position),
            title: try container.decode(String.self, forKey: .title),
            a4p: try container.decode([A4PArea].self, forKey: .a4p),
            outcome: try container.decodeIfPresent(String.self, forKey: .outcome),
            classification: try container.decodeClassification(level: .classification, own: .ownClassification))
    }
}
