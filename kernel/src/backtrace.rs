//! Frame-pointer backtraces (the image is built with frame pointers forced
//! on). A frame is followed only while its pointer is aligned, on a known
//! stack and increasing, so a corrupt chain ends the walk instead of
//! faulting. Runs of one repeated frame (deep recursion) print once.

use crate::stacks;

const MAX_FRAMES: usize = 4096;
const MAX_LINES: usize = 48;

fn line(i: usize, rip: u64, out: &mut dyn FnMut(core::fmt::Arguments)) {
    match crate::symbols::lookup(rip) {
        Some((name, off)) => out(format_args!("    #{i:<2} {rip:#010x}  {name}+{off:#x}\n")),
        None => out(format_args!("    #{i:<2} {rip:#010x}  ?\n")),
    }
}

pub fn print(first_rip: u64, mut rbp: u64, out: &mut dyn FnMut(core::fmt::Arguments)) {
    line(0, first_rip, out);
    let Some(stack) = stacks::containing(rbp as usize) else {
        return;
    };
    let (mut printed, mut last, mut repeats) = (1, first_rip, 0usize);
    for i in 1..MAX_FRAMES {
        if !rbp.is_multiple_of(8) || rbp as usize + 16 > stack.top || (rbp as usize) < stack.bottom
        {
            break;
        }
        // SAFETY: rbp..rbp+16 lies inside a registered, mapped stack.
        let (next, ret) = unsafe { (*(rbp as *const u64), *((rbp + 8) as *const u64)) };
        if ret == 0 {
            break;
        }
        // the return address points after the call; report the call itself
        let rip = ret - 1;
        if rip == last {
            repeats += 1;
        } else {
            if repeats > 0 {
                out(format_args!(
                    "    ... the frame above repeats {repeats} more times\n"
                ));
                repeats = 0;
            }
            if printed == MAX_LINES {
                out(format_args!("    ... (more frames)\n"));
                return;
            }
            line(i, rip, out);
            printed += 1;
            last = rip;
        }
        if next <= rbp {
            break;
        }
        rbp = next;
    }
    if repeats > 0 {
        out(format_args!(
            "    ... the frame above repeats {repeats} more times\n"
        ));
    }
}
