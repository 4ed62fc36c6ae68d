// Profiling twin of `hazchem report monthly --month 2019-11 --as-of 2019-12-31 --format json --db DB`
// without the async CLI main (valgrind 3.19 crashes on the libdispatch main queue that an
// AsyncParsableCommand runs on). Built by bench/dev/profile.sh.
import Foundation
import HazChemStore

let database = try AppDatabase.open(path: CommandLine.arguments[1])
try database.syncRegions(try RegionConfig.load(contentsOf: URL(fileURLWithPath: "Config/regions.yaml")), actor: "bench")
let report = try database.monthlyReport(
    for: MonthlyPeriod(parsing: "2019-11")!, county: nil, asOf: LocalDate(parsing: "2019-12-31")!)
print(try report.jsonText().utf8.count)
