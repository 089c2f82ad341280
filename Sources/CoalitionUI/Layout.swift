/// Where everything goes on a screen of a given size. Wide screens put the lists beside the detail;
/// narrow ones show one list at a time under a tab bar, with the detail below or in its place.
public struct Layout: Sendable {
    public static let minimum = TerminalSize(columns: 40, rows: 10)
    static let wideFrom = 100
    static let stackedFrom = 28
    static let detailBelowFrom = 18

    public var tooSmall = false
    public var header = Rect(x: 0, y: 0, width: 0, height: 0)
    public var status = Rect(x: 0, y: 0, width: 0, height: 0)
    public var tabs: Rect?
    /// The list boxes drawn, with their borders.
    public var panes: [(pane: Pane, rect: Rect)] = []
    public var detail: Rect?
    /// The timeline view's area, when it shows.
    public var timeline: Rect?
    /// The themes, coverage or comparison view's area, when one shows.
    public var report: Rect?

    public init(for state: AppState) {
        self.init(size: state.size, active: state.pane, focus: state.focus, view: state.view)
    }

    public init(size: TerminalSize, active: Pane, focus: Focus, view: ViewMode = .browse) {
        guard size.columns >= Layout.minimum.columns, size.rows >= Layout.minimum.rows else {
            tooSmall = true
            return
        }
        let screen = Rect(x: 0, y: 0, width: size.columns, height: size.rows)
        let (header, afterHeader) = screen.splitTop(1)
        let body = Rect(x: 0, y: afterHeader.y, width: size.columns, height: afterHeader.height - 1)
        self.header = header
        self.status = Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1)
        switch view {
        case .timeline:
            timeline = body
            return
        case .themes, .coverage, .comparison:
            report = body
            return
        case .browse:
            break
        }

        if size.columns >= Layout.wideFrom {
            let (left, right) = body.splitLeft(max(44, size.columns * 45 / 100))
            detail = right
            if body.height >= Layout.stackedFrom {
                let weights = Pane.allCases.map { $0 == active ? 3 : 1 }
                panes = Array(zip(Pane.allCases, left.rows(weights: weights)))
            } else {
                let (tabs, list) = left.splitTop(1)
                self.tabs = tabs
                panes = [(active, list)]
            }
        } else {
            let (tabs, rest) = body.splitTop(1)
            self.tabs = tabs
            if rest.height >= Layout.detailBelowFrom {
                let (list, below) = rest.splitTop(rest.height * 2 / 5)
                panes = [(active, list)]
                detail = below
            } else if focus == .detail {
                detail = rest
            } else {
                panes = [(active, rest)]
            }
        }
    }

    /// Rows of records a list box shows.
    public func listHeight(_ pane: Pane) -> Int {
        panes.first { $0.pane == pane }.map { max(1, $0.rect.height - 2) } ?? 1
    }

    public var detailHeight: Int { detail.map { max(1, $0.height - 2) } ?? 1 }

    /// Lines the coverage or comparison box shows inside its border.
    public var reportHeight: Int { report.map { max(1, $0.height - 2) } ?? 1 }
}
