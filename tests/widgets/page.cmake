# page and main window tests
