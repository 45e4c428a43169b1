import NeuroCore

/// The insight keys of the digit screen. Letters chosen to miss the
/// window's own (Space, R, C, + -, [ ], , ., H, Tab, Esc) and the digits,
/// which label a drawing for "teach it your handwriting".
extension InsightPanel {
    /// The actions for `event`, or nil when the event is not the panel's.
    func handle(_ event: InputEvent, scene: DigitScene) -> [AppAction]? {
        let s = language.insight
        if askingToForget, case .text(let typed) = event { return answer(["y", "Y", "j", "J"].contains(typed)) }
        switch event {
        case .key(let k):
            if let n = k.functionNumber, let v = InsightView(functionKey: n) {
                show(view == v ? .off : v)
                return []
            }
            return nil
        case .drop(let path):
            let name = path.lowercased()
            let csv = name.hasSuffix(".csv") || name.hasSuffix(".csv.gz")
            return [.insight(csv ? .addOwnDigitsFile(path: path) : .openPhoto(path: path))]
        case .mouseDown(let x, let y, .left) where view == .weights:
            // The tiles as last drawn: the frame before the click.
            guard let tiles = weightTiles, let i = tiles.grid.index(x: x, y: y, count: tiles.count) else { return nil }
            selectedNeuron = selectedNeuron == i ? nil : i
            return []
        case .text(let typed):
            guard typed.count == 1, let ch = typed.first else { return nil }
            return command(ch, scene: scene, strings: s)
        default:
            return nil
        }
    }

    /// The answer to "forget all own digits?": Y or J (or the yes button)
    /// forgets them, anything else keeps them.
    func answer(_ yes: Bool) -> [AppAction] {
        guard askingToForget else { return [] }
        askingToForget = false
        if yes {
            board.clear()
            return [.insight(.forgetOwnDigits)]
        }
        board.post(language.insight.ownKept)
        return []
    }

    private func command(_ ch: Character, scene: DigitScene, strings s: InsightStrings) -> [AppAction]? {
        if let d = ch.wholeNumberValue, ch.isASCII {
            guard !scene.normalized.isEmpty else {
                board.post(s.ownNothingDrawn)
                return []
            }
            return [.insight(.addOwnDigit(pixels: scene.normalized.pixels, label: d))]
        }
        switch ch {
        case "v": show(view.next)
        case "V": show(view.previous)
        case "n" where view == .gallery, "N" where view == .gallery: gallery?.nextPage()
        case "p" where view == .gallery, "P" where view == .gallery: gallery?.previousPage()
        case "m" where view == .gallery, "M" where view == .gallery: gallery?.toggleMistakes()
        case "n" where view == .accuracy, "N" where view == .accuracy: runPage = max(runPage - 1, 0)
        case "p" where view == .accuracy, "P" where view == .accuracy: runPage = min(runPage + 1, runPageCount - 1)
        case "t", "T": return changeTrainingSize(scene, s)
        case "d", "D": return toggleSecondLayer(scene, s)
        case "u", "U":
            if ownCount == 0 { board.post(s.ownEmpty) } else { return [.insight(.undoOwnDigit)] }
        case "o", "O":
            let list = ownPerLabel.enumerated().filter { $0.element > 0 }.map { "\($0.offset): \($0.element)" }
            board.post(ownCount == 0 ? s.ownEmpty : InsightStrings.fill(s.ownCount, s.ownDigits(ownCount, numbers), list.joined(separator: "  ")))
        case "e", "E":
            if ownCount == 0 { board.post(s.ownEmpty) } else { return [.insight(.exportOwnDigits)] }
        case "f", "F":
            if ownCount == 0 { board.post(s.ownEmpty) } else {
                askingToForget = true
                board.post(s.ownForgetAsk(ownCount, numbers), sticky: true)
            }
        default:
            return nil
        }
        return []
    }

    /// T: 100 -> 1,000 -> all training digits (the notebooks' mnist_train_100).
    private func changeTrainingSize(_ scene: DigitScene, _ s: InsightStrings) -> [AppAction] {
        guard var cfg = scene.config else { return [] }
        let sizes = InsightPanel.trainSizes
        let i = sizes.firstIndex { $0 == cfg.trainLimit } ?? sizes.count - 1
        cfg.trainLimit = sizes[(i + 1) % sizes.count]
        scene.config = cfg
        board.post(InsightStrings.fill(s.trainSizeSet, cfg.trainLimit.map { numbers.count($0) } ?? s.allDigits))
        return [.trainer(.rebuild(cfg))]
    }

    /// D: a second hidden layer of half the first one's size (the
    /// notebooks' 784-100-50-10), or back to one.
    private func toggleSecondLayer(_ scene: DigitScene, _ s: InsightStrings) -> [AppAction] {
        guard var cfg = scene.config else { return [] }
        let first = cfg.hidden.first ?? 50
        cfg.hidden = cfg.hidden.count > 1 ? [first] : [first, max(first / 2, 10)]
        scene.config = cfg
        let sizes = cfg.sizes.map(String.init).joined(separator: "-")
        board.post(InsightStrings.fill(cfg.hidden.count > 1 ? s.secondLayerOn : s.secondLayerOff, sizes))
        return [.trainer(.rebuild(cfg))]
    }
}

extension Key {
    /// 2 ... 8 for F2 ... F8.
    var functionNumber: Int? {
        switch self {
        case .f2: 2
        case .f3: 3
        case .f4: 4
        case .f5: 5
        case .f6: 6
        case .f7: 7
        case .f8: 8
        default: nil
        }
    }
}
