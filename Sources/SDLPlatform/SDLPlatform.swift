// The only module that touches SDL.
