import Foundation
import HazChemCore
import HazChemTestSupport
import Testing

@Suite("hazchem photo add|list")
struct PhotoCLITests {
    @Test("photos added to an item are listed; a duplicate is not stored twice; a non-image refuses the whole batch")
    func addAndList() throws {
        let fixture = try DraftAssessmentFixture()
        let first = fixture.folder.appendingPathComponent("现场1.png")
        let second = fixture.folder.appendingPathComponent("现场2.jpg")
        let fake = fixture.folder.appendingPathComponent("伪装.jpg")
        try Data(TestImages.png(width: 40, height: 30)).write(to: first)
        try Data(TestImages.jpeg(width: 2048, height: 1536)).write(to: second)
        try Data("not an image".utf8).write(to: fake)
        let added = try fixture.run(["photo", "add", "--assessment", "1", "--item", "A01", first.path, second.path])
        #expect(added.stdout.contains("已保存为照片 #1（检查项 A01 检查发现，40×30，image/png）"))
        #expect(added.stdout.contains("已保存为照片 #2"))
        let again = try fixture.run(["photo", "add", "--assessment", "1", "--item", "A01", first.path])
        #expect(again.stdout.contains("已有同一张照片 #1，未重复保存"))
        let refused = try CLIRunner.run(
            ["photo", "add", "--assessment", "1", "--item", "A02", first.path, fake.path, "--db", fixture.db])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("伪装.jpg") && refused.stderr.contains("不是 JPEG 或 PNG 图片"))
        let listed = try fixture.run(["photo", "list", "--assessment", "1"])
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("1\t检查项 A01\t检查发现\timage/png\t40×30\t"))
        #expect(lines[2].hasPrefix("2\t检查项 A01\t检查发现\timage/jpeg\t2048×1536\t"))
    }

    static let refusalCases: [([String], Int32)] = [
        (["photo", "add", "--assessment", "1", "x.jpg"], 64),
        (["photo", "add", "--assessment", "1", "--item", "A01", "--hazard", "2", "x.jpg"], 64),
        (["photo", "list", "--assessment", "99"], 2),
    ]

    @Test("usage errors and unknown assessments", arguments: refusalCases)
    func refusals(arguments: [String], status: Int32) throws {
        let fixture = try DraftAssessmentFixture()
        let result = try CLIRunner.run(arguments + ["--db", fixture.db])
        #expect(result.status == status, "\(result.stderr)")
    }
}
