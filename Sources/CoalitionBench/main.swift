#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionModel
import CoalitionUI

/// coalition-bench --data DIR [--size 120x40] [--budget SECONDS] [--part first-use|all]
///
/// Loads a data folder once, then times what a user waits for inside the dashboard: first the
/// first use of each step (one sample each, nothing built before), then the model's background
/// pieces, then steady state, where each sample is one event applied to the state plus the frame
/// drawn after it. Prints one JSON line per operation with the median and 95th percentile in ms.
var folder = "data"
var size = TerminalSize(columns: 120, rows: 40)
var sampler = Sampler()
/// `--part first-use` stops after the first-use figures, so a script can take many fresh processes.
var firstUseOnly = false
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst(), let value = arguments.popFirst() {
    switch flag {
    case "--data": folder = value
    case "--size": size = TerminalSize(parsing: value) ?? size
    case "--budget": sampler.budget = .seconds(Double(value) ?? 5)
    case "--part": firstUseOnly = value == "first-use"
    default: fatalError("unknown option \(flag); usage: coalition-bench --data DIR [--size 120x40] [--budget SECONDS] [--part first-use|all]")
    }
}

let clock = ContinuousClock()
var report: DatasetLoader.Report?
let loadTime = clock.measure { report = DatasetLoader.load(directory: folder) }
guard let dataset = report?.dataset else { fatalError("\(folder) did not load: \(report?.problems.first?.description ?? "")") }
print(Measurement(operation: "load", samples: [loadTime]).jsonLine)

// First use, in the order a user meets it, each timed once in this fresh process with nothing
// built before: whatever the dashboard builds on first need is in these figures.
func once(_ operation: String, _ body: () -> Void) {
    print(Measurement(operation: operation, samples: [clock.measure(body)]).jsonLine)
}
var firstUse = AppState(dataset: dataset, size: size)
once("first-use-frame") {
    firstUse = AppState(dataset: dataset, size: size)
    keep(Renderer.render(firstUse))
}
// The search keystroke returns at once, with the slow work (the first index) as a command the
// dashboard runs off its input loop: timed apart, the keystroke and frame, then until the
// results are shown.
var firstSearch = firstUse
var searchWork: [Command] = []
once("first-use-search-keystroke") {
    // Typed quickly: the letter comes before the work started by `/` has finished.
    searchWork = Update.apply(.key(.character("/")), to: &firstSearch)
    keep(Renderer.render(firstSearch))
    searchWork += Update.apply(.key(.character("m")), to: &firstSearch)
    keep(Renderer.render(firstSearch))
}
once("first-use-search") {
    for command in searchWork { Update.applyWaiting(command.run(with: firstSearch.data), to: &firstSearch) }
    keep(Renderer.render(firstSearch))
}
once("first-use-filter") {
    Update.performWaiting(.filterRegion("africa"), &firstUse)
    keep(Renderer.render(firstUse))
}
// The first sort by title computes each record's key once and sorts (n log n); later ones reuse it.
once("first-use-sort") {
    Update.apply(.key(.character("s")), to: &firstUse)
    keep(Renderer.render(firstUse))
}
once("first-use-detail") {
    Update.apply(.key(.enter), to: &firstUse)
    keep(Renderer.render(firstUse))
}

if firstUseOnly { exit(0) }

// The model's pieces for a background build: the build itself, and what a keystroke costs
// while it runs (a scan of every list).
print(sampler.measure("index-build") { keep(RecordIndexes(dataset: dataset)) }.jsonLine)
print(sampler.measure("scan-search") {
    for kind in RecordKind.allCases { keep(RecordScan.matches(kind, query: "m", in: dataset)) }
}.jsonLine)
print(sampler.measure("scan-filter") {
    for kind in RecordKind.allCases { keep(RecordScan.records(kind, inRegion: "africa", in: dataset)) }
}.jsonLine)

// Steady state: the same steps again and again, after untimed warm-ups.
print(sampler.measure("first-frame") { keep(Renderer.render(AppState(dataset: dataset, size: size))) }.jsonLine)

let initial = AppState(dataset: dataset, size: size)
keep(Renderer.render(initial))

var filtered = initial
let regions = ["africa", "western-asia"]
var nextRegion = 0
print(sampler.measure("filter-change") {
    Update.perform(.filterRegion(regions[nextRegion % regions.count]), &filtered)
    nextRegion += 1
    keep(Renderer.render(filtered))
}.jsonLine)

// Each sample types the next letter of the query; the word starts over once it is complete.
let query = Array("marrakesh")
var searchStart = initial
Update.applyWaiting(.key(.character("/")), to: &searchStart)
var searching = searchStart
var typed = 0
print(sampler.measure("search-keystroke", setUp: {
    if typed == query.count {
        searching = searchStart
        typed = 0
    }
}) {
    Update.applyWaiting(.key(.character(query[typed])), to: &searching)
    typed += 1
    keep(Renderer.render(searching))
}.jsonLine)

// Every order of the pane, each sorted once before and kept: a keystroke re-filters, never re-sorts.
var sorting = initial
print(sampler.measure("sort-change") {
    Update.apply(.key(.character("s")), to: &sorting)
    keep(Renderer.render(sorting))
}.jsonLine)

var scrolled = initial
print(sampler.measure("scroll-row", setUp: {
    if scrolled.lists[scrolled.pane.rawValue].selected + 1 >= scrolled.rows(scrolled.pane).count { scrolled = initial }
}) {
    Update.apply(.key(.down), to: &scrolled)
    keep(Renderer.render(scrolled))
}.jsonLine)
