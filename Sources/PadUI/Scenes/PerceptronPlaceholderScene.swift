/// Stand-in for the perceptron screen (its own issue): says it is coming
/// and how to go back, so Tab already does something visible.
public final class PerceptronPlaceholderScene: Scene {
    public let mode = Mode.perceptron
    private var width: Int
    private var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public func title(_ strings: Strings) -> String { strings.perceptronTitle }
    public func headerInfo(_ context: SceneContext) -> String { "" }

    public func resize(width: Int, height: Int) -> [AppAction] {
        self.width = width
        self.height = height
        return []
    }

    public func handle(_ event: InputEvent) -> [AppAction] { [] }
    public func update(_ status: TrainingStatus) {}
    public func deactivate() {}

    public func draw(into list: inout DrawList, _ c: SceneContext) {
        let t = c.theme
        list.text(c.strings.perceptronTitle, x: width / 2, y: height / 2 - t.px(30),
                  t.style(t.figure, Theme.accent, bold: true), .center, .bottom)
        list.text(c.strings.perceptronComing, x: width / 2, y: height / 2,
                  t.style(t.body, Theme.text), .center, .top)
    }
}
