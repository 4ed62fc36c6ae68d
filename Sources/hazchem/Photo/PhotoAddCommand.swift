import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// `hazchem photo add --assessment ID (--item ITEM | --hazard ID [--stage rectification|recheck]) FILE…`.
struct PhotoAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "给检查项或隐患添加照片",
        discussion: "检查项的照片为检查发现照片；隐患的照片默认为整改后照片（--stage rectification），复查照片用 --stage recheck。"
            + "命令行添加的照片不另生成缩略图，网页上以原图缩小显示；所有文件在一个事务中保存，任一张被拒绝则都不保存。")

    @OptionGroup var store: StoreOptions
    @Option(help: "评估编号") var assessment: Int64
    @Option(help: "检查项编号（检查发现照片）") var item: String?
    @Option(help: "隐患编号") var hazard: Int64?
    @Option(help: "隐患照片的阶段：rectification（整改后，默认）、recheck（复查）或 finding（检查发现）") var stage: String?
    @Argument(help: "照片文件（JPEG 或 PNG）") var files: [String]

    func validate() throws {
        if (item == nil) == (hazard == nil) { throw ValidationError("请用 --item 或 --hazard 指定照片所附的检查项或隐患（二选一）") }
        if files.isEmpty { throw ValidationError("请给出至少一个照片文件") }
        if item != nil, let stage, PhotoStage(code: stage) != .finding {
            throw ValidationError("检查项只能附检查发现照片；--stage 只用于隐患")
        }
    }

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let target: PhotoTarget = item.map(PhotoTarget.item) ?? .hazard(hazard!)
            var phase = PhotoStage.finding
            if hazard != nil {
                guard let chosen = PhotoStage(code: stage ?? PhotoStage.rectification.rawValue) else {
                    throw StoreCLI.invalid("--stage", "阶段应为 rectification、recheck 或 finding，实际为“\(stage ?? "")”")
                }
                phase = chosen
            }
            var uploads: [PhotoUpload] = []
            for path in files {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw StoreError(.invalidInput, file: path, message: "无法读取文件：请检查路径和权限")
                }
                uploads.append(PhotoUpload(content: [UInt8](data), fileName: path))
            }
            let database = try store.open()
            let stored = try database.addPhotos(
                assessmentID: assessment, target, stage: phase, uploads, actor: store.actor)
            for (path, result) in zip(files, stored) {
                let p = result.photo
                print(
                    "\(path)：" + (result.duplicate ? "已有同一张照片 #\(p.id)，未重复保存" : "已保存为照片 #\(p.id)")
                        + "（\(target.label) \(phase.label)，\(p.width)×\(p.height)，\(p.mime)）")
            }
        }
    }
}
