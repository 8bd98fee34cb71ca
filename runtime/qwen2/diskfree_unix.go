//go:build linux || darwin || freebsd

package qwen2

import "golang.org/x/sys/unix"

// diskFree returns the bytes an unprivileged process may still write on the
// file system holding dir. Cost: one statfs call.
func diskFree(dir string) (int64, bool) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return 0, false
	}
	return int64(st.Bavail) * int64(st.Bsize), true
}
