import NeuroCore

/// Where everything of the digit screen sits, computed from the window
/// size alone so it can be tested without a display.
///
///     +----------------------------- header -----------------------------+
///     | grid (28x28 cells)  | input preview  | output bars               |
///     |  ~60% of height     | answer digit   +---------------------------+
///     +---------------------+                | loss plot, counters       |
///     | controls            |                |                           |
///     +----------------------------- legend -----------------------------+
public struct DigitLayout: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// The standard look, also of the header and legend that every screen
    /// shares (other screens lay themselves out by it).
    public let theme: Theme
    /// The look of the digit screen's own panels: scaled from a narrower
    /// design width, so a 4:3 projector still gets 18 px text.
    public let contentTheme: Theme
    public let margin: Int
    public let header: Rect
    /// The drawing grid; its side is a multiple of 28 so cells are equal.
    public let grid: Rect
    public let controls: Rect
    public let previewPanel: Rect
    /// The 28x28 preview itself, inside `previewPanel`.
    public let preview: Rect
    public let answer: Rect
    public let bars: Rect
    public let plot: Rect
    public let legend: Rect
    /// The notices' own strip above the legend, under the training panel or
    /// view ("Network saved: ...", a question): it covers no title, header,
    /// legend or panel. Empty while there is nothing to say.
    public let notice: Rect
    /// The row of view tabs above the training panel or view; two rows in
    /// a narrow window.
    public let tabs: Rect
    /// A window narrower than 3:2 (a 4:3 projector): view tabs on two rows,
    /// and each setting's name on a line above its value and buttons.
    public let narrow: Bool
    /// The rows of `controls`: learning rate, hidden layer, pace, tools
    /// (pen, eraser, clear); each tall enough for its buttons.
    public let controlRows: [Rect]
    /// Sizes of the buttons of every screen at this window size.
    public let buttons: ControlMetrics

    public static let gridCells = 28
    public static let controlRowCount = 4
    /// The narrowest window in which the three columns fit at full text size.
    public static let designWidth: Float = 1160
    /// The grid takes about this share of the window height (issue: ~60%).
    public static let gridShare: Float = 0.6

    public init(width: Int, height: Int) {
        let w = max(width, 1), h = max(height, 1)
        let t = Theme(width: w, height: h, designWidth: DigitLayout.designWidth)
        let ct = Theme(width: w, height: h)
        self.width = w
        self.height = h
        theme = ct
        contentTheme = t
        let m = max(t.px(14), 4)
        let cm = max(ct.px(14), 4)
        margin = cm
        let line = DigitLayout.lineHeight(t.small)
        narrow = w * 2 < h * 3

        header = Rect(x: 0, y: 0, width: w, height: DigitLayout.lineHeight(ct.heading) + 2 * ct.px(8))
        let b = ControlMetrics(width: w, height: h)
        buttons = b
        // Two rows of buttons: the legend's keys.
        let legendHeight = 2 * b.height + b.gap
        legend = Rect(x: cm, y: h - legendHeight - ct.px(4), width: max(w - 2 * cm, 0), height: legendHeight)
        let top = header.maxY + m
        // A narrow window gives notices the whole width, on a row of their
        // own above the legend: a file name keeps room beside the buttons.
        let noticeY = legend.y - b.height - b.gap / 2
        let bottom = narrow ? noticeY - m / 2 : legend.y - m / 2
        let contentHeight = max(bottom - top, 0)

        // Controls need four rows under the grid.
        let rowHeight = max(DigitLayout.lineHeight(t.body), b.height + max(t.px(4), 2))
        // Stacked settings: the name's line above each of the three rows.
        let nameLine = narrow ? line : 0
        let controlsHeight = DigitLayout.controlRowCount * rowHeight + 3 * nameLine + 2 * t.px(6)
        let gridTarget = min(Float(h) * DigitLayout.gridShare, Float(w) * 0.37,
                             Float(contentHeight - controlsHeight - m))
        let cell = max(Int(gridTarget) / DigitLayout.gridCells, 1)
        let side = cell * DigitLayout.gridCells
        grid = Rect(x: m, y: top, width: side, height: side)
        controls = Rect(x: m, y: grid.maxY + m, width: side, height: max(bottom - grid.maxY - m, 0))
        let controlsTop = controls.y + t.px(6)
        controlRows = (0 ..< DigitLayout.controlRowCount).map {
            let named = $0 < DigitLayout.controlRowCount - 1
            return Rect(x: m, y: controlsTop + $0 * (rowHeight + nameLine), width: side,
                        height: rowHeight + (named ? nameLine : 0))
        }

        // Right of the grid, first the row of view tabs.
        tabs = Rect(x: grid.maxX + 2 * m, y: top, width: max(w - m - grid.maxX - 2 * m, 0),
                    height: narrow ? 2 * b.height + b.gap : b.height)
        // Under the training panel or view, as tall as a button (a notice's
        // close, yes and no), right on the legend; the grid keeps its height.
        notice = narrow ? Rect(x: cm, y: noticeY, width: max(w - 2 * cm, 0), height: b.height)
            : Rect(x: tabs.x, y: noticeY, width: tabs.width, height: b.height)
        let viewTop = tabs.maxY + m / 2
        let columnsBottom = noticeY - m / 2
        let viewHeight = max(columnsBottom - viewTop, 0)

        // Column 2: what the network gets, and what it answers.
        let col2 = Rect(x: grid.maxX + 2 * m, y: viewTop, width: t.px(240), height: viewHeight)
        let previewSide = max(min(col2.width - 2 * t.px(10), Int(Float(viewHeight) * 0.36)) / 28, 1) * 28
        previewPanel = Rect(x: col2.x, y: viewTop, width: col2.width, height: 2 * line + previewSide + 2 * t.px(10))
        preview = Rect(x: col2.x + (col2.width - previewSide) / 2, y: previewPanel.y + 2 * line + t.px(6),
                       width: previewSide, height: previewSide)
        answer = Rect(x: col2.x, y: previewPanel.maxY + m, width: col2.width,
                      height: max(columnsBottom - previewPanel.maxY - m, 0))

        // Column 3: output bars above the loss plot.
        let col3x = col2.maxX + 2 * m
        let col3 = Rect(x: col3x, y: viewTop, width: max(w - m - col3x, 0), height: viewHeight)
        let barsHeight = min(t.px(250), viewHeight * 45 / 100)
        bars = Rect(x: col3.x, y: viewTop, width: col3.width, height: barsHeight)
        plot = Rect(x: col3.x, y: bars.maxY + m, width: col3.width, height: max(columnsBottom - bars.maxY - m, 0))
    }

    /// Where a setting row's value and buttons sit (its lower line when
    /// the name stands above them) and where its name sits.
    public func valueMidY(_ row: Rect) -> Int { narrow ? row.maxY - (row.height - nameHeight) / 2 : row.midY }
    public func nameMidY(_ row: Rect) -> Int { narrow ? row.y + nameHeight / 2 : row.midY }
    private var nameHeight: Int { narrow ? DigitLayout.lineHeight(contentTheme.small) : 0 }

    /// Size of one grid cell in window pixels.
    public var cellSize: Int { grid.width / DigitLayout.gridCells }

    /// Every panel, for checks that nothing overlaps or leaves the window.
    public var panels: [Rect] { [header, grid, controls, tabs, previewPanel, answer, bars, plot, notice, legend] }

    /// Height of one line of text of this font size (DejaVu's line gap).
    public static func lineHeight(_ fontSize: Int) -> Int { Int((Float(fontSize) * 1.3).rounded(.up)) }
}
