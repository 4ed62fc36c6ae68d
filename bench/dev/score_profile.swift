// Profiling twin of `hazchem bench-score` without the async CLI main (valgrind 3.19 crashes on the
// libdispatch main queue that an AsyncParsableCommand runs on). Built by bench/dev/profile.sh.
import Foundation
import HazChemCore
import HazChemTables

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1])! : 2000
let catalog = try TableCatalog.load(directory: URL(fileURLWithPath: "Checklists"))
let engines = catalog.gradingTables.sorted { $0.id < $1.id }.map(GradingEngine.init)
var generator = BenchAnswerGenerator(seed: 1)
var work: [(engine: Int, answers: GradingAnswers)] = []
for i in 0..<count {
    let index = i % engines.count
    work.append((index, generator.answers(for: engines[index].table)))
}
var total = 0
let clock = ContinuousClock()
let start = clock.now
for item in work {
    total &+= try engines[item.engine].score(item.answers).total.raw
}
print(count, total, clock.now - start)
