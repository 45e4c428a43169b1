import Foundation

/// Whether the window can be shown anywhere: started over SSH or with
/// `DISPLAY` unset, NeuroPad says so at once and names `neuropad train`,
/// instead of training in a window nobody sees.
struct DisplayCheck {
    var environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    private func value(_ name: String) -> String? {
        environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A video driver the user chose (SDL_VIDEODRIVER=dummy in leak checks,
    /// kmsdrm on a console) is trusted as it is.
    var driverChosen: Bool { value("SDL_VIDEODRIVER") != nil }

    /// The message before SDL starts, or nil when a display is named.
    var missing: String? {
        guard !driverChosen, value("DISPLAY") == nil, value("WAYLAND_DISPLAY") == nil else { return nil }
        return DisplayCheck.message("DISPLAY and WAYLAND_DISPLAY are not set")
    }

    /// The message when SDL could not start video, or started one that
    /// shows nothing, though a display was named; nil when all is well.
    func unusable(driver: String?) -> String? {
        guard !driverChosen else { return nil }
        if let driver, ["x11", "wayland"].contains(driver) { return nil }
        let named = [value("DISPLAY").map { "DISPLAY=\($0)" }, value("WAYLAND_DISPLAY").map { "WAYLAND_DISPLAY=\($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        return DisplayCheck.message("\(named) does not answer")
    }

    static func message(_ why: String) -> String {
        "no display to open the window on (\(why)). Started over SSH? "
            + "Train on the terminal instead: neuropad train [--data PATH] [--epochs 5] [--save FILE]; "
            + "see neuropad train --help"
    }
}
