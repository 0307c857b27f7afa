"""What each browser tab runs: the app itself, which ends when the server that started it is gone.

A server stopped with Ctrl+C or a kill asks every app to quit; one killed outright (kill -9, out of memory) cannot,
and the app would live on with nobody to draw for, still holding the workout. So a watcher notices the app's
parent change (the server gone, the app handed to another) and sends the app the same polite SIGTERM a dropped SSH
connection's SIGHUP gets: everything is saved, and it leaves.

The app draws through tab_driver.py's TabDriver, for which an output pipe left with no reader is a lost connection,
not a crash: the app leaves as on SIGHUP, at once, without waiting for the watcher.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

CHECK_EVERY_S = 1.0
# An app cut off from its server in the middle of starting may not get as far as leaving on SIGTERM; everything it
# showed as logged is on disk already, so it is then ended outright.
LEAVE_WITHIN_S = 5.0
# textual-serve names Textual's WebDriver in this variable; ours is that driver, with a lost connection no crash.
DRIVER = "tui.serve.tab_driver:TabDriver"


def end_with_server(server: int) -> None:
    while os.getppid() == server:
        time.sleep(CHECK_EVERY_S)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(LEAVE_WITHIN_S)
    os._exit(0)


if __name__ == "__main__":
    # Textual reads the variable once, as it is first imported: so before anything imports it.
    os.environ["TEXTUAL_DRIVER"] = DRIVER
    from tui.cli import main

    threading.Thread(target=end_with_server, args=(os.getppid(),), daemon=True, name="end-with-server").start()
    sys.exit(main())
