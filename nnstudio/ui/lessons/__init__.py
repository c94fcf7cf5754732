"""The lesson panel, the start page and pointing at parts of the window."""
