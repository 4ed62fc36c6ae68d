import ArgumentParser
import Foundation
import HazChemStore

/// `hazchem photo list --assessment ID`: the assessment's photos, tab-separated.
struct PhotoListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出评估的照片（制表符分隔）")

    @OptionGroup var store: StoreOptions
    @Option(help: "评估编号") var assessment: Int64

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let photos = try database.photos(assessmentID: assessment)
            print(["编号", "附于", "阶段", "类型", "尺寸", "字节", "上传人", "上传时间", "SHA-256"].joined(separator: "\t"))
            let format = ISO8601DateFormatter()
            for p in photos {
                print(
                    [
                        String(p.id), p.target.label, p.stage.label, p.mime, "\(p.width)×\(p.height)",
                        String(p.byteSize),
                        p.takenBy, format.string(from: p.createdAt), p.sha256,
                    ].joined(separator: "\t"))
            }
            StoreCLI.printError("共\(photos.count)张照片")
        }
    }
}
