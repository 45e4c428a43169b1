// Layout, widgets and scenes: pure Swift, no SDL.
