//! Runtime classes and methods: what loading and linking produce and what
//! the interpreter indexes by id (no name lookups on the hot path).

use crate::classfile::ClassFile;
use crate::descriptor::{Kind, MethodDesc};
use crate::interp::Decoded;
use crate::natives::NativeFn;
use crate::value::{Ref, Value};
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;

pub type ClassId = u32;
pub type MethodId = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitState {
    Linked,
    /// Being initialized by the thread with this id.
    InProgress(u32),
    Done,
    Failed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassKind {
    Normal,
    /// Array with this component class; `elem` is the component's kind.
    Array {
        component: ClassId,
        elem: Kind,
    },
    Primitive(Kind),
}

pub struct FieldInfo {
    pub name: Rc<str>,
    pub desc: Rc<str>,
    pub is_static: bool,
    /// Index into instance fields or into the owner's statics.
    pub slot: u32,
    pub access: u16,
}

pub struct Class {
    /// Internal name: `java/lang/String`, `[I`, `[Ljava/lang/Object;`, or `int` for primitives.
    pub name: Rc<str>,
    pub access: u16,
    pub super_id: Option<ClassId>,
    pub interfaces: Vec<ClassId>,
    /// Every interface this class is a subtype of (transitively), for instanceof.
    pub all_ifaces: Vec<ClassId>,
    pub kind: ClassKind,
    pub cf: Option<Rc<ClassFile>>,
    pub fields: Vec<FieldInfo>,
    /// Zero values for each instance field slot (including inherited ones).
    pub instance_template: Rc<[Value]>,
    pub statics: Vec<Value>,
    pub methods: Vec<MethodId>,
    pub vtable: Vec<MethodId>,
    /// For each implemented interface: its id and the implementation of each of its methods.
    pub itable: Vec<(ClassId, Vec<MethodId>)>,
    pub state: InitState,
    pub mirror: Ref,
    pub array_class: Option<ClassId>,
    /// Resolved-constant cache for this class's pool (class ids), filled lazily.
    pub class_cache: RefCell<Vec<u32>>,
    /// Loaded from the boot class path (java.base), for stack traces and messages.
    pub boot: bool,
    /// Why initialization failed, kept as the cause of later NoClassDefFoundErrors.
    pub init_error: Ref,
}

impl Class {
    pub fn is_interface(&self) -> bool {
        self.access & crate::classfile::ACC_INTERFACE != 0
    }
    pub fn is_array(&self) -> bool {
        matches!(self.kind, ClassKind::Array { .. })
    }
}

pub struct Method {
    pub class: ClassId,
    pub name: Rc<str>,
    pub desc: Rc<str>,
    pub access: u16,
    pub md: MethodDesc,
    /// Values the caller passes, receiver included.
    pub argc: u16,
    /// JVM local slots the arguments occupy, receiver included.
    pub arg_slots: u16,
    pub max_locals: u16,
    pub max_stack: u16,
    pub native: Option<NativeFn>,
    /// Pre-decoded ("quickened") code, built on first invocation.
    pub decoded: Option<Rc<Decoded>>,
    pub vindex: Option<u32>,
    /// Value-stack slots a call builds its frame in (locals, operand stack
    /// and 2 spare) when the interpreter may push the frame itself: decoded,
    /// not native, abstract or synchronized. 0:
    /// every call goes through `exec::invoke`. Kept by `set_decoded`.
    pub frame: u32,
    /// A pure leaf: plain, small, and its code only reads locals, fields
    /// and array lengths, computes ints and branches (no stores to the heap,
    /// calls, allocation, statics or handlers), so `exec::run_leaf` may run
    /// it without a frame and give up at any point with nothing changed.
    pub leaf: bool,
    /// VM-generated code (launchers, lambda bodies): left out of stack traces.
    pub hidden: bool,
}

impl Method {
    pub fn is_static(&self) -> bool {
        self.access & crate::classfile::ACC_STATIC != 0
    }
    pub fn is_abstract(&self) -> bool {
        self.access & crate::classfile::ACC_ABSTRACT != 0
    }
    pub fn is_sync(&self) -> bool {
        self.access & crate::classfile::ACC_SYNCHRONIZED != 0
    }
    /// Installs decoded code and recomputes `frame`. Code once installed is
    /// never freed while the VM lives (a replaced one is leaked): the
    /// interpreter keeps plain references to it (see `exec::code_of`).
    pub fn set_decoded(&mut self, d: Rc<crate::interp::Decoded>) {
        if let Some(old) = self.decoded.replace(d) {
            core::mem::forget(old);
        }
        let plain = self.access
            & (crate::classfile::ACC_ABSTRACT
                | crate::classfile::ACC_SYNCHRONIZED
                | crate::classfile::ACC_NATIVE)
            == 0
            && self.native.is_none();
        self.frame = if plain {
            self.max_locals as u32 + self.max_stack as u32 + 2
        } else {
            0
        };
        let d = self.decoded.as_deref();
        let args = self.arg_slots;
        self.leaf = plain
            && args == self.argc
            && d.is_some_and(|d| {
                d.handlers.is_empty()
                    && d.insns.len() <= crate::interp::LEAF_INSNS
                    && d.insns
                        .iter()
                        .all(|i| crate::interp::leaf_insn(i.get(), args))
            });
    }
}
