import ArgumentParser
import TriadCore

/// `--lead-days` and `--window-days`: when the pre-renewal T/PCC consultation counts and is due.
struct ConsultationScheduleOptions: ParsableArguments {
    @Option(help: "Days before expiry by which the T/PCC consultation is due.")
    var leadDays = ConsultationSchedule.standard.leadDays

    @Option(help: "Days before expiry in which a T/PCC consultation counts as the pre-renewal one.")
    var windowDays = ConsultationSchedule.standard.windowDays

    /// The schedule, refusing negative numbers.
    func schedule() throws -> ConsultationSchedule {
        try ConsultationSchedule(leadDays: leadDays, windowDays: windowDays).validated()
    }
}
