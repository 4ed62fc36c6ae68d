#!/usr/bin/env bash
# Counts instructions with callgrind (repeatable, unlike wall time) for one benchmark, through a small
# non-async twin of the CLI command: valgrind 3.19 crashes on the libdispatch main queue that the
# hazchem binary (an AsyncParsableCommand) runs on. The twin is linked against the release objects, so
# run `swift build -c release --product hazchem` first.
#   bash bench/dev/profile.sh score 2000                      # bench-score with 2000 assessments
#   bash bench/dev/profile.sh import bench/out/small.csv      # enterprise import into a fresh database
#   bash bench/dev/profile.sh monthly bench/out/province.sqlite   # report monthly --format json
# Writes bench/out/NAME.callgrind and prints the costliest functions, inclusive.
set -euo pipefail
cd "$(dirname "$0")/../.."
name=$1; shift
r=.build/release
src=bench/out/$name-profile.src
mkdir -p "$src"
cp "bench/dev/${name}_profile.swift" "$src/main.swift"
objects=("$r"/HazChemCore.build/*.o "$r"/HazChemTables.build/*.o "$r"/Yams.build/*.o "$r"/CYaml.build/src/*.o)
extra=()
case $name in
  score) extra=(Sources/hazchem/Bench/BenchAnswerGenerator.swift) ;;
  monthly)
    objects+=("$r"/HazChemStore.build/*.o "$r"/GRDB.build/*.o)
    extra=(-I .build/checkouts/GRDB.swift/Sources/GRDBSQLite -lsqlite3) ;;
  import)
    objects+=("$r"/HazChemStore.build/*.o "$r"/GRDB.build/*.o)
    extra=(-I .build/checkouts/GRDB.swift/Sources/GRDBSQLite -lsqlite3)
    rm -f bench/out/import-profile.sqlite*
    set -- "$@" bench/out/import-profile.sqlite ;;
esac
swiftc -O -package-name "$(basename "$PWD")" -I "$r/Modules" -I .build/checkouts/Yams/Sources/CYaml/include \
  "$src/main.swift" "${extra[@]}" "${objects[@]}" -o "bench/out/$name-profile"
strip --strip-debug "bench/out/$name-profile"  # valgrind 3.19 cannot read the DWARF 5 that SwiftPM emits
valgrind --tool=callgrind --callgrind-out-file="bench/out/$name.callgrind" "bench/out/$name-profile" "$@" 2>&1 | tail -1
callgrind_annotate --inclusive=yes "bench/out/$name.callgrind" | sed -n '/file:function/,$p' | head -70 \
  | swift demangle --simplified | cut -c1-200
