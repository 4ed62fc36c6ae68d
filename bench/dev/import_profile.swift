// Profiling twin of `hazchem enterprise import FILE --db DB` without the async CLI main (valgrind 3.19
// crashes on the libdispatch main queue an AsyncParsableCommand runs on). Built by bench/dev/profile.sh.
import Foundation
import HazChemStore

let arguments = CommandLine.arguments
let database = try AppDatabase.open(path: arguments[2])
try database.syncRegions(try RegionConfig.load(contentsOf: URL(fileURLWithPath: "Config/regions.yaml")), actor: "bench")
let summary = try database.importEnterprises(from: URL(fileURLWithPath: arguments[1]), actor: "bench")
print(summary.inserted)
