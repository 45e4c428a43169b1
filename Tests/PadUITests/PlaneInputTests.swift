import NeuroCore
import Testing
@testable import PadUI

/// The plane screen of a fresh app, shown (Tab pressed once).
func planeApp(_ width: Int = 1280, _ height: Int = 720, language: Language = .en) -> (PadApp, PerceptronScene) {
    let app = PadApp(width: width, height: height, language: language)
    _ = app.handle(.key(.tab))
    return (app, app.perceptron)
}

/// A click: press and release at one place (a click acts on release, so
/// a drag is never a click).
func tap(_ app: PadApp, _ x: Int, _ y: Int, _ button: MouseButton) -> [AppAction] {
    app.handle(.mouseDown(x: x, y: y, button: button)) + app.handle(.mouseUp(x: x, y: y, button: button))
}

/// The plane events among actions.
func planeEvents(_ actions: [AppAction]) -> [PlaneEvent] {
    actions.compactMap { if case .plane(let e) = $0 { e } else { nil } }
}

let windowSizes = [(1280, 720), (1920, 1080), (1024, 768), (800, 600), (2560, 1440), (1366, 768), (640, 480)]

@Suite("Plane: clicks and coordinates")
struct PlaneInputTests {
    @Test("pixel -> plane -> pixel returns the same pixel at every window size and preset", arguments: windowSizes)
    func roundTrip(size: (Int, Int)) {
        let layout = PlaneLayout(width: size.0, height: size.1)
        for bounds in [PlaneBounds.unit, .symmetric, PlanePreset.animals.bounds] {
            let m = PlaneMapping(rect: layout.plane, bounds: bounds)
            let r = layout.plane
            for (x, y) in [(r.x, r.y), (r.maxX - 1, r.maxY - 1), (r.midX, r.midY), (r.x + r.width / 3, r.maxY - 7)] {
                let q = m.plane(x: x, y: y)
                #expect(q.x1 >= bounds.minX && q.x1 <= bounds.maxX && q.x2 >= bounds.minY && q.x2 <= bounds.maxY)
                let back = m.pixel(q.x1, q.x2)
                #expect(back.x == x && back.y == y, "\(size) \(bounds): (\(x), \(y)) came back as \(back)")
            }
            // Corners of the plane: top-left is (minX, maxY), bottom-right (maxX, minY).
            let tl = m.plane(x: r.x, y: r.y), br = m.plane(x: r.maxX - 1, y: r.maxY - 1)
            let upp = m.unitsPerPixel
            #expect(abs(tl.x1 - bounds.minX) <= upp.x && abs(tl.x2 - bounds.maxY) <= upp.y)
            #expect(abs(br.x1 - bounds.maxX) <= upp.x && abs(br.x2 - bounds.minY) <= upp.y)
        }
    }

    @Test("a click lands where the plane says, after resizes too", arguments: windowSizes)
    func clickLands(size: (Int, Int)) {
        let (app, scene) = planeApp()
        let resized = planeEvents(app.handle(.resize(width: size.0, height: size.1)))
        #expect(resized == [.layout(scene.layout.plane)])
        _ = app.handle(.text("5"))  // XOR: the corners of [0, 1]², bounds −0.5 … 1.5
        _ = app.handle(.text("c"))
        let m = scene.mapping
        let target = m.pixel(0.25, 0.75)
        _ = tap(app, target.x, target.y, .left)
        guard let p = scene.session.points.first else { Issue.record("no point added"); return }
        let upp = m.unitsPerPixel
        #expect(abs(p.x1 - 0.25) <= upp.x && abs(p.x2 - 0.75) <= upp.y)
        #expect(m.pixel(p.x1, p.x2) == target)
    }

    @Test("left click adds class +1, right click −1, a middle click or a click outside nothing")
    func classes() {
        let (app, scene) = planeApp()
        let r = scene.layout.plane
        let left = planeEvents(tap(app, r.x + 40, r.y + 40, .left))
        let right = planeEvents(tap(app, r.maxX - 40, r.maxY - 40, .right))
        _ = tap(app, r.midX, r.midY, .middle)
        _ = tap(app, r.maxX + 30, r.midY, .left)
        _ = tap(app, r.midX, r.y - 5, .left)
        #expect(scene.session.points.map(\.label) == [1, -1])
        #expect(left == [.points(1)] && right == [.points(2)])
        // +1 lies top-left: x₁ small, x₂ large.
        #expect(scene.session.points[0].x1 < scene.session.points[1].x1)
        #expect(scene.session.points[0].x2 > scene.session.points[1].x2)
    }

    @Test("clicking a point removes it; Shift+click removes the nearest one close by")
    func remove() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("5"))
        let m = scene.mapping
        let p = m.pixel(1, 1)
        #expect(planeEvents(tap(app, p.x + 3, p.y - 2, .right)) == [.points(3)])
        #expect(!scene.session.points.contains { $0.x1 == 1 && $0.x2 == 1 })
        _ = app.handle(.modifiers(shift: true))
        let q = m.pixel(0, 0)
        let r = Int(scene.markerRadius * 2.5)
        _ = tap(app, q.x + r, q.y, .left)
        #expect(scene.session.points.count == 2)
        // Shift+click on empty ground adds nothing.
        _ = tap(app, m.pixel(0.5, 0.5).x, m.pixel(0.5, 0.5).y, .left)
        #expect(scene.session.points.count == 2)
        _ = app.handle(.modifiers(shift: false))
        _ = tap(app, m.pixel(0.5, 0.5).x, m.pixel(0.5, 0.5).y, .left)
        #expect(scene.session.points.count == 3)
    }

    @Test("the separation line is cut to the plane; a line that misses it is not drawn")
    func segment() {
        let m = PlaneMapping(rect: Rect(x: 100, y: 50, width: 400, height: 400), bounds: .unit)
        // x₁ = 0.5: a vertical line through the middle.
        guard let (a, b) = m.segment(Weights2(1, 0, -0.5)) else { Issue.record("no segment"); return }
        #expect(a.x == 300 && b.x == 300 && Set([a.y, b.y]) == [50, 450])
        // x₁ + x₂ = 1 from (−0.5, 1.5) to (1.5, −0.5): corner to corner.
        guard let (c, d) = m.segment(Weights2(1, 1, -1)) else { Issue.record("no diagonal"); return }
        #expect(Set([c.x, d.x]) == [100, 500])
        #expect(m.segment(Weights2(1, 1, 10)) == nil)
        #expect(m.segment(Weights2(0, 0, 1)) == nil)
    }

    @Test("the layout puts a square plane left of the panel, inside the window", arguments: windowSizes)
    func layout(size: (Int, Int)) {
        let l = PlaneLayout(width: size.0, height: size.1)
        let window = Rect(x: 0, y: 0, width: size.0, height: size.1)
        let chrome = DigitLayout(width: size.0, height: size.1)
        // More than half the height, except in a tiny window where the panel's 420 px come first.
        #expect(l.plane.width == l.plane.height && l.plane.width > min(size.1 / 2, 150))
        for p in l.panels { #expect(window.contains(p), "\(p) leaves \(size)") }
        #expect(!l.panels[0].intersects(l.panels[1]))
        #expect(l.plane.y > chrome.header.maxY && l.panels[0].maxY <= chrome.legend.y)
    }

    @Test("a 4:3 window puts the presets under the plane and the notices across the window; 16:9 keeps both as they were",
          arguments: [(1024, 768), (800, 600), (1280, 720), (1366, 768), (1920, 1080)])
    func presetsRoom(size: (Int, Int)) {
        let l = PlaneLayout(width: size.0, height: size.1)
        let b = DigitLayout(width: size.0, height: size.1).buttons
        guard size.0 * 9 < size.1 * 16 else {
            #expect(l.presets == l.panel && l.notice.maxX < l.panel.x, "\(size)")
            return
        }
        let axes = l.panels[0]
        #expect(l.presets != l.panel, "\(size)")
        #expect(l.presets.y >= axes.maxY && l.presets.maxY <= l.notice.y && l.presets.maxX <= l.panel.x, "\(size)")
        #expect(l.presets.height >= 3 * b.height + 2 * b.gap, "\(size): three rows of buttons")
        #expect(l.notice.width == size.0 - 2 * l.margin && l.panel.maxY <= l.notice.y, "\(size)")
    }
}
