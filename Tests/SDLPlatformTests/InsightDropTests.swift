import Foundation
import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport
@testable import SDLPlatform

/// A file dropped onto the window, end to end below the display: the SDL
/// drop event goes through SDL's queue and our conversion, the PNG is read
/// with SDL_image, turned into network input and put on the pad.
@Suite("Dropping a photo", .serialized)
struct InsightDropTests {
    /// A "1" written with a thick dark pen on light, unevenly lit paper.
    static func writePhoto(_ path: String) throws {
        let surface = try Surface(width: 240, height: 320)
        let r = try Renderer(surface: surface)
        for x in stride(from: 0, to: 240, by: 8) {
            r.fill(Rect(x: x, y: 0, width: 8, height: 320), Color(UInt8(200 + x / 8), UInt8(200 + x / 8), 190))
        }
        for (i, y) in stride(from: 60, to: 270, by: 10).enumerated() {
            r.fill(Rect(x: 120 - i / 3, y: y, width: 22, height: 10), Color(30, 30, 40))
        }
        r.fill(Rect(x: 96, y: 60, width: 40, height: 14), Color(30, 30, 40))
        try surface.savePNG(path)
    }

    @Test("the SDL drop event becomes .drop, the app asks to open it, and the photo lands on the pad, classified")
    func dropPhoto() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("neuropad-drop-\(UInt32.random(in: 0 ... .max)).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.writePhoto(path)

        try DropEvent.push(path: path)
        let events = EventPump.poll().events
        #expect(events.contains(.drop(path: path)))

        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        #expect(requests(app.handle(.drop(path: path))) == [.openPhoto(path: path)])

        let picture = try ImageFile.rgba(path)
        #expect(picture.width == 240 && picture.height == 320 && picture.bytes.count == 240 * 320 * 4)
        let grey = PhotoDigit.grey(rgba: picture.bytes, width: picture.width, height: picture.height)
        let digit = PhotoDigit.convert(grey: grey, width: picture.width, height: picture.height)
        #expect(!digit.isEmpty)
        // A tall stroke: after normalisation it is 20 pixels high and centred.
        #expect(digit.placement.height == 20 && abs(digit.centreOfMass.x - 14) < 0.6)
        app.digits.showPhoto(digit)
        #expect(!app.digits.ink.isEmpty && app.digits.prediction != nil)
    }

    @Test("a file that is no picture is refused with an error, not a crash")
    func notAPicture() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("neuropad-drop-\(UInt32.random(in: 0 ... .max)).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("this is not a PNG".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: SDLError.self) { try ImageFile.rgba(path) }
        #expect(throws: SDLError.self) { try ImageFile.rgba(path + ".missing") }
    }
}
