/// When the private T/PCC consultation before a renewal counts, and by when it is due.
///
/// The texts ask for consultations "in good time" before a renewal without fixing a number of days,
/// so both numbers are settings with defaults (DOMAIN.md), not rules baked in.
public struct ConsultationSchedule: Hashable, Sendable {
    /// Days before expiry by which the consultation should be held (default 14).
    public var leadDays: Int
    /// How many days before expiry a consultation counts as the pre-renewal one (default 90).
    public var windowDays: Int

    /// The defaults: due 14 days before expiry, counted within 90 days of it.
    public static let standard = ConsultationSchedule(leadDays: 14, windowDays: 90)

    /// Creates a schedule; ``validated()`` checks numbers a user typed.
    public init(leadDays: Int, windowDays: Int) {
        self.leadDays = leadDays
        self.windowDays = windowDays
    }

    /// Checks the numbers a user gave.
    public func validated() throws(DomainError) -> ConsultationSchedule {
        if leadDays < 0 { throw .negativeNumber(field: "--lead-days", value: leadDays) }
        if windowDays < 0 { throw .negativeNumber(field: "--window-days", value: windowDays) }
        return self
    }

    /// The day by which the consultation is due: expiry minus the lead days.
    public func dueBy(_ mandate: Mandate) -> Day? {
        mandate.expires.map { $0.adding(days: -leadDays) }
    }

    /// The days in which a T/PCC consultation counts as the pre-renewal one.
    public func window(_ mandate: Mandate) -> ClosedRange<Day>? {
        mandate.expires.map { $0.adding(days: -windowDays)...$0 }
    }

    /// The renewal cycle of a mandate: the consultations that prepared it belong to it, so it starts
    /// `windowDays` before the mandate's adoption, and it runs to the end of the mandate's period (its expiry,
    /// or `asOf` for an open-ended one). Who was consulted counts the cycle's meetings held up to `asOf`.
    public func cycle(of mandate: Mandate, asOf: Day) -> ClosedRange<Day> {
        mandate.adopted.adding(days: -windowDays)...mandate.period(asOf: asOf).upperBound
    }

    /// Assesses a mandate's renewal from the mission's meetings on `asOf`; a mission whose phase on `asOf`
    /// expects no renewal (withdrawal, liquidation, closed) has none to assess.
    public func assess(_ mandate: Mandate, meetings: [Meeting], asOf: Day, phase: MissionPhase? = nil)
        -> RenewalAssessment
    {
        guard let expires = mandate.expires, let dueBy = dueBy(mandate), let window = window(mandate),
            phase?.expectsRenewal ?? true
        else {
            return RenewalAssessment(status: .notApplicable, consultation: nil, dueBy: nil, heldDaysBeforeExpiry: nil)
        }
        let candidates = meetings.filter {
            $0.kind == .tpccConsultation && window.contains($0.start.day) && $0.status != .cancelled
        }
        if let held = candidates.filter({ $0.status == .held }).max(by: { $0.start.day < $1.start.day }) {
            return RenewalAssessment(
                status: .held, consultation: held, dueBy: dueBy, windowOpens: window.lowerBound,
                heldDaysBeforeExpiry: expires.days(since: held.start.day))
        }
        if let scheduled = candidates.min(by: { $0.start.day < $1.start.day }) {
            return RenewalAssessment(
                status: .scheduled, consultation: scheduled, dueBy: dueBy, windowOpens: window.lowerBound,
                heldDaysBeforeExpiry: nil)
        }
        // Late before early: with more lead days than window days, the due-by day comes before the window.
        let status: RenewalStatus = asOf > dueBy ? .overdue : asOf < window.lowerBound ? .upcoming : .due
        return RenewalAssessment(
            status: status, consultation: nil, dueBy: dueBy, windowOpens: window.lowerBound,
            heldDaysBeforeExpiry: nil)
    }
}
