/// A record's classification is written beside its other fields as `classification` (the level) and
/// `ownClassification` (whether the level is the record's own); a record written before triad kept them reads
/// as unclassified and taken from its parent, which a bundle import then replaces with the parent's level.
extension KeyedEncodingContainer {
    mutating func encode(_ classification: RecordClassification, level: Key, own: Key) throws {
        try encode(classification.level, forKey: level)
        try encode(classification.isOwn, forKey: own)
    }
}

extension KeyedDecodingContainer {
    func decodeClassification(level: Key, own: Key) throws -> RecordClassification {
        RecordClassification(
            try decodeIfPresent(Classification.self, forKey: level) ?? .unclassified,
            isOwn: try decodeIfPresent(Bool.self, forKey: own) ?? false)
    }
}
