//! Values in locals, operand stacks, fields and statics: tagged, so the GC
//! knows exactly which slots hold references.

/// A heap reference: an index into the heap's object table; 0 is `null`.
pub type Ref = u32;
pub const NULL: Ref = 0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    Ref(Ref),
}

impl Default for Value {
    fn default() -> Value {
        Value::Int(0)
    }
}

// Accessors return a neutral value on a tag mismatch instead of panicking;
// verified code never mismatches, and unverifiable code must not crash the VM.
impl Value {
    #[inline(always)]
    pub fn i(self) -> i32 {
        match self {
            Value::Int(v) => v,
            _ => 0,
        }
    }
    #[inline(always)]
    pub fn l(self) -> i64 {
        match self {
            Value::Long(v) => v,
            _ => 0,
        }
    }
    #[inline(always)]
    pub fn f(self) -> f32 {
        match self {
            Value::Float(v) => v,
            _ => 0.0,
        }
    }
    #[inline(always)]
    pub fn d(self) -> f64 {
        match self {
            Value::Double(v) => v,
            _ => 0.0,
        }
    }
    #[inline(always)]
    pub fn r(self) -> Ref {
        match self {
            Value::Ref(v) => v,
            _ => NULL,
        }
    }
    /// Long and double are "category 2" for pop2/dup2 and friends.
    #[inline(always)]
    pub fn wide(self) -> bool {
        matches!(self, Value::Long(_) | Value::Double(_))
    }
    pub fn zero_of(k: crate::descriptor::Kind) -> Value {
        use crate::descriptor::Kind;
        match k {
            Kind::Long => Value::Long(0),
            Kind::Float => Value::Float(0.0),
            Kind::Double => Value::Double(0.0),
            Kind::Ref => Value::Ref(NULL),
            _ => Value::Int(0),
        }
    }
}
