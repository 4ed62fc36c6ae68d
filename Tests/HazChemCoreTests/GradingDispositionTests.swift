import HazChemCore
import Testing

/// Disposition classes allowed per grade and the messages for rejected choices (DOMAIN.md section 5).
@Suite("Grading dispositions")
struct GradingDispositionTests {
    @Test(
        "allowed classes per grade",
        arguments: [
            (Grade.blue, [DispositionClass.consolidate]), (.yellow, [.rectify]),
            (.orange, [.rectify, .closeOrSuspend]),
            (.red, [.rectify, .closeOrSuspend]),
        ])
    func allowed(grade: Grade, classes: [DispositionClass]) {
        #expect(DispositionPolicy.allowedClasses(for: grade) == classes)
        #expect(DispositionPolicy.defaultClass(for: grade) == classes[0])
    }

    static let accepted: [(Grade, DispositionDecision)] = [
        (.blue, DispositionDecision(.consolidate)),
        (.yellow, DispositionDecision(.rectify)),
        (.orange, DispositionDecision(.rectify)),
        (.red, DispositionDecision(.rectify)),
        (.red, DispositionDecision(.closeOrSuspend, notRectifiableReason: "工艺落后，无整改条件", action: .close)),
        (.orange, DispositionDecision(.closeOrSuspend, notRectifiableReason: "技术力量薄弱", action: .suspendAndRectify)),
    ]

    @Test("allowed choices pass", arguments: accepted)
    func accept(grade: Grade, decision: DispositionDecision) throws {
        #expect(DispositionPolicy.validate(decision, grade: grade).isEmpty)
        try DispositionPolicy.check(decision, grade: grade)
    }

    static let rejected: [(Grade, DispositionDecision, [String])] = [
        (.blue, DispositionDecision(.rectify), ["蓝色企业只能巩固强化，不能选择“整改提升”"]),
        (
            .blue, DispositionDecision(.closeOrSuspend, notRectifiableReason: "x", action: .close),
            ["蓝色企业只能巩固强化，不能选择“停产整改或关闭淘汰”", "只有红色、橙色企业可认定为不具备整改条件"]
        ),
        (.yellow, DispositionDecision(.consolidate), ["黄色企业只能整改提升，不能选择“巩固强化”"]),
        (
            .yellow, DispositionDecision(.closeOrSuspend, notRectifiableReason: "x", action: .close),
            ["黄色企业只能整改提升，不能选择“停产整改或关闭淘汰”", "只有红色、橙色企业可认定为不具备整改条件"]
        ),
        (.red, DispositionDecision(.consolidate), ["红色企业不能巩固强化"]),
        (.orange, DispositionDecision(.consolidate), ["橙色企业不能巩固强化"]),
        (.red, DispositionDecision(.closeOrSuspend, action: .close), ["须有专家组“不具备整改条件”的认定并写明理由"]),
        (
            .orange, DispositionDecision(.closeOrSuspend, notRectifiableReason: "   ", action: .close),
            ["须有专家组“不具备整改条件”的认定并写明理由"]
        ),
        (.red, DispositionDecision(.closeOrSuspend, notRectifiableReason: "无整改条件"), ["须确定处置措施：停产整改或关闭淘汰"]),
        (.red, DispositionDecision(.closeOrSuspend), ["须有专家组“不具备整改条件”的认定", "须确定处置措施"]),
        (.red, DispositionDecision(.rectify, action: .suspendAndRectify), ["“整改提升”不能指定“停产整改”"]),
        (.orange, DispositionDecision(.rectify, notRectifiableReason: "无整改条件"), ["专家组已认定不具备整改条件，应选择停产整改或关闭淘汰"]),
        (.blue, DispositionDecision(.consolidate, action: .close), ["“巩固强化”不能指定“关闭淘汰”"]),
        (.blue, DispositionDecision(.consolidate, notRectifiableReason: "x"), ["只有红色、橙色企业可认定为不具备整改条件，本企业为蓝色"]),
    ]

    @Test("rejected choices say why, every reason at once", arguments: rejected)
    func reject(grade: Grade, decision: DispositionDecision, messages: [String]) {
        let problems = DispositionPolicy.validate(decision, grade: grade)
        #expect(problems.count == messages.count, "\(problems)")
        for (problem, message) in zip(problems, messages) {
            #expect(problem.message.contains(message), "\(problem.message)")
            #expect(problem.code == .invalidDisposition)
        }
        #expect(throws: GradingError.self) { try DispositionPolicy.check(decision, grade: grade) }
    }

    @Test("the score sheet offers the dispositions of its final grade")
    func sheet() throws {
        #expect(try GradingFixtures.score(["1.1.1": true]).allowedDispositions == [.consolidate])
        #expect(try GradingFixtures.score(["1.1.1": true, "1.2.3": 1]).allowedDispositions == [.rectify])
        #expect(try GradingFixtures.score([:], directRed: ["R2"]).allowedDispositions == [.rectify, .closeOrSuspend])
    }
}
