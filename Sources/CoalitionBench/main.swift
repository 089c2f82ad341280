#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionModel
import CoalitionUI

/// coalition-bench --data DIR [--size 120x40] [--budget SECONDS]
///
/// Loads a data folder once, then times what a user waits for inside the dashboard: each sample
/// is one event applied to the state plus the frame drawn after it. Prints one JSON line per
/// operation with the median and 95th percentile in milliseconds.
var folder = "data"
var size = TerminalSize(columns: 120, rows: 40)
var sampler = Sampler()
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst(), let value = arguments.popFirst() {
    switch flag {
    case "--data": folder = value
    case "--size": size = TerminalSize(parsing: value) ?? size
    case "--budget": sampler.budget = .seconds(Double(value) ?? 5)
    default: fatalError("unknown option \(flag); usage: coalition-bench --data DIR [--size 120x40] [--budget SECONDS]")
    }
}

let clock = ContinuousClock()
var report: DatasetLoader.Report?
let loadTime = clock.measure { report = DatasetLoader.load(directory: folder) }
guard let dataset = report?.dataset else { fatalError("\(folder) did not load: \(report?.problems.first?.description ?? "")") }
print(Measurement(operation: "load", samples: [loadTime]).jsonLine)

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

var scrolled = initial
print(sampler.measure("scroll-row", setUp: {
    if scrolled.lists[scrolled.pane.rawValue].selected + 1 >= scrolled.rows(scrolled.pane).count { scrolled = initial }
}) {
    Update.apply(.key(.down), to: &scrolled)
    keep(Renderer.render(scrolled))
}.jsonLine)
