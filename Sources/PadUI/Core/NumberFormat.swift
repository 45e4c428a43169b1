/// Numbers as the class writes them: "12,345" and "0.25" in English,
/// "12.345" and "0,25" in German. Hand-made so the output does not depend
/// on the machine's locale settings.
public struct NumberFormat: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private var thousands: Character { language == .de ? "." : "," }
    private var decimal: Character { language == .de ? "," : "." }

    /// 12345 -> "12,345".
    public func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(thousands) }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// 12345 -> "12k", 1500000 -> "1.5M": for axis ticks.
    public func short(_ x: Float) -> String {
        let v = abs(x)
        if v >= 1_000_000 { return fixed(x / 1_000_000, v >= 10_000_000 ? 0 : 1) + "M" }
        if v >= 1000 { return fixed(x / 1000, v >= 10_000 ? 0 : 1) + "k" }
        return fixed(x, 0)
    }

    /// `x` with `places` decimals; trailing zeros kept.
    public func fixed(_ x: Float, _ places: Int) -> String {
        guard x.isFinite else { return "-" }
        var scale: Float = 1
        for _ in 0 ..< max(places, 0) { scale *= 10 }
        let r = Int((abs(x) * scale).rounded())
        let whole = r / Int(scale), frac = r % Int(scale)
        var s = (x < 0 && r > 0 ? "-" : "") + String(whole)
        if places > 0 {
            let f = String(frac)
            s.append(decimal)
            s += String(repeating: "0", count: places - f.count) + f
        }
        return s
    }

    /// Shortest form that shows the value: 0.1, 0.003, 3, 50.
    public func compact(_ x: Float) -> String {
        for places in 0 ... 6 {
            let s = fixed(x, places)
            var scale: Float = 1
            for _ in 0 ..< places { scale *= 10 }
            if abs((x * scale).rounded() - x * scale) < 1e-3 { return s }
        }
        return fixed(x, 6)
    }

    /// 0.912 -> "91.2%".
    public func percent(_ share: Double) -> String { fixed(Float(share * 100), 1) + "%" }
}
