"""The runtime's interface: every public `seq_*` function of the runtime
module with its LLVM signature, and every runtime global that program
modules or the host touch, with its type; declared here once.

The IR definitions (`irkit.runtime_fn`), the declarations in program
modules (`irkit.declare_runtime`) and the ctypes bindings the host uses
(`bindings.bind`, `bindings.global_word`) all take their type from these
tables, so a caller never guesses one. Entries declared as they are made:
host ops (`seq_rt_host_*`, all `void (ptr)`, by `runtime.hostops`) and
host services (their slots `seq_host_*` and ctypes prototypes, by
`runtime.host.service`).

This module is the bottom of the runtime: it imports none of it.

tests/runtime/test_interface.py checks the tables against the runtime's IR,
against what the code generator declares and against the bindings made.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from .irtypes import F64, I1, I8, I32, I64, PAIR, PTR, VOID


class InterfaceError(TypeError):
    """A caller disagrees with the runtime's interface (or names something
    that is not in it): a bug in the compiler or the runtime."""


SP_CODE = ir.LiteralStructType([PTR, PTR])

# name: (return type, argument types)
SIGNATURES: dict[str, tuple[ir.Type, list[ir.Type]]] = {
    "seq_chan_release": (VOID, [PTR]),
    "seq_fault_handler": (VOID, [I32, PTR, PTR]),
    "seq_io_service": (I64, [I64]),
    "seq_io_wait": (VOID, [I64, I64, I64]),
    "seq_rt_alloc": (PTR, [I64, I64]),
    "seq_rt_arg_at": (I64, [I64]),
    "seq_rt_attention": (VOID, []),
    "seq_rt_box_float": (I64, [F64]),
    "seq_rt_bytes_equal": (I1, [I64, I64]),
    "seq_rt_chan_close": (VOID, [I64]),
    "seq_rt_chan_close_borrowed": (VOID, [I64]),
    "seq_rt_chan_make": (I64, [I64]),
    "seq_rt_chan_receive": (PAIR, [I64]),
    "seq_rt_chan_receive_borrowed": (PAIR, [I64]),
    "seq_rt_chan_send": (I64, [I64, I64]),
    "seq_rt_chan_send_borrowed": (I64, [I64, I64]),
    "seq_rt_char_to_string": (I64, [I64]),
    "seq_rt_collection_error": (VOID, [I64]),
    "seq_rt_cond": (PTR, [PTR]),
    "seq_rt_copy_values": (VOID, [PTR, PTR, I64]),
    "seq_rt_data_overflow": (VOID, []),
    "seq_rt_decode": (ir.LiteralStructType([I64, I1]), [I64, I32]),
    "seq_rt_decref": (VOID, [I64]),
    "seq_rt_drop_values": (VOID, [PTR, I64]),
    "seq_rt_encode": (I64, [I64, I32]),
    "seq_rt_exit": (VOID, [I64]),
    "seq_rt_file_for_each_line": (PTR, [PTR]),
    "seq_rt_float_to_bytes_f32_be": (I64, [F64]),
    "seq_rt_float_to_string": (I64, [F64]),
    "seq_rt_flush": (VOID, []),
    "seq_rt_free": (VOID, [PTR]),
    "seq_rt_incref": (VOID, [I64]),
    "seq_rt_install_fault_handler": (VOID, []),
    "seq_rt_int_to_bytes_i32_be": (I64, [I64]),
    "seq_rt_int_to_string": (I64, [I64]),
    "seq_rt_interrupted": (VOID, []),
    "seq_rt_list_each": (PTR, [PTR]),
    "seq_rt_list_filter": (PTR, [PTR]),
    "seq_rt_list_fold": (PTR, [PTR]),
    "seq_rt_list_like": (I64, [I64, I64]),
    "seq_rt_list_like_filled": (I64, [I64, I64]),
    "seq_rt_list_make": (I64, []),
    "seq_rt_list_map": (PTR, [PTR]),
    "seq_rt_list_push": (I64, [I64, I64]),
    "seq_rt_list_reverse": (I64, [I64]),
    "seq_rt_list_set": (PAIR, [I64, I64, I64]),
    "seq_rt_map_drop": (VOID, [PTR]),
    "seq_rt_map_each": (PTR, [PTR]),
    "seq_rt_map_fold": (PTR, [PTR]),
    "seq_rt_map_get": (PAIR, [I64, I64]),
    "seq_rt_map_has": (I64, [I64, I64]),
    "seq_rt_map_keys": (I64, [I64]),
    "seq_rt_map_make": (I64, []),
    "seq_rt_map_remove": (I64, [I64, I64]),
    "seq_rt_map_set": (I64, [I64, I64, I64]),
    "seq_rt_map_values": (I64, [I64]),
    "seq_rt_micros_since_epoch": (I64, []),
    "seq_rt_nanos": (I64, []),
    "seq_rt_worker_init": (PTR, [I64]),
    "seq_worker_run": (VOID, [I64]),
    "seq_rt_net_net_dns_resolve": (VOID, [PTR]),
    "seq_rt_net_net_http_delete": (VOID, [PTR]),
    "seq_rt_net_net_http_get": (VOID, [PTR]),
    "seq_rt_net_net_http_post": (VOID, [PTR]),
    "seq_rt_net_net_http_put": (VOID, [PTR]),
    "seq_rt_net_net_tcp_accept": (VOID, [PTR]),
    "seq_rt_net_net_tcp_close": (VOID, [PTR]),
    "seq_rt_net_net_tcp_connect": (VOID, [PTR]),
    "seq_rt_net_net_tcp_listen": (VOID, [PTR]),
    "seq_rt_net_net_tcp_local_port": (VOID, [PTR]),
    "seq_rt_net_net_tcp_read": (VOID, [PTR]),
    "seq_rt_net_net_tcp_write": (VOID, [PTR]),
    "seq_rt_net_net_tls_client": (VOID, [PTR]),
    "seq_rt_net_net_udp_bind": (VOID, [PTR]),
    "seq_rt_net_net_udp_close": (VOID, [PTR]),
    "seq_rt_net_net_udp_receive_from": (VOID, [PTR]),
    "seq_rt_net_net_udp_send_to": (VOID, [PTR]),
    "seq_rt_on_system_stack": (VOID, [PTR, PTR]),
    "seq_rt_out": (VOID, [PTR, I64]),
    "seq_rt_panic": (VOID, [PTR]),
    "seq_rt_read_line": (ir.LiteralStructType([I64, I1]), []),
    "seq_rt_read_n": (PAIR, [I64]),
    "seq_rt_release": (VOID, [PTR]),
    "seq_rt_resume": (PAIR, [I64, I64]),
    "seq_rt_retag": (I64, [I64, I64]),
    "seq_rt_signal_flag": (I64, [I64, I64]),
    "seq_rt_signal_handler": (VOID, [I32]),
    "seq_rt_sleep_ms": (VOID, [I64]),
    "seq_rt_sleep_until": (VOID, [I64]),
    "seq_rt_spare_trim": (VOID, []),
    "seq_rt_spawn": (I64, [I64, PTR, I64]),
    "seq_rt_stack_dump": (PTR, [PTR]),
    "seq_rt_probe": (VOID, [PTR, PTR]),
    "seq_rt_stack_index_error": (VOID, [I64, I64, I64]),
    "seq_rt_ffi_blocking": (VOID, [PTR, PTR, I64]),
    "seq_rt_ffi_cstring": (PTR, [I64]),
    "seq_rt_ffi_enter": (VOID, []),
    "seq_rt_ffi_string": (I64, [PTR, I1]),
    "seq_rt_string": (I64, [PTR, I64]),
    "seq_rt_string_case": (I64, [I64, I1]),
    "seq_rt_string_char_at": (I64, [I64, I64]),
    "seq_rt_string_chomp": (I64, [I64]),
    "seq_rt_string_concat": (I64, [I64, I64]),
    "seq_rt_string_contains": (I1, [I64, I64]),
    "seq_rt_string_find": (I64, [I64, I64]),
    "seq_rt_string_join": (I64, [I64, I64]),
    "seq_rt_string_json_escape": (I64, [I64]),
    "seq_rt_string_length": (I64, [I64]),
    "seq_rt_string_new": (I64, [I64]),
    "seq_rt_string_of": (I64, [PTR, I64]),
    "seq_rt_string_slice": (I64, [I64, I64, I64]),
    "seq_rt_string_split": (I64, [I64, I64]),
    "seq_rt_string_starts_with": (I1, [I64, I64]),
    "seq_rt_string_substring": (I64, [I64, I64, I64]),
    "seq_rt_string_to_float": (ir.LiteralStructType([F64, I1]), [I64]),
    "seq_rt_string_to_int": (ir.LiteralStructType([I64, I1]), [I64]),
    "seq_rt_string_trim": (I64, [I64]),
    "seq_rt_terminal_read_char": (I64, [I1]),
    "seq_rt_test_assert_bool": (VOID, [I1, I64, I64]),
    "seq_rt_test_assert_int": (VOID, [I64, I64, I64]),
    "seq_rt_test_assert_str": (VOID, [I64, I64, I64]),
    "seq_rt_test_fail": (VOID, [I64]),
    "seq_rt_test_fail_count": (I64, []),
    "seq_rt_test_finish": (VOID, []),
    "seq_rt_test_init": (VOID, [I64]),
    "seq_rt_test_pass_count": (I64, []),
    "seq_rt_test_set_name": (VOID, [I64]),
    "seq_rt_utf8_count": (I64, [PTR, I64]),
    "seq_rt_variant_init": (I64, [I64]),
    "seq_rt_watched_strand": (PTR, [I64, PTR, PTR]),
    "seq_rt_weave": (I64, [I64, PTR]),
    "seq_rt_weave_cancel": (VOID, [I64]),
    "seq_rt_weave_finished": (VOID, [PTR]),
    "seq_rt_weave_yield": (I64, [I64, I64]),
    "seq_rt_write": (VOID, [I64]),
    "seq_rt_write_line": (VOID, [I64]),
    "seq_rt_yield": (VOID, []),
    "seq_sched_block": (VOID, [I64]),
    "seq_sched_protected": (I64, [I64]),
    "seq_sched_push_back": (VOID, [PTR]),
    "seq_sched_push_front": (VOID, [PTR]),
    "seq_sched_run": (I64, [I64]),
    "seq_sched_switch": (VOID, [I64]),
    "seq_strand_entry": (VOID, []),
    "seq_strand_free": (VOID, [PTR]),
    "seq_strand_kill": (VOID, [PTR]),
    "seq_strand_new": (PTR, [I64, PTR, PTR]),
}

HOST_OP_SIGNATURE: tuple[ir.Type, list[ir.Type]] = (VOID, [PTR])  # every seq_rt_host_*

MAX_WORKERS = 64  # threads that may run Seq code at once (runtime/worker.py)
WORKER_WORDS = 30  # the words of a worker's struct

# Runtime globals that program modules and the host read or write, with
# their types (all defined in the runtime module).
GLOBALS: dict[str, ir.Type] = {
    "seq_argc": I64,  # what args.count sees (set by the host)
    "seq_argv": PTR,  # the Strings args.at sees (set by the host)
    "seq_channels": PTR,  # registry of live channels (for :channels)
    "seq_clock": I64,  # coarse monotonic ns, advanced by the host's ticker (strand records)
    "seq_failed_strand": PTR,  # the strand whose runtime error ended a run
    "seq_ffi_calling": PTR,  # the C function compiled code is in (runtime/foreign.py)
    "seq_exit_caught": I64,  # nonzero: os.exit ends the entry, not the process (REPL, kernel)
    "seq_variant_copies": I64,  # copies made by copy-on-write (collections; tests read it)
    "seq_finished_count": I64,
    "seq_finished_ids": ir.ArrayType(I64, 64),  # ids of strands that finished lately
    "seq_host_wants_control": I64,  # set by the host to get the scheduler back
    "seq_interrupt_flag": I64,  # set by the host (Ctrl-C); compiled code polls it
    "seq_interrupt_owner": I64,  # the entry whose strands take an interrupt (0: any)
    "seq_interrupt_passed": I64,  # polls of other strands that let it pass
    "seq_native_stack_size": I64,
    "seq_next_wake": I64,  # when the first sleeper wakes (nanoseconds)
    "seq_out_last_byte": I64,  # the last byte written (a REPL asks: mid-line?)
    "seq_out_unbuffered": I64,  # nonzero: output is flushed as it is written
    "seq_panic_capacity": I64,  # how many return addresses seq_panic_frames holds
    "seq_panic_depth": I64,  # how many the last runtime error recorded
    "seq_panic_frames": PTR,  # the host's buffer for a runtime error's backtrace
    "seq_panic_message": PTR,  # the C string of the runtime error being raised
    "seq_peak_strands": I64,  # the most strands live at once
    "seq_peak_spawned": I64,  # the most strands Seq code spawned live at once
    "seq_entry_strands": I64,  # strands the host ran and waited for (main, entries, cells)
    "seq_entry_strands_done": I64,  # of which finished
    "seq_messages_sent": I64,  # sends into the channels released so far (SEQ_REPORT)
    "seq_messages_received": I64,  # receives from them
    "seq_region_budget": I64,  # how many strand regions may be mapped (set by the host)
    "seq_signal_flags": ir.ArrayType(I8, 32),  # signals caught, one byte each
    "seq_stack_base": PTR,  # where the data stack starts (what stack.dump prints from)
    "seq_strands": PTR,  # registry of live strands (for :strands)
    "seq_next_strand_id": I64,  # the id the next strand gets (so: strands spawned, + 1)
    "seq_live_strands": I64,  # strands in the registry
    "seq_regions_mapped": I64,  # strand regions mapped (the pool's memory)
    "seq_test_passes": I64,
    "seq_workers": ir.ArrayType(I64, MAX_WORKERS * WORKER_WORDS),  # runtime/worker.py
    "seq_workers_quit": I64,  # set when the host's scheduler goes (runtime/parallel.py)
}


HOST_OP_SYMBOLS: set[str] = set()  # seq_rt_host_* of the host ops declared so far
SERVICE_PROTOTYPES: dict[str, Any] = {}  # host service -> its ctypes function type


def declare_host_op(symbol: str) -> None:
    """A host op's runtime function joins the interface (`void (ptr)`)."""
    HOST_OP_SYMBOLS.add(symbol)


def declare_service(name: str, prototype: Any) -> None:
    """A host service joins the interface: its slot `seq_host_NAME` (ptr)
    and the ctypes prototype IR must call it with."""
    SERVICE_PROTOTYPES[name] = prototype


def signature(name: str) -> tuple[ir.Type, list[ir.Type]] | None:
    """The declared (return type, argument types) of public runtime function
    `name`, host ops included; None if it is not public."""
    found = SIGNATURES.get(name)
    if found is None and name in HOST_OP_SYMBOLS:
        return HOST_OP_SIGNATURE
    return found


def global_type(name: str) -> ir.Type:
    """The declared type of runtime global `name` (a host service's slot is a ptr)."""
    found = GLOBALS.get(name)
    if found is not None:
        return found
    if name.startswith("seq_host_") and name.removeprefix("seq_host_") in SERVICE_PROTOTYPES:
        return PTR
    raise InterfaceError(f"{name} is not a runtime global of the interface (runtime/interface.py)")
