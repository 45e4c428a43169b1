#!/usr/bin/env python3
"""Asks an X11 window to close, as a window manager's close button does:
a WM_DELETE_WINDOW client message (Xvfb runs no window manager, and
`xdotool windowclose` destroys the window instead of asking).

    wm-close.py WINDOW_ID        (uses $DISPLAY)
"""
import ctypes
import ctypes.util
import sys


class ClientMessage(ctypes.Structure):
    # XClientMessageEvent, padded to the size of the XEvent union (24 longs).
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5), ("pad", ctypes.c_long * 12)]


CLIENT_MESSAGE = 33
CURRENT_TIME = 0

try:
    x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
except OSError:  # find_library is slow (it may run the compiler): only as a fallback
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XInternAtom.restype = ctypes.c_ulong
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x11.XFlush.argtypes = [ctypes.c_void_p]
x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

display = x11.XOpenDisplay(None)
if not display:
    sys.exit("wm-close: cannot open the display")
window = int(sys.argv[1], 0)
event = ClientMessage(type=CLIENT_MESSAGE, send_event=1, window=window, format=32,
                      message_type=x11.XInternAtom(display, b"WM_PROTOCOLS", 0))
event.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
event.data[1] = CURRENT_TIME
ok = x11.XSendEvent(display, window, 0, 0, ctypes.byref(event))
x11.XFlush(display)
x11.XCloseDisplay(display)
sys.exit(0 if ok else "wm-close: XSendEvent failed")
