/// An action is encoded with the fields CLI.md names, including the derived `overdue` and `daysOverdue`.
extension ActionItem: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, uuid, title, details, owner, ownerName, ownerGroups, assignee, meeting, mission, missions, due
        case priority
        case status, overdue, daysOverdue, a4p, classification, ownClassification, createdAt, updatedAt, closedAt
        case notes
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(title, forKey: .title)
        try container.encode(details, forKey: .details)
        try container.encode(owner, forKey: .owner)
        try container.encode(ownerName, forKey: .ownerName)
        try container.encode(ownerGroups, forKey: .ownerGroups)
        try container.encode(assignee, forKey: .assignee)
        try container.encode(meeting, forKey: .meeting)
        try container.encode(mission, forKey: .mission)
        try container.encode(missions, forKey: .missions)
        try container.encode(due, forKey: .due)
        try container.encode(priority, forKey: .priority)
        try container.encode(status, forKey: .status)
        try container.encode(isOverdue, forKey: .overdue)
        try container.encode(daysOverdue, forKey: .daysOverdue)
        try container.encode(a4p, forKey: .a4p)
        try container.encode(classification, level: .classification, own: .ownClassification)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(closedAt, forKey: .closedAt)
        try container.encode(notes, forKey: .notes)
    }
}
