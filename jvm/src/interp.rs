//! The interpreter. Each method's bytecode is decoded once, on first call,
//! into [`Insn`]s: branch targets become instruction indices, and every
//! symbolic reference instruction is rewritten in place ("quickened") the
//! first time it runs, into a form holding field slots, vtable indices,
//! method ids or constants. The hot loop does no name or hash lookups.
//!
//! Invocations never recurse on the Rust stack: frames live in the thread, so
//! the scheduler can switch threads between any two instructions, and class
//! initialization pushes `<clinit>` frames and re-executes the instruction.

use crate::class::{ClassId, MethodId};
use crate::classfile::{ClassFile, Cp};
use crate::descriptor::{Kind, MethodDesc};
use crate::value::Ref;
use crate::vm::Vm;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::Cell;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Insn {
    Nop,
    AConstNull,
    IConst(i32),
    LConst(i64),
    FConst(f32),
    DConst(f64),
    /// A resolved reference constant (interned string or class mirror; both stay alive).
    RConst(Ref),
    Ldc(u16),
    Load(u16),
    Store(u16),
    IALoad,
    LALoad,
    FALoad,
    DALoad,
    AALoad,
    BALoad,
    CALoad,
    SALoad,
    IAStore,
    LAStore,
    FAStore,
    DAStore,
    AAStore,
    BAStore,
    CAStore,
    SAStore,
    Pop,
    Pop2,
    Dup,
    DupX1,
    DupX2,
    Dup2,
    Dup2X1,
    Dup2X2,
    Swap,
    IAdd,
    LAdd,
    FAdd,
    DAdd,
    ISub,
    LSub,
    FSub,
    DSub,
    IMul,
    LMul,
    FMul,
    DMul,
    IDiv,
    LDiv,
    FDiv,
    DDiv,
    IRem,
    LRem,
    FRem,
    DRem,
    INeg,
    LNeg,
    FNeg,
    DNeg,
    IShl,
    LShl,
    IShr,
    LShr,
    IUShr,
    LUShr,
    IAnd,
    LAnd,
    IOr,
    LOr,
    IXor,
    LXor,
    IInc(u16, i16),
    I2L,
    I2F,
    I2D,
    L2I,
    L2F,
    L2D,
    F2I,
    F2L,
    F2D,
    D2I,
    D2L,
    D2F,
    I2B,
    I2C,
    I2S,
    LCmp,
    FCmpL,
    FCmpG,
    DCmpL,
    DCmpG,
    IfEq(u32),
    IfNe(u32),
    IfLt(u32),
    IfGe(u32),
    IfGt(u32),
    IfLe(u32),
    IfICmpEq(u32),
    IfICmpNe(u32),
    IfICmpLt(u32),
    IfICmpGe(u32),
    IfICmpGt(u32),
    IfICmpLe(u32),
    IfACmpEq(u32),
    IfACmpNe(u32),
    Goto(u32),
    /// Push the index of the next instruction and jump (subroutine call).
    Jsr(u32),
    /// Jump to the instruction index held in a local (subroutine return).
    Ret(u16),
    IfNull(u32),
    IfNonNull(u32),
    TableSwitch(u32),
    LookupSwitch(u32),
    Return,
    ReturnValue,
    GetStatic(u16),
    PutStatic(u16),
    GetField(u16),
    PutField(u16),
    GetStaticQ(ClassId, u32),
    PutStaticQ(ClassId, u32),
    GetFieldQ(u32),
    /// `Load(n)` fused with the `GetFieldQ(slot)` that follows it (superinstruction).
    LoadField(u16, u32),
    /// `dup` fused with the `GetFieldQ(slot)` that follows it (`x.f += ...`).
    DupField(u32),
    /// Two consecutive loads (superinstruction; the second stays in place for jumps to it).
    Load2(u16, u16),
    /// `iinc` followed by `goto` (the usual loop increment).
    IIncGoto(u16, i16, u32),
    PutFieldQ(u32),
    // ---- more superinstructions (fused at decode; the fused-over instructions
    // stay in place for jumps into them). `mask` selects the outcomes that
    // branch: bit 0 = less, bit 1 = equal, bit 2 = greater (see `cmp_mask`).
    /// `load a; load b; if_icmpXX tg`.
    IfLocalsCmp {
        a: u16,
        b: u16,
        mask: u8,
        tg: u32,
    },
    /// `load n; iconst c; if_icmpXX tg`.
    IfLocalConstCmp {
        n: u16,
        mask: u8,
        c: i32,
        tg: u32,
    },
    /// `load n; ifXX tg` (int compared with zero).
    IfLocalZero {
        n: u16,
        mask: u8,
        tg: u32,
    },
    /// `load n; ifnull/ifnonnull tg` (mask: equal = null).
    IfLocalNull {
        n: u16,
        mask: u8,
        tg: u32,
    },
    /// `store a; load b`.
    StoreLoad(u16, u16),
    /// `store n; goto tg` (a loop's last assignment).
    StoreGoto(u16, u32),
    /// `lcmp; ifXX tg`.
    IfLCmp {
        mask: u8,
        tg: u32,
    },
    /// `dmul; dadd`: `z + x * y` (two roundings, as unfused).
    DMulAdd,
    /// `dmul; dsub`: `z - x * y`.
    DMulSub,
    /// `i2l; ladd`: a long plus an int.
    LAddInt,
    /// `load n; ireturn/areturn/...`.
    ReturnLocal(u16),
    /// `iconst c; iadd`.
    IAddConst(i32),
    /// `load a; load b; getfield slot` (fused when the getfield is quickened;
    /// a null `b` runs the three unfused).
    LoadLoadField {
        a: u16,
        b: u16,
        slot: u32,
    },
    /// `load a; load b; putfield slot`: `a.f = b` (fused when the putfield is
    /// quickened; a null `a` runs the three unfused).
    PutFieldLocals {
        a: u16,
        b: u16,
        slot: u32,
    },
    /// `load n; arraylength` (a null array runs the two unfused).
    LoadLength(u16),
    /// `load a; load i; Xaload` of an int-like or reference element; anything
    /// unusual (null, index out of range) runs the three instructions unfused.
    LoadElem {
        a: u16,
        i: u16,
        kind: ElemKind,
    },
    InvokeVirtual(u16),
    InvokeSpecial(u16),
    InvokeStatic(u16),
    InvokeInterface(u16),
    InvokeDynamic(u16),
    /// Dispatch through the receiver's vtable.
    InvokeVirtualQ {
        vindex: u32,
        argc: u16,
    },
    /// A statically known target: static (class initialized), special, private, final.
    InvokeDirect(MethodId),
    /// Static call whose class still needs an initialization check.
    InvokeStaticInit(MethodId),
    /// A direct call of a trivial getter (`return this.f;`) done in place:
    /// reads field slot `f` of the receiver (see `exec::inline_trivial`).
    InvokeGetter(u32),
    /// A direct call of `m`, a method that does nothing (`Object.<init>`,
    /// constructors that only chain to it): its `argc` arguments are dropped.
    /// A null receiver (when `null_check`) runs the call for its exception.
    InvokeEmpty {
        argc: u16,
        null_check: bool,
        m: MethodId,
    },
    /// A direct call of `m`, a method that only stores its arguments or
    /// constants into fields of its receiver (a constructor such as
    /// `Node(int h, K k, V v) { super(); hash = h; key = k; value = v; }`),
    /// done in place from `Vm::store_plans[plan]`; a null receiver runs the
    /// call for its exception (see `exec::field_stores`).
    InvokeStores {
        plan: u32,
        m: MethodId,
    },
    /// A direct call `m` of `return this.f.length;` done in place (when
    /// `this.f` is null, `m` runs for its exception).
    InvokeLengthGetter {
        slot: u32,
        m: MethodId,
    },
    /// `String.charAt` read from the receiver's char array (field slot
    /// `value_slot`) in place; an index out of range calls `m` for its exception.
    StringCharAt {
        value_slot: u32,
        m: MethodId,
    },
    /// A call of a static int check or pick done in place (`String.checkBoundsBeginEnd`,
    /// `Objects.checkIndex`, `Math.max`, ...; see `exec::inline_trivial`): when
    /// the check passes, its arguments are replaced by its result; when it
    /// fails, `m` runs for its exception.
    InvokeCheck {
        kind: CheckKind,
        m: MethodId,
    },
    /// A String method done in place (see [`StrOp`]); a null receiver or
    /// anything unusual calls `m`.
    StringOp {
        op: StrOp,
        m: MethodId,
    },
    /// `HashMap.hash(key)` done in place for null, a String key whose hash is
    /// cached, and an Integer key (see `Vm::map_slots`); other keys call `m`.
    HashMapHash(MethodId),
    /// `HashMap.nodeFor(key)` (behind `get`, `containsKey`, ...) done in
    /// place for such keys in a table of plain nodes; anything else calls `m`.
    HashMapNodeFor(MethodId),
    /// A direct call of a pure leaf method (`Method::leaf`), run by
    /// `exec::run_leaf` without a frame; a null receiver or anything the
    /// leaf runner gives up on makes the ordinary call.
    InvokeLeaf(MethodId),
    /// `String.substring(int, int)` done in place (a copy of the chars in a
    /// new String, or the String itself) when the bounds are good and no
    /// collection is due; anything else calls `m`.
    StringSubstring(MethodId),
    /// `StringBuilder.append(String)` or `AbstractStringBuilder.append(String)`
    /// done in place when the chars fit the builder's array (`value`, `count`:
    /// the builder's field slots, `str_value`: the String's); anything else
    /// (null, growing, a count out of range) calls `m`.
    SbAppend {
        value: u16,
        count: u16,
        str_value: u16,
        m: MethodId,
    },
    /// Interface dispatch with a one-entry inline cache of (receiver class -> method).
    InvokeInterfaceQ {
        iface: ClassId,
        index: u16,
        argc: u8,
        cache_class: ClassId,
        cache_method: MethodId,
    },
    New(u16),
    NewQ(ClassId),
    /// `new` of a class that may still need initialization (VM-generated code).
    NewInit(ClassId),
    NewArray(u8),
    ANewArray(u16),
    /// Allocate an array of this array class.
    NewArrayQ(ClassId),
    ArrayLength,
    AThrow,
    CheckCast(u16),
    CheckCastQ(ClassId),
    InstanceOf(u16),
    InstanceOfQ(ClassId),
    MonitorEnter,
    MonitorExit,
    MultiANewArray(u16, u8),
    /// VM-generated: allocate an instance of the class and move `n` stack values into its fields.
    NewCapture(ClassId, u16),
    /// VM-generated: put the instance field `slot` of local 0 on the stack.
    LoadCaptured(u32),
}

/// String methods [`Insn::StringOp`] runs in place, as their Java bodies in
/// our java.base do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StrOp {
    /// `indexOf(int ch)` of a char (not a supplementary code point).
    IndexOf,
    /// `indexOf(int ch, int fromIndex)` of a char.
    IndexOfFrom,
    /// `startsWith(String prefix)` (non-null prefix).
    StartsWith,
    /// `startsWith(String prefix, int toffset)` (non-null prefix).
    StartsWithAt,
    /// `isEmpty()`.
    IsEmpty,
}

impl StrOp {
    /// The op for String method `name desc`, if it is one.
    pub fn of(name: &str, desc: &str) -> Option<StrOp> {
        // (matched by name, then descriptor: these classify calls a program
        // makes; they are not methods the VM looks up, which tools'
        // closure scan recognises by `("name", "(desc)")` pairs)
        Some(match name {
            "indexOf" if desc == "(I)I" => StrOp::IndexOf,
            "indexOf" if desc == "(II)I" => StrOp::IndexOfFrom,
            "startsWith" if desc == "(Ljava/lang/String;)Z" => StrOp::StartsWith,
            "startsWith" if desc == "(Ljava/lang/String;I)Z" => StrOp::StartsWithAt,
            "isEmpty" if desc == "()Z" => StrOp::IsEmpty,
            _ => return None,
        })
    }
    /// Stack values the call takes, receiver included.
    pub fn argc(self) -> usize {
        match self {
            StrOp::IsEmpty => 1,
            StrOp::IndexOf | StrOp::StartsWith => 2,
            StrOp::IndexOfFrom | StrOp::StartsWithAt => 3,
        }
    }
}

/// The static methods [`Insn::InvokeCheck`] runs in place. All take ints;
/// the comparisons are their Java bodies' (int arithmetic wraps).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CheckKind {
    /// `String.checkBoundsBeginEnd(begin, end, length)`: void.
    BeginEnd,
    /// `String.checkOffsetCount(offset, count, length)`: void.
    OffsetCount,
    /// `Objects.checkIndex(index, length)`: returns `index`.
    Index,
    /// `Objects.checkFromToIndex(from, to, length)`: returns `from`.
    FromToIndex,
    /// `Objects.checkFromIndexSize(from, size, length)`: returns `from`.
    FromIndexSize,
    /// `Math.max(int, int)` (never fails).
    Max,
    /// `Math.min(int, int)` (never fails).
    Min,
}

impl CheckKind {
    /// The check for `class.name desc`, if it is one.
    pub fn of(class: &str, name: &str, desc: &str) -> Option<CheckKind> {
        Some(match (class, name, desc) {
            ("java/lang/String", "checkBoundsBeginEnd", "(III)V") => CheckKind::BeginEnd,
            ("java/lang/String", "checkOffsetCount", "(III)V") => CheckKind::OffsetCount,
            ("java/util/Objects", "checkIndex", "(II)I") => CheckKind::Index,
            ("java/util/Objects", "checkFromToIndex", "(III)I") => CheckKind::FromToIndex,
            ("java/util/Objects", "checkFromIndexSize", "(III)I") => CheckKind::FromIndexSize,
            ("java/lang/Math", "max", "(II)I") => CheckKind::Max,
            ("java/lang/Math", "min", "(II)I") => CheckKind::Min,
            _ => return None,
        })
    }
    /// Arguments taken from the stack.
    pub fn argc(self) -> usize {
        match self {
            CheckKind::Index | CheckKind::Max | CheckKind::Min => 2,
            _ => 3,
        }
    }
    /// The result for these arguments (`a` holds `argc` of them): None when
    /// the Java method would throw, Some(None) for void, Some(Some(v)) otherwise.
    #[inline(always)]
    pub fn eval(self, a: [i32; 3]) -> Option<Option<i32>> {
        let fail = match self {
            CheckKind::BeginEnd | CheckKind::FromToIndex => a[0] < 0 || a[0] > a[1] || a[1] > a[2],
            CheckKind::OffsetCount => a[0] < 0 || a[1] < 0 || a[0] > a[2].wrapping_sub(a[1]),
            CheckKind::Index => a[0] < 0 || a[0] >= a[1],
            CheckKind::FromIndexSize => (a[2] | a[0] | a[1]) < 0 || a[1] > a[2].wrapping_sub(a[0]),
            CheckKind::Max => return Some(Some(a[0].max(a[1]))),
            CheckKind::Min => return Some(Some(a[0].min(a[1]))),
        };
        if fail {
            return None;
        }
        Some(match self {
            CheckKind::BeginEnd | CheckKind::OffsetCount => None,
            _ => Some(a[0]),
        })
    }
}

/// Instructions a pure leaf method may have (small methods only).
pub const LEAF_INSNS: usize = 24;

/// Whether `i` may appear in a pure leaf method taking `args` local slots
/// (see `Method::leaf` and `exec::run_leaf`, which must do every one of
/// these): stores only to locals past the arguments, which must stay intact.
pub fn leaf_insn(i: Insn, args: u16) -> bool {
    use Insn::*;
    if let Store(n) | StoreLoad(n, _) = i {
        return n >= args;
    }
    matches!(
        i,
        Nop | AConstNull
            | IConst(_)
            | Load(_)
            | Load2(..)
            | GetField(_)
            | GetFieldQ(_)
            | LoadField(..)
            | DupField(_)
            | LoadLoadField { .. }
            | ArrayLength
            | LoadLength(_)
            | Dup
            | Pop
            | IAdd
            | ISub
            | IAnd
            | IOr
            | IXor
            | IAddConst(_)
            | IfEq(_)
            | IfNe(_)
            | IfLt(_)
            | IfGe(_)
            | IfGt(_)
            | IfLe(_)
            | IfICmpEq(_)
            | IfICmpNe(_)
            | IfICmpLt(_)
            | IfICmpGe(_)
            | IfICmpGt(_)
            | IfICmpLe(_)
            | IfACmpEq(_)
            | IfACmpNe(_)
            | IfNull(_)
            | IfNonNull(_)
            | IfLocalsCmp { .. }
            | IfLocalConstCmp { .. }
            | IfLocalZero { .. }
            | IfLocalNull { .. }
            | Goto(_)
            | Return
            | ReturnValue
            | ReturnLocal(_)
    )
}

/// Element kinds of the fused array load [`Insn::LoadElem`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ElemKind {
    Int,
    Byte,
    Char,
    Short,
    Ref,
}

/// The branch mask of an int comparison (bit 0 less, bit 1 equal, bit 2 greater).
fn cmp_mask(i: Insn) -> Option<u8> {
    use Insn::*;
    Some(match i {
        IfEq(_) | IfICmpEq(_) | IfNull(_) => 0b010,
        IfNe(_) | IfICmpNe(_) | IfNonNull(_) => 0b101,
        IfLt(_) | IfICmpLt(_) => 0b001,
        IfGe(_) | IfICmpGe(_) => 0b110,
        IfGt(_) | IfICmpGt(_) => 0b100,
        IfLe(_) | IfICmpLe(_) => 0b011,
        _ => return None,
    })
}

/// Whether the comparison of `a` with `b` takes a branch with this mask.
#[inline(always)]
pub fn cmp_taken(mask: u8, a: i32, b: i32) -> bool {
    cmp_taken_l(mask, a as i64, b as i64)
}

/// `cmp_taken` of longs.
#[inline(always)]
pub fn cmp_taken_l(mask: u8, a: i64, b: i64) -> bool {
    let ord = (a > b) as u32 + (a >= b) as u32; // 0 less, 1 equal, 2 greater
    (mask >> ord) & 1 != 0
}

fn branch_target(i: Insn) -> u32 {
    use Insn::*;
    match i {
        IfEq(t) | IfNe(t) | IfLt(t) | IfGe(t) | IfGt(t) | IfLe(t) | IfICmpEq(t) | IfICmpNe(t)
        | IfICmpLt(t) | IfICmpGe(t) | IfICmpGt(t) | IfICmpLe(t) | IfNull(t) | IfNonNull(t) => t,
        _ => 0,
    }
}

/// Fuses common sequences starting at `i` of `orig` (None: no fusion).
fn fuse(orig: &[Insn], i: usize) -> Option<Insn> {
    use Insn::*;
    let at = |k: usize| orig.get(i + k).copied().unwrap_or(Nop);
    let icmp = |x: Insn| {
        matches!(
            x,
            IfICmpEq(_) | IfICmpNe(_) | IfICmpLt(_) | IfICmpGe(_) | IfICmpGt(_) | IfICmpLe(_)
        )
    };
    let izero = |x: Insn| matches!(x, IfEq(_) | IfNe(_) | IfLt(_) | IfGe(_) | IfGt(_) | IfLe(_));
    Some(match (at(0), at(1), at(2)) {
        (Load(a), Load(b), x) if icmp(x) => IfLocalsCmp {
            a,
            b,
            mask: cmp_mask(x)?,
            tg: branch_target(x),
        },
        (Load(n), IConst(c), x) if icmp(x) => IfLocalConstCmp {
            n,
            mask: cmp_mask(x)?,
            c,
            tg: branch_target(x),
        },
        (Load(a), Load(i), x) => {
            let kind = match x {
                IALoad => ElemKind::Int,
                BALoad => ElemKind::Byte,
                CALoad => ElemKind::Char,
                SALoad => ElemKind::Short,
                AALoad => ElemKind::Ref,
                _ => return Some(Load2(a, i)),
            };
            LoadElem { a, i, kind }
        }
        (Load(n), x, _) if izero(x) => IfLocalZero {
            n,
            mask: cmp_mask(x)?,
            tg: branch_target(x),
        },
        (Load(n), x @ (IfNull(_) | IfNonNull(_)), _) => IfLocalNull {
            n,
            mask: cmp_mask(x)?,
            tg: branch_target(x),
        },
        (Load(n), ReturnValue, _) => ReturnLocal(n),
        (Load(n), ArrayLength, _) => LoadLength(n),
        (Store(a), Load(b), _) => StoreLoad(a, b),
        (IConst(c), IAdd, _) => IAddConst(c),
        (IInc(n, c), Goto(t), _) => IIncGoto(n, c, t),
        (Store(n), Goto(t), _) => StoreGoto(n, t),
        (LCmp, x, _) if izero(x) => IfLCmp {
            mask: cmp_mask(x)?,
            tg: branch_target(x),
        },
        (DMul, DAdd, _) => DMulAdd,
        (DMul, DSub, _) => DMulSub,
        (I2L, LAdd, _) => LAddInt,
        _ => return None,
    })
}

pub struct Switch {
    pub default: u32,
    pub low: i32,
    /// tableswitch: targets from `low`; lookupswitch: sorted (key, target) pairs.
    pub table: Vec<u32>,
    pub pairs: Vec<(i32, u32)>,
}

pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Constant-pool index of the caught class (0 = any).
    pub catch: u16,
}

/// A method's decoded code.
pub struct Decoded {
    pub insns: Box<[Cell<Insn>]>,
    /// Bytecode offset of each instruction (for line numbers).
    pub bci: Box<[u32]>,
    pub switches: Vec<Switch>,
    pub handlers: Vec<Handler>,
    /// The instructions as decoded, before quickening, and the slot width of
    /// loads/stores/returns: kept to explain NullPointerExceptions.
    pub orig: Box<[Insn]>,
    pub widths: Box<[i32]>,
}

impl Decoded {
    /// Code built by the VM (launchers, lambda and concat bodies).
    pub fn synthetic(insns: Vec<Insn>) -> Decoded {
        let n = insns.len();
        Decoded {
            insns: insns.into_iter().map(Cell::new).collect(),
            bci: vec![0; n].into(),
            switches: Vec::new(),
            handlers: Vec::new(),
            orig: Box::new([]),
            widths: Box::new([]),
        }
    }
}

// ------------------------------------------------------------------ decoding

fn rd_u16(c: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*c.get(i)?, *c.get(i + 1)?]))
}
fn rd_i32(c: &[u8], i: usize) -> Option<i32> {
    Some(i32::from_be_bytes([
        *c.get(i)?,
        *c.get(i + 1)?,
        *c.get(i + 2)?,
        *c.get(i + 3)?,
    ]))
}

/// `idx` if the constant there is of the kind `ok` accepts (out of line:
/// decode checks ~17 instruction kinds with it).
#[inline(never)]
fn cp_of_kind(cf: &ClassFile, idx: u16, ok: fn(&Cp) -> bool) -> Result<u16, String> {
    match cf.cp.get(idx as usize) {
        Some(e) if ok(e) => Ok(idx),
        _ => Err(format!("constant pool index {idx} has the wrong kind")),
    }
}

/// Decodes and structurally verifies a method's bytecode.
pub fn decode(vm: &Vm, mid: MethodId) -> Result<Decoded, String> {
    let m = &vm.methods[mid as usize];
    let cls = &vm.classes[m.class as usize];
    let cf = cls.cf.as_ref().ok_or("no class file")?;
    let member = cf
        .methods
        .iter()
        .find(|x| x.name == m.name && x.desc == m.desc)
        .ok_or("method vanished")?;
    let code = member.code.as_ref().ok_or("no Code attribute")?;
    let c: &[u8] = &code.code;
    let max_locals = code.max_locals as usize;
    if (m.arg_slots as usize) > max_locals {
        return Err("arguments exceed max_locals".into());
    }
    // Pass 1: instruction boundaries.
    let mut starts: Vec<u32> = Vec::new();
    let mut index_of = vec![u32::MAX; c.len() + 1];
    let mut i = 0usize;
    while i < c.len() {
        index_of[i] = starts.len() as u32;
        starts.push(i as u32);
        let op = c[i];
        let len = match op {
            0xaa => {
                let p = (i + 4) & !3;
                let lo = rd_i32(c, p + 4).ok_or("truncated tableswitch")?;
                let hi = rd_i32(c, p + 8).ok_or("truncated tableswitch")?;
                if lo > hi || (hi as i64 - lo as i64) > 65535 {
                    return Err("bad tableswitch range".into());
                }
                p + 12 + 4 * ((hi as i64 - lo as i64 + 1) as usize) - i
            }
            0xab => {
                let p = (i + 4) & !3;
                let n = rd_i32(c, p + 4).ok_or("truncated lookupswitch")?;
                if !(0..=65535).contains(&n) {
                    return Err("bad lookupswitch count".into());
                }
                p + 8 + 8 * n as usize - i
            }
            0xc4 => match c.get(i + 1) {
                Some(0x84) => 6,
                Some(0x15..=0x19) | Some(0x36..=0x3a) | Some(0xa9) => 4,
                _ => return Err(format!("bad wide at {i}")),
            },
            _ => insn_len(op).ok_or_else(|| format!("illegal opcode {op:#x} at {i}"))?,
        };
        i += len;
    }
    if i != c.len() {
        return Err("code runs past its end".into());
    }
    index_of[c.len()] = starts.len() as u32;
    let target = |from: usize, off: i64| -> Result<u32, String> {
        let t = from as i64 + off;
        if t < 0 || t as usize >= c.len() || index_of[t as usize] == u32::MAX {
            return Err(format!("bad branch target from {from}"));
        }
        Ok(index_of[t as usize])
    };
    let local = |n: usize, wide: bool| -> Result<u16, String> {
        if n + wide as usize >= max_locals {
            return Err(format!("local {n} out of range"));
        }
        Ok(n as u16)
    };
    let cp_kind = |idx: u16, ok: fn(&Cp) -> bool| cp_of_kind(cf, idx, ok);
    let mut insns = Vec::with_capacity(starts.len());
    let mut switches = Vec::new();
    for &s in &starts {
        let i = s as usize;
        let op = c[i];
        // (operand and branch target read once here, not in each arm: one
        // copy of the code instead of ~18 inlined ones)
        let u2v = rd_u16(c, i + 1).unwrap_or(0);
        let u2 = || u2v;
        let bt = match op {
            0x99..=0xa8 | 0xc6 | 0xc7 => target(i, u2v as i16 as i64)?,
            _ => 0,
        };
        let br = || -> Result<u32, String> { Ok(bt) };
        use Insn::*;
        let ins = match op {
            0x00 => Nop,
            0x01 => AConstNull,
            0x02..=0x08 => IConst(op as i32 - 3),
            0x09 | 0x0a => LConst(op as i64 - 9),
            0x0b..=0x0d => FConst((op - 0x0b) as f32),
            0x0e | 0x0f => DConst((op - 0x0e) as f64),
            0x10 => IConst(c[i + 1] as i8 as i32),
            0x11 => IConst(u2() as i16 as i32),
            0x12 => Ldc(cp_kind(c[i + 1] as u16, |e| {
                matches!(
                    e,
                    Cp::Integer(_) | Cp::Float(_) | Cp::String(_) | Cp::Class(_)
                )
            })?),
            0x13 => Ldc(cp_kind(u2(), |e| {
                matches!(
                    e,
                    Cp::Integer(_) | Cp::Float(_) | Cp::String(_) | Cp::Class(_)
                )
            })?),
            0x14 => match cf.cp.get(u2() as usize) {
                Some(Cp::Long(l)) => LConst(*l),
                Some(Cp::Double(d)) => DConst(*d),
                _ => return Err("ldc2_w of a non-long/double".into()),
            },
            0x15 | 0x17 | 0x19 => Load(local(c[i + 1] as usize, false)?),
            0x16 | 0x18 => Load(local(c[i + 1] as usize, true)?),
            0x1a..=0x2d => {
                let n = ((op - 0x1a) % 4) as usize;
                let wide = matches!((op - 0x1a) / 4, 1 | 3);
                Load(local(n, wide)?)
            }
            0x2e => IALoad,
            0x2f => LALoad,
            0x30 => FALoad,
            0x31 => DALoad,
            0x32 => AALoad,
            0x33 => BALoad,
            0x34 => CALoad,
            0x35 => SALoad,
            0x36 | 0x38 | 0x3a => Store(local(c[i + 1] as usize, false)?),
            0x37 | 0x39 => Store(local(c[i + 1] as usize, true)?),
            0x3b..=0x4e => {
                let n = ((op - 0x3b) % 4) as usize;
                let wide = matches!((op - 0x3b) / 4, 1 | 3);
                Store(local(n, wide)?)
            }
            0x4f => IAStore,
            0x50 => LAStore,
            0x51 => FAStore,
            0x52 => DAStore,
            0x53 => AAStore,
            0x54 => BAStore,
            0x55 => CAStore,
            0x56 => SAStore,
            0x57 => Pop,
            0x58 => Pop2,
            0x59 => Dup,
            0x5a => DupX1,
            0x5b => DupX2,
            0x5c => Dup2,
            0x5d => Dup2X1,
            0x5e => Dup2X2,
            0x5f => Swap,
            0x60 => IAdd,
            0x61 => LAdd,
            0x62 => FAdd,
            0x63 => DAdd,
            0x64 => ISub,
            0x65 => LSub,
            0x66 => FSub,
            0x67 => DSub,
            0x68 => IMul,
            0x69 => LMul,
            0x6a => FMul,
            0x6b => DMul,
            0x6c => IDiv,
            0x6d => LDiv,
            0x6e => FDiv,
            0x6f => DDiv,
            0x70 => IRem,
            0x71 => LRem,
            0x72 => FRem,
            0x73 => DRem,
            0x74 => INeg,
            0x75 => LNeg,
            0x76 => FNeg,
            0x77 => DNeg,
            0x78 => IShl,
            0x79 => LShl,
            0x7a => IShr,
            0x7b => LShr,
            0x7c => IUShr,
            0x7d => LUShr,
            0x7e => IAnd,
            0x7f => LAnd,
            0x80 => IOr,
            0x81 => LOr,
            0x82 => IXor,
            0x83 => LXor,
            0x84 => IInc(local(c[i + 1] as usize, false)?, c[i + 2] as i8 as i16),
            0x85 => I2L,
            0x86 => I2F,
            0x87 => I2D,
            0x88 => L2I,
            0x89 => L2F,
            0x8a => L2D,
            0x8b => F2I,
            0x8c => F2L,
            0x8d => F2D,
            0x8e => D2I,
            0x8f => D2L,
            0x90 => D2F,
            0x91 => I2B,
            0x92 => I2C,
            0x93 => I2S,
            0x94 => LCmp,
            0x95 => FCmpL,
            0x96 => FCmpG,
            0x97 => DCmpL,
            0x98 => DCmpG,
            0x99 => IfEq(br()?),
            0x9a => IfNe(br()?),
            0x9b => IfLt(br()?),
            0x9c => IfGe(br()?),
            0x9d => IfGt(br()?),
            0x9e => IfLe(br()?),
            0x9f => IfICmpEq(br()?),
            0xa0 => IfICmpNe(br()?),
            0xa1 => IfICmpLt(br()?),
            0xa2 => IfICmpGe(br()?),
            0xa3 => IfICmpGt(br()?),
            0xa4 => IfICmpLe(br()?),
            0xa5 => IfACmpEq(br()?),
            0xa6 => IfACmpNe(br()?),
            0xa7 => Goto(br()?),
            // jsr/ret (class files before version 51): the return address is an int
            // instruction index, checked again when `ret` uses it.
            0xa8 => Jsr(br()?),
            0xc9 => Jsr(target(i, rd_i32(c, i + 1).unwrap_or(0) as i64)?),
            0xa9 => Ret(local(c[i + 1] as usize, false)?),
            0xaa => {
                let p = (i + 4) & !3;
                let default = target(i, rd_i32(c, p).unwrap_or(0) as i64)?;
                let low = rd_i32(c, p + 4).unwrap_or(0);
                let high = rd_i32(c, p + 8).unwrap_or(0);
                let mut table = Vec::new();
                for k in 0..=(high as i64 - low as i64) as usize {
                    table.push(target(i, rd_i32(c, p + 12 + 4 * k).unwrap_or(0) as i64)?);
                }
                switches.push(Switch {
                    default,
                    low,
                    table,
                    pairs: Vec::new(),
                });
                TableSwitch(switches.len() as u32 - 1)
            }
            0xab => {
                let p = (i + 4) & !3;
                let default = target(i, rd_i32(c, p).unwrap_or(0) as i64)?;
                let n = rd_i32(c, p + 4).unwrap_or(0) as usize;
                let mut pairs = Vec::with_capacity(n);
                for k in 0..n {
                    let key = rd_i32(c, p + 8 + 8 * k).unwrap_or(0);
                    pairs.push((
                        key,
                        target(i, rd_i32(c, p + 12 + 8 * k).unwrap_or(0) as i64)?,
                    ));
                }
                // JVMS 4.10.1.9: keys in increasing order, as HotSpot's
                // verifier checks; the lookup below binary-searches them
                if !pairs.is_sorted_by(|a, b| a.0 < b.0) {
                    return Err(format!("lookupswitch keys not in increasing order at {i}"));
                }
                switches.push(Switch {
                    default,
                    low: 0,
                    table: Vec::new(),
                    pairs,
                });
                LookupSwitch(switches.len() as u32 - 1)
            }
            0xac..=0xb0 => ReturnValue,
            0xb1 => Return,
            0xb2 => GetStatic(cp_kind(u2(), |e| matches!(e, Cp::FieldRef(..)))?),
            0xb3 => PutStatic(cp_kind(u2(), |e| matches!(e, Cp::FieldRef(..)))?),
            0xb4 => GetField(cp_kind(u2(), |e| matches!(e, Cp::FieldRef(..)))?),
            0xb5 => PutField(cp_kind(u2(), |e| matches!(e, Cp::FieldRef(..)))?),
            0xb6 => InvokeVirtual(cp_kind(u2(), |e| matches!(e, Cp::MethodRef(..)))?),
            0xb7 => InvokeSpecial(cp_kind(u2(), |e| {
                matches!(e, Cp::MethodRef(..) | Cp::InterfaceMethodRef(..))
            })?),
            0xb8 => InvokeStatic(cp_kind(u2(), |e| {
                matches!(e, Cp::MethodRef(..) | Cp::InterfaceMethodRef(..))
            })?),
            0xb9 => InvokeInterface(cp_kind(u2(), |e| matches!(e, Cp::InterfaceMethodRef(..)))?),
            0xba => InvokeDynamic(cp_kind(u2(), |e| matches!(e, Cp::InvokeDynamic(..)))?),
            0xbb => New(cp_kind(u2(), |e| matches!(e, Cp::Class(_)))?),
            0xbc => {
                if !(4..=11).contains(&c[i + 1]) {
                    return Err("bad newarray type".into());
                }
                NewArray(c[i + 1])
            }
            0xbd => ANewArray(cp_kind(u2(), |e| matches!(e, Cp::Class(_)))?),
            0xbe => ArrayLength,
            0xbf => AThrow,
            0xc0 => CheckCast(cp_kind(u2(), |e| matches!(e, Cp::Class(_)))?),
            0xc1 => InstanceOf(cp_kind(u2(), |e| matches!(e, Cp::Class(_)))?),
            0xc2 => MonitorEnter,
            0xc3 => MonitorExit,
            0xc4 => {
                let sub = c[i + 1];
                let n = rd_u16(c, i + 2).unwrap_or(0) as usize;
                match sub {
                    0x84 => IInc(local(n, false)?, rd_u16(c, i + 4).unwrap_or(0) as i16),
                    0x15 | 0x17 | 0x19 => Load(local(n, false)?),
                    0x16 | 0x18 => Load(local(n, true)?),
                    0x36 | 0x38 | 0x3a => Store(local(n, false)?),
                    0xa9 => Ret(local(n, false)?),
                    _ => Store(local(n, true)?),
                }
            }
            0xc5 => {
                if c[i + 3] == 0 {
                    return Err("multianewarray with zero dimensions".into());
                }
                MultiANewArray(cp_kind(u2(), |e| matches!(e, Cp::Class(_)))?, c[i + 3])
            }
            0xc6 => IfNull(br()?),
            0xc7 => IfNonNull(br()?),
            0xc8 => Goto(target(i, rd_i32(c, i + 1).unwrap_or(0) as i64)?),
            _ => return Err(format!("illegal opcode {op:#x}")),
        };
        insns.push(ins);
    }
    let mut handlers = Vec::new();
    for h in &code.handlers {
        let (s, e, t) = (h.start as usize, h.end as usize, h.handler as usize);
        if index_of[s] == u32::MAX || index_of[e] == u32::MAX || index_of[t] == u32::MAX {
            return Err("exception handler range not on instruction boundaries".into());
        }
        handlers.push(Handler {
            start: index_of[s],
            end: index_of[e],
            target: index_of[t],
            catch: h.catch_type,
        });
    }
    let widths: Vec<i32> = starts.iter().map(|&s| ls_width(c, s as usize)).collect();
    check_stack(
        cf,
        &insns,
        &switches,
        &handlers,
        code.max_stack as usize,
        &widths,
    )?;
    // Superinstructions: fuse in place; the second instruction of each pair stays,
    // so a jump to it still works. `orig` keeps the unfused form.
    let orig: Box<[Insn]> = insns.clone().into();
    for (i, ins) in insns.iter_mut().enumerate() {
        if let Some(f) = fuse(&orig, i) {
            *ins = f;
        }
    }
    Ok(Decoded {
        orig,
        widths: widths.into(),
        insns: insns.into_iter().map(Cell::new).collect(),
        bci: starts.into(),
        switches,
        handlers,
    })
}

/// Slots moved by a load/store/return opcode at `i` (2 for long and double).
fn ls_width(c: &[u8], i: usize) -> i32 {
    let op = if c[i] == 0xc4 {
        c.get(i + 1).copied().unwrap_or(0)
    } else {
        c[i]
    };
    match op {
        0x16
        | 0x18
        | 0x1e..=0x21
        | 0x26..=0x29
        | 0x37
        | 0x39
        | 0x3f..=0x42
        | 0x47..=0x4a
        | 0xad
        | 0xaf => 2,
        _ => 1,
    }
}

fn insn_len(op: u8) -> Option<usize> {
    Some(match op {
        0x00..=0x0f => 1,
        0x10 => 2,
        0x11 => 3,
        0x12 => 2,
        0x13 | 0x14 => 3,
        0x15..=0x19 => 2,
        0x1a..=0x35 => 1,
        0x36..=0x3a => 2,
        0x3b..=0x83 => 1,
        0x84 => 3,
        0x85..=0x98 => 1,
        0x99..=0xa8 => 3,
        0xa9 => 2,
        0xac..=0xb1 => 1,
        0xb2..=0xb8 => 3,
        0xb9 | 0xba => 5,
        0xbb => 3,
        0xbc => 2,
        0xbd => 3,
        0xbe | 0xbf => 1,
        0xc0 | 0xc1 => 3,
        0xc2 | 0xc3 => 1,
        0xc5 => 4,
        0xc6 | 0xc7 => 3,
        0xc8 | 0xc9 => 5,
        _ => return None,
    })
}

/// Operand-stack shape analysis: tracks the category (1 or 2 slots) of every
/// value on the stack, so that each instruction pops exactly the values that
/// were pushed (no underflow, no splitting a long/double), the slot total stays
/// within max_stack, and merging paths agree. Since the interpreter keeps one
/// stack entry per value, this bounds its stack pointer for every class that
/// passes, whatever the bytecode does with types inside a category.
fn check_stack(
    cf: &crate::classfile::ClassFile,
    insns: &[Insn],
    switches: &[Switch],
    handlers: &[Handler],
    max_stack: usize,
    widths: &[i32],
) -> Result<(), String> {
    use Insn::*;
    let cat = |d: &str| {
        Kind::from_char(*d.as_bytes().first().unwrap_or(&b'I'))
            .map(|k| k.slots() as u8)
            .unwrap_or(1)
    };
    // (argument categories, return category or 0) of an invoke/indy constant.
    let mref = |idx: u16| -> Option<(Vec<u8>, u8)> {
        let desc = match cf.cp.get(idx as usize) {
            Some(Cp::InvokeDynamic(_, nt)) => cf.name_and_type(*nt).map(|(_, d)| d.clone()),
            _ => cf.member_ref(idx).map(|(_, _, d)| d.clone()),
        }?;
        let md = MethodDesc::parse(&desc)?;
        Some((
            md.args.iter().map(|k| k.slots() as u8).collect(),
            md.ret.slots() as u8,
        ))
    };
    let fcat = |idx: u16| cf.member_ref(idx).map(|(_, _, d)| cat(d)).unwrap_or(1);
    let mut seen: Vec<Option<Vec<u8>>> = vec![None; insns.len()];
    let mut work: Vec<(usize, Vec<u8>)> = vec![(0, Vec::new())];
    for h in handlers {
        work.push((h.target as usize, alloc::vec![1]));
    }
    while let Some((pc, mut st)) = work.pop() {
        if pc >= insns.len() {
            return Err("falls off the end of the code".into());
        }
        if let Some(prev) = &seen[pc] {
            if *prev != st {
                return Err(format!("inconsistent operand stack at instruction {pc}"));
            }
            continue;
        }
        seen[pc] = Some(st.clone());
        let under = || format!("operand stack underflow or category mismatch at instruction {pc}");
        macro_rules! pop {
            ($c:expr) => {{
                if st.pop() != Some($c) {
                    return Err(under());
                }
            }};
        }
        macro_rules! pops {
            ($($c:expr),*) => {{ $( pop!($c); )* }};
        }
        let w = widths[pc] as u8;
        match ins_at(insns, pc) {
            Nop | Goto(_) | Return | IInc(..) | Ret(_) | Jsr(_) => {}
            AConstNull | IConst(_) | FConst(_) | RConst(_) | Ldc(_) | New(_) | NewQ(_)
            | NewInit(_) => st.push(1),
            LConst(_) | DConst(_) => st.push(2),
            Load(_) => st.push(w),
            Store(_) => pop!(w),
            IALoad | FALoad | AALoad | BALoad | CALoad | SALoad => {
                pops!(1, 1);
                st.push(1)
            }
            LALoad | DALoad => {
                pops!(1, 1);
                st.push(2)
            }
            IAStore | FAStore | AAStore | BAStore | CAStore | SAStore => pops!(1, 1, 1),
            LAStore | DAStore => pops!(2, 1, 1),
            Pop => pop!(1),
            Pop2 => match st.last() {
                Some(2) => pop!(2),
                _ => pops!(1, 1),
            },
            Dup => {
                pop!(1);
                st.extend_from_slice(&[1, 1]);
            }
            DupX1 => {
                pops!(1, 1);
                st.extend_from_slice(&[1, 1, 1]);
            }
            DupX2 => {
                pop!(1);
                match st.last() {
                    Some(2) => {
                        pop!(2);
                        st.extend_from_slice(&[1, 2, 1]);
                    }
                    _ => {
                        pops!(1, 1);
                        st.extend_from_slice(&[1, 1, 1, 1]);
                    }
                }
            }
            Dup2 => match st.last() {
                Some(2) => {
                    pop!(2);
                    st.extend_from_slice(&[2, 2]);
                }
                _ => {
                    pops!(1, 1);
                    st.extend_from_slice(&[1, 1, 1, 1]);
                }
            },
            Dup2X1 => match st.last() {
                Some(2) => {
                    pops!(2, 1);
                    st.extend_from_slice(&[2, 1, 2]);
                }
                _ => {
                    pops!(1, 1, 1);
                    st.extend_from_slice(&[1, 1, 1, 1, 1]);
                }
            },
            Dup2X2 => {
                let n = st.len();
                let top: Vec<u8> = st[n.saturating_sub(4)..].to_vec();
                let (take, out): (usize, &[u8]) = match top.as_slice() {
                    [.., 2, 2] => (2, &[2, 2, 2]),
                    [.., 1, 1, 2] => (3, &[2, 1, 1, 2]),
                    [.., 2, 1, 1] => (3, &[1, 1, 2, 1, 1]),
                    [1, 1, 1, 1] => (4, &[1, 1, 1, 1, 1, 1]),
                    _ => return Err(under()),
                };
                st.truncate(n - take);
                st.extend_from_slice(out);
            }
            Swap => {
                pops!(1, 1);
                st.extend_from_slice(&[1, 1]);
            }
            IAdd | ISub | IMul | IDiv | IRem | IShl | IShr | IUShr | IAnd | IOr | IXor | FAdd
            | FSub | FMul | FDiv | FRem | FCmpL | FCmpG => {
                pops!(1, 1);
                st.push(1)
            }
            LAdd | LSub | LMul | LDiv | LRem | LAnd | LOr | LXor | DAdd | DSub | DMul | DDiv
            | DRem => {
                pops!(2, 2);
                st.push(2)
            }
            LShl | LShr | LUShr => {
                pops!(1, 2);
                st.push(2)
            }
            INeg | FNeg | I2F | F2I | I2B | I2C | I2S => {
                pop!(1);
                st.push(1)
            }
            LNeg | DNeg | L2D | D2L => {
                pop!(2);
                st.push(2)
            }
            I2L | I2D | F2L | F2D => {
                pop!(1);
                st.push(2)
            }
            L2I | L2F | D2I | D2F => {
                pop!(2);
                st.push(1)
            }
            LCmp | DCmpL | DCmpG => {
                pops!(2, 2);
                st.push(1)
            }
            IfEq(_) | IfNe(_) | IfLt(_) | IfGe(_) | IfGt(_) | IfLe(_) | IfNull(_)
            | IfNonNull(_) => pop!(1),
            IfICmpEq(_) | IfICmpNe(_) | IfICmpLt(_) | IfICmpGe(_) | IfICmpGt(_) | IfICmpLe(_)
            | IfACmpEq(_) | IfACmpNe(_) => pops!(1, 1),
            TableSwitch(_) | LookupSwitch(_) => pop!(1),
            ReturnValue => pop!(w),
            GetStatic(i) => st.push(fcat(i)),
            PutStatic(i) => pop!(fcat(i)),
            GetField(i) => {
                pop!(1);
                st.push(fcat(i))
            }
            PutField(i) => {
                pop!(fcat(i));
                pop!(1)
            }
            InvokeVirtual(i) | InvokeSpecial(i) | InvokeInterface(i) | InvokeStatic(i)
            | InvokeDynamic(i) => {
                let (args, ret) =
                    mref(i).ok_or_else(|| format!("bad method reference at instruction {pc}"))?;
                for &a in args.iter().rev() {
                    pop!(a);
                }
                if !matches!(ins_at(insns, pc), InvokeStatic(_) | InvokeDynamic(_)) {
                    pop!(1);
                }
                if ret != 0 {
                    st.push(ret);
                }
            }
            NewArray(_) | ANewArray(_) | ArrayLength | CheckCast(_) | InstanceOf(_) => {
                pop!(1);
                st.push(1)
            }
            AThrow | MonitorEnter | MonitorExit => pop!(1),
            MultiANewArray(_, n) => {
                for _ in 0..n {
                    pop!(1);
                }
                st.push(1)
            }
            // (decode never yields the others; no `{:?}` here: Insn's Debug is 5.5 KB of image code)
            _ => return Err(format!("unexpected instruction at {pc}")),
        }
        if st.iter().map(|&c| c as usize).sum::<usize>() > max_stack {
            return Err(format!("operand stack overflow at instruction {pc}"));
        }
        match ins_at(insns, pc) {
            Goto(t) => work.push((t as usize, st)),
            // The subroutine starts with the return address pushed; after it
            // returns, execution continues after the jsr with the stack as before.
            Jsr(t) => {
                let mut called = st.clone();
                called.push(1);
                work.push((t as usize, called));
                work.push((pc + 1, st));
            }
            Ret(_) => {}
            IfEq(t) | IfNe(t) | IfLt(t) | IfGe(t) | IfGt(t) | IfLe(t) | IfNull(t)
            | IfNonNull(t) | IfICmpEq(t) | IfICmpNe(t) | IfICmpLt(t) | IfICmpGe(t)
            | IfICmpGt(t) | IfICmpLe(t) | IfACmpEq(t) | IfACmpNe(t) => {
                work.push((t as usize, st.clone()));
                work.push((pc + 1, st));
            }
            TableSwitch(s) | LookupSwitch(s) => {
                let sw = &switches[s as usize];
                work.push((sw.default as usize, st.clone()));
                for &t in &sw.table {
                    work.push((t as usize, st.clone()));
                }
                for &(_, t) in &sw.pairs {
                    work.push((t as usize, st.clone()));
                }
            }
            Return | ReturnValue | AThrow => {}
            _ => work.push((pc + 1, st)),
        }
    }
    Ok(())
}

fn ins_at(insns: &[Insn], pc: usize) -> Insn {
    insns[pc]
}

#[cfg(test)]
mod tests {
    #[test]
    fn insn_is_small() {
        assert!(
            core::mem::size_of::<super::Insn>() <= 16,
            "{}",
            core::mem::size_of::<super::Insn>()
        );
        assert_eq!(core::mem::size_of::<crate::value::Value>(), 16);
    }
}
