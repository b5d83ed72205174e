/// The state of a mandate's pre-renewal consultation on a day.
public struct RenewalAssessment: Hashable, Sendable {
    /// Held, scheduled, overdue, due, upcoming or not applicable.
    public var status: RenewalStatus
    /// The consultation that counts (held, else the first scheduled), if any.
    public var consultation: Meeting?
    /// The day it is due by; nil for an open-ended mandate.
    public var dueBy: Day?
    /// The first day a consultation counts as the pre-renewal one; nil for an open-ended mandate.
    public var windowOpens: Day?
    /// For a held consultation, how many days before expiry it took place.
    public var heldDaysBeforeExpiry: Int?

    /// Creates an assessment.
    public init(
        status: RenewalStatus, consultation: Meeting?, dueBy: Day?, windowOpens: Day? = nil,
        heldDaysBeforeExpiry: Int?
    ) {
        self.status = status
        self.consultation = consultation
        self.dueBy = dueBy
        self.windowOpens = windowOpens
        self.heldDaysBeforeExpiry = heldDaysBeforeExpiry
    }

    /// Whether findings about the consultation and about who was consulted are due: not while the window has
    /// not opened, when a review (a week after a renewal) would otherwise say that nobody was consulted.
    public var judgesConsultation: Bool {
        status != .upcoming
    }

    /// Whether the consultation (held or scheduled) falls after its due-by day.
    public var isLate: Bool {
        guard let consultation, let dueBy else { return false }
        return consultation.start.day > dueBy
    }
}
