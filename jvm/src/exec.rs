//! The interpreter loop and its slow paths: invocation, return, exception
//! dispatch, class initialization (JVMS 5.5), monitors and quickening.

use crate::class::{ClassId, ClassKind, InitState, MethodId};
use crate::classfile::{Cp, ACC_ABSTRACT, ACC_FINAL, ACC_INTERFACE, ACC_PRIVATE};
use crate::descriptor::Kind;
use crate::heap::Body;
use crate::interp::{cmp_taken, cmp_taken_l, decode, CheckKind, ElemKind, Insn, StrOp};
use crate::natives::NRes;
use crate::thread::{Frame, FrameKind, JThread, TState};
use crate::value::{Ref, Value, NULL};
use crate::vm::Vm;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

/// What a slow path asks the loop to do next.
pub enum Step {
    /// Frames changed (call, return, handler found): reload the top frame.
    Go,
    Throw(Ref),
    /// The thread blocked or its slice ended: leave `run_slice`.
    Yield,
}

/// Calls and backward branches a thread runs before it yields (see `run_slice`).
pub const SLICE: u32 = 20_000;

/// Runs `t` until it blocks, finishes, or uses up its time slice.
pub fn run_slice(vm: &mut Vm, t: &mut JThread) {
    if t.pending != NULL {
        let e = t.pending;
        t.pending = NULL;
        // The interrupted call already returned; attribute the throw to it.
        if let Some(f) = t.frames.last_mut() {
            f.pc = f.pc.saturating_sub(1);
        }
        if !throw(vm, t, e) {
            return;
        }
    }
    // -Xprof: shorter slices of varying length (samples must not fall in step
    // with a loop or a request that repeats the same work)
    let mut budget = vm.profile.as_mut().map_or(SLICE, |p| p.next_slice());
    'frame: loop {
        // (the frame's monitor and kind are read only where it returns)
        let Some((fmethod, fpc, flb)) = t.frames.last().map(|f| (f.method, f.pc, f.lb)) else {
            finish_thread(vm, t);
            return;
        };
        let Some(fcode) = code_of(vm, fmethod) else {
            finish_thread(vm, t);
            return;
        };
        // The running frame's method, code, pc and locals base: a plain call
        // or return switches them in place (see `call!` and `ret!`).
        let mut method = fmethod;
        let mut code = fcode;
        let mut insns = &code.insns[..];
        let mut pc = fpc as usize;
        let mut lb = flb as usize;
        let mut sp = t.sp;
        // The value stack as a local slice (pointer and length stay in registers);
        // re-derived after any call that may touch the thread.
        let mut st: &mut [Value] = &mut t.stack[..];

        macro_rules! save {
            () => {{
                t.sp = sp;
                if let Some(fr) = t.frames.last_mut() {
                    fr.pc = pc as u32;
                }
            }};
        }
        macro_rules! step {
            ($s:expr) => {{
                match $s {
                    Step::Go => continue 'frame,
                    Step::Yield => return,
                    Step::Throw(e) => {
                        if throw(vm, t, e) {
                            continue 'frame;
                        }
                        return;
                    }
                }
            }};
        }
        macro_rules! raise {
            ($cls:expr, $msg:expr) => {{
                save!();
                let e = vm.make_exception(t, $cls, $msg);
                step!(Step::Throw(e))
            }};
        }
        macro_rules! pop {
            () => {{
                sp -= 1;
                st[sp]
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                st[sp] = v;
                sp += 1;
            }};
        }
        // A call that may end the slice (the budget counts calls and backward
        // branches); `-Xprof` samples the stack where a slice runs out.
        macro_rules! slice_call {
            ($m:expr) => {{
                let r = invoke(vm, t, $m, budget == 0);
                if budget == 0 {
                    if let Some(p) = &mut vm.profile {
                        p.sample(t);
                    }
                }
                r
            }};
        }
        // A call: bytecode methods that need nothing special (not native, abstract
        // or synchronized, decoded, no long/double arguments, room on the stack,
        // non-null receiver, slice not ending) get their frame right here;
        // everything else goes through `invoke`.
        macro_rules! call {
            ($m:expr) => {
                call!($m, false)
            };
            // `recv_checked`: the caller found the receiver non-null
            ($m:expr, $recv_checked:expr) => {{
                let m = $m;
                budget = budget.wrapping_sub(1);
                let meth = &vm.methods[m as usize];
                let argc = meth.argc as usize;
                let base = sp - argc;
                if meth.native.is_some() && budget != 0 {
                    // natives and intrinsics: no frame; a plain result continues here
                    if let Some(fr) = t.frames.last_mut() {
                        fr.pc = pc as u32;
                    }
                    t.sp = sp;
                    match call_native(vm, t, m) {
                        Some(Ok(())) => {
                            st = &mut t.stack[..];
                            sp = t.sp;
                            pc += 1;
                            continue;
                        }
                        Some(Err(s)) => step!(s),
                        None => step!(slice_call!(m)),
                    }
                }
                let need = meth.frame as usize;
                if budget != 0
                    && need != 0
                    && base + need <= st.len()
                    && t.frames.len() < vm.opts.max_frames
                    && ($recv_checked || meth.is_static() || st[base].r() != NULL)
                {
                    // (`frame != 0`: the callee is decoded)
                    if let Some(c) = decoded_ref(meth) {
                        let ml = meth.max_locals as usize;
                        let slots = meth.arg_slots as usize;
                        if slots != argc {
                            spread_args(meth, &mut st[base..base + slots]);
                        }
                        for v in &mut st[base + slots..base + ml] {
                            *v = Value::default();
                        }
                        if let Some(fr) = t.frames.last_mut() {
                            fr.pc = pc as u32;
                        }
                        t.frames.push(Frame {
                            method: m,
                            pc: 0,
                            lb: base as u32,
                            sync: NULL,
                            kind: FrameKind::Normal,
                        });
                        // the callee runs in this loop (`t.sp` is saved when needed)
                        method = m;
                        code = c;
                        insns = &code.insns[..];
                        pc = 0;
                        lb = base;
                        sp = base + ml;
                        continue;
                    }
                }
                save!();
                step!(slice_call!(m))
            }};
        }
        // Runs pure leaf `m` on the caller's stack (its `need` slots from
        // `base`) and goes on after the call; falls through if it gives up.
        macro_rules! try_leaf {
            ($m:expr, $base:expr, $need:expr) => {{
                let base = $base;
                // the two commonest shapes without the leaf runner: an empty
                // method, and `return a0.f;` (once its getfield is quickened)
                if let Some(c) = code_of(vm, $m) {
                    match c.insns.len() {
                        1 if matches!(c.insns[0].get(), Insn::Return) => {
                            sp = base;
                            pc += 1;
                            continue;
                        }
                        3 => {
                            if let (Insn::LoadField(0, slot), Insn::ReturnValue) =
                                (c.insns[0].get(), c.insns[2].get())
                            {
                                let o = st[base].r();
                                if o != NULL {
                                    if let Body::Fields(f) = &vm.heap.get(o).body {
                                        if let Some(&v) = f.get(slot as usize) {
                                            sp = base;
                                            push!(v);
                                            pc += 1;
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
                if let Some(r) = run_leaf(vm, $m, &mut st[base..base + $need]) {
                    sp = base;
                    if let Some(v) = r {
                        push!(v);
                    }
                    pc += 1;
                    continue;
                }
            }};
        }
        // A virtual or interface call: a pure leaf target runs without a frame
        // (the receiver was checked), anything else is a `call!`.
        macro_rules! leaf_or_call {
            ($m:expr) => {{
                let m = $m;
                let (leaf, base) = {
                    let meth = &vm.methods[m as usize];
                    let base = sp - meth.argc as usize;
                    (meth.leaf && base + meth.frame as usize <= st.len(), base)
                };
                if leaf {
                    try_leaf!(m, base, vm.methods[m as usize].frame as usize);
                }
                call!(m, true)
            }};
        }
        // A return from a plain frame (no monitor, not a `<clinit>`) to a caller.
        macro_rules! ret {
            ($v:expr) => {{
                let plain = t.frames.len() >= 2
                    && matches!(t.frames.last(), Some(f) if f.sync == NULL && f.kind == FrameKind::Normal);
                if plain {
                    t.frames.pop();
                    let b = lb;
                    sp = b;
                    if let Some(v) = $v {
                        st[b] = v;
                        sp = b + 1;
                    }
                    if let Some(caller) = t.frames.last_mut() {
                        caller.pc += 1;
                        if let Some(c) = code_of(vm, caller.method) {
                            method = caller.method;
                            code = c;
                            insns = &code.insns[..];
                            pc = caller.pc as usize;
                            lb = caller.lb as usize;
                            continue;
                        }
                    }
                    t.sp = sp;
                    continue 'frame;
                }
                save!();
                do_return(vm, t, $v);
                continue 'frame;
            }};
        }
        macro_rules! npe {
            () => {{
                save!();
                let e = crate::npe::make_npe(vm, t);
                step!(Step::Throw(e))
            }};
        }
        macro_rules! branch {
            ($cond:expr, $target:expr) => {{
                if $cond {
                    let tg = $target as usize;
                    if tg <= pc {
                        budget = budget.wrapping_sub(1);
                        if budget == 0 {
                            pc = tg;
                            save!();
                            if let Some(p) = &mut vm.profile {
                                p.sample(t);
                            }
                            return;
                        }
                    }
                    pc = tg;
                } else {
                    pc += 1;
                }
                continue;
            }};
        }
        macro_rules! aload {
            ($variant:ident, $wrap:expr) => {{
                let i = pop!().i();
                let a = pop!().r();
                if a == NULL {
                    npe!();
                }
                let r = match &vm.heap.get(a).body {
                    Body::$variant(v) => match v.get(i as usize) {
                        Some(x) => Ok($wrap(*x)),
                        None => Err(v.len()),
                    },
                    _ => Ok(Value::default()),
                };
                match r {
                    Ok(v) => push!(v),
                    Err(len) => {
                        raise!(
                            "java/lang/ArrayIndexOutOfBoundsException",
                            Some(&format!("Index {i} out of bounds for length {len}"))
                        )
                    }
                }
            }};
        }
        macro_rules! astore {
            ($variant:ident, $get:expr) => {{
                let v = pop!();
                let i = pop!().i();
                let a = pop!().r();
                if a == NULL {
                    npe!();
                }
                let r = match &mut vm.heap.get_mut(a).body {
                    Body::$variant(arr) => {
                        let len = arr.len();
                        match arr.get_mut(i as usize) {
                            Some(x) => {
                                *x = $get(v);
                                Ok(())
                            }
                            None => Err(len),
                        }
                    }
                    _ => Ok(()),
                };
                if let Err(len) = r {
                    raise!(
                        "java/lang/ArrayIndexOutOfBoundsException",
                        Some(&format!("Index {i} out of bounds for length {len}"))
                    )
                }
            }};
        }
        macro_rules! binop {
            ($get:ident, $wrap:ident, $op:expr) => {{
                let b = pop!().$get();
                let a = pop!().$get();
                push!(Value::$wrap($op(a, b)));
            }};
        }
        macro_rules! quicken {
            ($new:expr) => {{
                insns[pc].set($new);
                continue;
            }};
        }

        loop {
            // SAFETY: a plain reference to the instruction, so that each arm
            // reads only the operands it uses (`Cell::get` copies them all
            // before the dispatch). Arms copy their operands out first; the
            // only writes to `insns` (quickening, inline caches) come after.
            let ins: &Insn = unsafe { &*insns[pc].as_ptr() };
            match *ins {
                Insn::Nop => {}
                Insn::AConstNull => push!(Value::Ref(NULL)),
                Insn::IConst(v) => push!(Value::Int(v)),
                Insn::LConst(v) => push!(Value::Long(v)),
                Insn::FConst(v) => push!(Value::Float(v)),
                Insn::DConst(v) => push!(Value::Double(v)),
                Insn::RConst(r) => push!(Value::Ref(r)),
                Insn::Load(n) => push!(st[lb + n as usize]),
                Insn::Load2(a, b) => {
                    push!(st[lb + a as usize]);
                    push!(st[lb + b as usize]);
                    pc += 2;
                    continue;
                }
                Insn::StoreGoto(n, tg) => {
                    let v = pop!();
                    st[lb + n as usize] = v;
                    pc += 1;
                    branch!(true, tg)
                }
                Insn::IfLCmp { mask, tg } => {
                    let b = pop!().l();
                    let a = pop!().l();
                    pc += 1;
                    branch!(cmp_taken_l(mask, a, b), tg)
                }
                Insn::DMulAdd | Insn::DMulSub => {
                    let y = pop!().d();
                    let x = pop!().d();
                    let z = pop!().d();
                    let p = x * y;
                    // When both are NaN, which one's bits come out is up to the
                    // machine: HotSpot's dadd gives the second operand's, its dsub
                    // the first's; so does this.
                    push!(Value::Double(if matches!(*ins, Insn::DMulSub) {
                        z - p
                    } else if p.is_nan() {
                        p
                    } else {
                        z + p
                    }));
                    pc += 2;
                    continue;
                }
                Insn::LAddInt => {
                    let i = pop!().i();
                    let a = pop!().l();
                    push!(Value::Long(a.wrapping_add(i as i64)));
                    pc += 2;
                    continue;
                }
                Insn::IIncGoto(n, c, tg) => {
                    let x = &mut st[lb + n as usize];
                    *x = Value::Int(x.i().wrapping_add(c as i32));
                    pc += 1;
                    branch!(true, tg)
                }
                Insn::Store(n) => {
                    let v = pop!();
                    st[lb + n as usize] = v;
                }
                Insn::IfLocalsCmp { a, b, mask, tg } => {
                    let (x, y) = (st[lb + a as usize].i(), st[lb + b as usize].i());
                    pc += 2;
                    branch!(cmp_taken(mask, x, y), tg)
                }
                Insn::IfLocalConstCmp { n, mask, c, tg } => {
                    let x = st[lb + n as usize].i();
                    pc += 2;
                    branch!(cmp_taken(mask, x, c), tg)
                }
                Insn::IfLocalZero { n, mask, tg } => {
                    let x = st[lb + n as usize].i();
                    pc += 1;
                    branch!(cmp_taken(mask, x, 0), tg)
                }
                Insn::IfLocalNull { n, mask, tg } => {
                    let x = (st[lb + n as usize].r() != NULL) as i32;
                    pc += 1;
                    branch!(cmp_taken(mask, x, 0), tg)
                }
                Insn::StoreLoad(a, b) => {
                    let v = pop!();
                    st[lb + a as usize] = v;
                    push!(st[lb + b as usize]);
                    pc += 2;
                    continue;
                }
                Insn::LoadLoadField { a, b, slot } => {
                    push!(st[lb + a as usize]);
                    let o = st[lb + b as usize];
                    if o.r() == NULL {
                        // the getfield raises the NullPointerException
                        push!(o);
                        pc += 2;
                        continue;
                    }
                    push!(vm.field(o.r(), slot));
                    pc += 3;
                    continue;
                }
                Insn::PutFieldLocals { a, b, slot } => {
                    let o = st[lb + a as usize];
                    if o.r() == NULL {
                        // the putfield raises the NullPointerException
                        push!(o);
                        push!(st[lb + b as usize]);
                        pc += 2;
                        continue;
                    }
                    vm.set_field(o.r(), slot, st[lb + b as usize]);
                    pc += 3;
                    continue;
                }
                Insn::LoadLength(n) => {
                    let a = st[lb + n as usize];
                    push!(a);
                    if a.r() == NULL {
                        pc += 1; // arraylength raises the NullPointerException
                        continue;
                    }
                    let len = vm.heap.get(a.r()).body.array_len().unwrap_or(0);
                    st[sp - 1] = Value::Int(len as i32);
                    pc += 2;
                    continue;
                }
                Insn::IAddConst(c) => {
                    let x = pop!().i();
                    push!(Value::Int(x.wrapping_add(c)));
                    pc += 2;
                    continue;
                }
                Insn::LoadElem { a, i, kind } => {
                    let (arr, idx) = (st[lb + a as usize], st[lb + i as usize]);
                    let r = arr.r();
                    let v = if r == NULL {
                        None
                    } else {
                        let k = idx.i() as usize;
                        match (&vm.heap.get(r).body, kind) {
                            (Body::Ints(v), ElemKind::Int) => v.get(k).map(|&x| Value::Int(x)),
                            (Body::Bytes(v), ElemKind::Byte) => {
                                v.get(k).map(|&x| Value::Int(x as i32))
                            }
                            (Body::Chars(v), ElemKind::Char) => {
                                v.get(k).map(|&x| Value::Int(x as i32))
                            }
                            (Body::Shorts(v), ElemKind::Short) => {
                                v.get(k).map(|&x| Value::Int(x as i32))
                            }
                            (Body::Refs(v), ElemKind::Ref) => v.get(k).map(|&x| Value::Ref(x)),
                            _ => None,
                        }
                    };
                    match v {
                        Some(v) => {
                            push!(v);
                            pc += 3;
                        }
                        None => {
                            // null or out of range: the array load itself raises it
                            push!(arr);
                            push!(idx);
                            pc += 2;
                        }
                    }
                    continue;
                }
                Insn::IInc(n, c) => {
                    let x = &mut st[lb + n as usize];
                    *x = Value::Int(x.i().wrapping_add(c as i32));
                }
                Insn::IALoad => aload!(Ints, Value::Int),
                Insn::LALoad => aload!(Longs, Value::Long),
                Insn::FALoad => aload!(Floats, Value::Float),
                Insn::DALoad => aload!(Doubles, Value::Double),
                Insn::AALoad => aload!(Refs, Value::Ref),
                Insn::BALoad => aload!(Bytes, |x: i8| Value::Int(x as i32)),
                Insn::CALoad => aload!(Chars, |x: u16| Value::Int(x as i32)),
                Insn::SALoad => aload!(Shorts, |x: i16| Value::Int(x as i32)),
                Insn::IAStore => astore!(Ints, |v: Value| v.i()),
                Insn::LAStore => astore!(Longs, |v: Value| v.l()),
                Insn::FAStore => astore!(Floats, |v: Value| v.f()),
                Insn::DAStore => astore!(Doubles, |v: Value| v.d()),
                Insn::BAStore => {
                    // Boolean arrays keep only the low bit (JVMS bastore).
                    // Only values other than 0/1 need the (slower) element-type check.
                    let a = st[sp - 3].r();
                    let is_bool = st[sp - 1].i() & !1 != 0
                        && a != NULL
                        && matches!(
                            vm.classes[vm.class_of(a) as usize].kind,
                            ClassKind::Array {
                                elem: Kind::Boolean,
                                ..
                            }
                        );
                    astore!(Bytes, |v: Value| if is_bool {
                        (v.i() & 1) as i8
                    } else {
                        v.i() as i8
                    })
                }
                Insn::CAStore => astore!(Chars, |v: Value| v.i() as u16),
                Insn::SAStore => astore!(Shorts, |v: Value| v.i() as i16),
                Insn::AAStore => {
                    let v = st[sp - 1].r();
                    let a = st[sp - 3].r();
                    if a != NULL && v != NULL {
                        let ac = vm.class_of(a);
                        if let ClassKind::Array { component, .. } = vm.classes[ac as usize].kind {
                            let vc = vm.class_of(v);
                            if !vm.is_subclass(vc, component) {
                                let n = crate::natives::dotted(&vm.classes[vc as usize].name);
                                raise!("java/lang/ArrayStoreException", Some(&n))
                            }
                        }
                    }
                    astore!(Refs, |v: Value| v.r())
                }
                Insn::ArrayLength => {
                    let a = pop!().r();
                    if a == NULL {
                        npe!();
                    }
                    let n = vm.heap.get(a).body.array_len().unwrap_or(0);
                    push!(Value::Int(n as i32));
                }
                Insn::Pop => sp -= 1,
                Insn::Pop2 => {
                    if st[sp - 1].wide() {
                        sp -= 1
                    } else {
                        sp -= 2
                    }
                }
                Insn::Dup => {
                    let v = st[sp - 1];
                    push!(v);
                }
                Insn::DupX1 => {
                    let v1 = pop!();
                    let v2 = pop!();
                    push!(v1);
                    push!(v2);
                    push!(v1);
                }
                Insn::DupX2 => {
                    let v1 = pop!();
                    let v2 = pop!();
                    if v2.wide() {
                        push!(v1);
                        push!(v2);
                        push!(v1);
                    } else {
                        let v3 = pop!();
                        push!(v1);
                        push!(v3);
                        push!(v2);
                        push!(v1);
                    }
                }
                Insn::Dup2 => {
                    let v1 = st[sp - 1];
                    if v1.wide() {
                        push!(v1);
                    } else {
                        let v2 = st[sp - 2];
                        push!(v2);
                        push!(v1);
                    }
                }
                Insn::Dup2X1 => {
                    let v1 = pop!();
                    if v1.wide() {
                        let v2 = pop!();
                        push!(v1);
                        push!(v2);
                        push!(v1);
                    } else {
                        let v2 = pop!();
                        let v3 = pop!();
                        push!(v2);
                        push!(v1);
                        push!(v3);
                        push!(v2);
                        push!(v1);
                    }
                }
                Insn::Dup2X2 => {
                    let v1 = pop!();
                    if v1.wide() {
                        let v2 = pop!();
                        if v2.wide() {
                            push!(v1);
                            push!(v2);
                            push!(v1);
                        } else {
                            let v3 = pop!();
                            push!(v1);
                            push!(v3);
                            push!(v2);
                            push!(v1);
                        }
                    } else {
                        let v2 = pop!();
                        let v3 = pop!();
                        if v3.wide() {
                            push!(v2);
                            push!(v1);
                            push!(v3);
                            push!(v2);
                            push!(v1);
                        } else {
                            let v4 = pop!();
                            push!(v2);
                            push!(v1);
                            push!(v4);
                            push!(v3);
                            push!(v2);
                            push!(v1);
                        }
                    }
                }
                Insn::Swap => {
                    let v1 = pop!();
                    let v2 = pop!();
                    push!(v1);
                    push!(v2);
                }
                Insn::IAdd => binop!(i, Int, i32::wrapping_add),
                Insn::LAdd => binop!(l, Long, i64::wrapping_add),
                Insn::FAdd => binop!(f, Float, |a: f32, b: f32| a + b),
                Insn::DAdd => binop!(d, Double, |a: f64, b: f64| a + b),
                Insn::ISub => binop!(i, Int, i32::wrapping_sub),
                Insn::LSub => binop!(l, Long, i64::wrapping_sub),
                Insn::FSub => binop!(f, Float, |a: f32, b: f32| a - b),
                Insn::DSub => binop!(d, Double, |a: f64, b: f64| a - b),
                Insn::IMul => binop!(i, Int, i32::wrapping_mul),
                Insn::LMul => binop!(l, Long, i64::wrapping_mul),
                Insn::FMul => binop!(f, Float, |a: f32, b: f32| a * b),
                Insn::DMul => binop!(d, Double, |a: f64, b: f64| a * b),
                Insn::FDiv => binop!(f, Float, |a: f32, b: f32| a / b),
                Insn::DDiv => binop!(d, Double, |a: f64, b: f64| a / b),
                Insn::FRem => binop!(f, Float, |a: f32, b: f32| a % b),
                Insn::DRem => binop!(d, Double, |a: f64, b: f64| a % b),
                Insn::IDiv | Insn::IRem => {
                    let b = pop!().i();
                    let a = pop!().i();
                    if b == 0 {
                        raise!("java/lang/ArithmeticException", Some("/ by zero"))
                    }
                    push!(Value::Int(if matches!(insns[pc].get(), Insn::IDiv) {
                        a.wrapping_div(b)
                    } else {
                        a.wrapping_rem(b)
                    }));
                }
                Insn::LDiv | Insn::LRem => {
                    let b = pop!().l();
                    let a = pop!().l();
                    if b == 0 {
                        raise!("java/lang/ArithmeticException", Some("/ by zero"))
                    }
                    push!(Value::Long(if matches!(insns[pc].get(), Insn::LDiv) {
                        a.wrapping_div(b)
                    } else {
                        a.wrapping_rem(b)
                    }));
                }
                Insn::INeg => {
                    let a = pop!().i();
                    push!(Value::Int(a.wrapping_neg()));
                }
                Insn::LNeg => {
                    let a = pop!().l();
                    push!(Value::Long(a.wrapping_neg()));
                }
                Insn::FNeg => {
                    let a = pop!().f();
                    push!(Value::Float(-a));
                }
                Insn::DNeg => {
                    let a = pop!().d();
                    push!(Value::Double(-a));
                }
                Insn::IShl => binop!(i, Int, |a: i32, b: i32| a.wrapping_shl(b as u32 & 31)),
                Insn::IShr => binop!(i, Int, |a: i32, b: i32| a.wrapping_shr(b as u32 & 31)),
                Insn::IUShr => binop!(i, Int, |a: i32, b: i32| ((a as u32) >> (b as u32 & 31))
                    as i32),
                Insn::LShl | Insn::LShr | Insn::LUShr => {
                    let b = pop!().i() as u32 & 63;
                    let a = pop!().l();
                    push!(Value::Long(match insns[pc].get() {
                        Insn::LShl => a.wrapping_shl(b),
                        Insn::LShr => a.wrapping_shr(b),
                        _ => ((a as u64) >> b) as i64,
                    }));
                }
                Insn::IAnd => binop!(i, Int, |a: i32, b: i32| a & b),
                Insn::IOr => binop!(i, Int, |a: i32, b: i32| a | b),
                Insn::IXor => binop!(i, Int, |a: i32, b: i32| a ^ b),
                Insn::LAnd => binop!(l, Long, |a: i64, b: i64| a & b),
                Insn::LOr => binop!(l, Long, |a: i64, b: i64| a | b),
                Insn::LXor => binop!(l, Long, |a: i64, b: i64| a ^ b),
                Insn::I2L => {
                    let a = pop!().i();
                    push!(Value::Long(a as i64));
                }
                Insn::I2F => {
                    let a = pop!().i();
                    push!(Value::Float(a as f32));
                }
                Insn::I2D => {
                    let a = pop!().i();
                    push!(Value::Double(a as f64));
                }
                Insn::L2I => {
                    let a = pop!().l();
                    push!(Value::Int(a as i32));
                }
                Insn::L2F => {
                    let a = pop!().l();
                    push!(Value::Float(a as f32));
                }
                Insn::L2D => {
                    let a = pop!().l();
                    push!(Value::Double(a as f64));
                }
                // Rust's float-to-int casts saturate and map NaN to 0, exactly as Java's.
                Insn::F2I => {
                    let a = pop!().f();
                    push!(Value::Int(a as i32));
                }
                Insn::F2L => {
                    let a = pop!().f();
                    push!(Value::Long(a as i64));
                }
                Insn::F2D => {
                    let a = pop!().f();
                    push!(Value::Double(a as f64));
                }
                Insn::D2I => {
                    let a = pop!().d();
                    push!(Value::Int(a as i32));
                }
                Insn::D2L => {
                    let a = pop!().d();
                    push!(Value::Long(a as i64));
                }
                Insn::D2F => {
                    let a = pop!().d();
                    push!(Value::Float(a as f32));
                }
                Insn::I2B => {
                    let a = pop!().i();
                    push!(Value::Int(a as i8 as i32));
                }
                Insn::I2C => {
                    let a = pop!().i();
                    push!(Value::Int(a as u16 as i32));
                }
                Insn::I2S => {
                    let a = pop!().i();
                    push!(Value::Int(a as i16 as i32));
                }
                Insn::LCmp => {
                    let b = pop!().l();
                    let a = pop!().l();
                    push!(Value::Int((a > b) as i32 - (a < b) as i32));
                }
                Insn::FCmpL | Insn::FCmpG => {
                    let b = pop!().f();
                    let a = pop!().f();
                    let r = if a > b {
                        1
                    } else if a < b {
                        -1
                    } else if a == b {
                        0
                    } else if matches!(insns[pc].get(), Insn::FCmpG) {
                        1
                    } else {
                        -1
                    };
                    push!(Value::Int(r));
                }
                Insn::DCmpL | Insn::DCmpG => {
                    let b = pop!().d();
                    let a = pop!().d();
                    let r = if a > b {
                        1
                    } else if a < b {
                        -1
                    } else if a == b {
                        0
                    } else if matches!(insns[pc].get(), Insn::DCmpG) {
                        1
                    } else {
                        -1
                    };
                    push!(Value::Int(r));
                }
                Insn::IfEq(tg) => branch!(pop!().i() == 0, tg),
                Insn::IfNe(tg) => branch!(pop!().i() != 0, tg),
                Insn::IfLt(tg) => branch!(pop!().i() < 0, tg),
                Insn::IfGe(tg) => branch!(pop!().i() >= 0, tg),
                Insn::IfGt(tg) => branch!(pop!().i() > 0, tg),
                Insn::IfLe(tg) => branch!(pop!().i() <= 0, tg),
                Insn::IfICmpEq(tg) => {
                    let b = pop!().i();
                    branch!(pop!().i() == b, tg)
                }
                Insn::IfICmpNe(tg) => {
                    let b = pop!().i();
                    branch!(pop!().i() != b, tg)
                }
                Insn::IfICmpLt(tg) => {
                    let b = pop!().i();
                    branch!(pop!().i() < b, tg)
                }
                Insn::IfICmpGe(tg) => {
                    let b = pop!().i();
                    branch!(pop!().i() >= b, tg)
                }
                Insn::IfICmpGt(tg) => {
                    let b = pop!().i();
                    branch!(pop!().i() > b, tg)
                }
                Insn::IfICmpLe(tg) => {
                    let b = pop!().i();
                    branch!(pop!().i() <= b, tg)
                }
                Insn::IfACmpEq(tg) => {
                    let b = pop!().r();
                    branch!(pop!().r() == b, tg)
                }
                Insn::IfACmpNe(tg) => {
                    let b = pop!().r();
                    branch!(pop!().r() != b, tg)
                }
                Insn::IfNull(tg) => branch!(pop!().r() == NULL, tg),
                Insn::IfNonNull(tg) => branch!(pop!().r() != NULL, tg),
                Insn::Goto(tg) => branch!(true, tg),
                Insn::Jsr(tg) => {
                    push!(Value::Int(pc as i32 + 1));
                    branch!(true, tg)
                }
                Insn::Ret(n) => {
                    let tg = st[lb + n as usize].i();
                    if tg < 0 || tg as usize >= insns.len() {
                        raise!("java/lang/VerifyError", Some("ret to a bad return address"))
                    }
                    branch!(true, tg as u32)
                }
                Insn::TableSwitch(s) => {
                    let k = pop!().i();
                    let sw = &code.switches[s as usize];
                    let off = k as i64 - sw.low as i64;
                    let tg = if off >= 0 && (off as usize) < sw.table.len() {
                        sw.table[off as usize]
                    } else {
                        sw.default
                    };
                    branch!(true, tg)
                }
                Insn::LookupSwitch(s) => {
                    let k = pop!().i();
                    let sw = &code.switches[s as usize];
                    let tg = match sw.pairs.binary_search_by_key(&k, |&(key, _)| key) {
                        Ok(i) => sw.pairs[i].1,
                        Err(_) => sw.default,
                    };
                    branch!(true, tg)
                }
                Insn::Return => ret!(None),
                Insn::ReturnValue => {
                    let v = pop!();
                    ret!(Some(v))
                }
                Insn::ReturnLocal(n) => {
                    let v = st[lb + n as usize];
                    pc += 1;
                    ret!(Some(v))
                }
                Insn::GetStaticQ(c, slot) => push!(vm.classes[c as usize].statics[slot as usize]),
                Insn::PutStaticQ(c, slot) => {
                    let v = pop!();
                    vm.classes[c as usize].statics[slot as usize] = v;
                }
                Insn::GetFieldQ(slot) => {
                    let o = pop!().r();
                    if o == NULL {
                        npe!();
                    }
                    push!(vm.field(o, slot));
                }
                Insn::LoadField(n, slot) => {
                    let o = st[lb + n as usize].r();
                    if o == NULL {
                        // Reported at the getfield, as without fusion.
                        pc += 1;
                        npe!();
                    }
                    push!(vm.field(o, slot));
                    pc += 2;
                    continue;
                }
                Insn::DupField(slot) => {
                    let o = st[sp - 1].r();
                    if o == NULL {
                        pc += 1;
                        npe!();
                    }
                    push!(vm.field(o, slot));
                    pc += 2;
                    continue;
                }
                Insn::PutFieldQ(slot) => {
                    let v = pop!();
                    let o = pop!().r();
                    if o == NULL {
                        npe!();
                    }
                    vm.set_field(o, slot, v);
                }
                Insn::LoadCaptured(slot) => {
                    let o = st[lb].r();
                    push!(vm.field(o, slot));
                }
                Insn::InvokeVirtualQ { vindex, argc } => {
                    let recv = st[sp - argc as usize].r();
                    if recv == NULL {
                        npe!();
                    }
                    let c = vm.heap.get(recv).class;
                    let m = vm.classes[c as usize].vtable[vindex as usize];
                    leaf_or_call!(m)
                }
                Insn::InvokeDirect(m) => call!(m),
                Insn::InvokeEmpty {
                    argc,
                    null_check,
                    m,
                } => {
                    if null_check && st[sp - argc as usize].r() == NULL {
                        // the real call raises the NullPointerException
                        budget = budget.wrapping_sub(1);
                        save!();
                        step!(slice_call!(m))
                    }
                    sp -= argc as usize;
                }
                Insn::InvokeStores { plan, m } => {
                    let p = &vm.store_plans[plan as usize];
                    let base = sp - p.argc as usize;
                    let recv = st[base].r();
                    if recv == NULL {
                        // the real call raises the NullPointerException
                        budget = budget.wrapping_sub(1);
                        save!();
                        step!(slice_call!(m))
                    }
                    if let Body::Fields(f) = &mut vm.heap.get_mut(recv).body {
                        for &(slot, src) in p.stores.iter() {
                            let v = match src {
                                StoreSrc::Arg(k) => st[base + k as usize],
                                StoreSrc::Const(v) => v,
                            };
                            if let Some(x) = f.get_mut(slot as usize) {
                                *x = v;
                            }
                        }
                    }
                    sp = base;
                }
                Insn::InvokeGetter(slot) => {
                    let o = pop!().r();
                    if o == NULL {
                        sp += 1; // the NPE is the call's, with the receiver still on the stack
                        npe!();
                    }
                    push!(vm.field(o, slot));
                }
                Insn::InvokeLengthGetter { slot, m } => {
                    let o = pop!().r();
                    if o == NULL {
                        sp += 1;
                        npe!();
                    }
                    let a = vm.field(o, slot).r();
                    if a == NULL {
                        // `this.f` is null: run the real method for its NullPointerException
                        sp += 1;
                        budget = budget.wrapping_sub(1);
                        save!();
                        step!(slice_call!(m))
                    }
                    let n = vm.heap.get(a).body.array_len().unwrap_or(0);
                    push!(Value::Int(n as i32));
                }
                Insn::StringCharAt { value_slot, m } => {
                    let recv = st[sp - 2].r();
                    if recv == NULL {
                        npe!();
                    }
                    let i = st[sp - 1].i();
                    let arr = vm.field(recv, value_slot).r();
                    let ch = match &vm.heap.get(arr).body {
                        Body::Chars(v) => usize::try_from(i).ok().and_then(|i| v.get(i)).copied(),
                        _ => None,
                    };
                    match ch {
                        Some(c) => {
                            sp -= 2;
                            push!(Value::Int(c as i32));
                        }
                        None => {
                            budget = budget.wrapping_sub(1);
                            save!();
                            step!(slice_call!(m))
                        }
                    }
                }
                Insn::StringOp { op, m } => {
                    let n = op.argc();
                    let (recv, a, b) = (st[sp - n], st[sp - n + 1], st[sp - 1]);
                    if recv.r() != NULL {
                        if let Some(v) = string_op(vm, op, recv.r(), a, b) {
                            sp -= n;
                            push!(Value::Int(v));
                            pc += 1;
                            continue;
                        }
                    }
                    budget = budget.wrapping_sub(1);
                    save!();
                    step!(slice_call!(m))
                }
                Insn::HashMapHash(m) => match map_hash(vm, st[sp - 1].r()) {
                    Some(h) => st[sp - 1] = Value::Int(h),
                    None => {
                        budget = budget.wrapping_sub(1);
                        save!();
                        step!(slice_call!(m))
                    }
                },
                Insn::HashMapNodeFor(m) => {
                    let (map, key) = (st[sp - 2].r(), st[sp - 1].r());
                    match (map != NULL).then(|| node_for(vm, map, key)).flatten() {
                        Some(n) => {
                            sp -= 2;
                            push!(Value::Ref(n));
                        }
                        None => {
                            budget = budget.wrapping_sub(1);
                            save!();
                            step!(slice_call!(m))
                        }
                    }
                }
                Insn::InvokeLeaf(m) => {
                    let meth = &vm.methods[m as usize];
                    let base = sp - meth.argc as usize;
                    let need = meth.frame as usize;
                    if (meth.is_static() || st[base].r() != NULL) && base + need <= st.len() {
                        try_leaf!(m, base, need);
                    }
                    call!(m)
                }
                Insn::StringSubstring(m) => {
                    let (s, b, e) = (st[sp - 3].r(), st[sp - 2].i(), st[sp - 1].i());
                    if s != NULL {
                        if let Some(r) = substring(vm, s, b, e) {
                            sp -= 3;
                            push!(Value::Ref(r));
                            pc += 1;
                            continue;
                        }
                    }
                    budget = budget.wrapping_sub(1);
                    save!();
                    step!(slice_call!(m))
                }
                Insn::SbAppend {
                    value,
                    count,
                    str_value,
                    m,
                } => {
                    let (sb, s) = (st[sp - 2].r(), st[sp - 1].r());
                    if sb != NULL && s != NULL {
                        let src = vm.field(s, str_value as u32).r();
                        let dst = vm.field(sb, value as u32).r();
                        let n = vm.field(sb, count as u32).i();
                        if src != NULL && dst != NULL && src != dst && n >= 0 {
                            let (so, d) = vm.heap.pair_mut(src, dst);
                            if let (Body::Chars(a), Body::Chars(b)) = (&so.body, &mut d.body) {
                                let (n, len) = (n as usize, a.len());
                                // the Java method's condition for neither growing nor throwing
                                if n + len <= b.len() {
                                    b[n..n + len].copy_from_slice(a);
                                    vm.set_field(sb, count as u32, Value::Int((n + len) as i32));
                                    sp -= 1; // the result is the builder itself
                                    pc += 1;
                                    continue;
                                }
                            }
                        }
                    }
                    budget = budget.wrapping_sub(1);
                    save!();
                    step!(slice_call!(m))
                }
                Insn::InvokeCheck { kind, m } => {
                    let n = kind.argc();
                    let mut a = [0; 3];
                    for (k, x) in a.iter_mut().enumerate().take(n) {
                        *x = st[sp - n + k].i();
                    }
                    match kind.eval(a) {
                        Some(r) => {
                            sp -= n;
                            if let Some(v) = r {
                                push!(Value::Int(v));
                            }
                        }
                        None => {
                            // the method itself throws, with its own frame in the trace
                            budget = budget.wrapping_sub(1);
                            save!();
                            step!(slice_call!(m))
                        }
                    }
                }
                Insn::InvokeInterfaceQ {
                    iface,
                    index,
                    argc,
                    cache_class,
                    cache_method,
                } => {
                    let recv = st[sp - argc as usize].r();
                    if recv == NULL {
                        npe!();
                    }
                    let c = vm.heap.get(recv).class;
                    let m = if c == cache_class {
                        cache_method
                    } else {
                        let found = vm.classes[c as usize]
                            .itable
                            .iter()
                            .find(|(i, _)| *i == iface)
                            .and_then(|(_, ms)| ms.get(index as usize).copied());
                        match found {
                            Some(m) => {
                                insns[pc].set(Insn::InvokeInterfaceQ {
                                    iface,
                                    index,
                                    argc,
                                    cache_class: c,
                                    cache_method: m,
                                });
                                m
                            }
                            None => {
                                let msg = format!(
                                    "Class {} does not implement the requested interface {}",
                                    crate::natives::dotted(&vm.classes[c as usize].name),
                                    crate::natives::dotted(&vm.classes[iface as usize].name)
                                );
                                raise!("java/lang/IncompatibleClassChangeError", Some(&msg))
                            }
                        }
                    };
                    leaf_or_call!(m)
                }
                Insn::InvokeStaticInit(m) => {
                    save!();
                    let c = vm.methods[m as usize].class;
                    let before = t.frames.len();
                    match ensure_init(vm, t, c) {
                        Step::Go if t.frames.len() == before => {
                            st = &mut t.stack[..];
                            if vm.classes[c as usize].state == InitState::Done {
                                quicken!(Insn::InvokeDirect(m))
                            }
                            step!(invoke(vm, t, m, false))
                        }
                        s => step!(s),
                    }
                }
                Insn::NewInit(c) => {
                    save!();
                    let before = t.frames.len();
                    match ensure_init(vm, t, c) {
                        Step::Go if t.frames.len() == before => {
                            st = &mut t.stack[..];
                            if vm.classes[c as usize].state == InitState::Done {
                                quicken!(Insn::NewQ(c))
                            }
                            let o = vm.new_object(c);
                            push!(Value::Ref(o));
                        }
                        s => step!(s),
                    }
                }
                Insn::NewQ(c) => {
                    save!();
                    let size = vm.classes[c as usize].instance_template.len() * 16;
                    if let Some(e) = gc_point(vm, t, size) {
                        step!(Step::Throw(e))
                    }
                    st = &mut t.stack[..];
                    let o = vm.new_object(c);
                    push!(Value::Ref(o));
                }
                Insn::NewArrayQ(ac) => {
                    let n = st[sp - 1].i();
                    if n < 0 {
                        raise!(
                            "java/lang/NegativeArraySizeException",
                            Some(&format!("{n}"))
                        )
                    }
                    save!();
                    let size = vm.array_bytes(ac, n as usize);
                    if let Some(e) = gc_point(vm, t, size) {
                        step!(Step::Throw(e))
                    }
                    st = &mut t.stack[..];
                    sp -= 1;
                    let a = vm.new_array(ac, n as usize);
                    push!(Value::Ref(a));
                }
                Insn::NewCapture(c, n) => {
                    save!();
                    if let Some(e) = gc_point(vm, t, n as usize * 16) {
                        step!(Step::Throw(e))
                    }
                    st = &mut t.stack[..];
                    let o = vm.new_object(c);
                    sp -= n as usize;
                    for k in 0..n as usize {
                        let v = st[sp + k];
                        vm.set_field(o, k as u32, v);
                    }
                    push!(Value::Ref(o));
                }
                Insn::CheckCastQ(c) => {
                    let o = st[sp - 1].r();
                    if o != NULL {
                        let oc = vm.class_of(o);
                        if oc != c && !vm.is_subclass(oc, c) {
                            let msg = cast_message(vm, oc, c);
                            raise!("java/lang/ClassCastException", Some(&msg))
                        }
                    }
                }
                Insn::InstanceOfQ(c) => {
                    let o = pop!().r();
                    let r = o != NULL && vm.is_subclass(vm.class_of(o), c);
                    push!(Value::Int(r as i32));
                }
                Insn::AThrow => {
                    let e = pop!().r();
                    if e == NULL {
                        npe!();
                    }
                    save!();
                    step!(Step::Throw(e))
                }
                Insn::MonitorEnter => {
                    let o = st[sp - 1].r();
                    if o == NULL {
                        sp -= 1;
                        npe!();
                    }
                    if !try_lock(vm, t.id, o) {
                        save!();
                        t.state = TState::Blocked(o);
                        return;
                    }
                    sp -= 1;
                }
                Insn::MonitorExit => {
                    let o = pop!().r();
                    if o == NULL {
                        npe!();
                    }
                    if !unlock(vm, t.id, o) {
                        raise!("java/lang/IllegalMonitorStateException", None)
                    }
                }
                // ---- unresolved forms: resolve, rewrite, re-execute ----
                // (listed, not `_`, so the dispatch needs no range check)
                Insn::Ldc(_)
                | Insn::GetStatic(_)
                | Insn::PutStatic(_)
                | Insn::GetField(_)
                | Insn::PutField(_)
                | Insn::InvokeVirtual(_)
                | Insn::InvokeSpecial(_)
                | Insn::InvokeStatic(_)
                | Insn::InvokeInterface(_)
                | Insn::InvokeDynamic(_)
                | Insn::New(_)
                | Insn::NewArray(_)
                | Insn::ANewArray(_)
                | Insn::CheckCast(_)
                | Insn::InstanceOf(_)
                | Insn::MultiANewArray(..) => {
                    save!();
                    match quicken(vm, t, method, insns[pc].get()) {
                        Ok(Some(q)) => {
                            let q = match q {
                                Insn::InvokeDirect(m) => inline_trivial(vm, t, m).unwrap_or(q),
                                q => q,
                            };
                            st = &mut t.stack[..];
                            // Fuse `load; getfield` into one dispatch on the load.
                            if let (Insn::GetFieldQ(slot), Some(prev)) = (q, pc.checked_sub(1)) {
                                match insns[prev].get() {
                                    Insn::Load(n) => insns[prev].set(Insn::LoadField(n, slot)),
                                    Insn::Dup => insns[prev].set(Insn::DupField(slot)),
                                    _ => {}
                                }
                            }
                            // `load a; load b; getfield/putfield` (b's field, or a.f = b)
                            if let Some(Insn::Load2(a, b)) =
                                pc.checked_sub(2).map(|i| insns[i].get())
                            {
                                match q {
                                    Insn::GetFieldQ(slot) => {
                                        insns[pc - 2].set(Insn::LoadLoadField { a, b, slot })
                                    }
                                    Insn::PutFieldQ(slot) => {
                                        insns[pc - 2].set(Insn::PutFieldLocals { a, b, slot })
                                    }
                                    _ => {}
                                }
                            }
                            quicken!(q)
                        }
                        Ok(None) => continue 'frame,
                        Err(s) => step!(s),
                    }
                }
            }
            pc += 1;
        }
    }
}

/// The decoded code of `m`, if it has any, as a reference the interpreter
/// may hold while it changes the VM.
#[inline(always)]
fn code_of<'a>(vm: &Vm, m: MethodId) -> Option<&'a crate::interp::Decoded> {
    decoded_ref(&vm.methods[m as usize])
}

/// `code_of` for a method at hand.
#[inline(always)]
fn decoded_ref<'a>(meth: &crate::class::Method) -> Option<&'a crate::interp::Decoded> {
    let rc = meth.decoded.as_ref()?;
    // SAFETY: installed code is never freed while the VM lives (methods are
    // never removed and `Method::set_decoded` leaks code it replaces), and
    // `run_slice`, the only user, does not outlive its `&mut Vm`. The code is
    // only read through it (its instructions are `Cell`s).
    Some(unsafe { &*Rc::as_ptr(rc) })
}

fn is_ready(vm: &Vm, t: &JThread, c: ClassId) -> bool {
    match vm.classes[c as usize].state {
        InitState::Done => true,
        InitState::InProgress(id) => id == t.id,
        _ => false,
    }
}

/// Allocation safepoint: collect when due; OutOfMemoryError if still no room.
fn gc_point(vm: &mut Vm, t: &mut JThread, bytes: usize) -> Option<Ref> {
    if vm.heap.wants_gc(bytes) {
        vm.gc(Some(t));
        if !vm.heap.fits(bytes) {
            return Some(vm.make_exception(
                t,
                "java/lang/OutOfMemoryError",
                Some("Java heap space"),
            ));
        }
    }
    None
}

pub fn cast_message(vm: &Vm, from: ClassId, to: ClassId) -> String {
    let n1 = crate::natives::dotted(&vm.classes[from as usize].name);
    let n2 = crate::natives::dotted(&vm.classes[to as usize].name);
    let where_ = |c: ClassId| {
        if vm.is_boot(c) {
            "module java.base of loader 'bootstrap'"
        } else {
            "unnamed module of loader 'app'"
        }
    };
    let (w1, w2) = (where_(from), where_(to));
    if w1 == w2 {
        format!("class {n1} cannot be cast to class {n2} ({n1} and {n2} are in {w1})")
    } else {
        format!("class {n1} cannot be cast to class {n2} ({n1} is in {w1}; {n2} is in {w2})")
    }
}

// ------------------------------------------------------------------ monitors

pub fn try_lock(vm: &mut Vm, tid: u32, o: Ref) -> bool {
    let me = tid + 1;
    let obj = vm.heap.get_mut(o);
    if obj.lock_owner == 0 {
        obj.lock_owner = me;
        obj.lock_count = 1;
        true
    } else if obj.lock_owner == me {
        obj.lock_count += 1;
        true
    } else {
        false
    }
}

pub fn unlock(vm: &mut Vm, tid: u32, o: Ref) -> bool {
    let obj = vm.heap.get_mut(o);
    if obj.lock_owner != tid + 1 {
        return false;
    }
    obj.lock_count -= 1;
    if obj.lock_count == 0 {
        obj.lock_owner = 0;
    }
    true
}

// ------------------------------------------------------------------ calls

/// Pushes a frame for `m` whose `argc` arguments are on top of the stack.
/// The caller's frame pc must point at the invoking instruction.
pub fn invoke(vm: &mut Vm, t: &mut JThread, m: MethodId, end_slice: bool) -> Step {
    let meth = &vm.methods[m as usize];
    let argc = meth.argc as usize;
    let base = t.sp - argc;
    if !meth.is_static() && t.stack[base].r() == NULL {
        return Step::Throw(crate::npe::make_npe(vm, t));
    }
    let mut sync = NULL;
    if meth.is_sync() {
        let c = meth.class;
        let o = if meth.is_static() {
            vm.mirror(c)
        } else {
            t.stack[base].r()
        };
        if !try_lock(vm, t.id, o) {
            t.state = TState::Blocked(o);
            return Step::Yield;
        }
        sync = o;
    }
    let meth = &vm.methods[m as usize];
    if let Some(native) = meth.native {
        let mut args = [Value::default(); 12];
        let n = argc.min(12);
        args[..n].copy_from_slice(&t.stack[base..base + n]);
        t.sp = base;
        let r = native(vm, t, &args[..n]);
        if sync != NULL {
            unlock(vm, t.id, sync);
        }
        return match r {
            NRes::Ret(v) => {
                if let Some(v) = v {
                    t.stack[t.sp] = v;
                    t.sp += 1;
                }
                if let Some(f) = t.frames.last_mut() {
                    f.pc += 1;
                }
                if end_slice {
                    Step::Yield
                } else {
                    Step::Go
                }
            }
            NRes::Throw(e) => {
                t.sp = base + argc;
                Step::Throw(e)
            }
            NRes::Block => {
                if let Some(f) = t.frames.last_mut() {
                    f.pc += 1;
                }
                Step::Yield
            }
            NRes::Retry => {
                t.sp = base + argc;
                Step::Yield
            }
            NRes::Reenter => Step::Go,
        };
    }
    if meth.access & ACC_ABSTRACT != 0 || (meth.access & crate::classfile::ACC_NATIVE != 0) {
        let cls = crate::natives::dotted(&vm.classes[meth.class as usize].name);
        let msg = format!("{cls}.{}{}", meth.name, meth.desc);
        let kind = if meth.access & ACC_ABSTRACT != 0 {
            "java/lang/AbstractMethodError"
        } else {
            "java/lang/UnsatisfiedLinkError"
        };
        if sync != NULL {
            unlock(vm, t.id, sync);
        }
        return Step::Throw(vm.make_exception(t, kind, Some(&msg)));
    }
    if let Err(e) = ensure_decoded(vm, t, m) {
        if sync != NULL {
            unlock(vm, t.id, sync);
        }
        return Step::Throw(e);
    }
    if t.frames.len() >= vm.opts.max_frames {
        if sync != NULL {
            unlock(vm, t.id, sync);
        }
        return Step::Throw(vm.make_exception(t, "java/lang/StackOverflowError", None));
    }
    let meth = &vm.methods[m as usize];
    // Long/double arguments take two local slots: spread them out.
    if meth.arg_slots as usize != argc {
        let slots = meth.arg_slots as usize;
        grow(t, base + slots + 1);
        spread_args(&vm.methods[m as usize], &mut t.stack[base..base + slots]);
    }
    let meth = &vm.methods[m as usize];
    let (arg_slots, max_locals, max_stack) = (
        meth.arg_slots as usize,
        meth.max_locals as usize,
        meth.max_stack as usize,
    );
    grow(t, base + max_locals + max_stack + 2);
    for v in &mut t.stack[base + arg_slots..base + max_locals] {
        *v = Value::default();
    }
    t.sp = base + max_locals;
    t.frames.push(Frame {
        method: m,
        pc: 0,
        lb: base as u32,
        sync,
        kind: FrameKind::Normal,
    });
    if end_slice {
        Step::Yield
    } else {
        Step::Go
    }
}

/// Moves a call's arguments (at the start of `locals`) to their local slots:
/// a long or double takes two (the second is never read).
fn spread_args(meth: &crate::class::Method, locals: &mut [Value]) {
    let recv = !meth.is_static() as usize;
    let argc = meth.argc as usize;
    let mut end = locals.len();
    // from the last argument down: its slot is never below its stack position
    for i in (0..argc).rev() {
        end -= if i < recv {
            1
        } else {
            meth.md.args[i - recv].slots()
        };
        locals[end] = locals[i];
    }
}

/// A native or intrinsic call without `invoke`'s generality: None when
/// `invoke` must make the call (synchronized, null receiver), with nothing
/// done; Some(Ok) when it returned normally (its result pushed); Some(Err)
/// with what the loop must do otherwise, as `invoke` would say it.
#[inline(never)]
fn call_native(vm: &mut Vm, t: &mut JThread, m: MethodId) -> Option<Result<(), Step>> {
    let meth = &vm.methods[m as usize];
    let native = meth.native?;
    let argc = meth.argc as usize;
    let base = t.sp - argc;
    if meth.is_sync() || (!meth.is_static() && t.stack[base].r() == NULL) {
        return None;
    }
    let mut args = [Value::default(); 12];
    let n = argc.min(12);
    args[..n].copy_from_slice(&t.stack[base..base + n]);
    t.sp = base;
    Some(match native(vm, t, &args[..n]) {
        NRes::Ret(v) => {
            if let Some(v) = v {
                t.stack[t.sp] = v;
                t.sp += 1;
            }
            Ok(())
        }
        NRes::Throw(e) => {
            t.sp = base + argc;
            Err(Step::Throw(e))
        }
        NRes::Block => {
            if let Some(f) = t.frames.last_mut() {
                f.pc += 1;
            }
            Err(Step::Yield)
        }
        NRes::Retry => {
            t.sp = base + argc;
            Err(Step::Yield)
        }
        NRes::Reenter => Err(Step::Go),
    })
}

fn grow(t: &mut JThread, need: usize) {
    if t.stack.len() < need {
        let n = need.max(t.stack.len() * 2);
        t.stack.resize(n, Value::default());
    }
}

pub fn ensure_decoded(vm: &mut Vm, t: &JThread, m: MethodId) -> Result<(), Ref> {
    if vm.methods[m as usize].decoded.is_some() {
        return Ok(());
    }
    match decode(vm, m) {
        Ok(d) => {
            vm.methods[m as usize].set_decoded(Rc::new(d));
            Ok(())
        }
        Err(msg) => {
            let meth = &vm.methods[m as usize];
            let full = format!(
                "{}.{}{}: {msg}",
                crate::natives::dotted(&vm.classes[meth.class as usize].name),
                meth.name,
                meth.desc
            );
            Err(vm.make_exception(t, "java/lang/VerifyError", Some(&full)))
        }
    }
}

fn do_return(vm: &mut Vm, t: &mut JThread, v: Option<Value>) {
    let Some(f) = t.frames.pop() else { return };
    if f.sync != NULL {
        unlock(vm, t.id, f.sync);
    }
    t.sp = f.lb as usize;
    match f.kind {
        FrameKind::Clinit(c) => vm.classes[c as usize].state = InitState::Done,
        FrameKind::Normal => {
            if let Some(v) = v {
                t.stack[t.sp] = v;
                t.sp += 1;
            }
            if let Some(caller) = t.frames.last_mut() {
                caller.pc += 1;
            }
        }
    }
}

fn finish_thread(vm: &mut Vm, t: &mut JThread) {
    t.state = TState::Done;
    t.sp = 0;
    if t.obj != NULL {
        vm.set_field(t.obj, vm.wk.thread_vmid, Value::Int(-1));
        vm.notify(t.obj, true);
    }
}

/// Unwinds to a handler for `e`. Returns false if the thread cannot continue
/// in this slice (it ended, or runs its uncaught-exception handler next slice).
pub fn throw(vm: &mut Vm, t: &mut JThread, mut e: Ref) -> bool {
    loop {
        let Some(f) = t.frames.last().copied() else {
            return uncaught(vm, t, e);
        };
        let meth = &vm.methods[f.method as usize];
        let class = meth.class;
        let max_locals = meth.max_locals as usize;
        if let Some(code) = meth.decoded.clone() {
            for h in &code.handlers {
                if f.pc >= h.start && f.pc < h.end {
                    let ok = h.catch == 0 || {
                        match resolve_class(vm, t, class, h.catch) {
                            Ok(cc) => vm.is_subclass(vm.class_of(e), cc),
                            Err(_) => false,
                        }
                    };
                    if ok {
                        t.sp = f.lb as usize + max_locals;
                        t.stack[t.sp] = Value::Ref(e);
                        t.sp += 1;
                        if let Some(top) = t.frames.last_mut() {
                            top.pc = h.target;
                        }
                        return true;
                    }
                }
            }
        }
        t.frames.pop();
        if f.sync != NULL {
            unlock(vm, t.id, f.sync);
        }
        t.sp = f.lb as usize;
        if let FrameKind::Clinit(c) = f.kind {
            vm.classes[c as usize].state = InitState::Failed;
            // Remembered as the cause of later NoClassDefFoundErrors, as HotSpot does.
            let ename = crate::natives::dotted(&vm.classes[vm.class_of(e) as usize].name);
            let msg = vm.field(e, vm.wk.thr_message).r();
            let text = if msg == NULL {
                ename
            } else {
                format!("{ename}: {}", vm.rust_string(msg))
            };
            let tname = if t.obj == NULL {
                String::from("main")
            } else {
                vm.rust_string(vm.field(t.obj, vm.wk.thread_name).r())
            };
            let saved = vm.make_exception(
                t,
                "java/lang/ExceptionInInitializerError",
                Some(&format!("Exception {text} [in thread \"{tname}\"]")),
            );
            let bt = vm.field(e, vm.wk.thr_backtrace);
            vm.set_field(saved, vm.wk.thr_backtrace, bt);
            vm.set_field(saved, vm.wk.thr_cause, Value::Ref(NULL));
            vm.classes[c as usize].init_error = saved;
            let error = vm.load("java/lang/Error").unwrap_or(vm.wk.throwable);
            if !vm.is_subclass(vm.class_of(e), error) {
                let w = vm.make_exception(t, "java/lang/ExceptionInInitializerError", None);
                vm.set_field(w, vm.wk.thr_cause, Value::Ref(e));
                e = w;
            }
        }
    }
}

/// The exception left the thread's last frame: run Thread.dispatchUncaughtException.
fn uncaught(vm: &mut Vm, t: &mut JThread, e: Ref) -> bool {
    if t.uncaught || t.obj == NULL {
        finish_thread(vm, t);
        return false;
    }
    t.uncaught = true;
    let Some(m) = vm.resolve_method(
        vm.wk.thread,
        "dispatchUncaughtException",
        "(Ljava/lang/Throwable;)V",
    ) else {
        finish_thread(vm, t);
        return false;
    };
    if ensure_decoded(vm, t, m).is_err() {
        finish_thread(vm, t);
        return false;
    }
    t.sp = 0;
    grow(t, 64);
    t.stack[0] = Value::Ref(t.obj);
    t.stack[1] = Value::Ref(e);
    let ml = vm.methods[m as usize].max_locals as usize;
    grow(t, ml + vm.methods[m as usize].max_stack as usize + 2);
    t.sp = ml;
    // A Clinit-kind frame would mark a class; use Normal with no caller.
    t.frames.push(Frame {
        method: m,
        pc: 0,
        lb: 0,
        sync: NULL,
        kind: FrameKind::Normal,
    });
    true
}

// ------------------------------------------------------------------ initialization

/// JVMS 5.5: make class `c` initialized. `Go` with the class ready means proceed;
/// `Go` after pushing a `<clinit>` frame means re-execute once it returns.
pub fn ensure_init(vm: &mut Vm, t: &mut JThread, c: ClassId) -> Step {
    match vm.classes[c as usize].state {
        InitState::Done => Step::Go,
        InitState::InProgress(id) if id == t.id => Step::Go,
        InitState::InProgress(_) => {
            t.state = TState::InitWait(c);
            Step::Yield
        }
        InitState::Failed => {
            let msg = format!(
                "Could not initialize class {}",
                crate::natives::dotted(&vm.classes[c as usize].name)
            );
            let e = vm.make_exception(t, "java/lang/NoClassDefFoundError", Some(&msg));
            let cause = vm.classes[c as usize].init_error;
            if cause != NULL {
                vm.set_field(e, vm.wk.thr_cause, Value::Ref(cause));
            }
            Step::Throw(e)
        }
        InitState::Linked => {
            if !vm.classes[c as usize].is_interface() {
                if let Some(s) = vm.classes[c as usize].super_id {
                    if !is_ready(vm, t, s) {
                        let before = t.frames.len();
                        match ensure_init(vm, t, s) {
                            Step::Go if t.frames.len() == before => {}
                            other => return other,
                        }
                    }
                }
                // Superinterfaces declaring default methods initialize first (JVMS 5.5 step 7).
                for i in vm.classes[c as usize].all_ifaces.clone() {
                    let has_default = vm.classes[i as usize].methods.iter().any(|&m| {
                        let mm = &vm.methods[m as usize];
                        !mm.is_abstract() && !mm.is_static()
                    });
                    if has_default && !is_ready(vm, t, i) {
                        let before = t.frames.len();
                        match ensure_init(vm, t, i) {
                            Step::Go if t.frames.len() == before => {}
                            other => return other,
                        }
                    }
                }
            }
            vm.classes[c as usize].state = InitState::InProgress(t.id);
            let clinit = vm.classes[c as usize]
                .methods
                .iter()
                .copied()
                .find(|&m| &*vm.methods[m as usize].name == "<clinit>");
            let Some(m) = clinit else {
                vm.classes[c as usize].state = InitState::Done;
                return Step::Go;
            };
            if let Err(e) = ensure_decoded(vm, t, m) {
                vm.classes[c as usize].state = InitState::Failed;
                return Step::Throw(e);
            }
            let ml = vm.methods[m as usize].max_locals as usize;
            let ms = vm.methods[m as usize].max_stack as usize;
            let base = t.sp;
            grow(t, base + ml + ms + 2);
            t.sp = base + ml;
            t.frames.push(Frame {
                method: m,
                pc: 0,
                lb: base as u32,
                sync: NULL,
                kind: FrameKind::Clinit(c),
            });
            Step::Go
        }
    }
}

// ------------------------------------------------------------------ resolution

pub fn resolve_class(vm: &mut Vm, t: &JThread, from: ClassId, idx: u16) -> Result<ClassId, Ref> {
    if let Some(&c) = vm.classes[from as usize]
        .class_cache
        .borrow()
        .get(idx as usize)
    {
        if c != u32::MAX {
            return Ok(c);
        }
    }
    let name = vm.classes[from as usize]
        .cf
        .as_ref()
        .and_then(|cf| cf.class_name(idx).cloned())
        .unwrap_or_default();
    match vm.load(&name) {
        Ok(c) => {
            if let Some(slot) = vm.classes[from as usize]
                .class_cache
                .borrow_mut()
                .get_mut(idx as usize)
            {
                *slot = c;
            }
            Ok(c)
        }
        Err((cls, msg)) => Err(vm.make_exception(t, cls, Some(&msg))),
    }
}

fn member(vm: &Vm, from: ClassId, idx: u16) -> (Rc<str>, Rc<str>, Rc<str>) {
    let cf = vm.classes[from as usize].cf.as_ref();
    match cf.and_then(|cf| cf.member_ref(idx)) {
        Some((c, n, d)) => (c.clone(), n.clone(), d.clone()),
        None => (Rc::from(""), Rc::from(""), Rc::from("")),
    }
}

fn owner_index(vm: &Vm, from: ClassId, idx: u16) -> u16 {
    match vm.classes[from as usize]
        .cf
        .as_ref()
        .and_then(|cf| cf.cp.get(idx as usize).cloned())
    {
        Some(Cp::FieldRef(c, _))
        | Some(Cp::MethodRef(c, _))
        | Some(Cp::InterfaceMethodRef(c, _)) => c,
        _ => 0,
    }
}

/// A call to `m` that can be done in place, without a frame: trivial
/// getters (`return this.f;`, `return this.f.length;`) and `String.charAt`.
/// Only for calls that always reach `m` (static dispatch), so no override
/// can be skipped. None: call it as usual.
fn inline_trivial(vm: &mut Vm, t: &mut JThread, m: MethodId) -> Option<Insn> {
    inline_known(vm, t, m)
        .or_else(|| store_plan(vm, t, m))
        .or_else(|| {
            // any other pure leaf runs without a frame
            ensure_decoded(vm, t, m).ok()?;
            vm.methods[m as usize].leaf.then_some(Insn::InvokeLeaf(m))
        })
}

/// The in-place forms of `inline_trivial` for particular methods and shapes.
fn inline_known(vm: &mut Vm, t: &mut JThread, m: MethodId) -> Option<Insn> {
    let meth = &vm.methods[m as usize];
    if meth.is_sync() || meth.is_abstract() || meth.native.is_some() {
        return None;
    }
    if is_empty(vm, t, m, 4) {
        let meth = &vm.methods[m as usize];
        return Some(Insn::InvokeEmpty {
            argc: meth.argc,
            null_check: !meth.is_static(),
            m,
        });
    }
    let meth = &vm.methods[m as usize];
    if &*vm.classes[meth.class as usize].name == "java/util/HashMap" && vm.is_boot(meth.class) {
        let q = match (&*meth.name, &*meth.desc, meth.is_static()) {
            // `key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16)`
            ("hash", "(Ljava/lang/Object;)I", true) => Insn::HashMapHash(m),
            ("nodeFor", "(Ljava/lang/Object;)Ljava/util/HashMap$Node;", false) => {
                Insn::HashMapNodeFor(m)
            }
            _ => return None,
        };
        if vm.map_slots.is_none() {
            vm.map_slots = Some(MapSlots::find(vm)?);
        }
        return Some(q);
    }
    if meth.is_static() {
        let class = &vm.classes[meth.class as usize];
        let kind = CheckKind::of(&class.name, &meth.name, &meth.desc)?;
        // only our java.base's methods, whose bodies `CheckKind::eval` mirrors
        return vm
            .is_boot(meth.class)
            .then_some(Insn::InvokeCheck { kind, m });
    }
    let class = meth.class;
    if let Some(q) = sb_append(vm, m) {
        return Some(q);
    }
    if class == vm.wk.string {
        if &*meth.name == "substring" && &*meth.desc == "(II)Ljava/lang/String;" {
            return Some(Insn::StringSubstring(m));
        }
        if let Some(op) = StrOp::of(&meth.name, &meth.desc) {
            return Some(Insn::StringOp { op, m });
        }
    }
    if &*meth.name == "charAt"
        && &*meth.desc == "(I)C"
        && &*vm.classes[class as usize].name == "java/lang/String"
    {
        let (_, value_slot, _) = vm.find_field(class, "value")?;
        return Some(Insn::StringCharAt { value_slot, m });
    }
    ensure_decoded(vm, t, m).ok()?;
    let code = vm.methods[m as usize].decoded.clone()?;
    if !code.handlers.is_empty() || !(3..=4).contains(&code.insns.len()) {
        return None;
    }
    let at = |i: usize| code.insns[i].get();
    if !matches!(at(0), Insn::Load(0) | Insn::LoadField(0, _)) {
        return None;
    }
    let slot = match at(1) {
        Insn::GetFieldQ(slot) => slot,
        Insn::GetField(idx) => match quicken(vm, t, m, Insn::GetField(idx)) {
            Ok(Some(Insn::GetFieldQ(slot))) => slot,
            _ => return None,
        },
        _ => return None,
    };
    match (code.insns.len(), at(2)) {
        (3, Insn::ReturnValue) => Some(Insn::InvokeGetter(slot)),
        (4, Insn::ArrayLength) if matches!(at(3), Insn::ReturnValue) => {
            Some(Insn::InvokeLengthGetter { slot, m })
        }
        _ => None,
    }
}

/// Where a field store of an `Insn::InvokeStores` method takes its value from.
#[derive(Clone, Copy)]
pub enum StoreSrc {
    /// The call's argument with this index (0 = the receiver).
    Arg(u16),
    Const(Value),
}

/// What an `Insn::InvokeStores` call does: with the receiver non-null, the
/// stores in order (field slot, value), then the `argc` arguments are dropped.
pub struct StorePlan {
    pub m: MethodId,
    pub argc: u16,
    pub stores: Box<[(u32, StoreSrc)]>,
}

/// Stores a method may make and still be done in place.
const PLAN_STORES: usize = 8;

/// `Insn::InvokeStores` for `m` when its body only stores arguments or
/// constants into its receiver's fields (see `field_stores`).
fn store_plan(vm: &mut Vm, t: &mut JThread, m: MethodId) -> Option<Insn> {
    if let Some(k) = vm.store_plans.iter().position(|p| p.m == m) {
        return Some(Insn::InvokeStores { plan: k as u32, m });
    }
    let stores = field_stores(vm, t, m, 4)?;
    let plan = vm.store_plans.len() as u32;
    vm.store_plans.push(StorePlan {
        m,
        argc: vm.methods[m as usize].argc,
        stores: stores.into(),
    });
    Some(Insn::InvokeStores { plan, m })
}

/// The stores of instance method `m` if its code (as decoded, unfused) is
/// an optional `aload_0; invokespecial` of a constructor that is empty or
/// itself such a method (`depth` bounds the chain), then only `aload_0;
/// <load of an argument, iconst or aconst_null>; putfield` groups, then
/// `return`: nothing in it can throw once the receiver is non-null, so
/// doing the stores in place is the call. Arguments must take one slot each.
fn field_stores(
    vm: &mut Vm,
    t: &mut JThread,
    m: MethodId,
    depth: u32,
) -> Option<Vec<(u32, StoreSrc)>> {
    let meth = &vm.methods[m as usize];
    if depth == 0
        || meth.is_static()
        || meth.is_sync()
        || meth.is_abstract()
        || meth.native.is_some()
        || meth.arg_slots != meth.argc
    {
        return None;
    }
    let argc = meth.argc;
    ensure_decoded(vm, t, m).ok()?;
    let code = vm.methods[m as usize].decoded.clone()?;
    let orig = &code.orig[..];
    // (VM-generated code has no `orig`)
    if !code.handlers.is_empty() || orig.is_empty() || orig.len() != code.insns.len() {
        return None;
    }
    let mut stores = Vec::new();
    let mut i = 0;
    if let [Insn::Load(0), Insn::InvokeSpecial(idx), ..] = *orig {
        let inner = match quicken(vm, t, m, Insn::InvokeSpecial(idx)) {
            Ok(Some(Insn::InvokeDirect(inner))) => inner,
            _ => return None,
        };
        if vm.methods[inner as usize].argc != 1 {
            return None;
        }
        if !is_empty(vm, t, inner, depth) {
            stores = field_stores(vm, t, inner, depth - 1)?;
        }
        i = 2;
    }
    loop {
        match *orig.get(i)? {
            Insn::Return if i + 1 == orig.len() => return Some(stores),
            Insn::Load(0) => {}
            _ => return None,
        }
        let src = match *orig.get(i + 1)? {
            Insn::Load(k) if k < argc => StoreSrc::Arg(k),
            Insn::IConst(c) => StoreSrc::Const(Value::Int(c)),
            Insn::AConstNull => StoreSrc::Const(Value::Ref(NULL)),
            _ => return None,
        };
        let Insn::PutField(idx) = *orig.get(i + 2)? else {
            return None;
        };
        let slot = match quicken(vm, t, m, Insn::PutField(idx)) {
            Ok(Some(Insn::PutFieldQ(slot))) => slot,
            _ => return None,
        };
        stores.push((slot, src));
        if stores.len() > PLAN_STORES {
            return None;
        }
        i += 3;
    }
}

/// Steps a pure leaf may take before `run_leaf` gives up (bounds loops).
const LEAF_STEPS: u32 = 64;

/// Runs pure leaf method `m` (`Method::leaf`) without a frame, its locals
/// and operand stack in `frame` (at least `Method::frame` slots), whose
/// first slots hold the arguments (receiver first). Some(result) (None for
/// void) when it returned; None when it met anything it does not do here (an
/// unresolved field, a null, too many steps): the arguments are unchanged
/// then (a leaf never stores into them), and the caller makes the real call.
fn run_leaf(vm: &Vm, m: MethodId, frame: &mut [Value]) -> Option<Option<Value>> {
    let meth = &vm.methods[m as usize];
    let code = meth.decoded.as_deref()?;
    let insns = &code.insns[..];
    let (loc, st) = frame.split_at_mut(meth.max_locals as usize);
    for v in loc.get_mut(meth.argc as usize..)? {
        *v = Value::default();
    }
    let mut sp = 0usize;
    let mut pc = 0usize;
    macro_rules! push {
        ($v:expr) => {{
            *st.get_mut(sp)? = $v;
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp = sp.checked_sub(1)?;
            st[sp]
        }};
    }
    let local = |loc: &[Value], n: u16| loc.get(n as usize).copied();
    let field = |o: Value, slot: u32| -> Option<Value> {
        match (o, &vm.heap.get(o.r()).body) {
            (Value::Ref(r), Body::Fields(f)) if r != NULL => f.get(slot as usize).copied(),
            _ => None,
        }
    };
    let length = |a: Value| -> Option<i32> {
        if a.r() == NULL {
            return None;
        }
        vm.heap.get(a.r()).body.array_len().map(|n| n as i32)
    };
    for _ in 0..LEAF_STEPS {
        // SAFETY: as in `run_slice`: each arm reads only its own operands; a
        // leaf never writes instructions.
        let ins: &Insn = unsafe { &*insns.get(pc)?.as_ptr() };
        let mut next = pc + 1;
        match *ins {
            Insn::Nop => {}
            Insn::AConstNull => push!(Value::Ref(NULL)),
            Insn::IConst(c) => push!(Value::Int(c)),
            Insn::Load(n) => push!(local(loc, n)?),
            Insn::Load2(a, b) => {
                push!(local(loc, a)?);
                push!(local(loc, b)?);
                next = pc + 2;
            }
            Insn::Store(n) => {
                let v = pop!();
                *loc.get_mut(n as usize)? = v;
            }
            Insn::StoreLoad(a, b) => {
                let v = pop!();
                *loc.get_mut(a as usize)? = v;
                push!(local(loc, b)?);
                next = pc + 2;
            }
            Insn::GetFieldQ(slot) => {
                let o = pop!();
                push!(field(o, slot)?);
            }
            Insn::LoadField(n, slot) => {
                push!(field(local(loc, n)?, slot)?);
                next = pc + 2;
            }
            Insn::DupField(slot) => {
                let o = *st.get(sp.checked_sub(1)?)?;
                push!(field(o, slot)?);
                next = pc + 2;
            }
            Insn::LoadLoadField { a, b, slot } => {
                push!(local(loc, a)?);
                push!(field(local(loc, b)?, slot)?);
                next = pc + 3;
            }
            Insn::ArrayLength => {
                let a = pop!();
                push!(Value::Int(length(a)?));
            }
            Insn::LoadLength(n) => {
                push!(Value::Int(length(local(loc, n)?)?));
                next = pc + 2;
            }
            Insn::Dup => {
                let v = *st.get(sp.checked_sub(1)?)?;
                push!(v);
            }
            Insn::Pop => {
                pop!();
            }
            Insn::IAdd | Insn::ISub | Insn::IAnd | Insn::IOr | Insn::IXor => {
                let b = pop!().i();
                let a = pop!().i();
                push!(Value::Int(match ins {
                    Insn::IAdd => a.wrapping_add(b),
                    Insn::ISub => a.wrapping_sub(b),
                    Insn::IAnd => a & b,
                    Insn::IOr => a | b,
                    _ => a ^ b,
                }));
            }
            Insn::IAddConst(c) => {
                let a = pop!().i();
                push!(Value::Int(a.wrapping_add(c)));
                next = pc + 2;
            }
            Insn::IfEq(t)
            | Insn::IfNe(t)
            | Insn::IfLt(t)
            | Insn::IfGe(t)
            | Insn::IfGt(t)
            | Insn::IfLe(t) => {
                let a = pop!().i();
                let taken = match ins {
                    Insn::IfEq(_) => a == 0,
                    Insn::IfNe(_) => a != 0,
                    Insn::IfLt(_) => a < 0,
                    Insn::IfGe(_) => a >= 0,
                    Insn::IfGt(_) => a > 0,
                    _ => a <= 0,
                };
                if taken {
                    next = t as usize;
                }
            }
            Insn::IfICmpEq(t)
            | Insn::IfICmpNe(t)
            | Insn::IfICmpLt(t)
            | Insn::IfICmpGe(t)
            | Insn::IfICmpGt(t)
            | Insn::IfICmpLe(t) => {
                let b = pop!().i();
                let a = pop!().i();
                let taken = match ins {
                    Insn::IfICmpEq(_) => a == b,
                    Insn::IfICmpNe(_) => a != b,
                    Insn::IfICmpLt(_) => a < b,
                    Insn::IfICmpGe(_) => a >= b,
                    Insn::IfICmpGt(_) => a > b,
                    _ => a <= b,
                };
                if taken {
                    next = t as usize;
                }
            }
            Insn::IfACmpEq(t) | Insn::IfACmpNe(t) => {
                let b = pop!().r();
                let a = pop!().r();
                if (a == b) == matches!(ins, Insn::IfACmpEq(_)) {
                    next = t as usize;
                }
            }
            Insn::IfNull(t) | Insn::IfNonNull(t) => {
                let a = pop!().r();
                if (a == NULL) == matches!(ins, Insn::IfNull(_)) {
                    next = t as usize;
                }
            }
            Insn::IfLocalsCmp { a, b, mask, tg } => {
                let (x, y) = (local(loc, a)?.i(), local(loc, b)?.i());
                next = if cmp_taken(mask, x, y) {
                    tg as usize
                } else {
                    pc + 3
                };
            }
            Insn::IfLocalConstCmp { n, mask, c, tg } => {
                let x = local(loc, n)?.i();
                next = if cmp_taken(mask, x, c) {
                    tg as usize
                } else {
                    pc + 3
                };
            }
            Insn::IfLocalZero { n, mask, tg } => {
                let x = local(loc, n)?.i();
                next = if cmp_taken(mask, x, 0) {
                    tg as usize
                } else {
                    pc + 2
                };
            }
            Insn::IfLocalNull { n, mask, tg } => {
                let x = (local(loc, n)?.r() != NULL) as i32;
                next = if cmp_taken(mask, x, 0) {
                    tg as usize
                } else {
                    pc + 2
                };
            }
            Insn::Goto(t) => next = t as usize,
            Insn::Return => return Some(None),
            Insn::ReturnValue => return Some(Some(pop!())),
            Insn::ReturnLocal(n) => return Some(Some(local(loc, n)?)),
            _ => return None,
        }
        pc = next;
    }
    None
}

/// `op` on String `s` (not null) with arguments `a`, `b` (as many as it
/// takes), as its Java body computes it; None when the Java method must run
/// (a null prefix throws, a supplementary code point takes the long way).
fn string_op(vm: &Vm, op: StrOp, s: Ref, a: Value, b: Value) -> Option<i32> {
    let chars = |r: Ref| match &vm.heap.get(vm.field(r, vm.wk.string_value).r()).body {
        Body::Chars(c) => Some(c),
        _ => None,
    };
    let v = chars(s)?;
    let index_of = |ch: i32, from: i32| {
        // `if (fromIndex < 0) fromIndex = 0;` then `indexOf0` for a char
        let from = from.max(0) as usize;
        v.get(from..)
            .and_then(|t| t.iter().position(|&c| c as i32 == ch))
            .map_or(-1, |i| (from + i) as i32)
    };
    let starts_with = |p: Ref, at: i32| -> Option<i32> {
        if p == NULL {
            return None;
        }
        let p = chars(p)?;
        // `toffset < 0 || toffset > value.length - p.length` is false
        if at < 0 || at as i64 > v.len() as i64 - p.len() as i64 {
            return Some(0);
        }
        Some((v[at as usize..at as usize + p.len()] == p[..]) as i32)
    };
    match op {
        StrOp::IndexOf | StrOp::IndexOfFrom => {
            let ch = a.i();
            if ch >= 0x10000 {
                return None;
            }
            let from = if op == StrOp::IndexOf { 0 } else { b.i() };
            Some(index_of(ch, from))
        }
        StrOp::StartsWith => starts_with(a.r(), 0),
        StrOp::StartsWithAt => starts_with(a.r(), b.i()),
        StrOp::IsEmpty => Some(v.is_empty() as i32),
    }
}

/// What the in-place HashMap lookups read: field slots of String.hash,
/// Integer.value, HashMap.table and HashMap.Node's hash/key/next, and the
/// classes Integer and HashMap.Node.
#[derive(Debug, Clone, Copy)]
pub struct MapSlots {
    string_hash: u32,
    integer: ClassId,
    integer_value: u32,
    table: u32,
    node: ClassId,
    node_hash: u32,
    node_key: u32,
    node_next: u32,
}

impl MapSlots {
    fn find(vm: &Vm) -> Option<MapSlots> {
        // among the classes the program loaded only: an image without
        // HashMap just runs its calls as Java
        let loaded = |n: &str| vm.class_map.get(n).copied();
        let slot = |c: ClassId, f: &str| match vm.find_field(c, f) {
            Some((_, s, false)) => Some(s),
            _ => None,
        };
        let (integer, map, node) = (
            loaded("java/lang/Integer")?,
            loaded("java/util/HashMap")?,
            loaded("java/util/HashMap$Node")?,
        );
        Some(MapSlots {
            string_hash: slot(vm.wk.string, "hash")?,
            integer,
            integer_value: slot(integer, "value")?,
            table: slot(map, "table")?,
            node,
            node_hash: slot(node, "hash")?,
            node_key: slot(node, "key")?,
            node_next: slot(node, "next")?,
        })
    }
}

/// `HashMap.hash(key)` when it needs no Java: null, a String whose hash is
/// cached (`String.hashCode` returns it), an Integer (its value).
fn map_hash(vm: &Vm, key: Ref) -> Option<i32> {
    let f = vm.map_slots.as_ref()?;
    let h = if key == NULL {
        0
    } else {
        let c = vm.class_of(key);
        if c == vm.wk.string {
            Some(vm.field(key, f.string_hash).i()).filter(|&h| h != 0)?
        } else if c == f.integer {
            vm.field(key, f.integer_value).i()
        } else {
            return None;
        }
    };
    Some(h ^ ((h as u32) >> 16) as i32)
}

/// `key.equals(k)` for a String or Integer `key` (not null), as their Java
/// bodies compute it; None for other keys.
fn key_equals(vm: &Vm, f: &MapSlots, key: Ref, k: Ref) -> Option<bool> {
    let c = vm.class_of(key);
    if c != vm.wk.string && c != f.integer {
        return None;
    }
    if k == key {
        return Some(true);
    }
    if k == NULL || vm.class_of(k) != c {
        return Some(false);
    }
    if c == f.integer {
        return Some(vm.field(key, f.integer_value).i() == vm.field(k, f.integer_value).i());
    }
    let chars = |s: Ref| match &vm.heap.get(vm.field(s, vm.wk.string_value).r()).body {
        Body::Chars(v) => Some(v),
        _ => None,
    };
    Some(chars(key)? == chars(k)?)
}

/// `HashMap.nodeFor(key)` of non-null `map` as its Java body does it, when
/// the key's hash and equals need no Java (`map_hash`, `key_equals`) and the
/// bin is a plain chain; None: run the Java method.
fn node_for(vm: &Vm, map: Ref, key: Ref) -> Option<Ref> {
    let f = vm.map_slots.as_ref()?;
    let h = map_hash(vm, key)?;
    let tab = vm.field(map, f.table).r();
    if tab == NULL {
        return Some(NULL);
    }
    let Body::Refs(t) = &vm.heap.get(tab).body else {
        return None;
    };
    if t.is_empty() {
        return Some(NULL);
    }
    let first = t[((t.len() as i32 - 1) & h) as usize];
    // `e.hash == h && ((k = e.key) == key || (key != null && key.equals(k)))`
    let hit = |e: Ref| -> Option<bool> {
        if vm.field(e, f.node_hash).i() != h {
            return Some(false);
        }
        let k = vm.field(e, f.node_key).r();
        if k == key {
            return Some(true);
        }
        if key == NULL {
            return Some(false);
        }
        key_equals(vm, f, key, k)
    };
    if first == NULL {
        return Some(NULL);
    }
    if hit(first)? {
        return Some(first);
    }
    let mut e = vm.field(first, f.node_next).r();
    if e == NULL {
        return Some(NULL);
    }
    // tree bins (and other node classes) take the Java way
    if vm.class_of(first) != f.node {
        return None;
    }
    for _ in 0..64 {
        if e == NULL {
            return Some(NULL);
        }
        if hit(e)? {
            return Some(e);
        }
        e = vm.field(e, f.node_next).r();
    }
    None
}

/// `String.substring(b, e)` of non-null `s` as its Java body does it
/// (`checkBoundsBeginEnd`; the String itself for the whole range; else a new
/// String holding a copy of the chars), or None when it must run as Java:
/// bounds out of range (it throws), an empty range (it returns the interned
/// `""` literal) or a collection due before the two allocations (it collects
/// at its own allocation sites).
fn substring(vm: &mut Vm, s: Ref, b: i32, e: i32) -> Option<Ref> {
    let v = vm.field(s, vm.wk.string_value).r();
    let Body::Chars(c) = &vm.heap.get(v).body else {
        return None;
    };
    let len = c.len();
    if b < 0 || b > e || e as usize > len {
        return None;
    }
    if b == 0 && e as usize == len {
        return Some(s);
    }
    if b == e {
        return None;
    }
    let (b, e) = (b as usize, e as usize);
    let fields = vm.classes[vm.wk.string as usize].instance_template.len() * 16;
    if !vm.heap.room_for((e - b) * 2 + fields, 2) {
        return None;
    }
    let chars: alloc::boxed::Box<[u16]> = c[b..e].into();
    let arr = vm.heap.alloc(vm.wk.char_array, Body::Chars(chars));
    let r = vm.new_object(vm.wk.string);
    vm.set_field(r, vm.wk.string_value, Value::Ref(arr));
    Some(r)
}

/// `Insn::SbAppend` for a call of java.base's `StringBuilder.append(String)`
/// (which only calls the next and returns `this`) or
/// `AbstractStringBuilder.append(String)`.
fn sb_append(vm: &Vm, m: MethodId) -> Option<Insn> {
    let meth = &vm.methods[m as usize];
    let class = &*vm.classes[meth.class as usize].name;
    let ok = &*meth.name == "append"
        && match class {
            "java/lang/StringBuilder" => {
                &*meth.desc == "(Ljava/lang/String;)Ljava/lang/StringBuilder;"
            }
            "java/lang/AbstractStringBuilder" => {
                &*meth.desc == "(Ljava/lang/String;)Ljava/lang/AbstractStringBuilder;"
            }
            _ => false,
        };
    if !ok || !vm.is_boot(meth.class) {
        return None;
    }
    let slot = |c: &str, f: &str| -> Option<u16> {
        let c = *vm.class_map.get(c)?;
        let (_, s, is_static) = vm.find_field(c, f)?;
        u16::try_from(s).ok().filter(|_| !is_static)
    };
    Some(Insn::SbAppend {
        value: slot("java/lang/AbstractStringBuilder", "value")?,
        count: slot("java/lang/AbstractStringBuilder", "count")?,
        str_value: slot("java/lang/String", "value")?,
        m,
    })
}

/// Whether a call of `m` does nothing but return (void, no handlers): its
/// body is `return`, or (instance methods) `load this; call an empty method
/// of this; return` (constructors chaining to `Object.<init>`), looking
/// `depth` calls deep.
fn is_empty(vm: &mut Vm, t: &mut JThread, m: MethodId, depth: u32) -> bool {
    let meth = &vm.methods[m as usize];
    if depth == 0 || meth.is_sync() || meth.is_abstract() || meth.native.is_some() {
        return false;
    }
    let is_static = meth.is_static();
    if ensure_decoded(vm, t, m).is_err() {
        return false;
    }
    let Some(code) = vm.methods[m as usize].decoded.clone() else {
        return false;
    };
    if !code.handlers.is_empty() {
        return false;
    }
    let at = |i: usize| code.insns[i].get();
    match code.insns.len() {
        1 => matches!(at(0), Insn::Return),
        3 if !is_static && matches!(at(0), Insn::Load(0)) && matches!(at(2), Insn::Return) => {
            let inner = match at(1) {
                Insn::InvokeEmpty { argc: 1, .. } => return true,
                Insn::InvokeDirect(m) => m,
                Insn::InvokeSpecial(idx) => match quicken(vm, t, m, Insn::InvokeSpecial(idx)) {
                    Ok(Some(Insn::InvokeDirect(m))) => m,
                    _ => return false,
                },
                _ => return false,
            };
            vm.methods[inner as usize].argc == 1 && is_empty(vm, t, inner, depth - 1)
        }
        _ => false,
    }
}

/// Resolves a symbolic instruction. `Ok(Some(q))`: rewrite to `q` and re-execute;
/// `Ok(None)`: frames changed (a `<clinit>` was pushed), reload and retry later.
fn quicken(
    vm: &mut Vm,
    t: &mut JThread,
    caller: MethodId,
    ins: Insn,
) -> Result<Option<Insn>, Step> {
    let from = vm.methods[caller as usize].class;
    let err = |e: Ref| Step::Throw(e);
    let init = |vm: &mut Vm, t: &mut JThread, c: ClassId| -> Result<bool, Step> {
        let before = t.frames.len();
        match ensure_init(vm, t, c) {
            Step::Go if t.frames.len() == before => {
                Ok(vm.classes[c as usize].state == InitState::Done)
            }
            Step::Go => Err(Step::Go),
            s => Err(s),
        }
    };
    Ok(Some(match ins {
        Insn::Ldc(idx) => {
            let e = vm.classes[from as usize]
                .cf
                .as_ref()
                .and_then(|cf| cf.cp.get(idx as usize).cloned());
            match e {
                Some(Cp::Integer(v)) => Insn::IConst(v),
                Some(Cp::Float(v)) => Insn::FConst(v),
                Some(Cp::String(s)) => {
                    let cf = vm.classes[from as usize].cf.as_ref();
                    if let Some(units) = cf.and_then(|cf| cf.utf16_exact(s)).cloned() {
                        Insn::RConst(vm.intern_utf16(units.to_vec()))
                    } else {
                        let text = cf.and_then(|cf| cf.utf8(s).cloned()).unwrap_or_default();
                        Insn::RConst(vm.intern_str(&text))
                    }
                }
                Some(Cp::Class(_)) => {
                    let c = resolve_class(vm, t, from, idx).map_err(err)?;
                    Insn::RConst(vm.mirror(c))
                }
                _ => Insn::AConstNull,
            }
        }
        Insn::GetStatic(idx) | Insn::PutStatic(idx) => {
            let c = resolve_class(vm, t, from, owner_index(vm, from, idx)).map_err(err)?;
            let (_, name, _) = member(vm, from, idx);
            let Some((owner, slot, is_static)) = vm.find_field(c, &name) else {
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/NoSuchFieldError",
                    Some(&name),
                )));
            };
            if !is_static {
                let msg = format!(
                    "Expected static field {}.{name}",
                    crate::natives::dotted(&vm.classes[c as usize].name)
                );
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/IncompatibleClassChangeError",
                    Some(&msg),
                )));
            }
            let done = init(vm, t, owner)?;
            let q = if matches!(ins, Insn::GetStatic(_)) {
                Insn::GetStaticQ(owner, slot)
            } else {
                Insn::PutStaticQ(owner, slot)
            };
            if !done {
                // Being initialized by this thread: run the access without rewriting.
                let f = t.frames.last().copied();
                if let Some(f) = f {
                    exec_static_once(vm, t, q);
                    if let Some(top) = t.frames.last_mut() {
                        top.pc = f.pc + 1;
                    }
                }
                return Ok(None);
            }
            q
        }
        Insn::GetField(idx) | Insn::PutField(idx) => {
            let c = resolve_class(vm, t, from, owner_index(vm, from, idx)).map_err(err)?;
            let (_, name, _) = member(vm, from, idx);
            let Some((_, slot, is_static)) = vm.find_field(c, &name) else {
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/NoSuchFieldError",
                    Some(&name),
                )));
            };
            if is_static {
                let msg = format!(
                    "Expected non-static field {}.{name}",
                    crate::natives::dotted(&vm.classes[c as usize].name)
                );
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/IncompatibleClassChangeError",
                    Some(&msg),
                )));
            }
            if matches!(ins, Insn::GetField(_)) {
                Insn::GetFieldQ(slot)
            } else {
                Insn::PutFieldQ(slot)
            }
        }
        Insn::InvokeVirtual(idx)
        | Insn::InvokeSpecial(idx)
        | Insn::InvokeStatic(idx)
        | Insn::InvokeInterface(idx) => {
            let c = resolve_class(vm, t, from, owner_index(vm, from, idx)).map_err(err)?;
            let (_, name, desc) = member(vm, from, idx);
            let Some(mut m) = vm.resolve_method(c, &name, &desc) else {
                let msg = format!(
                    "'{}' {}.{name}",
                    desc,
                    crate::natives::dotted(&vm.classes[c as usize].name)
                );
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/NoSuchMethodError",
                    Some(&msg),
                )));
            };
            let meth = &vm.methods[m as usize];
            let argc = meth.argc;
            match ins {
                Insn::InvokeStatic(_) => {
                    if !meth.is_static() {
                        return Err(err(vm.make_exception(
                            t,
                            "java/lang/IncompatibleClassChangeError",
                            Some("Expected static method"),
                        )));
                    }
                    let owner = meth.class;
                    if !init(vm, t, owner)? {
                        return Ok(Some(Insn::InvokeStaticInit(m)));
                    }
                    Insn::InvokeDirect(m)
                }
                Insn::InvokeSpecial(_) => {
                    // invokespecial of a superclass method (ACC_SUPER): look up from our superclass.
                    if &*name != "<init>"
                        && !vm.classes[c as usize].is_interface()
                        && c != from
                        && vm.is_subclass(from, c)
                    {
                        if let Some(s) = vm.classes[from as usize].super_id {
                            if let Some(m2) = vm.resolve_method(s, &name, &desc) {
                                m = m2;
                            }
                        }
                    }
                    Insn::InvokeDirect(m)
                }
                _ => {
                    let mc = meth.class;
                    // private, final, or in a final class: no subclass can override it
                    let direct = (meth.access & (ACC_PRIVATE | ACC_FINAL) != 0
                        || vm.classes[mc as usize].access & ACC_FINAL != 0)
                        && !meth.is_abstract();
                    if direct {
                        Insn::InvokeDirect(m)
                    } else if vm.classes[mc as usize].access & ACC_INTERFACE != 0
                        && !vm.classes[c as usize].is_array()
                    {
                        let index = vm.classes[mc as usize]
                            .methods
                            .iter()
                            .position(|&x| x == m)
                            .unwrap_or(0) as u16;
                        Insn::InvokeInterfaceQ {
                            iface: mc,
                            index,
                            argc: argc as u8,
                            cache_class: u32::MAX,
                            cache_method: 0,
                        }
                    } else {
                        let vt = &vm.classes[c as usize].vtable;
                        let pos = vt.iter().position(|&x| {
                            let xm = &vm.methods[x as usize];
                            xm.name == name && xm.desc == desc
                        });
                        match pos {
                            Some(v) => Insn::InvokeVirtualQ {
                                vindex: v as u32,
                                argc,
                            },
                            None => Insn::InvokeDirect(m),
                        }
                    }
                }
            }
        }
        Insn::InvokeDynamic(idx) => crate::indy::link(vm, t, from, idx).map_err(err)?,
        Insn::New(idx) => {
            let c = resolve_class(vm, t, from, idx).map_err(err)?;
            if vm.classes[c as usize].access & (ACC_ABSTRACT | ACC_INTERFACE) != 0 {
                let n = crate::natives::dotted(&vm.classes[c as usize].name);
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/InstantiationError",
                    Some(&n),
                )));
            }
            if !init(vm, t, c)? {
                // Initializing in this thread: allocate without rewriting.
                let o = vm.new_object(c);
                t.stack[t.sp] = Value::Ref(o);
                t.sp += 1;
                if let Some(top) = t.frames.last_mut() {
                    top.pc += 1;
                }
                return Ok(None);
            }
            Insn::NewQ(c)
        }
        Insn::NewArray(atype) => {
            let name = match atype {
                4 => "[Z",
                5 => "[C",
                6 => "[F",
                7 => "[D",
                8 => "[B",
                9 => "[S",
                10 => "[I",
                _ => "[J",
            };
            let c = vm
                .load(name)
                .map_err(|(c, m)| err(vm.make_exception(t, c, Some(&m))))?;
            Insn::NewArrayQ(c)
        }
        Insn::ANewArray(idx) => {
            let c = resolve_class(vm, t, from, idx).map_err(err)?;
            Insn::NewArrayQ(vm.array_of(c))
        }
        Insn::CheckCast(idx) => Insn::CheckCastQ(resolve_class(vm, t, from, idx).map_err(err)?),
        Insn::InstanceOf(idx) => Insn::InstanceOfQ(resolve_class(vm, t, from, idx).map_err(err)?),
        Insn::MultiANewArray(idx, dims) => {
            let c = resolve_class(vm, t, from, idx).map_err(err)?;
            let n = dims as usize;
            let counts: Vec<i32> = t.stack[t.sp - n..t.sp].iter().map(|v| v.i()).collect();
            if let Some(&neg) = counts.iter().find(|&&x| x < 0) {
                return Err(err(vm.make_exception(
                    t,
                    "java/lang/NegativeArraySizeException",
                    Some(&format!("{neg}")),
                )));
            }
            // Every level's elements count against the heap, so huge shapes are an OOM.
            let mut total: usize = 0;
            let mut level: usize = 1;
            for &c in &counts {
                level = level.saturating_mul(c as usize);
                total = total.saturating_add(level.saturating_mul(8));
            }
            if let Some(e) = gc_point(vm, t, total) {
                return Err(err(e));
            }
            if !vm.heap.fits(total) {
                let e = vm.make_exception(t, "java/lang/OutOfMemoryError", Some("Java heap space"));
                return Err(err(e));
            }
            let a = multi_array(vm, c, &counts);
            t.sp -= n;
            t.stack[t.sp] = Value::Ref(a);
            t.sp += 1;
            if let Some(top) = t.frames.last_mut() {
                top.pc += 1;
            }
            return Ok(None);
        }
        _ => {
            return Err(err(vm.make_exception(
                t,
                "java/lang/InternalError",
                Some("bad instruction"),
            )))
        }
    }))
}

fn exec_static_once(vm: &mut Vm, t: &mut JThread, q: Insn) {
    match q {
        Insn::GetStaticQ(c, s) => {
            t.stack[t.sp] = vm.classes[c as usize].statics[s as usize];
            t.sp += 1;
        }
        Insn::PutStaticQ(c, s) => {
            t.sp -= 1;
            vm.classes[c as usize].statics[s as usize] = t.stack[t.sp];
        }
        _ => {}
    }
}

fn multi_array(vm: &mut Vm, c: ClassId, counts: &[i32]) -> Ref {
    let a = vm.new_array(c, counts[0] as usize);
    if counts.len() > 1 {
        if let ClassKind::Array { component, .. } = vm.classes[c as usize].kind {
            for i in 0..counts[0] as usize {
                let sub = multi_array(vm, component, &counts[1..]);
                if let Body::Refs(r) = &mut vm.heap.get_mut(a).body {
                    r[i] = sub;
                }
            }
        }
    }
    a
}
