"""Types -> LLVM IR: words as functions over the data stack, with the top of
the stack kept in SSA values (a virtual stack), stack ops inlined, tail calls
as `musttail`, and native-signature versions of Int/Float/Bool words."""
