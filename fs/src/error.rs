//! Errors of the filesystem and their POSIX errno mapping.
//!
//! One flat enum for everything a caller can see: path and handle errors from
//! the VFS, `ReadOnly` for every mutating call, and `Corrupt` (with the
//! specific reason) for an image that failed validation at mount. This is not
//! an I/O error type for a block device: the image is a byte slice, so reads
//! of a mounted, validated image cannot fail.

use core::fmt;

/// Why an image was rejected at mount. Every variant is a reason found by a
/// bounded check; none of them comes from a panic or a timeout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corruption {
    /// The slice is shorter than the boot sector, or than the volume the boot
    /// sector describes.
    Truncated,
    /// The boot sector (BPB) is not a FAT boot sector or has impossible
    /// values; the string names the field.
    BadBootSector(&'static str),
    /// The FAT crate (lamfat) refused the volume at mount.
    RejectedByFatCrate,
    /// A cluster chain points outside the data area, at a free or reserved
    /// cluster, or at a bad-cluster mark.
    BadClusterInChain,
    /// A cluster is reached twice: a cyclic chain, two files sharing
    /// clusters, or a directory that contains one of its ancestors.
    ClusterLoop,
    /// A file's chain ends before its size is covered, or goes on after.
    ChainLengthMismatch,
    /// A directory entry is malformed (empty name, directory without a
    /// cluster, ...).
    BadDirEntry,
    /// The tree is larger than the limits (entries, depth).
    TooLarge,
    /// The FAT crate and this crate's own walk disagree about the tree
    /// (only with `MountOptions::cross_check`).
    CrossCheckMismatch,
    /// The packer's seal does not match the image: its checksum over the
    /// metadata, or its counts against the full walk (see `seal`).
    SealMismatch,
}

/// Every error a filesystem call can return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FsError {
    /// No such file or directory.
    NotFound,
    /// A path component that must be a directory is a file.
    NotADirectory,
    /// A file operation on a directory (read/pread on a directory handle).
    IsADirectory,
    /// Any write, create, remove, rename or truncate: the filesystem is
    /// read-only.
    ReadOnly,
    /// The handle is not open.
    BadHandle,
    /// A malformed path (not absolute, empty component, NUL byte).
    InvalidPath,
    /// A path or a component longer than the limits.
    NameTooLong,
    /// A seek to a negative or unrepresentable offset.
    InvalidSeek,
    /// The handle table is full.
    TooManyOpen,
    /// The image failed validation at mount.
    Corrupt(Corruption),
}

impl FsError {
    /// The Linux errno value for this error (positive), for the POSIX layer.
    pub fn errno(&self) -> i32 {
        match self {
            FsError::NotFound => 2,       // ENOENT
            FsError::BadHandle => 9,      // EBADF
            FsError::NotADirectory => 20, // ENOTDIR
            FsError::IsADirectory => 21,  // EISDIR
            FsError::InvalidPath => 22,   // EINVAL
            FsError::InvalidSeek => 22,   // EINVAL
            FsError::TooManyOpen => 24,   // EMFILE
            FsError::ReadOnly => 30,      // EROFS
            FsError::NameTooLong => 36,   // ENAMETOOLONG
            FsError::Corrupt(_) => 5,     // EIO
        }
    }
}

impl From<Corruption> for FsError {
    fn from(c: Corruption) -> Self {
        FsError::Corrupt(c)
    }
}

impl fmt::Display for Corruption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Corruption::Truncated => f.write_str("image truncated"),
            Corruption::BadBootSector(field) => write!(f, "bad boot sector ({field})"),
            Corruption::RejectedByFatCrate => f.write_str("FAT library rejected the volume"),
            Corruption::BadClusterInChain => f.write_str("cluster chain leaves the data area"),
            Corruption::ClusterLoop => {
                f.write_str("cluster reached twice (cyclic chain, cross-link or directory loop)")
            }
            Corruption::ChainLengthMismatch => {
                f.write_str("cluster chain length does not match file size")
            }
            Corruption::BadDirEntry => f.write_str("malformed directory entry"),
            Corruption::TooLarge => f.write_str("directory tree exceeds limits"),
            Corruption::CrossCheckMismatch => f.write_str("FAT library and index disagree"),
            Corruption::SealMismatch => {
                f.write_str("metadata does not match the packer's seal (damaged image)")
            }
        }
    }
}

impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FsError::NotFound => f.write_str("no such file or directory"),
            FsError::NotADirectory => f.write_str("not a directory"),
            FsError::IsADirectory => f.write_str("is a directory"),
            FsError::ReadOnly => f.write_str("read-only file system"),
            FsError::BadHandle => f.write_str("bad file handle"),
            FsError::InvalidPath => f.write_str("invalid path"),
            FsError::NameTooLong => f.write_str("name too long"),
            FsError::InvalidSeek => f.write_str("invalid seek"),
            FsError::TooManyOpen => f.write_str("too many open files"),
            FsError::Corrupt(c) => write!(f, "corrupt FAT image: {c}"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for FsError {}
