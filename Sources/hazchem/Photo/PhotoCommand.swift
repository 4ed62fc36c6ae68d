import ArgumentParser

/// `hazchem photo`: photo evidence of findings, rectifications and re-checks.
struct PhotoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "photo",
        abstract: "照片：检查发现、整改和复查的照片证据",
        discussion: "照片保存在数据库中（备份数据库即备份照片）。只接受 JPEG 和 PNG（按文件内容判断），每张不超过 5 MB，"
            + "每个检查项或隐患每个阶段最多 12 张；同一位置重复上传同一张照片只保存一次。已签署评估的照片不能修改或删除，"
            + "也不能再添加检查发现的照片；隐患的整改和复查照片签署后仍可添加。",
        subcommands: [PhotoAddCommand.self, PhotoListCommand.self]
    )
}
