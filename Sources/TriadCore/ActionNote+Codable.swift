/// A note is encoded with its level and whether it is its own; one without (a bundle written before triad
/// kept them) takes its action's.
extension ActionNote: Codable {
    enum CodingKeys: String, CodingKey {
        case uuid, at, actor, text, classification, ownClassification
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(at, forKey: .at)
        try container.encode(actor, forKey: .actor)
        try container.encode(text, forKey: .text)
        try container.encode(classification, level: .classification, own: .ownClassification)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            uuid: try container.decode(String.self, forKey: .uuid),
            at: try container.decode(Timestamp.self, forKey: .at),
            actor: try container.decode(String.self, forKey: .actor),
            text: try container.decode(String.self, forKey: .text),
            classification: try container.decodeClassification(level: .classification, own: .ownClassification))
    }
}
