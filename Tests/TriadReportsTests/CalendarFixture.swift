import TriadCore
import TriadReports

/// A calendar with a timed meeting, an all-day one, due dates, and a mandate's expiry and due-by day.
enum CalendarFixture {
    static var calendar: CalendarExport {
        var timed = ReportFixture.meeting(2, .tpccConsultation, "2025-10-30", title: RenderedReports.hostileTitle)
            .meeting
        timed.start = MeetingStart(
            day: ReportFixture.day("2025-10-30"), time: TimeOfDay(hour: 10, minute: 0)!, utcOffsetSeconds: -4 * 3600)
        timed.summary =
            "Contributors asked for more helicopters; the penholder will circulate elements, which everyone welcomed — très bien. 直升机"
        let allDay = ReportFixture.meeting(1, .secretariatBriefing, "2025-10-16", .scheduled, title: "Briefing").meeting
        let actions = ReportFixture.review().openActions
        return CalendarExport(meetings: [timed, allDay], actions: actions, mandates: [ReportFixture.mandate()])
    }

    static var ics: String { ICalendarWriter.write(calendar, name: "triad — MINUSCA") }
}
