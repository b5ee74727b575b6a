#if canImport(CMalloc) && os(Linux)
import CMalloc
#endif

/// Gives the pages of freed blocks back to the system. glibc keeps what a program frees for its own later
/// use, so after a load has freed a gigabyte of per-file arrays the process would still be counted at its
/// peak; the nightly runs on small machines beside other work.
enum FreedMemory {
    static func returnToSystem() {
        #if canImport(CMalloc) && os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
