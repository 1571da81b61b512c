"""Starting the kernel process."""

from __future__ import annotations

import atexit

from ipykernel.kernelapp import IPKernelApp


class SeqKernelApp(IPKernelApp):
    name = "seq-kernel"

    def initialize(self, argv=None) -> None:
        super().initialize(argv)
        # At exit, ipykernel stops its IOPub thread (an atexit handler) while
        # the control thread may still be finishing a shutdown_request, whose
        # last step flushes stdout through IOPub: that flush then waits 10 s
        # or fails, and the kernel manager kills the lingering process.
        # Handlers run last-registered first, so this one stops the control
        # thread, letting it finish, before IOPub goes.
        atexit.register(self._stop_control_thread)

    def _stop_control_thread(self) -> None:
        control = self.control_thread
        if control is not None and control.is_alive():
            control.stop()
            control.join(timeout=2)


def launch(argv: list[str] | None = None) -> None:
    from .kernel import SeqKernel

    # The kernel captures compiled code's fd-level output itself (capture.py),
    # with a barrier that keeps a cell's output ahead of its reply; ipykernel's
    # own fd watching is off so the two do not compete for fd 1.
    SeqKernelApp.launch_instance(argv=argv, kernel_class=SeqKernel, capture_fd_output=False)
