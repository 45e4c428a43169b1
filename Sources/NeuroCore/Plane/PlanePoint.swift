/// A point the class clicked into the plane: x₁, x₂ and its class, +1 or −1
/// (orange / blue). Its target t depends on the learner: 1 / 0 for the
/// step perceptron, +1 / −1 ("gefährlich" / "ungefährlich") for tanh.
public struct PlanePoint: Sendable, Equatable {
    public var x1: Double
    public var x2: Double
    /// +1 or −1.
    public var label: Int

    public init(_ x1: Double, _ x2: Double, _ label: Int) {
        self.x1 = x1
        self.x2 = x2
        self.label = label >= 0 ? 1 : -1
    }
}

/// The visible part of the plane: x₁ in [minX, maxX], x₂ in [minY, maxY].
public struct PlaneBounds: Sendable, Equatable {
    public var minX, maxX, minY, maxY: Double
    public init(minX: Double, maxX: Double, minY: Double, maxY: Double) {
        self.minX = minX
        self.maxX = maxX
        self.minY = minY
        self.maxY = maxY
    }
    public static let unit = PlaneBounds(minX: -0.5, maxX: 1.5, minY: -0.5, maxY: 1.5)
    public static let symmetric = PlaneBounds(minX: -2, maxX: 2, minY: -2, maxY: 2)
}
