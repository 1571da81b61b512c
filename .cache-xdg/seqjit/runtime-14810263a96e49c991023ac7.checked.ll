seqjit-cache 1 sha256 85de998d5a29143c0002b4701b7383a82d17cf1b886a00d6ce53629a894896db
; ModuleID = "seq_runtime"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"seq_rt_release"(ptr %".1")
{
entry:
  %".25" = alloca ptr
  %".3" = getelementptr i8, ptr %".1", i64 8
  %".4" = load i64, ptr %".3"
  %".5" = icmp eq i64 %".4", 4
  %".6" = icmp eq i64 %".4", 5
  %".7" = or i1 %".5", %".6"
  %".8" = icmp eq i64 %".4", 6
  %".9" = or i1 %".7", %".8"
  %".10" = icmp eq i64 %".4", 7
  %".11" = or i1 %".9", %".10"
  %".12" = xor i1 %".11", -1
  br i1 %".12", label %"entry.if", label %"entry.endif", !prof !1
entry.if:
  call void @"free"(ptr %".1")
  ret void
entry.endif:
  %".16" = load i64, i64* @"seq_releasing"
  %".17" = icmp ne i64 %".16", 0
  br i1 %".17", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".19" = load ptr, ptr @"seq_release_pending"
  %".20" = ptrtoint ptr %".19" to i64
  store i64 %".20", ptr %".1"
  store ptr %".1", ptr @"seq_release_pending"
  ret void
entry.endif.endif:
  store i64 1, i64* @"seq_releasing"
  store ptr %".1", ptr %".25"
  br label %"loop.head"
loop.head:
  %".28" = load ptr, ptr %".25"
  %".29" = getelementptr i8, ptr %".28", i64 8
  %".30" = load i64, ptr %".29"
  switch i64 %".30", label %"switch.end" [i64 4, label %"case" i64 6, label %"case" i64 7, label %"case.1" i64 5, label %"case.2"]
loop.end:
  store i64 0, i64* @"seq_releasing"
  ret void
switch.end:
  call void @"free"(ptr %".28")
  %".56" = load ptr, ptr @"seq_release_pending"
  %".57" = icmp eq ptr %".56", null
  br i1 %".57", label %"loop.end", label %"loop.on"
case:
  %".32" = icmp eq i64 %".30", 4
  br i1 %".32", label %"case.if", label %"case.endif"
case.if:
  %".34" = getelementptr i8, ptr %".28", i64 16
  %".35" = load i64, ptr %".34"
  call void @"seq_decref"(i64 %".35")
  br label %"case.endif"
case.endif:
  %".38" = getelementptr i8, ptr %".28", i64 24
  %".39" = load i64, ptr %".38"
  br label %"for.head"
for.head:
  %".41" = phi  i64 [0, %"case.endif"], [%".48", %"for.body"]
  %".42" = icmp slt i64 %".41", %".39"
  br i1 %".42", label %"for.body", label %"for.end"
for.body:
  %".44" = getelementptr i8, ptr %".28", i64 32
  %".45" = getelementptr i64, ptr %".44", i64 %".41"
  %".46" = load i64, ptr %".45"
  call void @"seq_decref"(i64 %".46")
  %".48" = add i64 %".41", 1
  br label %"for.head"
for.end:
  br label %"switch.end"
case.1:
  call void @"seq_chan_release"(ptr %".28")
  br label %"switch.end"
case.2:
  call void @"seq_rt_map_drop"(ptr %".28")
  br label %"switch.end"
loop.on:
  %".59" = load i64, ptr %".56"
  %".60" = inttoptr i64 %".59" to ptr
  store ptr %".60", ptr @"seq_release_pending"
  store ptr %".56", ptr %".25"
  br label %"loop.head"
}

define internal void @"seq_incref"(i64 %".1") alwaysinline
{
e:
  %".3" = and i64 %".1", 1
  %".4" = icmp eq i64 %".3", 0
  %".5" = icmp ugt i64 %".1", 2
  %".6" = and i1 %".4", %".5"
  br i1 %".6", label %"h", label %"d"
h:
  %".8" = inttoptr i64 %".1" to ptr
  %".9" = load i64, ptr %".8"
  %".10" = icmp sgt i64 %".9", 0
  br i1 %".10", label %"c", label %"d"
c:
  %".12" = add i64 %".9", 1
  store i64 %".12", ptr %".8"
  br label %"d"
d:
  ret void
}

define internal void @"seq_decref"(i64 %".1") alwaysinline
{
e:
  %".3" = and i64 %".1", 1
  %".4" = icmp eq i64 %".3", 0
  %".5" = icmp ugt i64 %".1", 2
  %".6" = and i1 %".4", %".5"
  br i1 %".6", label %"h", label %"d"
h:
  %".8" = inttoptr i64 %".1" to ptr
  %".9" = load i64, ptr %".8"
  %".10" = icmp sgt i64 %".9", 0
  br i1 %".10", label %"c", label %"d"
c:
  %".12" = add i64 %".9", 18446744073709551615
  store i64 %".12", ptr %".8"
  %".14" = icmp eq i64 %".12", 0
  br i1 %".14", label %"f", label %"d"
d:
  ret void
f:
  call void @"seq_rt_release"(ptr %".8")
  br label %"d"
}

@"seq_out_buffer" = global [65536 x i8] zeroinitializer
@"seq_out_used" = global i64 0
@"seq_out_last_byte" = global i64 10
@"seq_out_unbuffered" = global i64 0
@"seq_releasing" = global i64 0
@"seq_release_pending" = global ptr null
@"seq_unwind_armed" = global i64 0
@"seq_unwind_point" = global [64 x i64] zeroinitializer
@"seq_panic_message" = global ptr null
@"seq_panic_text" = global [256 x i8] zeroinitializer
@"seq_interrupt_flag" = global i64 0
@"seq_current" = global ptr null
@"seq_system_sp" = global ptr null
@"seq_runq" = global [2 x i64] zeroinitializer
@"seq_sleepers" = global [2 x i64] zeroinitializer
@"seq_stack_pool" = global ptr null
@"seq_regions_mapped" = global i64 0
@"seq_region_budget" = global i64 18446744073709551615
@"seq_strands" = global ptr null
@"seq_switch_reason" = global i64 0
@"seq_host_thunk" = global ptr null
@"seq_host_block" = global ptr null
@"seq_stack_guard" = global i64 0
@"seq_ds_limit" = global i64 18446744073709551615
@"seq_next_strand_id" = global i64 1
@"seq_live_strands" = global i64 0
@"seq_native_stack_size" = global i64 131072
@"seq_next_wake" = global i64 0
@"seq_watched_done" = global i64 0
@"seq_preempt_flag" = global i64 0
@"seq_host_wants_control" = global i64 0
@"seq_finished_ids" = global [64 x i64] zeroinitializer
@"seq_finished_count" = global i64 0
@"seq_io_waiters" = global ptr null
@"seq_io_pollfds" = global ptr null
@"seq_io_pollfd_cap" = global i64 0
@"seq_io_last_poll" = global i64 0
@"seq_in_buffer" = global [65536 x i8] zeroinitializer
@"seq_in_pos" = global i64 0
@"seq_in_end" = global i64 0
@"seq_argc" = global i64 0
@"seq_argv" = global ptr null
@"seq_exit_caught" = global i64 0
@"seq_exit_message" = global [96 x i8] zeroinitializer
@"seq_signal_flags" = global [32 x i8] zeroinitializer
@"seq_signal_message" = global [64 x i8] zeroinitializer
@"seq_test_passes" = global i64 0
@"seq_stack_base" = global ptr null
@"seq_next_channel_id" = global i64 1
@"seq_channels" = global ptr null
@"seq_failed_strand" = global ptr null
declare ptr @"malloc"(i64 %".1")

declare void @"free"(ptr %".1")

declare ptr @"memcpy"(ptr %".1", ptr %".2", i64 %".3")

declare ptr @"memmove"(ptr %".1", ptr %".2", i64 %".3")

declare i32 @"memcmp"(ptr %".1", ptr %".2", i64 %".3")

declare i64 @"write"(i32 %".1", ptr %".2", i64 %".3")

declare ptr @"memchr"(ptr %".1", i32 %".2", i64 %".3")

declare ptr @"__errno_location"()

declare i32 @"snprintf"(ptr %".1", i64 %".2", ptr %".3", ...)

declare void @"exit"(i32 %".1")

declare void @"siglongjmp"(ptr %".1", i32 %".2")

declare double @"cbrt"(double %".1")

declare double @"tan"(double %".1")

declare double @"asin"(double %".1")

declare double @"acos"(double %".1")

declare double @"atan"(double %".1")

declare double @"atan2"(double %".1", double %".2")

define ptr @"seq_rt_alloc"(i64 %".1", i64 %".2")
{
entry:
  %".4" = add i64 %".2", 16
  %".5" = call ptr @"malloc"(i64 %".4")
  %".6" = icmp eq ptr %".5", null
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".8" = load ptr, ptr @"seq_current"
  %".9" = icmp ne ptr %".8", null
  br i1 %".9", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  store i64 1, ptr %".5"
  %".15" = getelementptr i8, ptr %".5", i64 8
  store i64 %".1", ptr %".15"
  ret ptr %".5"
entry.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.if.endif:
  ret ptr %".5"
}

define void @"seq_rt_drop_values"(ptr %".1", i64 %".2")
{
entry:
  br label %"for.head"
for.head:
  %".5" = phi  i64 [0, %"entry"], [%".11", %"for.body"]
  %".6" = icmp slt i64 %".5", %".2"
  br i1 %".6", label %"for.body", label %"for.end"
for.body:
  %".8" = getelementptr i64, ptr %".1", i64 %".5"
  %".9" = load i64, ptr %".8"
  call void @"seq_decref"(i64 %".9")
  %".11" = add i64 %".5", 1
  br label %"for.head"
for.end:
  ret void
}

define void @"seq_rt_copy_values"(ptr %".1", ptr %".2", i64 %".3")
{
entry:
  br label %"for.head"
for.head:
  %".6" = phi  i64 [0, %"entry"], [%".14", %"for.body"]
  %".7" = icmp slt i64 %".6", %".3"
  br i1 %".7", label %"for.body", label %"for.end"
for.body:
  %".9" = getelementptr i64, ptr %".2", i64 %".6"
  %".10" = load i64, ptr %".9"
  call void @"seq_incref"(i64 %".10")
  %".12" = getelementptr i64, ptr %".1", i64 %".6"
  store i64 %".10", ptr %".12"
  %".14" = add i64 %".6", 1
  br label %"for.head"
for.end:
  ret void
}

define i64 @"seq_rt_box_float"(double %".1")
{
entry:
  %".3" = call ptr @"seq_rt_alloc"(i64 1, i64 8)
  %".4" = getelementptr i8, ptr %".3", i64 16
  store double %".1", ptr %".4"
  %".6" = ptrtoint ptr %".3" to i64
  ret i64 %".6"
}

define internal void @"seq_out_write_all"(ptr %".1", i64 %".2")
{
entry:
  %".6" = alloca i64
  %".4" = alloca ptr
  store ptr %".1", ptr %".4"
  store i64 %".2", i64* %".6"
  br label %"loop.head"
loop.head:
  %".9" = load i64, i64* %".6"
  %".10" = icmp sle i64 %".9", 0
  br i1 %".10", label %"loop.end", label %"loop.on"
loop.end:
  ret void
loop.on:
  %".12" = load ptr, ptr %".4"
  %".13" = load i64, i64* %".6"
  %".14" = call i64 @"write"(i32 1, ptr %".12", i64 %".13")
  %".15" = icmp slt i64 %".14", 0
  br i1 %".15", label %"loop.on.if", label %"loop.on.endif"
loop.on.if:
  %".17" = call ptr @"__errno_location"()
  %".18" = load i32, ptr %".17"
  %".19" = icmp ne i32 %".18", 4
  br i1 %".19", label %"loop.end", label %"loop.on.1"
loop.on.endif:
  %".22" = load ptr, ptr %".4"
  %".23" = getelementptr i8, ptr %".22", i64 %".14"
  store ptr %".23", ptr %".4"
  %".25" = load i64, i64* %".6"
  %".26" = sub i64 %".25", %".14"
  store i64 %".26", i64* %".6"
  br label %"loop.head"
loop.on.1:
  br label %"loop.head"
}

define void @"seq_rt_flush"()
{
entry:
  %".2" = load i64, i64* @"seq_out_used"
  %".3" = icmp sgt i64 %".2", 0
  br i1 %".3", label %"entry.if", label %"entry.endif"
entry.if:
  store i64 0, i64* @"seq_out_used"
  call void @"seq_out_write_all"([65536 x i8]* @"seq_out_buffer", i64 %".2")
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal void @"seq_out_append"(ptr %".1", i64 %".2")
{
entry:
  %".4" = icmp sle i64 %".2", 0
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  ret void
entry.endif:
  %".7" = sub i64 %".2", 1
  %".8" = getelementptr i8, ptr %".1", i64 %".7"
  %".9" = load i8, ptr %".8"
  %".10" = zext i8 %".9" to i64
  store i64 %".10", i64* @"seq_out_last_byte"
  %".12" = load i64, i64* @"seq_out_used"
  %".13" = add i64 %".12", %".2"
  %".14" = icmp sgt i64 %".13", 65536
  br i1 %".14", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  call void @"seq_rt_flush"()
  %".17" = icmp sgt i64 %".2", 65536
  br i1 %".17", label %"entry.endif.if.if", label %"entry.endif.if.endif"
entry.endif.endif:
  %".22" = load i64, i64* @"seq_out_used"
  %".23" = getelementptr [65536 x i8], [65536 x i8]* @"seq_out_buffer", i64 0, i64 %".22"
  %".24" = call ptr @"memcpy"([65536 x i8]* %".23", ptr %".1", i64 %".2")
  %".25" = add i64 %".22", %".2"
  store i64 %".25", i64* @"seq_out_used"
  %".27" = icmp eq i8 %".9", 10
  br i1 %".27", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.if.if:
  call void @"seq_out_write_all"(ptr %".1", i64 %".2")
  ret void
entry.endif.if.endif:
  br label %"entry.endif.endif"
entry.endif.endif.if:
  call void @"seq_rt_flush"()
  ret void
entry.endif.endif.endif:
  %".31" = call ptr @"memchr"(ptr %".1", i32 10, i64 %".2")
  %".32" = icmp ne ptr %".31", null
  br i1 %".32", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  call void @"seq_rt_flush"()
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  ret void
}

define void @"seq_rt_out"(ptr %".1", i64 %".2")
{
entry:
  call void @"seq_out_append"(ptr %".1", i64 %".2")
  %".5" = load i64, i64* @"seq_out_unbuffered"
  %".6" = icmp ne i64 %".5", 0
  br i1 %".6", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_rt_flush"()
  br label %"entry.endif"
entry.endif:
  ret void
}

define void @"seq_rt_panic"(ptr %".1")
{
entry:
  %".10" = alloca i64, i32 3
  call void @"seq_rt_flush"()
  %".4" = load i64, i64* @"seq_unwind_armed"
  %".5" = icmp ne i64 %".4", 0
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  store ptr %".1", ptr @"seq_panic_message"
  call void @"siglongjmp"([64 x i64]* @"seq_unwind_point", i32 1)
  unreachable
entry.endif:
  %".11" = load ptr, ptr @"seq_host_panic"
  %".12" = ptrtoint ptr %".11" to i64
  %".13" = getelementptr i64, i64* %".10", i64 0
  store i64 %".12", i64* %".13"
  %".15" = ptrtoint ptr %".1" to i64
  %".16" = getelementptr i64, i64* %".10", i64 1
  store i64 %".15", i64* %".16"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".10")
  unreachable
}

declare ptr @"realloc"(ptr %".1", i64 %".2")

declare ptr @"memset"(ptr %".1", i32 %".2", i64 %".3")

declare i64 @"llvm.ctlz.i64"(i64 %".1", i1 %".2")

define internal ptr @"seq_rt_variant_new"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = mul i64 %".3", 8
  %".6" = add i64 16, %".5"
  %".7" = call ptr @"seq_rt_alloc"(i64 4, i64 %".6")
  %".8" = getelementptr i8, ptr %".7", i64 16
  store i64 %".1", ptr %".8"
  %".10" = getelementptr i8, ptr %".7", i64 24
  store i64 %".2", ptr %".10"
  ret ptr %".7"
}

define internal ptr @"seq_rt_variant_clone"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i8, ptr %".4", i64 16
  %".8" = load i64, ptr %".7"
  call void @"seq_incref"(i64 %".8")
  %".10" = call ptr @"seq_rt_variant_new"(i64 %".8", i64 %".6", i64 %".2")
  %".11" = getelementptr i8, ptr %".10", i64 32
  %".12" = getelementptr i8, ptr %".4", i64 32
  call void @"seq_rt_copy_values"(ptr %".11", ptr %".12", i64 %".6")
  call void @"seq_decref"(i64 %".1")
  ret ptr %".10"
}

define internal ptr @"seq_rt_variant_unique"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = load i64, ptr %".3"
  %".5" = icmp eq i64 %".4", 1
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  %".7" = inttoptr i64 %".1" to ptr
  ret ptr %".7"
entry.endif:
  %".9" = inttoptr i64 %".1" to ptr
  %".10" = getelementptr i8, ptr %".9", i64 24
  %".11" = load i64, ptr %".10"
  %".12" = call ptr @"seq_rt_variant_clone"(i64 %".1", i64 %".11")
  ret ptr %".12"
}

define i64 @"seq_rt_list_make"()
{
entry:
  %".2" = call ptr @"seq_rt_variant_new"(i64 ptrtoint ({i64, i64, i64, [4 x i8]}* @"seq_rt_list_tag" to i64), i64 0, i64 4)
  %".3" = ptrtoint ptr %".2" to i64
  ret i64 %".3"
}

define i64 @"seq_rt_list_push"(i64 %".1", i64 %".2")
{
entry:
  %".15" = alloca ptr
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = load i64, ptr %".5"
  %".7" = add i64 %".6", 1
  %".8" = icmp sle i64 %".7", 4
  %".9" = select  i1 %".8", i64 5, i64 %".7"
  %".10" = sub i64 %".9", 1
  %".11" = call i64 @"llvm.ctlz.i64"(i64 %".10", i1 0)
  %".12" = sub i64 64, %".11"
  %".13" = shl i64 1, %".12"
  %".14" = select  i1 %".8", i64 4, i64 %".13"
  %".16" = inttoptr i64 %".1" to ptr
  %".17" = load i64, ptr %".16"
  %".18" = icmp eq i64 %".17", 1
  br i1 %".18", label %"entry.if", label %"entry.else"
entry.if:
  %".20" = mul i64 %".14", 8
  %".21" = add i64 32, %".20"
  %".22" = inttoptr i64 %".1" to ptr
  %".23" = call ptr @"realloc"(ptr %".22", i64 %".21")
  %".24" = icmp eq ptr %".23", null
  br i1 %".24", label %"entry.if.if", label %"entry.if.endif", !prof !0
entry.else:
  %".34" = call ptr @"seq_rt_variant_clone"(i64 %".1", i64 %".14")
  store ptr %".34", ptr %".15"
  br label %"entry.endif"
entry.endif:
  %".37" = load ptr, ptr %".15"
  %".38" = getelementptr i8, ptr %".37", i64 32
  %".39" = getelementptr i64, ptr %".38", i64 %".6"
  store i64 %".2", ptr %".39"
  %".41" = add i64 %".6", 1
  %".42" = getelementptr i8, ptr %".37", i64 24
  store i64 %".41", ptr %".42"
  %".44" = ptrtoint ptr %".37" to i64
  ret i64 %".44"
entry.if.if:
  %".26" = load ptr, ptr @"seq_current"
  %".27" = icmp ne ptr %".26", null
  br i1 %".27", label %"entry.if.if.if", label %"entry.if.if.endif"
entry.if.endif:
  store ptr %".23", ptr %".15"
  br label %"entry.endif"
entry.if.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.if.if.endif:
  br label %"entry.if.endif"
}

define {i64, i64} @"seq_rt_list_set"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = ashr i64 %".2", 1
  %".6" = inttoptr i64 %".1" to ptr
  %".7" = getelementptr i8, ptr %".6", i64 24
  %".8" = load i64, ptr %".7"
  %".9" = icmp uge i64 %".5", %".8"
  br i1 %".9", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".3")
  %".12" = insertvalue {i64, i64} undef, i64 %".1", 0
  %".13" = insertvalue {i64, i64} %".12", i64 0, 1
  ret {i64, i64} %".13"
entry.endif:
  %".15" = call ptr @"seq_rt_variant_unique"(i64 %".1")
  %".16" = getelementptr i8, ptr %".15", i64 32
  %".17" = getelementptr i64, ptr %".16", i64 %".5"
  %".18" = load i64, ptr %".17"
  store i64 %".3", ptr %".17"
  call void @"seq_decref"(i64 %".18")
  %".21" = ptrtoint ptr %".15" to i64
  %".22" = insertvalue {i64, i64} undef, i64 %".21", 0
  %".23" = insertvalue {i64, i64} %".22", i64 2, 1
  ret {i64, i64} %".23"
}

define i64 @"seq_rt_list_reverse"(i64 %".1")
{
entry:
  %".3" = call ptr @"seq_rt_variant_unique"(i64 %".1")
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = load i64, ptr %".4"
  %".6" = sub i64 %".5", 1
  %".7" = sdiv i64 %".5", 2
  br label %"for.head"
for.head:
  %".9" = phi  i64 [0, %"entry"], [%".21", %"for.body"]
  %".10" = icmp slt i64 %".9", %".7"
  br i1 %".10", label %"for.body", label %"for.end"
for.body:
  %".12" = getelementptr i8, ptr %".3", i64 32
  %".13" = getelementptr i64, ptr %".12", i64 %".9"
  %".14" = sub i64 %".6", %".9"
  %".15" = getelementptr i8, ptr %".3", i64 32
  %".16" = getelementptr i64, ptr %".15", i64 %".14"
  %".17" = load i64, ptr %".13"
  %".18" = load i64, ptr %".16"
  store i64 %".18", ptr %".13"
  store i64 %".17", ptr %".16"
  %".21" = add i64 %".9", 1
  br label %"for.head"
for.end:
  %".23" = ptrtoint ptr %".3" to i64
  ret i64 %".23"
}

define i64 @"seq_rt_variant_init"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = load i64, ptr %".4"
  %".6" = icmp eq i64 %".5", 0
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"seq_rt_panic"([36 x i8]* @"seq_str.76617269616e742e696e69743a2076617269616e74206861.a1694b98e786")
  unreachable
entry.endif:
  %".10" = call ptr @"seq_rt_variant_unique"(i64 %".1")
  %".11" = sub i64 %".5", 1
  %".12" = getelementptr i8, ptr %".10", i64 32
  %".13" = getelementptr i64, ptr %".12", i64 %".11"
  %".14" = load i64, ptr %".13"
  call void @"seq_decref"(i64 %".14")
  %".16" = getelementptr i8, ptr %".10", i64 24
  store i64 %".11", ptr %".16"
  %".18" = ptrtoint ptr %".10" to i64
  ret i64 %".18"
}

define void @"seq_rt_collection_error"(i64 %".1")
{
entry:
  switch i64 %".1", label %"e0" [i64 0, label %"e0" i64 1, label %"e1" i64 2, label %"e2" i64 3, label %"e3" i64 4, label %"e4" i64 5, label %"e5" i64 6, label %"e6" i64 7, label %"e7" i64 8, label %"e8" i64 9, label %"e9" i64 10, label %"e10" i64 11, label %"e11" i64 12, label %"e12" i64 13, label %"e13" i64 14, label %"e14" i64 15, label %"e15" i64 16, label %"e16" i64 17, label %"e17" i64 18, label %"e18" i64 19, label %"e19" i64 20, label %"e20" i64 21, label %"e21" i64 22, label %"e22" i64 23, label %"e23" i64 24, label %"e24" i64 25, label %"e25" i64 26, label %"e26" i64 27, label %"e27" i64 28, label %"e28" i64 29, label %"e29" i64 30, label %"e30" i64 31, label %"e31"]
e0:
  call void @"seq_rt_panic"([37 x i8]* @"seq_str.76617269616e742e66697273743a2076617269616e742068.f21bd1f13b54")
  unreachable
e1:
  call void @"seq_rt_panic"([36 x i8]* @"seq_str.76617269616e742e6c6173743a2076617269616e74206861.01dcf1070e38")
  unreachable
e2:
  call void @"seq_rt_panic"([37 x i8]* @"seq_str.76617269616e742e6669656c642d61743a20696e64657820.64cf148a6111")
  unreachable
e3:
  call void @"seq_rt_panic"([28 x i8]* @"seq_str.6c6973742e707573683a2065787065637465642056617269.417e919b8af5")
  unreachable
e4:
  call void @"seq_rt_panic"([27 x i8]* @"seq_str.6c6973742e6765743a206578706563746564205661726961.e17c28ef4a61")
  unreachable
e5:
  call void @"seq_rt_panic"([27 x i8]* @"seq_str.6c6973742e7365743a206578706563746564205661726961.bb2b862627ef")
  unreachable
e6:
  call void @"seq_rt_panic"([30 x i8]* @"seq_str.6c6973742e6c656e6774683a206578706563746564205661.0c5f48fe65b7")
  unreachable
e7:
  call void @"seq_rt_panic"([30 x i8]* @"seq_str.6c6973742e656d7074793f3a206578706563746564205661.1fd244c41e25")
  unreachable
e8:
  call void @"seq_rt_panic"([31 x i8]* @"seq_str.6c6973742e726576657273653a2065787065637465642056.0b81212bc0bc")
  unreachable
e9:
  call void @"seq_rt_panic"([29 x i8]* @"seq_str.6c6973742e66697273743a20657870656374656420566172.9719a262c076")
  unreachable
e10:
  call void @"seq_rt_panic"([28 x i8]* @"seq_str.6c6973742e6c6173743a2065787065637465642056617269.ce34295c4442")
  unreachable
e11:
  call void @"seq_rt_panic"([27 x i8]* @"seq_str.6c6973742e6d61703a206578706563746564205661726961.ae07d2799cf0")
  unreachable
e12:
  call void @"seq_rt_panic"([30 x i8]* @"seq_str.6c6973742e66696c7465723a206578706563746564205661.1b1d3c987bcd")
  unreachable
e13:
  call void @"seq_rt_panic"([28 x i8]* @"seq_str.6c6973742e666f6c643a2065787065637465642056617269.feadeeb40409")
  unreachable
e14:
  call void @"seq_rt_panic"([28 x i8]* @"seq_str.6c6973742e656163683a2065787065637465642056617269.0531195facf2")
  unreachable
e15:
  call void @"seq_rt_panic"([33 x i8]* @"seq_str.76617269616e742e617070656e643a206578706563746564.5c97d5217936")
  unreachable
e16:
  call void @"seq_rt_panic"([32 x i8]* @"seq_str.76617269616e742e66697273743a20657870656374656420.ad696ef7a28f")
  unreachable
e17:
  call void @"seq_rt_panic"([31 x i8]* @"seq_str.76617269616e742e6c6173743a2065787065637465642056.ca9b3f1a0ef2")
  unreachable
e18:
  call void @"seq_rt_panic"([31 x i8]* @"seq_str.76617269616e742e696e69743a2065787065637465642056.24b426c8c300")
  unreachable
e19:
  call void @"seq_rt_panic"([30 x i8]* @"seq_str.76617269616e742e7461673a206578706563746564205661.250b0bf4b35d")
  unreachable
e20:
  call void @"seq_rt_panic"([38 x i8]* @"seq_str.76617269616e742e6669656c642d636f756e743a20657870.83fdca8f88fc")
  unreachable
e21:
  call void @"seq_rt_panic"([35 x i8]* @"seq_str.76617269616e742e6669656c642d61743a20657870656374.1810f6dbd1b4")
  unreachable
e22:
  call void @"seq_rt_panic"([22 x i8]* @"seq_str.6d61702e6765743a206578706563746564204d6170.f591234514b2")
  unreachable
e23:
  call void @"seq_rt_panic"([22 x i8]* @"seq_str.6d61702e7365743a206578706563746564204d6170.cc307e9b6f13")
  unreachable
e24:
  call void @"seq_rt_panic"([23 x i8]* @"seq_str.6d61702e6861733f3a206578706563746564204d6170.4d7d6108b51c")
  unreachable
e25:
  call void @"seq_rt_panic"([25 x i8]* @"seq_str.6d61702e72656d6f76653a206578706563746564204d6170.809293ad4298")
  unreachable
e26:
  call void @"seq_rt_panic"([23 x i8]* @"seq_str.6d61702e6b6579733a206578706563746564204d6170.0e55a59a95cf")
  unreachable
e27:
  call void @"seq_rt_panic"([25 x i8]* @"seq_str.6d61702e76616c7565733a206578706563746564204d6170.a5efb07ec7b1")
  unreachable
e28:
  call void @"seq_rt_panic"([23 x i8]* @"seq_str.6d61702e73697a653a206578706563746564204d6170.b186ac30c97d")
  unreachable
e29:
  call void @"seq_rt_panic"([25 x i8]* @"seq_str.6d61702e656d7074793f3a206578706563746564204d6170.5effd8ffa83a")
  unreachable
e30:
  call void @"seq_rt_panic"([23 x i8]* @"seq_str.6d61702e656163683a206578706563746564204d6170.d31f1d5085bf")
  unreachable
e31:
  call void @"seq_rt_panic"([23 x i8]* @"seq_str.6d61702e666f6c643a206578706563746564204d6170.e63dbea12027")
  unreachable
}

define internal ptr @"seq_rt_invoke"(i64 %".1", ptr %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i8, ptr %".4", i64 32
  call void @"seq_rt_copy_values"(ptr %".2", ptr %".7", i64 %".6")
  %".9" = getelementptr i8, ptr %".4", i64 16
  %".10" = load ptr, ptr %".9"
  %".11" = getelementptr i64, ptr %".2", i64 %".6"
  %".12" = ptrtoint ptr %".10" to i64
  %".13" = inttoptr i64 %".12" to ptr (ptr)*
  %".14" = call ptr %".13"(ptr %".11")
  ret ptr %".14"
}

define ptr @"seq_rt_list_map"(ptr %".1")
{
entry:
  %".26" = alloca ptr
  %".14" = alloca ptr
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".6" = load i64, ptr %".5"
  %".7" = inttoptr i64 %".6" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  %".9" = load i64, ptr %".8"
  %".10" = inttoptr i64 %".6" to ptr
  %".11" = load i64, ptr %".10"
  %".12" = icmp eq i64 %".11", 1
  %".13" = inttoptr i64 %".6" to ptr
  store ptr %".13", ptr %".14"
  %".16" = xor i1 %".12", -1
  br i1 %".16", label %"entry.if", label %"entry.endif"
entry.if:
  %".18" = inttoptr i64 %".6" to ptr
  %".19" = getelementptr i8, ptr %".18", i64 16
  %".20" = load i64, ptr %".19"
  call void @"seq_incref"(i64 %".20")
  %".22" = call ptr @"seq_rt_variant_new"(i64 %".20", i64 0, i64 %".9")
  store ptr %".22", ptr %".14"
  br label %"entry.endif"
entry.endif:
  %".25" = getelementptr i64, ptr %".1", i64 18446744073709551614
  store ptr %".25", ptr %".26"
  br label %"for.head"
for.head:
  %".29" = phi  i64 [0, %"entry.endif"], [%".57", %"for.body.endif.endif"]
  %".30" = icmp slt i64 %".29", %".9"
  br i1 %".30", label %"for.body", label %"for.end"
for.body:
  %".32" = getelementptr i8, ptr %".7", i64 32
  %".33" = getelementptr i64, ptr %".32", i64 %".29"
  %".34" = load i64, ptr %".33"
  %".35" = xor i1 %".12", -1
  br i1 %".35", label %"for.body.if", label %"for.body.endif"
for.end:
  %".59" = xor i1 %".12", -1
  br i1 %".59", label %"for.end.if", label %"for.end.endif"
for.body.if:
  call void @"seq_incref"(i64 %".34")
  br label %"for.body.endif"
for.body.endif:
  %".39" = load ptr, ptr %".26"
  %".40" = getelementptr i64, ptr %".39", i64 0
  store i64 %".34", ptr %".40"
  %".42" = getelementptr i64, ptr %".39", i64 1
  %".43" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".42")
  %".44" = getelementptr i64, ptr %".43", i64 18446744073709551615
  store ptr %".44", ptr %".26"
  %".46" = load ptr, ptr %".14"
  %".47" = load i64, ptr %".44"
  %".48" = getelementptr i8, ptr %".46", i64 32
  %".49" = getelementptr i64, ptr %".48", i64 %".29"
  store i64 %".47", ptr %".49"
  %".51" = xor i1 %".12", -1
  br i1 %".51", label %"for.body.endif.if", label %"for.body.endif.endif"
for.body.endif.if:
  %".53" = add i64 %".29", 1
  %".54" = getelementptr i8, ptr %".46", i64 24
  store i64 %".53", ptr %".54"
  br label %"for.body.endif.endif"
for.body.endif.endif:
  %".57" = add i64 %".29", 1
  br label %"for.head"
for.end.if:
  call void @"seq_decref"(i64 %".6")
  br label %"for.end.endif"
for.end.endif:
  call void @"seq_decref"(i64 %".4")
  %".64" = load ptr, ptr %".14"
  %".65" = ptrtoint ptr %".64" to i64
  %".66" = load ptr, ptr %".26"
  store i64 %".65", ptr %".66"
  %".68" = load ptr, ptr %".26"
  %".69" = getelementptr i64, ptr %".68", i64 1
  ret ptr %".69"
}

define ptr @"seq_rt_list_filter"(ptr %".1")
{
entry:
  %".28" = alloca i64
  %".26" = alloca ptr
  %".14" = alloca ptr
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".6" = load i64, ptr %".5"
  %".7" = inttoptr i64 %".6" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  %".9" = load i64, ptr %".8"
  %".10" = inttoptr i64 %".6" to ptr
  %".11" = load i64, ptr %".10"
  %".12" = icmp eq i64 %".11", 1
  %".13" = inttoptr i64 %".6" to ptr
  store ptr %".13", ptr %".14"
  %".16" = xor i1 %".12", -1
  br i1 %".16", label %"entry.if", label %"entry.endif"
entry.if:
  %".18" = inttoptr i64 %".6" to ptr
  %".19" = getelementptr i8, ptr %".18", i64 16
  %".20" = load i64, ptr %".19"
  call void @"seq_incref"(i64 %".20")
  %".22" = call ptr @"seq_rt_variant_new"(i64 %".20", i64 0, i64 %".9")
  store ptr %".22", ptr %".14"
  br label %"entry.endif"
entry.endif:
  %".25" = getelementptr i64, ptr %".1", i64 18446744073709551614
  store ptr %".25", ptr %".26"
  store i64 0, i64* %".28"
  br label %"for.head"
for.head:
  %".31" = phi  i64 [0, %"entry.endif"], [%".72", %"for.body.endif.endif"]
  %".32" = icmp slt i64 %".31", %".9"
  br i1 %".32", label %"for.body", label %"for.end"
for.body:
  %".34" = getelementptr i8, ptr %".7", i64 32
  %".35" = getelementptr i64, ptr %".34", i64 %".31"
  %".36" = load i64, ptr %".35"
  call void @"seq_incref"(i64 %".36")
  %".38" = load ptr, ptr %".26"
  %".39" = getelementptr i64, ptr %".38", i64 0
  store i64 %".36", ptr %".39"
  %".41" = getelementptr i64, ptr %".38", i64 1
  %".42" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".41")
  %".43" = getelementptr i64, ptr %".42", i64 18446744073709551615
  store ptr %".43", ptr %".26"
  %".45" = load i64, ptr %".43"
  %".46" = icmp ne i64 %".45", 0
  %".47" = load ptr, ptr %".14"
  br i1 %".46", label %"for.body.if", label %"for.body.else"
for.end:
  %".74" = load i64, i64* %".28"
  %".75" = load ptr, ptr %".14"
  %".76" = getelementptr i8, ptr %".75", i64 24
  store i64 %".74", ptr %".76"
  %".78" = xor i1 %".12", -1
  br i1 %".78", label %"for.end.if", label %"for.end.endif"
for.body.if:
  %".49" = xor i1 %".12", -1
  br i1 %".49", label %"for.body.if.if", label %"for.body.if.endif"
for.body.else:
  br i1 %".12", label %"for.body.else.if", label %"for.body.else.endif"
for.body.endif:
  %".62" = load i64, i64* %".28"
  %".63" = zext i1 %".46" to i64
  %".64" = add i64 %".62", %".63"
  store i64 %".64", i64* %".28"
  %".66" = xor i1 %".12", -1
  br i1 %".66", label %"for.body.endif.if", label %"for.body.endif.endif"
for.body.if.if:
  call void @"seq_incref"(i64 %".36")
  br label %"for.body.if.endif"
for.body.if.endif:
  %".53" = load i64, i64* %".28"
  %".54" = getelementptr i8, ptr %".47", i64 32
  %".55" = getelementptr i64, ptr %".54", i64 %".53"
  store i64 %".36", ptr %".55"
  br label %"for.body.endif"
for.body.else.if:
  call void @"seq_decref"(i64 %".36")
  br label %"for.body.else.endif"
for.body.else.endif:
  br label %"for.body.endif"
for.body.endif.if:
  %".68" = load i64, i64* %".28"
  %".69" = getelementptr i8, ptr %".47", i64 24
  store i64 %".68", ptr %".69"
  br label %"for.body.endif.endif"
for.body.endif.endif:
  %".72" = add i64 %".31", 1
  br label %"for.head"
for.end.if:
  call void @"seq_decref"(i64 %".6")
  br label %"for.end.endif"
for.end.endif:
  call void @"seq_decref"(i64 %".4")
  %".83" = load ptr, ptr %".14"
  %".84" = ptrtoint ptr %".83" to i64
  %".85" = load ptr, ptr %".26"
  store i64 %".84", ptr %".85"
  %".87" = load ptr, ptr %".26"
  %".88" = getelementptr i64, ptr %".87", i64 1
  ret ptr %".88"
}

define ptr @"seq_rt_list_fold"(ptr %".1")
{
entry:
  %".12" = alloca ptr
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551613
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i64, ptr %".1", i64 18446744073709551613
  %".8" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".9" = load i64, ptr %".8"
  store i64 %".9", ptr %".7"
  %".11" = getelementptr i64, ptr %".7", i64 1
  store ptr %".11", ptr %".12"
  %".14" = inttoptr i64 %".6" to ptr
  %".15" = getelementptr i8, ptr %".14", i64 24
  %".16" = load i64, ptr %".15"
  %".17" = inttoptr i64 %".6" to ptr
  %".18" = load i64, ptr %".17"
  %".19" = icmp eq i64 %".18", 1
  br label %"for.head"
for.head:
  %".21" = phi  i64 [0, %"entry"], [%".37", %"for.body.endif"]
  %".22" = icmp slt i64 %".21", %".16"
  br i1 %".22", label %"for.body", label %"for.end"
for.body:
  %".24" = getelementptr i8, ptr %".14", i64 32
  %".25" = getelementptr i64, ptr %".24", i64 %".21"
  %".26" = load i64, ptr %".25"
  %".27" = xor i1 %".19", -1
  br i1 %".27", label %"for.body.if", label %"for.body.endif"
for.end:
  br i1 %".19", label %"for.end.if", label %"for.end.endif"
for.body.if:
  call void @"seq_incref"(i64 %".26")
  br label %"for.body.endif"
for.body.endif:
  %".31" = load ptr, ptr %".12"
  %".32" = getelementptr i64, ptr %".31", i64 0
  store i64 %".26", ptr %".32"
  %".34" = getelementptr i64, ptr %".31", i64 1
  %".35" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".34")
  store ptr %".35", ptr %".12"
  %".37" = add i64 %".21", 1
  br label %"for.head"
for.end.if:
  %".40" = getelementptr i8, ptr %".14", i64 24
  store i64 0, ptr %".40"
  br label %"for.end.endif"
for.end.endif:
  call void @"seq_decref"(i64 %".6")
  call void @"seq_decref"(i64 %".4")
  %".45" = load ptr, ptr %".12"
  ret ptr %".45"
}

define ptr @"seq_rt_list_each"(ptr %".1")
{
entry:
  %".9" = alloca ptr
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".8" = getelementptr i64, ptr %".7", i64 0
  store ptr %".8", ptr %".9"
  %".11" = inttoptr i64 %".6" to ptr
  %".12" = getelementptr i8, ptr %".11", i64 24
  %".13" = load i64, ptr %".12"
  %".14" = inttoptr i64 %".6" to ptr
  %".15" = load i64, ptr %".14"
  %".16" = icmp eq i64 %".15", 1
  br label %"for.head"
for.head:
  %".18" = phi  i64 [0, %"entry"], [%".34", %"for.body.endif"]
  %".19" = icmp slt i64 %".18", %".13"
  br i1 %".19", label %"for.body", label %"for.end"
for.body:
  %".21" = getelementptr i8, ptr %".11", i64 32
  %".22" = getelementptr i64, ptr %".21", i64 %".18"
  %".23" = load i64, ptr %".22"
  %".24" = xor i1 %".16", -1
  br i1 %".24", label %"for.body.if", label %"for.body.endif"
for.end:
  br i1 %".16", label %"for.end.if", label %"for.end.endif"
for.body.if:
  call void @"seq_incref"(i64 %".23")
  br label %"for.body.endif"
for.body.endif:
  %".28" = load ptr, ptr %".9"
  %".29" = getelementptr i64, ptr %".28", i64 0
  store i64 %".23", ptr %".29"
  %".31" = getelementptr i64, ptr %".28", i64 1
  %".32" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".31")
  store ptr %".32", ptr %".9"
  %".34" = add i64 %".18", 1
  br label %"for.head"
for.end.if:
  %".37" = getelementptr i8, ptr %".11", i64 24
  store i64 0, ptr %".37"
  br label %"for.end.endif"
for.end.endif:
  call void @"seq_decref"(i64 %".6")
  call void @"seq_decref"(i64 %".4")
  %".42" = load ptr, ptr %".9"
  ret ptr %".42"
}

define internal ptr @"seq_rt_map_alloc"(i64 %".1")
{
entry:
  %".3" = mul i64 %".1", 32
  %".4" = add i64 24, %".3"
  %".5" = call ptr @"seq_rt_alloc"(i64 5, i64 %".4")
  %".6" = getelementptr i8, ptr %".5", i64 16
  store i64 0, ptr %".6"
  %".8" = getelementptr i8, ptr %".5", i64 24
  store i64 0, ptr %".8"
  %".10" = getelementptr i8, ptr %".5", i64 32
  store i64 %".1", ptr %".10"
  %".12" = mul i64 %".1", 24
  %".13" = getelementptr i8, ptr %".5", i64 40
  %".14" = getelementptr i8, ptr %".13", i64 %".12"
  %".15" = mul i64 %".1", 8
  %".16" = call ptr @"memset"(ptr %".14", i32 0, i64 %".15")
  ret ptr %".5"
}

define i64 @"seq_rt_map_make"()
{
entry:
  %".2" = call ptr @"seq_rt_map_alloc"(i64 4)
  %".3" = ptrtoint ptr %".2" to i64
  ret i64 %".3"
}

define internal i64 @"seq_rt_map_hash"(i64 %".1", ptr %".2")
{
entry:
  %".19" = alloca i64
  %".4" = alloca i64
  store i64 %".1", i64* %".4"
  %".6" = and i64 %".1", 1
  %".7" = icmp eq i64 %".6", 0
  %".8" = icmp ugt i64 %".1", 2
  %".9" = and i1 %".7", %".8"
  br i1 %".9", label %"entry.if", label %"entry.endif"
entry.if:
  %".11" = inttoptr i64 %".1" to ptr
  %".12" = getelementptr i8, ptr %".11", i64 8
  %".13" = load i64, ptr %".12"
  %".14" = icmp ne i64 %".13", 2
  br i1 %".14", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  %".40" = load i64, i64* %".4"
  %".41" = lshr i64 %".40", 33
  %".42" = xor i64 %".40", %".41"
  %".43" = mul i64 %".42", 18397679294719823053
  %".44" = lshr i64 %".43", 33
  %".45" = xor i64 %".43", %".44"
  %".46" = mul i64 %".45", 14181476777654086739
  %".47" = lshr i64 %".46", 33
  %".48" = xor i64 %".46", %".47"
  %".49" = or i64 %".48", 9223372036854775808
  ret i64 %".49"
entry.if.if:
  call void @"seq_rt_panic"(ptr %".2")
  unreachable
entry.if.endif:
  %".18" = inttoptr i64 %".1" to ptr
  store i64 14695981039346656037, i64* %".19"
  %".21" = getelementptr i8, ptr %".18", i64 16
  %".22" = load i64, ptr %".21"
  br label %"for.head"
for.head:
  %".24" = phi  i64 [0, %"entry.if.endif"], [%".35", %"for.body"]
  %".25" = icmp slt i64 %".24", %".22"
  br i1 %".25", label %"for.body", label %"for.end"
for.body:
  %".27" = getelementptr i8, ptr %".18", i64 24
  %".28" = getelementptr i8, ptr %".27", i64 %".24"
  %".29" = load i8, ptr %".28"
  %".30" = zext i8 %".29" to i64
  %".31" = load i64, i64* %".19"
  %".32" = xor i64 %".31", %".30"
  %".33" = mul i64 %".32", 1099511628211
  store i64 %".33", i64* %".19"
  %".35" = add i64 %".24", 1
  br label %"for.head"
for.end:
  %".37" = load i64, i64* %".19"
  store i64 %".37", i64* %".4"
  br label %"entry.endif"
}

define internal i1 @"seq_rt_map_key_equal"(i64 %".1", i64 %".2")
{
entry:
  %".4" = icmp eq i64 %".1", %".2"
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  ret i1 1
entry.endif:
  %".7" = and i64 %".1", 1
  %".8" = icmp eq i64 %".7", 0
  %".9" = icmp ugt i64 %".1", 2
  %".10" = and i1 %".8", %".9"
  %".11" = and i64 %".2", 1
  %".12" = icmp eq i64 %".11", 0
  %".13" = icmp ugt i64 %".2", 2
  %".14" = and i1 %".12", %".13"
  %".15" = and i1 %".10", %".14"
  %".16" = xor i1 %".15", -1
  br i1 %".16", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  ret i1 0
entry.endif.endif:
  %".19" = inttoptr i64 %".1" to ptr
  %".20" = inttoptr i64 %".2" to ptr
  %".21" = getelementptr i8, ptr %".19", i64 16
  %".22" = load i64, ptr %".21"
  %".23" = getelementptr i8, ptr %".20", i64 16
  %".24" = load i64, ptr %".23"
  %".25" = icmp ne i64 %".22", %".24"
  br i1 %".25", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  ret i1 0
entry.endif.endif.endif:
  %".28" = getelementptr i8, ptr %".19", i64 24
  %".29" = getelementptr i8, ptr %".20", i64 24
  %".30" = call i32 @"memcmp"(ptr %".28", ptr %".29", i64 %".22")
  %".31" = icmp eq i32 %".30", 0
  ret i1 %".31"
}

define internal i64 @"seq_rt_map_find"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".13" = alloca i64
  %".5" = getelementptr i8, ptr %".1", i64 32
  %".6" = load i64, ptr %".5"
  %".7" = mul i64 %".6", 2
  %".8" = sub i64 %".7", 1
  %".9" = mul i64 %".6", 24
  %".10" = getelementptr i8, ptr %".1", i64 40
  %".11" = getelementptr i8, ptr %".10", i64 %".9"
  %".12" = and i64 %".3", %".8"
  store i64 %".12", i64* %".13"
  br label %"loop.head"
loop.head:
  %".16" = load i64, i64* %".13"
  %".17" = getelementptr i32, ptr %".11", i64 %".16"
  %".18" = load i32, ptr %".17"
  %".19" = icmp eq i32 %".18", 0
  br i1 %".19", label %"loop.head.if", label %"loop.head.endif"
loop.end:
  unreachable
loop.head.if:
  ret i64 18446744073709551615
loop.head.endif:
  %".22" = zext i32 %".18" to i64
  %".23" = sub i64 %".22", 1
  %".24" = load i64, i64* %".13"
  %".25" = add i64 %".24", 1
  %".26" = and i64 %".25", %".8"
  store i64 %".26", i64* %".13"
  %".28" = mul i64 %".23", 24
  %".29" = getelementptr i8, ptr %".1", i64 40
  %".30" = getelementptr i8, ptr %".29", i64 %".28"
  %".31" = load i64, ptr %".30"
  %".32" = icmp eq i64 %".31", %".3"
  br i1 %".32", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".34" = getelementptr i8, ptr %".30", i64 8
  %".35" = load i64, ptr %".34"
  %".36" = call i1 @"seq_rt_map_key_equal"(i64 %".35", i64 %".2")
  br i1 %".36", label %"loop.head.endif.if.if", label %"loop.head.endif.if.endif"
loop.head.endif.endif:
  br label %"loop.head"
loop.head.endif.if.if:
  ret i64 %".23"
loop.head.endif.if.endif:
  br label %"loop.head.endif.endif"
}

define internal void @"seq_rt_map_insert_new"(ptr %".1", i64 %".2", i64 %".3", i64 %".4")
{
entry:
  %".32" = alloca i64
  %".6" = getelementptr i8, ptr %".1", i64 24
  %".7" = load i64, ptr %".6"
  %".8" = mul i64 %".7", 24
  %".9" = getelementptr i8, ptr %".1", i64 40
  %".10" = getelementptr i8, ptr %".9", i64 %".8"
  store i64 %".3", ptr %".10"
  %".12" = getelementptr i8, ptr %".10", i64 8
  store i64 %".2", ptr %".12"
  %".14" = getelementptr i8, ptr %".10", i64 16
  store i64 %".4", ptr %".14"
  %".16" = add i64 %".7", 1
  %".17" = getelementptr i8, ptr %".1", i64 24
  store i64 %".16", ptr %".17"
  %".19" = getelementptr i8, ptr %".1", i64 16
  %".20" = load i64, ptr %".19"
  %".21" = add i64 %".20", 1
  %".22" = getelementptr i8, ptr %".1", i64 16
  store i64 %".21", ptr %".22"
  %".24" = getelementptr i8, ptr %".1", i64 32
  %".25" = load i64, ptr %".24"
  %".26" = mul i64 %".25", 2
  %".27" = sub i64 %".26", 1
  %".28" = mul i64 %".25", 24
  %".29" = getelementptr i8, ptr %".1", i64 40
  %".30" = getelementptr i8, ptr %".29", i64 %".28"
  %".31" = and i64 %".3", %".27"
  store i64 %".31", i64* %".32"
  br label %"while.head"
while.head:
  %".35" = load i64, i64* %".32"
  %".36" = getelementptr i32, ptr %".30", i64 %".35"
  %".37" = load i32, ptr %".36"
  %".38" = icmp ne i32 %".37", 0
  br i1 %".38", label %"while.body", label %"while.end"
while.body:
  %".40" = load i64, i64* %".32"
  %".41" = add i64 %".40", 1
  %".42" = and i64 %".41", %".27"
  store i64 %".42", i64* %".32"
  br label %"while.head"
while.end:
  %".45" = add i64 %".7", 1
  %".46" = trunc i64 %".45" to i32
  %".47" = load i64, i64* %".32"
  %".48" = getelementptr i32, ptr %".30", i64 %".47"
  store i32 %".46", ptr %".48"
  ret void
}

define internal ptr @"seq_rt_map_rebuild"(ptr %".1", i64 %".2", i1 %".3")
{
entry:
  %".5" = call ptr @"seq_rt_map_alloc"(i64 %".2")
  %".6" = getelementptr i8, ptr %".1", i64 24
  %".7" = load i64, ptr %".6"
  br label %"for.head"
for.head:
  %".9" = phi  i64 [0, %"entry"], [%".28", %"for.body.endif"]
  %".10" = icmp slt i64 %".9", %".7"
  br i1 %".10", label %"for.body", label %"for.end"
for.body:
  %".12" = mul i64 %".9", 24
  %".13" = getelementptr i8, ptr %".1", i64 40
  %".14" = getelementptr i8, ptr %".13", i64 %".12"
  %".15" = load i64, ptr %".14"
  %".16" = icmp ne i64 %".15", 0
  br i1 %".16", label %"for.body.if", label %"for.body.endif"
for.end:
  %".30" = xor i1 %".3", -1
  br i1 %".30", label %"for.end.if", label %"for.end.endif"
for.body.if:
  %".18" = getelementptr i8, ptr %".14", i64 8
  %".19" = load i64, ptr %".18"
  %".20" = getelementptr i8, ptr %".14", i64 16
  %".21" = load i64, ptr %".20"
  br i1 %".3", label %"for.body.if.if", label %"for.body.if.endif"
for.body.endif:
  %".28" = add i64 %".9", 1
  br label %"for.head"
for.body.if.if:
  call void @"seq_incref"(i64 %".19")
  call void @"seq_incref"(i64 %".21")
  br label %"for.body.if.endif"
for.body.if.endif:
  call void @"seq_rt_map_insert_new"(ptr %".5", i64 %".19", i64 %".15", i64 %".21")
  br label %"for.body.endif"
for.end.if:
  call void @"free"(ptr %".1")
  br label %"for.end.endif"
for.end.endif:
  ret ptr %".5"
}

define internal ptr @"seq_rt_map_unique"(i64 %".1", i1 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 16
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i8, ptr %".4", i64 32
  %".8" = load i64, ptr %".7"
  %".9" = inttoptr i64 %".1" to ptr
  %".10" = load i64, ptr %".9"
  %".11" = icmp eq i64 %".10", 1
  %".12" = xor i1 %".11", -1
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  %".14" = add i64 %".6", 1
  %".15" = icmp sle i64 %".14", 4
  %".16" = select  i1 %".15", i64 5, i64 %".14"
  %".17" = sub i64 %".16", 1
  %".18" = call i64 @"llvm.ctlz.i64"(i64 %".17", i1 0)
  %".19" = sub i64 64, %".18"
  %".20" = shl i64 1, %".19"
  %".21" = select  i1 %".15", i64 4, i64 %".20"
  %".22" = call ptr @"seq_rt_map_rebuild"(ptr %".4", i64 %".21", i1 1)
  call void @"seq_decref"(i64 %".1")
  ret ptr %".22"
entry.endif:
  %".25" = getelementptr i8, ptr %".4", i64 24
  %".26" = load i64, ptr %".25"
  %".27" = icmp sge i64 %".26", %".8"
  %".28" = and i1 %".2", %".27"
  br i1 %".28", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".30" = add i64 %".6", 1
  %".31" = mul i64 %".30", 2
  %".32" = icmp sgt i64 %".31", %".8"
  %".33" = mul i64 %".8", 2
  %".34" = select  i1 %".32", i64 %".33", i64 %".8"
  %".35" = call ptr @"seq_rt_map_rebuild"(ptr %".4", i64 %".34", i1 0)
  ret ptr %".35"
entry.endif.endif:
  ret ptr %".4"
}

define i64 @"seq_rt_map_set"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = call i64 @"seq_rt_map_hash"(i64 %".2", [42 x i8]* @"seq_str.6d61702e7365743a206b6579206d75737420626520496e74.8d82eda8db02")
  %".6" = call ptr @"seq_rt_map_unique"(i64 %".1", i1 1)
  %".7" = call i64 @"seq_rt_map_find"(ptr %".6", i64 %".2", i64 %".5")
  %".8" = icmp sge i64 %".7", 0
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  %".10" = mul i64 %".7", 24
  %".11" = getelementptr i8, ptr %".6", i64 40
  %".12" = getelementptr i8, ptr %".11", i64 %".10"
  %".13" = getelementptr i8, ptr %".12", i64 16
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr i8, ptr %".12", i64 16
  store i64 %".3", ptr %".15"
  call void @"seq_decref"(i64 %".14")
  call void @"seq_decref"(i64 %".2")
  br label %"entry.endif"
entry.else:
  call void @"seq_rt_map_insert_new"(ptr %".6", i64 %".2", i64 %".5", i64 %".3")
  br label %"entry.endif"
entry.endif:
  %".22" = ptrtoint ptr %".6" to i64
  ret i64 %".22"
}

define i64 @"seq_rt_map_remove"(i64 %".1", i64 %".2")
{
entry:
  %".4" = call i64 @"seq_rt_map_hash"(i64 %".2", [45 x i8]* @"seq_str.6d61702e72656d6f76653a206b6579206d75737420626520.a31e384df217")
  %".5" = inttoptr i64 %".1" to ptr
  %".6" = call i64 @"seq_rt_map_find"(ptr %".5", i64 %".2", i64 %".4")
  %".7" = icmp slt i64 %".6", 0
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".2")
  ret i64 %".1"
entry.endif:
  %".11" = call ptr @"seq_rt_map_unique"(i64 %".1", i1 0)
  %".12" = call i64 @"seq_rt_map_find"(ptr %".11", i64 %".2", i64 %".4")
  %".13" = mul i64 %".12", 24
  %".14" = getelementptr i8, ptr %".11", i64 40
  %".15" = getelementptr i8, ptr %".14", i64 %".13"
  %".16" = getelementptr i8, ptr %".15", i64 8
  %".17" = load i64, ptr %".16"
  call void @"seq_decref"(i64 %".17")
  %".19" = getelementptr i8, ptr %".15", i64 16
  %".20" = load i64, ptr %".19"
  call void @"seq_decref"(i64 %".20")
  store i64 0, ptr %".15"
  %".23" = getelementptr i8, ptr %".15", i64 8
  store i64 0, ptr %".23"
  %".25" = getelementptr i8, ptr %".15", i64 16
  store i64 0, ptr %".25"
  %".27" = getelementptr i8, ptr %".11", i64 16
  %".28" = load i64, ptr %".27"
  %".29" = sub i64 %".28", 1
  %".30" = getelementptr i8, ptr %".11", i64 16
  store i64 %".29", ptr %".30"
  call void @"seq_decref"(i64 %".2")
  %".33" = ptrtoint ptr %".11" to i64
  ret i64 %".33"
}

define {i64, i64} @"seq_rt_map_get"(i64 %".1", i64 %".2")
{
entry:
  %".8" = alloca i64
  %".4" = call i64 @"seq_rt_map_hash"(i64 %".2", [42 x i8]* @"seq_str.6d61702e6765743a206b6579206d75737420626520496e74.685547bce157")
  %".5" = inttoptr i64 %".1" to ptr
  %".6" = call i64 @"seq_rt_map_find"(ptr %".5", i64 %".2", i64 %".4")
  %".7" = icmp sge i64 %".6", 0
  store i64 1, i64* %".8"
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  %".11" = mul i64 %".6", 24
  %".12" = inttoptr i64 %".1" to ptr
  %".13" = getelementptr i8, ptr %".12", i64 40
  %".14" = getelementptr i8, ptr %".13", i64 %".11"
  %".15" = getelementptr i8, ptr %".14", i64 16
  %".16" = load i64, ptr %".15"
  call void @"seq_incref"(i64 %".16")
  store i64 %".16", i64* %".8"
  br label %"entry.endif"
entry.endif:
  call void @"seq_decref"(i64 %".2")
  call void @"seq_decref"(i64 %".1")
  %".22" = load i64, i64* %".8"
  %".23" = select  i1 %".7", i64 2, i64 0
  %".24" = insertvalue {i64, i64} undef, i64 %".22", 0
  %".25" = insertvalue {i64, i64} %".24", i64 %".23", 1
  ret {i64, i64} %".25"
}

define i64 @"seq_rt_map_has"(i64 %".1", i64 %".2")
{
entry:
  %".8" = alloca i64
  %".4" = call i64 @"seq_rt_map_hash"(i64 %".2", [43 x i8]* @"seq_str.6d61702e6861733f3a206b6579206d75737420626520496e.4936becdc059")
  %".5" = inttoptr i64 %".1" to ptr
  %".6" = call i64 @"seq_rt_map_find"(ptr %".5", i64 %".2", i64 %".4")
  %".7" = icmp sge i64 %".6", 0
  store i64 1, i64* %".8"
  call void @"seq_decref"(i64 %".2")
  call void @"seq_decref"(i64 %".1")
  %".12" = load i64, i64* %".8"
  %".13" = select  i1 %".7", i64 2, i64 0
  ret i64 %".13"
}

define i64 @"seq_rt_map_keys"(i64 %".1")
{
entry:
  %".14" = alloca i64
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 16
  %".5" = load i64, ptr %".4"
  %".6" = icmp sle i64 %".5", 4
  %".7" = select  i1 %".6", i64 5, i64 %".5"
  %".8" = sub i64 %".7", 1
  %".9" = call i64 @"llvm.ctlz.i64"(i64 %".8", i1 0)
  %".10" = sub i64 64, %".9"
  %".11" = shl i64 1, %".10"
  %".12" = select  i1 %".6", i64 4, i64 %".11"
  %".13" = call ptr @"seq_rt_variant_new"(i64 ptrtoint ({i64, i64, i64, [4 x i8]}* @"seq_rt_list_tag" to i64), i64 %".5", i64 %".12")
  store i64 0, i64* %".14"
  %".16" = getelementptr i8, ptr %".3", i64 24
  %".17" = load i64, ptr %".16"
  br label %"for.head"
for.head:
  %".19" = phi  i64 [0, %"entry"], [%".40", %"for.body.endif"]
  %".20" = icmp slt i64 %".19", %".17"
  br i1 %".20", label %"for.body", label %"for.end"
for.body:
  %".22" = mul i64 %".19", 24
  %".23" = inttoptr i64 %".1" to ptr
  %".24" = getelementptr i8, ptr %".23", i64 40
  %".25" = getelementptr i8, ptr %".24", i64 %".22"
  %".26" = load i64, ptr %".25"
  %".27" = icmp ne i64 %".26", 0
  br i1 %".27", label %"for.body.if", label %"for.body.endif"
for.end:
  call void @"seq_decref"(i64 %".1")
  %".43" = ptrtoint ptr %".13" to i64
  ret i64 %".43"
for.body.if:
  %".29" = getelementptr i8, ptr %".25", i64 8
  %".30" = load i64, ptr %".29"
  call void @"seq_incref"(i64 %".30")
  %".32" = load i64, i64* %".14"
  %".33" = getelementptr i8, ptr %".13", i64 32
  %".34" = getelementptr i64, ptr %".33", i64 %".32"
  store i64 %".30", ptr %".34"
  %".36" = load i64, i64* %".14"
  %".37" = add i64 %".36", 1
  store i64 %".37", i64* %".14"
  br label %"for.body.endif"
for.body.endif:
  %".40" = add i64 %".19", 1
  br label %"for.head"
}

define i64 @"seq_rt_map_values"(i64 %".1")
{
entry:
  %".14" = alloca i64
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 16
  %".5" = load i64, ptr %".4"
  %".6" = icmp sle i64 %".5", 4
  %".7" = select  i1 %".6", i64 5, i64 %".5"
  %".8" = sub i64 %".7", 1
  %".9" = call i64 @"llvm.ctlz.i64"(i64 %".8", i1 0)
  %".10" = sub i64 64, %".9"
  %".11" = shl i64 1, %".10"
  %".12" = select  i1 %".6", i64 4, i64 %".11"
  %".13" = call ptr @"seq_rt_variant_new"(i64 ptrtoint ({i64, i64, i64, [4 x i8]}* @"seq_rt_list_tag" to i64), i64 %".5", i64 %".12")
  store i64 0, i64* %".14"
  %".16" = getelementptr i8, ptr %".3", i64 24
  %".17" = load i64, ptr %".16"
  br label %"for.head"
for.head:
  %".19" = phi  i64 [0, %"entry"], [%".40", %"for.body.endif"]
  %".20" = icmp slt i64 %".19", %".17"
  br i1 %".20", label %"for.body", label %"for.end"
for.body:
  %".22" = mul i64 %".19", 24
  %".23" = inttoptr i64 %".1" to ptr
  %".24" = getelementptr i8, ptr %".23", i64 40
  %".25" = getelementptr i8, ptr %".24", i64 %".22"
  %".26" = load i64, ptr %".25"
  %".27" = icmp ne i64 %".26", 0
  br i1 %".27", label %"for.body.if", label %"for.body.endif"
for.end:
  call void @"seq_decref"(i64 %".1")
  %".43" = ptrtoint ptr %".13" to i64
  ret i64 %".43"
for.body.if:
  %".29" = getelementptr i8, ptr %".25", i64 16
  %".30" = load i64, ptr %".29"
  call void @"seq_incref"(i64 %".30")
  %".32" = load i64, i64* %".14"
  %".33" = getelementptr i8, ptr %".13", i64 32
  %".34" = getelementptr i64, ptr %".33", i64 %".32"
  store i64 %".30", ptr %".34"
  %".36" = load i64, i64* %".14"
  %".37" = add i64 %".36", 1
  store i64 %".37", i64* %".14"
  br label %"for.body.endif"
for.body.endif:
  %".40" = add i64 %".19", 1
  br label %"for.head"
}

define ptr @"seq_rt_map_each"(ptr %".1")
{
entry:
  %".9" = alloca ptr
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".8" = getelementptr i64, ptr %".7", i64 0
  store ptr %".8", ptr %".9"
  %".11" = inttoptr i64 %".6" to ptr
  %".12" = getelementptr i8, ptr %".11", i64 24
  %".13" = load i64, ptr %".12"
  br label %"for.head"
for.head:
  %".15" = phi  i64 [0, %"entry"], [%".40", %"for.body.endif"]
  %".16" = icmp slt i64 %".15", %".13"
  br i1 %".16", label %"for.body", label %"for.end"
for.body:
  %".18" = mul i64 %".15", 24
  %".19" = inttoptr i64 %".6" to ptr
  %".20" = getelementptr i8, ptr %".19", i64 40
  %".21" = getelementptr i8, ptr %".20", i64 %".18"
  %".22" = load i64, ptr %".21"
  %".23" = icmp ne i64 %".22", 0
  br i1 %".23", label %"for.body.if", label %"for.body.endif"
for.end:
  call void @"seq_decref"(i64 %".6")
  call void @"seq_decref"(i64 %".4")
  %".44" = load ptr, ptr %".9"
  ret ptr %".44"
for.body.if:
  %".25" = getelementptr i8, ptr %".21", i64 8
  %".26" = load i64, ptr %".25"
  %".27" = getelementptr i8, ptr %".21", i64 16
  %".28" = load i64, ptr %".27"
  call void @"seq_incref"(i64 %".26")
  call void @"seq_incref"(i64 %".28")
  %".31" = load ptr, ptr %".9"
  %".32" = getelementptr i64, ptr %".31", i64 0
  store i64 %".26", ptr %".32"
  %".34" = getelementptr i64, ptr %".31", i64 1
  store i64 %".28", ptr %".34"
  %".36" = getelementptr i64, ptr %".31", i64 2
  %".37" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".36")
  store ptr %".37", ptr %".9"
  br label %"for.body.endif"
for.body.endif:
  %".40" = add i64 %".15", 1
  br label %"for.head"
}

define ptr @"seq_rt_map_fold"(ptr %".1")
{
entry:
  %".12" = alloca ptr
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551613
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i64, ptr %".1", i64 18446744073709551613
  %".8" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".9" = load i64, ptr %".8"
  store i64 %".9", ptr %".7"
  %".11" = getelementptr i64, ptr %".7", i64 1
  store ptr %".11", ptr %".12"
  %".14" = inttoptr i64 %".6" to ptr
  %".15" = getelementptr i8, ptr %".14", i64 24
  %".16" = load i64, ptr %".15"
  br label %"for.head"
for.head:
  %".18" = phi  i64 [0, %"entry"], [%".43", %"for.body.endif"]
  %".19" = icmp slt i64 %".18", %".16"
  br i1 %".19", label %"for.body", label %"for.end"
for.body:
  %".21" = mul i64 %".18", 24
  %".22" = inttoptr i64 %".6" to ptr
  %".23" = getelementptr i8, ptr %".22", i64 40
  %".24" = getelementptr i8, ptr %".23", i64 %".21"
  %".25" = load i64, ptr %".24"
  %".26" = icmp ne i64 %".25", 0
  br i1 %".26", label %"for.body.if", label %"for.body.endif"
for.end:
  call void @"seq_decref"(i64 %".6")
  call void @"seq_decref"(i64 %".4")
  %".47" = load ptr, ptr %".12"
  ret ptr %".47"
for.body.if:
  %".28" = getelementptr i8, ptr %".24", i64 8
  %".29" = load i64, ptr %".28"
  %".30" = getelementptr i8, ptr %".24", i64 16
  %".31" = load i64, ptr %".30"
  call void @"seq_incref"(i64 %".29")
  call void @"seq_incref"(i64 %".31")
  %".34" = load ptr, ptr %".12"
  %".35" = getelementptr i64, ptr %".34", i64 0
  store i64 %".29", ptr %".35"
  %".37" = getelementptr i64, ptr %".34", i64 1
  store i64 %".31", ptr %".37"
  %".39" = getelementptr i64, ptr %".34", i64 2
  %".40" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".39")
  store ptr %".40", ptr %".12"
  br label %"for.body.endif"
for.body.endif:
  %".43" = add i64 %".18", 1
  br label %"for.head"
}

define void @"seq_rt_map_drop"(ptr %".1")
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 24
  %".4" = load i64, ptr %".3"
  br label %"for.head"
for.head:
  %".6" = phi  i64 [0, %"entry"], [%".22", %"for.body.endif"]
  %".7" = icmp slt i64 %".6", %".4"
  br i1 %".7", label %"for.body", label %"for.end"
for.body:
  %".9" = mul i64 %".6", 24
  %".10" = getelementptr i8, ptr %".1", i64 40
  %".11" = getelementptr i8, ptr %".10", i64 %".9"
  %".12" = load i64, ptr %".11"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"for.body.if", label %"for.body.endif"
for.end:
  ret void
for.body.if:
  %".15" = getelementptr i8, ptr %".11", i64 8
  %".16" = load i64, ptr %".15"
  call void @"seq_decref"(i64 %".16")
  %".18" = getelementptr i8, ptr %".11", i64 16
  %".19" = load i64, ptr %".18"
  call void @"seq_decref"(i64 %".19")
  br label %"for.body.endif"
for.body.endif:
  %".22" = add i64 %".6", 1
  br label %"for.head"
}

define void @"seq_rt_host_compress_gzip"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_compress_gzip"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_compress_gzip_level"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_compress_gzip_level"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_compress_gunzip"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_compress_gunzip"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_compress_zstd"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_compress_zstd"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_compress_zstd_level"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_compress_zstd_level"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_compress_unzstd"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_compress_unzstd"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

declare void @"seq_ctx_switch"(ptr %".1", ptr %".2")

declare void @"seq_strand_trampoline"()

define void @"seq_rt_interrupted"()
{
entry:
  store i64 0, i64* @"seq_interrupt_flag"
  call void @"seq_rt_panic"([12 x i8]* @"seq_str.696e746572727570746564.454a1cf68110")
  unreachable
}

define void @"seq_rt_incref"(i64 %".1")
{
entry:
  call void @"seq_incref"(i64 %".1")
  ret void
}

define void @"seq_rt_decref"(i64 %".1")
{
entry:
  call void @"seq_decref"(i64 %".1")
  ret void
}

define internal void @"seq_waitq_enqueue"(ptr %".1", ptr %".2") alwaysinline
{
entry:
  %".4" = getelementptr i8, ptr %".2", i64 56
  store ptr null, ptr %".4"
  %".6" = getelementptr i8, ptr %".1", i64 8
  %".7" = load ptr, ptr %".6"
  %".8" = icmp eq ptr %".7", null
  br i1 %".8", label %"entry.if", label %"entry.else"
entry.if:
  store ptr %".2", ptr %".1"
  br label %"entry.endif"
entry.else:
  %".12" = getelementptr i8, ptr %".7", i64 56
  store ptr %".2", ptr %".12"
  br label %"entry.endif"
entry.endif:
  %".15" = getelementptr i8, ptr %".1", i64 8
  store ptr %".2", ptr %".15"
  ret void
}

define internal void @"seq_waitq_push"(ptr %".1", ptr %".2") alwaysinline
{
entry:
  %".4" = load ptr, ptr %".1"
  %".5" = getelementptr i8, ptr %".2", i64 56
  store ptr %".4", ptr %".5"
  store ptr %".2", ptr %".1"
  %".8" = icmp eq ptr %".4", null
  br i1 %".8", label %"entry.if", label %"entry.endif"
entry.if:
  %".10" = getelementptr i8, ptr %".1", i64 8
  store ptr %".2", ptr %".10"
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal ptr @"seq_waitq_dequeue"(ptr %".1") alwaysinline
{
entry:
  %".3" = load ptr, ptr %".1"
  %".4" = icmp ne ptr %".3", null
  br i1 %".4", label %"entry.if", label %"entry.endif", !prof !1
entry.if:
  %".6" = getelementptr i8, ptr %".3", i64 56
  %".7" = load ptr, ptr %".6"
  store ptr %".7", ptr %".1"
  %".9" = icmp eq ptr %".7", null
  br i1 %".9", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  ret ptr %".3"
entry.if.if:
  %".11" = getelementptr i8, ptr %".1", i64 8
  store ptr null, ptr %".11"
  br label %"entry.if.endif"
entry.if.endif:
  br label %"entry.endif"
}

define internal void @"seq_waitq_remove"(ptr %".1", ptr %".2")
{
entry:
  %".6" = alloca ptr
  %".4" = alloca ptr
  store ptr %".1", ptr %".4"
  store ptr null, ptr %".6"
  br label %"loop.head"
loop.head:
  %".9" = load ptr, ptr %".4"
  %".10" = load ptr, ptr %".9"
  %".11" = icmp eq ptr %".10", null
  br i1 %".11", label %"loop.end", label %"loop.on"
loop.end:
  ret void
loop.on:
  %".13" = icmp eq ptr %".10", %".2"
  br i1 %".13", label %"loop.on.if", label %"loop.on.endif"
loop.on.if:
  %".15" = getelementptr i8, ptr %".2", i64 56
  %".16" = load ptr, ptr %".15"
  %".17" = load ptr, ptr %".4"
  store ptr %".16", ptr %".17"
  %".19" = getelementptr i8, ptr %".1", i64 8
  %".20" = load ptr, ptr %".19"
  %".21" = icmp eq ptr %".20", %".2"
  br i1 %".21", label %"loop.on.if.if", label %"loop.on.if.endif"
loop.on.endif:
  br i1 %".13", label %"loop.end", label %"loop.on.1"
loop.on.if.if:
  %".23" = load ptr, ptr %".6"
  %".24" = getelementptr i8, ptr %".1", i64 8
  store ptr %".23", ptr %".24"
  br label %"loop.on.if.endif"
loop.on.if.endif:
  br label %"loop.on.endif"
loop.on.1:
  store ptr %".10", ptr %".6"
  %".30" = getelementptr i8, ptr %".10", i64 56
  store ptr %".30", ptr %".4"
  br label %"loop.head"
}

define internal void @"seq_waitq_insert_by_wake"(ptr %".1", ptr %".2")
{
entry:
  %".8" = alloca ptr
  %".6" = alloca ptr
  %".4" = getelementptr i8, ptr %".2", i64 64
  %".5" = load i64, ptr %".4"
  store ptr %".1", ptr %".6"
  br label %"loop.head"
loop.head:
  %".10" = load ptr, ptr %".6"
  %".11" = load ptr, ptr %".10"
  store ptr %".11", ptr %".8"
  %".13" = load ptr, ptr %".8"
  %".14" = icmp eq ptr %".13", null
  br i1 %".14", label %"loop.end", label %"loop.on"
loop.end:
  %".25" = load ptr, ptr %".8"
  %".26" = getelementptr i8, ptr %".2", i64 56
  store ptr %".25", ptr %".26"
  %".28" = load ptr, ptr %".6"
  store ptr %".2", ptr %".28"
  %".30" = icmp eq ptr %".25", null
  br i1 %".30", label %"loop.end.if", label %"loop.end.endif"
loop.on:
  %".16" = load ptr, ptr %".8"
  %".17" = getelementptr i8, ptr %".16", i64 64
  %".18" = load i64, ptr %".17"
  %".19" = icmp sgt i64 %".18", %".5"
  br i1 %".19", label %"loop.end", label %"loop.on.1"
loop.on.1:
  %".21" = load ptr, ptr %".8"
  %".22" = getelementptr i8, ptr %".21", i64 56
  store ptr %".22", ptr %".6"
  br label %"loop.head"
loop.end.if:
  %".32" = getelementptr i8, ptr %".1", i64 8
  store ptr %".2", ptr %".32"
  br label %"loop.end.endif"
loop.end.endif:
  ret void
}

declare ptr @"mmap"(ptr %".1", i64 %".2", i32 %".3", i32 %".4", i32 %".5", i64 %".6")

declare i32 @"mprotect"(ptr %".1", i64 %".2", i32 %".3")

declare i32 @"munmap"(ptr %".1", i64 %".2")

declare i32 @"usleep"(i32 %".1")

declare ptr @"llvm.stacksave.p0"()

define void @"seq_sched_push_front"(ptr %".1")
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 48
  store i64 1, ptr %".3"
  %".5" = ptrtoint [2 x i64]* @"seq_runq" to i64
  %".6" = inttoptr i64 %".5" to ptr
  call void @"seq_waitq_push"(ptr %".6", ptr %".1")
  ret void
}

define void @"seq_sched_push_back"(ptr %".1")
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 48
  store i64 1, ptr %".3"
  %".5" = ptrtoint [2 x i64]* @"seq_runq" to i64
  %".6" = inttoptr i64 %".5" to ptr
  call void @"seq_waitq_enqueue"(ptr %".6", ptr %".1")
  ret void
}

define void @"seq_sched_switch"(i64 %".1")
{
entry:
  %".3" = load i64, i64* @"seq_out_used"
  %".4" = icmp ne i64 %".3", 0
  br i1 %".4", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"seq_rt_flush"()
  br label %"entry.endif"
entry.endif:
  %".8" = load ptr, ptr @"seq_current"
  store i64 %".1", i64* @"seq_switch_reason"
  %".10" = load ptr, ptr @"seq_system_sp"
  call void @"seq_ctx_switch"(ptr %".8", ptr %".10")
  %".12" = getelementptr i8, ptr %".8", i64 128
  %".13" = load i64, ptr %".12"
  store i64 %".13", i64* @"seq_stack_guard"
  %".15" = getelementptr i8, ptr %".8", i64 152
  %".16" = load i64, ptr %".15"
  store i64 %".16", i64* @"seq_ds_limit"
  ret void
}

define void @"seq_sched_block"(i64 %".1")
{
entry:
  %".3" = load ptr, ptr @"seq_current"
  %".4" = getelementptr i8, ptr %".3", i64 48
  store i64 %".1", ptr %".4"
  call void @"seq_sched_switch"(i64 0)
  ret void
}

define void @"seq_rt_yield"()
{
entry:
  %".2" = load ptr, ptr @"seq_current"
  %".3" = icmp ne ptr %".2", null
  br i1 %".3", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_sched_push_back"(ptr %".2")
  call void @"seq_sched_switch"(i64 0)
  br label %"entry.endif"
entry.endif:
  ret void
}

define void @"seq_rt_on_system_stack"(ptr %".1", ptr %".2")
{
entry:
  %".4" = load ptr, ptr @"seq_current"
  %".5" = icmp eq ptr %".4", null
  br i1 %".5", label %"entry.if", label %"entry.else"
entry.if:
  %".7" = ptrtoint ptr %".1" to i64
  %".8" = inttoptr i64 %".7" to void (ptr)*
  call void %".8"(ptr %".2")
  br label %"entry.endif"
entry.else:
  store ptr %".1", ptr @"seq_host_thunk"
  store ptr %".2", ptr @"seq_host_block"
  call void @"seq_sched_switch"(i64 2)
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal ptr @"seq_region_take"(i64 %".1")
{
entry:
  %".3" = load ptr, ptr @"seq_stack_pool"
  %".4" = icmp ne ptr %".3", null
  br i1 %".4", label %"entry.if", label %"entry.endif", !prof !1
entry.if:
  %".6" = getelementptr i8, ptr %".3", i64 4096
  %".7" = load ptr, ptr %".6"
  store ptr %".7", ptr @"seq_stack_pool"
  ret ptr %".3"
entry.endif:
  %".10" = load i64, i64* @"seq_region_budget"
  %".11" = load i64, i64* @"seq_regions_mapped"
  %".12" = icmp sge i64 %".10", 0
  %".13" = add i64 %".10", %".1"
  %".14" = icmp sge i64 %".11", %".13"
  %".15" = and i1 %".12", %".14"
  br i1 %".15", label %"entry.endif.if", label %"entry.endif.endif", !prof !0
entry.endif.if:
  ret ptr null
entry.endif.endif:
  %".18" = load i64, i64* @"seq_native_stack_size"
  %".19" = add i64 %".18", 8400896
  %".20" = call ptr @"mmap"(ptr null, i64 %".19", i32 3, i32 16418, i32 -1, i64 0)
  %".21" = ptrtoint ptr %".20" to i64
  %".22" = icmp eq i64 %".21", 18446744073709551615
  br i1 %".22", label %"entry.endif.endif.if", label %"entry.endif.endif.endif", !prof !0
entry.endif.endif.if:
  ret ptr null
entry.endif.endif.endif:
  %".25" = load i64, i64* @"seq_native_stack_size"
  %".26" = add i64 %".25", 4096
  %".27" = add i64 %".21", %".26"
  %".28" = add i64 %".27", 8392704
  %".29" = inttoptr i64 %".21" to ptr
  %".30" = call i32 @"mprotect"(ptr %".29", i64 4096, i32 0)
  %".31" = icmp ne i32 %".30", 0
  br i1 %".31", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif", !prof !0
entry.endif.endif.endif.if:
  %".33" = call i32 @"munmap"(ptr %".20", i64 %".19")
  ret ptr null
entry.endif.endif.endif.endif:
  %".35" = inttoptr i64 %".27" to ptr
  %".36" = call i32 @"mprotect"(ptr %".35", i64 4096, i32 0)
  %".37" = icmp ne i32 %".36", 0
  br i1 %".37", label %"entry.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif", !prof !0
entry.endif.endif.endif.endif.if:
  %".39" = call i32 @"munmap"(ptr %".20", i64 %".19")
  ret ptr null
entry.endif.endif.endif.endif.endif:
  %".41" = inttoptr i64 %".28" to ptr
  %".42" = call i32 @"mprotect"(ptr %".41", i64 4096, i32 0)
  %".43" = icmp ne i32 %".42", 0
  br i1 %".43", label %"entry.endif.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif.endif", !prof !0
entry.endif.endif.endif.endif.endif.if:
  %".45" = call i32 @"munmap"(ptr %".20", i64 %".19")
  ret ptr null
entry.endif.endif.endif.endif.endif.endif:
  %".47" = add i64 %".11", 1
  store i64 %".47", i64* @"seq_regions_mapped"
  ret ptr %".20"
}

define internal void @"seq_region_give"(ptr %".1")
{
entry:
  %".3" = load ptr, ptr @"seq_stack_pool"
  %".4" = getelementptr i8, ptr %".1", i64 4096
  store ptr %".3", ptr %".4"
  store ptr %".1", ptr @"seq_stack_pool"
  ret void
}

define internal i64 @"seq_strand_prepare"(ptr %".1")
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 144
  %".4" = load i64, ptr %".3"
  %".5" = and i64 %".4", 1
  %".6" = icmp ne i64 %".5", 0
  %".7" = select  i1 %".6", i64 64, i64 0
  %".8" = call ptr @"seq_region_take"(i64 %".7")
  %".9" = icmp eq ptr %".8", null
  br i1 %".9", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  ret i64 0
entry.endif:
  %".12" = getelementptr i8, ptr %".1", i64 8
  store ptr %".8", ptr %".12"
  %".14" = ptrtoint ptr %".8" to i64
  %".15" = load i64, i64* @"seq_native_stack_size"
  %".16" = add i64 %".15", 4096
  %".17" = add i64 %".14", %".16"
  %".18" = add i64 %".17", 4096
  %".19" = getelementptr i8, ptr %".1", i64 16
  store i64 %".18", ptr %".19"
  %".21" = add i64 %".18", 8388608
  %".22" = getelementptr i8, ptr %".1", i64 24
  store i64 %".21", ptr %".22"
  %".24" = add i64 %".18", 8323072
  %".25" = getelementptr i8, ptr %".1", i64 152
  store i64 %".24", ptr %".25"
  %".27" = getelementptr i8, ptr %".1", i64 168
  %".28" = load i64, ptr %".27"
  %".29" = getelementptr i8, ptr %".1", i64 160
  %".30" = load ptr, ptr %".29"
  %".31" = icmp sgt i64 %".28", 0
  br i1 %".31", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".33" = inttoptr i64 %".18" to ptr
  %".34" = mul i64 %".28", 8
  %".35" = call ptr @"memcpy"(ptr %".33", ptr %".30", i64 %".34")
  call void @"free"(ptr %".30")
  %".37" = getelementptr i8, ptr %".1", i64 160
  store ptr null, ptr %".37"
  br label %"entry.endif.endif"
entry.endif.endif:
  %".40" = mul i64 %".28", 8
  %".41" = add i64 %".18", %".40"
  %".42" = inttoptr i64 %".41" to ptr
  %".43" = getelementptr i8, ptr %".1", i64 96
  store ptr %".42", ptr %".43"
  %".45" = and i64 %".17", 18446744073709551600
  %".46" = sub i64 %".45", 72
  %".47" = inttoptr i64 %".46" to ptr
  %".48" = ptrtoint void ()* @"seq_strand_trampoline" to i64
  %".49" = getelementptr i64, ptr %".47", i64 0
  store i64 0, ptr %".49"
  %".51" = getelementptr i64, ptr %".47", i64 1
  store i64 0, ptr %".51"
  %".53" = getelementptr i64, ptr %".47", i64 2
  store i64 0, ptr %".53"
  %".55" = getelementptr i64, ptr %".47", i64 3
  store i64 0, ptr %".55"
  %".57" = getelementptr i64, ptr %".47", i64 4
  store i64 0, ptr %".57"
  %".59" = getelementptr i64, ptr %".47", i64 5
  store i64 0, ptr %".59"
  %".61" = getelementptr i64, ptr %".47", i64 6
  store i64 %".48", ptr %".61"
  %".63" = getelementptr i64, ptr %".47", i64 7
  store i64 0, ptr %".63"
  %".65" = getelementptr i64, ptr %".47", i64 8
  store i64 0, ptr %".65"
  store ptr %".47", ptr %".1"
  %".68" = add i64 %".14", 36864
  %".69" = getelementptr i8, ptr %".1", i64 128
  store i64 %".68", ptr %".69"
  ret i64 1
}

define ptr @"seq_strand_new"(i64 %".1", ptr %".2", ptr %".3")
{
entry:
  %".23" = alloca i64
  %".5" = call ptr @"malloc"(i64 184)
  %".6" = icmp eq ptr %".5", null
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".8" = load ptr, ptr @"seq_current"
  %".9" = icmp ne ptr %".8", null
  br i1 %".9", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  %".14" = call ptr @"memset"(ptr %".5", i32 0, i64 184)
  %".15" = getelementptr i8, ptr %".5", i64 32
  store i64 %".1", ptr %".15"
  %".17" = load i64, i64* @"seq_next_strand_id"
  %".18" = add i64 %".17", 1
  store i64 %".18", i64* @"seq_next_strand_id"
  %".20" = getelementptr i8, ptr %".5", i64 40
  store i64 %".17", ptr %".20"
  %".22" = load ptr, ptr @"seq_current"
  store i64 0, i64* %".23"
  %".25" = icmp ne ptr %".22", null
  br i1 %".25", label %"entry.endif.if", label %"entry.endif.endif"
entry.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.if.endif:
  ret ptr %".5"
entry.endif.if:
  %".27" = getelementptr i8, ptr %".22", i64 176
  %".28" = load i64, ptr %".27"
  store i64 %".28", i64* %".23"
  br label %"entry.endif.endif"
entry.endif.endif:
  %".31" = load i64, i64* %".23"
  %".32" = getelementptr i8, ptr %".5", i64 176
  store i64 %".31", ptr %".32"
  %".34" = inttoptr i64 %".1" to ptr
  %".35" = getelementptr i8, ptr %".34", i64 24
  %".36" = load i64, ptr %".35"
  %".37" = icmp eq i64 %".36", 0
  %".38" = ptrtoint ptr %".2" to i64
  %".39" = ptrtoint ptr %".3" to i64
  %".40" = sub i64 %".39", %".38"
  %".41" = sdiv i64 %".40", 8
  %".42" = select  i1 %".37", i64 %".41", i64 0
  %".43" = getelementptr i8, ptr %".5", i64 168
  store i64 %".42", ptr %".43"
  %".45" = icmp sgt i64 %".42", 0
  br i1 %".45", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".47" = mul i64 %".42", 8
  %".48" = call ptr @"malloc"(i64 %".47")
  %".49" = icmp eq ptr %".48", null
  br i1 %".49", label %"entry.endif.endif.if.if", label %"entry.endif.endif.if.endif", !prof !0
entry.endif.endif.endif:
  %".70" = load ptr, ptr @"seq_strands"
  %".71" = getelementptr i8, ptr %".5", i64 112
  store ptr null, ptr %".71"
  %".73" = getelementptr i8, ptr %".5", i64 120
  store ptr %".70", ptr %".73"
  %".75" = icmp ne ptr %".70", null
  br i1 %".75", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.if.if:
  %".51" = load ptr, ptr @"seq_current"
  %".52" = icmp ne ptr %".51", null
  br i1 %".52", label %"entry.endif.endif.if.if.if", label %"entry.endif.endif.if.if.endif"
entry.endif.endif.if.endif:
  %".57" = icmp eq ptr %".48", null
  br i1 %".57", label %"entry.endif.endif.if.endif.if", label %"entry.endif.endif.if.endif.endif", !prof !0
entry.endif.endif.if.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.endif.endif.if.if.endif:
  br label %"entry.endif.endif.if.endif"
entry.endif.endif.if.endif.if:
  call void @"free"(ptr %".5")
  %".60" = load ptr, ptr @"seq_current"
  %".61" = icmp ne ptr %".60", null
  br i1 %".61", label %"entry.endif.endif.if.endif.if.if", label %"entry.endif.endif.if.endif.if.endif"
entry.endif.endif.if.endif.endif:
  %".66" = getelementptr i8, ptr %".5", i64 160
  store ptr %".48", ptr %".66"
  call void @"seq_rt_copy_values"(ptr %".48", ptr %".2", i64 %".42")
  br label %"entry.endif.endif.endif"
entry.endif.endif.if.endif.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.endif.endif.if.endif.if.endif:
  ret ptr null
entry.endif.endif.endif.if:
  %".77" = getelementptr i8, ptr %".70", i64 112
  store ptr %".5", ptr %".77"
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  store ptr %".5", ptr @"seq_strands"
  %".81" = load i64, i64* @"seq_live_strands"
  %".82" = add i64 %".81", 1
  store i64 %".82", i64* @"seq_live_strands"
  ret ptr %".5"
}

define void @"seq_strand_free"(ptr %".1")
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 112
  %".4" = load ptr, ptr %".3"
  %".5" = getelementptr i8, ptr %".1", i64 120
  %".6" = load ptr, ptr %".5"
  %".7" = icmp eq ptr %".4", null
  br i1 %".7", label %"entry.if", label %"entry.else"
entry.if:
  store ptr %".6", ptr @"seq_strands"
  br label %"entry.endif"
entry.else:
  %".11" = getelementptr i8, ptr %".4", i64 120
  store ptr %".6", ptr %".11"
  br label %"entry.endif"
entry.endif:
  %".14" = icmp ne ptr %".6", null
  br i1 %".14", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".16" = getelementptr i8, ptr %".6", i64 112
  store ptr %".4", ptr %".16"
  br label %"entry.endif.endif"
entry.endif.endif:
  %".19" = getelementptr i8, ptr %".1", i64 8
  %".20" = load ptr, ptr %".19"
  %".21" = icmp ne ptr %".20", null
  br i1 %".21", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  call void @"seq_region_give"(ptr %".20")
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif:
  %".25" = getelementptr i8, ptr %".1", i64 160
  %".26" = load ptr, ptr %".25"
  %".27" = icmp ne ptr %".26", null
  br i1 %".27", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  %".29" = getelementptr i8, ptr %".1", i64 168
  %".30" = load i64, ptr %".29"
  call void @"seq_rt_drop_values"(ptr %".26", i64 %".30")
  call void @"free"(ptr %".26")
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  call void @"free"(ptr %".1")
  %".35" = load i64, i64* @"seq_live_strands"
  %".36" = sub i64 %".35", 1
  store i64 %".36", i64* @"seq_live_strands"
  ret void
}

define void @"seq_strand_entry"()
{
entry:
  %".2" = load ptr, ptr @"seq_current"
  %".3" = getelementptr i8, ptr %".2", i64 128
  %".4" = load i64, ptr %".3"
  store i64 %".4", i64* @"seq_stack_guard"
  %".6" = getelementptr i8, ptr %".2", i64 152
  %".7" = load i64, ptr %".6"
  store i64 %".7", i64* @"seq_ds_limit"
  %".9" = getelementptr i8, ptr %".2", i64 144
  %".10" = load i64, ptr %".9"
  %".11" = and i64 %".10", 2
  %".12" = icmp ne i64 %".11", 0
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  %".14" = getelementptr i8, ptr %".2", i64 96
  %".15" = load ptr, ptr %".14"
  %".16" = getelementptr i8, ptr %".2", i64 104
  %".17" = load i64, ptr %".16"
  call void @"seq_incref"(i64 %".17")
  store i64 %".17", ptr %".15"
  %".20" = inttoptr i64 %".17" to ptr
  %".21" = getelementptr i8, ptr %".20", i64 32
  %".22" = load i64, ptr %".21"
  %".23" = getelementptr i64, ptr %".15", i64 1
  store i64 %".22", ptr %".23"
  %".25" = getelementptr i64, ptr %".15", i64 2
  %".26" = getelementptr i8, ptr %".2", i64 96
  store ptr %".25", ptr %".26"
  br label %"entry.endif"
entry.endif:
  %".29" = getelementptr i8, ptr %".2", i64 32
  %".30" = load i64, ptr %".29"
  %".31" = getelementptr i8, ptr %".2", i64 96
  %".32" = load ptr, ptr %".31"
  %".33" = call {ptr, ptr} @"seq_closure_enter"(i64 %".30", ptr %".32")
  %".34" = getelementptr i8, ptr %".2", i64 32
  store i64 1, ptr %".34"
  %".36" = extractvalue {ptr, ptr} %".33", 1
  %".37" = extractvalue {ptr, ptr} %".33", 0
  %".38" = ptrtoint ptr %".36" to i64
  %".39" = inttoptr i64 %".38" to ptr (ptr)*
  %".40" = call ptr %".39"(ptr %".37")
  %".41" = getelementptr i8, ptr %".2", i64 136
  store ptr %".40", ptr %".41"
  br i1 %".12", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  call void @"seq_rt_weave_finished"(ptr %".40")
  unreachable
entry.endif.endif:
  %".46" = getelementptr i8, ptr %".2", i64 48
  store i64 5, ptr %".46"
  call void @"seq_sched_switch"(i64 1)
  unreachable
}

define i64 @"seq_rt_spawn"(i64 %".1", ptr %".2")
{
entry:
  %".23" = alloca i64
  %".4" = load ptr, ptr @"seq_stack_pool"
  %".5" = icmp eq ptr %".4", null
  br i1 %".5", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".7" = call ptr @"seq_region_take"(i64 0)
  %".8" = icmp eq ptr %".7", null
  br i1 %".8", label %"entry.if.if", label %"entry.if.endif", !prof !0
entry.endif:
  %".21" = ptrtoint ptr %".2" to i64
  %".22" = load ptr, ptr @"seq_current"
  store i64 %".21", i64* %".23"
  %".25" = icmp ne ptr %".22", null
  br i1 %".25", label %"entry.endif.if", label %"entry.endif.endif"
entry.if.if:
  %".10" = load ptr, ptr @"seq_current"
  %".11" = icmp ne ptr %".10", null
  br i1 %".11", label %"entry.if.if.if", label %"entry.if.if.endif"
entry.if.endif:
  %".16" = icmp ne ptr %".7", null
  br i1 %".16", label %"entry.if.endif.if", label %"entry.if.endif.endif"
entry.if.if.if:
  call void @"seq_rt_panic"([70 x i8]* @"seq_str.737472616e642e737061776e3a206f7574206f66206d656d.091d1180622e")
  unreachable
entry.if.if.endif:
  br label %"entry.if.endif"
entry.if.endif.if:
  call void @"seq_region_give"(ptr %".7")
  br label %"entry.if.endif.endif"
entry.if.endif.endif:
  br label %"entry.endif"
entry.endif.if:
  %".27" = getelementptr i8, ptr %".22", i64 16
  %".28" = load i64, ptr %".27"
  store i64 %".28", i64* %".23"
  br label %"entry.endif.endif"
entry.endif.endif:
  %".31" = load i64, i64* %".23"
  %".32" = inttoptr i64 %".31" to ptr
  %".33" = call ptr @"seq_strand_new"(i64 %".1", ptr %".32", ptr %".2")
  call void @"seq_sched_push_front"(ptr %".33")
  %".35" = getelementptr i8, ptr %".33", i64 40
  %".36" = load i64, ptr %".35"
  ret i64 %".36"
}

define ptr @"seq_rt_watched_strand"(i64 %".1", ptr %".2", ptr %".3")
{
entry:
  %".5" = call ptr @"seq_strand_new"(i64 %".1", ptr %".2", ptr %".3")
  %".6" = icmp eq ptr %".5", null
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  ret ptr %".5"
entry.endif:
  %".9" = getelementptr i8, ptr %".5", i64 144
  store i64 1, ptr %".9"
  call void @"seq_sched_push_front"(ptr %".5")
  ret ptr %".5"
}

define void @"seq_rt_sleep_until"(i64 %".1")
{
entry:
  %".3" = load ptr, ptr @"seq_current"
  %".4" = icmp eq ptr %".3", null
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  br label %"while.head"
entry.endif:
  %".22" = getelementptr i8, ptr %".3", i64 64
  store i64 %".1", ptr %".22"
  %".24" = ptrtoint [2 x i64]* @"seq_sleepers" to i64
  %".25" = inttoptr i64 %".24" to ptr
  call void @"seq_waitq_insert_by_wake"(ptr %".25", ptr %".3")
  call void @"seq_sched_block"(i64 4)
  ret void
while.head:
  %".7" = call i64 @"seq_rt_nanos"()
  %".8" = icmp slt i64 %".7", %".1"
  br i1 %".8", label %"while.body", label %"while.end"
while.body:
  %".10" = call i64 @"seq_rt_nanos"()
  %".11" = sub i64 %".1", %".10"
  %".12" = sdiv i64 %".11", 1000
  %".13" = icmp sgt i64 %".12", 0
  br i1 %".13", label %"while.body.if", label %"while.body.endif"
while.end:
  ret void
while.body.if:
  %".15" = icmp sgt i64 %".12", 100000
  %".16" = select  i1 %".15", i64 100000, i64 %".12"
  %".17" = trunc i64 %".16" to i32
  %".18" = call i32 @"usleep"(i32 %".17")
  br label %"while.body.endif"
while.body.endif:
  br label %"while.head"
}

define internal void @"seq_sched_wake_due"(i64 %".1")
{
entry:
  %".7" = alloca i64
  %".3" = ptrtoint [2 x i64]* @"seq_sleepers" to i64
  %".4" = inttoptr i64 %".3" to ptr
  br label %"while.head"
while.head:
  %".6" = load ptr, ptr %".4"
  store i64 9223372036854775807, i64* %".7"
  %".9" = icmp ne ptr %".6", null
  br i1 %".9", label %"while.head.if", label %"while.head.endif"
while.body:
  %".18" = call ptr @"seq_waitq_dequeue"(ptr %".4")
  call void @"seq_sched_push_back"(ptr %".18")
  br label %"while.head"
while.end:
  ret void
while.head.if:
  %".11" = getelementptr i8, ptr %".6", i64 64
  %".12" = load i64, ptr %".11"
  store i64 %".12", i64* %".7"
  br label %"while.head.endif"
while.head.endif:
  %".15" = load i64, i64* %".7"
  %".16" = icmp sle i64 %".15", %".1"
  br i1 %".16", label %"while.body", label %"while.end"
}

define void @"seq_rt_data_overflow"()
{
entry:
  call void @"seq_rt_panic"([20 x i8]* @"seq_str.6461746120737461636b206f766572666c6f77.828ad673036b")
  unreachable
}

define void @"seq_rt_attention"()
{
entry:
  %".3" = alloca i64
  %".2" = load ptr, ptr @"seq_current"
  store i64 0, i64* %".3"
  %".5" = icmp ne ptr %".2", null
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  %".7" = getelementptr i8, ptr %".2", i64 128
  %".8" = load i64, ptr %".7"
  store i64 %".8", i64* %".3"
  br label %"entry.endif"
entry.endif:
  %".11" = load i64, i64* %".3"
  store i64 %".11", i64* @"seq_stack_guard"
  %".13" = load i64, i64* @"seq_interrupt_flag"
  %".14" = icmp ne i64 %".13", 0
  br i1 %".14", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  call void @"seq_rt_interrupted"()
  br label %"entry.endif.endif"
entry.endif.endif:
  %".18" = load i64, i64* @"seq_preempt_flag"
  %".19" = icmp ne i64 %".18", 0
  br i1 %".19", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  store i64 0, i64* @"seq_preempt_flag"
  call void @"seq_rt_yield"()
  ret void
entry.endif.endif.endif:
  %".24" = call ptr @"llvm.stacksave.p0"()
  %".25" = ptrtoint ptr %".24" to i64
  %".26" = icmp ult i64 %".25", %".11"
  br i1 %".26", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  call void @"seq_rt_panic"([15 x i8]* @"seq_str.737461636b206f766572666c6f77.d68d82dd41f4")
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  ret void
}

define i64 @"seq_sched_run"(i64 %".1")
{
entry:
  %".22" = alloca i64
  br label %"loop.head"
loop.head:
  %".4" = load i64, i64* @"seq_host_wants_control"
  %".5" = icmp ne i64 %".4", 0
  br i1 %".5", label %"loop.head.if", label %"loop.head.endif"
loop.end:
  unreachable
loop.head.if:
  store i64 0, i64* @"seq_host_wants_control"
  ret i64 4
loop.head.endif:
  %".9" = call i64 @"seq_io_service"(i64 %".1")
  %".10" = ptrtoint [2 x i64]* @"seq_sleepers" to i64
  %".11" = inttoptr i64 %".10" to ptr
  %".12" = load ptr, ptr %".11"
  %".13" = icmp ne ptr %".12", null
  br i1 %".13", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".15" = call i64 @"seq_rt_nanos"()
  call void @"seq_sched_wake_due"(i64 %".15")
  br label %"loop.head.endif.endif"
loop.head.endif.endif:
  %".18" = ptrtoint [2 x i64]* @"seq_runq" to i64
  %".19" = inttoptr i64 %".18" to ptr
  %".20" = call ptr @"seq_waitq_dequeue"(ptr %".19")
  %".21" = icmp eq ptr %".20", null
  store i64 18446744073709551615, i64* %".22"
  br i1 %".21", label %"loop.head.endif.endif.if", label %"loop.head.endif.endif.else"
loop.head.endif.endif.if:
  %".25" = call i64 @"seq_sched_idle"(i64 %".1", i64 %".9")
  store i64 %".25", i64* %".22"
  br label %"loop.head.endif.endif.endif"
loop.head.endif.endif.else:
  %".28" = call i64 @"seq_sched_execute"(ptr %".20")
  store i64 %".28", i64* %".22"
  br label %"loop.head.endif.endif.endif"
loop.head.endif.endif.endif:
  %".31" = load i64, i64* %".22"
  %".32" = icmp ne i64 %".31", 18446744073709551615
  br i1 %".32", label %"loop.head.endif.endif.endif.if", label %"loop.head.endif.endif.endif.endif"
loop.head.endif.endif.endif.if:
  %".34" = load i64, i64* %".22"
  ret i64 %".34"
loop.head.endif.endif.endif.endif:
  br label %"loop.head"
}

define internal i64 @"seq_sched_idle"(i64 %".1", i64 %".2") alwaysinline
{
entry:
  %".4" = icmp ne i64 %".2", 0
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  %".6" = icmp eq i64 %".1", 0
  br i1 %".6", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  %".12" = ptrtoint [2 x i64]* @"seq_sleepers" to i64
  %".13" = inttoptr i64 %".12" to ptr
  %".14" = load ptr, ptr %".13"
  %".15" = icmp eq ptr %".14", null
  br i1 %".15", label %"entry.endif.if", label %"entry.endif.endif"
entry.if.if:
  %".8" = call i64 @"seq_rt_nanos"()
  store i64 %".8", i64* @"seq_next_wake"
  ret i64 1
entry.if.endif:
  ret i64 18446744073709551615
entry.endif.if:
  ret i64 0
entry.endif.endif:
  %".18" = getelementptr i8, ptr %".14", i64 64
  %".19" = load i64, ptr %".18"
  store i64 %".19", i64* @"seq_next_wake"
  %".21" = icmp eq i64 %".1", 0
  br i1 %".21", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  ret i64 1
entry.endif.endif.endif:
  %".24" = call i64 @"seq_rt_nanos"()
  %".25" = sub i64 %".19", %".24"
  %".26" = sdiv i64 %".25", 1000
  %".27" = icmp sgt i64 %".26", 0
  br i1 %".27", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  %".29" = icmp sgt i64 %".26", 100000
  %".30" = select  i1 %".29", i64 100000, i64 %".26"
  %".31" = trunc i64 %".30" to i32
  %".32" = call i32 @"usleep"(i32 %".31")
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  ret i64 18446744073709551615
}

define internal i64 @"seq_sched_execute"(ptr %".1") alwaysinline
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 8
  %".4" = load ptr, ptr %".3"
  %".5" = icmp eq ptr %".4", null
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  %".7" = call i64 @"seq_strand_prepare"(ptr %".1")
  %".8" = icmp eq i64 %".7", 0
  br i1 %".8", label %"entry.if.if", label %"entry.if.endif", !prof !0
entry.endif:
  %".18" = getelementptr i8, ptr %".1", i64 48
  store i64 2, ptr %".18"
  store ptr %".1", ptr @"seq_current"
  %".21" = getelementptr i8, ptr %".1", i64 128
  %".22" = load i64, ptr %".21"
  store i64 %".22", i64* @"seq_stack_guard"
  %".24" = getelementptr i8, ptr %".1", i64 152
  %".25" = load i64, ptr %".24"
  store i64 %".25", i64* @"seq_ds_limit"
  %".27" = ptrtoint ptr @"seq_system_sp" to i64
  %".28" = inttoptr i64 %".27" to ptr
  %".29" = load ptr, ptr %".1"
  call void @"seq_ctx_switch"(ptr %".28", ptr %".29")
  %".31" = load ptr, ptr @"seq_current"
  store ptr null, ptr @"seq_current"
  store i64 0, i64* @"seq_stack_guard"
  store i64 18446744073709551615, i64* @"seq_ds_limit"
  %".35" = load i64, i64* @"seq_switch_reason"
  %".36" = icmp eq i64 %".35", 2
  br i1 %".36", label %"entry.endif.if", label %"entry.endif.endif"
entry.if.if:
  %".10" = load i64, i64* @"seq_unwind_armed"
  %".11" = icmp ne i64 %".10", 0
  br i1 %".11", label %"entry.if.if.if", label %"entry.if.if.endif"
entry.if.endif:
  br label %"entry.endif"
entry.if.if.if:
  store ptr %".1", ptr @"seq_current"
  br label %"entry.if.if.endif"
entry.if.if.endif:
  call void @"seq_rt_panic"([56 x i8]* @"seq_str.6f7574206f66206d656d6f72793a206e6f20726f6f6d2066.333486c9ce14")
  unreachable
entry.endif.if:
  %".38" = load ptr, ptr @"seq_host_thunk"
  %".39" = load ptr, ptr @"seq_host_block"
  %".40" = ptrtoint ptr %".38" to i64
  %".41" = inttoptr i64 %".40" to void (ptr)*
  call void %".41"(ptr %".39")
  call void @"seq_sched_push_front"(ptr %".31")
  ret i64 18446744073709551615
entry.endif.endif:
  %".45" = icmp eq i64 %".35", 1
  br i1 %".45", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".47" = call i64 @"seq_sched_retire"(ptr %".31")
  ret i64 %".47"
entry.endif.endif.endif:
  ret i64 18446744073709551615
}

define internal i64 @"seq_sched_retire"(ptr %".1") alwaysinline
{
entry:
  %".3" = load i64, i64* @"seq_finished_count"
  %".4" = ptrtoint [64 x i64]* @"seq_finished_ids" to i64
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = srem i64 %".3", 64
  %".7" = getelementptr i64, ptr %".5", i64 %".6"
  %".8" = getelementptr i8, ptr %".1", i64 40
  %".9" = load i64, ptr %".8"
  store i64 %".9", ptr %".7"
  %".11" = add i64 %".3", 1
  store i64 %".11", i64* @"seq_finished_count"
  %".13" = getelementptr i8, ptr %".1", i64 144
  %".14" = load i64, ptr %".13"
  %".15" = and i64 %".14", 1
  %".16" = icmp ne i64 %".15", 0
  br i1 %".16", label %"entry.if", label %"entry.endif"
entry.if:
  %".18" = ptrtoint ptr %".1" to i64
  store i64 %".18", i64* @"seq_watched_done"
  ret i64 2
entry.endif:
  %".21" = getelementptr i8, ptr %".1", i64 16
  %".22" = load i64, ptr %".21"
  %".23" = getelementptr i8, ptr %".1", i64 136
  %".24" = load ptr, ptr %".23"
  %".25" = inttoptr i64 %".22" to ptr
  %".26" = ptrtoint ptr %".24" to i64
  %".27" = sub i64 %".26", %".22"
  %".28" = sdiv i64 %".27", 8
  call void @"seq_rt_drop_values"(ptr %".25", i64 %".28")
  call void @"seq_strand_free"(ptr %".1")
  ret i64 18446744073709551615
}

define ptr @"seq_rt_cond"(ptr %".1")
{
entry:
  %".16" = alloca i64
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = and i64 %".4", 1
  %".6" = icmp eq i64 %".5", 0
  br i1 %".6", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"seq_rt_panic"([25 x i8]* @"seq_str.636f6e643a20657870656374656420496e7420636f756e74.a7f3865d0dce")
  unreachable
entry.endif:
  %".10" = ashr i64 %".4", 1
  %".11" = icmp slt i64 %".10", 1
  br i1 %".11", label %"entry.endif.if", label %"entry.endif.endif", !prof !0
entry.endif.if:
  call void @"seq_rt_panic"([44 x i8]* @"seq_str.636f6e643a206e656564206174206c65617374206f6e6520.c431d91d2bb5")
  unreachable
entry.endif.endif:
  %".15" = load ptr, ptr @"seq_current"
  store i64 0, i64* %".16"
  %".18" = icmp ne ptr %".15", null
  br i1 %".18", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".20" = getelementptr i8, ptr %".15", i64 16
  %".21" = load i64, ptr %".20"
  store i64 %".21", i64* %".16"
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif:
  %".24" = load i64, i64* %".16"
  %".25" = ptrtoint ptr %".1" to i64
  %".26" = sub i64 %".25", %".24"
  %".27" = sdiv i64 %".26", 8
  %".28" = sub i64 %".27", 2
  %".29" = sdiv i64 %".28", 2
  %".30" = icmp slt i64 %".29", %".10"
  br i1 %".30", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif", !prof !0
entry.endif.endif.endif.if:
  call void @"seq_rt_panic"([22 x i8]* @"seq_str.636f6e643a20737461636b20756e646572666c6f77.05e03bfbc637")
  unreachable
entry.endif.endif.endif.endif:
  %".34" = mul i64 %".10", 2
  %".35" = sub i64 18446744073709551615, %".34"
  %".36" = getelementptr i64, ptr %".1", i64 %".35"
  %".37" = mul i64 %".10", 16
  %".38" = call ptr @"malloc"(i64 %".37")
  %".39" = icmp eq ptr %".38", null
  br i1 %".39", label %"entry.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif", !prof !0
entry.endif.endif.endif.endif.if:
  %".41" = load ptr, ptr @"seq_current"
  %".42" = icmp ne ptr %".41", null
  br i1 %".42", label %"entry.endif.endif.endif.endif.if.if", label %"entry.endif.endif.endif.endif.if.endif"
entry.endif.endif.endif.endif.endif:
  %".47" = call ptr @"memcpy"(ptr %".38", ptr %".36", i64 %".37")
  %".48" = mul i64 %".10", 2
  br label %"for.head"
entry.endif.endif.endif.endif.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.endif.endif.endif.endif.if.endif:
  br label %"entry.endif.endif.endif.endif.endif"
for.head:
  %".50" = phi  i64 [0, %"entry.endif.endif.endif.endif.endif"], [%".74", %"for.body.endif.endif.endif"]
  %".51" = icmp slt i64 %".50", %".48"
  br i1 %".51", label %"for.body", label %"for.end"
for.body:
  %".53" = getelementptr i64, ptr %".36", i64 %".50"
  %".54" = load i64, ptr %".53"
  %".55" = and i64 %".54", 1
  %".56" = icmp eq i64 %".55", 0
  %".57" = icmp ugt i64 %".54", 2
  %".58" = and i1 %".56", %".57"
  br i1 %".58", label %"for.body.if", label %"for.body.endif", !prof !1
for.end:
  br label %"for.head.1"
for.body.if:
  %".60" = inttoptr i64 %".54" to ptr
  %".61" = getelementptr i8, ptr %".60", i64 8
  %".62" = load i64, ptr %".61"
  %".63" = icmp ne i64 %".62", 6
  br label %"for.body.endif"
for.body.endif:
  %".65" = phi  i1 [1, %"for.body"], [%".63", %"for.body.if"]
  %".66" = trunc i64 %".50" to i1
  %".67" = and i1 %".65", %".66"
  br i1 %".67", label %"for.body.endif.if", label %"for.body.endif.endif", !prof !0
for.body.endif.if:
  call void @"seq_rt_panic"([30 x i8]* @"seq_str.636f6e643a20657870656374656420626f64792051756f74.196c716897b8")
  unreachable
for.body.endif.endif:
  br i1 %".65", label %"for.body.endif.endif.if", label %"for.body.endif.endif.endif", !prof !0
for.body.endif.endif.if:
  call void @"seq_rt_panic"([35 x i8]* @"seq_str.636f6e643a20657870656374656420707265646963617465.c18d84e2a9d2")
  unreachable
for.body.endif.endif.endif:
  %".74" = add i64 %".50", 1
  br label %"for.head"
for.head.1:
  %".77" = phi  i64 [0, %"for.end"], [%".115", %"for.body.1.endif.endif"]
  %".78" = icmp slt i64 %".77", %".10"
  br i1 %".78", label %"for.body.1", label %"for.end.1"
for.body.1:
  %".80" = mul i64 %".77", 2
  %".81" = getelementptr i64, ptr %".38", i64 %".80"
  %".82" = load i64, ptr %".81"
  call void @"seq_incref"(i64 %".82")
  %".84" = call {ptr, ptr} @"seq_closure_enter"(i64 %".82", ptr %".36")
  %".85" = extractvalue {ptr, ptr} %".84", 1
  %".86" = extractvalue {ptr, ptr} %".84", 0
  %".87" = ptrtoint ptr %".85" to i64
  %".88" = inttoptr i64 %".87" to ptr (ptr)*
  %".89" = call ptr %".88"(ptr %".86")
  %".90" = getelementptr i64, ptr %".89", i64 18446744073709551615
  %".91" = load i64, ptr %".90"
  %".92" = or i64 %".91", 2
  %".93" = icmp ne i64 %".92", 2
  br i1 %".93", label %"for.body.1.if", label %"for.body.1.endif", !prof !0
for.end.1:
  call void @"seq_rt_panic"([27 x i8]* @"seq_str.636f6e643a206e6f20707265646963617465206d61746368.cb393540815d")
  unreachable
for.body.1.if:
  call void @"seq_rt_panic"([33 x i8]* @"seq_str.636f6e643a20707265646963617465206d75737420726574.857606eb56bc")
  unreachable
for.body.1.endif:
  %".97" = load i64, ptr %".90"
  %".98" = icmp ne i64 %".97", 0
  br i1 %".98", label %"for.body.1.endif.if", label %"for.body.1.endif.endif"
for.body.1.endif.if:
  %".100" = mul i64 %".77", 2
  %".101" = add i64 %".100", 1
  %".102" = getelementptr i64, ptr %".38", i64 %".101"
  %".103" = load i64, ptr %".102"
  call void @"seq_incref"(i64 %".103")
  %".105" = call {ptr, ptr} @"seq_closure_enter"(i64 %".103", ptr %".90")
  %".106" = extractvalue {ptr, ptr} %".105", 1
  %".107" = extractvalue {ptr, ptr} %".105", 0
  %".108" = ptrtoint ptr %".106" to i64
  %".109" = inttoptr i64 %".108" to ptr (ptr)*
  %".110" = call ptr %".109"(ptr %".107")
  %".111" = mul i64 %".10", 2
  call void @"seq_rt_drop_values"(ptr %".38", i64 %".111")
  call void @"free"(ptr %".38")
  ret ptr %".110"
for.body.1.endif.endif:
  %".115" = add i64 %".77", 1
  br label %"for.head.1"
}

define void @"seq_rt_stack_index_error"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = icmp eq i64 %".1", 1
  %".6" = select  i1 %".5", i64 ptrtoint ([5 x i8]* @"seq_str.726f6c6c.50466c7d9b21" to i64), i64 ptrtoint ([5 x i8]* @"seq_str.7069636b.368940544632" to i64)
  %".7" = inttoptr i64 %".6" to ptr
  %".8" = icmp slt i64 %".2", 0
  br i1 %".8", label %"entry.if", label %"entry.endif"
entry.if:
  %".10" = call i32 (ptr, i64, ptr, ...) @"snprintf"([256 x i8]* @"seq_panic_text", i64 256, [40 x i8]* @"seq_str.25733a20696e6465782063616e6e6f74206265206e656761.a75b2cf12eb1", ptr %".7", i64 %".2")
  call void @"seq_rt_panic"([256 x i8]* @"seq_panic_text")
  unreachable
entry.endif:
  %".13" = add i64 %".2", 1
  %".14" = call i32 (ptr, i64, ptr, ...) @"snprintf"([256 x i8]* @"seq_panic_text", i64 256, [68 x i8]* @"seq_str.25733a20696e64657820256c6c6420657863656564732073.c692155e2e81", ptr %".7", i64 %".2", i64 %".3", i64 %".13")
  call void @"seq_rt_panic"([256 x i8]* @"seq_panic_text")
  unreachable
}

define void @"seq_rt_host_crypto_sha256"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_sha256"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_hmac_sha256"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_hmac_sha256"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_constant_time_eq"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_constant_time_eq"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_random_bytes"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_random_bytes"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_random_int"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_random_int"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_uuid4"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_uuid4"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_aes_gcm_encrypt"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_aes_gcm_encrypt"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_aes_gcm_decrypt"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_aes_gcm_decrypt"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_pbkdf2_sha256"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_pbkdf2_sha256"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_ed25519_keypair"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_ed25519_keypair"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_ed25519_sign"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_ed25519_sign"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_crypto_ed25519_verify"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_crypto_ed25519_verify"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_file_slurp"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_file_slurp"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_file_exists_p"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_file_exists_p"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_file_spit"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_file_spit"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_file_append"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_file_append"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_file_delete"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_file_delete"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_file_size"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_file_size"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_dir_exists_p"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_dir_exists_p"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_dir_make"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_dir_make"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_dir_delete"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_dir_delete"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_dir_list"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_dir_list"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define ptr @"seq_rt_file_for_each_line"(ptr %".1")
{
entry:
  %".25" = alloca i64, i32 3
  %".20" = alloca i64
  %".18" = alloca ptr
  %".7" = alloca i64, i32 3
  %".3" = getelementptr i64, ptr %".1", i64 18446744073709551615
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr i64, ptr %".1", i64 18446744073709551614
  %".6" = load i64, ptr %".5"
  %".8" = load ptr, ptr @"seq_host_file_lines_open"
  %".9" = ptrtoint ptr %".8" to i64
  %".10" = getelementptr i64, i64* %".7", i64 0
  store i64 %".9", i64* %".10"
  %".12" = getelementptr i64, i64* %".7", i64 1
  store i64 %".6", i64* %".12"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_i64", i64* %".7")
  %".15" = getelementptr i64, i64* %".7", i64 2
  %".16" = load i64, i64* %".15"
  call void @"seq_decref"(i64 %".6")
  store ptr %".5", ptr %".18"
  br label %"loop.head"
loop.head:
  store i64 2, i64* %".20"
  %".23" = icmp ne i64 %".16", 0
  br i1 %".23", label %"loop.head.if", label %"loop.head.endif"
loop.end:
  call void @"seq_decref"(i64 %".4")
  %".49" = load i64, i64* %".20"
  %".50" = icmp eq i64 %".49", 4
  br i1 %".50", label %"loop.end.if", label %"loop.end.endif"
loop.head.if:
  %".26" = load ptr, ptr @"seq_host_file_line"
  %".27" = ptrtoint ptr %".26" to i64
  %".28" = getelementptr i64, i64* %".25", i64 0
  store i64 %".27", i64* %".28"
  %".30" = getelementptr i64, i64* %".25", i64 1
  store i64 %".16", i64* %".30"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_i64", i64* %".25")
  %".33" = getelementptr i64, i64* %".25", i64 2
  %".34" = load i64, i64* %".33"
  store i64 %".34", i64* %".20"
  br label %"loop.head.endif"
loop.head.endif:
  %".37" = load i64, i64* %".20"
  %".38" = icmp ule i64 %".37", 6
  br i1 %".38", label %"loop.end", label %"loop.on"
loop.on:
  %".40" = load i64, i64* %".20"
  %".41" = load ptr, ptr %".18"
  store i64 %".40", ptr %".41"
  %".43" = load ptr, ptr %".18"
  %".44" = getelementptr i64, ptr %".43", i64 1
  %".45" = call ptr @"seq_rt_invoke"(i64 %".4", ptr %".44")
  store ptr %".45", ptr %".18"
  br label %"loop.head"
loop.end.if:
  call void @"seq_rt_interrupted"()
  unreachable
loop.end.endif:
  %".54" = load i64, i64* %".20"
  %".55" = icmp eq i64 %".54", 6
  br i1 %".55", label %"loop.end.endif.if", label %"loop.end.endif.endif"
loop.end.endif.if:
  call void @"seq_rt_panic"([97 x i8]* @"seq_str.66696c652e666f722d656163682d6c696e653a2061206c69.8585e3905d6e")
  unreachable
loop.end.endif.endif:
  %".59" = load i64, i64* %".20"
  %".60" = icmp eq i64 %".59", 0
  %".61" = select  i1 %".60", i64 2, i64 0
  %".62" = load ptr, ptr %".18"
  store i64 %".61", ptr %".62"
  %".64" = load ptr, ptr %".18"
  %".65" = getelementptr i64, ptr %".64", i64 1
  ret ptr %".65"
}

declare i32 @"poll"(ptr %".1", i64 %".2", i32 %".3")

define void @"seq_io_wait"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = load ptr, ptr @"seq_current"
  %".6" = icmp eq ptr %".5", null
  %".8" = alloca [1 x i64]
  br i1 %".6", label %"entry.if", label %"entry.endif"
entry.if:
  %".9" = ptrtoint [1 x i64]* %".8" to i64
  %".10" = inttoptr i64 %".9" to ptr
  %".11" = and i64 %".1", 4294967295
  %".12" = and i64 %".2", 65535
  %".13" = shl i64 %".12", 32
  %".14" = or i64 %".11", %".13"
  store i64 %".14", ptr %".10"
  %".16" = trunc i64 %".3" to i32
  %".17" = call i32 @"poll"(ptr %".10", i64 1, i32 %".16")
  ret void
entry.endif:
  %".19" = call ptr @"malloc"(i64 56)
  %".20" = icmp eq ptr %".19", null
  br i1 %".20", label %"entry.endif.if", label %"entry.endif.endif", !prof !0
entry.endif.if:
  %".22" = load ptr, ptr @"seq_current"
  %".23" = icmp ne ptr %".22", null
  br i1 %".23", label %"entry.endif.if.if", label %"entry.endif.if.endif"
entry.endif.endif:
  store ptr null, ptr %".19"
  %".29" = getelementptr i8, ptr %".19", i64 8
  store ptr null, ptr %".29"
  %".31" = getelementptr i8, ptr %".19", i64 16
  store i64 0, ptr %".31"
  %".33" = getelementptr i8, ptr %".19", i64 24
  store i64 %".1", ptr %".33"
  %".35" = getelementptr i8, ptr %".19", i64 32
  store i64 %".2", ptr %".35"
  %".37" = icmp slt i64 %".3", 0
  %".38" = call i64 @"seq_rt_nanos"()
  %".39" = mul i64 %".3", 1000000
  %".40" = add i64 %".38", %".39"
  %".41" = select  i1 %".37", i64 9223372036854775807, i64 %".40"
  %".42" = getelementptr i8, ptr %".19", i64 40
  store i64 %".41", ptr %".42"
  %".44" = load ptr, ptr @"seq_io_waiters"
  %".45" = getelementptr i8, ptr %".19", i64 48
  store ptr %".44", ptr %".45"
  store ptr %".19", ptr @"seq_io_waiters"
  %".48" = getelementptr i8, ptr %".5", i64 88
  store ptr %".19", ptr %".48"
  call void @"seq_waitq_enqueue"(ptr %".19", ptr %".5")
  call void @"seq_sched_block"(i64 3)
  ret void
entry.endif.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.endif.if.endif:
  br label %"entry.endif.endif"
}

define internal i64 @"seq_io_poll"(i64 %".1")
{
entry:
  %".102" = alloca i64
  %".100" = alloca i64
  %".98" = alloca ptr
  %".69" = alloca i64
  %".67" = alloca ptr
  %".7" = alloca i64
  %".5" = alloca i64
  %".3" = alloca ptr
  store ptr @"seq_io_waiters", ptr %".3"
  store i64 0, i64* %".5"
  store i64 9223372036854775807, i64* %".7"
  br label %"loop.head"
loop.head:
  %".10" = load ptr, ptr %".3"
  %".11" = load ptr, ptr %".10"
  %".12" = icmp eq ptr %".11", null
  br i1 %".12", label %"loop.end", label %"loop.on"
loop.end:
  %".36" = load i64, i64* %".5"
  %".37" = load i64, i64* %".7"
  %".38" = icmp eq i64 %".36", 0
  br i1 %".38", label %"loop.end.if", label %"loop.end.endif"
loop.on:
  %".14" = load ptr, ptr %".11"
  %".15" = icmp eq ptr %".14", null
  br i1 %".15", label %"loop.on.if", label %"loop.on.else"
loop.on.if:
  %".17" = getelementptr i8, ptr %".11", i64 48
  %".18" = load ptr, ptr %".17"
  %".19" = load ptr, ptr %".3"
  store ptr %".18", ptr %".19"
  call void @"free"(ptr %".11")
  br label %"loop.on.endif"
loop.on.else:
  %".23" = load i64, i64* %".5"
  %".24" = add i64 %".23", 1
  store i64 %".24", i64* %".5"
  %".26" = getelementptr i8, ptr %".11", i64 40
  %".27" = load i64, ptr %".26"
  %".28" = load i64, i64* %".7"
  %".29" = icmp slt i64 %".27", %".28"
  %".30" = select  i1 %".29", i64 %".27", i64 %".28"
  store i64 %".30", i64* %".7"
  %".32" = getelementptr i8, ptr %".11", i64 48
  store ptr %".32", ptr %".3"
  br label %"loop.on.endif"
loop.on.endif:
  br label %"loop.head"
loop.end.if:
  ret i64 0
loop.end.endif:
  %".41" = call i64 @"seq_rt_nanos"()
  store i64 %".41", i64* @"seq_io_last_poll"
  %".43" = sub i64 %".37", %".41"
  %".44" = icmp slt i64 %".43", 0
  %".45" = select  i1 %".44", i64 0, i64 %".43"
  %".46" = icmp ne i64 %".37", 9223372036854775807
  %".47" = icmp slt i64 %".1", 0
  %".48" = icmp slt i64 %".45", %".1"
  %".49" = select  i1 %".48", i64 %".45", i64 %".1"
  %".50" = select  i1 %".47", i64 %".45", i64 %".49"
  %".51" = select  i1 %".46", i64 %".50", i64 %".1"
  %".52" = icmp slt i64 %".51", 0
  %".53" = add i64 %".51", 999999
  %".54" = sdiv i64 %".53", 1000000
  %".55" = select  i1 %".52", i64 18446744073709551615, i64 %".54"
  %".56" = load i64, i64* @"seq_io_pollfd_cap"
  %".57" = icmp sgt i64 %".36", %".56"
  br i1 %".57", label %"loop.end.endif.if", label %"loop.end.endif.endif"
loop.end.endif.if:
  %".59" = load ptr, ptr @"seq_io_pollfds"
  %".60" = mul i64 %".36", 8
  %".61" = call ptr @"realloc"(ptr %".59", i64 %".60")
  store ptr %".61", ptr @"seq_io_pollfds"
  store i64 %".36", i64* @"seq_io_pollfd_cap"
  br label %"loop.end.endif.endif"
loop.end.endif.endif:
  %".65" = load ptr, ptr @"seq_io_pollfds"
  %".66" = load ptr, ptr @"seq_io_waiters"
  store ptr %".66", ptr %".67"
  store i64 0, i64* %".69"
  br label %"loop.head.1"
loop.head.1:
  %".72" = load ptr, ptr %".67"
  %".73" = icmp eq ptr %".72", null
  br i1 %".73", label %"loop.end.1", label %"loop.on.1"
loop.end.1:
  %".94" = trunc i64 %".55" to i32
  %".95" = call i32 @"poll"(ptr %".65", i64 %".36", i32 %".94")
  %".96" = icmp sgt i32 %".95", 0
  %".97" = call i64 @"seq_rt_nanos"()
  store ptr @"seq_io_waiters", ptr %".98"
  store i64 0, i64* %".100"
  store i64 0, i64* %".102"
  br label %"loop.head.2"
loop.on.1:
  %".75" = load ptr, ptr %".67"
  %".76" = getelementptr i8, ptr %".75", i64 24
  %".77" = load i64, ptr %".76"
  %".78" = getelementptr i8, ptr %".75", i64 32
  %".79" = load i64, ptr %".78"
  %".80" = and i64 %".77", 4294967295
  %".81" = and i64 %".79", 65535
  %".82" = shl i64 %".81", 32
  %".83" = or i64 %".80", %".82"
  %".84" = load i64, i64* %".69"
  %".85" = getelementptr i64, ptr %".65", i64 %".84"
  store i64 %".83", ptr %".85"
  %".87" = getelementptr i8, ptr %".75", i64 48
  %".88" = load ptr, ptr %".87"
  store ptr %".88", ptr %".67"
  %".90" = load i64, i64* %".69"
  %".91" = add i64 %".90", 1
  store i64 %".91", i64* %".69"
  br label %"loop.head.1"
loop.head.2:
  %".105" = load ptr, ptr %".98"
  %".106" = load ptr, ptr %".105"
  %".107" = icmp eq ptr %".106", null
  br i1 %".107", label %"loop.end.2", label %"loop.on.2"
loop.end.2:
  %".140" = load i64, i64* %".102"
  ret i64 %".140"
loop.on.2:
  %".109" = load i64, i64* %".100"
  %".110" = getelementptr i64, ptr %".65", i64 %".109"
  %".111" = getelementptr i16, ptr %".110", i64 3
  %".112" = load i16, ptr %".111"
  %".113" = icmp ne i16 %".112", 0
  %".114" = and i1 %".96", %".113"
  %".115" = getelementptr i8, ptr %".106", i64 40
  %".116" = load i64, ptr %".115"
  %".117" = icmp sle i64 %".116", %".97"
  %".118" = load i64, i64* %".100"
  %".119" = add i64 %".118", 1
  store i64 %".119", i64* %".100"
  %".121" = or i1 %".114", %".117"
  br i1 %".121", label %"loop.on.2.if", label %"loop.on.2.else"
loop.on.2.if:
  %".123" = getelementptr i8, ptr %".106", i64 48
  %".124" = load ptr, ptr %".123"
  %".125" = load ptr, ptr %".98"
  store ptr %".124", ptr %".125"
  %".127" = call ptr @"seq_waitq_dequeue"(ptr %".106")
  %".128" = getelementptr i8, ptr %".127", i64 88
  store ptr null, ptr %".128"
  call void @"seq_sched_push_front"(ptr %".127")
  call void @"free"(ptr %".106")
  %".132" = load i64, i64* %".102"
  %".133" = add i64 %".132", 1
  store i64 %".133", i64* %".102"
  br label %"loop.on.2.endif"
loop.on.2.else:
  %".136" = getelementptr i8, ptr %".106", i64 48
  store ptr %".136", ptr %".98"
  br label %"loop.on.2.endif"
loop.on.2.endif:
  br label %"loop.head.2"
}

define i64 @"seq_io_service"(i64 %".1")
{
entry:
  %".25" = alloca i64
  %".3" = load ptr, ptr @"seq_io_waiters"
  %".4" = icmp eq ptr %".3", null
  br i1 %".4", label %"entry.if", label %"entry.endif", !prof !1
entry.if:
  ret i64 0
entry.endif:
  %".7" = ptrtoint [2 x i64]* @"seq_runq" to i64
  %".8" = inttoptr i64 %".7" to ptr
  %".9" = load ptr, ptr %".8"
  %".10" = icmp ne ptr %".9", null
  br i1 %".10", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".12" = call i64 @"seq_rt_nanos"()
  %".13" = load i64, i64* @"seq_io_last_poll"
  %".14" = sub i64 %".12", %".13"
  %".15" = icmp sge i64 %".14", 1000000
  br i1 %".15", label %"entry.endif.if.if", label %"entry.endif.if.endif"
entry.endif.endif:
  %".20" = icmp ne i64 %".1", 0
  %".21" = select  i1 %".20", i64 50000000, i64 10000000
  %".22" = ptrtoint [2 x i64]* @"seq_sleepers" to i64
  %".23" = inttoptr i64 %".22" to ptr
  %".24" = load ptr, ptr %".23"
  store i64 9223372036854775807, i64* %".25"
  %".27" = icmp ne ptr %".24", null
  br i1 %".27", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.if.if:
  %".17" = call i64 @"seq_io_poll"(i64 0)
  br label %"entry.endif.if.endif"
entry.endif.if.endif:
  ret i64 1
entry.endif.endif.if:
  %".29" = getelementptr i8, ptr %".24", i64 64
  %".30" = load i64, ptr %".29"
  store i64 %".30", i64* %".25"
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif:
  %".33" = load i64, i64* %".25"
  %".34" = call i64 @"seq_rt_nanos"()
  %".35" = sub i64 %".33", %".34"
  %".36" = icmp slt i64 %".35", 0
  %".37" = select  i1 %".36", i64 0, i64 %".35"
  %".38" = icmp slt i64 %".37", %".21"
  %".39" = select  i1 %".38", i64 %".37", i64 %".21"
  %".40" = call i64 @"seq_io_poll"(i64 %".39")
  %".41" = load ptr, ptr @"seq_io_waiters"
  %".42" = icmp ne ptr %".41", null
  %".43" = zext i1 %".42" to i64
  ret i64 %".43"
}

define void @"seq_rt_net_net_dns_resolve"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_dns_resolve"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_listen"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_listen"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_connect"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_connect"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_accept"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_accept"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_local_port"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_local_port"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_read"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_read"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_write"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_write"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tcp_close"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tcp_close"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_udp_bind"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_udp_bind"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_udp_send_to"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_udp_send_to"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_udp_receive_from"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_udp_receive_from"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_udp_close"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_udp_close"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_tls_client"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_tls_client"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_http_get"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_http_get"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_http_delete"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_http_delete"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_http_post"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_http_post"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

define void @"seq_rt_net_net_http_put"(ptr %".1")
{
entry:
  %".4" = alloca i64, i32 3
  br label %"loop.head"
loop.head:
  %".5" = load ptr, ptr @"seq_host_net_net_http_put"
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = getelementptr i64, i64* %".4", i64 0
  store i64 %".6", i64* %".7"
  %".9" = ptrtoint ptr %".1" to i64
  %".10" = getelementptr i64, i64* %".4", i64 1
  store i64 %".9", i64* %".10"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".4")
  %".13" = load i64, ptr %".1"
  %".14" = icmp eq i64 %".13", 0
  br i1 %".14", label %"loop.head.if", label %"loop.head.endif", !prof !1
loop.end:
  ret void
loop.head.if:
  ret void
loop.head.endif:
  %".17" = and i64 %".13", 1
  %".18" = icmp eq i64 %".17", 0
  br i1 %".18", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  %".20" = inttoptr i64 %".13" to ptr
  call void @"seq_rt_panic"(ptr %".20")
  unreachable
loop.head.endif.endif:
  %".23" = getelementptr i64, ptr %".1", i64 2
  %".24" = load i64, ptr %".23"
  %".25" = lshr i64 %".13", 1
  %".26" = and i64 %".25", 127
  %".27" = ashr i64 %".13", 8
  call void @"seq_io_wait"(i64 %".27", i64 %".26", i64 %".24")
  br label %"loop.head"
}

declare ptr @"memmem"(ptr %".1", i64 %".2", ptr %".3", i64 %".4")

declare i64 @"read"(i32 %".1", ptr %".2", i64 %".3")

declare double @"strtod"(ptr %".1", ptr %".2")

declare i32 @"llvm.bswap.i32"(i32 %".1")

declare {i64, i1} @"llvm.smul.with.overflow.i64"(i64 %".1", i64 %".2")

declare {i64, i1} @"llvm.ssub.with.overflow.i64"(i64 %".1", i64 %".2")

define i64 @"seq_rt_string"(ptr %".1", i64 %".2")
{
entry:
  %".4" = add i64 %".2", 8
  %".5" = call ptr @"seq_rt_alloc"(i64 2, i64 %".4")
  %".6" = getelementptr i8, ptr %".5", i64 16
  store i64 %".2", ptr %".6"
  %".8" = getelementptr i8, ptr %".5", i64 24
  %".9" = call ptr @"memcpy"(ptr %".8", ptr %".1", i64 %".2")
  %".10" = ptrtoint ptr %".5" to i64
  ret i64 %".10"
}

define i64 @"seq_rt_string_of"(ptr %".1", i64 %".2")
{
entry:
  %".4" = icmp eq i64 %".2", 0
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif:
  %".7" = icmp eq i64 %".2", 1
  br i1 %".7", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".9" = getelementptr i8, ptr %".1", i64 0
  %".10" = load i8, ptr %".9"
  %".11" = zext i8 %".10" to i64
  %".12" = getelementptr [256 x {i64, i64, i64, [8 x i8]}], [256 x {i64, i64, i64, [8 x i8]}]* @"seq_rt_byte_strings", i64 0, i64 %".11"
  %".13" = ptrtoint [256 x {i64, i64, i64, [8 x i8]}]* %".12" to i64
  ret i64 %".13"
entry.endif.endif:
  %".15" = call i64 @"seq_rt_string"(ptr %".1", i64 %".2")
  ret i64 %".15"
}

define i64 @"seq_rt_string_new"(i64 %".1")
{
entry:
  %".3" = add i64 %".1", 8
  %".4" = call ptr @"seq_rt_alloc"(i64 2, i64 %".3")
  %".5" = getelementptr i8, ptr %".4", i64 16
  store i64 %".1", ptr %".5"
  %".7" = ptrtoint ptr %".4" to i64
  ret i64 %".7"
}

define i64 @"seq_rt_int_to_string"(i64 %".1")
{
entry:
  %".10" = alloca i64
  %".8" = alloca i64
  %".5" = alloca i8, i32 24
  %".3" = ashr i64 %".1", 1
  %".4" = icmp slt i64 %".3", 0
  %".6" = sub i64 0, %".3"
  %".7" = select  i1 %".4", i64 %".6", i64 %".3"
  store i64 %".7", i64* %".8"
  store i64 24, i64* %".10"
  br label %"loop.head"
loop.head:
  %".13" = load i64, i64* %".10"
  %".14" = sub i64 %".13", 1
  store i64 %".14", i64* %".10"
  %".16" = load i64, i64* %".10"
  %".17" = load i64, i64* %".8"
  %".18" = urem i64 %".17", 10
  %".19" = add i64 %".18", 48
  %".20" = trunc i64 %".19" to i8
  %".21" = getelementptr i8, i8* %".5", i64 %".16"
  store i8 %".20", i8* %".21"
  %".23" = load i64, i64* %".8"
  %".24" = udiv i64 %".23", 10
  store i64 %".24", i64* %".8"
  %".26" = load i64, i64* %".8"
  %".27" = icmp eq i64 %".26", 0
  br i1 %".27", label %"loop.end", label %"loop.on"
loop.end:
  br i1 %".4", label %"loop.end.if", label %"loop.end.endif"
loop.on:
  br label %"loop.head"
loop.end.if:
  %".31" = load i64, i64* %".10"
  %".32" = sub i64 %".31", 1
  store i64 %".32", i64* %".10"
  %".34" = load i64, i64* %".10"
  %".35" = trunc i64 45 to i8
  %".36" = getelementptr i8, i8* %".5", i64 %".34"
  store i8 %".35", i8* %".36"
  br label %"loop.end.endif"
loop.end.endif:
  %".39" = load i64, i64* %".10"
  %".40" = getelementptr i8, i8* %".5", i64 %".39"
  %".41" = load i64, i64* %".10"
  %".42" = sub i64 24, %".41"
  %".43" = call i64 @"seq_rt_string_of"(i8* %".40", i64 %".42")
  ret i64 %".43"
}

define i64 @"seq_rt_float_to_string"(double %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_float_to_string"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = bitcast double %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_double", i64* %".3")
  %".12" = getelementptr i64, i64* %".3", i64 2
  %".13" = load i64, i64* %".12"
  ret i64 %".13"
}

define void @"seq_rt_write"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  call void @"seq_rt_out"(ptr %".4", i64 %".6")
  call void @"seq_decref"(i64 %".1")
  ret void
}

define void @"seq_rt_write_line"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  call void @"seq_out_append"(ptr %".4", i64 %".6")
  call void @"seq_decref"(i64 %".1")
  call void @"seq_rt_out"([2 x i8]* @"seq_str.0a.102b51b9765a", i64 1)
  ret void
}

define i64 @"seq_rt_string_concat"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".2" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 24
  %".10" = getelementptr i8, ptr %".8", i64 16
  %".11" = load i64, ptr %".10"
  %".12" = add i64 %".7", %".11"
  %".13" = add i64 %".12", 8
  %".14" = call ptr @"seq_rt_alloc"(i64 2, i64 %".13")
  %".15" = getelementptr i8, ptr %".14", i64 16
  store i64 %".12", ptr %".15"
  %".17" = getelementptr i8, ptr %".14", i64 24
  %".18" = call ptr @"memcpy"(ptr %".17", ptr %".5", i64 %".7")
  %".19" = getelementptr i8, ptr %".17", i64 %".7"
  %".20" = call ptr @"memcpy"(ptr %".19", ptr %".9", i64 %".11")
  call void @"seq_decref"(i64 %".1")
  call void @"seq_decref"(i64 %".2")
  %".23" = ptrtoint ptr %".14" to i64
  ret i64 %".23"
}

define i1 @"seq_rt_bytes_equal"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".2" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 24
  %".10" = getelementptr i8, ptr %".8", i64 16
  %".11" = load i64, ptr %".10"
  %".12" = icmp ne i64 %".7", %".11"
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  ret i1 0
entry.endif:
  %".15" = call i32 @"memcmp"(ptr %".5", ptr %".9", i64 %".7")
  %".16" = icmp eq i32 %".15", 0
  ret i1 %".16"
}

define i64 @"seq_rt_string_slice"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = inttoptr i64 %".1" to ptr
  %".6" = getelementptr i8, ptr %".5", i64 24
  %".7" = getelementptr i8, ptr %".5", i64 16
  %".8" = load i64, ptr %".7"
  %".9" = icmp eq i64 %".2", 0
  %".10" = icmp eq i64 %".3", %".8"
  %".11" = and i1 %".9", %".10"
  br i1 %".11", label %"entry.if", label %"entry.endif"
entry.if:
  ret i64 %".1"
entry.endif:
  %".14" = icmp ugt i64 %".3", 1
  %".15" = and i1 %".9", %".14"
  %".16" = inttoptr i64 %".1" to ptr
  %".17" = load i64, ptr %".16"
  %".18" = icmp eq i64 %".17", 1
  %".19" = and i1 %".18", %".15"
  br i1 %".19", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".21" = inttoptr i64 %".1" to ptr
  %".22" = getelementptr i8, ptr %".21", i64 16
  store i64 %".3", ptr %".22"
  ret i64 %".1"
entry.endif.endif:
  %".25" = getelementptr i8, ptr %".6", i64 %".2"
  %".26" = sub i64 %".3", %".2"
  %".27" = call i64 @"seq_rt_string_of"(ptr %".25", i64 %".26")
  call void @"seq_decref"(i64 %".1")
  ret i64 %".27"
}

define i64 @"seq_rt_retag"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = load i64, ptr %".4"
  %".6" = icmp eq i64 %".5", 1
  br i1 %".6", label %"entry.if", label %"entry.endif"
entry.if:
  %".8" = inttoptr i64 %".1" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 8
  store i64 %".2", ptr %".9"
  ret i64 %".1"
entry.endif:
  %".12" = inttoptr i64 %".1" to ptr
  %".13" = getelementptr i8, ptr %".12", i64 24
  %".14" = getelementptr i8, ptr %".12", i64 16
  %".15" = load i64, ptr %".14"
  %".16" = call i64 @"seq_rt_string"(ptr %".13", i64 %".15")
  %".17" = inttoptr i64 %".16" to ptr
  %".18" = getelementptr i8, ptr %".17", i64 8
  store i64 %".2", ptr %".18"
  call void @"seq_decref"(i64 %".1")
  ret i64 %".16"
}

define i64 @"seq_rt_char_to_string"(i64 %".1")
{
entry:
  %".9" = alloca i8, i32 4
  %".3" = icmp ugt i64 %".1", 1114111
  %".4" = sub i64 %".1", 55296
  %".5" = icmp ule i64 %".4", 2047
  %".6" = or i1 %".3", %".5"
  br i1 %".6", label %"entry.if", label %"entry.endif"
entry.if:
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif:
  %".10" = icmp ult i64 %".1", 128
  br i1 %".10", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".12" = trunc i64 %".1" to i8
  %".13" = getelementptr i8, i8* %".9", i64 0
  store i8 %".12", i8* %".13"
  %".15" = call i64 @"seq_rt_string_of"(i8* %".9", i64 1)
  ret i64 %".15"
entry.endif.endif:
  %".17" = icmp ult i64 %".1", 2048
  br i1 %".17", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".19" = lshr i64 %".1", 6
  %".20" = or i64 %".19", 192
  %".21" = trunc i64 %".20" to i8
  %".22" = getelementptr i8, i8* %".9", i64 0
  store i8 %".21", i8* %".22"
  %".24" = lshr i64 %".1", 0
  %".25" = and i64 %".24", 63
  %".26" = or i64 %".25", 128
  %".27" = trunc i64 %".26" to i8
  %".28" = getelementptr i8, i8* %".9", i64 1
  store i8 %".27", i8* %".28"
  %".30" = call i64 @"seq_rt_string"(i8* %".9", i64 2)
  ret i64 %".30"
entry.endif.endif.endif:
  %".32" = icmp ult i64 %".1", 65536
  br i1 %".32", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  %".34" = lshr i64 %".1", 12
  %".35" = or i64 %".34", 224
  %".36" = trunc i64 %".35" to i8
  %".37" = getelementptr i8, i8* %".9", i64 0
  store i8 %".36", i8* %".37"
  %".39" = lshr i64 %".1", 6
  %".40" = and i64 %".39", 63
  %".41" = or i64 %".40", 128
  %".42" = trunc i64 %".41" to i8
  %".43" = getelementptr i8, i8* %".9", i64 1
  store i8 %".42", i8* %".43"
  %".45" = lshr i64 %".1", 0
  %".46" = and i64 %".45", 63
  %".47" = or i64 %".46", 128
  %".48" = trunc i64 %".47" to i8
  %".49" = getelementptr i8, i8* %".9", i64 2
  store i8 %".48", i8* %".49"
  %".51" = call i64 @"seq_rt_string"(i8* %".9", i64 3)
  ret i64 %".51"
entry.endif.endif.endif.endif:
  %".53" = lshr i64 %".1", 18
  %".54" = or i64 %".53", 240
  %".55" = trunc i64 %".54" to i8
  %".56" = getelementptr i8, i8* %".9", i64 0
  store i8 %".55", i8* %".56"
  %".58" = lshr i64 %".1", 12
  %".59" = and i64 %".58", 63
  %".60" = or i64 %".59", 128
  %".61" = trunc i64 %".60" to i8
  %".62" = getelementptr i8, i8* %".9", i64 1
  store i8 %".61", i8* %".62"
  %".64" = lshr i64 %".1", 6
  %".65" = and i64 %".64", 63
  %".66" = or i64 %".65", 128
  %".67" = trunc i64 %".66" to i8
  %".68" = getelementptr i8, i8* %".9", i64 2
  store i8 %".67", i8* %".68"
  %".70" = lshr i64 %".1", 0
  %".71" = and i64 %".70", 63
  %".72" = or i64 %".71", 128
  %".73" = trunc i64 %".72" to i8
  %".74" = getelementptr i8, i8* %".9", i64 3
  store i8 %".73", i8* %".74"
  %".76" = call i64 @"seq_rt_string"(i8* %".9", i64 4)
  ret i64 %".76"
}

define internal {i64, i64} @"seq_rt_utf8_decode"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".54" = alloca i64
  %".5" = add i64 %".3", 1
  %".6" = getelementptr i8, ptr %".1", i64 %".3"
  %".7" = load i8, ptr %".6"
  %".8" = zext i8 %".7" to i64
  %".9" = icmp ult i64 %".8", 128
  br i1 %".9", label %"entry.if", label %"entry.endif", !prof !1
entry.if:
  %".11" = insertvalue {i64, i64} undef, i64 %".8", 0
  %".12" = insertvalue {i64, i64} %".11", i64 %".5", 1
  ret {i64, i64} %".12"
entry.endif:
  %".14" = icmp ult i64 %".8", 194
  %".15" = icmp ugt i64 %".8", 244
  %".16" = or i1 %".14", %".15"
  br i1 %".16", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".18" = insertvalue {i64, i64} undef, i64 18446744073709551615, 0
  %".19" = insertvalue {i64, i64} %".18", i64 %".5", 1
  ret {i64, i64} %".19"
entry.endif.endif:
  %".21" = icmp ult i64 %".8", 224
  %".22" = icmp ult i64 %".8", 240
  %".23" = select  i1 %".22", i64 2, i64 3
  %".24" = select  i1 %".21", i64 1, i64 %".23"
  %".25" = add i64 %".3", %".24"
  %".26" = icmp uge i64 %".25", %".2"
  br i1 %".26", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".28" = insertvalue {i64, i64} undef, i64 18446744073709551615, 0
  %".29" = insertvalue {i64, i64} %".28", i64 %".5", 1
  ret {i64, i64} %".29"
entry.endif.endif.endif:
  %".31" = icmp eq i64 %".8", 224
  %".32" = icmp eq i64 %".8", 240
  %".33" = select  i1 %".32", i64 144, i64 128
  %".34" = select  i1 %".31", i64 160, i64 %".33"
  %".35" = icmp eq i64 %".8", 237
  %".36" = icmp eq i64 %".8", 244
  %".37" = select  i1 %".36", i64 143, i64 191
  %".38" = select  i1 %".35", i64 159, i64 %".37"
  %".39" = getelementptr i8, ptr %".1", i64 %".5"
  %".40" = load i8, ptr %".39"
  %".41" = zext i8 %".40" to i64
  %".42" = icmp ult i64 %".41", %".34"
  %".43" = icmp ugt i64 %".41", %".38"
  %".44" = or i1 %".42", %".43"
  br i1 %".44", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  %".46" = insertvalue {i64, i64} undef, i64 18446744073709551615, 0
  %".47" = insertvalue {i64, i64} %".46", i64 %".5", 1
  ret {i64, i64} %".47"
entry.endif.endif.endif.endif:
  %".49" = lshr i64 63, %".24"
  %".50" = and i64 %".8", %".49"
  %".51" = shl i64 %".50", 6
  %".52" = and i64 %".41", 63
  %".53" = or i64 %".51", %".52"
  store i64 %".53", i64* %".54"
  %".56" = add i64 %".3", %".24"
  %".57" = add i64 %".56", 1
  %".58" = add i64 %".3", 2
  br label %"for.head"
for.head:
  %".60" = phi  i64 [%".58", %"entry.endif.endif.endif.endif"], [%".77", %"for.body.endif"]
  %".61" = icmp slt i64 %".60", %".57"
  br i1 %".61", label %"for.body", label %"for.end"
for.body:
  %".63" = getelementptr i8, ptr %".1", i64 %".60"
  %".64" = load i8, ptr %".63"
  %".65" = zext i8 %".64" to i64
  %".66" = and i64 %".65", 192
  %".67" = icmp ne i64 %".66", 128
  br i1 %".67", label %"for.body.if", label %"for.body.endif"
for.end:
  %".79" = load i64, i64* %".54"
  %".80" = insertvalue {i64, i64} undef, i64 %".79", 0
  %".81" = insertvalue {i64, i64} %".80", i64 %".57", 1
  ret {i64, i64} %".81"
for.body.if:
  %".69" = insertvalue {i64, i64} undef, i64 18446744073709551615, 0
  %".70" = insertvalue {i64, i64} %".69", i64 %".5", 1
  ret {i64, i64} %".70"
for.body.endif:
  %".72" = load i64, i64* %".54"
  %".73" = shl i64 %".72", 6
  %".74" = and i64 %".65", 63
  %".75" = or i64 %".73", %".74"
  store i64 %".75", i64* %".54"
  %".77" = add i64 %".60", 1
  br label %"for.head"
}

define i64 @"seq_rt_utf8_count"(ptr %".1", i64 %".2")
{
entry:
  %".6" = alloca i64
  %".4" = alloca i64
  store i64 0, i64* %".4"
  store i64 0, i64* %".6"
  br label %"loop.head"
loop.head:
  %".9" = load i64, i64* %".4"
  %".10" = add i64 %".9", 8
  %".11" = icmp ugt i64 %".10", %".2"
  br i1 %".11", label %"loop.end", label %"loop.on"
loop.end:
  br label %"while.head"
loop.on:
  %".13" = load i64, i64* %".4"
  %".14" = getelementptr i8, ptr %".1", i64 %".13"
  %".15" = load i64, ptr %".14", align 1
  %".16" = and i64 %".15", 9259542123273814144
  %".17" = icmp ne i64 %".16", 0
  br i1 %".17", label %"loop.end", label %"loop.on.1"
loop.on.1:
  %".19" = load i64, i64* %".4"
  %".20" = add i64 %".19", 8
  store i64 %".20", i64* %".4"
  %".22" = load i64, i64* %".6"
  %".23" = add i64 %".22", 8
  store i64 %".23", i64* %".6"
  br label %"loop.head"
while.head:
  %".27" = load i64, i64* %".4"
  %".28" = icmp ult i64 %".27", %".2"
  br i1 %".28", label %"while.body", label %"while.end"
while.body:
  %".30" = load i64, i64* %".4"
  %".31" = getelementptr i8, ptr %".1", i64 %".30"
  %".32" = load i8, ptr %".31"
  %".33" = zext i8 %".32" to i64
  %".34" = icmp ult i64 %".33", 128
  br i1 %".34", label %"while.body.if", label %"while.body.else", !prof !1
while.end:
  %".53" = load i64, i64* %".6"
  ret i64 %".53"
while.body.if:
  %".36" = load i64, i64* %".4"
  %".37" = add i64 %".36", 1
  store i64 %".37", i64* %".4"
  br label %"while.body.endif"
while.body.else:
  %".40" = load i64, i64* %".4"
  %".41" = call {i64, i64} @"seq_rt_utf8_decode"(ptr %".1", i64 %".2", i64 %".40")
  %".42" = extractvalue {i64, i64} %".41", 0
  %".43" = icmp slt i64 %".42", 0
  br i1 %".43", label %"while.body.else.if", label %"while.body.else.endif"
while.body.endif:
  %".49" = load i64, i64* %".6"
  %".50" = add i64 %".49", 1
  store i64 %".50", i64* %".6"
  br label %"while.head"
while.body.else.if:
  ret i64 18446744073709551615
while.body.else.endif:
  %".46" = extractvalue {i64, i64} %".41", 1
  store i64 %".46", i64* %".4"
  br label %"while.body.endif"
}

define internal i64 @"seq_rt_utf8_skip"(ptr %".1", i64 %".2", i64 %".3", i64 %".4")
{
entry:
  %".8" = alloca i64
  %".6" = alloca i64
  store i64 %".3", i64* %".6"
  store i64 0, i64* %".8"
  br label %"loop.head"
loop.head:
  %".11" = load i64, i64* %".6"
  %".12" = icmp uge i64 %".11", %".2"
  br i1 %".12", label %"loop.end", label %"loop.on"
loop.end:
  %".32" = load i64, i64* %".6"
  ret i64 %".32"
loop.on:
  %".14" = load i64, i64* %".6"
  %".15" = getelementptr i8, ptr %".1", i64 %".14"
  %".16" = load i8, ptr %".15"
  %".17" = zext i8 %".16" to i64
  %".18" = and i64 %".17", 192
  %".19" = icmp ne i64 %".18", 128
  br i1 %".19", label %"loop.on.if", label %"loop.on.endif"
loop.on.if:
  %".21" = load i64, i64* %".8"
  %".22" = icmp eq i64 %".21", %".4"
  br i1 %".22", label %"loop.end", label %"loop.on.1"
loop.on.endif:
  %".28" = load i64, i64* %".6"
  %".29" = add i64 %".28", 1
  store i64 %".29", i64* %".6"
  br label %"loop.head"
loop.on.1:
  %".24" = load i64, i64* %".8"
  %".25" = add i64 %".24", 1
  store i64 %".25", i64* %".8"
  br label %"loop.on.endif"
}

define internal i1 @"seq_rt_is_space"(i64 %".1")
{
entry:
  %".3" = sub i64 %".1", 9
  %".4" = icmp ule i64 %".3", 4
  %".5" = icmp eq i64 %".1", 32
  %".6" = or i1 %".4", %".5"
  %".7" = sub i64 %".1", 8192
  %".8" = icmp ule i64 %".7", 10
  %".9" = or i1 %".6", %".8"
  %".10" = icmp eq i64 %".1", 133
  %".11" = or i1 %".9", %".10"
  %".12" = icmp eq i64 %".1", 160
  %".13" = or i1 %".11", %".12"
  %".14" = icmp eq i64 %".1", 5760
  %".15" = or i1 %".13", %".14"
  %".16" = icmp eq i64 %".1", 8232
  %".17" = or i1 %".15", %".16"
  %".18" = icmp eq i64 %".1", 8233
  %".19" = or i1 %".17", %".18"
  %".20" = icmp eq i64 %".1", 8239
  %".21" = or i1 %".19", %".20"
  %".22" = icmp eq i64 %".1", 8287
  %".23" = or i1 %".21", %".22"
  %".24" = icmp eq i64 %".1", 12288
  %".25" = or i1 %".23", %".24"
  ret i1 %".25"
}

define internal {i64, i64} @"seq_rt_trim_range"(ptr %".1", i64 %".2")
{
entry:
  %".21" = alloca i64
  %".19" = alloca i64
  %".4" = alloca i64
  store i64 0, i64* %".4"
  br label %"loop.head"
loop.head:
  %".7" = load i64, i64* %".4"
  %".8" = icmp uge i64 %".7", %".2"
  br i1 %".8", label %"loop.end", label %"loop.on"
loop.end:
  store i64 %".2", i64* %".19"
  br label %"loop.head.1"
loop.on:
  %".10" = load i64, i64* %".4"
  %".11" = call {i64, i64} @"seq_rt_utf8_decode"(ptr %".1", i64 %".2", i64 %".10")
  %".12" = extractvalue {i64, i64} %".11", 0
  %".13" = call i1 @"seq_rt_is_space"(i64 %".12")
  %".14" = extractvalue {i64, i64} %".11", 1
  %".15" = xor i1 %".13", -1
  br i1 %".15", label %"loop.end", label %"loop.on.1"
loop.on.1:
  store i64 %".14", i64* %".4"
  br label %"loop.head"
loop.head.1:
  %".23" = load i64, i64* %".19"
  %".24" = load i64, i64* %".4"
  %".25" = icmp ule i64 %".23", %".24"
  br i1 %".25", label %"loop.end.1", label %"loop.on.2"
loop.end.1:
  %".52" = load i64, i64* %".4"
  %".53" = load i64, i64* %".19"
  %".54" = insertvalue {i64, i64} undef, i64 %".52", 0
  %".55" = insertvalue {i64, i64} %".54", i64 %".53", 1
  ret {i64, i64} %".55"
loop.on.2:
  %".27" = load i64, i64* %".19"
  %".28" = sub i64 %".27", 1
  store i64 %".28", i64* %".21"
  br label %"while.head"
while.head:
  %".31" = load i64, i64* %".21"
  %".32" = getelementptr i8, ptr %".1", i64 %".31"
  %".33" = load i8, ptr %".32"
  %".34" = zext i8 %".33" to i64
  %".35" = and i64 %".34", 192
  %".36" = icmp eq i64 %".35", 128
  br i1 %".36", label %"while.body", label %"while.end"
while.body:
  %".38" = load i64, i64* %".21"
  %".39" = sub i64 %".38", 1
  store i64 %".39", i64* %".21"
  br label %"while.head"
while.end:
  %".42" = load i64, i64* %".21"
  %".43" = call {i64, i64} @"seq_rt_utf8_decode"(ptr %".1", i64 %".2", i64 %".42")
  %".44" = extractvalue {i64, i64} %".43", 0
  %".45" = call i1 @"seq_rt_is_space"(i64 %".44")
  %".46" = extractvalue {i64, i64} %".43", 1
  %".47" = xor i1 %".45", -1
  br i1 %".47", label %"loop.end.1", label %"loop.on.3"
loop.on.3:
  %".49" = load i64, i64* %".21"
  store i64 %".49", i64* %".19"
  br label %"loop.head.1"
}

define i64 @"seq_rt_string_length"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  %".7" = call i64 @"seq_rt_utf8_count"(ptr %".4", i64 %".6")
  %".8" = icmp slt i64 %".7", 0
  %".9" = select  i1 %".8", i64 0, i64 %".7"
  ret i64 %".9"
}

define i64 @"seq_rt_string_char_at"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = icmp slt i64 %".2", 0
  br i1 %".8", label %"entry.if", label %"entry.endif"
entry.if:
  ret i64 18446744073709551615
entry.endif:
  %".11" = inttoptr i64 %".1" to ptr
  %".12" = getelementptr i8, ptr %".11", i64 24
  %".13" = getelementptr i8, ptr %".11", i64 16
  %".14" = load i64, ptr %".13"
  %".15" = call i64 @"seq_rt_utf8_count"(ptr %".12", i64 %".14")
  %".16" = icmp slt i64 %".15", 0
  br i1 %".16", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  ret i64 18446744073709551615
entry.endif.endif:
  %".19" = call i64 @"seq_rt_utf8_skip"(ptr %".5", i64 %".7", i64 0, i64 %".2")
  %".20" = icmp uge i64 %".19", %".7"
  br i1 %".20", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  ret i64 18446744073709551615
entry.endif.endif.endif:
  %".23" = call {i64, i64} @"seq_rt_utf8_decode"(ptr %".5", i64 %".7", i64 %".19")
  %".24" = extractvalue {i64, i64} %".23", 0
  ret i64 %".24"
}

define i64 @"seq_rt_string_substring"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = inttoptr i64 %".1" to ptr
  %".6" = getelementptr i8, ptr %".5", i64 24
  %".7" = getelementptr i8, ptr %".5", i64 16
  %".8" = load i64, ptr %".7"
  %".9" = icmp slt i64 %".2", 0
  %".10" = icmp slt i64 %".3", 0
  %".11" = or i1 %".9", %".10"
  %".12" = inttoptr i64 %".1" to ptr
  %".13" = getelementptr i8, ptr %".12", i64 24
  %".14" = getelementptr i8, ptr %".12", i64 16
  %".15" = load i64, ptr %".14"
  %".16" = call i64 @"seq_rt_utf8_count"(ptr %".13", i64 %".15")
  %".17" = icmp slt i64 %".16", 0
  %".18" = or i1 %".11", %".17"
  br i1 %".18", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".1")
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif:
  %".22" = call i64 @"seq_rt_utf8_skip"(ptr %".6", i64 %".8", i64 0, i64 %".2")
  %".23" = call i64 @"seq_rt_utf8_skip"(ptr %".6", i64 %".8", i64 %".22", i64 %".3")
  %".24" = call i64 @"seq_rt_string_slice"(i64 %".1", i64 %".22", i64 %".23")
  ret i64 %".24"
}

define i64 @"seq_rt_string_find"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".2" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 24
  %".10" = getelementptr i8, ptr %".8", i64 16
  %".11" = load i64, ptr %".10"
  %".12" = icmp eq i64 %".11", 0
  %".13" = inttoptr i64 %".2" to ptr
  %".14" = getelementptr i8, ptr %".13", i64 24
  %".15" = getelementptr i8, ptr %".13", i64 16
  %".16" = load i64, ptr %".15"
  %".17" = call i64 @"seq_rt_utf8_count"(ptr %".14", i64 %".16")
  %".18" = icmp slt i64 %".17", 0
  %".19" = or i1 %".12", %".18"
  br i1 %".19", label %"entry.if", label %"entry.endif"
entry.if:
  ret i64 0
entry.endif:
  %".22" = inttoptr i64 %".1" to ptr
  %".23" = getelementptr i8, ptr %".22", i64 24
  %".24" = getelementptr i8, ptr %".22", i64 16
  %".25" = load i64, ptr %".24"
  %".26" = call i64 @"seq_rt_utf8_count"(ptr %".23", i64 %".25")
  %".27" = icmp slt i64 %".26", 0
  br i1 %".27", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  ret i64 18446744073709551615
entry.endif.endif:
  %".30" = call ptr @"memmem"(ptr %".5", i64 %".7", ptr %".9", i64 %".11")
  %".31" = icmp eq ptr %".30", null
  br i1 %".31", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  ret i64 18446744073709551615
entry.endif.endif.endif:
  %".34" = ptrtoint ptr %".30" to i64
  %".35" = ptrtoint ptr %".5" to i64
  %".36" = sub i64 %".34", %".35"
  %".37" = call i64 @"seq_rt_utf8_count"(ptr %".5", i64 %".36")
  ret i64 %".37"
}

define i1 @"seq_rt_string_contains"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".2" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 24
  %".10" = getelementptr i8, ptr %".8", i64 16
  %".11" = load i64, ptr %".10"
  %".12" = icmp eq i64 %".11", 0
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  ret i1 1
entry.endif:
  %".15" = call ptr @"memmem"(ptr %".5", i64 %".7", ptr %".9", i64 %".11")
  %".16" = icmp ne ptr %".15", null
  ret i1 %".16"
}

define i1 @"seq_rt_string_starts_with"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".2" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 24
  %".10" = getelementptr i8, ptr %".8", i64 16
  %".11" = load i64, ptr %".10"
  %".12" = icmp ugt i64 %".11", %".7"
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  ret i1 0
entry.endif:
  %".15" = call i32 @"memcmp"(ptr %".5", ptr %".9", i64 %".11")
  %".16" = icmp eq i32 %".15", 0
  ret i1 %".16"
}

define i64 @"seq_rt_string_trim"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  %".7" = inttoptr i64 %".1" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  %".9" = getelementptr i8, ptr %".7", i64 16
  %".10" = load i64, ptr %".9"
  %".11" = call i64 @"seq_rt_utf8_count"(ptr %".8", i64 %".10")
  %".12" = icmp slt i64 %".11", 0
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".1")
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif:
  %".16" = call {i64, i64} @"seq_rt_trim_range"(ptr %".4", i64 %".6")
  %".17" = extractvalue {i64, i64} %".16", 0
  %".18" = extractvalue {i64, i64} %".16", 1
  %".19" = call i64 @"seq_rt_string_slice"(i64 %".1", i64 %".17", i64 %".18")
  ret i64 %".19"
}

define i64 @"seq_rt_string_chomp"(i64 %".1")
{
entry:
  %".7" = alloca i64
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  store i64 %".6", i64* %".7"
  %".9" = load i64, i64* %".7"
  %".10" = icmp ugt i64 %".9", 0
  %".11" = load i64, i64* %".7"
  %".12" = sub i64 %".11", 1
  %".13" = getelementptr i8, ptr %".4", i64 %".12"
  %".14" = load i8, ptr %".13"
  %".15" = zext i8 %".14" to i64
  %".16" = icmp eq i64 %".15", 10
  %".17" = and i1 %".10", %".16"
  br i1 %".17", label %"entry.if", label %"entry.endif"
entry.if:
  %".19" = load i64, i64* %".7"
  %".20" = sub i64 %".19", 1
  store i64 %".20", i64* %".7"
  %".22" = load i64, i64* %".7"
  %".23" = icmp ugt i64 %".22", 0
  %".24" = load i64, i64* %".7"
  %".25" = sub i64 %".24", 1
  %".26" = getelementptr i8, ptr %".4", i64 %".25"
  %".27" = load i8, ptr %".26"
  %".28" = zext i8 %".27" to i64
  %".29" = icmp eq i64 %".28", 13
  %".30" = and i1 %".23", %".29"
  br i1 %".30", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  %".37" = load i64, i64* %".7"
  %".38" = call i64 @"seq_rt_string_slice"(i64 %".1", i64 0, i64 %".37")
  ret i64 %".38"
entry.if.if:
  %".32" = load i64, i64* %".7"
  %".33" = sub i64 %".32", 1
  store i64 %".33", i64* %".7"
  br label %"entry.if.endif"
entry.if.endif:
  br label %"entry.endif"
}

define i64 @"seq_rt_string_case"(i64 %".1", i1 %".2")
{
entry:
  %".53" = alloca i64
  %".35" = alloca i64, i32 5
  %".8" = alloca i64
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  store i64 0, i64* %".8"
  br label %"for.head"
for.head:
  %".11" = phi  i64 [0, %"entry"], [%".20", %"for.body"]
  %".12" = icmp slt i64 %".11", %".7"
  br i1 %".12", label %"for.body", label %"for.end"
for.body:
  %".14" = load i64, i64* %".8"
  %".15" = getelementptr i8, ptr %".5", i64 %".11"
  %".16" = load i8, ptr %".15"
  %".17" = zext i8 %".16" to i64
  %".18" = or i64 %".14", %".17"
  store i64 %".18", i64* %".8"
  %".20" = add i64 %".11", 1
  br label %"for.head"
for.end:
  %".22" = load i64, i64* %".8"
  %".23" = icmp uge i64 %".22", 128
  br i1 %".23", label %"for.end.if", label %"for.end.endif"
for.end.if:
  %".25" = inttoptr i64 %".1" to ptr
  %".26" = getelementptr i8, ptr %".25", i64 24
  %".27" = getelementptr i8, ptr %".25", i64 16
  %".28" = load i64, ptr %".27"
  %".29" = call i64 @"seq_rt_utf8_count"(ptr %".26", i64 %".28")
  %".30" = icmp slt i64 %".29", 0
  br i1 %".30", label %"for.end.if.if", label %"for.end.if.endif"
for.end.endif:
  store i64 %".1", i64* %".53"
  %".55" = inttoptr i64 %".1" to ptr
  %".56" = load i64, ptr %".55"
  %".57" = icmp eq i64 %".56", 1
  %".58" = xor i1 %".57", -1
  br i1 %".58", label %"for.end.endif.if", label %"for.end.endif.endif"
for.end.if.if:
  call void @"seq_decref"(i64 %".1")
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
for.end.if.endif:
  %".34" = zext i1 %".2" to i32
  %".36" = load ptr, ptr @"seq_host_string_case"
  %".37" = ptrtoint ptr %".36" to i64
  %".38" = getelementptr i64, i64* %".35", i64 0
  store i64 %".37", i64* %".38"
  %".40" = ptrtoint ptr %".5" to i64
  %".41" = getelementptr i64, i64* %".35", i64 1
  store i64 %".40", i64* %".41"
  %".43" = getelementptr i64, i64* %".35", i64 2
  store i64 %".7", i64* %".43"
  %".45" = zext i32 %".34" to i64
  %".46" = getelementptr i64, i64* %".35", i64 3
  store i64 %".45", i64* %".46"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_ptr_i64_i32", i64* %".35")
  %".49" = getelementptr i64, i64* %".35", i64 4
  %".50" = load i64, i64* %".49"
  call void @"seq_decref"(i64 %".1")
  ret i64 %".50"
for.end.endif.if:
  %".60" = call i64 @"seq_rt_string"(ptr %".5", i64 %".7")
  store i64 %".60", i64* %".53"
  call void @"seq_decref"(i64 %".1")
  br label %"for.end.endif.endif"
for.end.endif.endif:
  %".64" = load i64, i64* %".53"
  %".65" = inttoptr i64 %".64" to ptr
  %".66" = getelementptr i8, ptr %".65", i64 24
  %".67" = select  i1 %".2", i64 97, i64 65
  br label %"for.head.1"
for.head.1:
  %".69" = phi  i64 [0, %"for.end.endif.endif"], [%".82", %"for.body.1"]
  %".70" = icmp slt i64 %".69", %".7"
  br i1 %".70", label %"for.body.1", label %"for.end.1"
for.body.1:
  %".72" = getelementptr i8, ptr %".66", i64 %".69"
  %".73" = load i8, ptr %".72"
  %".74" = zext i8 %".73" to i64
  %".75" = sub i64 %".74", %".67"
  %".76" = icmp ule i64 %".75", 25
  %".77" = xor i64 %".74", 32
  %".78" = select  i1 %".76", i64 %".77", i64 %".74"
  %".79" = trunc i64 %".78" to i8
  %".80" = getelementptr i8, ptr %".66", i64 %".69"
  store i8 %".79", ptr %".80"
  %".82" = add i64 %".69", 1
  br label %"for.head.1"
for.end.1:
  %".84" = load i64, i64* %".53"
  ret i64 %".84"
}

define i64 @"seq_rt_string_json_escape"(i64 %".1")
{
entry:
  %".154" = alloca i64
  %".152" = alloca i64
  %".18" = alloca i64
  %".16" = alloca i64
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  %".7" = inttoptr i64 %".1" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  %".9" = getelementptr i8, ptr %".7", i64 16
  %".10" = load i64, ptr %".9"
  %".11" = call i64 @"seq_rt_utf8_count"(ptr %".8", i64 %".10")
  %".12" = icmp slt i64 %".11", 0
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".1")
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif:
  store i64 0, i64* %".16"
  store i64 0, i64* %".18"
  br label %"loop.head"
loop.head:
  %".21" = load i64, i64* %".16"
  %".22" = icmp uge i64 %".21", %".6"
  br i1 %".22", label %"loop.end", label %"loop.on"
loop.end:
  %".145" = load i64, i64* %".18"
  %".146" = icmp eq i64 %".145", %".6"
  br i1 %".146", label %"loop.end.if", label %"loop.end.endif"
loop.on:
  %".24" = load i64, i64* %".16"
  %".25" = getelementptr i8, ptr %".4", i64 %".24"
  %".26" = load i8, ptr %".25"
  %".27" = zext i8 %".26" to i64
  %".28" = load i64, i64* %".16"
  %".29" = add i64 %".28", 1
  %".30" = icmp eq i64 %".27", 194
  %".31" = icmp ult i64 %".29", %".6"
  %".32" = and i1 %".30", %".31"
  br i1 %".32", label %"loop.on.if", label %"loop.on.endif"
loop.on.if:
  %".34" = getelementptr i8, ptr %".4", i64 %".29"
  %".35" = load i8, ptr %".34"
  %".36" = zext i8 %".35" to i64
  %".37" = sub i64 %".36", 128
  %".38" = icmp ule i64 %".37", 31
  br i1 %".38", label %"loop.on.if.if", label %"loop.on.if.endif"
loop.on.endif:
  %".56" = icmp eq i64 %".27", 34
  br i1 %".56", label %"loop.on.endif.if", label %"loop.on.endif.endif"
loop.on.if.if:
  %".40" = lshr i64 %".36", 4
  %".41" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".40"
  %".42" = load i8, [16 x i8]* %".41"
  %".43" = zext i8 %".42" to i64
  %".44" = and i64 %".36", 15
  %".45" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".44"
  %".46" = load i8, [16 x i8]* %".45"
  %".47" = zext i8 %".46" to i64
  %".48" = load i64, i64* %".18"
  %".49" = add i64 %".48", 6
  store i64 %".49", i64* %".18"
  %".51" = load i64, i64* %".16"
  %".52" = add i64 %".51", 2
  store i64 %".52", i64* %".16"
  br label %"loop.head"
loop.on.if.endif:
  br label %"loop.on.endif"
loop.on.endif.if:
  %".58" = load i64, i64* %".18"
  %".59" = add i64 %".58", 2
  store i64 %".59", i64* %".18"
  %".61" = load i64, i64* %".16"
  %".62" = add i64 %".61", 1
  store i64 %".62", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif:
  %".65" = icmp eq i64 %".27", 92
  br i1 %".65", label %"loop.on.endif.endif.if", label %"loop.on.endif.endif.endif"
loop.on.endif.endif.if:
  %".67" = load i64, i64* %".18"
  %".68" = add i64 %".67", 2
  store i64 %".68", i64* %".18"
  %".70" = load i64, i64* %".16"
  %".71" = add i64 %".70", 1
  store i64 %".71", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif:
  %".74" = icmp eq i64 %".27", 10
  br i1 %".74", label %"loop.on.endif.endif.endif.if", label %"loop.on.endif.endif.endif.endif"
loop.on.endif.endif.endif.if:
  %".76" = load i64, i64* %".18"
  %".77" = add i64 %".76", 2
  store i64 %".77", i64* %".18"
  %".79" = load i64, i64* %".16"
  %".80" = add i64 %".79", 1
  store i64 %".80", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif.endif:
  %".83" = icmp eq i64 %".27", 13
  br i1 %".83", label %"loop.on.endif.endif.endif.endif.if", label %"loop.on.endif.endif.endif.endif.endif"
loop.on.endif.endif.endif.endif.if:
  %".85" = load i64, i64* %".18"
  %".86" = add i64 %".85", 2
  store i64 %".86", i64* %".18"
  %".88" = load i64, i64* %".16"
  %".89" = add i64 %".88", 1
  store i64 %".89", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif.endif.endif:
  %".92" = icmp eq i64 %".27", 9
  br i1 %".92", label %"loop.on.endif.endif.endif.endif.endif.if", label %"loop.on.endif.endif.endif.endif.endif.endif"
loop.on.endif.endif.endif.endif.endif.if:
  %".94" = load i64, i64* %".18"
  %".95" = add i64 %".94", 2
  store i64 %".95", i64* %".18"
  %".97" = load i64, i64* %".16"
  %".98" = add i64 %".97", 1
  store i64 %".98", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif.endif.endif.endif:
  %".101" = icmp eq i64 %".27", 8
  br i1 %".101", label %"loop.on.endif.endif.endif.endif.endif.endif.if", label %"loop.on.endif.endif.endif.endif.endif.endif.endif"
loop.on.endif.endif.endif.endif.endif.endif.if:
  %".103" = load i64, i64* %".18"
  %".104" = add i64 %".103", 2
  store i64 %".104", i64* %".18"
  %".106" = load i64, i64* %".16"
  %".107" = add i64 %".106", 1
  store i64 %".107", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif.endif.endif.endif.endif:
  %".110" = icmp eq i64 %".27", 12
  br i1 %".110", label %"loop.on.endif.endif.endif.endif.endif.endif.endif.if", label %"loop.on.endif.endif.endif.endif.endif.endif.endif.endif"
loop.on.endif.endif.endif.endif.endif.endif.endif.if:
  %".112" = load i64, i64* %".18"
  %".113" = add i64 %".112", 2
  store i64 %".113", i64* %".18"
  %".115" = load i64, i64* %".16"
  %".116" = add i64 %".115", 1
  store i64 %".116", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif.endif.endif.endif.endif.endif:
  %".119" = icmp ult i64 %".27", 32
  %".120" = icmp eq i64 %".27", 127
  %".121" = or i1 %".119", %".120"
  br i1 %".121", label %"loop.on.endif.endif.endif...if", label %"loop.on.endif.endif.endif...endif"
loop.on.endif.endif.endif...if:
  %".123" = lshr i64 %".27", 4
  %".124" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".123"
  %".125" = load i8, [16 x i8]* %".124"
  %".126" = zext i8 %".125" to i64
  %".127" = and i64 %".27", 15
  %".128" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".127"
  %".129" = load i8, [16 x i8]* %".128"
  %".130" = zext i8 %".129" to i64
  %".131" = load i64, i64* %".18"
  %".132" = add i64 %".131", 6
  store i64 %".132", i64* %".18"
  %".134" = load i64, i64* %".16"
  %".135" = add i64 %".134", 1
  store i64 %".135", i64* %".16"
  br label %"loop.head"
loop.on.endif.endif.endif...endif:
  %".138" = load i64, i64* %".18"
  %".139" = add i64 %".138", 1
  store i64 %".139", i64* %".18"
  %".141" = load i64, i64* %".16"
  %".142" = add i64 %".141", 1
  store i64 %".142", i64* %".16"
  br label %"loop.head"
loop.end.if:
  ret i64 %".1"
loop.end.endif:
  %".149" = call i64 @"seq_rt_string_new"(i64 %".145")
  %".150" = inttoptr i64 %".149" to ptr
  %".151" = getelementptr i8, ptr %".150", i64 24
  store i64 0, i64* %".152"
  store i64 0, i64* %".154"
  br label %"loop.head.1"
loop.head.1:
  %".157" = load i64, i64* %".152"
  %".158" = icmp uge i64 %".157", %".6"
  br i1 %".158", label %"loop.end.1", label %"loop.on.1"
loop.end.1:
  %".416" = load i64, i64* %".154"
  call void @"seq_decref"(i64 %".1")
  ret i64 %".149"
loop.on.1:
  %".160" = load i64, i64* %".152"
  %".161" = getelementptr i8, ptr %".4", i64 %".160"
  %".162" = load i8, ptr %".161"
  %".163" = zext i8 %".162" to i64
  %".164" = load i64, i64* %".152"
  %".165" = add i64 %".164", 1
  %".166" = icmp eq i64 %".163", 194
  %".167" = icmp ult i64 %".165", %".6"
  %".168" = and i1 %".166", %".167"
  br i1 %".168", label %"loop.on.1.if", label %"loop.on.1.endif"
loop.on.1.if:
  %".170" = getelementptr i8, ptr %".4", i64 %".165"
  %".171" = load i8, ptr %".170"
  %".172" = zext i8 %".171" to i64
  %".173" = sub i64 %".172", 128
  %".174" = icmp ule i64 %".173", 31
  br i1 %".174", label %"loop.on.1.if.if", label %"loop.on.1.if.endif"
loop.on.1.endif:
  %".222" = icmp eq i64 %".163", 34
  br i1 %".222", label %"loop.on.1.endif.if", label %"loop.on.1.endif.endif"
loop.on.1.if.if:
  %".176" = lshr i64 %".172", 4
  %".177" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".176"
  %".178" = load i8, [16 x i8]* %".177"
  %".179" = zext i8 %".178" to i64
  %".180" = and i64 %".172", 15
  %".181" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".180"
  %".182" = load i8, [16 x i8]* %".181"
  %".183" = zext i8 %".182" to i64
  %".184" = load i64, i64* %".154"
  %".185" = add i64 %".184", 0
  %".186" = trunc i64 92 to i8
  %".187" = getelementptr i8, ptr %".151", i64 %".185"
  store i8 %".186", ptr %".187"
  %".189" = load i64, i64* %".154"
  %".190" = add i64 %".189", 1
  %".191" = trunc i64 117 to i8
  %".192" = getelementptr i8, ptr %".151", i64 %".190"
  store i8 %".191", ptr %".192"
  %".194" = load i64, i64* %".154"
  %".195" = add i64 %".194", 2
  %".196" = trunc i64 48 to i8
  %".197" = getelementptr i8, ptr %".151", i64 %".195"
  store i8 %".196", ptr %".197"
  %".199" = load i64, i64* %".154"
  %".200" = add i64 %".199", 3
  %".201" = trunc i64 48 to i8
  %".202" = getelementptr i8, ptr %".151", i64 %".200"
  store i8 %".201", ptr %".202"
  %".204" = load i64, i64* %".154"
  %".205" = add i64 %".204", 4
  %".206" = trunc i64 %".179" to i8
  %".207" = getelementptr i8, ptr %".151", i64 %".205"
  store i8 %".206", ptr %".207"
  %".209" = load i64, i64* %".154"
  %".210" = add i64 %".209", 5
  %".211" = trunc i64 %".183" to i8
  %".212" = getelementptr i8, ptr %".151", i64 %".210"
  store i8 %".211", ptr %".212"
  %".214" = load i64, i64* %".154"
  %".215" = add i64 %".214", 6
  store i64 %".215", i64* %".154"
  %".217" = load i64, i64* %".152"
  %".218" = add i64 %".217", 2
  store i64 %".218", i64* %".152"
  br label %"loop.head.1"
loop.on.1.if.endif:
  br label %"loop.on.1.endif"
loop.on.1.endif.if:
  %".224" = load i64, i64* %".154"
  %".225" = add i64 %".224", 0
  %".226" = trunc i64 92 to i8
  %".227" = getelementptr i8, ptr %".151", i64 %".225"
  store i8 %".226", ptr %".227"
  %".229" = load i64, i64* %".154"
  %".230" = add i64 %".229", 1
  %".231" = trunc i64 34 to i8
  %".232" = getelementptr i8, ptr %".151", i64 %".230"
  store i8 %".231", ptr %".232"
  %".234" = load i64, i64* %".154"
  %".235" = add i64 %".234", 2
  store i64 %".235", i64* %".154"
  %".237" = load i64, i64* %".152"
  %".238" = add i64 %".237", 1
  store i64 %".238", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif:
  %".241" = icmp eq i64 %".163", 92
  br i1 %".241", label %"loop.on.1.endif.endif.if", label %"loop.on.1.endif.endif.endif"
loop.on.1.endif.endif.if:
  %".243" = load i64, i64* %".154"
  %".244" = add i64 %".243", 0
  %".245" = trunc i64 92 to i8
  %".246" = getelementptr i8, ptr %".151", i64 %".244"
  store i8 %".245", ptr %".246"
  %".248" = load i64, i64* %".154"
  %".249" = add i64 %".248", 1
  %".250" = trunc i64 92 to i8
  %".251" = getelementptr i8, ptr %".151", i64 %".249"
  store i8 %".250", ptr %".251"
  %".253" = load i64, i64* %".154"
  %".254" = add i64 %".253", 2
  store i64 %".254", i64* %".154"
  %".256" = load i64, i64* %".152"
  %".257" = add i64 %".256", 1
  store i64 %".257", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.endif:
  %".260" = icmp eq i64 %".163", 10
  br i1 %".260", label %"loop.on.1.endif.endif.endif.if", label %"loop.on.1.endif.endif.endif.endif"
loop.on.1.endif.endif.endif.if:
  %".262" = load i64, i64* %".154"
  %".263" = add i64 %".262", 0
  %".264" = trunc i64 92 to i8
  %".265" = getelementptr i8, ptr %".151", i64 %".263"
  store i8 %".264", ptr %".265"
  %".267" = load i64, i64* %".154"
  %".268" = add i64 %".267", 1
  %".269" = trunc i64 110 to i8
  %".270" = getelementptr i8, ptr %".151", i64 %".268"
  store i8 %".269", ptr %".270"
  %".272" = load i64, i64* %".154"
  %".273" = add i64 %".272", 2
  store i64 %".273", i64* %".154"
  %".275" = load i64, i64* %".152"
  %".276" = add i64 %".275", 1
  store i64 %".276", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.endif.endif:
  %".279" = icmp eq i64 %".163", 13
  br i1 %".279", label %"loop.on.1.endif.endif.endif.endif.if", label %"loop.on.1.endif.endif.endif.endif.endif"
loop.on.1.endif.endif.endif.endif.if:
  %".281" = load i64, i64* %".154"
  %".282" = add i64 %".281", 0
  %".283" = trunc i64 92 to i8
  %".284" = getelementptr i8, ptr %".151", i64 %".282"
  store i8 %".283", ptr %".284"
  %".286" = load i64, i64* %".154"
  %".287" = add i64 %".286", 1
  %".288" = trunc i64 114 to i8
  %".289" = getelementptr i8, ptr %".151", i64 %".287"
  store i8 %".288", ptr %".289"
  %".291" = load i64, i64* %".154"
  %".292" = add i64 %".291", 2
  store i64 %".292", i64* %".154"
  %".294" = load i64, i64* %".152"
  %".295" = add i64 %".294", 1
  store i64 %".295", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.endif.endif.endif:
  %".298" = icmp eq i64 %".163", 9
  br i1 %".298", label %"loop.on.1.endif.endif.endif.endif.endif.if", label %"loop.on.1.endif.endif.endif.endif.endif.endif"
loop.on.1.endif.endif.endif.endif.endif.if:
  %".300" = load i64, i64* %".154"
  %".301" = add i64 %".300", 0
  %".302" = trunc i64 92 to i8
  %".303" = getelementptr i8, ptr %".151", i64 %".301"
  store i8 %".302", ptr %".303"
  %".305" = load i64, i64* %".154"
  %".306" = add i64 %".305", 1
  %".307" = trunc i64 116 to i8
  %".308" = getelementptr i8, ptr %".151", i64 %".306"
  store i8 %".307", ptr %".308"
  %".310" = load i64, i64* %".154"
  %".311" = add i64 %".310", 2
  store i64 %".311", i64* %".154"
  %".313" = load i64, i64* %".152"
  %".314" = add i64 %".313", 1
  store i64 %".314", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.endif.endif.endif.endif:
  %".317" = icmp eq i64 %".163", 8
  br i1 %".317", label %"loop.on.1.endif.endif.endif.endif.endif.endif.if", label %"loop.on.1.endif.endif.endif.endif.endif.endif.endif"
loop.on.1.endif.endif.endif.endif.endif.endif.if:
  %".319" = load i64, i64* %".154"
  %".320" = add i64 %".319", 0
  %".321" = trunc i64 92 to i8
  %".322" = getelementptr i8, ptr %".151", i64 %".320"
  store i8 %".321", ptr %".322"
  %".324" = load i64, i64* %".154"
  %".325" = add i64 %".324", 1
  %".326" = trunc i64 98 to i8
  %".327" = getelementptr i8, ptr %".151", i64 %".325"
  store i8 %".326", ptr %".327"
  %".329" = load i64, i64* %".154"
  %".330" = add i64 %".329", 2
  store i64 %".330", i64* %".154"
  %".332" = load i64, i64* %".152"
  %".333" = add i64 %".332", 1
  store i64 %".333", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.endif.endif.endif.endif.endif:
  %".336" = icmp eq i64 %".163", 12
  br i1 %".336", label %"loop.on.1.endif.endif.end...if", label %"loop.on.1.endif.endif.end...endif"
loop.on.1.endif.endif.end...if:
  %".338" = load i64, i64* %".154"
  %".339" = add i64 %".338", 0
  %".340" = trunc i64 92 to i8
  %".341" = getelementptr i8, ptr %".151", i64 %".339"
  store i8 %".340", ptr %".341"
  %".343" = load i64, i64* %".154"
  %".344" = add i64 %".343", 1
  %".345" = trunc i64 102 to i8
  %".346" = getelementptr i8, ptr %".151", i64 %".344"
  store i8 %".345", ptr %".346"
  %".348" = load i64, i64* %".154"
  %".349" = add i64 %".348", 2
  store i64 %".349", i64* %".154"
  %".351" = load i64, i64* %".152"
  %".352" = add i64 %".351", 1
  store i64 %".352", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.end...endif:
  %".355" = icmp ult i64 %".163", 32
  %".356" = icmp eq i64 %".163", 127
  %".357" = or i1 %".355", %".356"
  br i1 %".357", label %"loop.on.1.endif.endif.end...endif.if", label %"loop.on.1.endif.endif.end...endif.endif"
loop.on.1.endif.endif.end...endif.if:
  %".359" = lshr i64 %".163", 4
  %".360" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".359"
  %".361" = load i8, [16 x i8]* %".360"
  %".362" = zext i8 %".361" to i64
  %".363" = and i64 %".163", 15
  %".364" = getelementptr i8, [16 x i8]* @"seq_rt_hex_upper", i64 %".363"
  %".365" = load i8, [16 x i8]* %".364"
  %".366" = zext i8 %".365" to i64
  %".367" = load i64, i64* %".154"
  %".368" = add i64 %".367", 0
  %".369" = trunc i64 92 to i8
  %".370" = getelementptr i8, ptr %".151", i64 %".368"
  store i8 %".369", ptr %".370"
  %".372" = load i64, i64* %".154"
  %".373" = add i64 %".372", 1
  %".374" = trunc i64 117 to i8
  %".375" = getelementptr i8, ptr %".151", i64 %".373"
  store i8 %".374", ptr %".375"
  %".377" = load i64, i64* %".154"
  %".378" = add i64 %".377", 2
  %".379" = trunc i64 48 to i8
  %".380" = getelementptr i8, ptr %".151", i64 %".378"
  store i8 %".379", ptr %".380"
  %".382" = load i64, i64* %".154"
  %".383" = add i64 %".382", 3
  %".384" = trunc i64 48 to i8
  %".385" = getelementptr i8, ptr %".151", i64 %".383"
  store i8 %".384", ptr %".385"
  %".387" = load i64, i64* %".154"
  %".388" = add i64 %".387", 4
  %".389" = trunc i64 %".362" to i8
  %".390" = getelementptr i8, ptr %".151", i64 %".388"
  store i8 %".389", ptr %".390"
  %".392" = load i64, i64* %".154"
  %".393" = add i64 %".392", 5
  %".394" = trunc i64 %".366" to i8
  %".395" = getelementptr i8, ptr %".151", i64 %".393"
  store i8 %".394", ptr %".395"
  %".397" = load i64, i64* %".154"
  %".398" = add i64 %".397", 6
  store i64 %".398", i64* %".154"
  %".400" = load i64, i64* %".152"
  %".401" = add i64 %".400", 1
  store i64 %".401", i64* %".152"
  br label %"loop.head.1"
loop.on.1.endif.endif.end...endif.endif:
  %".404" = load i64, i64* %".154"
  %".405" = add i64 %".404", 0
  %".406" = trunc i64 %".163" to i8
  %".407" = getelementptr i8, ptr %".151", i64 %".405"
  store i8 %".406", ptr %".407"
  %".409" = load i64, i64* %".154"
  %".410" = add i64 %".409", 1
  store i64 %".410", i64* %".154"
  %".412" = load i64, i64* %".152"
  %".413" = add i64 %".412", 1
  store i64 %".413", i64* %".152"
  br label %"loop.head.1"
}

define i64 @"seq_rt_string_split"(i64 %".1", i64 %".2")
{
entry:
  %".81" = alloca i64
  %".79" = alloca i64
  %".47" = alloca i64
  %".45" = alloca i64
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".2" to ptr
  %".9" = getelementptr i8, ptr %".8", i64 24
  %".10" = getelementptr i8, ptr %".8", i64 16
  %".11" = load i64, ptr %".10"
  %".12" = icmp eq i64 %".11", 0
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  %".14" = add i64 %".7", 2
  %".15" = mul i64 %".14", 8
  %".16" = add i64 16, %".15"
  %".17" = call ptr @"seq_rt_alloc"(i64 4, i64 %".16")
  %".18" = getelementptr i8, ptr %".17", i64 16
  store i64 ptrtoint ({i64, i64, i64, [4 x i8]}* @"seq_rt_strings_list_tag" to i64), ptr %".18"
  %".20" = getelementptr i8, ptr %".17", i64 24
  store i64 %".14", ptr %".20"
  %".22" = getelementptr i8, ptr %".17", i64 32
  %".23" = getelementptr i64, ptr %".22", i64 0
  store i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64), ptr %".23"
  %".25" = add i64 %".7", 1
  %".26" = getelementptr i8, ptr %".17", i64 32
  %".27" = getelementptr i64, ptr %".26", i64 %".25"
  store i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64), ptr %".27"
  br label %"for.head"
entry.endif:
  store i64 0, i64* %".45"
  store i64 0, i64* %".47"
  br label %"loop.head"
for.head:
  %".30" = phi  i64 [0, %"entry.if"], [%".39", %"for.body"]
  %".31" = icmp slt i64 %".30", %".7"
  br i1 %".31", label %"for.body", label %"for.end"
for.body:
  %".33" = getelementptr i8, ptr %".5", i64 %".30"
  %".34" = call i64 @"seq_rt_string_of"(ptr %".33", i64 1)
  %".35" = add i64 %".30", 1
  %".36" = getelementptr i8, ptr %".17", i64 32
  %".37" = getelementptr i64, ptr %".36", i64 %".35"
  store i64 %".34", ptr %".37"
  %".39" = add i64 %".30", 1
  br label %"for.head"
for.end:
  call void @"seq_decref"(i64 %".1")
  call void @"seq_decref"(i64 %".2")
  %".43" = ptrtoint ptr %".17" to i64
  ret i64 %".43"
loop.head:
  %".50" = load i64, i64* %".45"
  %".51" = add i64 %".50", %".11"
  %".52" = icmp ugt i64 %".51", %".7"
  br i1 %".52", label %"loop.end", label %"loop.on"
loop.end:
  %".70" = load i64, i64* %".47"
  %".71" = add i64 %".70", 1
  %".72" = mul i64 %".71", 8
  %".73" = add i64 16, %".72"
  %".74" = call ptr @"seq_rt_alloc"(i64 4, i64 %".73")
  %".75" = getelementptr i8, ptr %".74", i64 16
  store i64 ptrtoint ({i64, i64, i64, [4 x i8]}* @"seq_rt_strings_list_tag" to i64), ptr %".75"
  %".77" = getelementptr i8, ptr %".74", i64 24
  store i64 %".71", ptr %".77"
  store i64 0, i64* %".79"
  store i64 0, i64* %".81"
  br label %"loop.head.1"
loop.on:
  %".54" = load i64, i64* %".45"
  %".55" = sub i64 %".7", %".54"
  %".56" = load i64, i64* %".45"
  %".57" = getelementptr i8, ptr %".5", i64 %".56"
  %".58" = call ptr @"memmem"(ptr %".57", i64 %".55", ptr %".9", i64 %".11")
  %".59" = icmp eq ptr %".58", null
  br i1 %".59", label %"loop.end", label %"loop.on.1"
loop.on.1:
  %".61" = ptrtoint ptr %".58" to i64
  %".62" = ptrtoint ptr %".5" to i64
  %".63" = sub i64 %".61", %".62"
  %".64" = load i64, i64* %".47"
  %".65" = add i64 %".64", 1
  store i64 %".65", i64* %".47"
  %".67" = add i64 %".63", %".11"
  store i64 %".67", i64* %".45"
  br label %"loop.head"
loop.head.1:
  %".84" = load i64, i64* %".79"
  %".85" = add i64 %".84", %".11"
  %".86" = icmp ugt i64 %".85", %".7"
  br i1 %".86", label %"loop.end.1", label %"loop.on.2"
loop.end.1:
  %".112" = load i64, i64* %".79"
  %".113" = getelementptr i8, ptr %".5", i64 %".112"
  %".114" = sub i64 %".7", %".112"
  %".115" = call i64 @"seq_rt_string_of"(ptr %".113", i64 %".114")
  %".116" = load i64, i64* %".81"
  %".117" = getelementptr i8, ptr %".74", i64 32
  %".118" = getelementptr i64, ptr %".117", i64 %".116"
  store i64 %".115", ptr %".118"
  %".120" = load i64, i64* %".81"
  %".121" = add i64 %".120", 1
  call void @"seq_decref"(i64 %".1")
  call void @"seq_decref"(i64 %".2")
  %".124" = ptrtoint ptr %".74" to i64
  ret i64 %".124"
loop.on.2:
  %".88" = load i64, i64* %".79"
  %".89" = sub i64 %".7", %".88"
  %".90" = load i64, i64* %".79"
  %".91" = getelementptr i8, ptr %".5", i64 %".90"
  %".92" = call ptr @"memmem"(ptr %".91", i64 %".89", ptr %".9", i64 %".11")
  %".93" = icmp eq ptr %".92", null
  br i1 %".93", label %"loop.end.1", label %"loop.on.3"
loop.on.3:
  %".95" = ptrtoint ptr %".92" to i64
  %".96" = ptrtoint ptr %".5" to i64
  %".97" = sub i64 %".95", %".96"
  %".98" = load i64, i64* %".79"
  %".99" = getelementptr i8, ptr %".5", i64 %".98"
  %".100" = sub i64 %".97", %".98"
  %".101" = call i64 @"seq_rt_string_of"(ptr %".99", i64 %".100")
  %".102" = load i64, i64* %".81"
  %".103" = getelementptr i8, ptr %".74", i64 32
  %".104" = getelementptr i64, ptr %".103", i64 %".102"
  store i64 %".101", ptr %".104"
  %".106" = load i64, i64* %".81"
  %".107" = add i64 %".106", 1
  store i64 %".107", i64* %".81"
  %".109" = add i64 %".97", %".11"
  store i64 %".109", i64* %".79"
  br label %"loop.head.1"
}

define internal i64 @"seq_rt_join_piece"(i64 %".1")
{
entry:
  %".3" = trunc i64 %".1" to i1
  br i1 %".3", label %"entry.if", label %"entry.endif"
entry.if:
  %".5" = call i64 @"seq_rt_int_to_string"(i64 %".1")
  ret i64 %".5"
entry.endif:
  %".7" = icmp eq i64 %".1", 0
  br i1 %".7", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  ret i64 ptrtoint ({i64, i64, i64, [5 x i8]}* @"seq_rt_str_false" to i64)
entry.endif.endif:
  %".10" = icmp eq i64 %".1", 2
  br i1 %".10", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  ret i64 ptrtoint ({i64, i64, i64, [4 x i8]}* @"seq_rt_str_true" to i64)
entry.endif.endif.endif:
  %".13" = inttoptr i64 %".1" to ptr
  %".14" = getelementptr i8, ptr %".13", i64 8
  %".15" = load i64, ptr %".14"
  %".16" = icmp eq i64 %".15", 2
  br i1 %".16", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  %".18" = inttoptr i64 %".1" to ptr
  %".19" = getelementptr i8, ptr %".18", i64 24
  %".20" = getelementptr i8, ptr %".18", i64 16
  %".21" = load i64, ptr %".20"
  %".22" = call i64 @"seq_rt_utf8_count"(ptr %".19", i64 %".21")
  %".23" = icmp slt i64 %".22", 0
  br i1 %".23", label %"entry.endif.endif.endif.if.if", label %"entry.endif.endif.endif.if.endif"
entry.endif.endif.endif.endif:
  %".28" = icmp eq i64 %".15", 3
  br i1 %".28", label %"entry.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif"
entry.endif.endif.endif.if.if:
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif.endif.endif.if.endif:
  call void @"seq_incref"(i64 %".1")
  ret i64 %".1"
entry.endif.endif.endif.endif.if:
  %".30" = inttoptr i64 %".1" to ptr
  %".31" = getelementptr i8, ptr %".30", i64 24
  %".32" = getelementptr i8, ptr %".30", i64 16
  %".33" = load i64, ptr %".32"
  %".34" = add i64 %".33", 1
  %".35" = call i64 @"seq_rt_string_new"(i64 %".34")
  %".36" = inttoptr i64 %".35" to ptr
  %".37" = getelementptr i8, ptr %".36", i64 24
  %".38" = trunc i64 58 to i8
  %".39" = getelementptr i8, ptr %".37", i64 0
  store i8 %".38", ptr %".39"
  %".41" = getelementptr i8, ptr %".37", i64 1
  %".42" = call ptr @"memcpy"(ptr %".41", ptr %".31", i64 %".33")
  ret i64 %".35"
entry.endif.endif.endif.endif.endif:
  %".44" = icmp eq i64 %".15", 1
  br i1 %".44", label %"entry.endif.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif.endif"
entry.endif.endif.endif.endif.endif.if:
  %".46" = inttoptr i64 %".1" to ptr
  %".47" = getelementptr i8, ptr %".46", i64 16
  %".48" = load double, ptr %".47"
  %".49" = call i64 @"seq_rt_float_to_string"(double %".48")
  ret i64 %".49"
entry.endif.endif.endif.endif.endif.endif:
  ret i64 ptrtoint ({i64, i64, i64, [7 x i8]}* @"seq_rt_str_value" to i64)
}

define i64 @"seq_rt_string_join"(i64 %".1", i64 %".2")
{
entry:
  %".59" = alloca i64
  %".29" = alloca i64
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = load i64, ptr %".5"
  %".7" = inttoptr i64 %".2" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  %".9" = getelementptr i8, ptr %".7", i64 16
  %".10" = load i64, ptr %".9"
  %".11" = inttoptr i64 %".2" to ptr
  %".12" = getelementptr i8, ptr %".11", i64 24
  %".13" = getelementptr i8, ptr %".11", i64 16
  %".14" = load i64, ptr %".13"
  %".15" = call i64 @"seq_rt_utf8_count"(ptr %".12", i64 %".14")
  %".16" = icmp slt i64 %".15", 0
  %".17" = select  i1 %".16", i64 0, i64 %".10"
  %".18" = add i64 %".6", 1
  %".19" = mul i64 %".18", 8
  %".20" = call ptr @"malloc"(i64 %".19")
  %".21" = icmp eq ptr %".20", null
  br i1 %".21", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".23" = load ptr, ptr @"seq_current"
  %".24" = icmp ne ptr %".23", null
  br i1 %".24", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  store i64 0, i64* %".29"
  br label %"for.head"
entry.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.if.endif:
  br label %"entry.endif"
for.head:
  %".32" = phi  i64 [0, %"entry.endif"], [%".53", %"for.body.endif"]
  %".33" = icmp slt i64 %".32", %".6"
  br i1 %".33", label %"for.body", label %"for.end"
for.body:
  %".35" = getelementptr i8, ptr %".4", i64 32
  %".36" = getelementptr i64, ptr %".35", i64 %".32"
  %".37" = load i64, ptr %".36"
  %".38" = call i64 @"seq_rt_join_piece"(i64 %".37")
  %".39" = getelementptr i64, ptr %".20", i64 %".32"
  store i64 %".38", ptr %".39"
  %".41" = inttoptr i64 %".38" to ptr
  %".42" = getelementptr i8, ptr %".41", i64 16
  %".43" = load i64, ptr %".42"
  %".44" = load i64, i64* %".29"
  %".45" = add i64 %".44", %".43"
  store i64 %".45", i64* %".29"
  %".47" = icmp ugt i64 %".32", 0
  br i1 %".47", label %"for.body.if", label %"for.body.endif"
for.end:
  %".55" = load i64, i64* %".29"
  %".56" = call i64 @"seq_rt_string_new"(i64 %".55")
  %".57" = inttoptr i64 %".56" to ptr
  %".58" = getelementptr i8, ptr %".57", i64 24
  store i64 0, i64* %".59"
  br label %"for.head.1"
for.body.if:
  %".49" = load i64, i64* %".29"
  %".50" = add i64 %".49", %".17"
  store i64 %".50", i64* %".29"
  br label %"for.body.endif"
for.body.endif:
  %".53" = add i64 %".32", 1
  br label %"for.head"
for.head.1:
  %".62" = phi  i64 [0, %"for.end"], [%".87", %"for.body.1.endif"]
  %".63" = icmp slt i64 %".62", %".6"
  br i1 %".63", label %"for.body.1", label %"for.end.1"
for.body.1:
  %".65" = icmp ugt i64 %".62", 0
  br i1 %".65", label %"for.body.1.if", label %"for.body.1.endif"
for.end.1:
  call void @"free"(ptr %".20")
  call void @"seq_decref"(i64 %".1")
  call void @"seq_decref"(i64 %".2")
  ret i64 %".56"
for.body.1.if:
  %".67" = load i64, i64* %".59"
  %".68" = getelementptr i8, ptr %".58", i64 %".67"
  %".69" = call ptr @"memcpy"(ptr %".68", ptr %".8", i64 %".17")
  %".70" = load i64, i64* %".59"
  %".71" = add i64 %".70", %".17"
  store i64 %".71", i64* %".59"
  br label %"for.body.1.endif"
for.body.1.endif:
  %".74" = getelementptr i64, ptr %".20", i64 %".62"
  %".75" = load i64, ptr %".74"
  %".76" = inttoptr i64 %".75" to ptr
  %".77" = getelementptr i8, ptr %".76", i64 24
  %".78" = getelementptr i8, ptr %".76", i64 16
  %".79" = load i64, ptr %".78"
  %".80" = load i64, i64* %".59"
  %".81" = getelementptr i8, ptr %".58", i64 %".80"
  %".82" = call ptr @"memcpy"(ptr %".81", ptr %".77", i64 %".79")
  %".83" = load i64, i64* %".59"
  %".84" = add i64 %".83", %".79"
  store i64 %".84", i64* %".59"
  call void @"seq_decref"(i64 %".75")
  %".87" = add i64 %".62", 1
  br label %"for.head.1"
}

define {i64, i1} @"seq_rt_string_to_int"(i64 %".1")
{
entry:
  %".38" = alloca i64
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  %".7" = inttoptr i64 %".1" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  %".9" = getelementptr i8, ptr %".7", i64 16
  %".10" = load i64, ptr %".9"
  %".11" = call i64 @"seq_rt_utf8_count"(ptr %".8", i64 %".10")
  %".12" = icmp slt i64 %".11", 0
  br i1 %".12", label %"entry.if", label %"entry.endif"
entry.if:
  %".14" = insertvalue {i64, i1} undef, i64 0, 0
  %".15" = insertvalue {i64, i1} %".14", i1 0, 1
  ret {i64, i1} %".15"
entry.endif:
  %".17" = call {i64, i64} @"seq_rt_trim_range"(ptr %".4", i64 %".6")
  %".18" = extractvalue {i64, i64} %".17", 0
  %".19" = extractvalue {i64, i64} %".17", 1
  %".20" = icmp eq i64 %".18", %".19"
  br i1 %".20", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".22" = insertvalue {i64, i1} undef, i64 0, 0
  %".23" = insertvalue {i64, i1} %".22", i1 0, 1
  ret {i64, i1} %".23"
entry.endif.endif:
  %".25" = getelementptr i8, ptr %".4", i64 %".18"
  %".26" = load i8, ptr %".25"
  %".27" = zext i8 %".26" to i64
  %".28" = icmp eq i64 %".27", 45
  %".29" = icmp eq i64 %".27", 43
  %".30" = or i1 %".28", %".29"
  %".31" = zext i1 %".30" to i64
  %".32" = add i64 %".18", %".31"
  %".33" = icmp eq i64 %".32", %".19"
  br i1 %".33", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".35" = insertvalue {i64, i1} undef, i64 0, 0
  %".36" = insertvalue {i64, i1} %".35", i1 0, 1
  ret {i64, i1} %".36"
entry.endif.endif.endif:
  store i64 0, i64* %".38"
  br label %"for.head"
for.head:
  %".41" = phi  i64 [%".32", %"entry.endif.endif.endif"], [%".66", %"for.body.endif.endif"]
  %".42" = icmp slt i64 %".41", %".19"
  br i1 %".42", label %"for.body", label %"for.end"
for.body:
  %".44" = getelementptr i8, ptr %".4", i64 %".41"
  %".45" = load i8, ptr %".44"
  %".46" = zext i8 %".45" to i64
  %".47" = sub i64 %".46", 48
  %".48" = icmp ugt i64 %".47", 9
  br i1 %".48", label %"for.body.if", label %"for.body.endif"
for.end:
  br i1 %".28", label %"for.end.if", label %"for.end.endif"
for.body.if:
  %".50" = insertvalue {i64, i1} undef, i64 0, 0
  %".51" = insertvalue {i64, i1} %".50", i1 0, 1
  ret {i64, i1} %".51"
for.body.endif:
  %".53" = load i64, i64* %".38"
  %".54" = call {i64, i1} @"llvm.smul.with.overflow.i64"(i64 %".53", i64 10)
  %".55" = extractvalue {i64, i1} %".54", 0
  %".56" = call {i64, i1} @"llvm.ssub.with.overflow.i64"(i64 %".55", i64 %".47")
  %".57" = extractvalue {i64, i1} %".54", 1
  %".58" = extractvalue {i64, i1} %".56", 1
  %".59" = or i1 %".57", %".58"
  br i1 %".59", label %"for.body.endif.if", label %"for.body.endif.endif"
for.body.endif.if:
  %".61" = insertvalue {i64, i1} undef, i64 0, 0
  %".62" = insertvalue {i64, i1} %".61", i1 0, 1
  ret {i64, i1} %".62"
for.body.endif.endif:
  %".64" = extractvalue {i64, i1} %".56", 0
  store i64 %".64", i64* %".38"
  %".66" = add i64 %".41", 1
  br label %"for.head"
for.end.if:
  %".69" = load i64, i64* %".38"
  %".70" = insertvalue {i64, i1} undef, i64 %".69", 0
  %".71" = insertvalue {i64, i1} %".70", i1 1, 1
  ret {i64, i1} %".71"
for.end.endif:
  %".73" = load i64, i64* %".38"
  %".74" = icmp eq i64 %".73", 9223372036854775808
  br i1 %".74", label %"for.end.endif.if", label %"for.end.endif.endif"
for.end.endif.if:
  %".76" = insertvalue {i64, i1} undef, i64 0, 0
  %".77" = insertvalue {i64, i1} %".76", i1 0, 1
  ret {i64, i1} %".77"
for.end.endif.endif:
  %".79" = load i64, i64* %".38"
  %".80" = sub i64 0, %".79"
  %".81" = insertvalue {i64, i1} undef, i64 %".80", 0
  %".82" = insertvalue {i64, i1} %".81", i1 1, 1
  ret {i64, i1} %".82"
}

define internal i64 @"seq_rt_skip_digits"(ptr %".1", i64 %".2", i64 %".3")
{
entry:
  %".5" = alloca i64
  store i64 %".3", i64* %".5"
  br label %"while.head"
while.head:
  %".8" = load i64, i64* %".5"
  %".9" = icmp ult i64 %".8", %".2"
  %".10" = select  i1 %".9", i64 %".8", i64 0
  %".11" = getelementptr i8, ptr %".1", i64 %".10"
  %".12" = load i8, ptr %".11"
  %".13" = zext i8 %".12" to i64
  %".14" = sub i64 %".13", 48
  %".15" = icmp ule i64 %".14", 9
  %".16" = and i1 %".9", %".15"
  br i1 %".16", label %"while.body", label %"while.end"
while.body:
  %".18" = load i64, i64* %".5"
  %".19" = add i64 %".18", 1
  store i64 %".19", i64* %".5"
  br label %"while.head"
while.end:
  %".22" = load i64, i64* %".5"
  ret i64 %".22"
}

define {double, i1} @"seq_rt_string_to_float"(i64 %".1")
{
entry:
  %".146" = alloca i64
  %".142" = alloca i64
  %".19" = alloca i1
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 24
  %".5" = getelementptr i8, ptr %".3", i64 16
  %".6" = load i64, ptr %".5"
  %".7" = icmp eq i64 %".6", 0
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  %".9" = insertvalue {double, i1} undef, double              0x0, 0
  %".10" = insertvalue {double, i1} %".9", i1 0, 1
  ret {double, i1} %".10"
entry.endif:
  %".12" = getelementptr i8, ptr %".4", i64 0
  %".13" = load i8, ptr %".12"
  %".14" = zext i8 %".13" to i64
  %".15" = icmp eq i64 %".14", 45
  %".16" = icmp eq i64 %".14", 43
  %".17" = or i1 %".15", %".16"
  %".18" = zext i1 %".17" to i64
  store i1 0, i1* %".19"
  %".21" = sub i64 %".6", %".18"
  %".22" = icmp eq i64 %".21", 3
  br i1 %".22", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".24" = add i64 %".18", 0
  %".25" = getelementptr i8, ptr %".4", i64 %".24"
  %".26" = load i8, ptr %".25"
  %".27" = zext i8 %".26" to i64
  %".28" = or i64 %".27", 32
  %".29" = icmp eq i64 %".28", 105
  %".30" = and i1 1, %".29"
  %".31" = add i64 %".18", 1
  %".32" = getelementptr i8, ptr %".4", i64 %".31"
  %".33" = load i8, ptr %".32"
  %".34" = zext i8 %".33" to i64
  %".35" = or i64 %".34", 32
  %".36" = icmp eq i64 %".35", 110
  %".37" = and i1 %".30", %".36"
  %".38" = add i64 %".18", 2
  %".39" = getelementptr i8, ptr %".4", i64 %".38"
  %".40" = load i8, ptr %".39"
  %".41" = zext i8 %".40" to i64
  %".42" = or i64 %".41", 32
  %".43" = icmp eq i64 %".42", 102
  %".44" = and i1 %".37", %".43"
  %".45" = load i1, i1* %".19"
  %".46" = or i1 %".45", %".44"
  store i1 %".46", i1* %".19"
  br label %"entry.endif.endif"
entry.endif.endif:
  %".49" = icmp eq i64 %".21", 8
  br i1 %".49", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".51" = add i64 %".18", 0
  %".52" = getelementptr i8, ptr %".4", i64 %".51"
  %".53" = load i8, ptr %".52"
  %".54" = zext i8 %".53" to i64
  %".55" = or i64 %".54", 32
  %".56" = icmp eq i64 %".55", 105
  %".57" = and i1 1, %".56"
  %".58" = add i64 %".18", 1
  %".59" = getelementptr i8, ptr %".4", i64 %".58"
  %".60" = load i8, ptr %".59"
  %".61" = zext i8 %".60" to i64
  %".62" = or i64 %".61", 32
  %".63" = icmp eq i64 %".62", 110
  %".64" = and i1 %".57", %".63"
  %".65" = add i64 %".18", 2
  %".66" = getelementptr i8, ptr %".4", i64 %".65"
  %".67" = load i8, ptr %".66"
  %".68" = zext i8 %".67" to i64
  %".69" = or i64 %".68", 32
  %".70" = icmp eq i64 %".69", 102
  %".71" = and i1 %".64", %".70"
  %".72" = add i64 %".18", 3
  %".73" = getelementptr i8, ptr %".4", i64 %".72"
  %".74" = load i8, ptr %".73"
  %".75" = zext i8 %".74" to i64
  %".76" = or i64 %".75", 32
  %".77" = icmp eq i64 %".76", 105
  %".78" = and i1 %".71", %".77"
  %".79" = add i64 %".18", 4
  %".80" = getelementptr i8, ptr %".4", i64 %".79"
  %".81" = load i8, ptr %".80"
  %".82" = zext i8 %".81" to i64
  %".83" = or i64 %".82", 32
  %".84" = icmp eq i64 %".83", 110
  %".85" = and i1 %".78", %".84"
  %".86" = add i64 %".18", 5
  %".87" = getelementptr i8, ptr %".4", i64 %".86"
  %".88" = load i8, ptr %".87"
  %".89" = zext i8 %".88" to i64
  %".90" = or i64 %".89", 32
  %".91" = icmp eq i64 %".90", 105
  %".92" = and i1 %".85", %".91"
  %".93" = add i64 %".18", 6
  %".94" = getelementptr i8, ptr %".4", i64 %".93"
  %".95" = load i8, ptr %".94"
  %".96" = zext i8 %".95" to i64
  %".97" = or i64 %".96", 32
  %".98" = icmp eq i64 %".97", 116
  %".99" = and i1 %".92", %".98"
  %".100" = add i64 %".18", 7
  %".101" = getelementptr i8, ptr %".4", i64 %".100"
  %".102" = load i8, ptr %".101"
  %".103" = zext i8 %".102" to i64
  %".104" = or i64 %".103", 32
  %".105" = icmp eq i64 %".104", 121
  %".106" = and i1 %".99", %".105"
  %".107" = load i1, i1* %".19"
  %".108" = or i1 %".107", %".106"
  store i1 %".108", i1* %".19"
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif:
  %".111" = icmp eq i64 %".21", 3
  br i1 %".111", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.if:
  %".113" = add i64 %".18", 0
  %".114" = getelementptr i8, ptr %".4", i64 %".113"
  %".115" = load i8, ptr %".114"
  %".116" = zext i8 %".115" to i64
  %".117" = or i64 %".116", 32
  %".118" = icmp eq i64 %".117", 110
  %".119" = and i1 1, %".118"
  %".120" = add i64 %".18", 1
  %".121" = getelementptr i8, ptr %".4", i64 %".120"
  %".122" = load i8, ptr %".121"
  %".123" = zext i8 %".122" to i64
  %".124" = or i64 %".123", 32
  %".125" = icmp eq i64 %".124", 97
  %".126" = and i1 %".119", %".125"
  %".127" = add i64 %".18", 2
  %".128" = getelementptr i8, ptr %".4", i64 %".127"
  %".129" = load i8, ptr %".128"
  %".130" = zext i8 %".129" to i64
  %".131" = or i64 %".130", 32
  %".132" = icmp eq i64 %".131", 110
  %".133" = and i1 %".126", %".132"
  %".134" = load i1, i1* %".19"
  %".135" = or i1 %".134", %".133"
  store i1 %".135", i1* %".19"
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  %".138" = load i1, i1* %".19"
  %".139" = xor i1 %".138", -1
  br i1 %".139", label %"entry.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif"
entry.endif.endif.endif.endif.if:
  %".141" = call i64 @"seq_rt_skip_digits"(ptr %".4", i64 %".6", i64 %".18")
  store i64 %".141", i64* %".142"
  %".144" = load i64, i64* %".142"
  %".145" = sub i64 %".144", %".18"
  store i64 0, i64* %".146"
  %".148" = load i64, i64* %".142"
  %".149" = icmp ult i64 %".148", %".6"
  %".150" = select  i1 %".149", i64 %".148", i64 0
  %".151" = getelementptr i8, ptr %".4", i64 %".150"
  %".152" = load i8, ptr %".151"
  %".153" = zext i8 %".152" to i64
  %".154" = or i64 %".153", 0
  %".155" = icmp eq i64 %".154", 46
  %".156" = and i1 %".149", %".155"
  br i1 %".156", label %"entry.endif.endif.endif.endif.if.if", label %"entry.endif.endif.endif.endif.if.endif"
entry.endif.endif.endif.endif.endif:
  %".225" = load i1, i1* %".19"
  %".226" = xor i1 %".225", -1
  br i1 %".226", label %"entry.endif.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif.endif"
entry.endif.endif.endif.endif.if.if:
  %".158" = load i64, i64* %".142"
  %".159" = add i64 %".158", 1
  %".160" = call i64 @"seq_rt_skip_digits"(ptr %".4", i64 %".6", i64 %".159")
  %".161" = load i64, i64* %".142"
  %".162" = add i64 %".161", 1
  %".163" = sub i64 %".160", %".162"
  store i64 %".163", i64* %".146"
  store i64 %".160", i64* %".142"
  br label %"entry.endif.endif.endif.endif.if.endif"
entry.endif.endif.endif.endif.if.endif:
  %".167" = load i64, i64* %".146"
  %".168" = add i64 %".145", %".167"
  %".169" = icmp eq i64 %".168", 0
  br i1 %".169", label %"entry.endif.endif.endif.endif.if.endif.if", label %"entry.endif.endif.endif.endif.if.endif.endif"
entry.endif.endif.endif.endif.if.endif.if:
  %".171" = insertvalue {double, i1} undef, double              0x0, 0
  %".172" = insertvalue {double, i1} %".171", i1 0, 1
  ret {double, i1} %".172"
entry.endif.endif.endif.endif.if.endif.endif:
  %".174" = load i64, i64* %".142"
  %".175" = icmp ult i64 %".174", %".6"
  %".176" = select  i1 %".175", i64 %".174", i64 0
  %".177" = getelementptr i8, ptr %".4", i64 %".176"
  %".178" = load i8, ptr %".177"
  %".179" = zext i8 %".178" to i64
  %".180" = or i64 %".179", 32
  %".181" = icmp eq i64 %".180", 101
  %".182" = and i1 %".175", %".181"
  br i1 %".182", label %"entry.endif.endif.endif.endif.if.endif.endif.if", label %"entry.endif.endif.endif.endif.if.endif.endif.endif"
entry.endif.endif.endif.endif.if.endif.endif.if:
  %".184" = load i64, i64* %".142"
  %".185" = add i64 %".184", 1
  store i64 %".185", i64* %".142"
  %".187" = load i64, i64* %".142"
  %".188" = icmp ult i64 %".187", %".6"
  %".189" = select  i1 %".188", i64 %".187", i64 0
  %".190" = getelementptr i8, ptr %".4", i64 %".189"
  %".191" = load i8, ptr %".190"
  %".192" = zext i8 %".191" to i64
  %".193" = or i64 %".192", 0
  %".194" = icmp eq i64 %".193", 43
  %".195" = and i1 %".188", %".194"
  %".196" = load i64, i64* %".142"
  %".197" = icmp ult i64 %".196", %".6"
  %".198" = select  i1 %".197", i64 %".196", i64 0
  %".199" = getelementptr i8, ptr %".4", i64 %".198"
  %".200" = load i8, ptr %".199"
  %".201" = zext i8 %".200" to i64
  %".202" = or i64 %".201", 0
  %".203" = icmp eq i64 %".202", 45
  %".204" = and i1 %".197", %".203"
  %".205" = or i1 %".195", %".204"
  br i1 %".205", label %"entry.endif.endif.endif.endif.if.endif.endif.if.if", label %"entry.endif.endif.endif.endif.if.endif.endif.if.endif"
entry.endif.endif.endif.endif.if.endif.endif.endif:
  %".221" = load i64, i64* %".142"
  %".222" = icmp eq i64 %".221", %".6"
  store i1 %".222", i1* %".19"
  br label %"entry.endif.endif.endif.endif.endif"
entry.endif.endif.endif.endif.if.endif.endif.if.if:
  %".207" = load i64, i64* %".142"
  %".208" = add i64 %".207", 1
  store i64 %".208", i64* %".142"
  br label %"entry.endif.endif.endif.endif.if.endif.endif.if.endif"
entry.endif.endif.endif.endif.if.endif.endif.if.endif:
  %".211" = load i64, i64* %".142"
  %".212" = call i64 @"seq_rt_skip_digits"(ptr %".4", i64 %".6", i64 %".211")
  %".213" = load i64, i64* %".142"
  %".214" = icmp eq i64 %".212", %".213"
  br i1 %".214", label %"entry.endif.endif.endif.e...if", label %"entry.endif.endif.endif.e...endif"
entry.endif.endif.endif.e...if:
  %".216" = insertvalue {double, i1} undef, double              0x0, 0
  %".217" = insertvalue {double, i1} %".216", i1 0, 1
  ret {double, i1} %".217"
entry.endif.endif.endif.e...endif:
  store i64 %".212", i64* %".142"
  br label %"entry.endif.endif.endif.endif.if.endif.endif.endif"
entry.endif.endif.endif.endif.endif.if:
  %".228" = insertvalue {double, i1} undef, double              0x0, 0
  %".229" = insertvalue {double, i1} %".228", i1 0, 1
  ret {double, i1} %".229"
entry.endif.endif.endif.endif.endif.endif:
  %".231" = add i64 %".6", 1
  %".232" = call ptr @"malloc"(i64 %".231")
  %".233" = icmp eq ptr %".232", null
  br i1 %".233", label %"entry.endif.endif.endif.endif.endif.endif.if", label %"entry.endif.endif.endif.endif.endif.endif.endif", !prof !0
entry.endif.endif.endif.endif.endif.endif.if:
  %".235" = load ptr, ptr @"seq_current"
  %".236" = icmp ne ptr %".235", null
  br i1 %".236", label %"entry.endif.endif.endif.endif.endif.endif.if.if", label %"entry.endif.endif.endif.endif.endif.endif.if.endif"
entry.endif.endif.endif.endif.endif.endif.endif:
  %".241" = call ptr @"memcpy"(ptr %".232", ptr %".4", i64 %".6")
  %".242" = trunc i64 0 to i8
  %".243" = getelementptr i8, ptr %".232", i64 %".6"
  store i8 %".242", ptr %".243"
  %".245" = call double @"strtod"(ptr %".232", ptr null)
  call void @"free"(ptr %".232")
  %".247" = insertvalue {double, i1} undef, double %".245", 0
  %".248" = insertvalue {double, i1} %".247", i1 1, 1
  ret {double, i1} %".248"
entry.endif.endif.endif.endif.endif.endif.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.endif.endif.endif.endif.endif.endif.if.endif:
  br label %"entry.endif.endif.endif.endif.endif.endif.endif"
}

define internal void @"seq_rt_flush_pending"() alwaysinline
{
entry:
  %".2" = load i64, i64* @"seq_out_used"
  %".3" = icmp sgt i64 %".2", 0
  br i1 %".3", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_rt_flush"()
  br label %"entry.endif"
entry.endif:
  ret void
}

define internal i1 @"seq_rt_stdin_fill"()
{
entry:
  %".2" = load i64, i64* @"seq_in_pos"
  %".3" = load i64, i64* @"seq_in_end"
  %".4" = icmp slt i64 %".2", %".3"
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  ret i1 1
entry.endif:
  call void @"seq_rt_flush_pending"()
  store i64 0, i64* @"seq_in_pos"
  store i64 0, i64* @"seq_in_end"
  br label %"loop.head"
loop.head:
  call void @"seq_io_wait"(i64 0, i64 1, i64 18446744073709551615)
  %".12" = call i64 @"read"(i32 0, [65536 x i8]* @"seq_in_buffer", i64 65536)
  %".13" = icmp sgt i64 %".12", 0
  br i1 %".13", label %"loop.head.if", label %"loop.head.endif"
loop.end:
  unreachable
loop.head.if:
  store i64 %".12", i64* @"seq_in_end"
  ret i1 1
loop.head.endif:
  %".17" = call ptr @"__errno_location"()
  %".18" = load i32, ptr %".17"
  %".19" = icmp eq i32 %".18", 4
  %".20" = icmp slt i64 %".12", 0
  %".21" = and i1 %".20", %".19"
  %".22" = xor i1 %".21", -1
  br i1 %".22", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.endif.if:
  ret i1 0
loop.head.endif.endif:
  br label %"loop.head"
}

define {i64, i1} @"seq_rt_read_line"()
{
entry:
  %".8" = alloca i64
  %".6" = alloca i64
  %".4" = alloca i64
  %".2" = alloca ptr
  store ptr null, ptr %".2"
  store i64 0, i64* %".4"
  store i64 0, i64* %".6"
  store i64 0, i64* %".8"
  br label %"loop.head"
loop.head:
  %".11" = call i1 @"seq_rt_stdin_fill"()
  %".12" = xor i1 %".11", -1
  br i1 %".12", label %"loop.head.if", label %"loop.head.endif"
loop.end:
  %".79" = load ptr, ptr %".2"
  call void @"free"(ptr %".79")
  %".81" = load i64, i64* %".8"
  %".82" = inttoptr i64 %".81" to ptr
  %".83" = getelementptr i8, ptr %".82", i64 24
  %".84" = getelementptr i8, ptr %".82", i64 16
  %".85" = load i64, ptr %".84"
  %".86" = call i64 @"seq_rt_utf8_count"(ptr %".83", i64 %".85")
  %".87" = icmp slt i64 %".86", 0
  br i1 %".87", label %"loop.end.if", label %"loop.end.endif"
loop.head.if:
  %".14" = load i64, i64* %".4"
  %".15" = icmp eq i64 %".14", 0
  br i1 %".15", label %"loop.head.if.if", label %"loop.head.if.endif"
loop.head.endif:
  %".27" = load i64, i64* @"seq_in_pos"
  %".28" = load i64, i64* @"seq_in_end"
  %".29" = sub i64 %".28", %".27"
  %".30" = getelementptr i8, [65536 x i8]* @"seq_in_buffer", i64 %".27"
  %".31" = call ptr @"memchr"([65536 x i8]* %".30", i32 10, i64 %".29")
  %".32" = icmp ne ptr %".31", null
  %".33" = ptrtoint ptr %".31" to i64
  %".34" = ptrtoint [65536 x i8]* %".30" to i64
  %".35" = sub i64 %".33", %".34"
  %".36" = add i64 %".35", 1
  %".37" = select  i1 %".32", i64 %".36", i64 %".29"
  %".38" = add i64 %".27", %".37"
  store i64 %".38", i64* @"seq_in_pos"
  %".40" = load i64, i64* %".4"
  %".41" = icmp eq i64 %".40", 0
  %".42" = and i1 %".32", %".41"
  br i1 %".42", label %"loop.head.endif.if", label %"loop.head.endif.endif"
loop.head.if.if:
  %".17" = load ptr, ptr %".2"
  call void @"free"(ptr %".17")
  %".19" = insertvalue {i64, i1} undef, i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64), 0
  %".20" = insertvalue {i64, i1} %".19", i1 0, 1
  ret {i64, i1} %".20"
loop.head.if.endif:
  %".22" = load ptr, ptr %".2"
  %".23" = load i64, i64* %".4"
  %".24" = call i64 @"seq_rt_string"(ptr %".22", i64 %".23")
  store i64 %".24", i64* %".8"
  br label %"loop.end"
loop.head.endif.if:
  %".44" = call i64 @"seq_rt_string"([65536 x i8]* %".30", i64 %".37")
  store i64 %".44", i64* %".8"
  br label %"loop.end"
loop.head.endif.endif:
  %".47" = load i64, i64* %".4"
  %".48" = add i64 %".47", %".37"
  %".49" = load i64, i64* %".6"
  %".50" = icmp ugt i64 %".48", %".49"
  br i1 %".50", label %"loop.head.endif.endif.if", label %"loop.head.endif.endif.endif"
loop.head.endif.endif.if:
  %".52" = mul i64 %".48", 2
  %".53" = add i64 %".52", 64
  %".54" = load ptr, ptr %".2"
  %".55" = call ptr @"realloc"(ptr %".54", i64 %".53")
  %".56" = icmp eq ptr %".55", null
  br i1 %".56", label %"loop.head.endif.endif.if.if", label %"loop.head.endif.endif.if.endif", !prof !0
loop.head.endif.endif.endif:
  %".67" = load ptr, ptr %".2"
  %".68" = load i64, i64* %".4"
  %".69" = getelementptr i8, ptr %".67", i64 %".68"
  %".70" = call ptr @"memcpy"(ptr %".69", [65536 x i8]* %".30", i64 %".37")
  store i64 %".48", i64* %".4"
  br i1 %".32", label %"loop.head.endif.endif.endif.if", label %"loop.head.endif.endif.endif.endif"
loop.head.endif.endif.if.if:
  %".58" = load ptr, ptr @"seq_current"
  %".59" = icmp ne ptr %".58", null
  br i1 %".59", label %"loop.head.endif.endif.if.if.if", label %"loop.head.endif.endif.if.if.endif"
loop.head.endif.endif.if.endif:
  store ptr %".55", ptr %".2"
  store i64 %".53", i64* %".6"
  br label %"loop.head.endif.endif.endif"
loop.head.endif.endif.if.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
loop.head.endif.endif.if.if.endif:
  br label %"loop.head.endif.endif.if.endif"
loop.head.endif.endif.endif.if:
  %".73" = load ptr, ptr %".2"
  %".74" = load i64, i64* %".4"
  %".75" = call i64 @"seq_rt_string"(ptr %".73", i64 %".74")
  store i64 %".75", i64* %".8"
  br label %"loop.end"
loop.head.endif.endif.endif.endif:
  br label %"loop.head"
loop.end.if:
  call void @"seq_decref"(i64 %".81")
  %".90" = insertvalue {i64, i1} undef, i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64), 0
  %".91" = insertvalue {i64, i1} %".90", i1 0, 1
  ret {i64, i1} %".91"
loop.end.endif:
  %".93" = icmp uge i64 %".85", 2
  %".94" = sub i64 %".85", 2
  %".95" = getelementptr i8, ptr %".83", i64 %".94"
  %".96" = load i8, ptr %".95"
  %".97" = zext i8 %".96" to i64
  %".98" = icmp eq i64 %".97", 13
  %".99" = and i1 %".93", %".98"
  %".100" = sub i64 %".85", 1
  %".101" = getelementptr i8, ptr %".83", i64 %".100"
  %".102" = load i8, ptr %".101"
  %".103" = zext i8 %".102" to i64
  %".104" = icmp eq i64 %".103", 10
  %".105" = and i1 %".99", %".104"
  br i1 %".105", label %"loop.end.endif.if", label %"loop.end.endif.endif"
loop.end.endif.if:
  %".107" = sub i64 %".85", 2
  %".108" = trunc i64 10 to i8
  %".109" = getelementptr i8, ptr %".83", i64 %".107"
  store i8 %".108", ptr %".109"
  %".111" = sub i64 %".85", 1
  %".112" = inttoptr i64 %".81" to ptr
  %".113" = getelementptr i8, ptr %".112", i64 16
  store i64 %".111", ptr %".113"
  br label %"loop.end.endif.endif"
loop.end.endif.endif:
  %".116" = insertvalue {i64, i1} undef, i64 %".81", 0
  %".117" = insertvalue {i64, i1} %".116", i1 1, 1
  ret {i64, i1} %".117"
}

define {i64, i64} @"seq_rt_read_n"(i64 %".1")
{
entry:
  %".49" = alloca i64, i32 4
  %".11" = alloca i64
  %".3" = icmp ugt i64 %".1", 10485760
  br i1 %".3", label %"entry.if", label %"entry.endif"
entry.if:
  %".5" = insertvalue {i64, i64} undef, i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64), 0
  %".6" = insertvalue {i64, i64} %".5", i64 0, 1
  ret {i64, i64} %".6"
entry.endif:
  %".8" = call i64 @"seq_rt_string_new"(i64 %".1")
  %".9" = inttoptr i64 %".8" to ptr
  %".10" = getelementptr i8, ptr %".9", i64 24
  store i64 0, i64* %".11"
  br label %"loop.head"
loop.head:
  %".14" = load i64, i64* %".11"
  %".15" = icmp uge i64 %".14", %".1"
  br i1 %".15", label %"loop.end", label %"loop.on"
loop.end:
  %".37" = load i64, i64* %".11"
  %".38" = inttoptr i64 %".8" to ptr
  %".39" = getelementptr i8, ptr %".38", i64 16
  store i64 %".37", ptr %".39"
  %".41" = load i64, i64* %".11"
  %".42" = icmp eq i64 %".41", %".1"
  %".43" = zext i1 %".42" to i64
  %".44" = load i64, i64* %".11"
  %".45" = call i64 @"seq_rt_utf8_count"(ptr %".10", i64 %".44")
  %".46" = icmp slt i64 %".45", 0
  br i1 %".46", label %"loop.end.if", label %"loop.end.endif"
loop.on:
  %".17" = call i1 @"seq_rt_stdin_fill"()
  %".18" = xor i1 %".17", -1
  br i1 %".18", label %"loop.end", label %"loop.on.1"
loop.on.1:
  %".20" = load i64, i64* @"seq_in_pos"
  %".21" = load i64, i64* @"seq_in_end"
  %".22" = sub i64 %".21", %".20"
  %".23" = load i64, i64* %".11"
  %".24" = sub i64 %".1", %".23"
  %".25" = icmp ult i64 %".22", %".24"
  %".26" = select  i1 %".25", i64 %".22", i64 %".24"
  %".27" = load i64, i64* %".11"
  %".28" = getelementptr i8, ptr %".10", i64 %".27"
  %".29" = getelementptr i8, [65536 x i8]* @"seq_in_buffer", i64 %".20"
  %".30" = call ptr @"memcpy"(ptr %".28", [65536 x i8]* %".29", i64 %".26")
  %".31" = add i64 %".20", %".26"
  store i64 %".31", i64* @"seq_in_pos"
  %".33" = load i64, i64* %".11"
  %".34" = add i64 %".33", %".26"
  store i64 %".34", i64* %".11"
  br label %"loop.head"
loop.end.if:
  %".48" = load i64, i64* %".11"
  %".50" = load ptr, ptr @"seq_host_utf8_lossy"
  %".51" = ptrtoint ptr %".50" to i64
  %".52" = getelementptr i64, i64* %".49", i64 0
  store i64 %".51", i64* %".52"
  %".54" = ptrtoint ptr %".10" to i64
  %".55" = getelementptr i64, i64* %".49", i64 1
  store i64 %".54", i64* %".55"
  %".57" = getelementptr i64, i64* %".49", i64 2
  store i64 %".48", i64* %".57"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_ptr_i64", i64* %".49")
  %".60" = getelementptr i64, i64* %".49", i64 3
  %".61" = load i64, i64* %".60"
  call void @"seq_decref"(i64 %".8")
  %".63" = insertvalue {i64, i64} undef, i64 %".61", 0
  %".64" = insertvalue {i64, i64} %".63", i64 %".43", 1
  ret {i64, i64} %".64"
loop.end.endif:
  %".66" = load i64, i64* %".11"
  %".67" = icmp eq i64 %".66", 0
  br i1 %".67", label %"loop.end.endif.if", label %"loop.end.endif.endif"
loop.end.endif.if:
  call void @"seq_decref"(i64 %".8")
  %".70" = insertvalue {i64, i64} undef, i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64), 0
  %".71" = insertvalue {i64, i64} %".70", i64 %".43", 1
  ret {i64, i64} %".71"
loop.end.endif.endif:
  %".73" = insertvalue {i64, i64} undef, i64 %".8", 0
  %".74" = insertvalue {i64, i64} %".73", i64 %".43", 1
  ret {i64, i64} %".74"
}

define i64 @"seq_rt_int_to_bytes_i32_be"(i64 %".1")
{
entry:
  %".3" = trunc i64 %".1" to i32
  %".4" = call i64 @"seq_rt_string_new"(i64 4)
  %".5" = call i32 @"llvm.bswap.i32"(i32 %".3")
  %".6" = inttoptr i64 %".4" to ptr
  %".7" = getelementptr i8, ptr %".6", i64 24
  store i32 %".5", ptr %".7"
  ret i64 %".4"
}

define i64 @"seq_rt_float_to_bytes_f32_be"(double %".1")
{
entry:
  %".3" = fptrunc double %".1" to float
  %".4" = bitcast float %".3" to i32
  %".5" = call i64 @"seq_rt_string_new"(i64 4)
  %".6" = call i32 @"llvm.bswap.i32"(i32 %".4")
  %".7" = inttoptr i64 %".5" to ptr
  %".8" = getelementptr i8, ptr %".7", i64 24
  store i32 %".6", ptr %".8"
  ret i64 %".5"
}

define i64 @"seq_rt_encode"(i64 %".1", i32 %".2")
{
entry:
  %".8" = alloca i64, i32 5
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".9" = load ptr, ptr @"seq_host_encode"
  %".10" = ptrtoint ptr %".9" to i64
  %".11" = getelementptr i64, i64* %".8", i64 0
  store i64 %".10", i64* %".11"
  %".13" = ptrtoint ptr %".5" to i64
  %".14" = getelementptr i64, i64* %".8", i64 1
  store i64 %".13", i64* %".14"
  %".16" = getelementptr i64, i64* %".8", i64 2
  store i64 %".7", i64* %".16"
  %".18" = zext i32 %".2" to i64
  %".19" = getelementptr i64, i64* %".8", i64 3
  store i64 %".18", i64* %".19"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_ptr_i64_i32", i64* %".8")
  %".22" = getelementptr i64, i64* %".8", i64 4
  %".23" = load i64, i64* %".22"
  call void @"seq_decref"(i64 %".1")
  ret i64 %".23"
}

define {i64, i1} @"seq_rt_decode"(i64 %".1", i32 %".2")
{
entry:
  %".8" = alloca i64, i32 5
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = getelementptr i8, ptr %".4", i64 16
  %".7" = load i64, ptr %".6"
  %".9" = load ptr, ptr @"seq_host_decode"
  %".10" = ptrtoint ptr %".9" to i64
  %".11" = getelementptr i64, i64* %".8", i64 0
  store i64 %".10", i64* %".11"
  %".13" = ptrtoint ptr %".5" to i64
  %".14" = getelementptr i64, i64* %".8", i64 1
  store i64 %".13", i64* %".14"
  %".16" = getelementptr i64, i64* %".8", i64 2
  store i64 %".7", i64* %".16"
  %".18" = zext i32 %".2" to i64
  %".19" = getelementptr i64, i64* %".8", i64 3
  store i64 %".18", i64* %".19"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_ptr_i64_i32", i64* %".8")
  %".22" = getelementptr i64, i64* %".8", i64 4
  %".23" = load i64, i64* %".22"
  call void @"seq_decref"(i64 %".1")
  %".25" = icmp ne i64 %".23", 0
  %".26" = select  i1 %".25", i64 %".23", i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
  %".27" = insertvalue {i64, i1} undef, i64 %".26", 0
  %".28" = insertvalue {i64, i1} %".27", i1 %".25", 1
  ret {i64, i1} %".28"
}

declare i32 @"clock_gettime"(i32 %".1", ptr %".2")

define i64 @"seq_rt_nanos"()
{
entry:
  %".2" = alloca [2 x i64]
  %".3" = call i32 @"clock_gettime"(i32 1, [2 x i64]* %".2")
  %".4" = load i64, [2 x i64]* %".2"
  %".5" = mul i64 %".4", 1000000000
  %".6" = getelementptr i8, [2 x i64]* %".2", i64 8
  %".7" = load i64, [2 x i64]* %".6"
  %".8" = add i64 %".5", %".7"
  ret i64 %".8"
}

define i64 @"seq_rt_micros_since_epoch"()
{
entry:
  %".2" = alloca [2 x i64]
  %".3" = call i32 @"clock_gettime"(i32 0, [2 x i64]* %".2")
  %".4" = load i64, [2 x i64]* %".2"
  %".5" = mul i64 %".4", 1000000000
  %".6" = getelementptr i8, [2 x i64]* %".2", i64 8
  %".7" = load i64, [2 x i64]* %".6"
  %".8" = add i64 %".5", %".7"
  %".9" = sdiv i64 %".8", 1000
  ret i64 %".9"
}

define i64 @"seq_rt_arg_at"(i64 %".1")
{
entry:
  %".3" = icmp slt i64 %".1", 0
  br i1 %".3", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".5" = call i32 (ptr, i64, ptr, ...) @"snprintf"([256 x i8]* @"seq_panic_text", i64 256, [46 x i8]* @"seq_str.617267732e61743a20696e646578206d757374206265206e.a520b23403f1", i64 %".1")
  call void @"seq_rt_panic"([256 x i8]* @"seq_panic_text")
  unreachable
entry.endif:
  %".8" = load i64, i64* @"seq_argc"
  %".9" = icmp sge i64 %".1", %".8"
  br i1 %".9", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  ret i64 ptrtoint ({i64, i64, i64, [0 x i8]}* @"seq_rt_empty_string" to i64)
entry.endif.endif:
  %".12" = load ptr, ptr @"seq_argv"
  %".13" = getelementptr i64, ptr %".12", i64 %".1"
  %".14" = load i64, ptr %".13"
  call void @"seq_incref"(i64 %".14")
  ret i64 %".14"
}

define void @"seq_rt_sleep_ms"(i64 %".1")
{
entry:
  %".3" = icmp slt i64 %".1", 0
  br i1 %".3", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".5" = call i32 (ptr, i64, ptr, ...) @"snprintf"([256 x i8]* @"seq_panic_text", i64 256, [55 x i8]* @"seq_str.74696d652e736c6565702d6d733a206475726174696f6e20.c522042eb33a", i64 %".1")
  call void @"seq_rt_panic"([256 x i8]* @"seq_panic_text")
  unreachable
entry.endif:
  %".8" = call i64 @"seq_rt_nanos"()
  %".9" = sub i64 9223372036854775807, %".8"
  %".10" = sdiv i64 %".9", 1000000
  %".11" = mul i64 %".1", 1000000
  %".12" = add i64 %".8", %".11"
  %".13" = icmp sge i64 %".1", %".10"
  %".14" = select  i1 %".13", i64 9223372036854775807, i64 %".12"
  call void @"seq_rt_sleep_until"(i64 %".14")
  ret void
}

define void @"seq_rt_exit"(i64 %".1")
{
entry:
  call void @"seq_rt_flush"()
  %".4" = load i64, i64* @"seq_exit_caught"
  %".5" = icmp ne i64 %".4", 0
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  %".7" = trunc i64 %".1" to i32
  %".8" = call i32 (ptr, i64, ptr, ...) @"snprintf"([96 x i8]* @"seq_exit_message", i64 96, [57 x i8]* @"seq_str.6f732e65786974202564206361756768743a207468652073.fad6aed38ec9", i32 %".7")
  call void @"seq_rt_panic"([96 x i8]* @"seq_exit_message")
  unreachable
entry.endif:
  %".11" = trunc i64 %".1" to i32
  call void @"exit"(i32 %".11")
  unreachable
}

define void @"seq_rt_host_regex_match_p"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_match_p"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_find"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_find"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_find_all"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_find_all"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_replace"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_replace"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_replace_all"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_replace_all"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_captures"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_captures"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_split"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_split"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_regex_valid_p"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_regex_valid_p"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_signal_trap"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_signal_trap"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_signal_default"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_signal_default"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_signal_ignore"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_signal_ignore"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_signal_handler"(i32 %".1")
{
entry:
  %".3" = zext i32 %".1" to i64
  %".4" = icmp ult i64 %".3", 32
  br i1 %".4", label %"entry.if", label %"entry.endif"
entry.if:
  %".6" = getelementptr [32 x i8], [32 x i8]* @"seq_signal_flags", i64 0, i64 %".3"
  %".7" = atomicrmw xchg [32 x i8]* %".6", i8 1 seq_cst
  br label %"entry.endif"
entry.endif:
  ret void
}

define i64 @"seq_rt_signal_flag"(i64 %".1", i64 %".2")
{
entry:
  %".4" = icmp uge i64 %".1", 32
  br i1 %".4", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".6" = icmp eq i64 %".2", 1
  %".7" = select  i1 %".6", i64 ptrtoint ([16 x i8]* @"seq_str.7369676e616c2e70656e64696e673f.7fa9ccee90c5" to i64), i64 ptrtoint ([13 x i8]* @"seq_str.7369676e616c2e636c656172.c97d4d7ae609" to i64)
  %".8" = icmp eq i64 %".2", 0
  %".9" = select  i1 %".8", i64 ptrtoint ([17 x i8]* @"seq_str.7369676e616c2e72656365697665643f.e21448b956c9" to i64), i64 %".7"
  %".10" = inttoptr i64 %".9" to ptr
  %".11" = call i32 (ptr, i64, ptr, ...) @"snprintf"([64 x i8]* @"seq_signal_message", i64 64, [31 x i8]* @"seq_str.25733a20696e76616c6964207369676e616c206e756d6265.effc44917071", ptr %".10", i64 %".1")
  call void @"seq_rt_panic"([64 x i8]* @"seq_signal_message")
  unreachable
entry.endif:
  %".14" = getelementptr [32 x i8], [32 x i8]* @"seq_signal_flags", i64 0, i64 %".1"
  %".15" = icmp eq i64 %".2", 1
  br i1 %".15", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".17" = load atomic i8, [32 x i8]* %".14" seq_cst, align 1
  %".18" = icmp ne i8 %".17", 0
  %".19" = zext i1 %".18" to i64
  ret i64 %".19"
entry.endif.endif:
  %".21" = atomicrmw xchg [32 x i8]* %".14", i8 0 seq_cst
  %".22" = icmp ne i8 %".21", 0
  %".23" = zext i1 %".22" to i64
  %".24" = icmp eq i64 %".2", 0
  %".25" = select  i1 %".24", i64 %".23", i64 0
  ret i64 %".25"
}

define void @"seq_rt_host_son_dump"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_son_dump"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_son_dump_pretty"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_son_dump_pretty"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_getenv"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_getenv"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_home_dir"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_home_dir"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_current_dir"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_current_dir"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_path_exists"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_path_exists"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_path_is_file"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_path_is_file"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_path_is_dir"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_path_is_dir"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_path_join"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_path_join"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_path_parent"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_path_parent"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_path_filename"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_path_filename"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_name"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_name"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_os_arch"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_os_arch"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

declare i32 @"fcntl"(i32 %".1", i32 %".2", ...)

define void @"seq_rt_host_terminal_raw_mode"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_terminal_raw_mode"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_terminal_width"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_terminal_width"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define void @"seq_rt_host_terminal_height"(ptr %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_op_terminal_height"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = ptrtoint ptr %".1" to i64
  %".9" = getelementptr i64, i64* %".3", i64 1
  store i64 %".8", i64* %".9"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_ptr", i64* %".3")
  %".12" = load i64, ptr %".1"
  %".13" = icmp ne i64 %".12", 0
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = inttoptr i64 %".12" to ptr
  call void @"seq_rt_panic"(ptr %".15")
  unreachable
entry.endif:
  ret void
}

define i64 @"seq_rt_terminal_read_char"(i1 %".1")
{
entry:
  %".24" = alloca i32
  %".23" = alloca i8
  %".3" = load i64, i64* @"seq_in_pos"
  %".4" = load i64, i64* @"seq_in_end"
  %".5" = icmp slt i64 %".3", %".4"
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  %".7" = add i64 %".3", 1
  store i64 %".7", i64* @"seq_in_pos"
  %".9" = getelementptr [65536 x i8], [65536 x i8]* @"seq_in_buffer", i64 0, i64 %".3"
  %".10" = load i8, [65536 x i8]* %".9"
  %".11" = zext i8 %".10" to i64
  ret i64 %".11"
entry.endif:
  call void @"seq_rt_flush_pending"()
  %".14" = xor i1 %".1", -1
  br i1 %".14", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  call void @"seq_io_wait"(i64 0, i64 1, i64 18446744073709551615)
  %".17" = load i64, i64* @"seq_interrupt_flag"
  %".18" = icmp ne i64 %".17", 0
  br i1 %".18", label %"entry.endif.if.if", label %"entry.endif.if.endif"
entry.endif.endif:
  br i1 %".1", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.if.if:
  call void @"seq_rt_interrupted"()
  br label %"entry.endif.if.endif"
entry.endif.if.endif:
  br label %"entry.endif.endif"
entry.endif.endif.if:
  %".26" = call i32 (i32, i32, ...) @"fcntl"(i32 0, i32 3)
  %".27" = icmp slt i32 %".26", 0
  br i1 %".27", label %"entry.endif.endif.if.if", label %"entry.endif.endif.if.endif"
entry.endif.endif.endif:
  %".34" = call i64 @"read"(i32 0, i8* %".23", i64 1)
  br i1 %".1", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.if.if:
  ret i64 18446744073709551615
entry.endif.endif.if.endif:
  store i32 %".26", i32* %".24"
  %".31" = or i32 %".26", 2048
  %".32" = call i32 (i32, i32, ...) @"fcntl"(i32 0, i32 4, i32 %".31")
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif.if:
  %".36" = load i32, i32* %".24"
  %".37" = call i32 (i32, i32, ...) @"fcntl"(i32 0, i32 4, i32 %".36")
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  %".39" = icmp eq i64 %".34", 1
  %".40" = load i8, i8* %".23"
  %".41" = zext i8 %".40" to i64
  %".42" = select  i1 %".39", i64 %".41", i64 18446744073709551615
  ret i64 %".42"
}

define void @"seq_rt_test_init"(i64 %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_test_init"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = getelementptr i64, i64* %".3", i64 1
  store i64 %".1", i64* %".8"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_i64", i64* %".3")
  call void @"seq_decref"(i64 %".1")
  ret void
}

define void @"seq_rt_test_set_name"(i64 %".1")
{
entry:
  %".3" = alloca i64, i32 3
  %".4" = load ptr, ptr @"seq_host_test_set_name"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = getelementptr i64, i64* %".3", i64 1
  store i64 %".1", i64* %".8"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_i64", i64* %".3")
  call void @"seq_decref"(i64 %".1")
  ret void
}

define void @"seq_rt_test_finish"()
{
entry:
  %".2" = alloca i64, i32 2
  %".3" = load ptr, ptr @"seq_host_test_finish"
  %".4" = ptrtoint ptr %".3" to i64
  %".5" = getelementptr i64, i64* %".2", i64 0
  store i64 %".4", i64* %".5"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64", i64* %".2")
  %".8" = getelementptr i64, i64* %".2", i64 1
  %".9" = load i64, i64* %".8"
  call void @"seq_rt_write"(i64 %".9")
  ret void
}

define i64 @"seq_rt_test_fail_count"()
{
entry:
  %".2" = alloca i64, i32 2
  %".3" = load ptr, ptr @"seq_host_test_fail_count"
  %".4" = ptrtoint ptr %".3" to i64
  %".5" = getelementptr i64, i64* %".2", i64 0
  store i64 %".4", i64* %".5"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64", i64* %".2")
  %".8" = getelementptr i64, i64* %".2", i64 1
  %".9" = load i64, i64* %".8"
  ret i64 %".9"
}

define i64 @"seq_rt_test_pass_count"()
{
entry:
  %".2" = load i64, i64* @"seq_test_passes"
  ret i64 %".2"
}

define void @"seq_rt_test_assert_bool"(i1 %".1", i64 %".2", i64 %".3")
{
entry:
  %".10" = alloca i64, i32 6
  br i1 %".1", label %"entry.if", label %"entry.else"
entry.if:
  %".6" = load i64, i64* @"seq_test_passes"
  %".7" = add i64 %".6", 1
  store i64 %".7", i64* @"seq_test_passes"
  br label %"entry.endif"
entry.else:
  %".11" = load ptr, ptr @"seq_host_test_failure"
  %".12" = ptrtoint ptr %".11" to i64
  %".13" = getelementptr i64, i64* %".10", i64 0
  store i64 %".12", i64* %".13"
  %".15" = getelementptr i64, i64* %".10", i64 1
  store i64 0, i64* %".15"
  %".17" = getelementptr i64, i64* %".10", i64 2
  store i64 %".3", i64* %".17"
  %".19" = getelementptr i64, i64* %".10", i64 3
  store i64 %".2", i64* %".19"
  %".21" = getelementptr i64, i64* %".10", i64 4
  store i64 0, i64* %".21"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_i64_i64_i64_i64", i64* %".10")
  br label %"entry.endif"
entry.endif:
  ret void
}

define void @"seq_rt_test_assert_int"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".13" = alloca i64, i32 6
  %".5" = icmp eq i64 %".1", %".2"
  br i1 %".5", label %"entry.if", label %"entry.else"
entry.if:
  %".7" = load i64, i64* @"seq_test_passes"
  %".8" = add i64 %".7", 1
  store i64 %".8", i64* @"seq_test_passes"
  br label %"entry.endif"
entry.else:
  %".11" = ashr i64 %".2", 1
  %".12" = ashr i64 %".1", 1
  %".14" = load ptr, ptr @"seq_host_test_failure"
  %".15" = ptrtoint ptr %".14" to i64
  %".16" = getelementptr i64, i64* %".13", i64 0
  store i64 %".15", i64* %".16"
  %".18" = getelementptr i64, i64* %".13", i64 1
  store i64 1, i64* %".18"
  %".20" = getelementptr i64, i64* %".13", i64 2
  store i64 %".3", i64* %".20"
  %".22" = getelementptr i64, i64* %".13", i64 3
  store i64 %".11", i64* %".22"
  %".24" = getelementptr i64, i64* %".13", i64 4
  store i64 %".12", i64* %".24"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_i64_i64_i64_i64", i64* %".13")
  br label %"entry.endif"
entry.endif:
  ret void
}

define void @"seq_rt_test_assert_str"(i64 %".1", i64 %".2", i64 %".3")
{
entry:
  %".11" = alloca i64, i32 6
  %".5" = call i1 @"seq_rt_bytes_equal"(i64 %".1", i64 %".2")
  br i1 %".5", label %"entry.if", label %"entry.else"
entry.if:
  %".7" = load i64, i64* @"seq_test_passes"
  %".8" = add i64 %".7", 1
  store i64 %".8", i64* @"seq_test_passes"
  br label %"entry.endif"
entry.else:
  %".12" = load ptr, ptr @"seq_host_test_failure"
  %".13" = ptrtoint ptr %".12" to i64
  %".14" = getelementptr i64, i64* %".11", i64 0
  store i64 %".13", i64* %".14"
  %".16" = getelementptr i64, i64* %".11", i64 1
  store i64 2, i64* %".16"
  %".18" = getelementptr i64, i64* %".11", i64 2
  store i64 %".3", i64* %".18"
  %".20" = getelementptr i64, i64* %".11", i64 3
  store i64 %".2", i64* %".20"
  %".22" = getelementptr i64, i64* %".11", i64 4
  store i64 %".1", i64* %".22"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_i64_i64_i64_i64", i64* %".11")
  br label %"entry.endif"
entry.endif:
  call void @"seq_decref"(i64 %".1")
  call void @"seq_decref"(i64 %".2")
  ret void
}

define void @"seq_rt_test_fail"(i64 %".1")
{
entry:
  %".3" = alloca i64, i32 6
  %".4" = load ptr, ptr @"seq_host_test_failure"
  %".5" = ptrtoint ptr %".4" to i64
  %".6" = getelementptr i64, i64* %".3", i64 0
  store i64 %".5", i64* %".6"
  %".8" = getelementptr i64, i64* %".3", i64 1
  store i64 3, i64* %".8"
  %".10" = getelementptr i64, i64* %".3", i64 2
  store i64 0, i64* %".10"
  %".12" = getelementptr i64, i64* %".3", i64 3
  store i64 %".1", i64* %".12"
  %".14" = getelementptr i64, i64* %".3", i64 4
  store i64 0, i64* %".14"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.void_i64_i64_i64_i64", i64* %".3")
  call void @"seq_decref"(i64 %".1")
  ret void
}

define ptr @"seq_rt_stack_dump"(ptr %".1")
{
entry:
  %".28" = alloca ptr
  %".15" = alloca i64, i32 4
  %".3" = load ptr, ptr @"seq_current"
  %".4" = getelementptr i8, ptr %".3", i64 16
  %".5" = icmp ne ptr %".3", null
  %".6" = ptrtoint ptr @"seq_stack_base" to i64
  %".7" = inttoptr i64 %".6" to ptr
  %".8" = select  i1 %".5", ptr %".4", ptr %".7"
  %".9" = load ptr, ptr %".8"
  %".10" = icmp eq ptr %".9", null
  br i1 %".10", label %"entry.if", label %"entry.endif"
entry.if:
  ret ptr %".1"
entry.endif:
  %".13" = ptrtoint ptr %".9" to i64
  %".14" = ptrtoint ptr %".1" to i64
  %".16" = load ptr, ptr @"seq_host_stack_dump"
  %".17" = ptrtoint ptr %".16" to i64
  %".18" = getelementptr i64, i64* %".15", i64 0
  store i64 %".17", i64* %".18"
  %".20" = getelementptr i64, i64* %".15", i64 1
  store i64 %".13", i64* %".20"
  %".22" = getelementptr i64, i64* %".15", i64 2
  store i64 %".14", i64* %".22"
  call void @"seq_rt_on_system_stack"(void (ptr)* @"seq_thunk.i64_i64_i64", i64* %".15")
  %".25" = getelementptr i64, i64* %".15", i64 3
  %".26" = load i64, i64* %".25"
  call void @"seq_rt_write_line"(i64 %".26")
  store ptr %".9", ptr %".28"
  br label %"while.head"
while.head:
  %".31" = load ptr, ptr %".28"
  %".32" = ptrtoint ptr %".31" to i64
  %".33" = ptrtoint ptr %".1" to i64
  %".34" = icmp ult i64 %".32", %".33"
  br i1 %".34", label %"while.body", label %"while.end"
while.body:
  %".36" = load ptr, ptr %".28"
  %".37" = load i64, ptr %".36"
  call void @"seq_decref"(i64 %".37")
  %".39" = load ptr, ptr %".28"
  %".40" = getelementptr i64, ptr %".39", i64 1
  store ptr %".40", ptr %".28"
  br label %"while.head"
while.end:
  ret ptr %".9"
}

define i64 @"seq_rt_chan_make"()
{
entry:
  %".2" = call ptr @"seq_rt_alloc"(i64 7, i64 80)
  %".3" = load i64, i64* @"seq_next_channel_id"
  %".4" = add i64 %".3", 1
  store i64 %".4", i64* @"seq_next_channel_id"
  %".6" = getelementptr i8, ptr %".2", i64 16
  store ptr null, ptr %".6"
  %".8" = getelementptr i8, ptr %".2", i64 24
  store ptr null, ptr %".8"
  %".10" = getelementptr i8, ptr %".2", i64 32
  store i64 %".3", ptr %".10"
  %".12" = call ptr @"malloc"(i64 128)
  %".13" = icmp eq ptr %".12", null
  br i1 %".13", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  %".15" = load ptr, ptr @"seq_current"
  %".16" = icmp ne ptr %".15", null
  br i1 %".16", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  %".21" = getelementptr i8, ptr %".2", i64 40
  store ptr %".12", ptr %".21"
  %".23" = getelementptr i8, ptr %".2", i64 48
  store i64 16, ptr %".23"
  %".25" = getelementptr i8, ptr %".2", i64 56
  store i64 0, ptr %".25"
  %".27" = getelementptr i8, ptr %".2", i64 64
  store i64 0, ptr %".27"
  %".29" = getelementptr i8, ptr %".2", i64 72
  store i64 0, ptr %".29"
  %".31" = load ptr, ptr @"seq_channels"
  %".32" = getelementptr i8, ptr %".2", i64 80
  store ptr null, ptr %".32"
  %".34" = getelementptr i8, ptr %".2", i64 88
  store ptr %".31", ptr %".34"
  %".36" = icmp ne ptr %".31", null
  br i1 %".36", label %"entry.endif.if", label %"entry.endif.endif"
entry.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.if.endif:
  br label %"entry.endif"
entry.endif.if:
  %".38" = getelementptr i8, ptr %".31", i64 80
  store ptr %".2", ptr %".38"
  br label %"entry.endif.endif"
entry.endif.endif:
  store ptr %".2", ptr @"seq_channels"
  %".42" = ptrtoint ptr %".2" to i64
  ret i64 %".42"
}

define internal void @"seq_chan_enqueue"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 48
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr i8, ptr %".4", i64 64
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr i8, ptr %".4", i64 56
  %".10" = load i64, ptr %".9"
  %".11" = icmp eq i64 %".8", %".6"
  br i1 %".11", label %"entry.if", label %"entry.endif"
entry.if:
  %".13" = getelementptr i8, ptr %".4", i64 40
  %".14" = load ptr, ptr %".13"
  %".15" = mul i64 %".6", 16
  %".16" = call ptr @"realloc"(ptr %".14", i64 %".15")
  %".17" = icmp eq ptr %".16", null
  br i1 %".17", label %"entry.if.if", label %"entry.if.endif", !prof !0
entry.endif:
  %".34" = getelementptr i8, ptr %".4", i64 56
  %".35" = load i64, ptr %".34"
  %".36" = add i64 %".35", %".8"
  %".37" = getelementptr i8, ptr %".4", i64 48
  %".38" = load i64, ptr %".37"
  %".39" = srem i64 %".36", %".38"
  %".40" = getelementptr i8, ptr %".4", i64 40
  %".41" = load ptr, ptr %".40"
  %".42" = getelementptr i64, ptr %".41", i64 %".39"
  store i64 %".2", ptr %".42"
  %".44" = add i64 %".8", 1
  %".45" = getelementptr i8, ptr %".4", i64 64
  store i64 %".44", ptr %".45"
  ret void
entry.if.if:
  %".19" = load ptr, ptr @"seq_current"
  %".20" = icmp ne ptr %".19", null
  br i1 %".20", label %"entry.if.if.if", label %"entry.if.if.endif"
entry.if.endif:
  %".25" = getelementptr i8, ptr %".4", i64 40
  store ptr %".16", ptr %".25"
  %".27" = getelementptr i64, ptr %".16", i64 %".6"
  %".28" = mul i64 %".10", 8
  %".29" = call ptr @"memcpy"(ptr %".27", ptr %".16", i64 %".28")
  %".30" = mul i64 %".6", 2
  %".31" = getelementptr i8, ptr %".4", i64 48
  store i64 %".30", ptr %".31"
  br label %"entry.endif"
entry.if.if.if:
  call void @"seq_rt_panic"([14 x i8]* @"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a")
  unreachable
entry.if.if.endif:
  br label %"entry.if.endif"
}

define i64 @"seq_rt_chan_send"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".2" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 72
  %".6" = load i64, ptr %".5"
  %".7" = icmp ne i64 %".6", 0
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".1")
  call void @"seq_decref"(i64 %".2")
  ret i64 0
entry.endif:
  %".12" = inttoptr i64 %".2" to ptr
  %".13" = getelementptr i8, ptr %".12", i64 16
  %".14" = call ptr @"seq_waitq_dequeue"(ptr %".13")
  %".15" = icmp ne ptr %".14", null
  br i1 %".15", label %"entry.endif.if", label %"entry.endif.else"
entry.endif.if:
  %".17" = getelementptr i8, ptr %".14", i64 72
  store i64 %".1", ptr %".17"
  %".19" = getelementptr i8, ptr %".14", i64 80
  store i64 1, ptr %".19"
  %".21" = getelementptr i8, ptr %".14", i64 88
  store ptr null, ptr %".21"
  call void @"seq_sched_push_front"(ptr %".14")
  br label %"entry.endif.endif"
entry.endif.else:
  call void @"seq_chan_enqueue"(i64 %".2", i64 %".1")
  br label %"entry.endif.endif"
entry.endif.endif:
  call void @"seq_decref"(i64 %".2")
  ret i64 1
}

define {i64, i64} @"seq_rt_chan_receive"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 64
  %".5" = load i64, ptr %".4"
  %".6" = icmp sgt i64 %".5", 0
  br i1 %".6", label %"entry.if", label %"entry.endif"
entry.if:
  %".8" = getelementptr i8, ptr %".3", i64 56
  %".9" = load i64, ptr %".8"
  %".10" = getelementptr i8, ptr %".3", i64 40
  %".11" = load ptr, ptr %".10"
  %".12" = getelementptr i64, ptr %".11", i64 %".9"
  %".13" = load i64, ptr %".12"
  %".14" = add i64 %".9", 1
  %".15" = getelementptr i8, ptr %".3", i64 48
  %".16" = load i64, ptr %".15"
  %".17" = srem i64 %".14", %".16"
  %".18" = getelementptr i8, ptr %".3", i64 56
  store i64 %".17", ptr %".18"
  %".20" = sub i64 %".5", 1
  %".21" = getelementptr i8, ptr %".3", i64 64
  store i64 %".20", ptr %".21"
  call void @"seq_decref"(i64 %".1")
  %".24" = insertvalue {i64, i64} undef, i64 %".13", 0
  %".25" = insertvalue {i64, i64} %".24", i64 1, 1
  ret {i64, i64} %".25"
entry.endif:
  %".27" = getelementptr i8, ptr %".3", i64 72
  %".28" = load i64, ptr %".27"
  %".29" = icmp ne i64 %".28", 0
  br i1 %".29", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  call void @"seq_decref"(i64 %".1")
  %".32" = insertvalue {i64, i64} undef, i64 1, 0
  %".33" = insertvalue {i64, i64} %".32", i64 0, 1
  ret {i64, i64} %".33"
entry.endif.endif:
  %".35" = load ptr, ptr @"seq_current"
  %".36" = icmp eq ptr %".35", null
  br i1 %".36", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  call void @"seq_rt_panic"([58 x i8]* @"seq_str.6368616e2e726563656976653a206e6f7468696e67206361.fea6fd37785a")
  unreachable
entry.endif.endif.endif:
  %".40" = inttoptr i64 %".1" to ptr
  %".41" = getelementptr i8, ptr %".40", i64 16
  %".42" = getelementptr i8, ptr %".35", i64 88
  store ptr %".41", ptr %".42"
  call void @"seq_waitq_enqueue"(ptr %".41", ptr %".35")
  call void @"seq_sched_block"(i64 3)
  %".46" = getelementptr i8, ptr %".35", i64 72
  %".47" = load i64, ptr %".46"
  %".48" = getelementptr i8, ptr %".35", i64 80
  %".49" = load i64, ptr %".48"
  call void @"seq_decref"(i64 %".1")
  %".51" = insertvalue {i64, i64} undef, i64 %".47", 0
  %".52" = insertvalue {i64, i64} %".51", i64 %".49", 1
  ret {i64, i64} %".52"
}

define void @"seq_rt_chan_close"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 72
  store i64 1, ptr %".4"
  %".6" = inttoptr i64 %".1" to ptr
  %".7" = getelementptr i8, ptr %".6", i64 16
  br label %"loop.head"
loop.head:
  %".9" = call ptr @"seq_waitq_dequeue"(ptr %".7")
  %".10" = icmp eq ptr %".9", null
  br i1 %".10", label %"loop.end", label %"loop.on"
loop.end:
  call void @"seq_decref"(i64 %".1")
  ret void
loop.on:
  %".12" = getelementptr i8, ptr %".9", i64 72
  store i64 1, ptr %".12"
  %".14" = getelementptr i8, ptr %".9", i64 80
  store i64 0, ptr %".14"
  %".16" = getelementptr i8, ptr %".9", i64 88
  store ptr null, ptr %".16"
  call void @"seq_sched_push_front"(ptr %".9")
  br label %"loop.head"
}

define void @"seq_chan_release"(ptr %".1")
{
entry:
  %".3" = getelementptr i8, ptr %".1", i64 80
  %".4" = load ptr, ptr %".3"
  %".5" = getelementptr i8, ptr %".1", i64 88
  %".6" = load ptr, ptr %".5"
  %".7" = icmp eq ptr %".4", null
  br i1 %".7", label %"entry.if", label %"entry.else"
entry.if:
  store ptr %".6", ptr @"seq_channels"
  br label %"entry.endif"
entry.else:
  %".11" = getelementptr i8, ptr %".4", i64 88
  store ptr %".6", ptr %".11"
  br label %"entry.endif"
entry.endif:
  %".14" = icmp ne ptr %".6", null
  br i1 %".14", label %"entry.endif.if", label %"entry.endif.endif"
entry.endif.if:
  %".16" = getelementptr i8, ptr %".6", i64 80
  store ptr %".4", ptr %".16"
  br label %"entry.endif.endif"
entry.endif.endif:
  %".19" = getelementptr i8, ptr %".1", i64 56
  %".20" = load i64, ptr %".19"
  %".21" = getelementptr i8, ptr %".1", i64 48
  %".22" = load i64, ptr %".21"
  %".23" = getelementptr i8, ptr %".1", i64 40
  %".24" = load ptr, ptr %".23"
  %".25" = getelementptr i8, ptr %".1", i64 64
  %".26" = load i64, ptr %".25"
  br label %"for.head"
for.head:
  %".28" = phi  i64 [0, %"entry.endif.endif"], [%".36", %"for.body"]
  %".29" = icmp slt i64 %".28", %".26"
  br i1 %".29", label %"for.body", label %"for.end"
for.body:
  %".31" = add i64 %".20", %".28"
  %".32" = srem i64 %".31", %".22"
  %".33" = getelementptr i64, ptr %".24", i64 %".32"
  %".34" = load i64, ptr %".33"
  call void @"seq_decref"(i64 %".34")
  %".36" = add i64 %".28", 1
  br label %"for.head"
for.end:
  call void @"free"(ptr %".24")
  ret void
}

declare i32 @"sigaction"(i32 %".1", ptr %".2", ptr %".3")

declare i32 @"sigaltstack"(ptr %".1", ptr %".2")

define void @"seq_fault_handler"(i32 %".1", ptr %".2", ptr %".3")
{
entry:
  %".5" = load ptr, ptr @"seq_current"
  %".6" = load i64, i64* @"seq_unwind_armed"
  %".7" = icmp ne ptr %".5", null
  %".8" = icmp ne i64 %".6", 0
  %".9" = and i1 %".7", %".8"
  %".26" = alloca [19 x i64]
  br i1 %".9", label %"entry.if", label %"entry.endif"
entry.if:
  %".11" = getelementptr i8, ptr %".2", i64 16
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr i8, ptr %".5", i64 8
  %".14" = load ptr, ptr %".13"
  %".15" = ptrtoint ptr %".14" to i64
  %".16" = icmp uge i64 %".12", %".15"
  %".17" = load i64, i64* @"seq_native_stack_size"
  %".18" = add i64 %".17", 8400896
  %".19" = add i64 %".15", %".18"
  %".20" = icmp ult i64 %".12", %".19"
  %".21" = and i1 %".16", %".20"
  br i1 %".21", label %"entry.if.if", label %"entry.if.endif"
entry.endif:
  %".27" = ptrtoint [19 x i64]* %".26" to i64
  %".28" = inttoptr i64 %".27" to ptr
  %".29" = call ptr @"memset"(ptr %".28", i32 0, i64 152)
  %".30" = call i32 @"sigaction"(i32 11, ptr %".28", ptr null)
  %".31" = call i32 @"sigaction"(i32 7, ptr %".28", ptr null)
  ret void
entry.if.if:
  call void @"seq_rt_panic"([99 x i8]* @"seq_str.6d656d6f7279206661756c743a2074686520737472616e64.173ce2ac0e5d")
  unreachable
entry.if.endif:
  br label %"entry.endif"
}

define void @"seq_rt_install_fault_handler"()
{
entry:
  %".2" = alloca [3 x i64]
  %".3" = ptrtoint [3 x i64]* %".2" to i64
  %".4" = inttoptr i64 %".3" to ptr
  %".5" = call ptr @"malloc"(i64 65536)
  store ptr %".5", ptr %".4"
  %".7" = getelementptr i8, ptr %".4", i64 8
  store i64 0, ptr %".7"
  %".9" = getelementptr i8, ptr %".4", i64 16
  store i64 65536, ptr %".9"
  %".11" = call i32 @"sigaltstack"(ptr %".4", ptr null)
  %".12" = alloca [19 x i64]
  %".13" = ptrtoint [19 x i64]* %".12" to i64
  %".14" = inttoptr i64 %".13" to ptr
  %".15" = call ptr @"memset"(ptr %".14", i32 0, i64 152)
  store void (i32, ptr, ptr)* @"seq_fault_handler", ptr %".14"
  %".17" = getelementptr i8, ptr %".14", i64 136
  store i64 134217732, ptr %".17"
  %".19" = call i32 @"sigaction"(i32 11, ptr %".14", ptr null)
  %".20" = call i32 @"sigaction"(i32 7, ptr %".14", ptr null)
  ret void
}

declare i32 @"__sigsetjmp"(ptr %".1", i32 %".2") returns_twice

define i64 @"seq_sched_protected"(i64 %".1") noinline
{
entry:
  store i64 1, i64* @"seq_unwind_armed"
  %".4" = call i32 @"__sigsetjmp"([64 x i64]* @"seq_unwind_point", i32 1)
  %".5" = icmp eq i32 %".4", 0
  br i1 %".5", label %"entry.if", label %"entry.endif"
entry.if:
  %".7" = call i64 @"seq_sched_run"(i64 %".1")
  store i64 0, i64* @"seq_unwind_armed"
  ret i64 %".7"
entry.endif:
  store i64 0, i64* @"seq_unwind_armed"
  %".11" = load ptr, ptr @"seq_current"
  store ptr %".11", ptr @"seq_failed_strand"
  store ptr null, ptr @"seq_current"
  store i64 0, i64* @"seq_stack_guard"
  store i64 18446744073709551615, i64* @"seq_ds_limit"
  store i64 0, i64* @"seq_releasing"
  ret i64 3
}

define void @"seq_strand_kill"(ptr %".1")
{
entry:
  %".3" = ptrtoint [2 x i64]* @"seq_runq" to i64
  %".4" = inttoptr i64 %".3" to ptr
  call void @"seq_waitq_remove"(ptr %".4", ptr %".1")
  %".6" = ptrtoint [2 x i64]* @"seq_sleepers" to i64
  %".7" = inttoptr i64 %".6" to ptr
  call void @"seq_waitq_remove"(ptr %".7", ptr %".1")
  %".9" = getelementptr i8, ptr %".1", i64 88
  %".10" = load ptr, ptr %".9"
  %".11" = icmp ne ptr %".10", null
  br i1 %".11", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_waitq_remove"(ptr %".10", ptr %".1")
  br label %"entry.endif"
entry.endif:
  call void @"seq_strand_free"(ptr %".1")
  ret void
}

define i64 @"seq_rt_weave"(i64 %".1", ptr %".2")
{
entry:
  %".6" = alloca i64
  %".4" = load ptr, ptr @"seq_current"
  %".5" = ptrtoint ptr %".2" to i64
  store i64 %".5", i64* %".6"
  %".8" = icmp ne ptr %".4", null
  br i1 %".8", label %"entry.if", label %"entry.endif"
entry.if:
  %".10" = getelementptr i8, ptr %".4", i64 16
  %".11" = load i64, ptr %".10"
  store i64 %".11", i64* %".6"
  br label %"entry.endif"
entry.endif:
  %".14" = load i64, i64* %".6"
  %".15" = inttoptr i64 %".14" to ptr
  %".16" = call ptr @"seq_strand_new"(i64 %".1", ptr %".15", ptr %".2")
  %".17" = getelementptr i8, ptr %".16", i64 144
  store i64 2, ptr %".17"
  %".19" = getelementptr i8, ptr %".16", i64 48
  store i64 6, ptr %".19"
  %".21" = call ptr @"seq_rt_alloc"(i64 8, i64 32)
  %".22" = getelementptr i8, ptr %".21", i64 16
  store ptr %".16", ptr %".22"
  %".24" = getelementptr i8, ptr %".21", i64 24
  store ptr null, ptr %".24"
  %".26" = getelementptr i8, ptr %".21", i64 32
  store i64 1, ptr %".26"
  %".28" = getelementptr i8, ptr %".21", i64 40
  store i64 0, ptr %".28"
  %".30" = ptrtoint ptr %".21" to i64
  %".31" = getelementptr i8, ptr %".16", i64 104
  store i64 %".30", ptr %".31"
  ret i64 %".30"
}

define {i64, i64} @"seq_rt_resume"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 40
  %".6" = load i64, ptr %".5"
  %".7" = icmp ne i64 %".6", 0
  br i1 %".7", label %"entry.if", label %"entry.endif"
entry.if:
  call void @"seq_decref"(i64 %".2")
  %".10" = insertvalue {i64, i64} undef, i64 1, 0
  %".11" = insertvalue {i64, i64} %".10", i64 0, 1
  ret {i64, i64} %".11"
entry.endif:
  %".13" = getelementptr i8, ptr %".4", i64 16
  %".14" = load ptr, ptr %".13"
  %".15" = ptrtoint ptr %".14" to i64
  %".16" = load ptr, ptr @"seq_current"
  %".17" = ptrtoint ptr %".16" to i64
  %".18" = icmp eq i64 %".15", %".17"
  br i1 %".18", label %"entry.endif.if", label %"entry.endif.endif", !prof !0
entry.endif.if:
  call void @"seq_rt_panic"([44 x i8]* @"seq_str.737472616e642e726573756d653a20612077656176652063.9e69e1386fbf")
  unreachable
entry.endif.endif:
  %".22" = getelementptr i8, ptr %".4", i64 32
  store i64 %".2", ptr %".22"
  %".24" = load ptr, ptr @"seq_current"
  %".25" = getelementptr i8, ptr %".4", i64 24
  store ptr %".24", ptr %".25"
  %".27" = getelementptr i8, ptr %".14", i64 8
  %".28" = load ptr, ptr %".27"
  %".29" = icmp eq ptr %".28", null
  br i1 %".29", label %"entry.endif.endif.if", label %"entry.endif.endif.endif"
entry.endif.endif.if:
  %".31" = call i64 @"seq_strand_prepare"(ptr %".14")
  %".32" = icmp eq i64 %".31", 0
  br i1 %".32", label %"entry.endif.endif.if.if", label %"entry.endif.endif.if.endif", !prof !0
entry.endif.endif.endif:
  %".37" = load ptr, ptr @"seq_current"
  %".38" = getelementptr i8, ptr %".37", i64 48
  store i64 6, ptr %".38"
  %".40" = getelementptr i8, ptr %".14", i64 48
  store i64 2, ptr %".40"
  store ptr %".14", ptr @"seq_current"
  %".43" = getelementptr i8, ptr %".14", i64 128
  %".44" = load i64, ptr %".43"
  store i64 %".44", i64* @"seq_stack_guard"
  %".46" = getelementptr i8, ptr %".14", i64 152
  %".47" = load i64, ptr %".46"
  store i64 %".47", i64* @"seq_ds_limit"
  %".49" = load ptr, ptr %".14"
  call void @"seq_ctx_switch"(ptr %".37", ptr %".49")
  %".51" = getelementptr i8, ptr %".4", i64 40
  %".52" = load i64, ptr %".51"
  %".53" = icmp ne i64 %".52", 0
  br i1 %".53", label %"entry.endif.endif.endif.if", label %"entry.endif.endif.endif.endif"
entry.endif.endif.if.if:
  call void @"seq_rt_panic"([71 x i8]* @"seq_str.737472616e642e726573756d653a206f7574206f66206d65.fc367ca7c5d9")
  unreachable
entry.endif.endif.if.endif:
  br label %"entry.endif.endif.endif"
entry.endif.endif.endif.if:
  call void @"seq_strand_free"(ptr %".14")
  %".56" = getelementptr i8, ptr %".4", i64 16
  store ptr null, ptr %".56"
  br label %"entry.endif.endif.endif.endif"
entry.endif.endif.endif.endif:
  %".59" = getelementptr i8, ptr %".4", i64 32
  %".60" = load i64, ptr %".59"
  %".61" = select  i1 %".53", i64 1, i64 %".60"
  %".62" = select  i1 %".53", i64 0, i64 1
  %".63" = insertvalue {i64, i64} undef, i64 %".61", 0
  %".64" = insertvalue {i64, i64} %".63", i64 %".62", 1
  ret {i64, i64} %".64"
}

define i64 @"seq_rt_weave_yield"(i64 %".1", i64 %".2")
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 16
  %".6" = load ptr, ptr %".5"
  %".7" = ptrtoint ptr %".6" to i64
  %".8" = load ptr, ptr @"seq_current"
  %".9" = ptrtoint ptr %".8" to i64
  %".10" = icmp ne i64 %".7", %".9"
  br i1 %".10", label %"entry.if", label %"entry.endif", !prof !0
entry.if:
  call void @"seq_rt_panic"([29 x i8]* @"seq_str.7969656c643a206e6f7420696e7369646520746869732077.b3805dcf22cb")
  unreachable
entry.endif:
  %".14" = getelementptr i8, ptr %".4", i64 32
  store i64 %".2", ptr %".14"
  %".16" = getelementptr i8, ptr %".4", i64 24
  %".17" = load ptr, ptr %".16"
  %".18" = load ptr, ptr @"seq_current"
  %".19" = getelementptr i8, ptr %".18", i64 48
  store i64 6, ptr %".19"
  %".21" = getelementptr i8, ptr %".17", i64 48
  store i64 2, ptr %".21"
  store ptr %".17", ptr @"seq_current"
  %".24" = getelementptr i8, ptr %".17", i64 128
  %".25" = load i64, ptr %".24"
  store i64 %".25", i64* @"seq_stack_guard"
  %".27" = getelementptr i8, ptr %".17", i64 152
  %".28" = load i64, ptr %".27"
  store i64 %".28", i64* @"seq_ds_limit"
  %".30" = load ptr, ptr %".17"
  call void @"seq_ctx_switch"(ptr %".18", ptr %".30")
  %".32" = getelementptr i8, ptr %".4", i64 32
  %".33" = load i64, ptr %".32"
  ret i64 %".33"
}

define void @"seq_rt_weave_finished"(ptr %".1")
{
entry:
  %".3" = load ptr, ptr @"seq_current"
  %".4" = getelementptr i8, ptr %".3", i64 104
  %".5" = load i64, ptr %".4"
  call void @"seq_incref"(i64 %".5")
  %".7" = getelementptr i8, ptr %".3", i64 16
  %".8" = load i64, ptr %".7"
  %".9" = inttoptr i64 %".8" to ptr
  %".10" = ptrtoint ptr %".1" to i64
  %".11" = sub i64 %".10", %".8"
  %".12" = sdiv i64 %".11", 8
  call void @"seq_rt_drop_values"(ptr %".9", i64 %".12")
  %".14" = inttoptr i64 %".5" to ptr
  %".15" = getelementptr i8, ptr %".14", i64 40
  store i64 1, ptr %".15"
  %".17" = getelementptr i8, ptr %".14", i64 32
  store i64 1, ptr %".17"
  %".19" = getelementptr i8, ptr %".14", i64 24
  %".20" = load ptr, ptr %".19"
  call void @"seq_decref"(i64 %".5")
  %".22" = load ptr, ptr @"seq_current"
  %".23" = getelementptr i8, ptr %".22", i64 48
  store i64 6, ptr %".23"
  %".25" = getelementptr i8, ptr %".20", i64 48
  store i64 2, ptr %".25"
  store ptr %".20", ptr @"seq_current"
  %".28" = getelementptr i8, ptr %".20", i64 128
  %".29" = load i64, ptr %".28"
  store i64 %".29", i64* @"seq_stack_guard"
  %".31" = getelementptr i8, ptr %".20", i64 152
  %".32" = load i64, ptr %".31"
  store i64 %".32", i64* @"seq_ds_limit"
  %".34" = load ptr, ptr %".20"
  call void @"seq_ctx_switch"(ptr %".22", ptr %".34")
  unreachable
}

define void @"seq_rt_weave_cancel"(i64 %".1")
{
entry:
  %".3" = inttoptr i64 %".1" to ptr
  %".4" = getelementptr i8, ptr %".3", i64 40
  %".5" = load i64, ptr %".4"
  %".6" = icmp eq i64 %".5", 0
  br i1 %".6", label %"entry.if", label %"entry.endif"
entry.if:
  %".8" = getelementptr i8, ptr %".3", i64 40
  store i64 1, ptr %".8"
  %".10" = getelementptr i8, ptr %".3", i64 16
  %".11" = load ptr, ptr %".10"
  call void @"seq_strand_free"(ptr %".11")
  %".13" = getelementptr i8, ptr %".3", i64 16
  store ptr null, ptr %".13"
  br label %"entry.endif"
entry.endif:
  call void @"seq_decref"(i64 %".1")
  ret void
}

@"seq_str.6f7574206f66206d656d6f7279.6ee81d26670a" = private constant [14 x i8] c"out of memory\00"
@"seq_host_panic" = global ptr null
define internal void @"seq_thunk.void_ptr"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".7" to ptr
  %".9" = ptrtoint ptr %".5" to i64
  %".10" = inttoptr i64 %".9" to void (ptr)*
  call void %".10"(ptr %".8")
  ret void
}

@"seq_rt_list_tag" = internal constant {i64, i64, i64, [4 x i8]} {i64 13835058055282163712, i64 3, i64 4, [4 x i8] c"List"}, align 8
@"seq_str.76617269616e742e696e69743a2076617269616e74206861.a1694b98e786" = private constant [36 x i8] c"variant.init: variant has no fields\00"
@"seq_str.76617269616e742e66697273743a2076617269616e742068.f21bd1f13b54" = private constant [37 x i8] c"variant.first: variant has no fields\00"
@"seq_str.76617269616e742e6c6173743a2076617269616e74206861.01dcf1070e38" = private constant [36 x i8] c"variant.last: variant has no fields\00"
@"seq_str.76617269616e742e6669656c642d61743a20696e64657820.64cf148a6111" = private constant [37 x i8] c"variant.field-at: index out of range\00"
@"seq_str.6c6973742e707573683a2065787065637465642056617269.417e919b8af5" = private constant [28 x i8] c"list.push: expected Variant\00"
@"seq_str.6c6973742e6765743a206578706563746564205661726961.e17c28ef4a61" = private constant [27 x i8] c"list.get: expected Variant\00"
@"seq_str.6c6973742e7365743a206578706563746564205661726961.bb2b862627ef" = private constant [27 x i8] c"list.set: expected Variant\00"
@"seq_str.6c6973742e6c656e6774683a206578706563746564205661.0c5f48fe65b7" = private constant [30 x i8] c"list.length: expected Variant\00"
@"seq_str.6c6973742e656d7074793f3a206578706563746564205661.1fd244c41e25" = private constant [30 x i8] c"list.empty?: expected Variant\00"
@"seq_str.6c6973742e726576657273653a2065787065637465642056.0b81212bc0bc" = private constant [31 x i8] c"list.reverse: expected Variant\00"
@"seq_str.6c6973742e66697273743a20657870656374656420566172.9719a262c076" = private constant [29 x i8] c"list.first: expected Variant\00"
@"seq_str.6c6973742e6c6173743a2065787065637465642056617269.ce34295c4442" = private constant [28 x i8] c"list.last: expected Variant\00"
@"seq_str.6c6973742e6d61703a206578706563746564205661726961.ae07d2799cf0" = private constant [27 x i8] c"list.map: expected Variant\00"
@"seq_str.6c6973742e66696c7465723a206578706563746564205661.1b1d3c987bcd" = private constant [30 x i8] c"list.filter: expected Variant\00"
@"seq_str.6c6973742e666f6c643a2065787065637465642056617269.feadeeb40409" = private constant [28 x i8] c"list.fold: expected Variant\00"
@"seq_str.6c6973742e656163683a2065787065637465642056617269.0531195facf2" = private constant [28 x i8] c"list.each: expected Variant\00"
@"seq_str.76617269616e742e617070656e643a206578706563746564.5c97d5217936" = private constant [33 x i8] c"variant.append: expected Variant\00"
@"seq_str.76617269616e742e66697273743a20657870656374656420.ad696ef7a28f" = private constant [32 x i8] c"variant.first: expected Variant\00"
@"seq_str.76617269616e742e6c6173743a2065787065637465642056.ca9b3f1a0ef2" = private constant [31 x i8] c"variant.last: expected Variant\00"
@"seq_str.76617269616e742e696e69743a2065787065637465642056.24b426c8c300" = private constant [31 x i8] c"variant.init: expected Variant\00"
@"seq_str.76617269616e742e7461673a206578706563746564205661.250b0bf4b35d" = private constant [30 x i8] c"variant.tag: expected Variant\00"
@"seq_str.76617269616e742e6669656c642d636f756e743a20657870.83fdca8f88fc" = private constant [38 x i8] c"variant.field-count: expected Variant\00"
@"seq_str.76617269616e742e6669656c642d61743a20657870656374.1810f6dbd1b4" = private constant [35 x i8] c"variant.field-at: expected Variant\00"
@"seq_str.6d61702e6765743a206578706563746564204d6170.f591234514b2" = private constant [22 x i8] c"map.get: expected Map\00"
@"seq_str.6d61702e7365743a206578706563746564204d6170.cc307e9b6f13" = private constant [22 x i8] c"map.set: expected Map\00"
@"seq_str.6d61702e6861733f3a206578706563746564204d6170.4d7d6108b51c" = private constant [23 x i8] c"map.has?: expected Map\00"
@"seq_str.6d61702e72656d6f76653a206578706563746564204d6170.809293ad4298" = private constant [25 x i8] c"map.remove: expected Map\00"
@"seq_str.6d61702e6b6579733a206578706563746564204d6170.0e55a59a95cf" = private constant [23 x i8] c"map.keys: expected Map\00"
@"seq_str.6d61702e76616c7565733a206578706563746564204d6170.a5efb07ec7b1" = private constant [25 x i8] c"map.values: expected Map\00"
@"seq_str.6d61702e73697a653a206578706563746564204d6170.b186ac30c97d" = private constant [23 x i8] c"map.size: expected Map\00"
@"seq_str.6d61702e656d7074793f3a206578706563746564204d6170.5effd8ffa83a" = private constant [25 x i8] c"map.empty?: expected Map\00"
@"seq_str.6d61702e656163683a206578706563746564204d6170.d31f1d5085bf" = private constant [23 x i8] c"map.each: expected Map\00"
@"seq_str.6d61702e666f6c643a206578706563746564204d6170.e63dbea12027" = private constant [23 x i8] c"map.fold: expected Map\00"
@"seq_str.6d61702e7365743a206b6579206d75737420626520496e74.8d82eda8db02" = private constant [42 x i8] c"map.set: key must be Int, String, or Bool\00"
@"seq_str.6d61702e72656d6f76653a206b6579206d75737420626520.a31e384df217" = private constant [45 x i8] c"map.remove: key must be Int, String, or Bool\00"
@"seq_str.6d61702e6765743a206b6579206d75737420626520496e74.685547bce157" = private constant [42 x i8] c"map.get: key must be Int, String, or Bool\00"
@"seq_str.6d61702e6861733f3a206b6579206d75737420626520496e.4936becdc059" = private constant [43 x i8] c"map.has?: key must be Int, String, or Bool\00"
@"seq_host_op_compress_gzip" = global ptr null
@"seq_host_op_compress_gzip_level" = global ptr null
@"seq_host_op_compress_gunzip" = global ptr null
@"seq_host_op_compress_zstd" = global ptr null
@"seq_host_op_compress_zstd_level" = global ptr null
@"seq_host_op_compress_unzstd" = global ptr null
@"seq_str.696e746572727570746564.454a1cf68110" = private constant [12 x i8] c"interrupted\00"
define internal {ptr, ptr} @"seq_closure_enter"(i64 %".1", ptr %".2") alwaysinline
{
entry:
  %".4" = inttoptr i64 %".1" to ptr
  %".5" = getelementptr i8, ptr %".4", i64 24
  %".6" = load i64, ptr %".5"
  br label %"for.head"
for.head:
  %".8" = phi  i64 [0, %"entry"], [%".17", %"for.body"]
  %".9" = icmp slt i64 %".8", %".6"
  br i1 %".9", label %"for.body", label %"for.end"
for.body:
  %".11" = getelementptr i8, ptr %".4", i64 32
  %".12" = getelementptr i64, ptr %".11", i64 %".8"
  %".13" = load i64, ptr %".12"
  call void @"seq_incref"(i64 %".13")
  %".15" = getelementptr i64, ptr %".2", i64 %".8"
  store i64 %".13", ptr %".15"
  %".17" = add i64 %".8", 1
  br label %"for.head"
for.end:
  %".19" = getelementptr i8, ptr %".4", i64 16
  %".20" = load ptr, ptr %".19"
  call void @"seq_decref"(i64 %".1")
  %".22" = getelementptr i64, ptr %".2", i64 %".6"
  %".23" = insertvalue {ptr, ptr} undef, ptr %".22", 0
  %".24" = insertvalue {ptr, ptr} %".23", ptr %".20", 1
  ret {ptr, ptr} %".24"
}

@"seq_str.737472616e642e737061776e3a206f7574206f66206d656d.091d1180622e" = private constant [70 x i8] c"strand.spawn: out of memory: no room for the stacks of another strand\00"
@"seq_str.6461746120737461636b206f766572666c6f77.828ad673036b" = private constant [20 x i8] c"data stack overflow\00"
@"seq_str.737461636b206f766572666c6f77.d68d82dd41f4" = private constant [15 x i8] c"stack overflow\00"
@"seq_str.6f7574206f66206d656d6f72793a206e6f20726f6f6d2066.333486c9ce14" = private constant [56 x i8] c"out of memory: no room for the stacks of another strand\00"
@"seq_str.636f6e643a20657870656374656420496e7420636f756e74.a7f3865d0dce" = private constant [25 x i8] c"cond: expected Int count\00"
@"seq_str.636f6e643a206e656564206174206c65617374206f6e6520.c431d91d2bb5" = private constant [44 x i8] c"cond: need at least one predicate/body pair\00"
@"seq_str.636f6e643a20737461636b20756e646572666c6f77.05e03bfbc637" = private constant [22 x i8] c"cond: stack underflow\00"
@"seq_str.636f6e643a20657870656374656420626f64792051756f74.196c716897b8" = private constant [30 x i8] c"cond: expected body Quotation\00"
@"seq_str.636f6e643a20657870656374656420707265646963617465.c18d84e2a9d2" = private constant [35 x i8] c"cond: expected predicate Quotation\00"
@"seq_str.636f6e643a20707265646963617465206d75737420726574.857606eb56bc" = private constant [33 x i8] c"cond: predicate must return Bool\00"
@"seq_str.636f6e643a206e6f20707265646963617465206d61746368.cb393540815d" = private constant [27 x i8] c"cond: no predicate matched\00"
@"seq_str.7069636b.368940544632" = private constant [5 x i8] c"pick\00"
@"seq_str.726f6c6c.50466c7d9b21" = private constant [5 x i8] c"roll\00"
@"seq_str.25733a20696e6465782063616e6e6f74206265206e656761.a75b2cf12eb1" = private constant [40 x i8] c"%s: index cannot be negative (got %lld)\00"
@"seq_str.25733a20696e64657820256c6c6420657863656564732073.c692155e2e81" = private constant [68 x i8] c"%s: index %lld exceeds stack depth %lld (need at least %lld values)\00"
@"seq_host_op_crypto_sha256" = global ptr null
@"seq_host_op_crypto_hmac_sha256" = global ptr null
@"seq_host_op_crypto_constant_time_eq" = global ptr null
@"seq_host_op_crypto_random_bytes" = global ptr null
@"seq_host_op_crypto_random_int" = global ptr null
@"seq_host_op_crypto_uuid4" = global ptr null
@"seq_host_op_crypto_aes_gcm_encrypt" = global ptr null
@"seq_host_op_crypto_aes_gcm_decrypt" = global ptr null
@"seq_host_op_crypto_pbkdf2_sha256" = global ptr null
@"seq_host_op_crypto_ed25519_keypair" = global ptr null
@"seq_host_op_crypto_ed25519_sign" = global ptr null
@"seq_host_op_crypto_ed25519_verify" = global ptr null
@"seq_host_op_file_slurp" = global ptr null
@"seq_host_op_file_exists_p" = global ptr null
@"seq_host_op_file_spit" = global ptr null
@"seq_host_op_file_append" = global ptr null
@"seq_host_op_file_delete" = global ptr null
@"seq_host_op_file_size" = global ptr null
@"seq_host_op_dir_exists_p" = global ptr null
@"seq_host_op_dir_make" = global ptr null
@"seq_host_op_dir_delete" = global ptr null
@"seq_host_op_dir_list" = global ptr null
@"seq_host_file_lines_open" = global ptr null
define internal void @"seq_thunk.i64_i64"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = ptrtoint ptr %".5" to i64
  %".9" = inttoptr i64 %".8" to i64 (i64)*
  %".10" = call i64 %".9"(i64 %".7")
  %".11" = getelementptr i64, ptr %".1", i64 2
  store i64 %".10", ptr %".11"
  ret void
}

@"seq_host_file_line" = global ptr null
@"seq_str.66696c652e666f722d656163682d6c696e653a2061206c69.8585e3905d6e" = private constant [97 x i8] c"file.for-each-line: a line of more than 64 MiB from a file that is not a regular file (endless?)\00"
@"seq_host_net_net_dns_resolve" = global ptr null
@"seq_host_net_net_tcp_listen" = global ptr null
@"seq_host_net_net_tcp_connect" = global ptr null
@"seq_host_net_net_tcp_accept" = global ptr null
@"seq_host_net_net_tcp_local_port" = global ptr null
@"seq_host_net_net_tcp_read" = global ptr null
@"seq_host_net_net_tcp_write" = global ptr null
@"seq_host_net_net_tcp_close" = global ptr null
@"seq_host_net_net_udp_bind" = global ptr null
@"seq_host_net_net_udp_send_to" = global ptr null
@"seq_host_net_net_udp_receive_from" = global ptr null
@"seq_host_net_net_udp_close" = global ptr null
@"seq_host_net_net_tls_client" = global ptr null
@"seq_host_net_net_http_get" = global ptr null
@"seq_host_net_net_http_delete" = global ptr null
@"seq_host_net_net_http_post" = global ptr null
@"seq_host_net_net_http_put" = global ptr null
@"seq_rt_empty_string" = internal constant {i64, i64, i64, [0 x i8]} {i64 13835058055282163712, i64 2, i64 0, [0 x i8] c""}, align 8
@"seq_rt_byte_strings" = internal constant [256 x {i64, i64, i64, [8 x i8]}] [{i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\00\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\01\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\02\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\03\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\04\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\05\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\06\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\07\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\08\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\09\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\0a\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\0b\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\0c\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\0d\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\0e\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\0f\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\10\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\11\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\12\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\13\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\14\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\15\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\16\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\17\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\18\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\19\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\1a\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\1b\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\1c\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\1d\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\1e\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\1f\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c" \00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"!\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\22\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"#\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"$\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"%\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"&\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"'\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"(\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c")\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"*\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"+\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c",\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"-\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c".\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"/\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c":\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c";\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"<\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"=\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c">\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"?\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"@\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"A\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"B\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"C\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"D\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"E\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"F\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"G\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"H\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"I\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"J\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"K\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"L\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"M\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"N\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"O\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"P\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"Q\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"R\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"S\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"T\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"U\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"V\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"W\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"X\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"Y\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"Z\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"[\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\5c\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"]\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"^\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"_\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"`\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"a\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"b\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"c\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"d\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"e\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"f\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"g\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"h\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"i\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"j\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"k\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"l\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"m\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"n\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"o\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"p\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"q\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"r\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"s\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"t\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"u\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"v\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"w\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"x\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"y\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"z\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"{\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"|\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"}\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"~\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\7f\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\80\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\81\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\82\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\83\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\84\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\85\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\86\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\87\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\88\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\89\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\8a\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\8b\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\8c\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\8d\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\8e\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\8f\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\90\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\91\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\92\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\93\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\94\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\95\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\96\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\97\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\98\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\99\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\9a\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\9b\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\9c\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\9d\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\9e\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\9f\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\a9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\aa\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ab\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ac\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ad\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ae\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\af\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\b9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ba\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\bb\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\bc\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\bd\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\be\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\bf\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\c9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ca\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\cb\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\cc\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\cd\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ce\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\cf\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\d9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\da\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\db\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\dc\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\dd\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\de\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\df\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\e9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ea\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\eb\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ec\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ed\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ee\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ef\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f0\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f1\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f2\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f3\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f4\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f5\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f6\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f7\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f8\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\f9\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\fa\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\fb\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\fc\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\fd\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\fe\00\00\00\00\00\00\00"}, {i64, i64, i64, [8 x i8]} {i64 13835058055282163712, i64 2, i64 1, [8 x i8] c"\ff\00\00\00\00\00\00\00"}], align 8
@"seq_host_float_to_string" = global ptr null
define internal void @"seq_thunk.i64_double"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = bitcast i64 %".7" to double
  %".9" = ptrtoint ptr %".5" to i64
  %".10" = inttoptr i64 %".9" to i64 (double)*
  %".11" = call i64 %".10"(double %".8")
  %".12" = getelementptr i64, ptr %".1", i64 2
  store i64 %".11", ptr %".12"
  ret void
}

@"seq_str.0a.102b51b9765a" = private constant [2 x i8] c"\0a\00"
@"seq_host_string_case" = global ptr null
define internal void @"seq_thunk.i64_ptr_i64_i32"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".7" to ptr
  %".9" = getelementptr i64, ptr %".1", i64 2
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr i64, ptr %".1", i64 3
  %".12" = load i64, ptr %".11"
  %".13" = trunc i64 %".12" to i32
  %".14" = ptrtoint ptr %".5" to i64
  %".15" = inttoptr i64 %".14" to i64 (ptr, i64, i32)*
  %".16" = call i64 %".15"(ptr %".8", i64 %".10", i32 %".13")
  %".17" = getelementptr i64, ptr %".1", i64 4
  store i64 %".16", ptr %".17"
  ret void
}

@"seq_rt_hex_upper" = internal constant [16 x i8] c"0123456789ABCDEF"
@"seq_rt_strings_list_tag" = internal constant {i64, i64, i64, [4 x i8]} {i64 13835058055282163712, i64 3, i64 4, [4 x i8] c"List"}, align 8
@"seq_rt_str_false" = internal constant {i64, i64, i64, [5 x i8]} {i64 13835058055282163712, i64 2, i64 5, [5 x i8] c"false"}, align 8
@"seq_rt_str_true" = internal constant {i64, i64, i64, [4 x i8]} {i64 13835058055282163712, i64 2, i64 4, [4 x i8] c"true"}, align 8
@"seq_rt_str_value" = internal constant {i64, i64, i64, [7 x i8]} {i64 13835058055282163712, i64 2, i64 7, [7 x i8] c"<value>"}, align 8
@"seq_host_utf8_lossy" = global ptr null
define internal void @"seq_thunk.i64_ptr_i64"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = inttoptr i64 %".7" to ptr
  %".9" = getelementptr i64, ptr %".1", i64 2
  %".10" = load i64, ptr %".9"
  %".11" = ptrtoint ptr %".5" to i64
  %".12" = inttoptr i64 %".11" to i64 (ptr, i64)*
  %".13" = call i64 %".12"(ptr %".8", i64 %".10")
  %".14" = getelementptr i64, ptr %".1", i64 3
  store i64 %".13", ptr %".14"
  ret void
}

@"seq_host_encode" = global ptr null
@"seq_host_decode" = global ptr null
@"seq_str.617267732e61743a20696e646578206d757374206265206e.a520b23403f1" = private constant [46 x i8] c"args.at: index must be non-negative, got %lld\00"
@"seq_str.74696d652e736c6565702d6d733a206475726174696f6e20.c522042eb33a" = private constant [55 x i8] c"time.sleep-ms: duration must be non-negative, got %lld\00"
@"seq_str.6f732e65786974202564206361756768743a207468652073.fad6aed38ec9" = private constant [57 x i8] c"os.exit %d caught: the session goes on (:quit leaves it)\00"
@"seq_host_op_regex_match_p" = global ptr null
@"seq_host_op_regex_find" = global ptr null
@"seq_host_op_regex_find_all" = global ptr null
@"seq_host_op_regex_replace" = global ptr null
@"seq_host_op_regex_replace_all" = global ptr null
@"seq_host_op_regex_captures" = global ptr null
@"seq_host_op_regex_split" = global ptr null
@"seq_host_op_regex_valid_p" = global ptr null
@"seq_host_op_signal_trap" = global ptr null
@"seq_host_op_signal_default" = global ptr null
@"seq_host_op_signal_ignore" = global ptr null
@"seq_str.7369676e616c2e72656365697665643f.e21448b956c9" = private constant [17 x i8] c"signal.received?\00"
@"seq_str.7369676e616c2e70656e64696e673f.7fa9ccee90c5" = private constant [16 x i8] c"signal.pending?\00"
@"seq_str.7369676e616c2e636c656172.c97d4d7ae609" = private constant [13 x i8] c"signal.clear\00"
@"seq_str.25733a20696e76616c6964207369676e616c206e756d6265.effc44917071" = private constant [31 x i8] c"%s: invalid signal number %lld\00"
@"seq_host_op_son_dump" = global ptr null
@"seq_host_op_son_dump_pretty" = global ptr null
@"seq_host_op_os_getenv" = global ptr null
@"seq_host_op_os_home_dir" = global ptr null
@"seq_host_op_os_current_dir" = global ptr null
@"seq_host_op_os_path_exists" = global ptr null
@"seq_host_op_os_path_is_file" = global ptr null
@"seq_host_op_os_path_is_dir" = global ptr null
@"seq_host_op_os_path_join" = global ptr null
@"seq_host_op_os_path_parent" = global ptr null
@"seq_host_op_os_path_filename" = global ptr null
@"seq_host_op_os_name" = global ptr null
@"seq_host_op_os_arch" = global ptr null
@"seq_host_op_terminal_raw_mode" = global ptr null
@"seq_host_op_terminal_width" = global ptr null
@"seq_host_op_terminal_height" = global ptr null
@"seq_host_test_init" = global ptr null
define internal void @"seq_thunk.void_i64"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = ptrtoint ptr %".5" to i64
  %".9" = inttoptr i64 %".8" to void (i64)*
  call void %".9"(i64 %".7")
  ret void
}

@"seq_host_test_set_name" = global ptr null
@"seq_host_test_finish" = global ptr null
define internal void @"seq_thunk.i64"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = ptrtoint ptr %".5" to i64
  %".7" = inttoptr i64 %".6" to i64 ()*
  %".8" = call i64 %".7"()
  %".9" = getelementptr i64, ptr %".1", i64 1
  store i64 %".8", ptr %".9"
  ret void
}

@"seq_host_test_fail_count" = global ptr null
@"seq_host_test_failure" = global ptr null
define internal void @"seq_thunk.void_i64_i64_i64_i64"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = getelementptr i64, ptr %".1", i64 2
  %".9" = load i64, ptr %".8"
  %".10" = getelementptr i64, ptr %".1", i64 3
  %".11" = load i64, ptr %".10"
  %".12" = getelementptr i64, ptr %".1", i64 4
  %".13" = load i64, ptr %".12"
  %".14" = ptrtoint ptr %".5" to i64
  %".15" = inttoptr i64 %".14" to void (i64, i64, i64, i64)*
  call void %".15"(i64 %".7", i64 %".9", i64 %".11", i64 %".13")
  ret void
}

@"seq_host_stack_dump" = global ptr null
define internal void @"seq_thunk.i64_i64_i64"(ptr %".1")
{
entry:
  %".3" = getelementptr i64, ptr %".1", i64 0
  %".4" = load i64, ptr %".3"
  %".5" = inttoptr i64 %".4" to ptr
  %".6" = getelementptr i64, ptr %".1", i64 1
  %".7" = load i64, ptr %".6"
  %".8" = getelementptr i64, ptr %".1", i64 2
  %".9" = load i64, ptr %".8"
  %".10" = ptrtoint ptr %".5" to i64
  %".11" = inttoptr i64 %".10" to i64 (i64, i64)*
  %".12" = call i64 %".11"(i64 %".7", i64 %".9")
  %".13" = getelementptr i64, ptr %".1", i64 3
  store i64 %".12", ptr %".13"
  ret void
}

@"seq_str.6368616e2e726563656976653a206e6f7468696e67206361.fea6fd37785a" = private constant [58 x i8] c"chan.receive: nothing can send to this channel (deadlock)\00"
@"seq_str.6d656d6f7279206661756c743a2074686520737472616e64.173ce2ac0e5d" = private constant [99 x i8] c"memory fault: the strand reached outside its stacks (a stack overflow, or reading below the stack)\00"
@"seq_str.737472616e642e726573756d653a20612077656176652063.9e69e1386fbf" = private constant [44 x i8] c"strand.resume: a weave cannot resume itself\00"
@"seq_str.737472616e642e726573756d653a206f7574206f66206d65.fc367ca7c5d9" = private constant [71 x i8] c"strand.resume: out of memory: no room for the stacks of another strand\00"
@"seq_str.7969656c643a206e6f7420696e7369646520746869732077.b3805dcf22cb" = private constant [29 x i8] c"yield: not inside this weave\00"
!0 = !{ !"branch_weights", i32 1, i32 99 }
!1 = !{ !"branch_weights", i32 99, i32 1 }module asm ".text"
module asm "    .globl seq_ctx_switch"
module asm "    .type seq_ctx_switch,@function"
module asm "seq_ctx_switch:"
module asm "    pushq %rbp"
module asm "    pushq %rbx"
module asm "    pushq %r12"
module asm "    pushq %r13"
module asm "    pushq %r14"
module asm "    pushq %r15"
module asm "    movq %rsp, (%rdi)"
module asm "    movq %rsi, %rsp"
module asm "    popq %r15"
module asm "    popq %r14"
module asm "    popq %r13"
module asm "    popq %r12"
module asm "    popq %rbx"
module asm "    popq %rbp"
module asm "    ret"
module asm "    .size seq_ctx_switch, .-seq_ctx_switch"
module asm ""
module asm "    .globl seq_strand_trampoline"
module asm "    .type seq_strand_trampoline,@function"
module asm "seq_strand_trampoline:"
module asm "    callq seq_strand_entry"
module asm "    ud2"
module asm "    .size seq_strand_trampoline, .-seq_strand_trampoline"
