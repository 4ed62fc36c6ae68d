import ArgumentParser
import Foundation
import HazChemCore
import HazChemTables

/// `hazchem bench-score --count N` (hidden): scoring throughput for `make bench`.
///
/// Loads the grading tables once, builds N varied, valid answer sets deterministically (not timed), then
/// scores them one after another on one thread and prints one JSON line with the rate.
struct BenchScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-score",
        abstract: "评分性能测试（make bench 使用）",
        shouldDisplay: false
    )

    @Option(help: "评分的评估份数") var count = 100_000
    @Option(help: "生成答案的随机种子") var seed: UInt64 = 1
    @OptionGroup var tableOptions: TableOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count 必须是正整数") }
    }

    func run() throws {
        let engines = try tableOptions.catalog().gradingTables.sorted { $0.id < $1.id }.map(GradingEngine.init)
        guard !engines.isEmpty else {
            TableOptions.printError("没有找到分级表")
            throw ExitCode(2)
        }
        var generator = BenchAnswerGenerator(seed: seed)
        var work: [(engine: Int, answers: GradingAnswers)] = []
        work.reserveCapacity(count)
        for i in 0..<count {
            let index = i % engines.count
            let answers = generator.answers(for: engines[index].table)
            if let problem = engines[index].validate(answers).first {
                TableOptions.printError("生成的答案无效：\(problem)")
                throw ExitCode(1)
            }
            work.append((index, answers))
        }
        var totalRaw = 0
        var grades: [Grade: Int] = [:]
        let clock = ContinuousClock()
        let start = clock.now
        for item in work {
            let sheet = try engines[item.engine].score(item.answers)
            totalRaw &+= sheet.total.raw
            grades[sheet.grade, default: 0] += 1
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let gradeCounts = Grade.allCases.map { "\"\($0.rawValue)\":\(grades[$0] ?? 0)" }.joined(separator: ",")
        print(
            "{\"count\":\(count),\"tables\":\(engines.count),\"seconds\":\(seconds),"
                + "\"per_second\":\(Double(count) / seconds),\"total_tenths\":\(totalRaw),\"grades\":{\(gradeCounts)}}")
    }
}
