/// A counted phrase in its two forms, "one own digit" / "%1 own digits":
/// English and German both have one singular and one plural, and the
/// singular often reads better without the number ("Die eine eigene Ziffer
/// vergessen?"), never as "Alle 1 eigenen Ziffern".
public struct Plural: Sendable, Equatable {
    /// For exactly one; may contain `%1`.
    public var one: String
    /// For 0, 2, 3 …; `%1` is the count.
    public var many: String

    /// The phrase for `n`, the number written as the language writes it.
    public func callAsFunction(_ n: Int, _ numbers: NumberFormat) -> String {
        InsightStrings.fill(n == 1 ? one : many, numbers.count(n))
    }
}
