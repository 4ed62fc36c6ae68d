import Foundation
import HazChemCore
import HazChemStore
import HazChemTestSupport
import HazChemWeb
import Hummingbird

/// The web fixtures plus the worked example assessment (兴安盟宏达化工, 乌兰浩特市) imported on site: every
/// response, the panel's confirmed answers (79.4, yellow) and spot checks, but not submitted, signed or decided.
///
/// Users: `wjg` 王建国 (leader, 安全管理), `lm` 李明 (member, 化工设计), `zw` 张伟, `ly` 刘洋, `zj` 赵静 (members),
/// `chen` 陈刚 (regulator), besides the
/// users of ``WebFixtures`` (`wang` sits on another panel).
struct AssessmentFixtures {
    static let example = RepositoryPaths.checklists.appendingPathComponent("examples/assessment/hongda-2019.yaml")

    let base: WebFixtures
    let assessmentID: Int64
    var database: AppDatabase { base.database }

    init() throws {
        base = try WebFixtures()
        var file = try AssessmentFileReader.read(contentsOf: Self.example)
        file.submitted = nil
        file.signatures = []
        file.disposition = nil
        assessmentID = try base.database.importAssessment(
            file, fileName: "hongda-2019.yaml", tablesDirectory: RepositoryPaths.checklists, actor: "测试员"
        ).id!
        let experts = try base.database.experts()
        let hasher = BcryptHasher(cost: 4)
        for (username, name, role) in [
            ("wjg", "王建国", UserRole.expert), ("lm", "李明", .expert), ("zw", "张伟", .expert), ("ly", "刘洋", .expert),
            ("zj", "赵静", .expert), ("chen", "陈刚", .regulator),
        ] {
            let expert = try require(experts.first { $0.name == name })
            try base.database.addUser(
                AppUser(username: username, displayName: name, role: role, expertID: expert.id),
                password: WebFixtures.password, hasher: hasher, actor: "测试员")
        }
        // The server's clock reads 2019-08-01: the dates the tests state (submission, signatures, disposition in
        // July) lie in the past, as the store requires.
        base.clock.advance(31 * 86400)
    }

    /// The application over this database.
    func application(_ configuration: WebConfiguration = WebFixtures.configuration()) async throws
        -> some ApplicationProtocol
    {
        try await base.application(configuration)
    }

    /// The assessment page's path, with `suffix`.
    func path(_ suffix: String = "") -> String { "/assessments/\(assessmentID)" + suffix }

    /// The fields of an item form.
    static func item(
        _ response: String, finding: String = "", location: String = "", major: Bool = false, measure: String? = nil,
        deadline: String? = nil, responsible: String? = nil
    ) -> [(String, String)] {
        var fields = [("response", response), ("finding", finding), ("location", location)]
        if major { fields.append(("major", "1")) }
        if let measure { fields.append(("measure", measure)) }
        if let deadline { fields.append(("deadline", deadline)) }
        if let responsible { fields.append(("responsible", responsible)) }
        return fields
    }
}

/// A fixture value that should exist but does not.
private struct MissingFixture: Error {}

/// `#require` outside a test: throws when `value` is nil.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingFixture() }
    return value
}
