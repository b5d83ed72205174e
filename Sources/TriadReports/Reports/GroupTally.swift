import TriadCore

/// Open and overdue actions per owner group; an action whose owner is in two groups counts in both.
public struct GroupTally: Encodable, Hashable, Sendable {
    /// Open (open or in progress) and overdue actions of one group.
    public struct Counts: Encodable, Hashable, Sendable {
        public var open = 0
        public var overdue = 0
    }

    public var council = Counts()
    public var contributors = Counts()
    public var secretariat = Counts()
    public var partners = Counts()

    /// Tallies actions that are not closed.
    public init(_ actions: [ActionItem]) {
        add(actions)
    }

    /// Adds the actions that are not closed.
    public mutating func add(_ actions: [ActionItem]) {
        for action in actions where !action.status.isClosed {
            for group in action.ownerGroups {
                self[group].open += 1
                if action.isOverdue { self[group].overdue += 1 }
            }
        }
    }

    /// The counts of one group.
    public subscript(group: StakeholderGroup) -> Counts {
        get {
            switch group {
            case .council: council
            case .contributors: contributors
            case .secretariat: secretariat
            case .partners: partners
            }
        }
        set {
            switch group {
            case .council: council = newValue
            case .contributors: contributors = newValue
            case .secretariat: secretariat = newValue
            case .partners: partners = newValue
            }
        }
    }
}
