import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTestSupport
import HazChemXLSX
import Testing

/// The 照片 sheet of the assessment report: one row per photo with the picture embedded.
@Suite("Report photos")
struct ReportPhotoTests {
    struct NoReference: Error {}

    @Test("a rectification photo of a hazard is listed and embedded; no photo, no sheet")
    func photoSheet() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        let id = try StoreFixtures.importExample(.decided, into: database)
        let detail = try StoreFixtures.detail(id, in: database)
        let day = LocalDate(year: 2019, month: 8, day: 1)!
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("评估报告.xlsx")
        let without = try database.assessmentReportData(detail, reference: { throw NoReference() }, generatedOn: day)
        #expect(try AssessmentReportWriter().write(without, to: url).last == "处置")

        let hazard = try #require(detail.hazards.first?.id)
        let picture = TestImages.png(width: 480, height: 360, rgb: (30, 120, 200))
        let stored = try database.addPhoto(
            assessmentID: id, .hazard(hazard), stage: .rectification,
            PhotoUpload(content: picture, fileName: "整改后.png"), actor: "县局")
        let data = try database.assessmentReportData(detail, reference: { throw NoReference() }, generatedOn: day)
        #expect(data.photos.map(\.id) == [stored.photo.id])
        #expect(try AssessmentReportWriter().write(data, to: url).last == "照片")
        let sheet = try XLSXReader(url: url).sheet(named: "照片")
        #expect(sheet[row: 2, column: 0] == .text(String(stored.photo.id)))
        #expect(sheet[row: 2, column: 1] == .text("隐患 #\(hazard)"))
        #expect(sheet[row: 2, column: 2] == .text("整改后"))
        #expect(sheet[row: 2, column: 3] == .text("县局"))
        #expect(sheet[row: 2, column: 5] == .text("480×360"))
        let bytes = try Data(contentsOf: url)
        #expect(bytes.range(of: Data("xl/media/image1.png".utf8)) != nil)
    }

    /// A stand-in for bcrypt (the web module's hasher is not a reports dependency).
    struct Hasher: PasswordHasher {
        func hash(_ password: String) -> String { "test-hash-not-bcrypt$" + password }
        func verify(_ password: String, hash: String) -> Bool { hash == self.hash(password) }
    }

    @Test("a photo taken by a web user is credited to the user's name, not the account")
    func creditedByName() throws {
        let database = try StoreFixtures.database(now: StoreFixtures.decidedNow)
        let id = try StoreFixtures.importExample(.decided, into: database)
        _ = try database.addUser(
            AppUser(username: "expert1", displayName: "王建国", role: .administrator), password: "Photo-Test-1",
            hasher: Hasher(), actor: "测试员")
        let hazard = try #require(try StoreFixtures.detail(id, in: database).hazards.first?.id)
        for (index, actor) in ["expert1", "县局"].enumerated() {
            _ = try database.addPhoto(
                assessmentID: id, .hazard(hazard), stage: .rectification,
                PhotoUpload(content: TestImages.png(width: 10 + index, height: 10)), actor: actor)
        }
        #expect(try database.reportPhotos(assessmentID: id).map(\.takenBy) == ["王建国", "县局"])
    }
}
