import Foundation
import HazChemCore
import HazChemStore

extension DemoCampaign {
    /// County monthly reports for 2019-06 … 2019-11: most on time, some late, a few never sent. For the last
    /// month the first county is late, the second has not reported and the others are on time.
    func recordSubmissions(
        _ writer: CampaignBulkWriter, counties: [Region], asOf: Int, summary: inout DemoCampaignSummary
    ) throws {
        var random = DemoCampaignRandom(seed: options.seed, stream: 6)
        for period in Self.months {
            let due = DemoCampaignCalendar.day(period.dueDate)
            for (position, county) in counties.enumerated() {
                var outcome = random.weighted([(MonthlySubmission.Status.onTime, 85), (.late, 10), (.missing, 5)])
                if period == Self.months.last { outcome = position == 0 ? .late : position == 1 ? .missing : .onTime }
                var day: Int?
                switch outcome {
                case .onTime: day = due - random.int(in: 0...5)
                case .late: day = min(due + random.int(in: 1...6), asOf)
                default: day = nil
                }
                if let day {
                    try writer.insertMonthlySubmission(
                        countyCode: county.code, period: period, submittedOn: DemoCampaignCalendar.date(day),
                        recordedAt: DemoCampaignCalendar.recorded(day, minutes: 9 * 60))
                }
                let judged = MonthlySubmission(
                    countyCode: county.code, countyName: county.name, dueDate: period.dueDate,
                    submittedOn: day.map(DemoCampaignCalendar.date), asOf: Self.asOf)
                summary.monthlySubmissions[judged.status.rawValue, default: 0] += 1
            }
        }
    }

    /// Web users, when a hasher was given: `admin`, `prefecture`, one `county<code>`
    /// per county, `expert1`–`expert3` (team leaders) and `regulator1`, all with ``password``.
    func addUsers(
        _ writer: CampaignBulkWriter, counties: [Region], prefecture: String, panels: DemoCampaignPanels,
        experts: [Expert],
        summary: inout DemoCampaignSummary
    ) throws {
        guard let hasher = options.hasher else { return }
        precondition(
            LoginPolicy().passwordProblem(Self.password, username: "county000000") == nil,
            "the demo password breaks the policy")
        var users = [
            AppUser(username: "admin", displayName: "系统管理员", role: .administrator),
            AppUser(username: "prefecture", displayName: "\(prefecture)应急管理局", role: .prefecture),
        ]
        for county in counties {
            users.append(
                AppUser(
                    username: "county\(county.code)", displayName: "\(county.name)应急管理局", role: .county,
                    countyCode: county.code))
        }
        let leaders = panels.teams.map { experts[$0.seats[0].expert] }
        for (number, leader) in leaders.prefix(3).enumerated() {
            users.append(
                AppUser(username: "expert\(number + 1)", displayName: leader.name, role: .expert, expertID: leader.id))
        }
        if let seat = panels.teams.first?.seats.first(where: { $0.role == .regulator }) {
            let regulator = experts[seat.expert]
            users.append(
                AppUser(username: "regulator1", displayName: regulator.name, role: .regulator, expertID: regulator.id))
        }
        let moment = DemoCampaignCalendar.moment(Self.firstDay - 7, minutes: 540)
        // Every demo user has the same published password: one hash (at the server's cost) serves them all.
        let hash = hasher.hash(Self.password)
        for var user in users {
            user.passwordHash = hash
            (user.createdAt, user.updatedAt) = (moment, moment)
            try writer.insertUser(user)
        }
        summary.users = users.count
    }
}
