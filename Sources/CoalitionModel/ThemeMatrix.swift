/// The statements' themes against years or against the meetings and sessions whose texts they
/// belong to: how the Coalition's priorities moved. Each cell holds the statements carrying that
/// theme in that column; a statement with several themes is in several rows of its column.
public struct ThemeMatrix: Equatable, Sendable {
    public enum Axis: String, CaseIterable, Sendable {
        case year, meeting
    }

    public struct Column: Equatable, Sendable {
        /// The year ("2022") or the meeting's or session's id.
        public var key: String
        /// The year, or the meeting's or session's title.
        public var title: String
        public var date: PartialDate?
    }

    public let axis: Axis
    /// Every theme, in the order the data format lists them, so matrices compare row by row.
    public let themes: [Theme]
    public let columns: [Column]
    /// Statement ids per cell, `[theme][column]`, in the data set's order.
    public let statements: [[[String]]]
    /// Statements per column, each counted once however many themes it has.
    public let statementsPerColumn: [Int]

    /// The statements of the data set within the region and the date bounds, by theme and by
    /// `axis`. Years run without gaps from the first to the last, so a quiet year shows as one;
    /// meetings and sessions appear when at least one of their statements is kept.
    public init(dataset: Dataset, by axis: Axis, region: String? = nil, dates: DateBounds = DateBounds()) {
        self.axis = axis
        themes = Theme.allCases
        let themeRow = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1, $0) })

        var kept: [(resolution: Resolution, columnKey: String)] = []
        var columnsByKey: [String: Column] = [:]
        for resolution in dataset.resolutions {
            guard let date = dataset.date(of: resolution), dates.admits(date),
                  region.map({ dataset.matches(resolution, region: $0) }) ?? true else { continue }
            let column: Column
            switch axis {
            case .year:
                column = Column(key: String(date.year), title: String(date.year), date: PartialDate(year: date.year))
            case .meeting:
                guard let parent = resolution.parentID else { continue }
                let title = dataset.meeting(id: parent)?.title ?? dataset.session(id: parent)?.title ?? parent
                column = Column(key: parent, title: title, date: date)
            }
            if columnsByKey[column.key] == nil { columnsByKey[column.key] = column }
            kept.append((resolution, column.key))
        }

        var ordered: [Column]
        switch axis {
        case .year:
            let years = columnsByKey.values.compactMap { $0.date?.year }
            ordered = years.isEmpty ? [] : (years.min()!...years.max()!).map {
                Column(key: String($0), title: String($0), date: PartialDate(year: $0))
            }
        case .meeting:
            // Statements come in their texts' date order already; the first seen is the earliest.
            var seen: Set<String> = []
            ordered = kept.compactMap { seen.insert($0.columnKey).inserted ? columnsByKey[$0.columnKey] : nil }
        }
        columns = ordered

        let columnIndex = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.key, $0) })
        var cells = Array(repeating: Array(repeating: [String](), count: ordered.count), count: themes.count)
        var perColumn = Array(repeating: 0, count: ordered.count)
        for (resolution, key) in kept {
            let column = columnIndex[key]!
            perColumn[column] += 1
            // A theme listed twice in one statement still counts that statement once.
            for theme in Set(resolution.themes) { cells[themeRow[theme]!][column].append(resolution.id) }
        }
        statements = cells
        statementsPerColumn = perColumn
    }

    public func count(theme row: Int, column: Int) -> Int { statements[row][column].count }

    /// Statements carrying each theme across all columns.
    public var themeTotals: [Int] { statements.map { $0.reduce(0) { $0 + $1.count } } }

    /// Every statement kept, once.
    public var statementTotal: Int { statementsPerColumn.reduce(0, +) }

    /// The fullest cell, which the heat map's darkest shade stands for.
    public var largestCell: Int { statements.lazy.flatMap { $0 }.map(\.count).max() ?? 0 }

    /// The shade of a count from 0 (empty) to `levels` (the largest cell): each level covers an
    /// equal share of the largest cell, and any statement at all shows as at least level 1.
    public func level(of count: Int, levels: Int) -> Int {
        guard count > 0, largestCell > 0 else { return 0 }
        return (count * levels + largestCell - 1) / largestCell
    }

    /// The counts each level stands for, for a legend; levels no count can reach are left out.
    public func levelRanges(levels: Int) -> [(level: Int, counts: ClosedRange<Int>)] {
        guard largestCell > 0 else { return [] }
        return (1...levels).compactMap { level in
            let low = (level - 1) * largestCell / levels + 1
            let high = level * largestCell / levels
            return low <= high ? (level, low...high) : nil
        }
    }
}
