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
// built before. As in the dashboard, the indexes start building in the background once the
// first frame is drawn; each first step is timed twice: immediately after the first frame (so
// it meets the indexes unbuilt), and, on a second state, once they are all ready.
func once(_ operation: String, _ body: () -> Void) {
    print(Measurement(operation: operation, samples: [clock.measure(body)]).jsonLine)
}
/// A fresh state of fresh data, its first frame drawn and its background work started.
@MainActor func firstFrame(_ operation: String?, _ background: BackgroundCommands) -> AppState {
    let screen = size
    var state = AppState(dataset: dataset, size: screen)
    let frame = {
        state = AppState(dataset: dataset, size: screen)
        keep(Renderer.render(state))
    }
    if let operation { once(operation, frame) } else { frame() }
    background.run(Update.firstFrameDrawn(&state), with: state.data)
    return state
}
let allBuilt = { (state: AppState) in state.building.isEmpty }

// The first search right after the first frame: the keystroke and its frame (which may say
// "indexing…"), then, counted from the keystroke, until the matches are drawn.
let searchBackground = BackgroundCommands()
var firstSearch = firstFrame("first-use-frame", searchBackground)
let keystrokeStart = clock.now
once("first-use-search-keystroke") {
    for key in ["/", "m"] as [Character] {
        searchBackground.run(Update.apply(.key(.character(key)), to: &firstSearch), with: firstSearch.data)
        keep(Renderer.render(firstSearch))
    }
}
searchBackground.apply(to: &firstSearch) { !$0.searchIsIndexing }
keep(Renderer.render(firstSearch))
print(Measurement(operation: "first-use-search", samples: [clock.now - keystrokeStart]).jsonLine)
searchBackground.apply(to: &firstSearch, until: allBuilt)

// The first region filter right after the first frame, on fresh data.
let filterBackground = BackgroundCommands()
var firstFilter = firstFrame(nil, filterBackground)
once("first-use-filter") {
    Update.performWaiting(.filterRegion("africa"), &firstFilter)
    keep(Renderer.render(firstFilter))
}
// The first sort (`s`: by title) right after the first frame, on fresh data: before the
// background build reaches the sort orders, it sorts inline (n log n) and keeps the result.
once("first-use-sort") {
    Update.apply(.key(.character("s")), to: &firstFilter)
    keep(Renderer.render(firstFilter))
}
filterBackground.apply(to: &firstFilter, until: allBuilt)

// The same first steps once the background work is done, on fresh data.
let readyBackground = BackgroundCommands()
var ready = firstFrame(nil, readyBackground)
readyBackground.apply(to: &ready, until: allBuilt)
once("first-use-search-ready") {
    for key in ["/", "m"] as [Character] {
        Update.applyWaiting(.key(.character(key)), to: &ready)
        keep(Renderer.render(ready))
    }
}
Update.applyWaiting(.key(.escape), to: &ready)
once("first-use-filter-ready") {
    Update.performWaiting(.filterRegion("africa"), &ready)
    keep(Renderer.render(ready))
}
once("first-use-sort-ready") {
    Update.apply(.key(.character("s")), to: &ready)
    keep(Renderer.render(ready))
}
once("first-use-detail") {
    Update.apply(.key(.enter), to: &ready)
    keep(Renderer.render(ready))
}

if firstUseOnly { exit(0) }

// The pieces of the background build, and what a keystroke would cost without them (a scan of
// every list).
print(sampler.measure("index-build") {
    let data = DashboardData(dataset: dataset)
    for index in DataIndex.allCases { data.build(index) }
}.jsonLine)
print(sampler.measure("scan-search") {
    for kind in RecordKind.allCases { keep(RecordScan.matches(kind, query: "m", in: dataset)) }
}.jsonLine)
print(sampler.measure("scan-filter") {
    for kind in RecordKind.allCases { keep(RecordScan.records(kind, inRegion: "africa", in: dataset)) }
}.jsonLine)

// Steady state: the same steps again and again, after untimed warm-ups.
print(sampler.measure("first-frame") { keep(Renderer.render(AppState(dataset: dataset, size: size))) }.jsonLine)

// Steady state is after the background work: the indexes are built first, in place.
var initial = AppState(dataset: dataset, size: size)
for command in Update.firstFrameDrawn(&initial) { Update.applyWaiting(command.run(with: initial.data), to: &initial) }
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
