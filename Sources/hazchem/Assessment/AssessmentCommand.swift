import ArgumentParser

/// `hazchem assessment`: assessments from creation to sign-off, corrections and assessment files.
struct AssessmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessment",
        abstract: "评估：创建、录入检查意见和评分、提交、签署、更正、导入导出评估文件",
        discussion: "状态：计划 → 现场评估中（start）→ 已提交（submit）→ 已签署（sign）→ 已处置（disposition set）；"
            + "已提交可退回修改（reopen）；已签署的评估不可修改，只能创建新版本（correct）。评估文件格式见 docs/assessment-file.md。",
        subcommands: [
            AssessmentCreateCommand.self, AssessmentImportCommand.self, AssessmentImportFormCommand.self,
            AssessmentExportCommand.self,
            AssessmentListCommand.self, AssessmentShowCommand.self, AssessmentRespondCommand.self,
            AssessmentAnswerCommand.self, AssessmentRiskCommand.self, AssessmentConclusionCommand.self,
            AssessmentSpotCheckCommand.self,
            AssessmentStartCommand.self, AssessmentSubmitCommand.self, AssessmentReopenCommand.self,
            AssessmentSignCommand.self, AssessmentCorrectCommand.self, AssessmentVerifyCommand.self,
        ]
    )
}
