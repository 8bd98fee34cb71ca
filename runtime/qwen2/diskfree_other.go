//go:build !(linux || darwin || freebsd)

package qwen2

// diskFree reports nothing where the free space is not looked up: writing
// the cache then fails, cleanly, only when the disk is full.
func diskFree(string) (int64, bool) { return 0, false }
