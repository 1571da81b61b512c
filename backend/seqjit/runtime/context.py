"""The context switch, in module-level assembly per architecture.

`seq_ctx_switch(ptr *save, ptr next)` saves the callee-saved registers on
the current native stack, stores the stack pointer into *save, loads `next`
and restores the registers saved there. A new strand's stack is prepared by
`new_context` so the first switch into it "returns" into
`seq_strand_trampoline`, which calls `seq_strand_entry()` (in IR) and never
returns.

The runtime module gets this assembly through `irkit.module_asm`; the IR
calls the two symbols as declared here.
"""

from __future__ import annotations

import platform

from .irkit import PTR, VOID, extern, module_asm

extern("seq_ctx_switch", VOID, [PTR, PTR], "Save this context in *save, continue in next.")
extern("seq_strand_trampoline", VOID, [], "A new strand's first return address.")

X86_64 = r"""
    .text
    .globl seq_ctx_switch
    .type seq_ctx_switch,@function
seq_ctx_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size seq_ctx_switch, .-seq_ctx_switch

    .globl seq_strand_trampoline
    .type seq_strand_trampoline,@function
seq_strand_trampoline:
    callq seq_strand_entry
    ud2
    .size seq_strand_trampoline, .-seq_strand_trampoline
"""

# x19-x28, fp, lr and d8-d15 are callee-saved (AAPCS64).
AARCH64 = r"""
    .text
    .globl seq_ctx_switch
    .type seq_ctx_switch,%function
seq_ctx_switch:
    sub sp, sp, #160
    stp x19, x20, [sp, #0]
    stp x21, x22, [sp, #16]
    stp x23, x24, [sp, #32]
    stp x25, x26, [sp, #48]
    stp x27, x28, [sp, #64]
    stp x29, x30, [sp, #80]
    stp d8, d9, [sp, #96]
    stp d10, d11, [sp, #112]
    stp d12, d13, [sp, #128]
    stp d14, d15, [sp, #144]
    mov x2, sp
    str x2, [x0]
    mov sp, x1
    ldp x19, x20, [sp, #0]
    ldp x21, x22, [sp, #16]
    ldp x23, x24, [sp, #32]
    ldp x25, x26, [sp, #48]
    ldp x27, x28, [sp, #64]
    ldp x29, x30, [sp, #80]
    ldp d8, d9, [sp, #96]
    ldp d10, d11, [sp, #112]
    ldp d12, d13, [sp, #128]
    ldp d14, d15, [sp, #144]
    add sp, sp, #160
    ret
    .size seq_ctx_switch, .-seq_ctx_switch

    .globl seq_strand_trampoline
    .type seq_strand_trampoline,%function
seq_strand_trampoline:
    bl seq_strand_entry
    brk #0
    .size seq_strand_trampoline, .-seq_strand_trampoline
"""

# How a new stack is laid out below its (16-byte aligned) top, in 8-byte
# words: the registers the first switch pops, and where the trampoline's
# address goes so that the switch's `ret` lands in it with the stack aligned
# as a call would leave it.
FRAMES = {
    # 6 saved registers, the return address, 2 words of padding: the switch
    # leaves rsp 16-byte aligned at the trampoline, as after a call's push
    # the callee expects rsp = 8 (mod 16).
    "x86_64": {"words": 9, "return_slot": 6},
    # 20 words of saved registers; lr (x30) is the 12th word (offset 88).
    "aarch64": {"words": 20, "return_slot": 11},
}


def architecture() -> str:
    machine = platform.machine().lower()
    if machine in ("x86_64", "amd64"):
        return "x86_64"
    if machine in ("aarch64", "arm64"):
        return "aarch64"
    raise RuntimeError(f"seqjit strands need x86-64 or aarch64, not {machine}")


def assembly() -> str:
    return X86_64 if architecture() == "x86_64" else AARCH64


module_asm(assembly)
