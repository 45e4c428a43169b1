internal import CSDL2

/// A picture on the renderer's side. Owns the `SDL_Texture` and keeps its
/// renderer alive, which keeps the window alive.
public final class Texture {
    let pointer: OpaquePointer
    private let renderer: Renderer
    public let width: Int
    public let height: Int

    /// A streaming texture to be filled with `update`; scaled up with
    /// sharp edges (the 28x28 grid must show cells, not blur).
    init(renderer: Renderer, streamingWidth w: Int, height h: Int) throws(SDLError) {
        guard let t = SDL_CreateTexture(renderer.pointer, SDL_PIXELFORMAT_ARGB8888.rawValue,
                                        Int32(SDL_TEXTUREACCESS_STREAMING.rawValue), Int32(w), Int32(h)) else {
            throw SDLError("Creating a \(w)x\(h) texture")
        }
        pointer = t
        self.renderer = renderer
        width = w
        height = h
        SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest)
    }

    /// A texture holding a copy of `surface` (rendered text).
    init(renderer: Renderer, surface: UnsafeMutablePointer<SDL_Surface>) throws(SDLError) {
        guard let t = SDL_CreateTextureFromSurface(renderer.pointer, surface) else {
            throw SDLError("Uploading a picture")
        }
        pointer = t
        self.renderer = renderer
        width = Int(surface.pointee.w)
        height = Int(surface.pointee.h)
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND)
    }

    deinit { SDL_DestroyTexture(pointer) }
}
